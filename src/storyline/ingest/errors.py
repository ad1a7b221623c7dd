"""The one kind of failure ingest reports: a file (or record) it could not read, and why."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class IngestError:
    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
