"""Recall misses and wrong sources left by seeds 231 (H1N1_guardian) and 241 (bpoil_reuters), judged
blind: a speaker named in apposition after "but its director general", a report inverted at the end of
a sentence behind a photo credit, a "he" for an official described only by his title, an analyst named
before the firm he works at, and verbs that name a deed or a task, not a report. Real sentences, read
with the sentences before them as one short article."""

from __future__ import annotations

from conftest import attribution_of_sentence, events_of
from storyline.model import Attribution
from storyline.pipeline import Pipeline


def _sentence_attribution(pipeline: Pipeline, text: str, sentence: str) -> Attribution | None:
    """The attribution `attribute` gives the sentence of `text` holding `sentence`, with its actors."""
    return attribution_of_sentence(pipeline.nlp(text), sentence)


def test_a_name_set_off_after_but_its_director_general_speaks(pipeline: Pipeline) -> None:
    text = (
        "The World Health Organisation stopped short of issuing a worldwide alert over the swine flu strain "
        "a unique mix of human, pig and bird viruses but its director general, Dr Margaret Chan, said the "
        'option remained "on the table".'
    )  # H1N1_guardian 26 (seed 231, recall)
    found = _sentence_attribution(pipeline, text, "Dr Margaret Chan")
    assert found is not None and found.source == "Margaret Chan"


def test_a_report_inverted_at_the_end_behind_a_photo_credit_is_the_experts(pipeline: Pipeline) -> None:
    text = (
        "Dario Lopez-Mills\\/AP A killer virus that has caused at least 20 deaths and sparked widespread "
        "panic in Mexico has the potential to become a global pandemic, warn health experts."
    )  # H1N1_guardian 26 (seed 231, recall)
    found = _sentence_attribution(pipeline, text, "warn health experts")
    assert found is not None and found.source == "health experts"


def test_he_after_an_official_described_by_his_title_is_that_official(pipeline: Pipeline) -> None:
    text = (
        "But its decision to kill 300,000-400,000 pigs is not just costly. It is also pointless. As the UN "
        "Food and Agriculture Organisation's chief veterinary officer put it yesterday, the cull is \"a real "
        'mistake". "There is no reason to do that. It\'s not a swine influenza, it\'s a human influenza," he '
        "said."
    )  # H1N1_guardian 445 (seed 231, recall)
    found = _sentence_attribution(pipeline, text, "human influenza")
    assert found is not None and "chief veterinary officer" in found.source


def test_an_analyst_named_before_the_firm_he_works_at_speaks(pipeline: Pipeline) -> None:
    text = (
        "The collapse in its share price means BP could become a takeover target, Dougie Youngson, oil "
        "analyst at brokerage Arbuthnot said on Tuesday."
    )  # bpoil_reuters 708 (seed 241, recall; also at seeds 181 and 201)
    found = _sentence_attribution(pipeline, text, "Dougie Youngson")
    assert found is not None and found.source == "Dougie Youngson"


def test_helicopters_that_responded_to_rescue_a_crew_report_nothing(pipeline: Pipeline) -> None:
    text = (
        "Multiple Coast Guard helicopters, planes and cutters responded to rescue the Deepwater Horizon's "
        "126 person crew."
    )  # bpoil_reuters 1230 (seed 241, seen in passing)
    assert _sentence_attribution(pipeline, text, "responded to rescue") is None


def test_analysts_calculating_liabilities_make_no_estimate(pipeline: Pipeline) -> None:
    text = (
        "So far, analysts and experts calculating potential oil spill liabilities have mostly concentrated "
        "on the cost of the clean-up and compensation for economic damages to affected parties."
    )  # bpoil_reuters 72 (seed 241, E36; also seed 131)
    assert _sentence_attribution(pipeline, text, "calculating") is None


def test_a_name_before_an_aside_after_run_in_link_text_speaks(pipeline: Pipeline) -> None:
    text = (
        "The document was posted on the Internet here London's Sunday Times, without citing any sources, "
        "said BP planned to raise $10billion from a bond sale, $20billion from banks and $20billion from "
        "asset sales over the next two years to cover the cost of the spill."
    )  # bpoil_reuters 790 (seed 241, recall)
    found = _sentence_attribution(pipeline, text, "without citing any sources")
    assert found is not None and found.source == "London's Sunday Times"


def test_the_clause_set_before_but_and_the_speaker_is_the_writers(pipeline: Pipeline) -> None:
    text = (
        "The World Health Organisation stopped short of issuing a worldwide alert over the swine flu strain "
        "a unique mix of human, pig and bird viruses but its director general, Dr Margaret Chan, said the "
        'option remained "on the table".'
    )  # H1N1_guardian 26 (seed 231): the WHO's stopping short is told by the writer, not by Chan
    sources = {e.predicate: e.attribution for e in events_of(pipeline, text)}
    assert sources["stop"] is None
    assert sources["remain"] is not None and sources["remain"].source == "Margaret Chan"
