"""Store stage: the embedded SQLite database that the timeline lives in."""

from storyline.store.database import DEFAULT_PATH, EntryFilter, Store

__all__ = ["DEFAULT_PATH", "EntryFilter", "Store"]
