"""Rules for dates written out: "8 October", "Oct. 8, 2024", "2024-10-08", "March 2023", "1998", "1997-98",
"the 1990s".

A year-less date takes the year nearest the document date (the tense breaks
near-ties); without a document date it stays "XXXX-10-08". Four-digit
numbers that count something ("2000 troops") are not years.
"""

from __future__ import annotations

import re
from datetime import date

from storyline.analyse.timex import calendar as cal
from storyline.analyse.timex.lexicon import HOLIDAYS, SEASONS
from storyline.analyse.timex.numbers import TENS_COUNT, parse_count
from storyline.analyse.timex.patterns import (
    DAY,
    DIGITS,
    HOLIDAY,
    HOLIDAY_WORDS,
    MONTH,
    MONTH_WORDS,
    SEASON,
    WEEKDAY,
    YEAR,
    ZONE_AFTER,
    compile_rule,
    words,
)
from storyline.analyse.timex.readings import (
    Context,
    Reading,
    Rule,
    day_number,
    day_reading,
    month_number,
    preceded_by,
)


def _iso(match: re.Match[str], ctx: Context) -> Reading | None:
    dct, tense = ctx.dct, ctx.direction
    year, month, day = (int(g) for g in match.groups())
    return day_reading(dct, month, day, year, tense)


def _slashed(match: re.Match[str], ctx: Context) -> Reading | None:
    dct, tense = ctx.dct, ctx.direction
    first, second, year_text = match.groups()
    year = (
        int(year_text) if len(year_text) == 4 else 1900 + int(year_text) + (100 if int(year_text) < 50 else 0)
    )
    month, day = (int(first), int(second)) if int(first) <= 12 else (int(second), int(first))
    return day_reading(dct, month, day, year, tense)


def _month_day(match: re.Match[str], ctx: Context) -> Reading | None:
    dct, tense = ctx.dct, ctx.direction
    year = match.group("year")
    return day_reading(
        dct, month_number(match.group("month")), day_number(match.group("day")), year and int(year), tense
    )


_RANGE_HEAD = re.compile(rf"(?P<month>{MONTH})\s+{DAY}\s*(?:-|–|to|and|through|until)\s*$")


def _range_end(match: re.Match[str], ctx: Context) -> Reading | None:
    """The second day of "October 8 to 13": its month is the first day's."""
    dct, tense = ctx.dct, ctx.direction
    head = _RANGE_HEAD.search(match.string, max(0, match.start() - 30), match.start())
    if head is None:
        return None
    year = match.group("year")
    return day_reading(
        dct, month_number(head.group("month")), day_number(match.group("day")), year and int(year), tense
    )


def _week_of(match: re.Match[str], ctx: Context) -> Reading | None:
    """ "the week of March 6": the ISO week holding that day."""
    day = match.group("day") or match.group("day2")
    month = match.group("month") or match.group("month2")
    year = match.group("year")
    reading = day_reading(ctx.dct, month_number(month), day_number(day), year and int(year), ctx.direction)
    if reading is None or not reading.value[:4].isdigit():
        return reading and Reading("DATE", "XXXX-WXX")
    return Reading("DATE", cal.week_value(date.fromisoformat(reading.value)), anchored=reading.anchored)


def _month_year(match: re.Match[str], ctx: Context) -> Reading:
    return Reading("DATE", cal.month_value(int(match.group("year")), month_number(match.group("month"))))


def _month_relative_year(match: re.Match[str], ctx: Context) -> Reading:
    month = month_number(match.group("month"))
    if ctx.dct is None:
        return Reading("DATE", f"XXXX-{month:02d}")
    year = ctx.dct.year + {"last": -1, "next": 1}.get(match.group("rel").lower(), 0)
    day = match.group("day") or match.group("day2")
    if day and cal.valid_day(year, month, day_number(day)):  # "25 June last year"
        return Reading("DATE", f"{year:04d}-{month:02d}-{day_number(day):02d}", anchored=True)
    return Reading("DATE", cal.month_value(year, month), anchored=True)


_MONTH_CUE = re.compile(
    r"\b(?:in|since|until|by|of|last|next|this|early|late|mid|from|through|to|during|before|after)\s+$", re.I
)


def _month_alone(match: re.Match[str], ctx: Context) -> Reading | None:
    dct, tense = ctx.dct, ctx.direction
    if match.group("month2") and not match.group("rel") and not preceded_by(match, _MONTH_CUE):
        return None
    month = month_number(match.group("month") or match.group("month2"))
    if dct is None:
        return Reading("DATE", f"XXXX-{month:02d}")
    relation = (match.group("rel") or "").lower()
    if relation == "last":
        year = dct.year if month < dct.month else dct.year - 1
    elif relation == "next":
        year = dct.year if month > dct.month else dct.year + 1
    elif relation == "this":
        year = dct.year
    else:
        year = cal.year_for_month(dct, month, tense())
    return Reading("DATE", cal.month_value(year, month), anchored=True)


