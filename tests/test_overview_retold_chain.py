"""A sentence left out of the overview as retelling another (a left-out one) retells the shown one
that other was left out for: "a retelling of a retelling is one too", but not of a time its own
words set apart from the shown one's (sentences from bpoil_bbc, as the articles print them)."""

from __future__ import annotations

from datetime import date

from conftest import told_entry as _told
from storyline.merge.main_events import main_events
from storyline.merge.similarity import DocumentFrequency
from storyline.model import Entry

AUGUST = (
    "BP is drilling two relief wells to permanently stop the leak but they are not expected to be "
    "completed until August."
)
WEEKS = "A relief well is being drilled but could take many weeks"
BEGAN = "The company began drilling the first of two relief wells on 2 May and the second on 16 May."
FUND = "BP has agreed to put aside $20bn (£13.5bn) to compensate victims of the oil spill."
STATES = "Four states have so far been affected by the spill - Louisiana, Mississippi, Alabama and Florida."

# how many of bpoil_bbc's 293 articles use each word of these sentences (the counts `storyline ingest`
# keeps): the overview weighs shared words by their rarity
BPOIL = DocumentFrequency(
    {
        "20bn": 33, "5bn": 33, "affect": 103, "agre": 93, "alabama": 39, "asid": 35, "began": 87, "bp": 284,
        "compani": 219, "compens": 75, "complet": 77, "drill": 184, "expect": 91, "far": 96, "florida": 63,
        "leak": 217, "louisiana": 116, "mississippi": 40, "oil": 292, "perman": 60, "relief": 83,
        "second": 56, "spill": 276, "state": 141, "stop": 135, "victim": 25, "week": 134, "well": 79,
    },
    293,
)  # fmt: skip


def _story(began: str, word: str = "began", day: str = "2010-05-02", *published: date) -> list[Entry]:
    return [
        _told("august", "2010-08", 3.5, "drilling", AUGUST, date(2010, 7, 8), date(2010, 7, 9)),
        _told("weeks", "2010-05-09", 3.0, "drilled", WEEKS, date(2010, 5, 9), date(2010, 5, 9)),
        _told("began", day, 2.5, word, began, *(published or (date(2010, 6, 15), date(2010, 7, 8)))),
        _told("fund", "2010-06-16", 2.2, "agreed", FUND, date(2010, 6, 16), date(2010, 6, 17)),
        _told("states", "2010-06-05", 2.1, "affected", STATES, date(2010, 6, 5), date(2010, 6, 6)),
    ]


def test_a_sentence_of_its_own_day_is_no_retelling_of_another_time_through_a_timeless_one() -> None:
    """bpoil_bbc: the first relief well begun on 2 May was held back for "A relief well is being
    drilled" (9 May, no time in its words), itself held back for the wells "not expected to be
    completed until August": the drilling's start dropped out of the view."""
    shown = [e.id for e in main_events(_story(BEGAN), 4, BPOIL)]
    assert "weeks" not in shown and "began" in shown


def test_a_timeless_retelling_of_a_retelling_still_retells() -> None:
    """Without a time in its words ("The company is drilling the first of two relief wells", dated by
    its articles' day) the sentence retells the left-out one's event and stays out."""
    timeless = "The company is drilling the first of two relief wells and the second."
    story = _story(timeless, "drilling", "2010-05-10", date(2010, 5, 10), date(2010, 5, 10))
    shown = [e.id for e in main_events(story, 4, BPOIL)]
    assert "weeks" not in shown and "began" not in shown
