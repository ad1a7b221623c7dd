"""Figure pairs of bpoil_bbc that are no dispute, judged so when listed: the cost of another company's
recall against BP's costs, and a count the sentence takes as known ("the smallest of the three leaks")
against a later count (sentences quoted from bpoil_bbc, 21 June and 5 May 2010)."""

from __future__ import annotations

from datetime import date

from storyline.analyse.entities import ActorRegistry
from storyline.merge.conflicts import find_conflicts
from storyline.merge.figure_series import build_series
from storyline.model import Conflict, DateSource, Document, content_id
from storyline.pipeline import Pipeline, build_entries


def _figure_conflicts(pipeline: Pipeline, day: date, *texts: str) -> list[Conflict]:
    documents = [
        Document(content_id(text), text, f"{index}.txt", day, DateSource.FOLDER)
        for index, text in enumerate(texts)
    ]
    shared, pipeline.registry = pipeline.registry, ActorRegistry()
    try:
        entries = build_entries(documents, pipeline)
    finally:
        pipeline.registry = shared
    return [c for c in find_conflicts(entries, build_series(entries)) if c.kind == "figure"]


def test_the_cost_of_another_companys_recall_is_not_bps_costs(pipeline: Pipeline) -> None:
    found = _figure_conflicts(
        pipeline,
        date(2010, 6, 21),
        "Johnson & Johnson reacted quickly, including a huge US-wide recall of the product - some 31 million "
        "bottles - at an estimated cost of $100million.\n",
        "Meanwhile, BP has said that its costs in tackling the disaster have now risen to $2bn (£1.34bn).\n",
    )
    assert found == []


def test_the_set_a_part_is_taken_from_is_no_rival_count(pipeline: Pipeline) -> None:
    found = _figure_conflicts(
        pipeline,
        date(2010, 5, 5),
        "Oil is still gushing into the sea at a rate of about 800,000 litres a day, but officials say "
        "working with only two leaks makes tackling the spill easier.\n",
        "BP has managed to seal the smallest of the three leaks spilling oil into the Gulf of Mexico, the "
        "company says.\n",
    )
    assert found == []
