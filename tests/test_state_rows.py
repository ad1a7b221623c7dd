"""What ingest keeps between runs is stored a row per name, each batch adding what it learnt
(`store.state_rows`, schema 15): the rows read back as the whole state the runs held, and a store
of schema 14, which kept four JSON rows, gets the same state as rows."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from conftest import SEEDS
from storyline.analyse.actor_registry import ActorRegistry
from storyline.pipeline import Pipeline, ingest
from storyline.store import DAYS_KEY, NAMES_KEY, REGISTRY_KEY, WORDS_KEY, Store, state_rows
from storyline.store.schema import SCHEMA_VERSION

_TABLES = ("actor_names", "article_words", "context_names", "article_totals", "days_told")


def _state(path: Path) -> dict[str, object]:
    with Store(path) as store:
        registry = store.actor_registry()
        assert registry is not None and not store.damaged
        return {
            REGISTRY_KEY: {part: table for part, table in registry.to_dict().items() if table},
            NAMES_KEY: store.context_names().as_dict(),
            WORDS_KEY: store.article_words().as_dict(),
            DAYS_KEY: {kind: sorted(days) for kind, days in store.days_told().items()},
        }


def test_the_rows_hold_what_the_runs_learnt(tmp_path: Path, isolated_pipeline: Pipeline) -> None:
    """Two runs, one sample article each: the registry the pipeline ends with, and the words and
    names counted again from the stored articles, are what the rows hold."""
    path = tmp_path / "s.db"
    for article in sorted(SEEDS.glob("*.txt")):
        with Store(path) as store:
            ingest([article], store, isolated_pipeline)
    state = _state(path)
    learnt = {part: table for part, table in isolated_pipeline.registry.to_dict().items() if table}
    assert state[REGISTRY_KEY] == json.loads(json.dumps(learnt))
    assert "South Korean Ministry of Defence" in json.dumps(learnt)  # the first article's
    with sqlite3.connect(path) as connection:
        words, names = state_rows.count_words(connection), state_rows.count_names(connection)
    assert state[WORDS_KEY] == {"documents": 2, "counts": words.counts} and words.articles == 2
    assert state[NAMES_KEY] == {"documents": names.articles, "counts": names.counts} and names.articles == 2


def test_a_registry_tells_the_entries_it_changed() -> None:
    """ "Budanov" then "Kyrylo Budanov" (the sample articles): the fuller name replaces the
    surname's entry and links the shorter one; nothing else is written again."""
    registry = ActorRegistry()
    registry.canonical("Budanov", "PERSON")
    registry.canonical("Ukraine", "GPE")
    assert set(registry.unsaved()) == {("people", "budanov"), ("keys", "place:ukrain")}
    registry.saved()
    assert registry.canonical("Kyrylo Budanov", "PERSON") == "Kyrylo Budanov"
    assert registry.unsaved() == {
        ("people", "budanov"): ["Kyrylo Budanov"],
        ("links", "Budanov"): "Kyrylo Budanov",
    }


def test_a_store_at_schema_14_keeps_its_state_as_rows(tmp_path: Path, isolated_pipeline: Pipeline) -> None:
    """The four JSON rows of schema 14 become the rows, read back as the same state; a damaged
    row of counts is counted again from the stored articles."""
    path = tmp_path / "s.db"
    with Store(path) as store:
        ingest([SEEDS], store, isolated_pipeline)
    state = _state(path)
    old = {  # as schema 14 wrote them
        REGISTRY_KEY: json.dumps(isolated_pipeline.registry.to_dict()),
        NAMES_KEY: json.dumps(state[NAMES_KEY]),
        WORDS_KEY: "{not JSON",
        DAYS_KEY: json.dumps(state[DAYS_KEY]),
    }
    with sqlite3.connect(path) as connection:
        for table in _TABLES:
            connection.execute(f"DROP TABLE {table}")
        connection.executemany("INSERT INTO state (key, value) VALUES (?, ?)", list(old.items()))
        connection.execute("PRAGMA user_version = 14")
    assert _state(path) == state
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        rows = connection.execute("SELECT key FROM state WHERE key NOT IN ('revision', 'predicate_keys')")
        assert rows.fetchall() == []  # the keys' fingerprint is a row of its own (`store.predicate_keys`)


