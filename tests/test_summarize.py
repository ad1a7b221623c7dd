"""The summarizer on hand-made entries: which days are kept and which sentences say them."""

from __future__ import annotations

from datetime import date

from storyline.model import Entry, Mention, Tense
from storyline.summarize import summarize
from storyline.summarize.date_ranking import candidate_days, rank_days
from storyline.summarize.sentence_selection import choose_sentences, length_factor, reporting_articles
from storyline.summarize.text import Idf
from storyline.timevalue import calendar_day

APRIL = 4


def day(number: int) -> date:
    return date(2010, APRIL, number)


def entry(entry_id: str, when: str | None, sentence: str, published: list[tuple[str, int]]) -> Entry:
    """An entry reported by each (document, day of April) in `published`, every report dating it `when`."""
    mentions = [
        Mention(document, f"{document}.txt", 0, len(sentence), sentence, day(number), sentence, date=when)
        for document, number in published
    ]
    return Entry(entry_id, when, False, Tense.PAST, sentence, [], None, [], mentions)


def report(document: str, published: int, sentence: str, when: str | None = None) -> Mention:
    """One report of an event; dated by its article unless `when` is given."""
    return Mention(
        document,
        f"{document}.txt",
        0,
        len(sentence),
        sentence,
        day(published),
        sentence,
        date=when or day(published).isoformat(),
    )


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
    assert calendar_day(RIG.date) == day(20)
    assert calendar_day("2010-04-20T09:30") == day(20)
    assert calendar_day(MONTH.date) is None
    assert calendar_day(WEEK.date) is None
    assert calendar_day(None) is None
    assert calendar_day("2010-02-30") is None


def test_each_report_points_its_article_at_the_day_it_gives_the_event() -> None:
    # One entry whose reports date it differently: the lead of 21 April says "on Tuesday",
    # a later article only tells it, dated by itself; each article points at its own day.
    explosion = Entry(
        "blast",
        "2010-04-20",
        False,
        Tense.PAST,
        "The rig exploded on Tuesday.",
        [],
        None,
        [],
        [
            report("a", 21, "The Deepwater Horizon rig exploded on Tuesday night.", "2010-04-20"),
            report("b", 28, "Oil is leaking from the well of the rig that exploded."),
        ],
    )
    days = {candidate.day: candidate for candidate in candidate_days([explosion], None, None)}
    assert set(days) == {day(20), day(28)}
    assert days[day(20)].later == {"a"}
    assert days[day(28)].same_day == {"b"}
    assert [m.document for m in days[day(28)].entries[0].mentions] == ["b"]
    chosen = choose_sentences(days[day(28)], 1, Idf([m.text for m in explosion.mentions]))
    assert chosen[0].entry is explosion  # the whole entry, with all its sources, is what the day shows


def test_a_reprinted_paragraph_counts_where_it_was_first_printed() -> None:
    box = "The latest stage in BP's efforts to contain leaking oil has involved lowering a cap."
    reprinted = Entry(
        "box",
        "2010-04-21",
        False,
        Tense.PAST,
        box,
        [],
        None,
        [],
        [report("x", 21, box), report("y", 25, box), report("z", 28, box)],
    )
    days = candidate_days([reprinted], None, None)
    assert [candidate.day for candidate in days] == [day(21)]
    assert days[0].same_day == {"x", "y", "z"}  # reprints, not later articles recalling the day
    assert days[0].later == set()


TOP_HAT = (
    "To prevent the build up of hydrates, methanol is pumped into the top hat to disperse the water and gas."
)
# bpoil_bbc: an explainer box BBC pages printed on 10, 13, 14 and 15 May 2010 and again on 4 June
JUNK_SHOT = (
    'BP Chief Operating Officer Doug Suttles said the so-called "junk shot" of debris was one option after'
    " previous attempts to stem the flow failed.",
    "BP officials desperate to stem a huge oil spill in the Gulf of Mexico are considering stuffing the well"
    " with golf balls and tyres, it was revealed.",
)
APPEAL = "The UN has launched an appeal for $562m (£346m) intended to help three million people."
# haiti_bbc: the running story's sentence, refiled word for word on the pages of 16 to 19 January 2010


def test_a_sentence_reprinted_weeks_after_its_first_printing_is_carried_along() -> None:
    printed = [("x", 3), ("y", 6), ("z", 7), ("u", 8), ("w", 28)]  # as 10 May to 4 June
    box = [report(page, published, TOP_HAT) for page, published in printed]
    assert reporting_articles(box) == {"x", "y", "z", "u"}
    own = report("w", 28, "The top hat was lowered over the leak on 3 April.", "2010-04-03")
    assert reporting_articles([*box, own]) == {"x", "y", "z", "u", "w"}  # w also tells it in its own words
    refiled = [report(page, published, APPEAL) for page, published in [("p", 16), ("q", 17), ("r", 19)]]
    assert reporting_articles(refiled) == {"p", "q", "r"}  # still the news: each page reports it


def test_a_box_carried_for_weeks_does_not_outweigh_two_articles_reporting_the_day() -> None:
    # bpoil_bbc, 10 May 2010: the top hat box against the "junk shot" that two articles told in
    # their own words; here the box is carried on four pages weeks after its first two.
    printed = [("x", 3), ("y", 4), ("u", 26), ("v", 27), ("w", 28), ("t", 29)]
    carried = Entry(
        "box",
        "2010-04-03",
        False,
        Tense.ONGOING,
        TOP_HAT,
        [],
        None,
        [],
        [report(p, d, TOP_HAT) for p, d in printed],
    )
    junk_shot = Entry(
        "junk",
        "2010-04-03",
        False,
        Tense.PAST,
        JUNK_SHOT[0],
        [],
        None,
        [],
        [report("p", 3, JUNK_SHOT[0]), report("q", 3, JUNK_SHOT[1])],
    )
    candidate = next(c for c in candidate_days([carried, junk_shot], None, None) if c.day == day(3))
    idf = Idf(m.text for e in (carried, junk_shot) for m in e.mentions)
    assert [key.entry.id for key in choose_sentences(candidate, 1, idf)] == ["junk"]


def test_a_sentence_that_dates_the_event_itself_speaks_for_the_day() -> None:
    told = Entry(
        "fund",
        "2010-04-16",
        False,
        Tense.PAST,
        "BP agreed to a fund.",
        [],
        None,
        [],
        [
            report("p", 16, "BP has agreed to put $20bn into a compensation fund for the victims."),
            report("q", 18, "BP agreed on Wednesday to put $20bn into a compensation fund.", "2010-04-16"),
        ],
    )
    candidate = next(c for c in candidate_days([told], None, None) if c.day == day(16))
    chosen = choose_sentences(candidate, 1, Idf(m.text for m in told.mentions))
    assert chosen[0].mention.document == "q"


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
