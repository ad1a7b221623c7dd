"""Reports of articles weeks apart on a real collection (bpoil_bbc's words, as ingest counts them):
the story's stock sentence recurs for weeks, so the word and the story's common words do not join
two reports so far apart (`pair_rules._unsupported`); a landmark retold for months, told of the same
doer or dated by both sentences, still does (`pair_rules._told_of_alike`). Mentions are built by hand,
so that only the merging rules are tested."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import T17, merged_in_order, needs, topic_words
from storyline.merge.pair_rules import _told_of_alike
from storyline.merge.similarity import signature
from storyline.model import Event, Tense

pytestmark = needs(T17 / "bpoil_bbc")

SIX_WEEKS = (
    "Eleven rig workers died when the Deepwater Horizon rig exploded and sank six weeks ago."  # 2010-06-01/29
)
# 2010-05-17/872, its date read as the page's only (as the store reads "exploded and sank ... on 20 April")
SPEWING = "Oil has been spewing into the Gulf since BP's Deepwater Horizon rig exploded on 20 April."
RIG = ["agent|rig Horizon"]


def _event(document: str, text: str, arguments: list[str]) -> tuple[Event, date]:
    """A mention told in passing, dated by its article only."""
    day = date.fromisoformat(document.split("/")[0])
    event = Event(
        document, 0, len(text), text, text, day.isoformat(), False, Tense.PAST, predicate="explode",
        event_start=0, event_end=3, main=False, arguments=arguments,
    )  # fmt: skip
    return event, day


def _merged(*mentions: tuple[Event, date]) -> list[str]:
    """The entry of each mention, merged in order as one batch of bpoil_bbc's collection."""
    return merged_in_order(topic_words("bpoil_bbc"), frozenset({"BP"}), *mentions)


def test_the_landmark_told_of_one_doer_weeks_apart_is_one_event() -> None:
    spewing, six_weeks = _event("2010-05-17/872", SPEWING, RIG), _event("2010-06-01/29", SIX_WEEKS, RIG)
    assert _told_of_alike(signature(spewing[0]), signature(six_weeks[0]))
    assert len(set(_merged(spewing, six_weeks))) == 1


def test_without_a_doer_or_a_day_in_common_only_the_story_s_words_are_shared() -> None:
    """The same two sentences with no role read: "exploded", "Deepwater Horizon", "rig" are in most
    of the story's articles, and two weeks apart they are not enough."""
    spewing, six_weeks = _event("2010-05-17/872", SPEWING, []), _event("2010-06-01/29", SIX_WEEKS, [])
    assert not _told_of_alike(signature(spewing[0]), signature(six_weeks[0]))
    assert len(set(_merged(spewing, six_weeks))) == 2
    next_day = replace(six_weeks[0], document_id="2010-05-18/29"), date(2010, 5, 18)
    assert len(set(_merged(spewing, next_day))) == 1  # the next day's page: not weeks apart


def test_a_guessed_publication_date_keeps_nothing_apart() -> None:
    """An article whose day storyline guessed (its dates are `date_inferred`) is not weeks from
    another: the guess is no day the article was published on."""
    spewing, six_weeks = _event("2010-05-17/872", SPEWING, []), _event("2010-06-01/29", SIX_WEEKS, [])
    guessed = replace(spewing[0], date_inferred=True), spewing[1]
    assert len(set(_merged(guessed, six_weeks))) == 1
