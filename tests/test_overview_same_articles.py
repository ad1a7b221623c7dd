"""The overview tells once a finding that the same articles tell twice, by two times (sentences from
bpoil_bbc's articles of 6 October 2010 on the oil spill commission's draft report)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import told_entry as _told
from storyline.merge.main_events import main_events
from storyline.merge.similarity import DocumentFrequency
from storyline.model import Entry

BLOCKED = (
    "The Obama administration blocked government scientists' efforts to inform the public of worst case "
    "scenarios, a draft report said."
)
DENIED = (
    "The panel, which cited interviews with government officials, said in late April or early May, the White "
    "House budget office denied a request from the National Oceanic and Atmospheric Administration (NOAA) to "
    "make public its worst-case estimate of how much oil could leak from the Macondo well."
)
CONTROLS = "BP did not have adequate controls in place to ensure safety, it found."

# how many of bpoil_bbc's 293 articles use each word of these sentences (the counts `storyline ingest` keeps)
BPOIL = DocumentFrequency(
    {
        "adequ": 11, "administr": 74, "atmospher": 27, "block": 57, "bp": 284, "budget": 11, "case": 57,
        "cite": 13, "control": 62, "deni": 20, "draft": 6, "earli": 40, "effort": 114, "ensur": 40,
        "estim": 110, "found": 62, "govern": 155, "hous": 92, "inform": 43, "interview": 22, "late": 20,
        "leak": 217, "macondo": 28, "nation": 97, "noaa": 17, "obama": 140, "ocean": 78, "offic": 58,
        "offici": 100, "oil": 292, "panel": 32, "place": 135, "public": 53, "report": 131, "request": 23,
        "safeti": 68, "scenario": 18, "scientist": 68, "white": 70, "worst": 109,
    },
    293,
)  # fmt: skip
OCTOBER_6 = date(2010, 10, 6)


def _told_by(entry: Entry, articles: tuple[str, ...], start: int) -> Entry:
    """The entry with its reports moved to these articles, one report each, `start` characters in."""
    entry.mentions = [
        replace(mention, document=article, start=start)
        for mention, article in zip(entry.mentions, articles, strict=True)
    ]
    return entry


def _story(denied_by: tuple[str, ...]) -> list[Entry]:
    blocked = _told("blocked", "2010-10-06", 2.5, "blocked", BLOCKED, OCTOBER_6, OCTOBER_6)
    denied = _told("denied", "2010-04", 2.1, "denied", DENIED, OCTOBER_6, OCTOBER_6)
    controls = _told("controls", "2011-01-06", 2.0, "found", CONTROLS, date(2011, 1, 6), date(2011, 1, 7))
    return [_told_by(blocked, ("draft-a", "draft-b"), 143), _told_by(denied, denied_by, 1532), controls]


def test_a_finding_the_same_articles_tell_by_two_times_is_shown_once() -> None:
    """Seed 190's judge: the view showed the budget office's denial (dated April by the report) and the
    administration's blocking (dated by the report's day), one finding told by the same two articles."""
    assert [e.id for e in main_events(_story(("draft-a", "draft-b")), 2, BPOIL)] == ["blocked", "controls"]


def test_another_article_telling_one_of_them_keeps_both() -> None:
    """Told by an article the other's are not, the two sentences are two events again."""
    assert "denied" in {e.id for e in main_events(_story(("draft-a", "other")), 2, BPOIL)}