# a plural after the number: what it counts ("2000 troops"); a singular noun ending in -us, -is or -ss
# is what the year names ("the 1918 virus", "the 1998 crisis", "the 1881 census")
_COUNTED = re.compile(
    r"\s+(?!(?:as|is|was|has|its|this|his|us|news|always|perhaps|Paris|Wales)\b)[a-z]+s\b(?<![ius]s)"
)


_QUANTITY_BEFORE = re.compile(r"(?:\b(?:about|some|nearly|over|than|to|around|almost|only|all)\s+)$", re.I)


def _counts_something(match: re.Match[str]) -> bool:
    """Whether the number matched counts something rather than naming a year: a plural noun after it
    ("2000 troops") or a word of quantity before it ("some 1500")."""
    text, start = match.string, match.start()
    if _COUNTED.match(text, match.end()):
        return True
    return _QUANTITY_BEFORE.search(text[max(0, start - 12) : start]) is not None


def _year_alone(match: re.Match[str], ctx: Context) -> Reading | None:
    """A four-digit year, unless the number counts something ("2000 troops", "some 1500")."""
    text = match.string
    if ZONE_AFTER.match(text, match.end()):
        return None  # "1653 (2153 GMT)", "1930 CDT": clock times
    if _counts_something(match):
        return None
    return Reading("DATE", f"{int(match.group('year')):04d}")


# "1918-19", "2009/10", "1991-1998": two years joined by a hyphen, dash or slash. The parser reads
# them as one word, so they make one expression (an event takes the expression of its word); TimeML
# has no value for a range, so it takes the first year, when the period began. A range reaching the
# document's year is left to the year rule (its last year), as before: it tells of a period still running.
_YEAR_RANGE = rf"(?<![\w$£€.,/-])(?P<head>{YEAR})[-–/](?P<tail>\d{{2}}|{YEAR})(?![-–:]\d|[\w/%]|[.,]\d)"
_LONGEST_SHORT_RANGE = 10  # "1997-98", "2005-07": a two-digit end closes a span of a few years


def _year_range(match: re.Match[str], ctx: Context) -> Reading | None:
    """ "the 1918-19 pandemic", "from 1991-1998": unless the numbers count something ("1500-2000
    troops", "some 1500-2000") or the second is no later year ("2009-04", "1998-43")."""
    if _counts_something(match):
        return None
    first, tail = int(match.group("head")), match.group("tail")
    if len(tail) == 4:
        last, longest = int(tail), 100
    else:
        last = first - first % 100 + int(tail)
        last, longest = (last + 100 if last <= first else last), _LONGEST_SHORT_RANGE
    if not 0 < last - first <= longest or (ctx.dct is not None and last >= ctx.dct.year):
        return None  # a period still running ("from 2008-2011" in 2009): its first year would make it past
    return Reading("DATE", f"{first:04d}")


_SPELLED_CENTURY = {"nineteen": 1900, "twenty": 2000, "eighteen": 1800}


def _spelled_year(match: re.Match[str], ctx: Context) -> Reading | None:
    """ "nineteen ninety-six", "two thousand and one" (transcribed speech), maybe after a month or season."""
    head = match.group("century")
    spelled = match.group("rest") or match.group("rest2")
    rest = parse_count(spelled) if spelled else 0
    if rest is None or (head is not None and rest < 10):
        return None  # "twenty six percent" is a number; a spoken year says "nineteen oh six"
    year = (2000 if head is None else _SPELLED_CENTURY[head.lower()]) + int(rest)
    if match.group("month"):
        return Reading("DATE", cal.month_value(year, month_number(match.group("month"))))
    if match.group("season"):
        return Reading("DATE", cal.season_value(year, SEASONS[match.group("season").lower()]))
    return Reading("DATE", f"{year:04d}")


_THE_BEFORE = re.compile(r"\bthe\s+(?:early|late|mid)[\s-]+$", re.I)
_SPELLED_DECADES = (
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
)


