"""What ingest reports about a file (or record) it did not store, and why.

`failed` tells scripts whether something was lost: an unreadable or refused
input is a failure (exit code 1), an empty file is only reported.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class IngestError:
    path: str
    reason: str
    failed: bool = True

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
