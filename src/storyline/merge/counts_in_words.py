"""Counts written in words ("Two more people in London", "eight new cases"), read as `similarity.counts`
reads digits, so that two tallies of different days in words stay two events as they do in digits.

Kept apart from `similarity.counts` on purpose: that function also decides whether a present perfect is
a deed in force or a tally as of its page (`similarity.in_force`), which news writes in digits; counts in
words only tell merging that two sentences count the same thing differently. "one" and "a"/"an" are left
out (a pronoun and an article far more often than a count), as are lengths of time ("two weeks": a
distance from another event, not a tally) and compounds ("two-year-old", "twenty-five": the hyphen
makes an age or a number this reader does not build).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from storyline.extract.numbers import parse_number
from storyline.merge.count_bounds import Count, hedge_before

_WORDS = (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety"
)
# the number word, not inside a compound, then the words that only qualify it, then what it counts
_COUNT_WORD = re.compile(
    rf"(?<![\w-])({'|'.join(_WORDS.split())})(?![\w-])"
    r"(?:\s+(?:other|more|new|further|additional|extra|confirmed|suspected|probable|reported|known))*"
    r"(?:\s+([a-z]+))?",
    re.IGNORECASE,
)
_TIME_UNITS = frozenset(
    f"{unit}{plural}"
    for unit in ("second", "minute", "hour", "day", "week", "month", "year", "decade")
    for plural in ("", "s")
)


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
        value = parse_number(number)
        if value is None:
            continue
        found.add((unit, value, hedge_before(sentence, match.start())))
    return frozenset(found)
