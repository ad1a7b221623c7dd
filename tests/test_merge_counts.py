"""Merging across articles: one reporter's tallies of different days are different events, however
alike their words; a count told again, or rounded, is not; counts of other things in the sentence
(a flow beside an explosion) tell nothing. Sentences are from the Timeline17 articles of H1N1_bbc,
bpoil_bbc and haiti_bbc, each quoted where it is used (`evaluation/judged/entries6.md`, "Merge round
4, events24"); mentions are built by hand, so that only the merging rule is tested."""

from __future__ import annotations

from datetime import date

from storyline.merge.count_bounds import Hedge
from storyline.merge.entries import Merger
from storyline.merge.pair_rules import _other_counts
from storyline.merge.similarity import counts, counts_differ, signature
from storyline.model import Event, Figure, Tense, TimeExpression

MAY = (
    "The World Health Organization said on Thursday that 41 countries had reported 11,034 cases of "
    "swine flu, or influenza A (H1N1) infection, including 85 deaths."
)  # H1N1_bbc, 22 May 2009
JUNE = (
    "The World Health Organization's latest figures show that 73 countries have officially reported "
    "25,288 of influenza A (H1N1) infection (more commonly known as swine flu) including 139 deaths."
)  # H1N1_bbc, 30 June 2009 (the article's own "25,288 of influenza")
NINETEEN = (
    "Mexico has now confirmed 19 fatalities from the virus, but officials said it appeared that the "
    "outbreak could be levelling off."
)  # H1N1_bbc, 6 May 2009
MID_JUNE = (
    "As of 1700 BST on 15 June 2009, 76 countries have officially reported 35,928 cases of influenza "
    "A (H1N1) infection, including 163 deaths."
)  # H1N1_bbc, 16 June 2009
TWENTY_FIVE = NINETEEN.replace("19", "25")  # H1N1_bbc, the same page updated the next day
ROUNDED = "More than 1,300 people have been admitted to hospital with suspected symptoms since 13 April."
EXACT = (
    "Mexico's Health Secretary, Jose Cordova, said a total of 1,324 people had been admitted to "
    "hospital with suspected symptoms since 13 April and were being tested"
)  # H1N1_bbc, 27 and 28 April 2009
FLOW = (
    "Up to 5,000 barrels of oil a day are gushing into the sea after the BP-operated Deepwater "
    "Horizon rig exploded and sank last week."
)  # bpoil_bbc, 30 April 2010
EARLIER_FLOW = (
    "Some 1,000 barrels (42,000 gallons) of oil a day have been gushing from the well since a "
    "drilling rig exploded and sank off the Louisiana coast last week."
)  # bpoil_bbc, 27 April 2010
TOLL = (
    "An estimated 1.5 million people were left homeless by the 7.0-magnitude quake, which killed as "
    "many as 200,000."
)  # haiti_bbc
DIED = "As many as 200,000 people have died as a result of the 7.0-magnitude quake."  # haiti_bbc


def _event(
    document: str, text: str, predicate: str, published: date, day: str | None = None, counted: bool = True
) -> Event:
    """A report of `predicate` outside its article's news (dated "on or before" its article, as
    the 30 June tally was), or dated by its own words (`day`), holding its sentence's figures when
    it is the sentence's first event (`counted`)."""
    timex = TimeExpression(0, 8, "on Thursday", "DATE", day) if day else None
    figures = [Figure(1.0, "1", 0, 1, "cases")] if counted else []
    return Event(
        document, 0, len(text), text, text, day or published.isoformat(), False, Tense.PAST,
        predicate=predicate, timex=timex, figures=figures, main=False,
    )  # fmt: skip


def test_the_counts_a_sentence_writes() -> None:
    exact = Hedge.EXACT
    assert counts(MAY) == {("countri", 41.0, exact), ("case", 11034.0, exact), ("death", 85.0, exact)}
    assert ("death", 139.0, Hedge.EXACT) in counts(JUNE)
    # "since 13 April" is a day, "More than" a floor
    assert counts(ROUNDED) == {("peopl", 1300.0, Hedge.FLOOR)}
    assert {("peopl", 1_500_000.0, Hedge.ABOUT), ("", 200_000.0, Hedge.CEILING)} <= counts(TOLL)
    assert not counts("On 20 April 2010 the rig exploded, and the H1N1 virus spread in 2009 at 10:30.")


def test_cases_of_two_kinds_are_counted_as_cases() -> None:
    """H1N1_bbc, 30 June: "confirmed and probable" qualifies the cases as "confirmed" alone does, so
    the tally is of cases, which 29 April's "at least 91 confirmed cases" counts too (two tallies)."""
    june = counts("It has 13,217 confirmed and probable cases and 27 deaths.")
    assert june == {("case", 13217.0, Hedge.EXACT), ("death", 27.0, Hedge.EXACT)}
    assert counts_differ(june, counts("one death, at least 91 confirmed cases"), bounds=False)
    # "and" alone qualifies no kind
    assert counts("between 5 and 6 people") == {("", 5.0, Hedge.EXACT), ("peopl", 6.0, Hedge.EXACT)}


def test_a_day_written_after_its_month_is_no_count() -> None:
    exploded = (  # bpoil_foxnews, 5 May 2010
        "The Deepwater Horizon offshore drilling platform exploded on April 20 , killing 11 workers ."
    )
    assert counts(exploded) == {("worker", 11.0, Hedge.EXACT)}
    assert counts(exploded.replace("April ", "April\n  ")) == counts(exploded)  # however far apart


