"""What ingest keeps between runs is stored a row per name, each batch adding what it learnt
(`store.state_rows`, schema 15): the rows read back as the whole state the runs held, and a store
of schema 14, which kept four JSON rows, gets the same state as rows."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

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
        assert connection.execute("SELECT key FROM state WHERE key != 'revision'").fetchall() == []
