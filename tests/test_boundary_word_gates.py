"""The line-boundary component asks a lower-case word inside its line, and a word with no letter or
digit, only the few tests that can fire at it (`analyse.segment._mark_boundaries`): the others look the
word up among capitalised openers, months and time zones, or need a capital or a digit at it. These
tests keep that true as the word lists grow: a lower-case opener added to one of them would be skipped.
"""

from __future__ import annotations

from storyline.analyse import segment
from storyline.analyse.timex.lexicon import TIME_ZONES

# the lists that the skipped tests look a word itself up in
LOOKED_UP = {
    "_OPENERS": segment._OPENERS,
    "_ADVERBIAL_OPENERS": segment._ADVERBIAL_OPENERS,
    "_NUMBER_OPENERS": segment._NUMBER_OPENERS,
    "_ARTICLES": segment._ARTICLES,
    "_CLAUSE_OPENERS": segment._CLAUSE_OPENERS,
    "_QUANTITY_OPENERS": frozenset(segment._QUANTITY_OPENERS),
    "_QUESTION_WORDS": segment._QUESTION_WORDS,
    "_MONTH_NAMES": segment._MONTH_NAMES,
    "_WEEKDAY_ABBREVIATIONS": segment._WEEKDAY_ABBREVIATIONS,
    "TIME_ZONES": TIME_ZONES,
}


def test_every_word_the_skipped_tests_look_up_opens_with_a_capital() -> None:
    lower = {name: sorted(w for w in words if not w[:1].isupper()) for name, words in LOOKED_UP.items()}
    assert lower == {name: [] for name in LOOKED_UP}


def test_marks_and_white_space_have_no_letter_or_digit() -> None:
    # words of bpoil_guardian's lines: "BP Plc (BP." / "L) failed", '... the losses heartbreaking" The ...'
    for word in ('"', "''", ",", "(", ")", "--", "$", "\n", " "):
        assert segment._no_letter_or_digit(word), word


def test_words_with_a_letter_a_digit_or_a_capital_are_asked_every_test() -> None:
    # "'S" and a circled capital count as capitals (`_acronym`, `_opens` read them so)
    for word in ("BP", "L", "'s", "'S", "1968", "$38.5m.", "Ⓐ", "cents"):
        assert not segment._no_letter_or_digit(word), word
