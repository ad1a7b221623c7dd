"""What ingest keeps between runs, one row per name (schema 15): the actors' names, how many
articles use each word and name each actor or place, the days each kind of event is told on.

These were four JSON rows of the `state` table, read at a run's start and written whole at its
end (bpoil_bbc: 500 KB, the days told growing with the entries): two runs storing at once each
wrote its own view, and writing them with every batch would have written them whole each time.
Now a batch adds what it learnt (`StateChanges`) in its own transaction (`Store.save_batch`),
counts added to the stored ones, and a run reads the rows at its start (`saved_state`).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from storyline.analyse.actor_registry import ActorRegistry
from storyline.merge.similarity import telling_stems
from storyline.store import codec, saved_state
from storyline.store.saved_state import Counts

REGISTRY = "actor_registry"  # the `state` keys these tables replace, and the names damage is told by
NAMES = "context_names"
WORDS = "article_words"
DAYS = "days_told"

TABLES_15 = [
    """CREATE TABLE IF NOT EXISTS actor_names (
        part TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL,
        PRIMARY KEY (part, name)
    ) WITHOUT ROWID""",  # part: a table of `ActorRegistry.to_dict`; value: its JSON
    "CREATE TABLE IF NOT EXISTS article_words (stem TEXT PRIMARY KEY, articles INTEGER NOT NULL)"
    " WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS context_names (name TEXT PRIMARY KEY, articles INTEGER NOT NULL)"
    " WITHOUT ROWID",
    # how many articles the words and the names were counted over, under the two tables' names
    "CREATE TABLE IF NOT EXISTS article_totals (kind TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID",
    """CREATE TABLE IF NOT EXISTS days_told (
        kind TEXT NOT NULL, day TEXT NOT NULL,
        PRIMARY KEY (kind, day)
    ) WITHOUT ROWID""",
]
_TABLES = {REGISTRY: ["actor_names"], WORDS: ["article_words"], NAMES: ["context_names"], DAYS: ["days_told"]}


@dataclass
class StateChanges:
    """What one batch taught the collection, for its transaction: changed registry entries (None:
    dropped), counts to add, days told. The tables named in `whole` are replaced, not added to
    (they were read damaged, or this run's registry was not read from the store)."""

    registry: dict[tuple[str, str], object] = field(default_factory=dict)
    words: Counts = field(default_factory=Counts)
    names: Counts = field(default_factory=Counts)
    days: dict[str, list[str]] = field(default_factory=dict)
    whole: frozenset[str] = frozenset()


def add(connection: sqlite3.Connection, changes: StateChanges) -> None:
    """Write a batch's changes (inside the caller's transaction)."""
    for key in changes.whole:
        for table in _TABLES[key]:
            connection.execute(f"DELETE FROM {table}")
        connection.execute("DELETE FROM article_totals WHERE kind = ?", (key,))
    connection.executemany(
        "DELETE FROM actor_names WHERE part = ? AND name = ?",
        [key for key, value in changes.registry.items() if value is None],
    )
    connection.executemany(
        "INSERT OR REPLACE INTO actor_names (part, name, value) VALUES (?, ?, ?)",
        [(*key, json.dumps(value)) for key, value in changes.registry.items() if value is not None],
    )
    for kind, counts in ((WORDS, changes.words), (NAMES, changes.names)):
        if counts.articles:
            connection.execute(
                "INSERT INTO article_totals (kind, count) VALUES (?, ?)"
                " ON CONFLICT(kind) DO UPDATE SET count = count + excluded.count",
                (kind, counts.articles),
            )
        connection.executemany(
            f"INSERT INTO {kind} VALUES (?, ?)"
            " ON CONFLICT DO UPDATE SET articles = articles + excluded.articles",
            list(counts.counts.items()),
        )
    connection.executemany(
        "INSERT OR IGNORE INTO days_told (kind, day) VALUES (?, ?)",
        [(kind, day) for kind, days in changes.days.items() for day in days],
    )


def registry_rows(connection: sqlite3.Connection) -> dict[str, dict[str, str]]:
    """Each part of the registry as its names and their values' JSON (empty: none kept)."""
    parts: dict[str, dict[str, str]] = {}
    for part, name, value in connection.execute("SELECT part, name, value FROM actor_names"):
        parts.setdefault(part, {})[name] = value
    return parts


def counts(connection: sqlite3.Connection, kind: str) -> Counts | None:
    """The counts of `kind` (`WORDS`, `NAMES`) as stored, or None when none are kept."""
    total = connection.execute("SELECT count FROM article_totals WHERE kind = ?", (kind,)).fetchone()
    if total is None:
        return None
    return Counts(total[0], dict(connection.execute(f"SELECT * FROM {kind}").fetchall()))


def days(connection: sqlite3.Connection) -> dict[str, list[str]]:
    told: dict[str, list[str]] = {}
    for kind, day in connection.execute("SELECT kind, day FROM days_told ORDER BY kind, day"):
        told.setdefault(kind, []).append(day)
    return told


def count_words(connection: sqlite3.Connection) -> Counts:
    """The word stems counted again from every stored article (the row read damaged)."""
    words = Counts()
    for (text,) in connection.execute("SELECT text FROM documents"):
        _see(words, telling_stems(text))
    return words


def count_names(connection: sqlite3.Connection) -> Counts:
    """The names counted again from the stored articles with events (the row read damaged)."""
    names = Counts()
    rows = connection.execute(
        "SELECT context FROM documents WHERE id IN (SELECT DISTINCT document_id FROM events)"
    )
    for (context,) in rows:
        _see(names, frozenset(codec.load_strings(context)))
    return names


def _see(counts: Counts, items: frozenset[str]) -> None:
    counts.articles += 1
    for item in items:
        counts.counts[item] = counts.counts.get(item, 0) + 1


def migrate(connection: sqlite3.Connection) -> None:
    """Schema 15: the tables, filled from the four JSON rows, which are then dropped. A row that
    does not read is counted again from the stored articles (words, names) or left out (the
    registry, the days), as a run reading it would have done; so are counts that miss stored
    articles (`_count_what_a_stopped_run_left`)."""
    for statement in TABLES_15:
        connection.execute(statement)
    rows = dict(
        connection.execute("SELECT key, value FROM state WHERE key IN (?, ?, ?, ?)", _KEYS).fetchall()
    )
    changes = StateChanges(whole=frozenset(rows))  # a kind without an old row keeps what its table holds
    if REGISTRY in rows:
        try:
            registry = saved_state.read_registry(rows[REGISTRY])
            changes.registry = registry_entries(registry)
        except saved_state.DamagedState:
            pass
    if WORDS in rows:
        changes.words = _counts_or_again(rows[WORDS], lambda: count_words(connection))
    if NAMES in rows:
        changes.names = _counts_or_again(rows[NAMES], lambda: count_names(connection))
    if DAYS in rows:
        with contextlib.suppress(saved_state.DamagedState):
            changes.days = saved_state.read_days(rows[DAYS])
    add(connection, changes)
    connection.execute("DELETE FROM state WHERE key IN (?, ?, ?, ?)", _KEYS)
    _count_what_a_stopped_run_left(connection)


def _count_what_a_stopped_run_left(connection: sqlite3.Connection) -> None:
    """Counts that miss stored articles, counted again: before schema 15 a run wrote them at its
    end, so one stopped after storing a batch (a kill, a failure) left its articles uncounted, and
    every later run added to counts that missed them."""
    documents = connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    told = connection.execute("SELECT COUNT(DISTINCT document_id) FROM events").fetchone()[0]
    if _articles(connection, WORDS) != documents:
        add(connection, StateChanges(words=count_words(connection), whole=frozenset({WORDS})))
    if _articles(connection, NAMES) != told:
        add(connection, StateChanges(names=count_names(connection), whole=frozenset({NAMES})))


def _articles(connection: sqlite3.Connection, kind: str) -> int:
    total = connection.execute("SELECT count FROM article_totals WHERE kind = ?", (kind,)).fetchone()
    return total[0] if total else 0


_KEYS = (REGISTRY, NAMES, WORDS, DAYS)


def _counts_or_again(text: str, again: Callable[[], Counts]) -> Counts:
    try:
        return saved_state.read_counts(text)
    except saved_state.DamagedState:
        return again()


def registry_entries(registry: ActorRegistry) -> dict[tuple[str, str], object]:
    """A whole registry as rows: (part of `ActorRegistry.to_dict`, name) → value."""
    parts: dict[str, dict[str, object]] = registry.to_dict()  # type: ignore[assignment]
    return {(part, name): value for part, table in parts.items() for name, value in table.items()}
