"""A collection's timeline is its own: one process reading several collections (an evaluation's
topics, or a library user ingesting two stores in one session) must give each what it gives alone.
The lemma of "lay" once hung on the first "lay" the process had met: "Never lay blame" in one
collection made "Jackson lay on the bed" in the next one "lay", not "lie", and merged it with a body
"laid out" (Timeline17 articles)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import T17, needs
from storyline.ingest import read_documents
from storyline.model import Document, Entry
from storyline.pipeline import Pipeline, build_entries, ingest
from storyline.store import Store

FIRST = [T17 / "H1N1_reuters" / "InputDocs" / "2009-04-29" / "385.htm.txt"]  # "Never lay blame on ..."
SECOND = [
    T17 / "MJ_bbc" / "InputDocs" / day / name
    for day, name in (
        ("2011-01-04", "1085.htm.txt"),
        ("2011-01-05", "735.htm.txt"),
        ("2011-04-21", "64.htm.txt"),
    )
]


def _documents(paths: list[Path]) -> list[Document]:
    documents = [item for item in read_documents(paths) if isinstance(item, Document)]
    assert len(documents) == len(paths)
    return documents


def _as_json(entries: list[Entry]) -> list[str]:
    return [json.dumps(entry.as_dict(), sort_keys=True) for entry in entries]


@needs(T17)
def test_a_collection_built_after_another_gives_its_entries_as_alone() -> None:
    alone = _as_json(build_entries(_documents(SECOND), Pipeline()))
    one_process = Pipeline()
    build_entries(_documents(FIRST), one_process)
    after = _as_json(build_entries(_documents(SECOND), one_process))
    assert len(alone) > 20
    assert any("Jackson lay on the bed" in entry for entry in alone)
    assert after == alone


@needs(T17)
def test_a_store_ingested_after_another_holds_what_it_holds_alone(tmp_path: Path) -> None:
    def stored(path: Path, pipeline: Pipeline) -> list[str]:
        with Store(path) as store:
            ingest(SECOND, store, pipeline)
            return _as_json(store.entries())

    alone = stored(tmp_path / "alone.db", Pipeline())
    one_session = Pipeline()
    with Store(tmp_path / "first.db") as store:
        ingest(FIRST, store, one_session)
    after = stored(tmp_path / "second.db", one_session)
    assert len(alone) > 20
    assert after == alone
