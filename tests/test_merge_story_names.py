"""A name held in common tells two reports apart from others only when the collection does not hold
it everywhere: in a flu story "Mexico", where the virus came from, is in every article, so two
"returned from Mexico" reports of two countries' cases share nothing by it. Sentences are from the
Timeline17 articles of H1N1_bbc (29 April and 2 May 2009), quoted where they are used, with the
contexts their articles name; their mentions are built by hand, so that only the merging rules are
tested."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import CORPUS, needs
from storyline.merge.entries import Merger
from storyline.model import Event, Tense

pytestmark = needs(CORPUS / "t17" / "H1N1_bbc")

MEXICO = "Besides Mexico"  # as extraction names the story's country
BOX = (
    "Countries with suspected cases: Brazil, Guatemala, Peru, Australia, and South Korea, and seven EU "
    "states All three recently returned from Mexico, officials said."
)
KOREA = (
    "In South Korea, a 51-year-old woman who had recently returned from Mexico was confirmed as the "
    "country's first case, Yonhap news agency reported."
)
KOREA_AGAIN = (
    "A 51-year-old woman in South Korea who had recently returned from Mexico was confirmed as the "
    "country's first case, Yonhap news agency said."
)
BOX_CONTEXT = frozenset(
    {MEXICO, "Australia", "BBC", "Brazil", "Canada", "EU", "Guatemala", "Peru", "South Korea", "Spain", "UK"}
    | {"Mexico City", "Oaxaca", "Richard Besser", "Associated Press", "World Health Organisation"}
)
KOREA_CONTEXT = frozenset(
    {MEXICO, "BBC", "Canada", "China", "Hong Kong", "South Korea", "Spain", "United Kingdom", "Shanghai"}
    | {"Yonhap news agency", "Metropark Hotel", "Keiji Fukuda", "World Health Organisation"}
)


def _returned(document: str, text: str, **extra: list[str]) -> Event:
    start = text.index("returned")
    return Event(
        document, 0, len(text), text, text, None, False, Tense.PAST, predicate="return",
        event_start=start, event_end=start + len("returned"), participants=[MEXICO], **extra,  # type: ignore[arg-type]
    )  # fmt: skip


def _korea(document: str, text: str) -> Event:
    return _returned(
        document, text, places=["South Korea"], persons=["woman|female|51"], arguments=["agent|woman"]
    )


STORY_CROWD = 0.3  # `Merger._crowd` of "returned" in H1N1_bbc's store (0.36 at its end: 42 entries of it)


def _story(monkeypatch: pytest.MonkeyPatch) -> Merger:
    """A flu story's merger: ten articles name Mexico before the tests' two, and "returned" is told
    of as many different things as in H1N1_bbc (its crowd)."""
    monkeypatch.setattr(Merger, "_crowd", lambda self, sig: STORY_CROWD)
    merger = Merger()
    for _ in range(10):
        merger.names.see(frozenset({MEXICO, "BBC"}))
    return merger


def test_the_story_s_country_does_not_join_two_countries_cases(monkeypatch: pytest.MonkeyPatch) -> None:
    merger = _story(monkeypatch)
    box = merger.add(_returned("2009-04-29/97", BOX), BOX_CONTEXT, date(2009, 4, 29)).id
    assert merger.add(_korea("2009-05-02/64", KOREA), KOREA_CONTEXT, date(2009, 5, 2)).id != box


def test_one_case_told_twice_still_joins(monkeypatch: pytest.MonkeyPatch) -> None:
    merger = _story(monkeypatch)
    korea = merger.add(_korea("2009-05-02/64", KOREA), KOREA_CONTEXT, date(2009, 5, 2)).id
    assert merger.add(_korea("2009-05-02/a1", KOREA_AGAIN), KOREA_CONTEXT, date(2009, 5, 2)).id == korea
