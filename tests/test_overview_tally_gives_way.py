"""A day's deed takes the place of a running tally shown of its full day (sentences from bpoil_bbc's
27 May 2010 articles, as they print them)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import told_entry as _told
from storyline.merge.main_events import _a_tally, main_events
from storyline.model import Entry

FLOW = "At least 12,000 barrels (504,000 gallons) are leaking into the Gulf every day."
SOILED = (
    "The oil leak has already soiled more than 110km (70 miles) of Louisiana's coastline, threatening "
    "fragile marshlands and putting the Louisiana fishing industry at risk."
)
MORATORIUM = (
    "Later on Thursday, President Barack Obama is expected to extend a moratorium on deep-water offshore "
    "drilling for six months, the White House has said."
)
FUND = "BP has agreed to put aside $20bn (£13.5bn) to compensate victims of the oil spill."
JINDAL = "Louisiana Governor Bobby Jindal has already declared a state of emergency."
COST = "BP estimates that the disaster has so far cost the company approximately $990m in clean-up costs."
THURSDAY = date(2010, 5, 27)


def _story(soiled: str) -> list[Entry]:
    moratorium = _told("moratorium", "2010-05-27", 2.1, "extend", MORATORIUM, THURSDAY, THURSDAY)
    return [
        _told("flow", "2010-05-27", 3.1, "leaking", FLOW, THURSDAY, THURSDAY, THURSDAY, THURSDAY),
        _told("soiled", "2010-05-27", 2.8, "soiled", soiled, THURSDAY, THURSDAY, THURSDAY),
        _told("fund", "2010-06-16", 2.0, "agreed", FUND, date(2010, 6, 16), date(2010, 6, 16)),
        replace(moratorium, actors=["Barack Obama", "White House"]),
    ]


def test_a_deed_of_the_day_takes_a_running_tallys_place() -> None:
    """27 May's two places went to the flow estimate and the coastline soiled "already", and the
    moratorium Mr Obama was to extend "later on Thursday" waited behind the full day."""
    assert [e.id for e in main_events(_story(SOILED), 3)] == ["flow", "moratorium", "fund"]


def test_a_state_of_the_day_keeps_its_place() -> None:
    """The coastline's soiling told without "already" and a figure is no running tally: it keeps
    its place by the ranking."""
    state = "The oil leak has soiled Louisiana's coastline, threatening fragile marshlands."
    assert [e.id for e in main_events(_story(state), 3)] == ["flow", "soiled", "fund"]


def test_a_running_tally_counts_what_has_happened_so_far() -> None:
    """A perfect with "already", "so far" or "to date" and a figure is a tally; a deed told late with
    "already" and no figure is not."""
    assert _a_tally(_told("s", "2010-05-27", 1.0, "soiled", SOILED, THURSDAY))
    assert _a_tally(_told("c", "2010-06-02", 1.0, "cost", COST, date(2010, 6, 2)))
    assert not _a_tally(_told("j", "2010-04-29", 1.0, "declared", JINDAL, date(2010, 4, 29)))
    assert not _a_tally(_told("f", "2010-05-27", 1.0, "leaking", FLOW, THURSDAY))
