"""One broad word told of no one and told of a telling name in another article is two events
(`merge.entries._nameless_beside_named`), and a people's name for one man is no named patient
(`_named_apart`). Sentences are from the Timeline17 articles of H1N1_bbc and bpoil_bbc, each quoted
where it is used (`evaluation/judged/entries6.md`, "events88")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import events_of
from storyline.merge import entries as merging
from storyline.merge.similarity import Signature, signature

MATCHES = (  # H1N1_bbc: Mexico's matches played without fans, and Colombia's ban on Mexican teams
    (
        date(2009, 4, 26),
        "Two previously sold-out soccer matches were played in empty stadiums to avoid potentially "
        "spreading the virus.",
    ),
    (
        date(2009, 4, 29),
        "Concerts, festivals, masses have all been canceled, the football matches have all been played "
        "behind closed doors.",
    ),
    (
        date(2009, 5, 5),
        "Mexican football teams have been prevented from playing scheduled matches in the capital Bogota.",
    ),
)
TESTS = (  # bpoil_bbc, 17 July: the well's integrity test extended, told by two articles; and two other days'
    (
        date(2010, 7, 17),
        "Testing of BP's newly capped Gulf of Mexico oil well has been extended for a further 24 hours.",
    ),
    (date(2010, 7, 17), "However, tests have been extended for another 24 hours."),
    (
        date(2010, 5, 27),
        "Later on Thursday, President Barack Obama is expected to extend a moratorium on deep-water offshore "
        "drilling for six months, the White House has said.",
    ),
    (
        date(2010, 6, 3),
        "Meanwhile, a detailed computer modelling study indicated that oil from the spill might extend along "
        "thousands of miles of the Atlantic coast and open ocean as early as this summer.",
    ),
)


def _told(pipeline, articles, predicate: str, story: frozenset[str] = frozenset()):  # type: ignore[no-untyped-def]
    """A merger that has seen and foreseen the articles (each with the story's names), and the
    signatures of their `predicate` mentions."""
    told = [
        (replace(e, document_id=str(index)), day)  # `events_of` names every article "test"
        for index, (day, text) in enumerate(articles)
        for e in events_of(pipeline, text, day)
    ]
    merger = merging.Merger()
    for index in range(len(articles)):
        merger._see(str(index), story)
    merger.foresee(told)
    return merger, [signature(e, frozenset(), day) for e, day in told if e.predicate == predicate]


def _apart(merger: merging.Merger, sig: Signature, other: Signature) -> bool:
    return merging._nameless_beside_named(sig, other, merger, merger.sentence_similarity(sig, other))


def test_a_broad_word_of_no_one_is_not_a_telling_names(pipeline) -> None:  # type: ignore[no-untyped-def]
    """ "the football matches have all been played behind closed doors" (Mexico, 29 April) names no
    one and nowhere; "prevented from playing scheduled matches in the capital Bogota" (5 May) is
    Colombia's: two events, which main's merge joined on "matches" and the story's context. Two
    reports that name no one are not parted by it."""
    merger, (empty, closed, bogota) = _told(pipeline, MATCHES, "play")
    assert merger.published_days("play") == 3
    assert bogota.participants == {"Bogota"} and not closed.participants
    assert _apart(merger, closed, bogota) and _apart(merger, bogota, closed)
    assert merging._margin(bogota, closed, merger) < 0
    assert not _apart(merger, empty, closed)


def test_a_story_name_does_not_part_a_retelling_that_names_no_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    """ "tests have been extended for another 24 hours" names no one, "Testing of BP's newly capped Gulf
    of Mexico oil well has been extended" names BP and the Gulf: names every article of the story
    holds (`TELLING_NAME`) tell no other event."""
    story = frozenset({"BP", "Gulf"})
    merger, (named, nameless, *_) = _told(pipeline, TESTS, "extend", story)
    assert merger.published_days("extend") == 3
    assert not nameless.participants and named.participants
    assert not _apart(merger, named, nameless)
    merger, (named, nameless, *_) = _told(pipeline, TESTS, "extend")  # names no other article holds
    assert _apart(merger, named, nameless)


FREED = (  # bpoil_bbc: the Lockerbie bomber's release of August 2009, told as background
    (
        date(2010, 7, 15),
        "Megrahi, who has terminal prostate cancer, was freed by Scottish Justice Secretary Kenny MacAskill "
        "on compassionate grounds in August 2009 after serving eight years.",
    ),
    (
        date(2010, 7, 16),
        "He was freed by the Scottish authorities in August 2009 after serving eight years because he has "
        "terminal prostate cancer and was estimated to have three months left to live.",
    ),
    (
        date(2010, 7, 24),
        "The Libyan was convicted of blowing up a Pan Am jumbo jet over the Scottish town in 1988, killing "
        "270 people, but was freed by the Scottish government on medical grounds last August.",
    ),
)


def test_a_peoples_name_for_one_man_is_no_named_patient(pipeline) -> None:  # type: ignore[no-untyped-def]
    """ "The Libyan ... was freed" is Megrahi freed: a patient is compared as a name only where it
    is one of the report's participants, which "Libyan" is not."""
    merger, (megrahi, _, libyan) = _told(pipeline, FREED, "free")
    assert merging._role_name(libyan.arguments, merging.PATIENT) == {"libyan"}
    assert not merging._named_apart(megrahi, libyan, merging.PATIENT)
    assert not merging._other_agents(megrahi, libyan, merger, merger.sentence_similarity(megrahi, libyan))