def _decade(match: re.Match[str], ctx: Context) -> Reading | None:
    dct = ctx.dct
    digits = match.group("decade")
    if digits:
        return Reading("DATE", digits[:3])
    spelled = match.group("spelled")
    if spelled and not preceded_by(match, _THE_BEFORE) and not match.group(0).lower().startswith("the"):
        return None  # "in his forties" is an age; "the nineties", "the late eighties" are decades
    short = f"{_SPELLED_DECADES.index(spelled.lower()) + 2}0" if spelled else match.group("short")
    century = (dct.year // 100) if dct and int(short) <= dct.year % 100 else 19
    return Reading("DATE", f"{century:02d}{short[0]}")


def _century(match: re.Match[str], ctx: Context) -> Reading:
    number = day_number(match.group("ordinal"))
    return Reading("DATE", f"{number - 1:02d}")


def _holiday(match: re.Match[str], ctx: Context) -> Reading | None:
    dct, tense = ctx.dct, ctx.direction
    if preceded_by(match, _GREETING_BEFORE):
        return None  # "Merry Christmas!": a greeting
    name = " ".join(match.group("holiday").lower().replace("’", "'").split())
    month, day = HOLIDAYS[name]
    year = match.group("year")
    return day_reading(dct, month, day, year and int(year), tense)


_GREETING_BEFORE = re.compile(r"\b(?:merry|happy)\s+$", re.I)
_OPT_WEEKDAY = rf"(?:{WEEKDAY},?\s+)?"


EXPLICIT_RULES: list[Rule] = [
    Rule("iso", compile_rule(r"(\d{4})-(\d{2})-(\d{2})"), _iso, anchors=DIGITS),
    Rule("slashed", compile_rule(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})"), _slashed, anchors=DIGITS),
    Rule(
        "month_day",
        compile_rule(rf"{_OPT_WEEKDAY}(?P<month>{MONTH})\s+(?P<day>{DAY})(?:(?:,\s*|\s+)(?P<year>{YEAR}))?"),
        _month_day,
        anchors=MONTH_WORDS,
    ),
    Rule(
        "day_month",
        compile_rule(
            rf"{_OPT_WEEKDAY}(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?"
        ),
        _month_day,
        anchors=MONTH_WORDS,
    ),
    Rule(
        "week_of",
        compile_rule(
            rf"the\s+week\s+of\s+(?:(?P<month>{MONTH})\s+(?P<day>{DAY})|(?P<day2>{DAY})\s+(?P<month2>{MONTH}))"
            rf"(?:,?\s+(?P<year>{YEAR}))?"
        ),
        _week_of,
        anchors=MONTH_WORDS,
    ),
    Rule(
        "range_start",
        compile_rule(
            rf"(?P<day>{DAY})(?=\s*(?:-|–|to|and|through|until)\s*{DAY}\s+(?:of\s+)?(?P<month>{MONTH})"
            rf"(?:,?\s+(?P<year>{YEAR}))?)"
        ),
        _month_day,
        anchors=MONTH_WORDS,
    ),
    Rule(
        "range_end",
        compile_rule(rf"(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?"),
        _range_end,
        anchors=MONTH_WORDS,
    ),
    Rule(
        "month_relative_year",
        compile_rule(
            rf"(?:(?P<day>{DAY})\s+(?:of\s+)?)?(?P<month>{MONTH})(?:\s+(?P<day2>{DAY})\b)?,?\s+(?:of\s+)?"
            r"(?P<rel>this|last|next)\s+year"
        ),
        _month_relative_year,
        anchors=MONTH_WORDS,
    ),
    Rule(
        "month_year",
        compile_rule(rf"(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})"),
        _month_year,
        anchors=MONTH_WORDS,
    ),
    Rule(
        "month",
        compile_rule(
            r"(?:(?P<rel>last|next|this)\s+)?(?:(?P<month>(?-i:January|February|April|June|July|August|September|"
            r"October|November|December))|(?P<month2>(?-i:May|March)))"
        ),
        _month_alone,
        anchors=MONTH_WORDS,
    ),
    Rule(
        "year",
        compile_rule(rf"(?:the\s+year\s+)?(?P<year>{YEAR})(?!\s*(?:%|percent|[-–]\s*\d))"),
        _year_alone,
        anchors=DIGITS,
    ),
    Rule("year_range", re.compile(_YEAR_RANGE), _year_range, anchors=DIGITS),
    Rule(
        "spelled_year",
        compile_rule(
            rf"(?:(?P<month>{MONTH})\s+|the\s+(?P<season>{SEASON})\s+of\s+|the\s+year\s+)?"
            rf"(?:(?P<century>nineteen|twenty|eighteen)[\s-]+(?P<rest>{TENS_COUNT})"
            rf"|two\s+thousand(?:\s+and)?(?:[\s-]+(?P<rest2>{TENS_COUNT}))?)"
        ),
        _spelled_year,
        anchors=words("nineteen twenty eighteen thousand"),
    ),
    Rule(
        "decade",
        compile_rule(
            rf"(?:the\s+)?(?:(?P<decade>1[5-9]\d0|20[0-9]0)'?s|'(?P<short>\d0)s)"
            rf"|(?:the\s+)?(?P<spelled>{'|'.join(_SPELLED_DECADES)})"
        ),
        _decade,
        anchors=DIGITS | frozenset(_SPELLED_DECADES),
    ),
    Rule(
        "century",
        compile_rule(r"(?:the\s+)?(?P<ordinal>\d{1,2}(?:st|nd|rd|th))[\s-]+century"),
        _century,
        anchors=DIGITS,
    ),
    Rule(
        "holiday",
        compile_rule(rf"(?P<holiday>{HOLIDAY})(?:,?\s+(?P<year>{YEAR}))?"),
        _holiday,
        anchors=HOLIDAY_WORDS,
    ),
]
