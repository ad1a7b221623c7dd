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


FLU = frozenset({"Mexico", "London", "GlaxoSmithKline Plc", "Health Protection Agency", "Sanofi-Aventis"})
# H1N1_bbc's other articles telling "produce"
PRODUCED = (
    (date(2009, 4, 27), "Ferrets get flu in a similar way to humans and produce an immune response."),
    (
        date(2009, 5, 1),
        "Manufacturers are halfway through producing their normal vaccine to combat winter flu.",
    ),
    (
        date(2009, 5, 28),
        "The Health Protection Agency has just announced that it has produced a strain of virus suitable "
        "for a vaccine.",
    ),
)
STRAIN = (
    "The US Centers for Disease Control and Prevention, which is looking at the molecular properties "
    "of the virus and why it appears to have been more virulent in Mexico is hoping to have produced "
    'a "reference strain" to send to vaccine manufacturers around the second week of May.'
)  # 29 April (82cc38fd50230018), 1893 characters in
SEASONAL = (
    "And in the rush to combat swine flu - from which there have been fewer than 10 confirmed deaths - "
    "manufacturers still have to keep their eye on producing an effective vaccine for seasonal flu as "
    "they do every year."
)  # the same article, 3988 characters in


@needs(CORPUS / "t17" / "H1N1_bbc")
def test_a_reference_strain_produced_is_not_the_seasonal_vaccine_on_the_same_page() -> None:
    merger = Merger()
    merger.foresee((marked_event(f"{day}/x", 0, text, "produc", "produce"), day) for day, text in PRODUCED)
    strain = marked_event(
        "82cc38fd50230018", 1893, STRAIN, "produced", "produce", places=["Mexico"],
        arguments=["agent|Centers US Disease Control", "patient|strain reference"],
    )  # fmt: skip
    seasonal = marked_event(
        "82cc38fd50230018", 3988, SEASONAL, "producing", "produce", arguments=["patient|vaccine flu"]
    )
    first = merger.add(strain, FLU, date(2009, 4, 29))
    assert merger.add(seasonal, FLU, date(2009, 4, 29)).id != first.id
