"""Word lists of English time expressions and the numbers they carry.

Month and weekday names, number words, calendar units, seasons, parts of day,
holidays and the vague references of news (now, recently, soon). Each table
maps a lower-cased word to what it means; `alternation` turns a table into a
regular-expression alternative. Nothing here matches or resolves text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The month names in calendar order, written once for every stage that reads them.
MONTH_NAMES: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip
MONTHS: dict[str, int] = {name: number for number, name in enumerate(MONTH_NAMES, start=1)} | {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sept": 9, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
# Time zones written after a clock ("2050 GMT"); a reader adds the other words it lets follow a clock.
TIME_ZONES = frozenset({"GMT", "BST", "UTC", "ET", "EST", "EDT", "CET", "PST", "PDT"})

WEEKDAY_NAMES: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip
WEEKDAYS: dict[str, int] = {name: number for number, name in enumerate(WEEKDAY_NAMES)} | {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip

UNITS_SMALL: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip

TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip

SCALES: dict[str, int] = {"hundred": 100, "thousand": 1000}

# Words that stand for a count but leave it unknown ("several years" → PXY).
VAGUE_COUNTS = ("a few", "few", "several", "many", "some", "a number of", "numerous")

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "last": -1, "final": -1,
}  # fmt: skip

# Calendar units: the TIMEX3 duration letter and whether it is a time (PT...) unit.
UNITS: dict[str, tuple[str, int, bool]] = {
    "second": ("S", 1, True), "sec": ("S", 1, True), "minute": ("M", 1, True), "min": ("M", 1, True),
    "hour": ("H", 1, True), "hr": ("H", 1, True), "day": ("D", 1, False), "night": ("D", 1, False),
    "week": ("W", 1, False), "fortnight": ("W", 2, False), "month": ("M", 1, False),
    "quarter": ("Q", 1, False), "year": ("Y", 1, False), "decade": ("DE", 1, False),
    "century": ("CE", 1, False),
}  # fmt: skip

UNIT_PLURALS: dict[str, str] = {"centuries": "century", "secs": "sec", "mins": "min", "hrs": "hr"}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}  # fmt: skip

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}  # fmt: skip

# Fixed-date holidays as (month, day).
HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24),
    "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
    "valentine's day": (2, 14), "halloween": (10, 31), "independence day": (7, 4),
    "bastille day": (7, 14), "veterans day": (11, 11), "armistice day": (11, 11),
}  # fmt: skip

# Vague references, each with its TIMEX3 value. Words that are time expressions only
# now and then ("once", "earlier", "later", "previously") are left out: news uses
# them far more often as plain adverbs than TimeML tags them.
VAGUE_REFERENCES: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "the moment": "PRESENT_REF", "the present": "PRESENT_REF",
    "current": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the long term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF", "a later date": "FUTURE_REF",
}  # fmt: skip


def alternation(words: Iterable[str]) -> str:
    """A regex alternative of `words`, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)
