"""Who said what: the subject of a passive reporting verb is what was reported or whom it was told to.

Headlines drop the passive's auxiliary ("Mexicans told to stay indoors"), and the parse reads the
participle as a past tense with its subject; a passive with no "by" names no holder either way. Each
test quotes the Timeline17 sentences it runs on (restored from their tokenized form); the whole
pipeline reads them as one short article.
"""

from __future__ import annotations

from datetime import date

from conftest import extraction_of
from storyline.model import Attribution
from storyline.pipeline import Pipeline


def _attributions(pipeline: Pipeline, text: str, predicate: str) -> list[Attribution | None]:
    events = extraction_of(pipeline, text, date(2009, 5, 1)).events
    return [e.attribution for e in events if e.predicate == predicate]


def test_a_headline_told_to_act_is_not_told_by_its_subject(pipeline: Pipeline) -> None:
    text = (
        "Entering data is a challenge for medical professionals used to writing or dictating notes, "
        "according to the clinical lead for mental health software cents Mexicans told to stay indoors for "
        "five days Security editor Richard Norton-Taylor comments on the possibility, raised by the "
        "Conservatives, of scrapping Trident Alan Travis reports on the threefold rise in police stop and "
        "searches"
    )  # H1N1_guardian 2009-05-01/15 (an index page of headlines)
    assert [a for a in _attributions(pipeline, text, "tell") if a and "Mexicans" in (a.source, a.relay)] == []


def test_a_headline_told_to_act_standing_alone_names_no_holder(pipeline: Pipeline) -> None:
    text = "Mexicans told to stay indoors for five days."  # the headline of the test above, cut off
    assert _attributions(pipeline, text, "tell") == [None]
    assert _attributions(pipeline, text, "stay") == [None]


def test_a_headline_confirmed_with_nothing_confirmed_is_not_its_subjects_report(pipeline: Pipeline) -> None:
    text = "Swine flu confirmed in 14 more people at Handsworth school Eton College."
    # H1N1_guardian 2009-05-28/510 (the last headline of a list)
    assert _attributions(pipeline, text, "confirm") == [None]


def test_cases_reported_after_as_are_what_is_reported(pipeline: Pipeline) -> None:
    text = (
        "The death toll from an outbreak of a human swine flu virus has risen to more than 80 in Mexico as "
        "new suspected cases have been reported as far apart as Auckland in New Zealand and New York in the "
        "United States."
    )  # H1N1_guardian 2009-04-26/970
    assert _attributions(pipeline, text, "report") == [None]
    assert _attributions(pipeline, text, "rise") == [None]
