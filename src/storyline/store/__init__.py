"""Store stage: the embedded SQLite database that the timeline lives in."""

from storyline.store.database import (
    DAYS_KEY,
    DEFAULT_PATH,
    NAMES_KEY,
    REGISTRY_KEY,
    WORDS_KEY,
    EntryFilter,
    Store,
)

__all__ = ["DAYS_KEY", "DEFAULT_PATH", "NAMES_KEY", "REGISTRY_KEY", "WORDS_KEY", "EntryFilter", "Store"]
