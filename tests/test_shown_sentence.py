"""Which report a summary shows, and how much of it, on real Timeline17 articles.

An article's opening sentence is shown from its lead (no headline, caption or
dateline run into it), the shown text stays the span its offsets point at, and
a report early in its article is preferred to the same report told deep in one.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from conftest import T17, needs
from storyline.ingest import read_documents
from storyline.model import Document, Entry, Mention, Tense
from storyline.summarize import summarize
from storyline.summarize.date_ranking import candidate_days
from storyline.summarize.opening_line import lead_start
from storyline.summarize.sentence_selection import choose_sentences, position_factor, representative, shown
from storyline.summarize.text import Idf

pytestmark = needs(T17)

HAITI_SURVIVORS = "haiti_bbc/InputDocs/2010-01-14/1072.htm.txt"
HAITI_FEARED = "haiti_bbc/InputDocs/2010-01-13/20.htm.txt"
SWINE_FLU_WIRE = "H1N1_reuters/InputDocs/2009-04-21/1186.htm.txt"
TITLE_CASE_HEADLINE = "Finan_washingtonpost/InputDocs/2008-09-18/1386.htm.txt"


def article(relative: str) -> Document:
    (document,) = read_documents([T17 / relative])
    assert isinstance(document, Document)
    return document


def line_report(document: Document, number: int, when: str | None = None) -> Mention:
    """The article's `number`-th line (from 0) as a report, with the offsets the pipeline gives it."""
    start = sum(len(line) + 1 for line in document.text.split("\n")[:number])
    text = document.text.split("\n")[number]
    published = document.publication_date
    assert published is not None
    return Mention(
        document.id,
        document.path,
        start,
        start + len(text),
        text,
        published,
        text,
        date=when or published.isoformat(),
    )


def traced(mention: Mention, document: Document) -> str:
    return document.text[mention.start : mention.end]


@pytest.mark.parametrize(
    ("relative", "lead"),
    [
        (HAITI_SURVIVORS, "Thousands of people in Haiti have spent a second night sleeping in the open"),
        (HAITI_FEARED, "There are reports of a substantial number of deaths in Haiti"),
        (SWINE_FLU_WIRE, "A new type of swine flu has infected at least two children in California"),
    ],
)
def test_an_opening_sentence_is_shown_from_its_lead(relative: str, lead: str) -> None:
    document = article(relative)
    opening = line_report(document, 0)
    cut = shown(opening)
    assert cut.text.startswith(lead)
    assert traced(cut, document) == cut.text == cut.sentence  # still the span its offsets point at
    assert cut.end == opening.end and cut.start > opening.start


def test_a_title_case_headline_gives_no_point_to_cut_and_is_left_whole() -> None:
    opening = line_report(article(TITLE_CASE_HEADLINE), 0)
    assert opening.text.startswith("Scrambling to Clean Up After A Category 4 Financial Storm")
    assert lead_start(opening.text) == 0
    assert shown(opening) == opening


def test_only_an_opening_sentence_is_cut() -> None:
    document = article(HAITI_SURVIVORS)
    later = line_report(document, 1)
    assert later.start > 0 and shown(later) == later
    # the same words at the top of an article would lose their first part
    assert lead_start("Haiti survivors sleep on streets " + later.text) > 0


def test_a_report_early_in_its_article_is_preferred_to_the_same_report_told_late() -> None:
    document = article(HAITI_FEARED)
    early = line_report(document, 1)  # "The epicentre of the magnitude 7.0 quake was near ..."
    late = replace(early, document="other", start=6000, end=6000 + len(early.text))
    entry = Entry("epicentre", early.date, False, Tense.PAST, early.text, [], None, [], [late, early])
    chosen, _ = representative(entry, Idf([early.text]))
    assert chosen.document == document.id
    assert position_factor(late) < position_factor(early) <= 1.0


def test_the_day_leads_with_what_articles_open_on() -> None:
    """Two equally reported events of a day: the one articles open with comes first."""
    feared, survivors = article(HAITI_FEARED), article(HAITI_SURVIVORS)
    day = feared.publication_date
    assert day is not None
    opening = line_report(feared, 2, day.isoformat())  # "The first pictures to emerge after sunrise ..."
    deep_text = line_report(survivors, 1).text  # "The minute-long quake was felt all over the island ..."
    deep = replace(opening, start=8000, end=8000 + len(deep_text), text=deep_text, sentence=deep_text)
    entries = [
        Entry("pictures", day.isoformat(), False, Tense.PAST, opening.text, [], None, [], [opening]),
        Entry("felt", day.isoformat(), False, Tense.PAST, deep_text, [], None, [], [deep]),
    ]
    (candidate,) = candidate_days(entries, None, None)
    idf = Idf([opening.text, deep_text])
    assert [key.entry.id for key in choose_sentences(candidate, 2, idf)] == ["pictures", "felt"]


def test_the_summary_shows_a_lead_that_its_mention_traces_to_the_article() -> None:
    document = article(HAITI_SURVIVORS)
    published = document.publication_date
    assert published is not None
    opening = line_report(document, 0, "2010-01-13")  # the night after Tuesday's earthquake
    entry = Entry("streets", "2010-01-13", False, Tense.PAST, opening.text, [], None, [], [opening])
    (timeline_day,) = summarize([entry], dates=1, per_date=1)
    (key,) = timeline_day.sentences
    assert key.text.startswith("Thousands of people in Haiti")
    assert traced(key.mention, document) == key.text
    assert key.entry.mentions == [opening]  # the sources are the reports as the articles print them
    assert timeline_day.date == date(2010, 1, 13)
