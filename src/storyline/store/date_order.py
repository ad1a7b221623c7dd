"""Dates ordered and filtered as days of the calendar, in SQL.

Entries store their date as a TIMEX3 value ("2008-09-16", "2008-W37", "2008-09"), and
compared as text a week sorts after every day of its year ("2008-W37", 8–14 September,
came after "2008-10-03") and a `--to 2008-09` left out September's weeks. The connection
gets two functions, `first_day` and `last_day`, that read a value as `timevalue` does
(ISO day text, NULL when vague), so paging, the CLI and the web order and filter alike.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from storyline.timevalue import bounds


def add_date_functions(connection: sqlite3.Connection) -> None:
    """`first_day(value)` and `last_day(value)` on this connection."""
    connection.create_function("first_day", 1, first_day, deterministic=True)
    connection.create_function("last_day", 1, last_day, deterministic=True)


def first_day(value: str | None) -> str | None:
    span = bounds(value)
    return span[0].isoformat() if span else None


def last_day(value: str | None) -> str | None:
    span = bounds(value)
    return span[1].isoformat() if span else None


def in_date_order(column: str, tie: str) -> str:
    """An ORDER BY clause: first day, the narrower first, vague and undated last, then `tie`."""
    return f"first_day({column}) IS NULL, first_day({column}), last_day({column}), {column}, {tie}"


def period_clauses(column: str, since: str | None, until: str | None) -> tuple[list[str], list[str]]:
    """WHERE clauses keeping the values whose first day lies from `since`'s first day to `until`'s
    last (each a year, month or day of the calendar): a week is placed by its Monday, undated and
    vague values are left out."""
    clauses: list[str] = []
    parameters: list[str] = []
    if since:
        clauses.append(f"first_day({column}) >= ?")
        parameters.append(_edge(since)[0].isoformat())
    if until:
        clauses.append(f"first_day({column}) <= ?")
        parameters.append(_edge(until)[1].isoformat())
    return clauses, parameters


def _edge(period: str) -> tuple[date, date]:
    span = bounds(period)
    if span is None:  # the CLI and the web application check --from/--to before they ask
        raise ValueError(f"not a day, month or year of the calendar: {period!r}")
    return span
