"""TIMEX3 values as calendar intervals, shared by every stage that compares dates.

"2024-W44", "2024-10" and "2024-10-23" cannot be compared as strings; as
intervals (first day, last day) they can: one lies before, after or around
another. A weekend ("2024-W44-WE") is its Saturday and Sunday, not its whole
week: "the top kill failed over the weekend" did not happen on the Tuesday
before. Vague values (PAST_REF, XXXX-10-08) have no interval.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
SATURDAY = 6  # the ISO weekday a week's weekend ("2010-W21-WE") begins on
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_FORMS = (
    ("day", _DAY),
    ("week", _WEEK),
    ("month", _MONTH),
    ("quarter", _QUARTER),
    ("half", _HALF),
    ("season", _SEASON),
    ("year", _YEAR),
    ("decade", _DECADE),
)


@lru_cache(maxsize=4096)
def bounds(value: str | None) -> tuple[date, date] | None:
    """First and last day the value covers, or None for vague or malformed values (remembered: a
    merge asks for the dates of every mention several times, and one story's dates repeat)."""
    if not value:
        return None
    try:
        return _bounds(value)
    except (ValueError, OverflowError):  # not a calendar day, or a week ending past 9999-12-31
        return None


def calendar_day(value: str | None) -> date | None:
    """The day of a day-precise value ("2010-04-20", "2010-04-20T09:00"); None for a week, a
    month or anything wider, and for vague values."""
    span = bounds(value)
    return span[0] if span and span[0] == span[1] else None


def kind(value: str | None) -> str | None:
    """The form of a value: "day", "week", "weekend", "month", "quarter", "half", "season", "year" or
    "decade"; None for a vague or unknown one. The form only: "2021-W53" is a week that 2021 lacks
    (`bounds` says None)."""
    found = _parsed(value) if value else None
    return found[0] if found else None


def is_period(value: str) -> bool:
    """A year, month or day of the calendar ("2024", "2024-10", "2024-10-26"): what the CLI's --from/--to
    and the web's from/to take. Anything else ("zz", "2024-13-45", a week) compared as text matched
    nothing or everything."""
    return len(value) in (4, 7, 10) and kind(value) in ("year", "month", "day") and bounds(value) is not None


def _parsed(value: str) -> tuple[str, re.Match[str]] | None:
    for name, pattern in _FORMS:
        if match := pattern.fullmatch(value):  # "2008-FA\n" is no season: `$` allows a last newline
            return ("weekend" if name == "week" and match[3] else name), match
    return None


def _bounds(value: str) -> tuple[date, date] | None:
    found = _parsed(value)
    if found is None:
        return None
    name, match = found
    if name == "day":
        day = date(*map(int, match.groups()))
        return day, day
    if name in ("week", "weekend"):
        first = date.fromisocalendar(int(match[1]), int(match[2]), SATURDAY if match[3] else 1)
        return first, date.fromisocalendar(int(match[1]), int(match[2]), 7)
    if name == "decade":
        return date(int(match[1]) * 10, 1, 1), date(int(match[1]) * 10 + 9, 12, 31)
    year = int(match[1])
    if name == "month":
        return _months(year, int(match[2]), int(match[2]))
    if name == "quarter":
        last = int(match[2]) * 3
        return _months(year, last - 2, last)
    if name == "half":
        last = int(match[2]) * 6
        return _months(year, last - 5, last)
    if name == "season":
        first, last = _SEASON_MONTHS[match[2]]
        return _months(year, first, last)
    return date(year, 1, 1), date(year, 12, 31)


def _months(year: int, first: int, last: int) -> tuple[date, date]:
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return date(year, first, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])


def relation(value: str | None, day: date) -> int | None:
    """-1 when the value lies wholly before `day`, 1 wholly after, 0 around it, None when vague."""
    span = bounds(value)
    if span is None:
        return None
    if span[1] < day:
        return -1
    if span[0] > day:
        return 1
    return 0


def in_time_order(value: str | None) -> tuple[bool, date, date, str]:
    """A sort key that reads dates as the calendar does: by first day, the narrower first on a tie
    ("2024-10-14" before "2024-W42"), vague and missing values last. As text, "2024-W42" (14–20
    October) sorted after "2024-11-01" and a timeline showed a September week after October."""
    span = bounds(value)
    if span is None:
        return True, date.max, date.max, value or ""
    return False, span[0], span[1], value or ""
