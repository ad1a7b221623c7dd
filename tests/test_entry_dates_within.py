"""An entry's date: a more precise date its reports give inside a coarser one wins over it
(a day inside a later article's "last week", a day inside "earlier this month"), while a
report's day outside it, or a page's day inside a whole month, leaves the written date."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import entries_of
from storyline.model import Entry
from storyline.pipeline import Pipeline

LOSS = "BP reported a record $17bn (£11bn) loss, having set aside $32bn to cover the costs of the spill"
LOSS_RECALLED = (date(2010, 8, 2), f"Last week, {LOSS} - the worst in US history.\n")


def _telling(entries: list[Entry], words: str) -> Entry:
    (entry,) = [
        e for e in entries if any(m.text[m.event_start - m.start :].startswith(words) for m in e.mentions)
    ]
    return entry


def test_a_day_its_first_report_gives_inside_a_later_articles_last_week_dates_the_entry(
    pipeline: Pipeline,
) -> None:
    """bpoil_bbc: BP's results of 27 July, told on 2 August as "Last week" (26 July - 1 August)."""
    first = (date(2010, 7, 27), f"His departure was confirmed as {LOSS}.\n")
    reported = _telling(entries_of(pipeline, first, LOSS_RECALLED), "reported a record")
    assert reported.date == "2010-07-27"
    assert reported.tense.value == "past"
    assert sorted(m.date or "" for m in reported.mentions) == ["2010-07-27", "2010-W30"]  # each keeps its own


@pytest.mark.parametrize(
    ("articles", "words", "day"),
    [
        (  # bpoil_bbc: a demand of 15 May, "last week" in a letter told on 20 May
            (
                (
                    date(2010, 5, 15),
                    "The US government has demanded immediate clarification from BP over its commitment to "
                    "pay for costs caused by the oil spill in the Gulf of Mexico.\n",
                ),
                (
                    date(2010, 5, 20),
                    "Obama administration officials last week wrote a letter to BP demanding clarification "
                    "over its commitment to pay for damages from the spill; the firm said it had already "
                    "done so.\n",
                ),
            ),
            "demanded immediate",
            "2010-05-15",
        ),
        (  # H1N1_bbc: the pandemic declared on 11 June 2009, "Last week" in an article of 16 June
            (
                (
                    date(2009, 6, 11),
                    "The World Health Organization (WHO) has declared a global flu pandemic after holding an "
                    "emergency meeting.\n",
                ),
                (
                    date(2009, 6, 16),
                    "Last week, the World Health Organisation (WHO) held an emergency meeting at which it "
                    "declared a global flu pandemic, the first in 40 years.\n",
                ),
            ),
            "declared a global",
            "2009-06-11",
        ),
    ],
)
def test_an_event_first_reported_inside_the_week_a_later_article_gives_is_dated_that_day(
    pipeline: Pipeline, articles: tuple[tuple[date, str], ...], words: str, day: str
) -> None:
    assert _telling(entries_of(pipeline, *articles), words).date == day


def test_a_report_told_before_the_week_does_not_move_it(pipeline: Pipeline) -> None:
    """Told done on 20 July, before the week "last week" gives: the reports stay apart, each dated
    by its own evidence, not one silently moved to the other's day."""
    early = (date(2010, 7, 20), f"His departure was confirmed as {LOSS}.\n")
    entries = entries_of(pipeline, early, LOSS_RECALLED)
    reported = [e for e in entries if any("reported a record" in m.text for m in e.mentions) and e.main]
    assert sorted(e.date or "" for e in reported) == ["2010-07-20", "2010-W30"]


def test_a_pages_day_inside_earlier_this_month_leaves_the_month(pipeline: Pipeline) -> None:
    """A report dated only by its page of 12 June may retell a cap placed days before: the month
    written by a later article stays (the cap went on on 3 June)."""
    articles = (
        (date(2010, 6, 12), "BP placed a containment cap on its damaged oil well.\n"),
        (
            date(2010, 6, 14),
            "BP placed a containment cap on its damaged oil well earlier this month; by last week, it was "
            "collecting about 15,000 barrels of oil a day.\n",
        ),
    )
    placed = _telling(entries_of(pipeline, *articles), "placed a containment")
    assert placed.date == "2010-06"
    assert sorted(m.date or "" for m in placed.mentions) == ["2010-06", "2010-06-12"]


def test_a_day_written_by_a_secondary_report_inside_the_main_reports_month_dates_the_entry(
    pipeline: Pipeline,
) -> None:
    """ "earlier this month" (main) and "the containment cap ... it placed ... on 3 June" (a relative
    clause): the day lies inside the month and says more."""
    articles = (
        (
            date(2010, 6, 14),
            "BP placed a containment cap on its damaged oil well earlier this month; by last week, it was "
            "collecting about 15,000 barrels of oil a day.\n",
        ),
        (
            date(2010, 6, 16),
            "BP says the containment cap (the lower marine riser package, or LMRP) it placed on the well's "
            "damaged blowout preventer (BOP) on 3 June is collecting about 15,000 barrels of oil a day.\n",
        ),
    )
    placed = _telling(entries_of(pipeline, *articles), "placed a containment")
    assert placed.date == "2010-06-03"
    assert sorted(m.date or "" for m in placed.mentions) == ["2010-06", "2010-06-03"]
