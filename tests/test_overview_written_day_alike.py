"""A sentence that gives its day in words needs less in common with a shown one only when that one
is of its day (sentences from bpoil_bbc, as the articles print them)."""

from __future__ import annotations

from datetime import date

from conftest import told_entry as _told
from storyline.merge.main_events import main_events
from storyline.merge.similarity import DocumentFrequency
from storyline.model import Entry

TOURED = (
    'On Friday, US President Barack Obama toured oil-hit areas, saying the US would "do whatever it '
    'takes" to help those affected.'
)
CRITICISED = "President Barack Obama has criticised BP's chief executive over the disaster."
FUND = "BP has agreed to put aside $20bn (£13.5bn) to compensate victims of the oil spill."

# how many of bpoil_bbc's 293 articles use each word of these sentences (the counts `storyline ingest`
# keeps): the tour and the criticism share 0.25 of their weighted words ("President Barack Obama")
BPOIL = DocumentFrequency(
    {
        "20bn": 33, "5bn": 33, "affect": 103, "agre": 93, "area": 82, "asid": 35, "barack": 108, "bp": 284,
        "chief": 114, "compens": 75, "criticis": 38, "disast": 178, "execut": 110, "help": 91, "hit": 53,
        "obama": 140, "oil": 292, "presid": 147, "s": 271, "say": 84, "spill": 276, "take": 73, "tour": 9,
        "victim": 25,
    },
    293,
)  # fmt: skip


def _story(criticised_on: str) -> list[Entry]:
    day = date.fromisoformat(criticised_on)
    return [
        _told("criticised", criticised_on, 3.0, "criticised", CRITICISED, day, day),
        # "On Friday" in articles of Saturday 29 and Sunday 30 May: 28 May, given in its words
        _told("toured", "2010-05-28", 2.25, "toured", TOURED, date(2010, 5, 29), date(2010, 5, 30)),
        _told("fund", "2010-06-16", 2.0, "agreed", FUND, date(2010, 6, 16), date(2010, 6, 17)),
    ]


def test_a_day_told_in_words_is_not_a_retelling_of_another_days_event() -> None:
    """Obama's tour of 28 May, its day in its words, was held back by his criticism of BP's chief
    executive (8 June, dated by its pages) at 0.25, the threshold of two entries of one day."""
    assert [e.id for e in main_events(_story("2010-06-08"), 2, BPOIL)] == ["toured", "criticised"]


def test_a_day_told_in_words_needs_less_beside_an_event_of_its_day() -> None:
    """The same two sentences of one day (the criticism dated 28 May) tell one occasion: the tour's
    words are its retelling (0.25 of the weighted words, two entries of one day)."""
    assert [e.id for e in main_events(_story("2010-05-28"), 2, BPOIL)] == ["criticised", "fund"]
