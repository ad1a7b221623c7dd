"""Holidays whose date moves with the year: Easter and its neighbours, US Monday holidays, Thanksgiving.

A holiday without a year takes the occurrence nearest the document date;
after "last" the one before it, after "next" the one after. Fixed-date
holidays (Christmas) are plain month-days and live in `explicit`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from storyline.analyse.timex import calendar as cal
from storyline.analyse.timex.lexicon import alternation
from storyline.analyse.timex.patterns import YEAR, compile_rule, words
from storyline.analyse.timex.readings import Context, Reading, Rule


def easter(year: int) -> date:
    """Western Easter Sunday (the Gregorian computus)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_skips, leap_rest = divmod(century, 4)
    moon_fix = (century + 8) // 25
    correction = (century - moon_fix + 1) // 3
    epact = (19 * golden + century - leap_skips - correction + 15) % 30
    quarter, remainder = divmod(rest, 4)
    weekday = (32 + 2 * leap_rest + 2 * quarter - epact - remainder) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday (0 = Monday) of a month; n = -1 for the last."""
    if n < 0:
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


_MOVING: dict[str, Callable[[int], date]] = {
    "easter": easter,
    "easter sunday": easter,
    "easter monday": lambda y: easter(y) + timedelta(days=1),
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "palm sunday": lambda y: easter(y) - timedelta(days=7),
    "ash wednesday": lambda y: easter(y) - timedelta(days=46),
    "pentecost": lambda y: easter(y) + timedelta(days=49),
    "martin luther king day": lambda y: nth_weekday(y, 1, 0, 3),
    "presidents day": lambda y: nth_weekday(y, 2, 0, 3),
    "mother's day": lambda y: nth_weekday(y, 5, 6, 2),
    "memorial day": lambda y: nth_weekday(y, 5, 0, -1),
    "father's day": lambda y: nth_weekday(y, 6, 6, 3),
    "labor day": lambda y: nth_weekday(y, 9, 0, 1),
    "columbus day": lambda y: nth_weekday(y, 10, 0, 2),
    "election day": lambda y: nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    "thanksgiving": lambda y: nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: nth_weekday(y, 11, 3, 4),
}


def _moving_holiday(match: re.Match[str], ctx: Context) -> Reading | None:
    name = " ".join(match.group("name").lower().replace("’", "'").split())
    day_of = _MOVING[name.replace("presidents'", "presidents").removesuffix(" week")]
    week = name.endswith(" week")  # "Easter week": the ISO week holding the day
    write = cal.week_value if week else date.isoformat
    if match.group("year"):
        return Reading("DATE", write(day_of(int(match.group("year")))))
    if ctx.dct is None:
        return Reading("DATE", "XXXX-WXX" if week else "XXXX-XX-XX")
    years = [ctx.dct.year + offset for offset in (-1, 0, 1)]
    days = [day_of(year) for year in years if cal.valid_year(year)]  # none in year 0 or 10000
    relation = (match.group("rel") or "").lower()
    if relation == "last":
        days = [d for d in days if d < ctx.dct]
    elif relation == "next":
        days = [d for d in days if d > ctx.dct]
    if not days:
        return None
    return Reading("DATE", write(cal.nearest(ctx.dct, days, ctx.direction())), anchored=True)


_NAMES = alternation([*_MOVING, "easter week"]).replace("'", "['’]?").replace("presidents", "presidents['’]?")

HOLIDAY_RULES: list[Rule] = [
    Rule(
        "moving_holiday",
        compile_rule(
            rf"(?:(?P<rel>last|next|this)\s+)?(?P<name>(?-i:(?=[A-Z]))(?:{_NAMES}))(?:,?\s+(?P<year>{YEAR}))?"
        ),
        _moving_holiday,
        anchors=words("easter good palm ash pentecost martin presidents mother father labor memorial")
        | words("columbus election thanksgiving"),
    ),
]
