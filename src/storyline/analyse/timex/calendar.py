"""Calendar arithmetic and TIMEX3 value formatting against a document date.

Pure functions over `datetime.date`: shifting by calendar units, finding the
weekday or month-day nearest a reference in a direction, ISO weeks, quarters
and seasons, and writing each as a TIMEX3 value. Nothing here reads text.
"""

from __future__ import annotations

from datetime import date, timedelta

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


def weekday_near(reference: date, weekday: int, direction: int) -> date:
    """The weekday nearest `reference`, back when PAST, forward when FUTURE; the same day counts."""
    ahead = (weekday - reference.weekday()) % 7
    back = (reference.weekday() - weekday) % 7
    if direction == FUTURE or (direction == UNKNOWN and ahead < back):
        return reference + timedelta(days=ahead)
    return reference - timedelta(days=back)


def weekday_strict(reference: date, weekday: int, direction: int) -> date:
    """For "last Friday" / "next Friday": strictly before or after the reference."""
    step = 1 if direction == FUTURE else -1
    day = reference + timedelta(days=step)
    while day.weekday() != weekday:
        day += timedelta(days=step)
    return day


def weekday_in_week(reference: date, weekday: int, weeks: int = 0) -> date:
    """That weekday in the reference's ISO week, shifted by `weeks`."""
    return reference + timedelta(days=weekday - reference.weekday() + 7 * weeks)


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
    if unit == "D":
        return day_value(reference + timedelta(days=amount))
    if unit == "W":
        return week_value(reference + timedelta(weeks=amount))
    if unit == "M":
        return month_value(*shift_month(reference.year, reference.month, amount))
    if unit == "Q":
        year, month = shift_month(reference.year, reference.month, 3 * amount)
        return f"{year:04d}-Q{quarter_of(month)}"
    if unit == "Y":
        return f"{reference.year + amount:04d}"
    if unit == "DE":
        return f"{(reference.year + 10 * amount) // 10:03d}"
    if unit == "CE":
        return f"{(reference.year + 100 * amount) // 100:02d}"
    return None


def weekend_value(reference: date, direction: int) -> str:
    """The weekend just past (or coming), written as its ISO week plus -WE."""
    if reference.weekday() >= 5:
        return week_value(reference) + "-WE"
    weeks = 0 if direction == FUTURE else -1
    return week_value(reference + timedelta(weeks=weeks)) + "-WE"
