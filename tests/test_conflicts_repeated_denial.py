"""A denial told again is no revision of it: MJ_bbc 14 and 16 June 2010, "Dr Murray, 57, denies
involuntary manslaughter" and, two days later, "... but denies involuntary manslaughter" (no source
parsed for the second "denies": its subject is "The doctor" of the clause before "but")."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import entries_of
from storyline.merge.stance_conflicts import _claims, stance_conflicts
from storyline.model import Mention, Stance
from storyline.pipeline import Pipeline

_FIRST = (
    "Michael Jackson's family were in court for the decision The doctor accused of giving Michael Jackson a "
    "lethal dose of anesthetic will be allowed to work in California as he awaits trial, a court has ruled.\n"
    "During a brief procedural hearing, a Los Angeles judge said he did not have the authority to ban Dr "
    "Conrad Murray.\n"
    "Members of the popstar's family were inside court to hear the ruling.\n"
    "Dr Murray, 57, denies involuntary manslaughter of Jackson, who died last June.\n"
    "A preliminary hearing has been scheduled for 23 August.\n"
    "The doctor is alleged to have administered a lethal dose of Propofol and other drugs, which resulted "
    "in the popstar's death on 25 June.\n"
)
_AGAIN = (
    "Randy Jackson is the second youngest of the Jackson clan Randy Jackson, brother of the late pop star "
    "Michael Jackson, has been admitted to hospital with chest pains.\n"
    "Jackson, 48, was taken to Huntington Memorial Hospital in Pasadena on Tuesday, according to the "
    "Associated Press news agency.\n"
    "He was in court on Monday with his family for a hearing in the case of Dr Conrad Murray.\n"
    "The doctor is accused of giving Michael Jackson a lethal dose of anesthetic but denies involuntary "
    "manslaughter.\n"
    "Last week, Randy Jackson appeared on CNN program Newsroom and said that Dr Murray should be charged "
    "with first-degree murder.\n"
)


def test_a_denial_told_again_two_days_later_claims_nothing(pipeline: Pipeline) -> None:
    """The second report is merged with the first, and tells the same denial, not the charge as fact:
    set against the first it was a "revision" (its source parsed, the second's not)."""
    entries = entries_of(pipeline, (date(2010, 6, 14), _FIRST), (date(2010, 6, 16), _AGAIN))
    (entry,) = [e for e in entries if e.attribution is not None and e.attribution.stance == Stance.DENIED]
    again = [m for m in entry.mentions if m.text.startswith("The doctor is accused")]
    assert again and again[0].attribution is None  # "The doctor ... but denies": no source parsed
    assert not _claims(again[0])
    assert list(stance_conflicts(entries)) == []


def test_a_charge_is_still_a_claim_beside_its_denial(pipeline: Pipeline) -> None:
    """The charge told alone ("is alleged to have administered") still asserts its event."""
    entries = entries_of(pipeline, (date(2010, 6, 14), _FIRST))
    alleged = [m for e in entries for m in e.mentions if m.text.startswith("The doctor is alleged")]
    assert alleged and all(_claims(m) for m in alleged)


def _told_with_word(text: str, word: str) -> Mention:
    """A report of `text` whose own event word is `word`, its source unparsed."""
    at = text.index(word)
    return Mention("doc", "1.txt", 0, len(text), text, event_start=at, event_end=at + len(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The doctor is accused of giving Jackson a lethal dose but denies involuntary manslaughter.",
            "denies",
        ),
        (
            "The company is accused of dumping waste but rejects the charge that it polluted the river.",
            "rejects",
        ),
        (
            "BP is blamed for the spill but disputed the claim that it had eclipsed the Exxon Valdez.",
            "disputed",
        ),
        ("Scientists have questioned the claim that the plume reached the Florida coast.", "questioned"),
    ],
)
def test_a_report_whose_own_word_denies_or_doubts_claims_nothing(text: str, word: str) -> None:
    """The reporting lexicon's denials and doubts, every form: the report carries the words of what
    is denied without asserting them."""
    assert not _claims(_told_with_word(text, word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A court has ruled that the doctor may keep working as he awaits trial.", "ruled"),
        ("The doctor is alleged to have administered a lethal dose of Propofol.", "administered"),
        ("BP confirmed that the spill had eclipsed the Exxon Valdez.", "confirmed"),
    ],
)
def test_a_report_whose_own_word_neither_denies_nor_doubts_claims(text: str, word: str) -> None:
    """A ruling ("ruled", a denial only as "ruled out"), a deed or a confirmation still asserts."""
    assert _claims(_told_with_word(text, word))