def test_one_reporters_tallies_of_two_days_are_two_events() -> None:
    """The WHO's counts of 21 May and of 30 June are alike enough to join without the rule; a copy
    of the May tally on a later day still joins it."""
    merger = Merger()
    may = merger.add(
        _event("may", MAY, "report", date(2009, 5, 22), "2009-05-21"), published=date(2009, 5, 22)
    )
    june = merger.add(
        _event("june", JUNE, "report", date(2009, 6, 30), counted=False), published=date(2009, 6, 30)
    )
    assert june.id != may.id
    again = merger.add(
        _event("again", MAY, "report", date(2009, 5, 23), "2009-05-21"), published=date(2009, 5, 23)
    )
    assert again.id == may.id


def test_counts_told_again_or_rounded_or_of_other_things_keep_reports_together() -> None:
    def mention(document: str, text: str, published: date, counted: bool = True):
        return signature(_event(document, text, "die", published, counted=counted), published=published)

    assert _other_counts(
        mention("a", NINETEEN, date(2009, 5, 6)), mention("b", TWENTY_FIVE, date(2009, 5, 7))
    )
    assert not counts_differ(counts(ROUNDED), counts(EXACT))  # 1,324 is more than 1,300
    assert counts_differ(counts(MID_JUNE), counts(JUNE))  # 76 and 73 countries: neither is rounded
    assert not counts_differ(counts(TOLL), counts(DIED))  # one toll, whatever each says it counts
    # the flows of two days told beside the explosion: the counts are the flow's, not the blast's
    flow = mention("flow", FLOW, date(2010, 4, 30), counted=False)
    earlier = mention("earlier", EARLIER_FLOW, date(2010, 4, 27), counted=False)
    assert counts_differ(flow.counts, earlier.counts)
    assert not _other_counts(flow, earlier)
    # one day's reports may disagree (a conflict), and are not told apart by their counts
    assert not _other_counts(
        mention("a", NINETEEN, date(2009, 5, 6)), mention("b", TWENTY_FIVE, date(2009, 5, 6))
    )


# H1N1_bbc, 25 April 2009
AT_LEAST = "The virus has killed at least 60 people in Mexico and appears to have infected more than 1,000."
EIGHTY = (
    "The virus is known to have killed 80 people, the vast majority of them in Mexico, where it was "
    "first reported."
)  # H1N1_bbc, 21 May 2009
SIXTY_AGAIN = (
    "Mexico was not certain at that stage that 60 people had been killed by swine flu."  # 2 May 2009
)
WHO_JUNE = (
    "Swine flu has infected some 40,000 people in more than 70 countries and killed 167 since "
    "detected in Mexico in April, says the WHO."
)  # H1N1_bbc, 18 June 2009


def test_tallies_of_a_growing_toll_weeks_apart_are_different_events() -> None:
    """Three tallies of the deaths (25 April, 21 May, 18 June) joined as one "killed": a count of
    other things ("more than 70 countries") is no rounding of "80 people", and a bound ("at least
    60") meets a count near it only in reports of days close together."""

    def mention(document: str, text: str, published: date):
        return signature(_event(document, text, "kill", published), published=published)

    april = mention("april", AT_LEAST, date(2009, 4, 25))
    may = mention("may", EIGHTY, date(2009, 5, 21))
    june = mention("june", WHO_JUNE, date(2009, 6, 18))
    assert _other_counts(may, june)  # 80 people, not "more than 70 countries"
    assert _other_counts(april, june)
    assert _other_counts(april, may)  # "at least 60", then 80 almost four weeks later
    # the same count retold a week later, and a bound next to its count the next day, stay one
    assert not _other_counts(april, mention("again", SIXTY_AGAIN, date(2009, 5, 2)))
    assert not _other_counts(april, mention("next", EIGHTY, date(2009, 4, 26)))


TOTALS_23 = "They bring the overall totals to 23 in England and four in Scotland."  # H1N1_bbc, 5 May 2009
TOTALS_24 = "It brought the overall totals to 24 in England and four in Scotland."  # H1N1_bbc, 6 May 2009


def test_a_tallys_bare_number_is_named_by_its_figure() -> None:
    """ "to 23 in England": the number counts nothing written, but its figure (`extract.figure_tallies`)
    says it counts totals, so the next day's 24 is another tally; without the figure it stays unnamed."""

    def mention(document: str, text: str, value: float, published: date):
        event = _event(document, text, "bring", published)
        event.figures = [Figure(value, f"{value:.0f}", 0, 2, "overall totals", kind="total")]
        return signature(event, published=published)

    assert ("total", 23.0, Hedge.EXACT) in mention("a", TOTALS_23, 23.0, date(2009, 5, 5)).counts
    assert ("", 23.0, Hedge.EXACT) in counts(TOTALS_23)
    assert _other_counts(
        mention("a", TOTALS_23, 23.0, date(2009, 5, 5)), mention("b", TOTALS_24, 24.0, date(2009, 5, 6))
    )
    assert not _other_counts(
        mention("a", TOTALS_24, 24.0, date(2009, 5, 5)), mention("b", TOTALS_24, 24.0, date(2009, 5, 6))
    )
