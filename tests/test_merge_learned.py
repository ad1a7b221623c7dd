"""Verbs of finding out: "The BBC has learned that ..." names no happening of its own; what was
learned does. Two articles' reports that the BBC "learned" two different things are two events,
however alike the story they are told in. Sentences are from the Timeline17 articles of bpoil_bbc,
each quoted where it is used; their mentions are built by hand, so that only the merging rules are
tested."""

from __future__ import annotations

from datetime import date

from conftest import CORPUS, needs
from storyline.merge.entries import Merger
from storyline.model import Event, Tense

pytestmark = needs(CORPUS / "t17" / "bpoil_bbc")

STORY = frozenset({"BP", "BBC", "Tony Hayward", "Gulf of Mexico", "Bob Dudley"})
ASSETS = "The BBC has also learned that BP will sell assets in Pakistan and Vietnam over the next 12 months."
PENSION = (
    "The BBC has learned BP chief executive Tony Hayward will get an immediate annual pension worth "
    "about £600,000 ($930,000) when he leaves in October."
)
PENSION_AGAIN = (
    "BP chief executive Tony Hayward will get an immediate annual pension worth about £600,000 "
    "($930,000) when he leaves in October, the BBC has learned."
)


def _learned(document: str, text: str) -> Event:
    start = text.index("learned")
    return Event(
        document, 0, len(text), text, text, None, False, Tense.PAST, predicate="learn",
        event_start=start, event_end=start + len("learned"), participants=["BBC"], arguments=["agent|BBC"],
    )  # fmt: skip


def test_two_things_the_bbc_learned_are_two_events() -> None:
    merger = Merger()
    assets = merger.add(_learned("2010-07-21/f6", ASSETS), STORY, date(2010, 7, 21)).id
    assert merger.add(_learned("2010-07-26/b8", PENSION), STORY, date(2010, 7, 26)).id != assets


def test_one_thing_the_bbc_learned_told_twice_still_joins() -> None:
    merger = Merger()
    pension = merger.add(_learned("2010-07-26/b8", PENSION), STORY, date(2010, 7, 26)).id
    assert merger.add(_learned("2010-07-26/3a", PENSION_AGAIN), STORY, date(2010, 7, 26)).id == pension
