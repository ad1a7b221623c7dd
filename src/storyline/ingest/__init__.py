"""Ingest: turn files, folders and records into `Document`s.

Readers per format live in their own modules; `read_documents` walks paths and
dispatches. Problems with one file become an `IngestError` in the stream so the
rest of the batch goes on.
"""

from storyline.ingest.errors import IngestError
from storyline.ingest.reader import read_documents

__all__ = ["IngestError", "read_documents"]
