"""A running tally's new figure: a bare number that a verb sets a tally to counts what the tally
counts ("It brings the overall totals to 24 in England", "The number of confirmed cases of swine
flu in the UK has risen to 18"). Sentences are from the Timeline17 articles of H1N1_bbc, read as
written; without the tally the number is no figure (nothing said what it counts), so two days'
tallies had nothing that told them apart."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import entries_of, events_of
from storyline.model import Figure
from storyline.pipeline import Pipeline


def _figures(pipeline: Pipeline, sentence: str) -> list[Figure]:
    return [f for e in events_of(pipeline, sentence + "\n", date(2009, 5, 5)) for f in e.figures]


@pytest.mark.parametrize(
    ("sentence", "value", "kind"),
    [
        ("They bring the overall totals to 23 in England and four in Scotland.", 23, "total"),  # 5 May, 485
        ("It brought the overall totals to 24 in England and four in Scotland.", 24, "total"),  # 6 May, 46
        (
            "The number of confirmed cases of swine flu in the UK has risen to 18.",
            18,
            "case",
        ),  # 30 April, 278
        ("In Britain, the number of confirmed cases of the H1N1 virus has risen to 27.", 27, "case"),  # 4 May
        (  # 1 May, 1084: the parse reads "260-up" as one noun, the object of "to"
            "In Mexico, the number of confirmed cases rose to 260 - up from 26 on Wednesday, something "
            "experts attributed to many laboratory results coming in.",
            260,
            "case",
        ),
    ],
)
def test_a_bare_number_a_tally_is_set_to_counts_what_the_tally_counts(
    pipeline: Pipeline, sentence: str, value: float, kind: str
) -> None:
    (figure,) = [f for f in _figures(pipeline, sentence) if f.value == value]
    assert figure.kind == kind


def test_a_number_that_sets_no_tally_stays_no_figure(pipeline: Pipeline) -> None:
    """What rose is no tally ("shares"): its number's unit is unsaid, so it is still no figure."""
    assert _figures(pipeline, "Shares in the company rose to 400 on Monday.") == []


def test_two_days_tallies_stay_two_entries_and_one_told_again_joins(pipeline: Pipeline) -> None:
    """H1N1_bbc: Monday's nine cases bring the totals to 23 in England (485, 5 May); Tuesday's case to
    24 (976, 5 May; 46, 6 May). The 23 no longer joins the 24s: its tally is another figure."""
    monday = (
        "Nine more cases have been confirmed. They bring the overall totals to 23 in England and four in "
        "Scotland.\n"
    )
    tuesday = (
        "A further case was confirmed. It brings the overall totals to 24 in England and four in Scotland.\n"
    )
    again = (
        "A further case was confirmed. It brought the overall totals to 24 in England and four in Scotland.\n"
    )
    entries = entries_of(
        pipeline, (date(2009, 5, 4), monday), (date(2009, 5, 5), tuesday), (date(2009, 5, 6), again)
    )
    tallies = [entry for entry in entries if "overall totals" in entry.summary]
    assert sorted(len(entry.mentions) for entry in tallies) == [1, 2]
    (single,) = [entry for entry in tallies if len(entry.mentions) == 1]
    assert "23" in single.summary
