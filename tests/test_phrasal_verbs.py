"""A phrasal verb is one predicate: "blew up" is an explosion, "took over" no taking, "pointed out"
still a statement. Sentences from the Timeline17 articles (bpoil_bbc, H1N1_bbc)."""

from __future__ import annotations

from datetime import date

from conftest import entries_of, events_of
from storyline.merge.similarity import predicate_key, signature
from storyline.pipeline import Pipeline


def _predicates(pipeline: Pipeline, text: str) -> dict[str, str]:
    events = events_of(pipeline, text, date(2010, 6, 23))
    return {e.text[e.event_start - e.start : e.event_end - e.start]: e.predicate for e in events}


def test_the_particle_is_part_of_the_predicate(pipeline: Pipeline) -> None:
    dudley = "Managing director Bob Dudley is taking over responsibility for BP's Gulf of Mexico operation.\n"
    told = _predicates(pipeline, dudley)
    assert told["taking"] == "take over"
    told = _predicates(pipeline, "Deepwater Horizon blew up on 20 April, killing 11 workers.\n")
    assert told["blew"] == "blow up"


def test_a_verb_without_particle_keeps_its_lemma(pipeline: Pipeline) -> None:
    told = _predicates(pipeline, "BP took the decision to close the well on Friday.\n")
    assert told["took"] == "take"


def test_blew_up_and_exploded_are_one_kind_of_event() -> None:
    assert predicate_key("blow up") == predicate_key("exploded") == predicate_key("explosion")
    assert predicate_key("take over") != predicate_key("take")


def test_a_particle_that_says_which_way_keeps_the_verbs_kind() -> None:
    # ECB+: "gunned down two women" is the shooting; "checked in to the Morningside Recovery rehab"
    # (a particle) and "checked into rehab" (none) are one check-in
    assert predicate_key("gun down") == predicate_key("shooting")
    assert predicate_key("check in") == predicate_key("check")
    assert predicate_key("static kill") != predicate_key("static")  # a named procedure, no particle


def test_a_light_verb_or_a_verb_of_saying_with_its_particle_is_weighed_as_the_verb(
    pipeline: Pipeline,
) -> None:
    events = events_of(
        pipeline,
        "Managing director Bob Dudley is taking over responsibility for BP's Gulf of Mexico operation.\n",
        date(2010, 6, 23),
    )
    (taking,) = [e for e in events if e.predicate == "take over"]
    assert signature(taking).reporting  # "set up", "came up": as vague as the verb alone
    events = events_of(
        pipeline,
        "Officials pointed out that the number of confirmed cases in Mexico has fallen.\n",
        date(2009, 5, 6),
    )
    pointed = [e for e in events if e.predicate.startswith("point")]
    assert pointed and all(e.predicate == "point out" and signature(e).reporting for e in pointed)


def test_the_rig_that_blew_up_and_the_rig_that_exploded_are_one_entry(pipeline: Pipeline) -> None:
    entries = entries_of(
        pipeline,
        (
            date(2010, 5, 3),
            "Eleven workers were killed when the Deepwater Horizon rig blew up on 20 April.\n",
        ),
        (date(2010, 5, 4), "The Deepwater Horizon rig exploded on 20 April, killing 11 workers.\n"),
    )
    (rig,) = [e for e in entries if e.date == "2010-04-20"]
    assert rig.sources == 2


def test_up_to_a_figure_is_no_particle(pipeline: Pipeline) -> None:
    text = (
        "Preparations for a nuclear explosion could take up to half-a-year; BP has said it will have a "
        "relief well in place to stop the leak by August.\n"
    )
    assert _predicates(pipeline, text)["take"] == "take"


def test_a_phrase_that_names_another_deed_is_keyed_as_itself_or_as_that_deed() -> None:
    # Timeline17: "carried out tests" is no carrying, "dispersants break up the oil" no breaking, "prices
    # shot up" no shooting, "struck down the moratorium" no strike; "passed away", "stepped down"
    assert predicate_key("carry out") != predicate_key("carried")
    assert predicate_key("break up") != predicate_key("break") != predicate_key("break out")
    assert predicate_key("shoot up") != predicate_key("shooting")
    assert predicate_key("strike down") != predicate_key("strike")
    assert predicate_key("pass away") == predicate_key("died") == predicate_key("death")
    assert predicate_key("step down") == predicate_key("resignation")
    assert predicate_key("blow out") == predicate_key("blowout")


def test_passed_away_is_a_death(pipeline: Pipeline) -> None:
    """H1N1_bbc (896, 15 June): baby Jack's death, told as "passed away", is keyed as a death."""
    text = (
        "He suffered from a number of complications and despite his brave fight he passed away earlier "
        "this evening at the Special Care Baby Unit at the Royal Alexandra Hospital in Paisley.\n"
    )
    told = _predicates(pipeline, text)
    assert told["passed"] == "pass away"
    assert predicate_key(told["passed"]) == predicate_key("die")


def test_standing_down_is_stepping_down(pipeline: Pipeline) -> None:
    """bpoil_bbc (19 September): "Tony Hayward standing down" (709) is the departure "when he steps
    down" tells (2131): one resignation, keyed as "step down" is (a phrase of "stand" was keyed as
    itself, and the two stayed apart)."""
    assert predicate_key("stand down") == predicate_key("step down") == predicate_key("resignation")
    stand = (
        "It led to BP chief executive Tony Hayward standing down and the imposition of a moratorium on "
        "deepwater offshore drilling.\n"
    )
    step = (
        "The BBC reveals that 53-year old BP chief executive Tony Hayward will receive a year's salary plus "
        "benefits, together worth more than £1m, when he steps down.\n"
    )
    day = date(2010, 9, 19)
    entries = entries_of(pipeline, (day, stand), (day, step), secondary=True)
    told = {
        m.sentence: e.id
        for e in entries
        for m in e.mentions
        if m.text[m.event_start - m.start :].startswith(("standing", "steps"))
    }
    assert told[stand.strip()] == told[step.strip()]
