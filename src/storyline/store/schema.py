"""The store's schema and its migrations.

Each migration is a list of SQL statements applied in one transaction; the
schema version lives in `PRAGMA user_version`, so an old database is brought
up to date when opened and a newer one is refused rather than misread.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from storyline.store import date_order, place_counts, state_rows

# A mention's sentence as schema 12's search index held it: its own `text`, or its sentence's
_DELETE = "INSERT INTO events_fts(events_fts, rowid, text) VALUES ('delete', old.id, {});"
_TEXT_OF = (
    "COALESCE(NULLIF({0}.text, ''), (SELECT text FROM sentences"
    ' WHERE document_id = {0}.document_id AND start = {0}.start AND "end" = {0}."end"), \'\')'
)
# An entry saved with INSERT OR REPLACE fires no delete trigger, so the insert trigger clears first.
_NAMES_OF_NEW = (
    "DELETE FROM entry_names WHERE entry_id = new.id;"
    " INSERT INTO entry_names SELECT new.id, 'actor', value FROM json_each(new.actors) WHERE type = 'text';"
    " INSERT INTO entry_names SELECT new.id, 'place', value FROM json_each(new.places) WHERE type = 'text';"
)

# a migration is its statements, or a function given the connection (inside the transaction)
Migration = list[str] | Callable[[sqlite3.Connection], None]

MIGRATIONS: list[Migration] = [
    [
        """CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            path TEXT NOT NULL,
            title TEXT, url TEXT, source TEXT,
            publication_date TEXT,
            date_source TEXT NOT NULL,
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
        )""",
        """CREATE TABLE entries (
            id TEXT PRIMARY KEY,
            date TEXT,
            date_inferred INTEGER NOT NULL,
            tense TEXT NOT NULL,
            summary TEXT NOT NULL,
            actors TEXT, attribution TEXT, figures TEXT, places TEXT
        )""",
        "CREATE INDEX entries_by_date ON entries(date)",
        """CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            entry_id TEXT NOT NULL REFERENCES entries(id),
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL, summary TEXT NOT NULL,
            date TEXT, date_inferred INTEGER NOT NULL, tense TEXT NOT NULL,
            actors TEXT, attribution TEXT, figures TEXT, places TEXT, timex TEXT,
            is_background INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX events_by_entry ON events(entry_id)",
        "CREATE INDEX events_by_date ON events(date)",
        "CREATE INDEX events_by_document ON events(document_id)",
        """CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL, speaker TEXT
        )""",
        "CREATE INDEX quotes_by_speaker ON quotes(speaker)",
        """CREATE TABLE state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
    ],
    # 2: event mentions (one sentence tells several events); entries gain salience
    [
        "ALTER TABLE documents ADD COLUMN context TEXT",
        "ALTER TABLE events ADD COLUMN event_start INTEGER",
        "ALTER TABLE events ADD COLUMN event_end INTEGER",
        "ALTER TABLE events ADD COLUMN predicate TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE events ADD COLUMN predicate_key TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE events ADD COLUMN main INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE events ADD COLUMN participants TEXT",
        "ALTER TABLE events ADD COLUMN modality TEXT NOT NULL DEFAULT 'actual'",
        "CREATE INDEX events_by_predicate ON events(predicate_key)",
        "ALTER TABLE entries ADD COLUMN main INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE entries ADD COLUMN salience REAL NOT NULL DEFAULT 0",
        "ALTER TABLE entries ADD COLUMN sources INTEGER NOT NULL DEFAULT 0",
        "CREATE INDEX entries_by_salience ON entries(main, salience)",
    ],
    # 3: full-text search over the cited sentences (`storyline serve`), kept in step by triggers
    [
        "CREATE VIRTUAL TABLE events_fts USING fts5(text, content='events', content_rowid='id',"
        " tokenize='porter unicode61 remove_diacritics 2')",
        "CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN"
        " INSERT INTO events_fts(rowid, text) VALUES (new.id, new.text); END",
        "CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN"
        " INSERT INTO events_fts(events_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
        "CREATE TRIGGER events_fts_update AFTER UPDATE OF text ON events BEGIN"
        " INSERT INTO events_fts(events_fts, rowid, text) VALUES ('delete', old.id, old.text);"
        " INSERT INTO events_fts(rowid, text) VALUES (new.id, new.text); END",
        "INSERT INTO events_fts(events_fts) VALUES ('rebuild')",
    ],
    # 4: each entry's actor and place names one per row, for facets and filters (`storyline serve`)
    [
        "CREATE TABLE entry_names (entry_id TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL)",
        "CREATE INDEX entry_names_by_name ON entry_names(kind, name)",
        "CREATE INDEX entry_names_by_entry ON entry_names(entry_id)",
        f"CREATE TRIGGER entry_names_insert AFTER INSERT ON entries BEGIN {_NAMES_OF_NEW} END",
        "CREATE TRIGGER entry_names_update AFTER UPDATE OF actors, places ON entries"
        f" BEGIN {_NAMES_OF_NEW} END",
        "CREATE TRIGGER entry_names_delete AFTER DELETE ON entries BEGIN"
        " DELETE FROM entry_names WHERE entry_id = old.id; END",
        "INSERT INTO entry_names SELECT e.id, 'actor', j.value FROM entries e, json_each(e.actors) j"
        " WHERE j.type = 'text'",
        "INSERT INTO entry_names SELECT e.id, 'place', j.value FROM entries e, json_each(e.places) j"
        " WHERE j.type = 'text'",
    ],
    [  # the collection's first article (the overview's start) without reading every document
        "CREATE INDEX documents_by_publication ON documents(publication_date)",
    ],
    # 6: the store writes the search index and the names itself, a batch at once (`Store.save_batch`):
    # a trigger per row cost four times the writing of the rows; update and delete keep theirs
    [
        "DROP TRIGGER events_fts_insert",
        "DROP TRIGGER entry_names_insert",
    ],
    # 7: the unnamed people an event mention's arguments describe ("a 14-year-old girl"), which keep
    # reports of one broad predicate about different people apart (`merge.pair_rules._other_persons`)
    [
        "ALTER TABLE events ADD COLUMN persons TEXT",
    ],
    # 8: who acts and what is acted on, as the nouns of each role ("agent|police"), which keep reports
    # of one broad predicate about different unnamed people or things apart
    # (`merge.pair_rules._other_arguments`)
    [
        "ALTER TABLE events ADD COLUMN arguments TEXT",
    ],
    # 9: the words heading the subordinate clauses an event mention's word governs ("risen" in "begins
    # after ... has risen"), through which alone its sentence may be close to another
    # (`merge.pair_rules._clause_lent`)
    [
        "ALTER TABLE events ADD COLUMN clauses TEXT",
    ],
    # 10: those words once per sentence, and for each mention the few its own list lacks: every mention of
    # a sentence held nearly the whole list (`store.sentence_clauses`); older mentions keep `clauses`
    [
        """CREATE TABLE sentence_clauses (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            words TEXT NOT NULL,
            PRIMARY KEY (document_id, start, "end")
        ) WITHOUT ROWID""",  # the key is the row: no second copy of it in an index
        "ALTER TABLE events ADD COLUMN clauses_out TEXT",
    ],
    # 11: how many mentioned sentences and articles name each place and each two, and the places
    # written within others, which the merger learns where places lie from (`store.place_counts`)
    place_counts.TABLES_11,
    # 12: each sentence's text once (`sentences`), not in every mention's `text` and `summary` (left
    # empty): a 40,000-character line of 2,699 mentions held 107 MB of them; older mentions keep theirs.
    # The search index's triggers read the text where it is
    [
        """CREATE TABLE sentences (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (document_id, start, "end")
        ) WITHOUT ROWID""",
        "DROP TRIGGER events_fts_delete",
        "CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN"
        f" {_DELETE.format(_TEXT_OF.format('old'))} END",
        "DROP TRIGGER events_fts_update",
        "CREATE TRIGGER events_fts_update AFTER UPDATE OF text ON events BEGIN"
        f" {_DELETE.format(_TEXT_OF.format('old'))}"
        f" INSERT INTO events_fts(rowid, text) VALUES (new.id, {_TEXT_OF.format('new')}); END",
    ],
    # 13: each article's names instead of each two of them (`store.place_counts`), all counted again
    place_counts.migrate,
    # 14: the search index over `sentences`, one row per sentence, not per mention (a sentence of five
    # mentions was indexed five times), its content read from `sentences` (an FTS5 'rebuild' of the old
    # index read the mentions' `text`, empty since schema 12, and blanked it). `sentences` gains a rowid
    # for it, and the sentences of mentions stored before schema 12, which keep their own `text`
    [
        "DROP TRIGGER events_fts_delete",
        "DROP TRIGGER events_fts_update",
        "DROP TABLE events_fts",
        """CREATE TABLE sentences_14 (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            UNIQUE (document_id, start, "end")
        )""",
        'INSERT INTO sentences_14 (document_id, start, "end", text)'
        ' SELECT document_id, start, "end", text FROM sentences',
        'INSERT OR IGNORE INTO sentences_14 (document_id, start, "end", text)'
        " SELECT document_id, start, \"end\", text FROM events WHERE text != '' ORDER BY id",
        "DROP TABLE sentences",
        "ALTER TABLE sentences_14 RENAME TO sentences",
        "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id',"
        " tokenize='porter unicode61 remove_diacritics 2')",
        "INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')",
        # the store indexes new sentences itself, a batch at once (as schema 6 does)
        "CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN"
        " INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
        "CREATE TRIGGER sentences_fts_update AFTER UPDATE OF text ON sentences BEGIN"
        " INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);"
        " INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text); END",
    ],
    # 15: the actor registry, the articles' words and names and the days told, one row per name, added
    # to by each batch (`store.state_rows`), instead of four JSON rows written whole at a run's end
    state_rows.migrate,
    # 16: the articles naming a place found by their name: a run asks for those of the names it asks
    # about instead of loading every article's names (`store.place_counts.ArticleNames`)
    place_counts.INDEX_16,
    # 17: each entry's first and last day, written with it and indexed in the timeline's order, which
    # computed them for every row at every query (`store.date_order`)
    date_order.migrate,
]

SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNew(RuntimeError):
    pass


class NotAStore(RuntimeError):
    """An SQLite database of something else: storyline must not add its tables to it."""


def refuse_foreign(connection: sqlite3.Connection) -> None:
    """Refuse a database that storyline never migrated (`user_version` 0) but that holds tables:
    another program's file given as `--db` by mistake, which opening must leave as it was (neither
    storyline's tables nor WAL mode). Every migration sets the version in the transaction that
    makes its tables, so a store of storyline's at version 0 is empty. The version is read again
    once tables are seen: another run may have made the store between the two reads, and its
    tables, once visible, come with their version."""
    if _version(connection):
        return
    names = [row[0] for row in connection.execute(_FOREIGN_OBJECTS)]
    if names and not _version(connection):
        listed = ", ".join(names[:5]) + (", ..." if len(names) > 5 else "")
        raise NotAStore(f"an SQLite database that is not a storyline store (it holds {listed})")


_FOREIGN_OBJECTS = "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"


def migrate(connection: sqlite3.Connection) -> None:
    """Bring the schema up to date; of several runs opening a new store at once, one migrates.

    The migration holds the write lock (`BEGIN IMMEDIATE`) and reads the version again
    under it, so a run that waited finds the work done; DDL inside the explicit
    transaction is atomic too.
    """
    if _version(connection) == SCHEMA_VERSION:
        return
    with connection:
        connection.execute("BEGIN IMMEDIATE")
        version = _version(connection)
        _refuse_newer(version)
        for number in range(version, SCHEMA_VERSION):
            _apply(MIGRATIONS[number], connection)
            connection.execute(f"PRAGMA user_version = {number + 1}")


def is_current(connection: sqlite3.Connection) -> bool:
    """Whether the schema is this version's (a read-only store cannot be migrated); one of a later
    version is refused as `migrate` refuses it, since a writable copy would not help."""
    version = _version(connection)
    _refuse_newer(version)
    return version == SCHEMA_VERSION


def _refuse_newer(version: int) -> None:
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"the database has schema version {version}; this storyline knows up to {SCHEMA_VERSION}"
        )


def _apply(migration: Migration, connection: sqlite3.Connection) -> None:
    if callable(migration):
        migration(connection)
        return
    for statement in migration:
        connection.execute(statement)


def _version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])
