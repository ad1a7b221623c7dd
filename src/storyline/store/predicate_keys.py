"""Keeping a store's predicate keys those of the version writing to it.

Events are looked up by the key their predicate had when written (`events.predicate_key`,
`Store.clusters_with_predicate`), and the days each kind is told on and the articles' word counts
are kept by key (`store.state_rows`). A version whose key table (`merge.similarity._SAME_PREDICATE`)
keys a word otherwise ("accident" once "accid", now "crash") would no longer find the stored
entries told by it; so a store keeps the fingerprint of the keys it was written with, and a store
opened with another is re-keyed from its stored predicates, in the caller's transaction.
"""

from __future__ import annotations

import sqlite3

from storyline.merge.entries import PUBLISHED
from storyline.merge.similarity import predicate_key, predicate_keys_fingerprint
from storyline.store import state_rows
from storyline.store.state_rows import StateChanges

FINGERPRINT = "predicate_keys"  # the `state` row holding the fingerprint the keys were written with


def stale(connection: sqlite3.Connection) -> bool:
    """The store's keys were written with another key table (or before the fingerprint was kept)."""
    row = connection.execute("SELECT value FROM state WHERE key = ?", (FINGERPRINT,)).fetchone()
    return row is None or row[0] != predicate_keys_fingerprint()


def rekey(connection: sqlite3.Connection) -> bool:
    """Re-key the stored events, the days told and the word counts, and keep the fingerprint
    (inside the caller's transaction, which holds the write lock: False when another run did it
    first)."""
    if not stale(connection):
        return False
    pairs = _stored_keys(connection)
    changed = [(new, old, predicate) for old, predicate, new in pairs if new != old]
    if changed:  # a store whose keys all stand (most, at their first fingerprint) is not rewritten
        connection.executemany(
            "UPDATE events SET predicate_key = ? WHERE predicate_key = ? AND predicate = ?", changed
        )
        moved: dict[str, set[str]] = {}
        for old, _, new in pairs:
            moved.setdefault(old, set()).add(new)
        _rekey_days(connection, moved)
        if state_rows.counts(connection, state_rows.WORDS) is not None:  # an article's words are keyed too
            words = state_rows.count_words(connection)
            state_rows.add(connection, StateChanges(words=words, whole=frozenset({state_rows.WORDS})))
    connection.execute(
        "INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", (FINGERPRINT, predicate_keys_fingerprint())
    )
    return True


def _stored_keys(connection: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """Each stored key, a predicate stored with it, and the predicate's key now."""
    rows = connection.execute("SELECT DISTINCT predicate_key, predicate FROM events WHERE predicate != ''")
    return [(old, predicate, predicate_key(predicate)) for old, predicate in rows]


def _rekey_days(connection: sqlite3.Connection, moved: dict[str, set[str]]) -> None:
    """The days told of each old key given to the keys its predicates have now: words that now
    share a key are told on the days of both; a key split between two is told on its days by
    each (the days of each word were not kept apart)."""
    told: dict[str, set[str]] = {}
    for kind, days in state_rows.days(connection).items():
        prefix = PUBLISHED if kind.startswith(PUBLISHED) else ""
        old = kind.removeprefix(prefix)
        for key in moved.get(old, {old}):
            told.setdefault(prefix + key, set()).update(days)
    days = {kind: sorted(days) for kind, days in told.items()}
    state_rows.add(connection, StateChanges(days=days, whole=frozenset({state_rows.DAYS})))
