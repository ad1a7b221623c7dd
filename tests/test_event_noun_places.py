"""Common nouns told as events by where they stand (`event_noun_places`), though no list names them.

Sentences are from the ECB+ corpus (gold event mentions that the rule finds) and from news of the
kind Timeline17 holds (a time after "after", which is no event).
"""

from __future__ import annotations

from datetime import date

from conftest import events_of
from storyline.model import Event
from storyline.pipeline import Pipeline


def _told(pipeline: Pipeline, text: str) -> dict[str, Event]:
    """The sentence's event mentions by their words."""
    found: dict[str, Event] = {}
    for event in events_of(pipeline, text + "\n", date(2010, 6, 18)):
        assert event.event_start is not None and event.event_end is not None
        found[event.text[event.event_start - event.start : event.event_end - event.start]] = event
    return found


def test_the_noun_after_after_is_what_happened_before_the_deed(pipeline: Pipeline) -> None:
    text = (
        "A man suspected of shooting three people at an accounting firm where he had worked was arrested "
        "a few hours later after a high-speed chase."
    )
    told = _told(pipeline, text)
    assert "chase" in told and not told["chase"].main  # secondary: the arrest stays the timeline's
    assert told["arrested"].main


def test_the_noun_after_during_is_an_event(pipeline: Pipeline) -> None:
    text = (
        "Authorities say a 35-year-old New Bedford man stabbed his ex-girlfriend and his own mother to "
        "death during a bloodbath at a home."
    )
    assert "bloodbath" in _told(pipeline, text)


def test_a_time_after_after_is_no_event(pipeline: Pipeline) -> None:
    text = "Rescuers pulled the boy from the rubble after three days, officials said."
    told = _told(pipeline, text)
    assert "days" not in told and "pulled" in told
