"""Counts written in time expressions: "two", "twenty four", "2 1/2", "a couple of".

`COUNT` is the regex of a count; `parse_count` turns the matched text into a
number, or None for a vague count ("several", "a few"), which TIMEX3 writes
as X. Ordinals, money and other quantities are not handled here.
"""

from __future__ import annotations

import re

from storyline.analyse.timex.lexicon import SCALES, TENS, UNITS_SMALL, VAGUE_COUNTS, alternation

_SMALL = alternation(UNITS_SMALL)
_TENS = alternation(TENS)
TENS_COUNT = rf"(?:(?:{_TENS})(?:[\s-]+(?:{_SMALL}))?|{_SMALL})"  # 1 to 99 in words
_WORD_NUMBER = rf"(?:(?:{_TENS})(?:[\s-]+(?:{_SMALL}))?|{_SMALL})(?:\s+(?:{alternation(SCALES)}))?"
_DIGITS = r"\d+(?:[.,]\d+)?(?:\s+\d/\d)?"
_HALF = r"(?:\s+and\s+a\s+half)"
COUNT = (
    rf"(?:(?:{_DIGITS}|{_WORD_NUMBER}|(?:a\s+)?couple(?:\s+of)?(?=\s)|a\s+dozen|a\s+(?:hundred|thousand)|dozens\s+of|a|an|one|half\s+an?|"
    rf"{alternation(VAGUE_COUNTS)}){_HALF}?)"
)

_FRACTION = re.compile(r"(\d+)/(\d+)")


def parse_count(text: str) -> float | None:
    """The number a count stands for; None when it is vague."""
    words = text.lower().replace("-", " ").split()
    if " ".join(words) in VAGUE_COUNTS or "dozens" in words:
        return None
    half = 0.5 if text.lower().endswith("a half") else 0.0
    if half:
        words = words[:-3]
    if words[:1] == ["half"]:
        return 0.5
    if "couple" in words[:2]:  # "a couple of", "the next couple of years"
        return 2 + half
    if words[:2] == ["a", "dozen"]:
        return 12 + half
    if words[:1] == ["a"] and words[1:2] and words[1] in SCALES:
        return SCALES[words[1]] + half  # "a hundred years"
    if words in (["a"], ["an"]):
        return 1 + half
    return _number(words) + half if words else None


def _number(words: list[str]) -> float:
    total = 0.0
    for word in words:
        fraction = _FRACTION.fullmatch(word)
        if fraction:
            total += int(fraction.group(1)) / int(fraction.group(2))
        elif word in SCALES:
            total = max(total, 1) * SCALES[word]
        elif word in UNITS_SMALL:
            total += UNITS_SMALL[word]
        elif word in TENS:
            total += TENS[word]
        else:
            total += float(word.replace(",", ""))
    return total
