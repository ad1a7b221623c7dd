"""The overview tells an event once when a later article retells it with its count (sentences from
bpoil_bbc and MJ_bbc, as the articles print them)."""

from __future__ import annotations

from datetime import date

from conftest import told_entry as _told
from storyline.merge.main_events import main_events
from storyline.merge.similarity import DocumentFrequency
from storyline.model import Entry

KILLED = "Eleven workers were killed in the explosion on the Deepwater Horizon rig on 20 April."
PANORAMA = (
    "Two months after an explosion on BP's Deepwater Horizon oil rig in the Gulf of Mexico killed 11 people, "
    "Panorama's Hilary Andersson tells the story of America's ` greatest environmental disaster. '"
)
FUND = "BP has agreed to put aside $20bn (£13.5bn) to compensate victims of the oil spill."
SHARES = "The Gulf of Mexico oil spill has also proved a disaster for BP's share price"
STATES = "Four states have so far been affected by the spill - Louisiana, Mississippi, Alabama and Florida."


# how many of bpoil_bbc's 293 articles and MJ_bbc's 138 use each word of these sentences (the counts
# `storyline ingest` keeps): the overview weighs shared words by their rarity
BPOIL = DocumentFrequency(
    {
        "20bn": 33, "5bn": 33, "affect": 103, "agre": 93, "alabama": 39, "america": 56, "andersson": 3,
        "asid": 35, "bp": 284, "compens": 75, "deepwat": 201, "disast": 178, "environment": 132,
        "explod": 194, "far": 96, "florida": 63, "greatest": 4, "gulf": 275, "hilari": 6, "horizon": 200,
        "kill": 88, "louisiana": 116, "mexico": 264, "mississippi": 40, "month": 128, "oil": 292,
        "panorama": 4, "peopl": 124, "price": 53, "prove": 29, "rig": 203, "s": 271, "share": 101,
        "spill": 276, "state": 141, "stori": 21, "tell": 33, "victim": 25, "worker": 124,
    },
    293,
)  # fmt: skip
MJ = DocumentFrequency(
    {
        "age": 44, "angel": 98, "autopsi": 17, "cancel": 12, "cardiff": 21, "concert": 66, "die": 126,
        "entitl": 4, "estat": 12, "executor": 4, "forev": 20, "home": 45, "jackson": 133, "kill": 29,
        "late": 31, "led": 21, "los": 95, "michael": 133, "millennium": 17, "neglig": 22, "place": 34,
        "program": 18, "prosecutor": 36, "request": 17, "s": 135, "stadium": 21, "star": 79, "take": 34,
    },
    138,
)  # fmt: skip


def _story(panorama: str) -> list[Entry]:
    return [
        _told("killed", "2010-04-20", 5.9, "killed", KILLED, date(2010, 6, 8), date(2010, 6, 9)),
        _told("fund", "2010-06-16", 4.2, "agreed", FUND, date(2010, 6, 16), date(2010, 6, 16)),
        _told("states", "2010-06-05", 2.2, "affected", STATES, date(2010, 6, 5), date(2010, 6, 5)),
        _told("panorama", "2010-07-06", 2.1, "killed", panorama, date(2010, 7, 6), date(2010, 7, 6)),
        _told("shares", "2010-07-05", 1.5, "proved", SHARES, date(2010, 7, 5), date(2010, 7, 5)),
    ]


def test_a_later_article_that_retells_an_event_with_its_count_does_not_show_it_again() -> None:
    """bpoil_bbc's 6 July Panorama blurb retells the explosion that "killed 11 people", dated by its
    article two months on: the view showed it beside "Eleven workers were killed ... on 20 April"."""
    assert [e.id for e in main_events(_story(PANORAMA), 4, BPOIL)] == ["killed", "states", "fund", "shares"]


def test_a_retelling_with_another_count_is_news_again() -> None:
    """The same words with another figure ("killed 12 people") are not the shown event's count."""
    shown = {e.id for e in main_events(_story(PANORAMA.replace("killed 11", "killed 12")), 4, BPOIL)}
    assert "panorama" in shown


DIED = "Jackson died at his Los Angeles home in June, aged 50."
AUTOPSY = (
    "Michael Jackson died in June 2009 aged 50 Executors for the late star's estate had requested the "
    "program - entitled Michael Jackson's Autopsy: What Really Killed Michael Jackson - be canceled."
)
NEGLIGENCE = "Prosecutors say his negligence led to Jackson's death aged 50 in June 2009."
CONCERT = "The Michael Forever concert takes place at Cardiff's Millennium Stadium on 8 October."


def test_a_retelling_must_tell_the_shown_event_by_its_word() -> None:
    """MJ_bbc: a caption that retells the death ("died in June 2009 aged 50") is left out; the
    prosecutors' case, told by "led" (a word the shown sentence does not use) with the same age,
    is its own news, kept."""
    ranked = [
        _told("died", "2009-06-25", 6.5, "died", DIED, date(2009, 7, 1), date(2009, 7, 2)),
        _told("autopsy", "2009-06", 2.1, "died", AUTOPSY, date(2009, 9, 1), date(2009, 9, 2)),
        _told("negligence", "2011-01-04", 2.09, "led", NEGLIGENCE, date(2011, 1, 4), date(2011, 1, 5)),
        _told("concert", "2011-10-08", 2.0, "takes", CONCERT, date(2011, 10, 8), date(2011, 10, 9)),
    ]
    assert [e.id for e in main_events(ranked, 3, MJ)] == ["died", "negligence", "concert"]
