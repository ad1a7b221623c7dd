"""A running tally reprinted on later pages ranks by its articles, not by the days it is retold on
(sentences from bpoil_bbc's articles, where they stand in them)."""

from __future__ import annotations

from datetime import date

from conftest import marked_report
from storyline.merge.main_events import main_events
from storyline.model import Entry, Tense

MONDAY = date(2010, 6, 14)
TALLY = "The company said on Monday that its response to the incident has so far cost $1.6bn."
TALLY_NEXT_DAY = "The incident has so far cost BP $1.6bn, the energy giant said on Monday."
HOLD = "White House adviser tells ABC all new drilling is on hold"
HOLD_QUOTED = (
    '"No additional drilling has been authorised and none will until we find out what happened," White '
    "House adviser David Axelrod told ABC television."
)
FRIDAY = date(2010, 4, 30)


def _entry(entry_id: str, day: str, salience: float, actors: list[str], *reports: tuple) -> Entry:
    mentions = [marked_report(*report) for report in reports]
    summary = mentions[0].text
    return Entry(
        entry_id, day, False, Tense.PAST, summary, actors, None, [], mentions, salience=salience,
        sources=len({mention.document for mention in mentions}),
    )  # fmt: skip


def _story(tally: str, tally_next_day: str) -> list[Entry]:
    """BP's cost of 14 June, told by two articles on two days (two articles, two days: 2.085 as
    `merge.entry_building.salience` counts), and the US hold on new drilling of 30 April, told by two
    articles that day, one in its headline (one telling, one in passing: 1.17)."""
    cost = _entry(
        "cost",
        "2010-06-14",
        2.085,
        ["BP"],
        ("a", 1546, tally, "cost", MONDAY, "2010-06-14"),
        ("b", 557, tally_next_day, "cost", date(2010, 6, 15), "2010-06-14"),
    )
    hold = _entry(
        "hold",
        "2010-04-30",
        1.17,
        ["White House", "ABC", "David Axelrod"],
        ("c", 0, HOLD, "tells", FRIDAY, "2010-04-30"),
        ("d", 797, HOLD_QUOTED, "told", FRIDAY, "2010-04-30"),
    )
    return [cost, hold]


def test_a_running_tally_retold_on_a_later_page_gives_way_to_news() -> None:
    """The cost "so far", reprinted a day later as the latest figure, held the overview's place that
    the hold on new drilling, the news of its day's headline, now takes."""
    assert [e.id for e in main_events(_story(TALLY, TALLY_NEXT_DAY), 1)] == ["hold"]


def test_a_figure_told_as_news_keeps_the_days_it_is_retold_on() -> None:
    """The same figure told as a sum reached, not counted "so far", is news that a second day
    retells: its days count, and as a dated deed it ranks first among equals."""
    sum_reached = TALLY.replace("has so far cost", "had cost")
    next_day = TALLY_NEXT_DAY.replace("has so far cost", "had cost")
    assert [e.id for e in main_events(_story(sum_reached, next_day), 1)] == ["cost"]
