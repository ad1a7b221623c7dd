"""What a grammar rule produces and the helpers every rule module shares.

`Reading` is a rule's interpretation of a match (TIMEX3 type, value, mod);
`Context` is what a rule may consult besides its match (the document date,
the tense around the match, the last period mentioned); `Rule` ties a
pattern to its builder. Nothing here knows any particular expression.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from storyline.analyse.timex import calendar as cal
from storyline.analyse.timex.lexicon import MONTHS, UNIT_PLURALS, UNITS, WEEKDAYS


@dataclass(frozen=True, slots=True)
class Reading:
    """What a rule makes of a match."""

    type: str
    value: str
    mod: str | None = None
    anchored: bool = False


Tense = Callable[[], int]


@dataclass(frozen=True, slots=True)
class Context:
    """What a builder may consult besides its match."""

    dct: date | None
    direction: Tense  # PAST, UNKNOWN or FUTURE for the match, computed on demand
    previous: str | None = None  # value of the last calendar expression before the match


UNREAD = "?"  # `previous` while matches are only checked, before the text is read in order


Builder = Callable[[re.Match[str], Context], Reading | None]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    build: Builder
    anchors: frozenset[str]  # lower-cased words (DIGITS for a number) without which the rule cannot match
    anaphoric: bool = False  # reads the last mentioned period, so never becomes the reference itself


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip(".")]


def day_number(word: str) -> int:
    return int(re.sub(r"\D", "", word))


def unit_of(word: str) -> tuple[str, int, bool]:
    word = word.lower()
    word = UNIT_PLURALS.get(word, word)
    if word not in UNITS and word.endswith("s"):
        word = word[:-1]
    return UNITS[word]


def preceded_by(match: re.Match[str], pattern: re.Pattern[str], window: int = 24) -> bool:
    """Whether the `window` characters before the match end with `pattern` (which is anchored with $)."""
    return bool(pattern.search(match.string[max(0, match.start() - window) : match.start()]))


def day_reading(dct: date | None, month: int, day: int, year: int | None, tense: Tense) -> Reading | None:
    if year is not None:
        return (
            Reading("DATE", f"{year:04d}-{month:02d}-{day:02d}") if cal.valid_day(year, month, day) else None
        )
    if dct is None:
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}")
    resolved = cal.year_for(dct, month, day, tense())
    return Reading("DATE", f"{resolved:04d}-{month:02d}-{day:02d}", anchored=True)


def duration_value(amount: float | None, unit: tuple[str, int, bool]) -> str:
    letter, size, is_time = unit
    prefix = "PT" if is_time else "P"
    if letter == "DE":
        letter, size = "Y", 10 * size
    elif letter == "CE":
        letter, size = "Y", 100 * size
    if amount is None:
        return f"{prefix}X{letter}"
    total = amount * size
    if total == int(total):
        return f"{prefix}{int(total)}{letter}"
    return _fractional(prefix, total, letter)


def _fractional(prefix: str, total: float, letter: str) -> str:
    smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60)}
    if prefix == "PT" and letter == "M":
        smaller["M"] = ("S", 60)  # minutes, not months
    if letter not in smaller:
        return f"{prefix}{total:g}{letter}"
    small, factor = smaller[letter]
    whole = int(total)
    rest = round((total - whole) * factor)
    time = "T" if small in "HM" and letter in "DH" and prefix == "P" else ""
    head = f"{whole}{letter}" if whole else ""
    return f"{prefix}{head}{time}{rest}{small}"
