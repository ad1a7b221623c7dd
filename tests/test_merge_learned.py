"""Verbs of finding out and of readying: "The BBC has learned that ..." names no happening of its
own, what was learned does; "preparing to ..." neither, what is readied for does. Two articles'
reports that the BBC "learned" two different things are two events, and so are ships "preparing"
to leave before a storm and "preparing" to resume work after it, however alike the story they are
told in. Sentences are from the Timeline17 articles of bpoil_bbc,
each quoted where it is used; their mentions are built by hand, so that only the merging rules are
tested."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import CORPUS, marked_event, needs
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
    return marked_event(document, 0, text, "learned", "learn", participants=["BBC"], arguments=["agent|BBC"])


def test_two_things_the_bbc_learned_are_two_events() -> None:
    merger = Merger()
    assets = merger.add(_learned("2010-07-21/f6", ASSETS), STORY, date(2010, 7, 21)).id
    assert merger.add(_learned("2010-07-26/b8", PENSION), STORY, date(2010, 7, 26)).id != assets


def test_one_thing_the_bbc_learned_told_twice_still_joins() -> None:
    merger = Merger()
    pension = merger.add(_learned("2010-07-26/b8", PENSION), STORY, date(2010, 7, 26)).id
    assert merger.add(_learned("2010-07-26/3a", PENSION_AGAIN), STORY, date(2010, 7, 26)).id == pension


LEAVE = (
    "Dozens of ships in the Gulf of Mexico are preparing to leave the site of the BP oil spill as Tropical "
    "Storm Bonnie gathers pace."
)
RESUME = (
    "Meanwhile, ships involved in the effort to secure the blown-out Gulf oil well are preparing to resume "
    "work after Tropical Storm Bonnie weakened."
)
# the names of the two articles (23 July: the storm's path; 24 July: mostly the Lockerbie row)
LEAVE_CONTEXT = frozenset(
    {
        "BBC",
        "BP",
        "Bahamas",
        "Barack Obama",
        "Doug Suttles",
        "Florida",
        "Gulf",
        "Gulf Coast",
        "Gulf of Mexico",
    }
    | {
        "Haiti",
        "Kent Wells",
        "Miami",
        "National Hurricane Center",
        "Storm Bonnie",
        "Thad Allen",
        "Transocean",
    }
)
RESUME_CONTEXT = frozenset(
    {
        "BBC",
        "BP",
        "Deepwater Horizon",
        "Gulf",
        "Gulf of Mexico",
        "Jack Straw",
        "John Kerry",
        "Kenny MacAskill",
    }
    | {"Libya", "Lockerbie", "Megrahi", "Scotland", "Storm Bonnie", "Tropical Storm Bonnie", "William Hague"}
)
PREPARING_CROWD = 0.33  # `Merger._crowd` of "preparing" in bpoil_bbc's store (36 entries of it)


def _preparing(document: str, text: str, agent: str, place: str) -> Event:
    return marked_event(
        document, 0, text, "preparing", "prepare", Tense.ONGOING,
        participants=[place], places=[place], arguments=[f"agent|{agent}"],
    )  # fmt: skip


def test_ships_readying_to_leave_and_to_resume_work_are_two_events(monkeypatch: pytest.MonkeyPatch) -> None:
    """The story tells "preparing" of many things (its crowd, as in bpoil_bbc's store)."""
    monkeypatch.setattr(Merger, "_crowd", lambda self, sig: PREPARING_CROWD)
    merger = Merger()
    leave = merger.add(
        _preparing("2010-07-23/8b", LEAVE, "dozens ships", "Gulf of Mexico"), STORY, date(2010, 7, 23)
    )
    resume = _preparing("2010-07-24/cf", RESUME, "ships", "Gulf")
    assert merger.add(resume, RESUME_CONTEXT, date(2010, 7, 24)).id != leave.id
