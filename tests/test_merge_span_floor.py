"""Reports of a narrow kind of event in articles weeks apart, on a real collection (bpoil_bbc's
words, as ingest counts them): a kind told on few days may be one happening told as it unfolds,
but two of its reports weeks apart with no telling name in common need sentences as alike as a
broad kind's (`pair_rules._span_floor`). Sentences are bpoil_bbc's, quoted with their article; their
mentions are built by hand, so that only the merging rules are tested."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from conftest import T17, merged_in_order, needs, topic_words
from storyline.merge.pair_rules import _told_of_alike
from storyline.merge.similarity import signature
from storyline.model import Event, Tense, TimeExpression

pytestmark = needs(T17 / "bpoil_bbc")

STORY = frozenset({"BP", "Gulf of Mexico"})  # the names the articles share

SUTTLES = (
    "In a round of appearances on US television news programs on Monday morning, Mr Suttles said BP was "
    "aware that frustration with the company was growing over its inability to stop the leak."
)  # 2010-05-24/1036
MARDELL = (
    "The BBC's North America editor Mark Mardell says there is a growing sense of frustration that all "
    "BP's efforts have come to naught, and things could get worse for the company."
)  # 2010-06-02/458
COMMITTEE = (
    "Mr Hayward's reticence to be drawn further into the causes of the disaster led to growing "
    'frustration on the part of committee members, one of whom accused him of "stonewalling".'
)  # 2010-06-18/1922

# 2010-06-24/1343
IN_THE_WATER = (
    "Much of the methane in particular seems to be trapped in the water, rather than rising to the surface."
)
HYDRATES = (
    "These are crystalline water-based solids; gases such as methane are trapped inside them within "
    "cages of hydrogen-bonded water molecules."
)  # 2010-07-08/864

STONEWALLING = (
    'He accused Mr Hayward of "stonewalling" for failing to answer his questions.'  # 2010-06-18/1922
)
REBUKED = (
    "Mr Hayward was publicly rebuked by members of the House Energy and Commerce Committee last month "
    'for "stonewalling" questions at a congressional hearing.'
)  # 2010-07-26, dated by "last month"

WORKER = "That worker is now suing both BP and the rig's owners, Transocean, for negligence."  # 2010-06-21
# 2010-11-08
LAWYER = 'Daniel Becnel, a Louisiana lawyer who is suing BP, said the new findings were "absolutely absurd".'


def _event(document: str, text: str, predicate: str, *arguments: str) -> tuple[Event, date]:
    """A mention told in passing, without participants, dated by its article only."""
    day = date.fromisoformat(document.split("/")[0])
    event = Event(
        document, 0, len(text), text, text, day.isoformat(), False, Tense.PAST, predicate=predicate,
        event_start=0, event_end=3, main=False, arguments=list(arguments),
    )  # fmt: skip
    return event, day


def _dated(document: str, text: str, predicate: str, written: str, value: str) -> tuple[Event, date]:
    """A mention told in passing, dated by a time its sentence writes."""
    event, day = _event(document, text, predicate)
    at = text.index(written)
    timex = TimeExpression(at, at + len(written), written, "DATE", value)
    return replace(event, date=value, timex=timex), day


def _merged(*mentions: tuple[Event, date]) -> list[str]:
    """The entry of each mention, merged in order as one batch of bpoil_bbc's collection."""
    return merged_in_order(topic_words("bpoil_bbc"), STORY, *mentions)


def test_a_feeling_told_weeks_apart_without_its_holder_is_not_one_event() -> None:
    """Suttles's words of 24 May, Mardell's comment of 2 June and the committee's frustration at
    Hayward's hearing: "frustration" is told on few days, and "growing" is in all three, but nothing
    else tells one frustration."""
    entries = _merged(
        _event("2010-05-24/1036", SUTTLES, "frustration"),
        _event("2010-06-02/458", MARDELL, "frustration"),
        _event("2010-06-18/1922", COMMITTEE, "frustration"),
    )
    assert len(set(entries)) == 3


def test_the_same_feeling_told_days_apart_may_be_one_event() -> None:
    """Suttles's and Mardell's sentences on pages two days apart: one frustration told as it grows."""
    suttles, mardell = (
        _event("2010-05-24/1036", SUTTLES, "frustration"),
        _event("2010-06-02/458", MARDELL, "frustration"),
    )
    near = replace(mardell[0], document_id="2010-05-26/458"), date(2010, 5, 26)
    assert len(set(_merged(suttles, near))) == 1
    assert len(set(_merged(suttles, mardell))) == 2


def test_methane_trapped_in_the_gulf_is_not_the_hydrates_explainer() -> None:
    """The Gulf's methane (24 June) and the explainer of hydrates two weeks later share "methane" and
    "water", and their sentences little else."""
    entries = _merged(
        _event("2010-06-24/1343", IN_THE_WATER, "trapped"),
        _event("2010-07-08/864", HYDRATES, "trapped", "patient|gases methane"),
    )
    assert len(set(entries)) == 2


def test_a_report_dated_by_its_own_words_weeks_later_retells_the_happening() -> None:
    """26 July's "rebuked ... last month for \"stonewalling\"" is dated by its words to June, which
    18 June's accusation meets: the hearing retold five weeks on, however unalike the sentences. Dated
    only by its article, the same sentence would be another moment."""
    accused = _event("2010-06-18/1922", STONEWALLING, "stonewalling")
    rebuked = _dated("2010-07-26/1000", REBUKED, "stonewalling", "last month", "2010-06")
    assert len(set(_merged(accused, rebuked))) == 1
    undated = _event("2010-07-26/1000", REBUKED, "stonewalling")
    assert len(set(_merged(accused, undated))) == 2


def test_two_people_told_by_what_they_are_are_no_doer_in_common() -> None:
    """A rig worker suing BP in June and a lawyer suing BP in November: each doer is one person
    told by what they are, which makes no noun in common, and BP is in most of the story's articles."""
    worker = _event("2010-06-21/1000", WORKER, "suing", "agent|worker", "patient|BP owners")
    lawyer = _event("2010-11-08/1001", LAWYER, "suing", "agent|lawyer Louisiana", "patient|BP")
    assert not _told_of_alike(signature(worker[0]), signature(lawyer[0]))
    assert len(set(_merged(worker, lawyer))) == 2


def test_reports_of_guessed_days_weeks_apart_are_not_held_to_the_floor() -> None:
    """Articles whose days storyline guessed (`date_inferred`): the guesses may lie weeks apart
    while the articles are of one day, so a guess keeps nothing apart; Suttles's and Mardell's
    frustration, dated by guesses nine days apart, may be one."""
    suttles, mardell = (
        _event("2010-05-24/1036", SUTTLES, "frustration"),
        _event("2010-06-02/458", MARDELL, "frustration"),
    )
    guessed = [(replace(event, date_inferred=True), day) for event, day in (suttles, mardell)]
    assert len(set(_merged(*guessed))) == 1
