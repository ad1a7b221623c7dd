"""An overview that the entries of two or more articles leave short takes the news that one article
leads with: a named actor's deed of a day in its headline or lead paragraph (sentences from
H1N1_bbc and haiti_bbc, where they stand in their articles)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import told_entry as _told
from storyline.merge.main_events import main_events
from storyline.model import Entry

RAISED = "The World Health Organization has raised its pandemic alert to five, the second-highest level."
DIED = "Jacqueline Fleming, 38, from Glasgow, died on Sunday at the Royal Alexandra Hospital in Paisley."
# the second sentence of a 30 June article, after its headline and the lead
SAMEERAH = (
    "Sameerah Ahmad died at Birmingham Children's Hospital on Friday evening after contracting the virus."
)
# 1,119 characters into a 27 April article: a paragraph down
EMERGENCY = (
    "A public health emergency has been declared in the US, where 20 people are confirmed to have caught "
    "the virus."
)
# a 19 January article's headline and caption run into its lead, dated by the week it recalls
WYCLEF = (
    "Jean has has just returned from the Carribean country Haitian-born musician Wyclef Jean broke down "
    "in tears during a press conference when speaking about the earthquake that struck Haiti last week."
)


def _one_article(
    entry_id: str, day: str, word: str, text: str, at: int, actor: str, published: date
) -> Entry:
    """An entry that one article tells, its report `at` characters into the article."""
    entry = _told(entry_id, day, 1.0, word, text, published)
    mention = entry.mentions[0]
    moved = replace(
        mention,
        start=at,
        end=at + len(text),
        event_start=(mention.event_start or 0) + at,
        event_end=(mention.event_end or 0) + at,
    )
    return replace(entry, mentions=[moved], actors=[actor])


def _story() -> list[Entry]:
    return [
        _told("raised", "2009-05-01", 3.0, "raised", RAISED, date(2009, 5, 1), date(2009, 5, 2)),
        _told("died", "2009-06-14", 2.0, "died", DIED, date(2009, 6, 15), date(2009, 6, 15)),
        _one_article("emergency", "2009-04-27", "declared", EMERGENCY, 1119, "US", date(2009, 4, 27)),
        _one_article("wyclef", "2010-W02", "broke", WYCLEF, 0, "Wyclef Jean", date(2010, 1, 19)),
        _one_article("sameerah", "2009-06-26", "died", SAMEERAH, 191, "Sameerah Ahmad", date(2009, 6, 30)),
    ]


def test_a_short_overview_takes_the_news_an_article_leads_with() -> None:
    """Two of three places held by entries of two articles: the third goes to the death that one
    article tells in its lead; the view stayed short, an overview of more than half its places."""
    assert [e.id for e in main_events(_story(), 3)] == ["raised", "died", "sameerah"]


def test_a_sentence_a_paragraph_down_or_dated_by_a_recalled_week_stays_out() -> None:
    """Told one paragraph down, or telling an event of last week in a lead's caption: not the news
    of its article, however short the overview."""
    story = [e for e in _story() if e.id != "sameerah"]
    assert [e.id for e in main_events(story, 3)] == ["raised", "died"]


# a 21 May article's lead, 64 characters in, after its headline, and its next sentence, 175 in
TOKYO = (
    "Health officials in Japan have confirmed the first cases of swine flu in the densely populated capital, "
    "Tokyo."
)
SCHOOLGIRLS = "Two schoolgirls tested positive for the H1N1 virus after their return from a trip to New York."


def test_an_article_leads_with_one_piece_of_news() -> None:
    """The lead's next sentence gives its news's detail (Tokyo's first cases are the two schoolgirls):
    the overview takes the article's first lead report only, though the next ranks before it."""
    one_article = [
        replace(entry, mentions=[replace(entry.mentions[0], document="japan")])
        for entry in (
            _one_article(
                "schoolgirls", "2009-05-21", "tested", SCHOOLGIRLS, 175, "New York", date(2009, 5, 21)
            ),
            _one_article("tokyo", "2009-05-21", "confirmed", TOKYO, 64, "Japan", date(2009, 5, 21)),
        )
    ]
    story = [*_story()[:2], *one_article]
    assert [e.id for e in main_events(story, 3)] == ["raised", "tokyo", "died"]
