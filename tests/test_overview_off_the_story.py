"""An overview leaves out a happening that a few articles mention beside the story: a kind of event
the collection rarely tells, about the participants it names, in a sentence without a word of the
story (`main_events.off_the_story`); a first event of the story, told by its words, keeps its place
whoever and wherever it is (sentences and word counts from H1N1_bbc's 120 articles)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import told_entry as _told
from storyline.merge.main_events import main_events, off_the_story
from storyline.merge.similarity import DocumentFrequency
from storyline.model import Entry

KNOCKOUT = "Manny Pacquiao knocked out Britain's Ricky Hatton last weekend"
LAS_VEGAS = (
    "Confirmed cases of the H1N1 virus have been reported in Las Vegas, but there was no suggestion "
    "that Pacquiao actually had the virus."
)
FLEMING = "Jacqueline Fleming, 38, from Glasgow, died on Sunday at the Royal Alexandra Hospital in Paisley."
DOSES = "The first doses could be administered in October."
# how many of H1N1_bbc's 120 articles use each word stem (`Store.article_words`)
WORDS = DocumentFrequency(
    {
        "actual": 27, "administ": 6, "alexandra": 4, "britain": 24, "case": 95, "confirm": 74,
        "die": 67, "dose": 15, "fleme": 4, "glasgow": 6, "h1n1": 113, "hatton": 2, "hospit": 45,
        "jacquelin": 3, "knock": 6, "las": 4, "manni": 2, "pacquiao": 2, "paisley": 5, "report": 68,
        "ricki": 2, "royal": 12, "s": 104, "suggest": 39, "vega": 3, "virus": 104, "weekend": 16,
    },
    120,
)  # fmt: skip


def _named(entry: Entry, *actors: str) -> Entry:
    return replace(entry, actors=list(actors), places=[])


def test_a_boxing_match_beside_the_story_is_off_it() -> None:
    """The knockout is told by 6 of the 120 articles' word ("knocked"), and no word of its
    sentence is the story's (Britain: 24 articles)."""
    day = date(2009, 5, 6)
    knockout = _named(_told("knockout", "2009-W18-WE", 2.085, "knocked", KNOCKOUT, day), "Manny Pacquiao")
    assert off_the_story(knockout, WORDS)


def test_a_first_death_told_by_the_story_s_words_is_news() -> None:
    """A new person and new places, but "died" is told by 67 of the 120 articles."""
    day = date(2009, 6, 14)
    fleming = _named(_told("fleming", day.isoformat(), 1.17, "died", FLEMING, day), "Jacqueline Fleming")
    assert not off_the_story(fleming, WORDS)


def test_a_line_naming_no_one_is_not_judged_by_its_words() -> None:
    """A line that names nobody ("The first doses could be administered in October"): its rare
    words say nothing of how central its participants are (`view_lines` judges such lines)."""
    day = date(2009, 5, 28)
    doses = _named(_told("doses", "2009-10", 2.085, "administered", DOSES, day))
    assert not off_the_story(doses, WORDS)


def test_the_overview_shows_the_story_s_news_of_that_week_instead() -> None:
    """The week-end holds one entry (`PER_PERIOD`): the cases reported in Las Vegas, not the fight."""
    day = date(2009, 5, 6)
    knockout = _named(_told("knockout", "2009-W18-WE", 2.085, "knocked", KNOCKOUT, day, day), "Pacquiao")
    cases = _named(_told("cases", "2009-W18-WE", 1.17, "reported", LAS_VEGAS, day, day), "Las Vegas")
    later = date(2009, 6, 14)
    fleming = _named(_told("fleming", later.isoformat(), 1.0, "died", FLEMING, later, later), "Fleming")
    chosen = main_events([knockout, cases, fleming], 2, WORDS)
    assert {entry.id for entry in chosen} == {"cases", "fleming"}


VESSELS = "Four vessels had docked by Thursday evening."
# haiti_bbc's 286 articles
HAITI_WORDS = DocumentFrequency({"dock": 9, "evening": 16, "vessel": 12}, 286)


def test_a_sentence_that_names_no_one_is_left_to_its_page() -> None:
    """haiti_bbc's aid ships at Port-au-Prince's reopened port: rare words, and an actor (the United
    States) that another report names, not its sentence: who it is about is on its page."""
    day = date(2010, 1, 21)
    vessels = _named(_told("vessels", day.isoformat(), 2.0, "docked", VESSELS, day, day), "United States")
    assert not off_the_story(vessels, HAITI_WORDS)
