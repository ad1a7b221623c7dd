"""Dates ordered and filtered as days of the calendar, in SQL.

Entries store their date as a TIMEX3 value ("2008-09-16", "2008-W37", "2008-09"), and
compared as text a week sorts after every day of its year ("2008-W37", 8–14 September,
came after "2008-10-03") and a `--to 2008-09` left out September's weeks. Each entry row
also holds the first and last day its value covers (`first_day`, `last_day`: ISO day text,
NULL when vague), read as `timevalue` reads it and written with the row, so paging, the CLI
and the web order and filter alike — and through an index: computed per row at query time
(schema 16), one page of a 22,723-entry store took 0.10 s, every row's date read again for
every page, which grows with the store; from the index it takes 0.1 ms.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from storyline.timevalue import bounds

# the default timeline's order (`in_date_order`) read from the index, main entries and all
INDEX = "CREATE INDEX IF NOT EXISTS entries_in_date_order ON entries(main, {ORDER})"
_ORDER = "{t}first_day IS NULL, {t}first_day, {t}last_day, {t}date, {t}id"


def days(value: str | None) -> tuple[str | None, str | None]:
    """The first and last day `value` covers, as the row stores them."""
    span = bounds(value)
    return (span[0].isoformat(), span[1].isoformat()) if span else (None, None)


def migrate(connection: sqlite3.Connection) -> None:
    """Schema 17: the two columns, filled once per distinct date, and the index. It may run on a
    store that has them already (a test takes a store back to an older version), so it adds only
    what is missing."""
    columns = {row[1] for row in connection.execute("PRAGMA table_info(entries)")}
    for column in ("first_day", "last_day"):
        if column not in columns:
            connection.execute(f"ALTER TABLE entries ADD COLUMN {column} TEXT")
    values = [row[0] for row in connection.execute("SELECT DISTINCT date FROM entries")]
    connection.executemany(
        "UPDATE entries SET first_day = ?, last_day = ? WHERE date IS ?", [(*days(v), v) for v in values]
    )
    connection.execute(INDEX.format(ORDER=_ORDER.format(t="")))


def in_date_order(table: str = "") -> str:
    """An ORDER BY clause: first day, the narrower first, vague and undated last, then the date's
    text and the id; the order `timevalue.in_time_order` gives lists in memory (a test holds the two
    alike). `table` qualifies the columns ("entries.")."""
    return _ORDER.format(t=table)


def period_clauses(table: str, since: str | None, until: str | None) -> tuple[list[str], list[str]]:
    """WHERE clauses keeping the entries whose first day lies from `since`'s first day to `until`'s
    last (each a year, month or day of the calendar): a week is placed by its Monday, undated and
    vague values are left out. `table` qualifies the column ("entries.")."""
    clauses: list[str] = []
    parameters: list[str] = []
    if since:
        clauses.append(f"{table}first_day >= ?")
        parameters.append(_edge(since)[0].isoformat())
    if until:
        clauses.append(f"{table}first_day <= ?")
        parameters.append(_edge(until)[1].isoformat())
    return clauses, parameters


def _edge(period: str) -> tuple[date, date]:
    span = bounds(period)
    if span is None:  # the CLI and the web application check --from/--to before they ask
        raise ValueError(f"not a day, month or year of the calendar: {period!r}")
    return span
