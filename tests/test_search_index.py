"""The full-text search index (schema 14): one row per stored sentence, its content read from `sentences`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from conftest import SEEDS, search_index_per_mention
from storyline.pipeline import Pipeline, ingest
from storyline.store import Store, schema
from storyline.store.browse import Browse, Catalog

# a sentence of nine event mentions (000_9f6b8ccadd51ec38.txt)
NINE_MENTIONS = (
    "On Wednesday, South Korean intelligence reported that Pyongyang had sent 3,000 troops to Russia to"
    " support Russian forces in their war against Ukraine and was also trying to isolate the families of"
    " selected soldiers in a certain place to prevent information from spreading."
)
QUERIES = ("Zelenskyy", "isolate the families", "Shaheds", "North Korean soldiers", "sanctions")


def _found(path: Path) -> dict[str, list[str]]:
    """The entries each query finds, as the web app's search pages them (`/api/entries?all=true&q=`)."""
    with Store(path) as store:
        catalog = Catalog(store)
        return {query: catalog.page(Browse(q=query), 1000, 0).ids for query in QUERIES}


@pytest.fixture
def seeded(tmp_path: Path, pipeline: Pipeline) -> Path:
    path = tmp_path / "s.db"
    with Store(path) as store:
        ingest([SEEDS], store, pipeline)
    return path


def test_a_rebuilt_search_index_still_finds_its_words(seeded: Path) -> None:
    """An FTS5 'rebuild' reads the index's content table: over the mentions' `text`, empty since
    schema 12, it blanked the index; over `sentences` it finds what it found before."""
    before = _found(seeded)
    with Store(seeded) as store:
        store._db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')")
        store._db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")
    assert _found(seeded) == before and all(before.values())


def test_a_sentence_of_several_mentions_is_indexed_once(seeded: Path) -> None:
    with Store(seeded) as store:
        (sentence_id,) = store.query("SELECT id FROM sentences WHERE text = ?", [NINE_MENTIONS])[0]
        mentions = store.query(
            "SELECT COUNT(*) FROM events e JOIN sentences t ON t.document_id = e.document_id"
            ' AND t.start = e.start AND t."end" = e."end" WHERE t.id = ?',
            [sentence_id],
        )[0][0]
        hits = store.query("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'isolate families'")
        rows, sentences = store.query(
            "SELECT (SELECT COUNT(*) FROM sentences_fts_docsize), (SELECT COUNT(*) FROM sentences)"
        )[0]
    assert mentions == 9 and [row[0] for row in hits] == [sentence_id] and rows == sentences


def test_a_schema_13_store_moves_its_search_index_to_sentences(seeded: Path) -> None:
    """A store whose index held a row per mention (`events_fts`) migrates: the old index and its
    triggers are gone, the new one holds each sentence once, and search finds the same entries."""
    before = _found(seeded)
    with sqlite3.connect(seeded) as connection:
        search_index_per_mention(connection)
        connection.execute("PRAGMA user_version = 13")
        per_mention = connection.execute("SELECT COUNT(*) FROM events_fts_docsize").fetchone()[0]
    after = _found(seeded)
    with Store(seeded) as store:
        store._db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")
        rows, sentences, events = store.query(
            "SELECT (SELECT COUNT(*) FROM sentences_fts_docsize), (SELECT COUNT(*) FROM sentences),"
            " (SELECT COUNT(*) FROM events)"
        )[0]
        old = store.query("SELECT name FROM sqlite_master WHERE name LIKE 'events_fts%'")
    assert after == before and all(before.values())
    assert per_mention == events > rows == sentences and not old


def test_a_failed_migration_leaves_the_schema_13_store_as_it_was(
    seeded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The move runs in the migrations' one transaction: stopped part way, nothing of it is kept."""
    with sqlite3.connect(seeded) as connection:
        search_index_per_mention(connection)
        connection.execute("PRAGMA user_version = 13")
    failing = [*schema.MIGRATIONS[13], "SELECT no_such_function()"]
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS[:13], failing])
    with pytest.raises(sqlite3.OperationalError):
        Store(seeded)
    with sqlite3.connect(seeded) as connection:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        columns = [row[1] for row in connection.execute("PRAGMA table_info(sentences)")]
    assert version == 13 and "events_fts" in tables and "sentences_fts" not in tables and "id" not in columns
