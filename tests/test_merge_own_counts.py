"""Tallies told apart by their counts where the count is not the first event's: a paraphrase of
another day's tally ("said" on 3 May, "confirmed" on 4 May of one sentence with 19, then 25
deaths), and a count of the mention's own word ("including 231 deaths", "including 125 deaths")
on one page or across pages. Sentences are from H1N1_bbc's articles, each quoted where it is used
(`evaluation/judged/entries6.md`, "events91"); mentions are built by hand, so that only the
merging rules are tested."""

from __future__ import annotations

from datetime import date

from storyline.merge.entries import Merger
from storyline.merge.pair_rules import (
    _margin,
    _other_counts,
    _own_counts,
    _own_counts_differ,
    _tallies_apart,
)
from storyline.merge.similarity import signature
from storyline.model import Event, Figure, Tense

# H1N1_bbc 2009-05-03/797 (marked "said"), and 2009-05-04/640 (the page updated: 25, marked "confirmed")
NINETEEN = (
    "Mexico has now confirmed 19 fatalities from the virus, but officials said it appeared that the "
    "outbreak could be levelling off."
)
TWENTY_FIVE = NINETEEN.replace("19", "25")
# H1N1_bbc 2009-06-22/1022 and its copy on the 30 June page (348), and that page's tally of May (348)
TOTAL = (
    "The total now stands at 52,160 laboratory-confirmed cases including 231 deaths in around 100 "
    "countries and territories."
)
REPORTS = "It reports 21,940 cases in 69 countries including 125 deaths - 103 of these in Mexico."


def _mention(
    document: str,
    text: str,
    word: str,
    predicate: str,
    published: date,
    first: bool,
    at: int = 0,
    arguments: tuple[str, ...] = (),
):
    """A report of `text` told by `word` (its first occurrence), published on `published`, holding
    its sentence's figures when it is the sentence's first event (`first`), with the `arguments` the
    extraction gave it ("patient|fatalities")."""
    start = text.index(word)
    event = Event(
        document, at, at + len(text), text, text, published.isoformat(), False, Tense.PAST,
        figures=[Figure(1.0, "1", 0, 1, "deaths")] if first else [], event_start=at + start,
        event_end=at + start + len(word), predicate=predicate, main=True, arguments=list(arguments),
    )  # fmt: skip
    return event, signature(event, published=published)


def test_a_paraphrase_of_another_days_tally_is_another_event() -> None:
    """3 May's sentence marked on "said" and 4 May's on "confirmed" are alike (different words, so
    compared as paraphrases); their counts, 19 and 25 fatalities, make them two days' tallies. The
    same count the next day stays one."""
    merger = Merger()
    _, said = _mention("797", NINETEEN, "said", "say", date(2009, 5, 3), first=False)
    roles = ("agent|Mexico", "patient|fatalities")  # as the extraction gives them
    _, confirmed = _mention(
        "640", TWENTY_FIVE, "confirmed", "confirm", date(2009, 5, 4), True, arguments=roles
    )
    _, again = _mention("641", NINETEEN, "confirmed", "confirm", date(2009, 5, 4), True, 0, roles)
    assert _own_counts(confirmed) == {("fatal", 25.0, False)} and not _own_counts(said)
    assert merger.sentence_similarity(said, confirmed) > 0.45  # a paraphrase's bar
    assert _tallies_apart(confirmed, said)
    assert _margin(confirmed, said, merger) < 0
    assert _margin(again, said, merger) > 0


def test_a_count_of_the_mentions_own_word_is_its_own() -> None:
    """ "including 231 deaths" marked on "deaths" (the sentence's first event is "stands", which
    holds the figures): the count of deaths is the mention's own, so 22 June's 231 deaths and the
    30 June page's 125 are two tallies, on two pages or on one."""
    _, june = _mention("1022", TOTAL, "deaths", "death", date(2009, 6, 22), first=False)
    _, may = _mention("348", REPORTS, "deaths", "death", date(2009, 6, 30), first=False, at=52456)
    _, copy = _mention("348", TOTAL, "deaths", "death", date(2009, 6, 30), first=False, at=16566)
    _, stands = _mention("1022", TOTAL, "stands", "stand", date(2009, 6, 22), first=True)
    assert _own_counts(june) == {("death", 231.0, False)} and _own_counts(may) == {("death", 125.0, False)}
    assert not _own_counts(stands)  # "stands" counts nothing: the figures tell that it is the first event
    assert _other_counts(may, june)
    assert _own_counts_differ(may, copy)
    merger = Merger()
    assert _margin(may, june, merger) < 0
    assert _margin(may, copy, merger) < 0  # one page's two tallies
    assert _margin(copy, june, merger) > 0  # the copy of 22 June's tally joins it


def test_one_pages_tallies_join_when_the_counts_agree() -> None:
    """Two sentences of one article counting the same deaths alike stay one event."""
    _, first = _mention("348", TOTAL, "deaths", "death", date(2009, 6, 30), first=False, at=100)
    _, again = _mention("348", TOTAL, "deaths", "death", date(2009, 6, 30), first=False, at=900)
    assert not _own_counts_differ(first, again)
    assert _margin(first, again, Merger()) > 0
