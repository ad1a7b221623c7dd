"""The store through the pipeline: idempotent ingest, incremental merge, transactions, exports."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from conftest import SEEDS, documents_in, sentences_back_in_rows
from storyline.model import Document, Event
from storyline.pipeline import Pipeline, Processed, ingest
from storyline.present import exports
from storyline.store import EntryFilter, Store, sentence_clauses
from storyline.store.schema import SCHEMA_VERSION, SchemaTooNew


def test_ingesting_twice_adds_nothing(tmp_path: Path, pipeline: Pipeline) -> None:
    with Store(tmp_path / "s.db") as store:
        first = ingest([SEEDS], store, pipeline)
        entries = store.entry_count()
        second = ingest([SEEDS], store, pipeline)
        assert (first.documents_added, second.documents_added, second.duplicates) == (2, 0, 2)
        assert store.entry_count() == entries


def test_new_articles_merge_into_stored_entries(tmp_path: Path, pipeline: Pipeline) -> None:
    with Store(tmp_path / "s.db") as store:
        ingest([SEEDS / "000_9f6b8ccadd51ec38.txt"], store, pipeline)
        ingest([SEEDS / "001_d3ea85ac583b5e03.txt"], store, pipeline)
        (entry,) = [e for e in store.entries(EntryFilter(since="2024-10-08", until="2024-10-08"))]
        assert len({m.document for m in entry.mentions}) == 2


def test_bad_files_do_not_stop_the_batch(tmp_path: Path, pipeline: Pipeline) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text((SEEDS / "000_9f6b8ccadd51ec38.txt").read_text(encoding="utf-8"))
    (folder / "b.bin").write_bytes(b"\x00\x01\x02garbage")
    with Store(tmp_path / "s.db") as store:
        report = ingest([folder], store, pipeline)
        assert report.documents_added == 1
        assert [Path(e.path).name for e in report.errors] == ["b.bin"]
        assert store.entry_count() > 10


def test_a_failed_batch_leaves_the_store_unchanged(tmp_path: Path, pipeline: Pipeline) -> None:
    with Store(tmp_path / "s.db") as store:
        ingest([SEEDS / "000_9f6b8ccadd51ec38.txt"], store, pipeline)
        before = (store.document_count(), store.entry_count())
        store._db.execute(
            "CREATE TRIGGER fail BEFORE INSERT ON quotes BEGIN SELECT RAISE(ABORT, 'disk'); END"
        )
        with pytest.raises(sqlite3.DatabaseError):
            ingest([SEEDS / "001_d3ea85ac583b5e03.txt"], store, pipeline)
        assert (store.document_count(), store.entry_count()) == before


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    Store(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(SchemaTooNew):
        Store(path)


def test_filters_and_json_contract(tmp_path: Path, pipeline: Pipeline) -> None:
    with Store(tmp_path / "s.db") as store:
        ingest([SEEDS], store, pipeline)
        budanov = store.entries(EntryFilter(entity="Budanov"))
        assert budanov and all("Budanov" in json.dumps(e.as_dict()) for e in budanov)
        assert all(e.date and e.date >= "2024-10-20" for e in store.entries(EntryFilter(since="2024-10-20")))
        data = json.loads(exports.render(store.entries(), "json"))
    entry = data["entries"][0]
    for field in (
        "id",
        "date",
        "date_inferred",
        "tense",
        "summary",
        "actors",
        "attribution",
        "figures",
        "mentions",
    ):
        assert field in entry
    assert set(entry["mentions"][0]) >= {"document", "path", "start", "end", "text"}


def test_search_index_and_names_follow_the_rows_over_batches(tmp_path: Path, pipeline: Pipeline) -> None:
    """The store writes the full-text index and `entry_names` itself (schema 6): after a second
    ingest that extends stored entries, both hold exactly what the rows say."""
    with Store(tmp_path / "s.db") as store:
        ingest([SEEDS / "000_9f6b8ccadd51ec38.txt"], store, pipeline)
        ingest([SEEDS / "001_d3ea85ac583b5e03.txt"], store, pipeline)
        store._db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")
        indexed = store.query("SELECT COUNT(*) FROM sentences_fts('Zelenskyy')")[0][0]
        told = store.query(  # each mentioned sentence once (schema 14)
            "SELECT COUNT(DISTINCT t.id) FROM events e JOIN sentences t ON t.document_id = e.document_id"
            ' AND t.start = e.start AND t."end" = e."end" WHERE t.text LIKE \'%Zelenskyy%\''
        )[0][0]
        assert indexed == told > 0
        names = sorted(map(tuple, store.query("SELECT entry_id, kind, name FROM entry_names")))
        expected = sorted(
            map(
                tuple,
                store.query(
                    "SELECT e.id, 'actor', j.value FROM entries e, json_each(e.actors) j UNION ALL"
                    " SELECT e.id, 'place', j.value FROM entries e, json_each(e.places) j"
                ),
            )
        )
        assert names == expected and len(names) > 10


def test_the_leading_filter_keeps_entries_reported_in_an_articles_opening(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """`leading`: the entries with a report in an article's first characters (its headline and lead),
    whatever their salience: where a short overview looks for the news one article leads with."""
    with Store(tmp_path / "s.db") as store:
        ingest([SEEDS], store, pipeline)
        everything = store.entries()
        leading = store.entries(EntryFilter(leading=400))
        opening = [e.id for e in everything if any(m.start < 400 for m in e.mentions)]
    assert 0 < len(leading) < len(everything)
    assert [e.id for e in leading] == opening


def test_a_schema_8_store_takes_new_articles(tmp_path: Path, pipeline: Pipeline) -> None:
    """Schema 9 adds `events.clauses`: a store written before it migrates, and its mentions, whose
    clauses are NULL, merge with new ones."""
    path = tmp_path / "s.db"
    with Store(path) as store:
        ingest([SEEDS / "000_9f6b8ccadd51ec38.txt"], store, pipeline)
    with sqlite3.connect(path) as connection:
        sentences_back_in_rows(connection)
        connection.execute("DROP TABLE sentence_clauses")
        connection.execute("ALTER TABLE events DROP COLUMN clauses_out")
        connection.execute("ALTER TABLE events DROP COLUMN clauses")
        connection.execute("PRAGMA user_version = 8")
    with Store(path) as store:
        ingest([SEEDS / "001_d3ea85ac583b5e03.txt"], store, pipeline)
        (entry,) = [e for e in store.entries(EntryFilter(since="2024-10-08", until="2024-10-08"))]
        assert len({m.document for m in entry.mentions}) == 2
    with sqlite3.connect(path) as connection:
        nulls = connection.execute("SELECT count(*) FROM events WHERE clauses IS NULL").fetchone()[0]
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION and nulls > 0


def test_a_schema_9_store_takes_new_articles(tmp_path: Path, pipeline: Pipeline) -> None:
    """Schema 10 stores clause words once per sentence: a store written before it, whose mentions hold
    their own lists (`events.clauses`), migrates; its mentions read back the same words, and merge
    with new ones, whose words go to `sentence_clauses`."""
    path = tmp_path / "s.db"
    with Store(path) as store:
        ingest([SEEDS / "000_9f6b8ccadd51ec38.txt"], store, pipeline)
        before = _stored_clause_words(store)
    with sqlite3.connect(path) as connection:  # back to schema 9: each mention its own list
        sentences_back_in_rows(connection)
        rows = connection.execute(
            "SELECT e.id, s.words, e.clauses_out FROM events e JOIN sentence_clauses s ON s.document_id ="
            ' e.document_id AND s.start = e.start AND s."end" = e."end" WHERE e.clauses_out IS NOT NULL'
        ).fetchall()
        for row_id, words, left_out in rows:
            own = json.dumps(sentence_clauses.joined(words, left_out))
            connection.execute("UPDATE events SET clauses = ? WHERE id = ?", (own, row_id))
        connection.execute("DROP TABLE sentence_clauses")
        connection.execute("ALTER TABLE events DROP COLUMN clauses_out")
        connection.execute("PRAGMA user_version = 9")
    with Store(path) as store:
        ingest([SEEDS / "001_d3ea85ac583b5e03.txt"], store, pipeline)
        (entry,) = [e for e in store.entries(EntryFilter(since="2024-10-08", until="2024-10-08"))]
        assert len({m.document for m in entry.mentions}) == 2
        after = _stored_clause_words(store)
    assert rows and {k: v for k, v in after.items() if k in before} == before
    with sqlite3.connect(path) as connection:
        documents = {row[0] for row in connection.execute("SELECT document_id FROM sentence_clauses")}
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert documents and documents.isdisjoint(key[0] for key in before)


def test_a_schema_11_store_takes_new_articles(tmp_path: Path, pipeline: Pipeline) -> None:
    """Schema 12 stores each sentence's text once (`sentences`): a store written before it, whose
    mentions hold their sentence twice (`text`, `summary`), migrates, reads back the same entries,
    and merges new articles, whose mentions leave both empty; search and the text filter find old
    and new mentions alike."""
    path = tmp_path / "s.db"
    with Store(path) as store:
        ingest([SEEDS / "000_9f6b8ccadd51ec38.txt"], store, pipeline)
        before = [entry.as_dict() for entry in store.entries()]
    with sqlite3.connect(path) as connection:
        sentences_back_in_rows(connection)
        connection.execute("PRAGMA user_version = 11")
    with Store(path) as store:
        assert [entry.as_dict() for entry in store.entries()] == before
        ingest([SEEDS / "001_d3ea85ac583b5e03.txt"], store, pipeline)
        (entry,) = [e for e in store.entries(EntryFilter(since="2024-10-08", until="2024-10-08"))]
        assert len({m.document for m in entry.mentions}) == 2
        assert all(m.text for e in store.entries() for m in e.mentions)
        (old, new) = store.query(
            "SELECT SUM(text != '' AND summary != ''), SUM(text = '' AND summary = '') FROM events"
        )[0]
        found = store.query("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'Zelenskyy'")
        found_ids = ",".join(str(row[0]) for row in found)
        documents = {
            row[0]
            for row in store.query(f"SELECT DISTINCT document_id FROM sentences WHERE id IN ({found_ids})")
        }
        filtered = store.entries(EntryFilter(text="Zelenskyy"))
        store._db.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")
    assert old > 0 and new > 0 and len(documents) == 2
    assert filtered and {m.document for e in filtered for m in e.mentions} >= documents


def test_clause_words_are_stored_once_per_sentence_and_read_back_as_extracted(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """Each sentence's clause words once (`sentence_clauses`), each mention the few its list lacks: read
    back, every mention has the words its extraction gave it, each once."""
    extracted = {
        _mention_key(event): set(event.clauses)
        for processed in pipeline.process(_seeds(), [])
        if isinstance(processed, Processed)
        for event in processed.extraction.events
    }
    with Store(tmp_path / "s.db") as store:
        ingest([SEEDS], store, pipeline)
        stored = _stored_clause_words(store)
        (sentences,) = store.query("SELECT count(*) FROM sentence_clauses")[0]
        (lists,) = store.query("SELECT count(*) FROM events WHERE clauses NOT IN ('[]')")[0]
        (told,) = store.query(
            'SELECT count(*) FROM (SELECT DISTINCT document_id, start, "end" FROM events'
            " WHERE clauses_out IS NOT NULL)"
        )[0]
    assert stored == {key: words for key, words in extracted.items() if key in stored}
    assert len(stored) == len(extracted) and any(stored.values())
    assert lists == 0 and sentences == told > 0


def _seeds() -> list[Document]:
    return documents_in(SEEDS)


def _mention_key(event: Event) -> tuple[str, int, int | None, str]:
    return event.document_id, event.start, event.event_start, event.predicate


def _stored_clause_words(store: Store) -> dict[tuple[str, int, int | None, str], set[str]]:
    """Each stored mention's clause words, as the merger reads them back."""
    keys = [row[0] for row in store.query("SELECT DISTINCT predicate_key FROM events")]
    return {
        _mention_key(event): set(event.clauses)
        for key in keys
        for cluster in store.clusters_with_predicate(key, limit=10_000, latest=10_000)
        for event in cluster.events
    }
