"""The rate-series conflict guards on bpoil sentences as written: parts of one breakdown, vague
counts, figures orders of magnitude apart, and a year that is only a comparison (each test fails
without its guard)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from storyline.merge.conflicts import find_conflicts
from storyline.merge.figure_series import build_series
from storyline.model import Conflict, Entry
from test_figure_series import entry

DAY = date(2010, 6, 15)
REVISED = (
    "The Coast Guard then suggested the ruptured well was leaking at 1,000 barrels a day before "
    "revising upwards to 5,000 barrels a day ."
)
LEAKING = (
    "The underlying results were well ahead of forecasts but were overshadowed by concerns about an oil "
    "well in the Gulf of Mexico which is leaking 1,000 barrels per day of crude after the rig drilling it "
    "exploded and sank with the loss of 11 workers , who are now presumed dead ."
)
EXXON = (
    "Even at the minimum estimated rate of 35,000 bpd , the ruptured well has dumped nearly 2 million "
    "barrels of oil into the Gulf of Mexico since the Deepwater Horizon rig exploded on April 20 -- nearly "
    "eight times the amount that the Exxon Valdez spilled into Prince William Sound in Alaska in 1989 ."
)
THOUSANDS = (
    "Thousands of barrels of oil have been spewing into the Gulf every day since the accident on 20 April ."
)


def rate(
    entry_id: str,
    sentence: str,
    text: str,
    value: float,
    source: str | None = None,
    approximate: bool = False,
) -> Entry:
    return entry(
        entry_id,
        sentence,
        text,
        value=value,
        kind="barrels per day",
        predicate="leaking",
        published=DAY,
        source=source,
        approximate=approximate,
    )


def figure_conflicts(entries: list[Entry]) -> list[Conflict]:
    return [c for c in find_conflicts(entries, build_series(entries)) if c.kind == "figure"]


def coast_guard_5000() -> Entry:
    return rate("coast-guard", REVISED, "5,000 barrels a day", 5000, source="the Coast Guard")


def test_the_parts_of_one_revised_claim_are_no_rivals_of_another_report() -> None:
    later = coast_guard_5000()
    earlier = rate("coast-guard-first", REVISED, "1,000 barrels a day", 1000, source="the Coast Guard")
    earlier.mentions[0] = replace(earlier.mentions[0], document=later.mentions[0].document)
    assert not figure_conflicts([later, earlier, rate("leaking", LEAKING, "1,000 barrels per day", 1000)])


def test_a_vague_count_has_no_upper_end() -> None:
    thousands = rate("thousands", THOUSANDS, "Thousands of barrels", 1000, approximate=True)
    assert not figure_conflicts([thousands, coast_guard_5000()])


def test_figures_orders_of_magnitude_apart_are_not_rival_estimates() -> None:
    early = rate("leaking", LEAKING, "1,000 barrels per day", 1000)
    assert not figure_conflicts([early, rate("exxon", EXXON, "35,000 bpd", 35000, source="scientists")])


def test_a_year_only_compared_with_does_not_date_the_figure() -> None:
    exxon = rate("exxon", EXXON, "35,000 bpd", 35000, source="scientists")
    (conflict,) = figure_conflicts([exxon, coast_guard_5000()])
    assert {conflict.first.text, conflict.second.text} == {"35,000 bpd", "5,000 barrels a day"}
