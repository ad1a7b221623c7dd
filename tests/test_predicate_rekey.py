"""A store keeps the fingerprint of the predicate keys its events were written with; opened by a
version that keys words otherwise (`merge.similarity._SAME_PREDICATE`), it re-keys its events and
the state kept by key, so the entries it stored are still found. Sentences from Timeline17 (the
arrest example of `test_event_merging`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.merge import similarity
from storyline.merge.similarity import predicate_key
from storyline.pipeline import Pipeline, ingest
from storyline.store import EntryFilter, Store
from storyline.store.predicate_keys import FINGERPRINT

APPREHENDED = (
    "The driver, who police identified as Vishwanand Subryan, fled the scene but was apprehended "
    "by police shortly afterward.\n"
)
ARRESTED = "Subryan fled the scene, but was arrested nearby.\n"


@pytest.fixture
def keys_fresh() -> Iterator[None]:
    """`predicate_key` forgets the keys it cached before and after a test changes its table."""
    predicate_key.cache_clear()
    yield
    predicate_key.cache_clear()


def _article(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(f"date 2013-09-14\n{text}", encoding="utf-8")
    return path


def _words(store: Store) -> list[set[str]]:
    return [
        {m.text[m.event_start - m.start : m.event_end - m.start] for m in entry.mentions}  # type: ignore[operator]
        for entry in store.entries(EntryFilter(secondary=True))
    ]


def test_a_store_written_with_older_keys_finds_its_entries(
    tmp_path: Path, isolated_pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch, keys_fresh: None
) -> None:
    with monkeypatch.context() as older:  # a version that keyed "apprehended" apart from "arrested"
        older.delitem(similarity._SAME_PREDICATE, "apprehend")
        predicate_key.cache_clear()
        assert predicate_key("apprehend") == "apprehend"
        with Store(tmp_path / "s.db") as store:
            ingest([_article(tmp_path, "0.txt", APPREHENDED)], store, isolated_pipeline)
            older_print = store.get_state(FINGERPRINT)
            assert "apprehend" in store.days_told()
    predicate_key.cache_clear()
    with Store(tmp_path / "s.db") as store:
        assert store.get_state(FINGERPRINT) not in (None, older_print)
        assert "apprehend" not in store.days_told() and "arrest" in store.days_told()
        ingest([_article(tmp_path, "1.txt", ARRESTED)], store, isolated_pipeline)
        assert {"arrested", "apprehended"} in _words(store)  # one entry, citing both articles


def test_a_store_with_the_same_keys_is_not_keyed_again(
    tmp_path: Path, isolated_pipeline: Pipeline, keys_fresh: None
) -> None:
    with Store(tmp_path / "s.db") as store:
        ingest([_article(tmp_path, "0.txt", APPREHENDED)], store, isolated_pipeline)
        revision, version = store.revision(), store.get_state(FINGERPRINT)
    with Store(tmp_path / "s.db") as store:
        assert (store.revision(), store.get_state(FINGERPRINT)) == (revision, version)
