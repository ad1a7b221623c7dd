"""Who said what when the subject is cut off from the reporting verb in a chronology (seed 221, bpoil_reuters
article 1797): a phrase set off between the subject and "says", a subject left out after a semicolon,
and a headline verb ("rise") read as a noun before "after ... says"; likewise a photo caption run into the
sentence before "after ... said" (haiti_bbc).

The sentences are quoted from the Timeline17 article; the whole pipeline reads them as one short article.
"""

from __future__ import annotations

from datetime import date

from conftest import attribution_in, events_of
from storyline.model import Attribution
from storyline.pipeline import Pipeline

CHRONOLOGY = (
    "June 16 - Hayward and BP Chairman Carl-Henric Svanberg meet White House officials and announce a deal "
    "to set up a $20billion fund for damage claims from the spill.\n"
    "BP also suspends dividend payments to shareholders; says it will pay $100million to workers idled by "
    "the six-month drilling moratorium.\n"
    "Nov. 9 - Shares in BP rise after a U.S. presidential panel says it found no evidence that BP "
    "deliberately chose to cut corners to save costs.\n"
    "Jan. 11 - The White House oil spill commission, in its final report of the BP drilling disaster, says "
    "the U.S. government needs to expand its drilling regulations, as well as set up an independent "
    "drilling safety agency, because the regulatory system was unprepared for the disaster.\n"
)


def _said(pipeline: Pipeline, sentence: str) -> Attribution | None:
    return attribution_in(pipeline, CHRONOLOGY, sentence, date(2011, 1, 11))


def test_a_report_after_a_semicolon_without_a_subject_is_the_subject_before_it(pipeline: Pipeline) -> None:
    """ "; says it will pay": the subject left out is BP, the subject of the clause before the semicolon."""
    told = {e.predicate: e for e in events_of(pipeline, CHRONOLOGY, date(2011, 1, 11)) if "; says" in e.text}
    said = told["pay"].attribution
    assert said is not None and said.source == "BP"
    assert told["suspend"].attribution is None  # the clause before the semicolon is narrated
    (figure,) = told["suspend"].figures
    assert figure.claim is not None and figure.claim.source == "BP"


def test_the_subject_after_a_conjunction_speaks_not_a_headline_before_it(pipeline: Pipeline) -> None:
    """ "Shares in BP rise after a U.S. presidential panel says": "rise" is a verb the parse read as a noun;
    the panel says, not "Shares in BP rise"."""
    said = _said(pipeline, "a U.S. presidential panel says it found")
    assert said is not None and "panel" in said.source


def test_people_after_a_conjunction_speak_not_a_caption_before_them(pipeline: Pipeline) -> None:
    """ "A cathedral in Port-au-Prince after the earthquake UN officials said": the caption's noun and the
    officials are both subjects of "said"; the officials (people, not only a named body) speak."""
    text = (  # haiti_bbc 1093
        "A cathedral in Port-au-Prince after the earthquake UN officials said some 250 people worked in the "
        "headquarters of the peacekeeping mission which has collapsed.\n"
    )
    said = attribution_in(pipeline, text, "A cathedral in Port-au-Prince", date(2010, 1, 13))
    assert said is not None and said.source.endswith("UN officials")


def test_a_body_after_a_dated_line_speaks_past_a_phrase_set_off_before_says(pipeline: Pipeline) -> None:
    """ "Jan. 11 - The White House oil spill commission, in its final report ..., says": "Jan." with its
    full stop is the date the parse made the subject; the commission after the dash speaks."""
    said = _said(pipeline, "says the U.S. government needs to expand")
    assert said is not None and "commission" in said.source
