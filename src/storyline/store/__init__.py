"""Store stage: the embedded SQLite database that the timeline lives in."""

from storyline.store.database import DEFAULT_PATH, NAMES_KEY, REGISTRY_KEY, WORDS_KEY, EntryFilter, Store

__all__ = ["DEFAULT_PATH", "NAMES_KEY", "REGISTRY_KEY", "WORDS_KEY", "EntryFilter", "Store"]
