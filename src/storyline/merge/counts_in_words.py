"""Counts written in words ("Two more people in London", "eight new cases"), read as `similarity.counts`
reads digits, so that two tallies of different days in words stay two events as they do in digits.

Kept apart from `similarity.counts` on purpose: that function also decides whether a present perfect is
a deed in force or a tally as of its page (`similarity.in_force`), which news writes in digits; counts in
words only tell merging that two sentences count the same thing differently. The number words and the
calendar units are the time tagger's (`timex.lexicon`); "zero" and "one" are left out ("one" is a
pronoun far more often than a count), as are lengths of time ("two weeks": a distance from another
event, not a tally) and compounds ("two-year-old", "twenty-five": the hyphen makes an age or a number
this reader does not build).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from storyline.analyse.timex.lexicon import TENS, UNIT_PLURALS, UNITS, UNITS_SMALL
from storyline.merge.count_bounds import QUALIFIERS, Count, hedge_before

_NUMBERS = {word: value for word, value in (UNITS_SMALL | TENS).items() if value > 1}
# the number word, not inside a compound, then the words that only qualify it, then what it counts
_COUNT_WORD = re.compile(
    rf"(?<![\w-])({'|'.join(_NUMBERS)})(?![\w-])" + QUALIFIERS + r"(?:\s+([a-z]+))?", re.IGNORECASE
)
_TIME_UNITS = frozenset(UNITS) | {f"{unit}s" for unit in UNITS} | frozenset(UNIT_PLURALS)


@lru_cache(maxsize=4096)
def counts_in_words(sentence: str) -> frozenset[Count]:
    """The counts a sentence writes in number words that name what they count, as (the word after
    them, value, hedge), the word keyed by the caller as it keys things counted in digits. A number
    word that names nothing ("Five of the nine", "four in Scotland") is left out: unlike digits, it
    is as often a group of people already counted as a tally, and an unnamed count meets any other."""
    found = set()
    for match in _COUNT_WORD.finditer(sentence):
        number, unit = match.group(1), (match.group(2) or "").lower()
        if not unit or unit in STOP_WORDS or unit in _TIME_UNITS:
            continue
        value = _NUMBERS[number.casefold()]  # casefold, not lower: IGNORECASE matches "ſix" (a long s) too
        found.add((unit, float(value), hedge_before(sentence, match.start())))
    return frozenset(found)
