"""Dates for people, at the precision the TIMEX value has (day, week, month, quarter, year); a
weekend ("2010-W21-WE") is told by its two days, at a week's precision (more than a day). The values
are read by `storyline.timevalue`, the parser every stage compares dates with, so the page shows the
days that the merge and the view used."""

from __future__ import annotations

from datetime import date

from storyline.timevalue import bounds, kind

# each form's precision on the page; a half year, a season or a decade is "other"
_PRECISIONS = {
    "day": "day",
    "week": "week",
    "weekend": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
}


def label(value: str | None) -> str:
    """ "8 Oct 2024", "week 44 of 2024 (28 Oct – 3 Nov)", "weekend of 2–3 Nov 2024", "Oct 2024",
    "Q3 2024", "2024"; else as stored (a value that names no calendar day: "2021-W53", "9999-W52")."""
    if not value:
        return "undated"
    form, span = kind(value), bounds(value)
    if span is None:
        return value
    first, last = span
    if form == "day":
        return f"{first:%-d %b %Y}"
    if form == "month":
        return f"{first:%b %Y}"
    if form == "week":
        year, week, _ = first.isocalendar()
        return f"week {week} of {year} ({first:%-d %b} – {last:%-d %b})"
    if form == "weekend":
        return _weekend(first, last)
    if form == "quarter":
        return f"Q{(first.month + 2) // 3} {first.year}"
    return value


def _weekend(saturday: date, sunday: date) -> str:
    if saturday.month == sunday.month:
        return f"weekend of {saturday:%-d}–{sunday:%-d %b %Y}"
    first = f"{saturday:%-d %b %Y}" if saturday.year != sunday.year else f"{saturday:%-d %b}"
    return f"weekend of {first} – {sunday:%-d %b %Y}"


def precision(value: str | None) -> str:
    """day, week, month, quarter, year or other: how exact a stored date's form is."""
    return _PRECISIONS.get(kind(value) or "", "other")


def first_day(value: str | None) -> date | None:
    """The first calendar day a TIMEX value covers (for histograms and charts); None if it names none,
    or names a half year, a season or a decade (too wide to place)."""
    span = bounds(value)
    return span[0] if span is not None and kind(value) in _PRECISIONS else None
