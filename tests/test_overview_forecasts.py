"""A week's or month's one place in the overview is not kept by what its articles expected of that time
(a forecast, told before it) from what the articles of that time report (sentences from bpoil_bbc and
bpoil_guardian, as their articles print them)."""

from __future__ import annotations

from datetime import date

from conftest import told_entry as _told
from storyline.merge.main_events import main_events

RELIEF = (
    "BP is drilling two relief wells to permanently stop the leak but they are not expected to be "
    "completed until August."
)
BROKEN = (
    "The move comes the day after it was announced that almost three-quarters of the oil spilled had been "
    "broken down by natural forces or cleaned up."
)
HOPE = (
    "BP and the administration say they are containing a rising share of the oil from the well, and hope "
    "to plug the gusher completely by August, when two relief wells will be complete."
)
BONNIE = (
    "Dozens of ships in the Gulf of Mexico are preparing to leave the site of the BP oil spill as Tropical "
    "Storm Bonnie approaches."
)


def _story(august: str, word: str, *published: date) -> list:
    """The relief wells expected by August (told in June and July), another August entry, and a July day."""
    return [
        _told(
            "relief",
            "2010-08",
            3.5,
            "drilling",
            RELIEF,
            date(2010, 6, 2),
            date(2010, 7, 5),
            date(2010, 7, 16),
        ),
        _told("august", "2010-08", 3.0, word, august, *published),
        _told("bonnie", "2010-07-23", 2.0, "preparing", BONNIE, date(2010, 7, 23), date(2010, 7, 24)),
    ]


def test_what_the_articles_of_a_month_report_is_not_held_by_what_was_expected_of_it() -> None:
    """Three-quarters of the oil gone, announced on 4 August (five articles), waited behind the relief
    wells "not expected to be completed until August", told in June and July."""
    story = _story(BROKEN, "announced", date(2010, 8, 4), date(2010, 8, 5))
    assert [e.id for e in main_events(story, 2)] == ["august", "relief"]


def test_two_forecasts_of_one_month_share_its_one_place() -> None:
    """A second forecast of August (told in June) is held as the month's would be."""
    story = _story(HOPE, "hope", date(2010, 6, 18), date(2010, 6, 19))
    assert [e.id for e in main_events(story, 2)] == ["bonnie", "relief"]
