"""Inferring a publication date for an article that carries none.

An undated article still dates itself: it reports events "on 19 October" and
restates background "on 8 October". Its publication date is taken to be the
latest past date it names at day precision, the year of a year-less date
being the one that brings it closest to the rest of the collection. The
result is always marked as inferred; today's clock is never used.
"""

from __future__ import annotations

import re
from datetime import date

from storyline.analyse.timex import tag_time_expressions
from storyline.analyse.timex.calendar import FUTURE
from storyline.analyse.timex.tense import direction
from storyline.model import TimeExpression

_DAY_VALUE = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$")


def infer_publication_date(text: str, collection_dates: list[date]) -> date | None:
    """The latest past day the article names, or None when it names none.

    Expressions whose verb looks forward ("will be ready by 1 November") are
    left out: an article is published after what it reports, not after what
    it expects.
    """
    reference = _collection_reference(collection_dates)
    days = [
        day
        for expression in tag_time_expressions(text, None)
        if direction(text, expression.start, expression.end) != FUTURE
        for day in _day(expression, reference)
    ]
    return max(days) if days else None


def _collection_reference(collection_dates: list[date]) -> date | None:
    if not collection_dates:
        return None
    ordered = sorted(collection_dates)
    return ordered[len(ordered) // 2]


def _day(expression: TimeExpression, reference: date | None) -> list[date]:
    match = _DAY_VALUE.match(expression.value)
    if not match or expression.type not in ("DATE", "TIME"):
        return []
    year, month, day = match.groups()
    if year != "XXXX":
        return _valid(int(year), int(month), int(day))
    if reference is None:
        return []
    options = [
        d
        for y in (reference.year - 1, reference.year, reference.year + 1)
        for d in _valid(y, int(month), int(day))
    ]
    return [min(options, key=lambda d: abs((d - reference).days))] if options else []


def _valid(year: int, month: int, day: int) -> list[date]:
    try:
        return [date(year, month, day)]
    except ValueError:
        return []
