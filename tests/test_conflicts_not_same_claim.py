"""Pairs that are no dispute, judged so when listed: the cost of another company's recall against BP's
costs, a count the sentence takes as known ("the smallest of the three leaks") against a later count
(bpoil_bbc, 21 June and 5 May 2010), and two repeats of two concerts a year apart (MJ_bbc)."""

from __future__ import annotations

from datetime import date

from conftest import entries_of
from storyline.merge.conflicts import find_conflicts
from storyline.merge.figure_series import build_series
from storyline.model import Conflict
from storyline.pipeline import Pipeline


def _figure_conflicts(pipeline: Pipeline, day: date, *texts: str) -> list[Conflict]:
    return _conflicts(pipeline, [(day, text) for text in texts], "figure")


def _conflicts(pipeline: Pipeline, articles: list[tuple[date, str]], kind: str) -> list[Conflict]:
    entries = entries_of(pipeline, *articles)
    return [c for c in find_conflicts(entries, build_series(entries)) if c.kind == kind]


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


def test_two_concerts_each_repeated_near_its_own_report_are_two_occasions(pipeline: Pipeline) -> None:
    found = _conflicts(
        pipeline,
        [
            (date(2009, 8, 25), "This Prom will be repeated on Saturday 12 September at 2pm.\n"),
            (date(2010, 8, 1), "This Prom is repeated on Monday 23 August at 2pm.\n"),
        ],
        "date",
    )
    assert found == []
