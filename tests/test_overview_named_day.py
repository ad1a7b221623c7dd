"""The overview tells an event once when another entry's sentence names its day and its word in a
clause (sentences from bpoil_bbc, as the articles print them)."""

from __future__ import annotations

from datetime import date

from conftest import told_entry as _told
from storyline.merge.main_events import main_events
from storyline.merge.similarity import DocumentFrequency
from storyline.model import Entry

SANK = (
    "Up to 5,000 barrels of oil a day are gushing into the sea after the BP-operated Deepwater Horizon "
    "rig exploded and sank last week."
)
BURNING = (
    "The rig had been burning for 36 hours when it sank on Thursday in 5,000 ft (1,500 m) of water, "
    "despite efforts to control the flames."
)
FUND = "BP has agreed to put aside $20bn (£13.5bn) to compensate victims of the oil spill."
STATES = "Four states have so far been affected by the spill - Louisiana, Mississippi, Alabama and Florida."
FRIDAY = date(2010, 4, 23)  # the day of the burning sentence's article: its "Thursday" is 22 April

# how many of bpoil_bbc's 293 articles use each word of these sentences (the counts `storyline ingest`
# keeps): the overview weighs shared words by their rarity
BPOIL = DocumentFrequency(
    {
        "20bn": 33, "5bn": 33, "affect": 103, "agre": 93, "alabama": 39, "asid": 35, "barrel": 130,
        "bp": 284, "burn": 22, "compens": 75, "control": 62, "day": 174, "deepwat": 201, "despit": 43,
        "effort": 114, "explod": 194, "far": 96, "flame": 7, "florida": 63, "ft": 36, "gush": 51,
        "horizon": 200, "hour": 81, "louisiana": 116, "m": 63, "mississippi": 40, "oil": 292, "oper": 168,
        "rig": 203, "sank": 55, "sea": 126, "spill": 276, "state": 141, "victim": 25, "water": 107,
        "week": 134,
    },
    293,
)  # fmt: skip


def _story(burning: str) -> list[Entry]:
    return [
        _told("sank", "2010-04-22", 5.0, "sank", SANK, date(2010, 5, 1), date(2010, 5, 2)),
        _told("burning", "2010-04-23", 2.5, "burning", burning, FRIDAY, FRIDAY),
        _told("fund", "2010-06-16", 2.2, "agreed", FUND, date(2010, 6, 16), date(2010, 6, 16)),
        _told("states", "2010-06-05", 2.1, "affected", STATES, date(2010, 6, 5), date(2010, 6, 5)),
    ]


def test_a_sentence_that_names_a_shown_events_day_and_word_retells_it() -> None:
    """bpoil_bbc's burning rig, marked on "burning" and dated by its Friday article, tells the
    sinking of 22 April in its clause "when it sank on Thursday": the view showed it beside "the rig
    exploded and sank", its "Thursday" taken as the burning's own day and so another day."""
    assert [e.id for e in main_events(_story(BURNING), 3, BPOIL)] == ["sank", "states", "fund"]


def test_a_sentence_that_names_another_day_is_news_again() -> None:
    """The same words with another day ("sank on Wednesday", 21 April) are not the shown event's."""
    shown = {e.id for e in main_events(_story(BURNING.replace("Thursday", "Wednesday")), 3, BPOIL)}
    assert "burning" in shown
