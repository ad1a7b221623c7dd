"""The summarizer on hand-made entries: which days are kept and which sentences say them."""

from __future__ import annotations

from datetime import date

from storyline.model import Entry, Mention, Tense
from storyline.summarize import summarize
from storyline.summarize.date_ranking import candidate_days, entry_day, rank_days
from storyline.summarize.sentence_selection import choose_sentences, length_factor
from storyline.summarize.text import Idf

APRIL = 4


def day(number: int) -> date:
    return date(2010, APRIL, number)


def entry(entry_id: str, when: str | None, sentence: str, published: list[tuple[str, int]]) -> Entry:
    """An entry reported by each (document, day of April) in `published`."""
    mentions = [
        Mention(document, f"{document}.txt", 0, len(sentence), sentence, day(number), sentence)
        for document, number in published
    ]
    return Entry(entry_id, when, False, Tense.PAST, sentence, [], None, [], mentions)


RIG = entry(
    "rig",
    "2010-04-20",
    "The Deepwater Horizon rig explodes in the Gulf of Mexico, killing 11 workers.",
    [("a", 21), ("b", 22), ("c", 25), ("d", 28)],
)
RIG_AGAIN = entry(
    "rig2",
    "2010-04-20",
    "The Deepwater Horizon rig explodes in the Gulf, killing 11 workers on board.",
    [("e", 20)],
)
SINKS = entry(
    "sinks", "2010-04-22", "The burning rig sinks two days after the explosion.", [("a", 22), ("f", 22)]
)
ROUTINE = entry(
    "routine", "2010-04-23", "Shares in the company fell slightly on Friday morning trading.", [("g", 23)]
)
MONTH = entry("month", "2010-04", "Oil prices rose in April.", [("h", 30)])
WEEK = entry("week", "2010-W17", "Clean-up crews worked all week.", [("h", 30)])
ENTRIES = [RIG, RIG_AGAIN, SINKS, ROUTINE, MONTH, WEEK]


def test_only_day_precise_dates_name_a_day() -> None:
    assert entry_day(RIG) == day(20)
    assert entry_day(entry("t", "2010-04-20T09:30", "x", [])) == day(20)
    assert entry_day(MONTH) is None
    assert entry_day(WEEK) is None
    assert entry_day(entry("u", None, "x", [])) is None
    assert entry_day(entry("bad", "2010-02-30", "x", [])) is None


def test_candidate_days_separate_later_reports_from_same_day_ones() -> None:
    days = {candidate.day: candidate for candidate in candidate_days(ENTRIES, None, None)}
    assert set(days) == {day(20), day(22), day(23)}
    assert days[day(20)].later == {"a", "b", "c", "d"}
    assert days[day(20)].same_day == {"e"}
    assert days[day(22)].later == set()


def test_candidate_days_keep_within_start_and_end() -> None:
    days = candidate_days(ENTRIES, day(21), day(22))
    assert [candidate.day for candidate in days] == [day(22)]


def test_a_day_recalled_by_later_articles_ranks_first() -> None:
    ranked = rank_days(candidate_days(ENTRIES, None, None), 2)
    assert [candidate.day for candidate in ranked] == [day(20), day(22)]


def test_redundant_sentences_are_skipped() -> None:
    candidate = next(c for c in candidate_days(ENTRIES, None, None) if c.day == day(20))
    idf = Idf(mention.sentence or "" for e in ENTRIES for mention in e.mentions)
    chosen = choose_sentences(candidate, 2, idf)
    assert [key.entry.id for key in chosen] == ["rig"]  # rig2 says the same, with one source


def test_length_factor_penalizes_fragments_and_very_long_sentences() -> None:
    assert length_factor("one two three") < 1.0
    assert length_factor(" ".join(["word"] * 20)) == 1.0
    assert length_factor(" ".join(["word"] * 120)) < 1.0


def test_summarize_keeps_the_most_important_days_in_calendar_order_with_their_sources() -> None:
    timeline = summarize(ENTRIES, dates=2, per_date=1)
    assert [d.date for d in timeline] == [day(20), day(22)]
    first = timeline[0].sentences[0]
    assert first.text == RIG.mentions[0].sentence
    assert [m.document for m in first.entry.mentions] == ["a", "b", "c", "d"]


def test_summarize_respects_the_date_range() -> None:
    timeline = summarize(ENTRIES, dates=5, per_date=2, start=day(21), end=day(30))
    assert [d.date for d in timeline] == [day(22), day(23)]
