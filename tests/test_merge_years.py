"""Merging across articles: a report dated by its own words to a past year is history, and an
article's "on or before" date must not join it to this year's news of the same kind. Sentences are
from the Timeline17 articles of haiti_bbc, bpoil_bbc and H1N1_bbc, each quoted where it is used
(`evaluation/judged/entries6.md`, "Merge round 2, events20"); mentions are built by hand, so that
only the merging rule is tested."""

from __future__ import annotations

from datetime import date

from storyline.merge.pair_rules import CROWD_EXEMPT, _other_years
from storyline.merge.similarity import Signature, sentence_similarity, signature, years
from storyline.model import Event, Tense, TimeExpression

HURRICANES = (
    "Haiti, the poorest country in the western hemisphere, is still struggling to recover from "
    "devastating hurricanes in 2008."
)  # haiti_bbc 2010-01-14/578
EARTHQUAKE = (
    "Haiti is one of the poorest countries in the world, which is why it's struggling to cope with "
    "the devastation caused by last week's earthquake."
)  # haiti_bbc 2010-01-18/923
KATRINA = (
    "One Louisiana resident told the BBC the disaster was more serious than Katrina, the hurricane "
    "which devastated the region in 2005."
)  # bpoil_bbc 2010-05-02/1734
PANDEMIC_1968 = "The World Health Organization last declared a pandemic 41 years ago"
# H1N1_bbc 2009-06-10/459
LIVE_BLOG = (
    "1609 The US military is sending a ground assessment team to Haiti and one of its P-3 Orion "
    "patrol aircraft has been doing aerial reconnaissance, a Pentagon spokesman has said."
)  # haiti_bbc, a live blog's clock stamp


def _mention(document: str, text: str, predicate: str, year: str | None = None) -> Signature:
    """A mention dated by a year its sentence writes, or by its article only."""
    published = date.fromisoformat(document.split("/")[0])
    timex = TimeExpression(0, 4, year, "DATE", year) if year else None
    event = Event(
        document, 0, len(text), text, text, year or published.isoformat(), False, Tense.PAST,
        predicate=predicate, timex=timex,
    )  # fmt: skip
    return signature(event, published=published)


def test_the_years_a_sentence_writes_as_a_time() -> None:
    assert years(HURRICANES) == {2008}
    assert years(KATRINA) == {2005}
    assert years("During the 2003 SARS outbreak more than 8,000 people contracted the disease") == {2003}
    assert years("In March 1989, the Exxon Valdez tanker hit a reef") == {1989}
    assert years(PANDEMIC_1968, 2009) == {1968}
    assert not years(LIVE_BLOG)  # a clock stamp
    assert not years("US mobile phone users send more than $5m to the Red Cross, by texting 1,968")
    assert not years("The virus was found in some 1900 pigs")  # a count, not a year


def test_a_past_year_in_its_own_words_keeps_a_report_from_this_years_news() -> None:
    """The hurricanes of 2008 and last week's earthquake are both "struggling" in articles of one
    week; only the first writes its year, so an article's date cannot make them one."""
    hurricanes = _mention("2010-01-14/578", HURRICANES, "struggle", "2008")
    earthquake = _mention("2010-01-18/923", EARTHQUAKE, "struggle")
    assert _other_years(hurricanes, earthquake, 0.1)
    assert _other_years(earthquake, hurricanes, 0.1)
    assert not _other_years(hurricanes, earthquake, 0.3)  # alike sentences: one report
    again = _mention("2010-01-18/923", "Haiti has not recovered from the hurricanes of 2008.", "struggle")
    assert not _other_years(hurricanes, again, 0.1)  # the other writes the year: one history


def test_a_clock_stamp_or_this_years_date_is_not_history() -> None:
    stamped = _mention("2010-01-13/014", LIVE_BLOG, "send", "1609")
    troops = _mention(
        "2010-01-15/b59", "The US is sending up to 3,500 soldiers and 2,200 marines to Haiti.", "send"
    )
    assert not _other_years(stamped, troops, 0.1)
    this_year = _mention("2010-01-14/578", "In 2010 the hurricanes struggled on.", "struggle", "2010")
    assert not _other_years(this_year, _mention("2010-01-18/923", EARTHQUAKE, "struggle"), 0.1)


LAST_PANDEMIC = "The last pandemic was in 1968 and killed around a million people worldwide."
# H1N1_bbc 2009-04-25/558
PANDEMIC_1918 = (
    "A pandemic similar to that of 1918-19, which killed at least 50 million people, would be a "
    "catastrophic event because it would double annual worldwide mortality."
)  # H1N1_bbc 2009-05-01/1113
APOLLO_1967 = (
    "The singer, along with his brothers, won a talent show at the New York theater in 1967, which "
    "led to the Jackson Five being signed to Motown Records."
)  # MJ_bbc 2010-06-09/248
APOLLO_RETOLD = (
    "In New York, the Apollo Theatre - where Jackson and his brothers won a talent contest and were "
    "subsequently signed to Motown Records - fans recreated his famous dance moves and a letter from "
    "his mother Katherine was read out."
)  # MJ_bbc 2010-06-25/983


def test_alike_sentences_of_other_years_stay_apart() -> None:
    """Seed 210's S1: the 1968 pandemic's deaths and the 1918 one's share "pandemic ... killed ...
    million people" (alike sentences), but the second writes its own year, not 1968."""
    last = _mention("2009-04-25/558", LAST_PANDEMIC, "kill", "1968")
    spanish = _mention("2009-05-01/1113", PANDEMIC_1918, "kill")
    alike = sentence_similarity(last, spanish)
    assert alike >= CROWD_EXEMPT
    assert _other_years(last, spanish, alike) and _other_years(spanish, last, alike)


def test_alike_sentences_may_retell_a_past_year_without_it() -> None:
    """The Jacksons' talent show win of 1967, retold without its year in an article of three years
    on (MJ_bbc 2010-06-09/248 and 2010-06-25/983): alike sentences, one event."""
    win = _mention("2010-06-09/248", APOLLO_1967, "win", "1967")
    retold = _mention("2010-06-25/983", APOLLO_RETOLD, "win")
    alike = sentence_similarity(win, retold)
    assert alike >= CROWD_EXEMPT
    assert not _other_years(win, retold, alike)
