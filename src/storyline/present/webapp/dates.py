"""Dates for people, at the precision the TIMEX value has (day, week, month, quarter, year); a
weekend ("2010-W21-WE") is told by its two days, at a week's precision (more than a day)."""

from __future__ import annotations

import re
from datetime import date, timedelta

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$")
_WEEKEND = re.compile(r"^(\d{4})-W(\d{1,2})-WE$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")


def label(value: str | None) -> str:
    """ "8 Oct 2024", "week 44 of 2024 (28 Oct – 3 Nov)", "weekend of 2–3 Nov 2024", "Oct 2024",
    "Q3 2024", "2024"; else as stored."""
    if not value:
        return "undated"
    try:
        if match := _DAY.match(value):
            return date.fromisoformat(value).strftime("%-d %b %Y")
        if match := _MONTH.match(value):
            return date(int(match[1]), int(match[2]), 1).strftime("%b %Y")
        if match := _WEEK.match(value):
            monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
            sunday = monday + timedelta(days=6)
            return f"week {int(match[2])} of {match[1]} ({monday:%-d %b} – {sunday:%-d %b})"
        if match := _WEEKEND.match(value):
            saturday = date.fromisocalendar(int(match[1]), int(match[2]), 6)
            sunday = saturday + timedelta(days=1)
            if saturday.month == sunday.month:
                return f"weekend of {saturday:%-d}–{sunday:%-d %b %Y}"
            first = f"{saturday:%-d %b %Y}" if saturday.year != sunday.year else f"{saturday:%-d %b}"
            return f"weekend of {first} – {sunday:%-d %b %Y}"
        if match := _QUARTER.match(value):
            return f"Q{match[2]} {match[1]}"
    except (ValueError, OverflowError):  # no calendar date, or a week ending past 9999-12-31
        return value
    return value


def precision(value: str | None) -> str:
    """day, week, month, quarter, year or other: how exact a stored date is."""
    for name, pattern in (
        ("day", _DAY),
        ("week", _WEEK),
        ("week", _WEEKEND),
        ("month", _MONTH),
        ("quarter", _QUARTER),
        ("year", _YEAR),
    ):
        if value and pattern.match(value):
            return name
    return "other"


def first_day(value: str | None) -> date | None:
    """The first calendar day a TIMEX value covers (for histograms and charts); None if it names none."""
    if not value:
        return None
    try:
        if _DAY.match(value):
            return date.fromisoformat(value)
        if match := _MONTH.match(value):
            return date(int(match[1]), int(match[2]), 1)
        if match := _WEEK.match(value):
            return date.fromisocalendar(int(match[1]), int(match[2]), 1)
        if match := _WEEKEND.match(value):
            return date.fromisocalendar(int(match[1]), int(match[2]), 6)
        if match := _QUARTER.match(value):
            return date(int(match[1]), 3 * int(match[2]) - 2, 1)
        if match := _YEAR.match(value):
            return date(int(match[1]), 1, 1)
    except ValueError:
        return None
    return None
