"""The overview tells an event once when another article words it its own way, and a report of the
second entry gives the shown one's figure (sentences from bpoil_bbc, as its 9 and 10 May articles
print them)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import told_entry as _told
from storyline.merge.main_events import main_events
from storyline.merge.similarity import DocumentFrequency
from storyline.model import Entry

FUNNEL = (
    "A 98-tonne concrete-and-steel funnel lowered 5,000 ft (1,500 m) to the seabed had been BP's best hope "
    "to contain the main leak while it tried to stop it altogether by drilling relief wells nearby."
)
DEVICE = (
    "A containment device lowered over the well to funnel oil to the surface had to be moved on Saturday "
    "after ice-like crystals began accumulating inside it."
)
SUTTLES = (
    "Chief operating officer Doug Suttles said the 98-tonne concrete-and-steel box had to be moved, after "
    "ice-like crystals began accumulating inside it."
)
CONGRESS = "On Tuesday, BP and other oil industry executives traded blame in Congress."
SUNDAY = date(2010, 5, 9)  # the device sentence's article: its "Saturday" is 8 May

# how many of bpoil_bbc's 293 articles use each word of these sentences (the counts `storyline ingest`
# keeps): the overview weighs shared words by their rarity
BPOIL = DocumentFrequency(
    {
        "accumul": 5, "altogeth": 10, "began": 87, "best": 50, "blame": 44, "box": 14, "bp": 284,
        "chief": 114, "concret": 13, "congress": 30, "contain": 138, "crystal": 22, "devic": 54, "doug": 30,
        "drill": 184, "execut": 110, "ft": 36, "funnel": 35, "hope": 74, "ice": 25, "industri": 84,
        "insid": 19, "leak": 217, "like": 118, "lower": 58, "m": 63, "main": 29, "move": 31, "nearbi": 12,
        "offic": 58, "oil": 292, "oper": 168, "relief": 83, "s": 271, "seab": 51, "steel": 19, "stop": 135,
        "surfac": 105, "suttl": 30, "tonn": 22, "trade": 41, "tri": 90, "well": 79,
    },
    293,
)  # fmt: skip


def _story(report: str) -> list[Entry]:
    """The funnel's failure told by three articles; the device's by two, the second in `report`'s
    words (Suttles's, as its 8 May article quotes him); a hearing of another day."""
    device = _told("device", "2010-05-08", 2.5, "moved", DEVICE, SUNDAY, date(2010, 5, 8))
    other = device.mentions[1]
    at = report.index("moved")
    device = replace(
        device,
        mentions=[
            device.mentions[0],
            replace(other, end=len(report), text=report, sentence=report, event_start=at, event_end=at + 5),
        ],
    )
    return [
        _told("funnel", "2010-05-09", 4.0, "lowered", FUNNEL, SUNDAY, SUNDAY, SUNDAY),
        device,
        _told("congress", "2010-05-11", 2.0, "traded", CONGRESS, date(2010, 5, 11), date(2010, 5, 12)),
    ]


def test_an_entry_whose_other_report_gives_a_shown_ones_figure_and_words_retells_it() -> None:
    """The device's sentence shares 0.16 of its weighted words with the funnel's, under the 0.2 that
    a day told in words needs; Suttles's report of it gives the funnel's 98 tonnes and shares 0.24:
    the view showed the dome's failure twice, on 8 and 9 May."""
    assert [e.id for e in main_events(_story(SUTTLES), 2, BPOIL)] == ["funnel", "congress"]


def test_a_report_that_shares_words_but_no_figure_is_not_enough() -> None:
    """Without the figure ("the concrete-and-steel box had to be moved") the report's words alone do
    not tell the shown event: an entry's reports gather what its merge chained."""
    shown = main_events(_story(SUTTLES.replace("98-tonne ", "")), 2, BPOIL)
    assert [e.id for e in shown] == ["device", "funnel"]
