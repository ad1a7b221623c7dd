"""The overview tells an event once when one article tells it in two sentences of the same day,
worded alike (sentences from H1N1_bbc, as its 11 June articles print them)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import told_entry as _told
from storyline.merge.main_events import main_events
from storyline.merge.similarity import DocumentFrequency
from storyline.model import Entry

MUTATE = (
    "There is concern that the virus might mutate in the southern hemisphere over its winter and "
    "become more virulent, but there's no sign of that yet."
)
POORER = (
    "Experts have warned that poorer nations, especially those in the southern hemisphere now heading "
    "into their winter season, face the greatest risk from the flu pandemic."
)
DIED = "Jacqueline Fleming, 38, from Glasgow, died on Sunday at the Royal Alexandra Hospital in Paisley."
DAY = date(2009, 6, 11)
LATER = 500  # where the second sentence stands in the article that tells both
OFFSETS = ("start", "end", "event_start", "event_end")

# how many of H1N1_bbc's 120 articles use each word of these sentences (the counts `storyline ingest` keeps)
H1N1 = DocumentFrequency(
    {
        "alexandra": 4, "concern": 51, "die": 67, "especi": 30, "expert": 46, "face": 26, "fleme": 4,
        "flu": 107, "glasgow": 6, "greatest": 4, "head": 30, "hemispher": 13, "hospit": 45,
        "jacquelin": 3, "mutat": 27, "nation": 39, "paisley": 5, "pandem": 68, "poorer": 7, "risk": 49,
        "royal": 12, "s": 104, "season": 54, "sign": 24, "southern": 16, "virul": 22, "virus": 104,
        "warn": 40, "winter": 27,
    },
    120,
)  # fmt: skip


def _story(one_article: bool) -> list[Entry]:
    """The two southern-hemisphere sentences, each told by two articles of 11 June; with
    `one_article`, one article tells both (as BBC's 11 June pandemic story does)."""
    poorer = _told("poorer", "2009-06-11", 3.0, "warned", POORER, DAY, DAY)
    if one_article:
        mention = poorer.mentions[0]
        first = replace(
            mention,
            document="mutate0",
            path="mutate0.txt",
            **{field: getattr(mention, field) + LATER for field in OFFSETS},
        )
        poorer = replace(poorer, mentions=[first, *poorer.mentions[1:]])
    return [
        poorer,
        _told("mutate", "2009-06-11", 2.9, "mutate", MUTATE, DAY, DAY),
        _told("died", "2009-06-14", 2.0, "died", DIED, date(2009, 6, 15), date(2009, 6, 15)),
    ]


def test_two_sentences_of_one_article_and_day_worded_alike_tell_one_event() -> None:
    """They share 0.36 of their weighted words, under `ALIKE`; one article tells both on one day:
    the view showed both, one after the other."""
    assert [e.id for e in main_events(_story(one_article=True), 2, H1N1)] == ["poorer", "died"]


def test_the_same_sentences_from_other_articles_are_both_shown() -> None:
    """Told by different articles, the same words are not enough to take them for one event."""
    assert [e.id for e in main_events(_story(one_article=False), 2, H1N1)] == ["mutate", "poorer"]
