"""A run keeps its entries in memory from one batch to the next (`Merger.settle`), bounded: the
latest told entries, each with its latest reports. What it lets go is loaded from the store again
when a mention needs its predicate."""

from __future__ import annotations

from dataclasses import replace as changed
from datetime import date
from pathlib import Path

from conftest import events_of
from storyline.merge.entries import MAX_COMPARED, Merger
from storyline.pipeline import Pipeline, ingest
from storyline.store import Store

QUAKE = "A massive earthquake struck the region on Tuesday.\n"


def test_entries_stay_between_batches_and_the_oldest_go(pipeline: Pipeline) -> None:
    loaded: list[str] = []
    merger = Merger(lambda key: loaded.append(key) or [])
    opened = []
    for month in range(1, 9):  # one earthquake a month: each opens its own entry
        published = date(2010, month, 14)
        (quake, *_) = events_of(pipeline, QUAKE, published)
        opened.append(merger.add(changed(quake, document_id=f"d{month}"), published=published).id)
    assert len(set(opened)) == 8 and len(loaded) == 1  # the store is asked once for the predicate
    merger.settle(kept=3)
    assert [c.id for c in merger.clusters] == opened[-3:]
    assert not merger.changed()
    again = merger.add(changed(quake, document_id="d9"), published=date(2010, 8, 14))
    assert again.id == opened[-1] and again.changed  # the next batch joins it, loading nothing
    assert len(loaded) == 1
    merger.settle(kept=0)
    assert merger.clusters == []
    merger.add(changed(quake, document_id="d10"), published=date(2010, 8, 14))
    assert len(loaded) == 2  # none left of that predicate: asked of the store again


def test_a_kept_entry_keeps_its_latest_reports(pipeline: Pipeline) -> None:
    published = date(2010, 8, 14)
    (quake, *_) = events_of(pipeline, QUAKE, published)
    merger = Merger()
    for index in range(MAX_COMPARED + 5):
        entry = merger.add(changed(quake, document_id=f"d{index}"), published=published)
    assert len(merger.clusters) == 1 and len(entry.events) == MAX_COMPARED + 5
    merger.settle()
    assert [e.document_id for e in entry.events] == [f"d{i}" for i in range(5, MAX_COMPARED + 5)]
    assert entry.partial  # the store rebuilds it from all its reports when it changes


AGREED = (  # bpoil_bbc and bpoil_guardian sentences
    "BP has agreed to put aside $20bn (£13.5bn) to compensate victims of the oil spill - and has "
    "vowed to help with the clean-up.\n",
    "On Wednesday, President Obama announced that BP had agreed to set up a $20 billion relief fund "
    'that will be led by the administration\'s "pay czar," Kenneth Feinberg.\n',
    "The company has agreed to put aside $20bn (£13.5bn) to compensate victims of the oil spill.\n",
)
OTHER = (
    "Heavy rain flooded parts of the city overnight, officials said.\n",
    "The central bank left interest rates unchanged at its monthly meeting.\n",
)


def test_a_later_batch_joins_an_entry_of_an_earlier_one(tmp_path: Path, isolated_pipeline: Pipeline) -> None:
    """Batches of four articles (`batch_size` 1): the fifth article, in the second batch, retells
    the agreement the first two told and joins their entry."""
    texts = [AGREED[0], AGREED[1], *OTHER, AGREED[2]]
    paths = []
    for index, text in enumerate(texts):
        path = tmp_path / f"{index}.txt"
        path.write_text(f"date 2010-06-18\n{text}", encoding="utf-8")
        paths.append(path)
    batch_size, isolated_pipeline.batch_size = isolated_pipeline.batch_size, 1
    try:
        with Store(tmp_path / "s.db") as store:
            report = ingest(paths, store, isolated_pipeline)
            entries = store.entries()
    finally:
        isolated_pipeline.batch_size = batch_size
    assert report.documents_added == 5
    (agreed,) = [e for e in entries if e.sources > 1 and "agreed" in e.summary]
    assert {Path(m.path).name for m in agreed.mentions} == {"0.txt", "1.txt", "4.txt"}
