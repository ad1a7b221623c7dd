"""Who said what: a report in one clause of a sentence gives no source to the writer's clause beside it.

An event mention takes the source of the report whose content holds it (the reporting verb's complement,
its quote, the reporting clause itself), never that of a report in a relative clause on a noun of the
writer's clause, in a clause joined by "but" to what the writer states, or a participle that names who
works on something without reporting anything. Each test quotes the Timeline17 sentence it runs on
(restored from its tokenized form); the whole pipeline reads it as one short article.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from conftest import events_of, predicate_attribution
from storyline.model import Stance
from storyline.pipeline import Pipeline

_events = partial(events_of, published=date(2010, 6, 20))
_of_event = partial(predicate_attribution, published=date(2010, 6, 20))


def test_a_report_in_a_relative_clause_with_no_relative_word_speaks_for_that_clause_only(
    pipeline: Pipeline,
) -> None:
    text = (
        "The inserted suction tube was siphoning off 1,000 barrels per day, about one fifth of the 5,000 "
        "barrels (210,000 gallons/795,000 liters) BP estimated to be leaking per day."
    )  # bpoil_reuters 786
    assert _of_event(pipeline, text, "siphon") is None
    leaking = _of_event(pipeline, text, "leak")
    assert leaking is not None and (leaking.source, leaking.stance) == ("BP", Stance.ESTIMATED)
    claims = {f.text: f.claim.source if f.claim else None for e in _events(pipeline, text) for f in e.figures}
    assert claims == {"1,000 barrels per day": None, "5,000 barrels": "BP"}  # the estimate is BP's


def test_a_relative_clause_on_the_event_in_whose_run_up_something_was_done_is_the_writers(
    pipeline: Pipeline,
) -> None:
    text = (
        "Some lawmakers and critics have accused BP and other companies involved in drilling the well of "
        "sacrificing safety for monetary savings in the run-up to the rig explosion that killed 11 workers "
        "and unleashed millions of barrels of oil into the Gulf over the summer."
    )  # bpoil_reuters 338
    assert _of_event(pipeline, text, "unleash") is None
    assert _of_event(pipeline, text, "accuse").source == "Some lawmakers"


def test_what_there_is_set_against_a_report_by_but_is_the_writers(pipeline: Pipeline) -> None:
    text = (
        "There is no knowing who left the food there, but the homeless people living in the camp say it was "
        "an aid organization, that the food was dumped in the road, and that by the time the people found it "
        "much of the rice had spilt across the road itself."
    )  # haiti_bbc 1170
    events = _events(pipeline, text)
    assert events[0].text.startswith("There is no knowing") and events[0].attribution is None
    dumped = _of_event(pipeline, text, "dump")
    assert dumped is not None and dumped.source == "homeless people"


def test_people_reckoning_a_thing_without_a_figure_report_nothing(pipeline: Pipeline) -> None:
    text = (
        "So far, analysts and experts calculating potential oil spill liabilities have mostly concentrated "
        "on the cost of the clean-up and compensation for economic damages to affected parties."
    )  # bpoil_reuters 72
    assert _of_event(pipeline, text, "concentrate") is None


def test_what_the_speaker_did_before_or_after_a_report_of_something_is_the_writers(
    pipeline: Pipeline,
) -> None:
    text = (
        "Just before 0500, the BBC's Network Africa also told its listeners about the hoax after receiving "
        "worried texts from listeners."
    )  # haiti_bbc 1511
    assert _of_event(pipeline, text, "tell").source == "Network Africa"
    assert _of_event(pipeline, text, "receive") is None
