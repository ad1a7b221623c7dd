"""Which way a hedged count reaches: "More than 400 people" is 400 or more, "About 300" near 300.

A count written after "more than" or "at least" is a floor, after "up to", "nearly" or "as many as" a
ceiling, after "about" or "some" a guess either way (`similarity.counts`). Two counts near each other
may be one count told as a bound ("more than 1,300", "1,324"), but not when the bound points away
from the other: "More than 400 people in the UK are currently being tested" (8 May) is not "About 300
other people in the UK are currently awaiting the results of tests" (5 May), however near 300 is to
400; a guess reaches no further than a bound's own rounding (`similarity.HEDGED_ROUNDING`).
"""

from __future__ import annotations

import re
from enum import IntEnum


class Hedge(IntEnum):
    """How a count is written: exactly (0, false, as the counts' former flag) or hedged, and which way."""

    EXACT = 0
    ABOUT = 1  # "about 300", "some 400", "an estimated 1,000"
    FLOOR = 2  # "more than 400", "over 100", "at least 60"
    CEILING = 3  # "up to 149", "nearly 200", "as many as 200,000", "fewer than 10"


Count = tuple[str, float, Hedge]  # what a sentence counts, how many, and how the number is hedged

# the words between a count and what it counts that only qualify it ("13,217 confirmed and probable
# cases", "two more people"): one pattern for counts in digits (`similarity.counts`) and in words
# (`counts_in_words`)
QUALIFIERS = (
    r"(?:\s+(?:other|more|new|further|additional|extra|confirmed|suspected|probable|reported|known|"
    r"(?:and|or)\s+(?:confirmed|suspected|probable|reported)))*"
)


_FLOOR = re.compile(r"\b(?:more than|over|at least)\s+$", re.I)
_CEILING = re.compile(r"\b(?:less than|fewer than|under|up to|nearly|almost|as many as)\s+$", re.I)
_ABOUT = re.compile(r"\b(?:about|around|some|approximately|roughly|an estimated|estimated)\s+$", re.I)
_REACH = 20  # characters before a number searched for its hedge


def hedge_before(sentence: str, at: int) -> Hedge:
    """How the number at `at` in the sentence is hedged, by the words right before it."""
    start = max(0, at - _REACH)
    if _FLOOR.search(sentence, start, at):
        return Hedge.FLOOR
    if _CEILING.search(sentence, start, at):
        return Hedge.CEILING
    return Hedge.ABOUT if _ABOUT.search(sentence, start, at) else Hedge.EXACT


def bound_excludes(x: float, x_hedge: Hedge, y: float, y_hedge: Hedge, rounding: float) -> bool:
    """Whether either count is a bound that the other cannot reach: a floor above the most the other
    may be, or a ceiling below the least (a guess reaching `rounding` of its value either way)."""
    return _excludes(x, x_hedge, y, y_hedge, rounding) or _excludes(y, y_hedge, x, x_hedge, rounding)


def _excludes(bound: float, hedge: Hedge, other: float, other_hedge: Hedge, rounding: float) -> bool:
    guess = rounding * other if other_hedge == Hedge.ABOUT else 0.0
    if hedge == Hedge.FLOOR:
        return other_hedge != Hedge.FLOOR and other + guess < bound
    if hedge == Hedge.CEILING:
        return other_hedge != Hedge.CEILING and other - guess > bound
    return False