def _paragraphs_as_articles(folder: Path, count: int) -> Path:
    """The sample articles' first paragraphs, each an article of its own dated as its article."""
    folder.mkdir()
    written = 0
    for article in sorted(SEEDS.glob("*.txt")):
        first, *paragraphs = article.read_text(encoding="utf-8").split("\n")
        dated = " ".join(first.split()[:2])  # "date 2024-10-26"
        for paragraph in (p for p in paragraphs if len(p.split()) > 12):
            if written < count:
                (folder / f"{written:02}.txt").write_text(f"{dated} {paragraph}\n")
                written += 1
    return folder


def test_a_run_stopped_after_a_batch_keeps_what_that_batch_learnt(
    tmp_path: Path, isolated_pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Five articles, four a batch: the run stops (a kill, a failure) while the fifth is analysed.
    The first batch's articles are stored with what they taught, counted as the stored articles
    count again (on schema 14 the state was written at a run's end: none of it was kept), and the
    run started again stores the state one whole run does."""
    monkeypatch.setattr(isolated_pipeline, "batch_size", 1)  # a batch: `batch_size * 4` articles
    articles = _paragraphs_as_articles(tmp_path / "articles", 5)
    whole = tmp_path / "whole.db"
    with Store(whole) as store:
        ingest([articles], store, isolated_pipeline)

    def stop_at_the_fifth(document: object) -> None:
        if getattr(document, "path", "").endswith("04.txt"):
            raise KeyboardInterrupt

    isolated_pipeline.registry = ActorRegistry()
    stopped = tmp_path / "stopped.db"
    with Store(stopped) as store, pytest.raises(KeyboardInterrupt):
        ingest([articles], store, isolated_pipeline, progress=stop_at_the_fifth)
    with Store(stopped) as store:
        stored = store.query("SELECT COUNT(*) FROM documents")[0][0]
        words, names = store.article_words(), store.context_names()
        again_words, again_names = state_rows.count_words(store._db), state_rows.count_names(store._db)
        assert stored == 4 and store.actor_registry() is not None and store.days_told()
    assert (words.documents, words.counts) == (again_words.articles, again_words.counts)
    assert (names.documents, names.counts) == (again_names.articles, again_names.counts)

    isolated_pipeline.registry = ActorRegistry()
    with Store(stopped) as store:
        ingest([articles], store, isolated_pipeline)
    assert _state(stopped) == _state(whole)


def test_counts_a_stopped_run_left_short_are_counted_again(
    tmp_path: Path, isolated_pipeline: Pipeline
) -> None:
    """A store of schema 14 whose second run stopped after storing its article, before its end
    wrote the JSON rows: they count one article of the two. Migrated, the words and names are
    counted again from the two stored articles (kept as they were, every later run would have
    added to counts missing it)."""
    first, second = sorted(SEEDS.glob("*.txt"))
    path = tmp_path / "s.db"
    with Store(path) as store:
        ingest([first], store, isolated_pipeline)
    after_the_first = _state(path)
    with Store(path) as store:
        ingest([second], store, isolated_pipeline)
    with sqlite3.connect(path) as connection:
        for table in _TABLES:
            connection.execute(f"DROP TABLE {table}")
        connection.executemany(
            "INSERT INTO state (key, value) VALUES (?, ?)",
            [(key, json.dumps(value)) for key, value in after_the_first.items()],
        )
        connection.execute("PRAGMA user_version = 14")
    state = _state(path)
    with sqlite3.connect(path) as connection:
        words, names = state_rows.count_words(connection), state_rows.count_names(connection)
    assert state[WORDS_KEY] == {"documents": 2, "counts": words.counts}
    assert state[NAMES_KEY] == {"documents": 2, "counts": names.counts} and names.articles == 2
