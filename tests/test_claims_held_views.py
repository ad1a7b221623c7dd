"""Views held and figures set that the blind seed 181 on bpoil_reuters found missed: "agree ..., and that",
"do not expect", "put ... as low as", "pegged ... at", "made clear". Each test quotes the sentence it runs
on (restored from its tokenized form), read by the whole pipeline as one short article."""

from __future__ import annotations

from datetime import date

from conftest import attribution_in, events_of
from storyline.model import Stance, Tense
from storyline.pipeline import Pipeline

_DAY = date(2010, 6, 3)


def test_agreeing_on_a_clause_joined_with_and_that_is_a_report(pipeline: Pipeline) -> None:
    text = (
        "All analysts consulted by Reuters agree on this, and that the key determinant of how much it does "
        "finally cost depends on how long the oil continues to flow.\n"
    )
    attribution = attribution_in(pipeline, text, "key determinant", _DAY)
    assert attribution is not None
    assert (attribution.source, attribution.cue) == ("All analysts", "agree")


def test_not_expecting_now_is_a_doubt_with_its_holder(pipeline: Pipeline) -> None:
    text = "However, most analysts do not expect this to happen.\n"
    attribution = attribution_in(pipeline, text, "happen", _DAY)
    assert attribution is not None
    assert (attribution.source, attribution.stance) == ("most analysts", Stance.DOUBTED)


def test_an_expectation_of_ones_own_deed_is_no_doubt(pipeline: Pipeline) -> None:
    text = (
        "BP does not expect to be able to fully halt the oil flow until August, when two relief wells are "
        "due for completion.\n"
    )
    events = {e.predicate: e for e in reversed(events_of(pipeline, text, _DAY))}  # the first of each
    assert "halt" in events and "expect" in events, "the halt or the expectation not read"
    attribution = events["halt"].attribution
    # BP's "does not expect" is read as BP's own, the halt as expected for August, and no doubt in it
    assert (events["expect"].participants, events["expect"].modality) == (["BP"], "negated")
    assert (events["halt"].tense, events["halt"].date) == (Tense.EXPECTED, "2010-08")
    assert attribution is None or attribution.stance != Stance.DOUBTED


def test_a_quoted_i_dont_think_stays_cited_by_its_telling(pipeline: Pipeline) -> None:
    text = '"I don\'t think the $75million cap is going to be the issue," Suttles told CNN.\n'
    attribution = attribution_in(pipeline, text, "cap", _DAY)
    assert attribution is not None
    assert (attribution.source, attribution.stance) == ("Suttles", Stance.STATED)


def test_putting_a_number_as_low_as_a_figure_is_an_estimate(pipeline: Pipeline) -> None:
    text = (
        "Other analysts put the number as low as the $2 billion estimated by Panmure Gordon's "
        "Peter Hitchens.\n"
    )
    attribution = attribution_in(pipeline, text, "Other analysts", _DAY)
    assert attribution is not None
    assert (attribution.source, attribution.stance, attribution.cue) == (
        "Other analysts",
        Stance.ESTIMATED,
        "put",
    )


def test_pegging_a_volume_at_a_figure_is_an_estimate(pipeline: Pipeline) -> None:
    text = (
        "Scientists analyzing video of the oil gushing from the seabed have pegged the spill's volume at "
        "about 70,000 barrels (2.9 million gallons/11 million liters) per day.\n"
    )
    attribution = attribution_in(pipeline, text, "pegged", _DAY)
    assert attribution is not None
    assert (attribution.source, attribution.stance) == ("Scientists", Stance.ESTIMATED)


def test_estimates_that_put_a_figure_are_no_source(pipeline: Pipeline) -> None:
    text = "Estimates put the well's leak at 12,000 to 19,000 barrels a day.\n"
    told = [e for e in events_of(pipeline, text, _DAY) if e.figures]
    assert told, "no figure read"
    figure, attribution = told[0].figures[0], told[0].attribution
    # the leak's figure is read, and neither it nor the sentence is claimed by "Estimates"
    assert (figure.value, figure.upper, figure.unit) == (12_000, 19_000, "barrels per day")
    assert figure.claim is None or figure.claim.source != "Estimates"
    assert attribution is None or attribution.source != "Estimates"


def test_made_clear_with_a_clause_is_a_statement(pipeline: Pipeline) -> None:
    text = (
        "Proegler and other BP spokesmen made clear the increased containment, while an advance, was not "
        "siphoning all the escaping oil.\n"
    )
    attribution = attribution_in(pipeline, text, "siphoning", _DAY)
    assert attribution is not None
    assert attribution.source.startswith("Proegler")
    assert attribution.cue == "made"
