"""Figures, series and conflicts end to end on the two reference articles."""

from __future__ import annotations

import pytest

from conftest import SEEDS, documents_in
from storyline.merge.conflicts import find_conflicts
from storyline.merge.figure_series import build_series
from storyline.model import Conflict, Entry, FigureSeries
from storyline.pipeline import Pipeline, build_entries


@pytest.fixture(scope="module")
def entries(pipeline: Pipeline) -> list[Entry]:
    from storyline.analyse.entities import ActorRegistry

    documents = documents_in(SEEDS)
    shared, pipeline.registry = pipeline.registry, ActorRegistry()  # names learnt elsewhere stay there
    try:
        return build_entries(documents, pipeline)
    finally:
        pipeline.registry = shared


@pytest.fixture(scope="module")
def series(entries: list[Entry]) -> list[FigureSeries]:
    return build_series(entries)


@pytest.fixture(scope="module")
def conflicts(entries: list[Entry], series: list[FigureSeries]) -> list[Conflict]:
    return find_conflicts(entries, series)


def _personnel(series: list[FigureSeries], predicate: str) -> FigureSeries:
    (one,) = [s for s in series if s.kind == "personnel" and s.predicate == predicate]
    return one


def test_north_korean_troops_sent_by_source_and_date(series: list[FigureSeries]) -> None:
    sent = _personnel(series, "sent")
    assert sent.subject == "North Korea"
    assert [(p.figure.value, p.claim_date) for p in sent.points] == [
        (1500, "2024-10-19"),
        (3000, "2024-10-23"),
    ]
    assert "National Intelligence Service" in (sent.points[0].claimant or "")
    assert sent.points[1].claimant == "South Korean intelligence"


def test_troops_intended_and_training_are_series_of_their_own(series: list[FigureSeries]) -> None:
    (intended,) = _personnel(series, "intended").points
    assert (intended.figure.value, intended.claim_date, intended.claimant) == (
        10000,
        "2024-10-17",
        "Volodymyr Zelenskyy",
    )
    (training,) = _personnel(series, "training").points
    assert (training.figure.value, training.claim_date, training.claimant) == (
        11000,
        "2024-10-18",
        "Kyrylo Budanov",
    )


def test_austin_is_shown_against_the_reports_he_could_not_confirm(conflicts: list[Conflict]) -> None:
    stance = [c for c in conflicts if c.kind == "stance"]
    assert all(c.first.source == "Lloyd Austin" for c in stance)
    doubted = " ".join(c.second.text for c in stance)
    assert "1,500 special forces troops" in doubted
    assert "11,000" not in doubted and "10,000" not in doubted
    assert all("that North Korea had sent troops to Russia" in c.description for c in stance)


def test_the_later_report_of_3000_troops_revises_austins_doubt(conflicts: list[Conflict]) -> None:
    """ "Could not confirm" on 19 October, then reported on 23 October: a revision, not a dispute."""
    (revision,) = [c for c in conflicts if c.kind == "revision"]
    assert revision.first.source == "Lloyd Austin" and revision.second.date == "2024-10-23"
    assert "3,000 troops" in revision.second.text
    assert "3,000 troops" not in " ".join(c.second.text for c in conflicts if c.kind == "stance")


def test_no_figure_or_date_conflicts_in_the_samples(conflicts: list[Conflict]) -> None:
    assert not [c for c in conflicts if c.kind in ("figure", "date")]
