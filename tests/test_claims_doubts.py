"""Doubting stances: a holder who questions, disputes, challenges, doubts, casts doubt on or is skeptical of
a claim is its source, with the stance "doubted" (not stated, not denied outright); a person questioned or a
deed challenged is no doubt of anything said. Sentences from bpoil_reuters, bpoil_bbc and bpoil_guardian."""

from __future__ import annotations

from datetime import date

from conftest import attribution_in, entries_of, events_of
from storyline.merge.stance_conflicts import _vague_doubt, stance_conflicts
from storyline.model import Stance
from storyline.pipeline import Pipeline

_DAY = date(2010, 6, 1)


def test_skepticism_about_an_assertion_is_a_doubt_by_the_group_before(pipeline: Pipeline) -> None:
    """bpoil_reuters 2010-08-06/425.htm: the claim is the object of "about the ... assertion that", no
    clause of the verb; "They" are the residents of the sentence before."""
    text = (
        "Many Gulf Coast residents have seen their fishing and tourism livelihoods devastated by the spill.\n"
        "They and some scientists have expressed skepticism about the government's assertion this week that "
        "around 75 percent of the estimated 4.9 million barrels of oil leaked by the well had either "
        "evaporated, dispersed or otherwise been contained.\n"
    )
    attribution = attribution_in(pipeline, text, "expressed skepticism", date(2010, 8, 6))
    assert attribution is not None
    assert (attribution.source, attribution.stance, attribution.cue) == (
        "Many Gulf Coast residents",
        Stance.DOUBTED,
        "expressed",
    )


def test_questioning_that_figure_is_a_doubt_of_its_own_clause(pipeline: Pipeline) -> None:
    """bpoil_reuters 2010-05-20/2149.htm: BP's estimate stays BP's; the clause after "but" is the
    scientists' doubt."""
    text = (
        "BP has been estimating the leak was flowing at a rate of 5,000 barrels per day, but scientists and "
        "the government have questioned that figure.\n"
    )
    told = {e.predicate: e.attribution for e in events_of(pipeline, text, date(2010, 5, 20))}
    assert told["question"] is not None and told["flow"] is not None
    assert (told["question"].source, told["question"].stance) == ("scientists", Stance.DOUBTED)
    assert (told["flow"].source, told["flow"].stance) == ("BP", Stance.ESTIMATED)


def test_disputing_accusations_is_a_doubt(pipeline: Pipeline) -> None:
    text = "Halliburton disputed the commission's accusations about its cement testing.\n"
    attribution = attribution_in(pipeline, text, "Halliburton", _DAY)
    assert attribution is not None
    assert (attribution.source, attribution.stance) == ("Halliburton", Stance.DOUBTED)


def test_questioning_whether_is_a_doubt_of_the_clause(pipeline: Pipeline) -> None:
    """bpoil_bbc: the clause questioned is the event told, with the doubter as its source."""
    text = "But Mr Overton questioned whether the BP spill had played a role in the mass fish deaths.\n"
    attribution = attribution_in(pipeline, text, "Overton", _DAY)
    assert attribution is not None
    assert (attribution.source, attribution.stance, attribution.cue) == (
        "Overton",
        Stance.DOUBTED,
        "questioned",
    )


def test_casting_doubt_on_an_estimate_is_a_doubt(pipeline: Pipeline) -> None:
    """bpoil_bbc: "cast doubt on" was read only through the "saying" after it, as a statement."""
    text = (
        "Some scientists cast doubt on BP's estimate of the oil flow rate, saying the widely repeated figure "
        "of 5,000 barrels a day was too low.\n"
    )
    attribution = attribution_in(pipeline, text, "Some scientists", _DAY)
    assert attribution is not None
    assert (attribution.source, attribution.stance, attribution.cue) == (
        "Some scientists",
        Stance.DOUBTED,
        "cast",
    )


def test_skeptical_of_a_presentation_is_a_doubt(pipeline: Pipeline) -> None:
    text = "Some environmental experts were skeptical of the government's presentation.\n"
    attribution = attribution_in(pipeline, text, "Some environmental experts", _DAY)
    assert attribution is not None
    assert (attribution.source, attribution.stance) == ("Some environmental experts", Stance.DOUBTED)


def test_a_person_questioned_or_a_deed_challenged_is_no_doubt(pipeline: Pipeline) -> None:
    """bpoil_guardian and bpoil_reuters: an interrogation and a suit against a moratorium doubt nothing said;
    nor does a skeptical mood with nothing named."""
    for text, words in (
        ("The team also questioned executives from BP, Transocean and Halliburton.\n", "executives"),
        (
            "Oil companies involved in offshore drilling operations had challenged the government's "
            "six-month moratorium.\n",
            "moratorium",
        ),
        (
            "Despite assurances of swift compensation, Louisiana Gulf residents remained skeptical.\n",
            "skeptical",
        ),
    ):
        assert attribution_in(pipeline, text, words, _DAY) is None, text


def test_a_doubt_told_as_the_time_of_a_deed_does_not_speak_for_it(pipeline: Pipeline) -> None:
    """bpoil_reuters: BP's defence is narrated; the scientists' challenge is its time, not its source."""
    text = (
        "Even when scientists challenged the Coast Guard's 5,000 barrel-per-day estimate of the flow rate, "
        "BP defended it robustly.\n"
    )
    told = {e.predicate: e.attribution for e in events_of(pipeline, text, _DAY)}
    assert told["defend"] is None or told["defend"].source != "scientists"


def test_a_doubt_of_that_figure_disputes_no_later_sentence_sharing_its_words(pipeline: Pipeline) -> None:
    """bpoil_reuters 20 May and 3 December 2010: "questioned that figure" points at BP's estimate in its own
    sentence; a December sentence about "the government's estimates" of the flow is no claim it disputes
    nor a revision of it."""
    entries = entries_of(
        pipeline,
        (
            date(2010, 5, 20),
            "BP has been estimating the leak was flowing at a rate of 5,000 barrels per day, but scientists "
            "and the government have questioned that figure.\n",
        ),
        (
            date(2010, 12, 3),
            "A lower flow rate would call into question the government's estimates that BP's Macondo well "
            "spewed a total of 4.9 million barrels of oil this summer and would impact the amount of fines "
            "BP would have to pay for the drilling disaster.\n",
        ),
    )
    doubts = [e for e in entries if e.attribution is not None and e.attribution.stance == Stance.DOUBTED]
    assert doubts and all(_vague_doubt(e) for e in doubts)
    assert list(stance_conflicts(entries)) == []
    (named,) = [
        e
        for e in entries_of(
            pipeline,
            (
                date(2010, 12, 1),
                "Halliburton disputed the commission's accusations about its cement testing.\n",
            ),
        )
        if e.attribution is not None
    ]
    assert named.attribution is not None and named.attribution.stance == Stance.DOUBTED
    assert not _vague_doubt(named)  # "the commission's accusations about its cement testing" says what
