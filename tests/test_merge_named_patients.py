"""Two named patients of one broad word are two events, as two named doers are
(`merge.pair_rules._other_agents`, `_named_apart`), and a people's name for one man is no named
patient. Sentences are from the Timeline17 articles of H1N1_bbc and bpoil_bbc, each quoted where it
is used (`evaluation/judged/entries6.md`, "events88")."""

from __future__ import annotations

from datetime import date

from conftest import foreseen_mentions
from storyline.merge import pair_rules

CLOSED = (  # H1N1_bbc: three schools closed, each named by its article
    (
        date(2009, 5, 4),
        "On Monday night, it emerged another school, Dolphin School in Battersea, London, had also been "
        "closed as a precaution - the fifth in the UK.",
    ),
    (
        date(2009, 5, 28),
        "Eton College, near Windsor, is currently closed for half-term and had been due to re-open on Sunday "
        "31 May, but will now remain closed for another week.",
    ),
    (
        date(2009, 6, 18),
        "According to the States, Helvetia House School has been closed as a precaution because of one of "
        "the cases.",
    ),
)


def test_two_named_patients_of_a_broad_word_are_two_events(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Dolphin School closed (4 May) and Eton College closed (28 May): the word, "closed as a
    precaution", the schools' story; the patients are two named schools, neither written in the
    other's sentence."""
    merger, (dolphin, eton, *_) = foreseen_mentions(pipeline, CLOSED, "close")
    assert merger.published_days("close") == 3
    assert pair_rules._named_apart(dolphin, eton, pair_rules.PATIENT)
    assert pair_rules._other_agents(dolphin, eton, merger, merger.sentence_similarity(dolphin, eton))
    assert pair_rules._margin(dolphin, eton, merger) < 0


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
    merger, (megrahi, _, libyan) = foreseen_mentions(pipeline, FREED, "free")
    assert pair_rules._role_name(libyan.arguments, pair_rules.PATIENT) == {"libyan"}
    assert not pair_rules._named_apart(megrahi, libyan, pair_rules.PATIENT)
    assert not pair_rules._other_agents(megrahi, libyan, merger, merger.sentence_similarity(megrahi, libyan))
