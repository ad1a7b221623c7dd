"""Calendar arithmetic and TIMEX3 value formatting against a document date.

Pure functions over `datetime.date`: shifting by calendar units, finding the
weekday or month-day nearest a reference in a direction, ISO weeks, quarters
and seasons, and writing each as a TIMEX3 value. Nothing here reads text.

A day shifted past the ends of the calendar (before 0001-01-01 or after
9999-12-31, which a hostile document date invites) has no value: the functions
return None for it instead of raising, and the rules leave such an expression
unresolved.
"""

from __future__ import annotations

from datetime import date

PAST, UNKNOWN, FUTURE = -1, 0, 1


def day_value(day: date) -> str:
    return day.isoformat()


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def valid_year(year: int) -> bool:
    return date.min.year <= year <= date.max.year


def add_days(day: date, days: int) -> date | None:
    """`day` moved by `days`, or None past either end of the calendar."""
    ordinal = day.toordinal() + days
    return date.fromordinal(ordinal) if 1 <= ordinal <= date.max.toordinal() else None


def weekday_near(reference: date, weekday: int, direction: int) -> date | None:
    """The weekday nearest `reference`, back when PAST, forward when FUTURE; the same day counts."""
    ahead = (weekday - reference.weekday()) % 7
    back = (reference.weekday() - weekday) % 7
    if direction == FUTURE or (direction == UNKNOWN and ahead < back):
        return add_days(reference, ahead)
    return add_days(reference, -back)


def weekday_strict(reference: date, weekday: int, direction: int) -> date | None:
    """For "last Friday" / "next Friday": strictly before or after the reference."""
    if direction == FUTURE:
        return add_days(reference, (weekday - reference.weekday() - 1) % 7 + 1)
    return add_days(reference, -((reference.weekday() - weekday - 1) % 7 + 1))


def weekday_in_week(reference: date, weekday: int, weeks: int = 0) -> date | None:
    """That weekday in the reference's ISO week, shifted by `weeks`."""
    return add_days(reference, weekday - reference.weekday() + 7 * weeks)


# Days by which a date against the tense must be nearer to win: "stepped down in March" told in
# November is the March before, though the next one is nearer; "told of a cutback in September"
# in August still reads as the coming one.
_AGAINST_TENSE = 250


def year_for(reference: date, month: int, day: int, direction: int) -> int:
    """The year of a year-less month-day: the nearest to the reference, the tense breaking near-ties."""
    years = (reference.year - 1, reference.year, reference.year + 1)
    days = [d for d in (valid_day(year, month, day) for year in years) if d is not None]
    return nearest(reference, days, direction).year if days else reference.year


def year_for_month(reference: date, month: int, direction: int) -> int:
    """The year of a year-less month: the nearest, the tense breaking near-ties."""
    options = [
        (year, (year - reference.year) * 12 + month - reference.month)
        for year in (reference.year - 1, reference.year, reference.year + 1)
    ]
    return min(options, key=lambda option: _distance(option[1] * 30, direction))[0]


def nearest(reference: date, days: list[date], direction: int) -> date:
    """Of `days`, the one nearest the reference, the tense breaking near-ties."""
    return min(days, key=lambda day: _distance((day - reference).days, direction))


def _distance(days: int, direction: int) -> int:
    against = (direction == PAST and days > 0) or (direction == FUTURE and days < 0)
    return abs(days) + (_AGAINST_TENSE if against else 0)


def season_value(year: int, code: str) -> str:
    return f"{year:04d}-{code}"


def shifted_value(reference: date, unit: str, amount: int) -> str | None:
    """The value of `reference` moved by `amount` units, at that unit's granularity."""
    if unit in ("D", "W"):
        day = add_days(reference, amount * (7 if unit == "W" else 1))
        return None if day is None else day_value(day) if unit == "D" else week_value(day)
    if unit in ("M", "Q"):
        year, month = shift_month(reference.year, reference.month, amount * (3 if unit == "Q" else 1))
        if not valid_year(year):
            return None
        return month_value(year, month) if unit == "M" else f"{year:04d}-Q{quarter_of(month)}"
    if unit == "Y":
        return f"{reference.year + amount:04d}" if valid_year(reference.year + amount) else None
    if unit == "DE":
        return f"{(reference.year + 10 * amount) // 10:03d}"
    if unit == "CE":
        return f"{(reference.year + 100 * amount) // 100:02d}"
    return None


def weekend_value(reference: date, direction: int) -> str | None:
    """The weekend just past (or coming), written as its ISO week plus -WE."""
    if reference.weekday() >= 5:
        return week_value(reference) + "-WE"
    day = add_days(reference, 0 if direction == FUTURE else -7)
    return week_value(day) + "-WE" if day else None
