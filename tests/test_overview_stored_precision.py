"""The overview's ranking is decided by evidence, not by the rounding of the stored salience
(sentences from bpoil_bbc as its articles print them)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import told_entry as _told
from storyline.merge.main_events import _dated_news, main_events
from storyline.model import Entry

STORM = (
    "Dozens of ships in the Gulf of Mexico are preparing to leave the site of the BP oil spill as "
    "Tropical Storm Bonnie gathers pace."
)
LEAVING = (
    "Workers at the Gulf of Mexico BP oil spill site are making final preparations to leave as a storm nears."
)
OYNES = "Chris Oynes said he would step down at the end of this month."
MMS = (
    "Meanwhile, senior MMS official Chris Oynes said on Monday that he would step down at the end of "
    "this month."
)


def _told_twice(entry: Entry, other: str, *starts: int) -> Entry:
    """The entry told by its two articles, the second in the words `other`, at these offsets."""
    first, second = entry.mentions
    second = replace(second, text=other, sentence=other)
    mentions = [
        replace(mention, start=start, end=start + len(mention.text), event_start=None, event_end=None)
        for mention, start in zip((first, second), starts, strict=True)
    ]
    return replace(entry, mentions=mentions)


def _oynes(modality: str) -> Entry:
    """MMS official Chris Oynes's resignation as two 17 and 18 May articles tell it, a paragraph down."""
    oynes = _told("oynes", "2010-05", 2.085, "step", OYNES, date(2010, 5, 17), date(2010, 5, 18))
    oynes = _told_twice(oynes, MMS, 548, 1757)
    return replace(oynes, mentions=[replace(mention, modality=modality) for mention in oynes.mentions])


def test_an_entry_counted_by_its_articles_ties_those_stored_at_that_count() -> None:
    """Two articles tell the storm alike, one as its first line: its told salience is the floor of
    two articles, log2(3), and half a point for the opening, 2.084963, while an entry of two
    articles on two days is stored at 2.085 (log2(3) + 0.5, rounded); about 125 such entries ranked
    before the storm by the rounding alone. At one precision they tie, and the evidence decides."""
    storm = _told("storm", "2010-07-23", 1.17, "preparing", STORM, date(2010, 7, 23), date(2010, 7, 24))
    storm = _told_twice(storm, LEAVING, 123, 0)
    assert [entry.id for entry in main_events([_oynes("expected"), storm], 1)] == ["storm"]


def test_a_report_of_what_will_be_is_no_dated_deed() -> None:
    """Dated by the month it names, "said he would step down at the end of this month" tells what
    will be, not a thing done: it does not come before the deeds of its tie as dated news."""
    assert not _dated_news(_oynes("expected"))
    assert _dated_news(_oynes("actual"))
