"""A time clause ("once", "when", "after", "before", "until", "as soon as") of a main clause that tells
what is to come is to come itself; under a main clause in the past it is a happening. Sentences from
the Timeline17 BBC, Guardian and Reuters articles (bpoil, H1N1, haiti, MJ)."""

from __future__ import annotations

import pytest

from conftest import mention_told_by
from storyline.pipeline import Pipeline


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (  # bpoil_bbc 2010-06-03: stored as the oil's entering the Loop Current, joined with 19 May's
            'The National Center for Atmospheric Research said once oil entered the "Loop Current", part of '
            "the Gulf Stream which sweeps around the Florida panhandle, it would be only weeks before it "
            "reached Florida's Atlantic shores.",
            "entered",
        ),
        (
            "Florida forecasters said it would be at least a week before the oil reached waters near the "
            "state.",
            "reached",
        ),
        ("Once the tests have been successfully completed, BP will resume collecting oil.", "completed"),
        (
            "However, many thousands of barrels of oil will now flow freely until the new cap is fitted, an "
            "operation that could take four to seven days.",
            "fitted",
        ),
        (
            "That will only happen once BP has finished drilling two new relief wells - something that is "
            "not expected to be ready before August.",
            "finished",
        ),
        (
            'Company officials say it could be a couple of days before they know whether the "top kill" '
            "operation has worked.",
            "know",
        ),
        (
            "The 7.03 carat diamond is expected to fetch at least £3.9m when it is auctioned by Sotheby's.",
            "auctioned",
        ),
        (
            "If the case goes to trial, it is likely to be well into next year before a jury hears the "
            "evidence.",
            "hears",
        ),
        (
            "The new regulator has already indicated that it won't be a permit-fest once new guidelines for "
            "offshore drilling are drawn up.",
            "drawn",
        ),
    ],
)
def test_a_time_clause_of_what_is_to_come_is_to_come(pipeline: Pipeline, sentence: str, words: str) -> None:
    """ "once oil entered the Loop Current, it would be only weeks ...": a forecast, not the entering
    told on 19 May; read as happened it joins that happening."""
    assert mention_told_by(pipeline, sentence, words).modality == "expected"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("When the rig exploded, 11 workers died.", "exploded"),
        (
            "Also in Cambridge, Impington Village College will be shut for a week after two pupils tested "
            "positive.",
            "tested",
        ),
        (
            "Restaurants and cafes in Mexico City are to reopen on Wednesday after the country recorded a "
            "fall in new cases of the swine flu virus.",
            "recorded",
        ),
        (
            "We may get to see it all happen in real time, after BP reversed its earlier plans to shut off "
            "the live video feed from the sea floor.",
            "reversed",
        ),
    ],
)
def test_a_time_clause_in_the_past_of_what_is_to_come_happened(
    pipeline: Pipeline, sentence: str, words: str
) -> None:
    """The school closes after the pupils tested positive: the tests are done, whatever is to come; only
    a report's "would", "could" moves a clause of what is to come into the past."""
    assert mention_told_by(pipeline, sentence, words).modality == "actual"


def test_a_past_habit_with_would_is_no_report_moved_back(pipeline: Pipeline) -> None:
    """haiti_bbc: "would tell" is what people used to do, said by no one; the collecting happened."""
    sentence = (
        '"When we were collecting for that disaster people would tell us about their trips to south east '
        'Asia."'
    )
    assert mention_told_by(pipeline, sentence, "collecting").modality == "actual"


def test_a_french_ca_is_no_modal(pipeline: Pipeline) -> None:
    """haiti_bbc: the tagger reads the "Ca" of "Ca va?" as a modal, the "ca" of "can't"; only before "n't"
    is it one (and then its main clause makes a time clause still to come: "won't be a permit-fest once
    new guidelines ... are drawn up", above)."""
    assert mention_told_by(pipeline, '"Ca va?"', "va").modality == "actual"


def test_a_time_clause_of_a_present_habit_keeps_its_reading(pipeline: Pipeline) -> None:
    """A present main clause tells no forecast: the clause is read as it would be alone."""
    sentence = "The virus spreads quickly when people gather in crowded places."
    assert mention_told_by(pipeline, sentence, "gather").modality != "expected"
