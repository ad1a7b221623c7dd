"""Words taken up from another ("echoed Salazar's comments") and a cause named ("pointed to ...") that the
blind seed 191 on bpoil_reuters missed: reports of a holder, not the writer's narration. Each test quotes
the sentence it runs on, read by the whole pipeline as one short article."""

from __future__ import annotations

from datetime import date

from conftest import attribution_in, events_of
from storyline.pipeline import Pipeline

_DAY = date(2010, 6, 10)


def test_echoed_comments_are_the_holders_report(pipeline: Pipeline) -> None:
    text = "The White House echoed Salazar's comments.\n"
    attribution = attribution_in(pipeline, text, "The White House", _DAY)
    assert attribution is not None
    assert (attribution.source, attribution.cue) == ("White House", "echoed")


def test_pointed_to_by_analysts_is_their_report(pipeline: Pipeline) -> None:
    text = (
        "The dramatic sell-off on Wednesday added grist to the mill for corporate restructuring experts "
        "wondering about BP's long-term viability, while other analysts pointed to an evaporation of "
        "investors' patience.\n"
    )
    events = [e for e in events_of(pipeline, text, _DAY) if e.attribution is not None]
    assert any((e.attribution.source, e.attribution.cue) == ("other analysts", "pointed") for e in events)


def test_an_echo_or_a_point_of_no_holder_reports_nothing(pipeline: Pipeline) -> None:
    """A sound echoes, evidence and other studies bear on a thing, and people in a scene point with a hand:
    nothing said (the last two from haiti_bbc and bpoil_reuters stories)."""
    text = (
        "The blast echoed across the bay on Monday.\n"
        "The evidence points to a failure of the blowout preventer on the rig.\n"
        "People point to houses where relatives were killed.\n"
        "One man with tears in his eyes pointed to his young daughter lying on the dirty tiled floor.\n"
    )
    events = events_of(pipeline, text, _DAY)
    assert len({e.text for e in events}) >= 3
    assert all(e.attribution is None for e in events)
