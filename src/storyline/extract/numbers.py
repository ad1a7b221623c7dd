"""Reading numbers as news writes them: "11,000", "6.1bn", "five thousand", "dozens".

`parse_number` turns one written number (digits with separators and a glued
scale suffix, or number words) into a float; `scale_of` and `vague_amount`
read the words that multiply a number ("million") or stand for a rough
amount ("dozens", "tens of thousands"). This module only reads numbers: it
does not decide whether a number is a figure, a date or a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}  # fmt: skip
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "dozen": 12, "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12,
    "trn": 1e12,
}  # fmt: skip
_VAGUE = {"dozens": 12, "scores": 20, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?([a-z]{0,8})\.?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Vague:
    """A rough amount in words: at least twice its base, below ten times it."""

    lower: float
    upper: float


def parse_number(text: str) -> float | None:
    """The value of one written number ("11,000", "6.1bn", "eleven", "twenty-five"), else None."""
    lowered = text.lower().strip()
    match = _DIGITS.match(lowered)
    if match:
        whole, fraction, suffix = match.groups()
        if suffix and suffix not in _SCALES:
            return None
        value = float(whole.replace(",", "") + (fraction or ""))
        return value * _SCALES[suffix] if suffix else value
    return _word_number(lowered)


def _word_number(text: str) -> float | None:
    parts = text.replace("-", " ").split()
    if not parts or parts[0] in ("a", "an"):
        return None
    if not all(part in _UNITS for part in parts):
        return None
    return float(sum(_UNITS[part] for part in parts))


def tens_and_unit(tens: str, unit: str) -> float | None:
    """ "Twenty six" written as two words, the hyphen left out: 26; None unless the first is a
    tens word and the second a digit's word ("six six" is two numbers)."""
    first, second = _UNITS.get(tens.lower()), _UNITS.get(unit.lower())
    if first is None or second is None or tens.lower() in ("a", "an") or unit.lower() in ("a", "an"):
        return None
    return float(first + second) if first >= 20 and first % 10 == 0 and 1 <= second <= 9 else None


def scale_of(word: str) -> float | None:
    """The multiplier a scale word stands for ("million" -> 1e6), else None."""
    return _SCALES.get(word.lower().rstrip("."))


def is_scale_word(word: str) -> bool:
    """A scale written as a word ("million", "dozen"), not an abbreviation ("m", "bn")."""
    return word.lower().rstrip(".") in _SCALES and len(word.rstrip(".")) > 3


def is_scale_abbreviation(word: str) -> bool:
    """ "m", "bn", "k": a scale only after a currency or before a counted noun ("4.9 m barrels")."""
    lowered = word.lower().rstrip(".")
    return lowered in _SCALES and len(lowered) <= 3


_OUTER = {"tens": 10, "hundreds": 100, "dozens": 12}
VAGUE_OPENERS = frozenset(_VAGUE) | frozenset(_OUTER)  # the first word of every `vague_amount`


def vague_amount(words: list[str]) -> Vague | None:
    """ "dozens", "hundreds", "tens of thousands", "hundreds of thousands" as a range."""
    lowered = [word.lower() for word in words]
    if len(lowered) == 1 and lowered[0] in _VAGUE:
        base = _VAGUE[lowered[0]]
        return Vague(2 * base, 10 * base)
    if len(lowered) == 3 and lowered[1] == "of" and lowered[2] in _VAGUE:
        outer = _OUTER.get(lowered[0])
        if outer is not None:
            base = outer * _VAGUE[lowered[2]]
            return Vague(2 * base, 10 * base)
    return None
