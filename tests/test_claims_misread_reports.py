"""Reports the blind recall of seeds 141 and 131 missed on bpoil_reuters, on the real sentences.

A sentence whose quote the sentence splitter cut from its closing mark (read as speaking to the reader,
so it made no event at all); a verb in -s the parse tagged a noun ("Obama pledges ... and says ...");
a letter that "begins" with the words quoted; a report made by the subject of a passive "are reported
to have admitted"; and "denouncing" an effort, a criticism rather than a denial.
"""

from __future__ import annotations

from datetime import date

from conftest import extraction_of
from storyline.model import Event, Stance
from storyline.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str, sentence: str) -> list[Event]:
    events = extraction_of(pipeline, text, date(2010, 7, 24)).events
    return [e for e in events if e.text.startswith(sentence)]


def test_a_quote_cut_from_its_closing_mark_is_not_a_call_to_the_reader(pipeline: Pipeline) -> None:
    # bpoil_reuters 84: the splitter put the closing quotation mark in a sentence of its own
    text = (
        "Feinberg said he does not yet know whether they will be included.\n"
        "Addressing the frustrated crowd in Alabama, Feinberg said when he takes complete control over "
        'administering the fund "we will not do anything behind your back."\n'
    )
    told = _events(pipeline, text, "Addressing the frustrated crowd")
    assert any(e.main for e in told)
    assert all(e.attribution is not None and e.attribution.source == "Feinberg" for e in told)


def test_a_verb_read_as_a_plural_noun_keeps_its_speaker(pipeline: Pipeline) -> None:
    # bpoil_reuters 489 (a chronology): "pledges" tagged a noun at the root, "says" joined to it
    text = (
        'April 29 - U.S. President Barack Obama pledges "every single available resource," including the '
        "U.S. military, to contain the spreading spill and says BP is responsible for the clean-up.\n"
    )
    extraction = extraction_of(pipeline, text, date(2010, 6, 28))
    said = [e for e in extraction.events if e.predicate == "say"]
    assert said and all(e.attribution is not None and e.attribution.source.endswith("Obama") for e in said)
    (quote,) = extraction.quotes
    assert quote.speaker is not None and quote.speaker.endswith("Obama")


def test_a_letter_that_begins_with_the_words_quoted_says_them(pipeline: Pipeline) -> None:
    # bpoil_reuters 266
    text = '"You won\'t believe this," begins the letter from the House Democratic campaign committee.\n'
    told = _events(pipeline, text, '"You won')
    assert told and all(e.attribution is not None and "committee" in e.attribution.source for e in told)
    assert all(e.attribution is not None and e.attribution.cue == "begins" for e in told)


def test_a_beginning_that_follows_no_quote_reports_nothing(pipeline: Pipeline) -> None:
    text = "The hearing begins the second week of the inquiry into the spill.\n"
    assert all(e.attribution is None for e in _events(pipeline, text, "The hearing"))


def test_those_reported_to_have_admitted_are_the_source(pipeline: Pipeline) -> None:
    # bpoil_reuters 555 (seed 131): the subject of the passive "are reported" admitted; the writer's
    # "Uncertainty is also increased" keeps no source
    text = (
        "Uncertainty is also increased by the fact that BP executives are reported to have admitted to "
        "members of the U.S. Congress that the amount of oil spilling could intensify -- perhaps by several "
        "multiples of the current leakage per day -- if they cannot cap the flow.\n"
    )
    told = _events(pipeline, text, "Uncertainty is also increased")
    (admitted,) = [e for e in told if e.predicate == "intensify"]
    assert admitted.attribution is not None and admitted.attribution.source == "BP executives"
    assert admitted.attribution.stance == Stance.CONFIRMED
    assert all(e.attribution is None for e in told if e.main)


def test_denouncing_an_effort_is_a_criticism_not_a_denial(pipeline: Pipeline) -> None:
    # bpoil_reuters 266 (seed 131)
    text = (
        "As he grapples with the spill, Obama has been pushing Congress to pass a new law that would fight "
        "climate change and ramp up production of renewable fuels, but the measure faces an uncertain future "
        "in the Senate, where Republican leaders are sternly denouncing any effort to link provisions of the "
        "energy bill with the Gulf disaster.\n"
    )
    (linked,) = [e for e in _events(pipeline, text, "As he grapples") if e.predicate == "link"]
    assert linked.attribution is not None and linked.attribution.source == "Republican leaders"
    assert linked.attribution.stance == Stance.STATED


def test_a_statement_denouncing_remarks_in_the_narration_lends_no_source(pipeline: Pipeline) -> None:
    # bpoil_reuters 1064: the retraction is the writer's; the statement's denouncing names no words said
    text = (
        "Hours later, Barton retracted his statement, after Vice President Joe Biden condemned the comments "
        'as "outrageous" and Republican leaders of the House of Representatives issued a joint statement '
        "denouncing them.\n"
    )
    assert all(e.attribution is None for e in _events(pipeline, text, "Hours later") if e.main)
