"""One generic verb is told of many things: two reports whose word is done to other things (their
patients share no noun and are not alike in meaning) tell two events (`_other_patients`), in one
article or in two. Sentences are from the Timeline17 articles of bpoil_bbc and H1N1_bbc, quoted where
they are used; their mentions are built by hand (arguments, participants and places as the store
holds them), so that only the merging rules are tested."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import CORPUS, marked_event, needs
from storyline.merge import entries as merging
from storyline.merge.entries import Merger
from storyline.model import Event

# each article's named actors and places, as the store holds them
SVANBERG_STORY = frozenset({
    "Anadarko", "Anadarko Petroleum", "BP", "Barack Obama", "Bob Dudley", "Briton Tony Hayward",
    "Carl - Henric Svanberg", "Dmitry Medvedev", "Gulf", "Gulf of Mexico", "Henry Waxman", "House",
    "James Hackett", "Mitsui", "Moody", "Quote Carl - Henric Svanberg BP", "Russian", "US Congressional",
    "United States", "Wall Street Journal",
})  # fmt: skip
LETTER_STORY = frozenset({
    "BP", "Bob Dudley", "Gulf of Mexico", "Helix", "Horizon", "Louisiana", "National Hurricane Center",
    "Obama", "Thad Allen", "United States",
})  # fmt: skip
# bpoil_bbc's other articles telling "hand": a recurring word (`RECURRING_DAYS`)
HANDED = (
    (date(2010, 5, 30), "Mr Barisich comes over with a plate of shrimp pasta and hands it to his friend."),
    (
        date(2010, 8, 19),
        "Transocean, the company that owned the oil rig, alleged that BP is refusing to hand over "
        "information it needs about the explosion.",
    ),
    (
        date(2010, 9, 19),
        "Meanwhile, BP hands day-to-day control of the response to Bob Dudley, replacing Chief Executive "
        "Tony Hayward, who had been widely criticised for his insensitive remarks on the spill.",
    ),
)
SVANBERG = (
    "Mr Svanberg has also said that Chief Executive Tony Hayward would be handing over the day-to-day "
    "response to BP managing director Bob Dudley."
)  # 18 June (17c3e08115c84685), 782 characters in
LETTER = (
    "Adm Thad Allen sent a letter to the oil giant's managing director saying the company must hand "
    'over "detailed plans and timelines" on stopping the leak.'
)  # 8 July (7d9b8ef23122f6d4), 247 characters in
HAYWARD = ["Briton Tony Hayward", "BP", "Bob Dudley"]


def _handing(document: str, start: int, text: str, word: str, **fields: object) -> Event:
    return marked_event(document, start, text, word, "hand", **fields)


def _hand_over(merger: Merger) -> str:
    """The day-to-day response handed over, told on 18 June: its entry's id. (The store joins 19 June's
    "Mr Hayward was handing over day-to-day management of the response" to it; the letter met the
    entry through this report.)"""
    merger.foresee((_handing(f"{day}/x", 0, text, "hand"), day) for day, text in HANDED)
    svanberg = _handing(
        "17c3e08115c84685", 782, SVANBERG, "handing", participants=HAYWARD,
        arguments=["agent|Hayward Executive Tony", "patient|response BP managing director"],
    )  # fmt: skip
    return merger.add(svanberg, SVANBERG_STORY, date(2010, 6, 18)).id


def _letter() -> Event:
    return _handing(
        "7d9b8ef23122f6d4", 247, LETTER, "hand", arguments=["agent|company", "patient|plans timelines"]
    )


needs_bpoil = needs(CORPUS / "t17" / "bpoil_bbc")


@needs_bpoil
def test_plans_handed_over_are_not_the_response_handed_over() -> None:
    merger = Merger()
    response = _hand_over(merger)
    assert merger.add(_letter(), LETTER_STORY, date(2010, 7, 8)).id != response


@needs_bpoil
def test_without_the_rule_the_letter_joins_the_hand_over(monkeypatch: pytest.MonkeyPatch) -> None:
    """The wrong merge the rule mends (seed 230's S27): nothing else keeps the two apart."""
    monkeypatch.setattr(merging, "_other_patients", lambda *_: False)
    merger = Merger()
    response = _hand_over(merger)
    assert merger.add(_letter(), LETTER_STORY, date(2010, 7, 8)).id == response


OBAMA_STORY = frozenset({"Barack Obama", "BP", "Democratic Party", "Gulf of Mexico", "Congress", "House"})
# bpoil_bbc's other articles telling "back"
BACKED = (
    (
        date(2010, 4, 29),
        'But lawyers for the workers described BP as "a serial polluter" - and the jury backed their case.',
    ),
    (
        date(2010, 5, 27),
        "The US government has backed the procedure, which has never been tried at such a depth.",
    ),
    (
        date(2010, 7, 13),
        "The Gulf of Mexico oil spill has led to campaigners stepping up their opposition to BP, with "
        "protests targeting London institutions that back the company.",
    ),
)
FUTURE = (
    "President Barack Obama said his government was responding to the largest environmental disaster "
    "in US history US President Barack Obama has called on his party and supporters to back a "
    '"new future" of clean energy.'
)  # 15 June (0840b3ab91ef8f2c), at its start (a caption run on)
BID = (
    "Earlier, in a statement aimed both at paid-up Democratic Party members and at millions of "
    "individuals who backed his 2008 presidential bid online, the president asked his network to lend "
    "their name to a campaign to change the way America produces and consumes its energy."
)  # the same article, 2188 characters in


@needs_bpoil
def test_backing_clean_energy_is_not_backing_the_2008_bid_on_the_same_page() -> None:
    merger = Merger()
    merger.foresee((marked_event(f"{day}/x", 0, text, "back", "back"), day) for day, text in BACKED)
    future = marked_event(
        "0840b3ab91ef8f2c", 0, FUTURE, "back a", "back",
        arguments=["agent|Obama President Barack", "patient|future energy"],
    )  # fmt: skip
    bid = marked_event(
        "0840b3ab91ef8f2c",
        2188,
        BID,
        "backed",
        "back",
        arguments=["agent|millions individuals", "patient|bid"],
    )
    first = merger.add(future, OBAMA_STORY, date(2010, 6, 15))
    assert merger.add(bid, OBAMA_STORY, date(2010, 6, 15)).id != first.id
