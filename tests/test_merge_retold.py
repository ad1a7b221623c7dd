"""Merging across articles: a report dated only by its article may retell news older than the week
before its page, when its sentence is alike, acts on the same thing, names no other doer and keeps
the figures. Sentences are from the Timeline17 articles of H1N1_bbc, each quoted where it is used
(`evaluation/judged/entries6.md`, "Merge round 12, events39"); mentions are built by hand, so that
only the merging rule is tested."""

from __future__ import annotations

from datetime import date

from storyline.merge.entries import Merger
from storyline.model import Event, Figure, Tense

DECLARED = (
    "A public health emergency has been declared in the US, where 20 people are confirmed to have caught "
    "the virus."
)  # H1N1_bbc 2009-04-27/488, at 1119
HAVE_DECLARED = (
    "The US was the second country to confirm flu cases - health officials have declared a public health "
    "emergency."
)  # H1N1_bbc 2009-05-05/1130, at 10879: a round-up of what each country has done
RUSSIA = (
    "Russia has banned imports of raw pork and pork products from Mexico and the US states of California, "
    "Texas and Kansas until further notice as a precaution."
)  # H1N1_bbc 2009-04-27/156, at 5427
CHINA = (
    "China has also banned imports of pork and pork products from Mexico and the US states of Texas, Kansas "
    "and California."
)  # H1N1_bbc 2009-05-05/1130, at 14167
ENGLAND = "The Health Protection Agency in England has confirmed 27 new cases, bringing the total to 363."
# H1N1_bbc 2009-06-30/348 (a live blog), at 51789
FIFTEEN = (
    "Another fifteen cases of swine flu were confirmed yesterday by the Health Protection Agency, bringing "
    "the UK total to 244."
)  # H1N1_bbc 2009-06-01/75, at 449 ("yesterday": 31 May)


def _report(
    page: str, start: int, text: str, word: str, predicate: str, roles: list[str], *figures: Figure
) -> Event:
    """A main report of `word` at `start` of its article (`page`: "2009-04-27/488"), dated by it."""
    at = start + text.index(word)
    return Event(
        page, start, start + len(text), text, text, page.split("/")[0], False, Tense.PAST,
        figures=list(figures), predicate=predicate, event_start=at, event_end=at + len(word),
        arguments=roles,
    )  # fmt: skip


def _figure(value: float, text: str, counted: str) -> Figure:
    return Figure(value, text, 0, len(text), counted, "case")


def _merge(*events: Event) -> list[str]:
    merger = Merger()
    return [
        merger.add(event, frozenset({"United States"}), date.fromisoformat(event.document_id[:10])).id
        for event in events
    ]


def test_an_older_declaration_retold_in_the_perfect_is_the_same_event() -> None:
    """27 April's report and 5 May's are eight days apart: the week before 5 May's page does not hold
    27 April, yet "have declared" retells that declaration, which happened on or before the page."""
    first = _report("2009-04-27/488", 1119, DECLARED, "declared", "declare", ["patient|emergency health"],
                    _figure(20, "20 people", "people"))  # fmt: skip
    later = _report("2009-05-05/1130", 10879, HAVE_DECLARED, "declared", "declare",
                    ["agent|officials health", "patient|emergency health"])  # fmt: skip
    ids = _merge(first, later)
    assert ids[0] == ids[1]


def test_another_doer_or_another_tally_is_not_older_news_retold() -> None:
    """China's ban (5 May) is not Russia's of 27 April, however alike the words; the Health Protection
    Agency's tally of 30 June (363) is not the one of 1 June (244)."""
    russia = _report("2009-04-27/156", 5427, RUSSIA, "banned", "ban",
                     ["agent|Russia", "patient|imports pork products Mexico"])  # fmt: skip
    china = _report("2009-05-05/1130", 14167, CHINA, "banned", "ban",
                    ["agent|China", "patient|imports products Mexico"])  # fmt: skip
    assert len(set(_merge(russia, china))) == 2
    fifteen = _report("2009-06-01/75", 449, FIFTEEN, "confirmed", "confirm",
                      ["agent|Agency Protection", "patient|cases swine flu"],
                      _figure(15, "fifteen cases of swine flu", "cases of swine flu"))  # fmt: skip
    england = _report("2009-06-30/348", 51789, ENGLAND, "confirmed", "confirm",
                      ["agent|Agency Protection England", "patient|cases"],
                      _figure(27, "27 new cases", "new cases"))  # fmt: skip
    assert len(set(_merge(fifteen, england))) == 2
