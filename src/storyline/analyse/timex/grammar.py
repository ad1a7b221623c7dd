"""The regular-expression grammar of time expressions and what each rule means.

Each `Rule` pairs a compiled pattern with a builder that turns a match into a
`Reading` (TIMEX3 type, value, mod) given the document date and the tense
around the match. Month names must be capitalized ("may" and "march" the
verbs are not months) and a bare "May"/"March" needs a date-like neighbour.
Choosing among overlapping matches and widening a match with modifiers
("early", "the end of", "about") is the tagger's job, not this module's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from storyline.analyse.timex import calendar as cal
from storyline.analyse.timex.lexicon import (
    HOLIDAYS,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNIT_PLURALS,
    UNITS,
    VAGUE_REFERENCES,
    WEEKDAYS,
    alternation,
)
from storyline.analyse.timex.numbers import COUNT, parse_count


@dataclass(frozen=True, slots=True)
class Reading:
    """What a rule makes of a match."""

    type: str
    value: str
    mod: str | None = None
    anchored: bool = False


Tense = Callable[[], int]


@dataclass(frozen=True, slots=True)
class Context:
    """What a builder may consult besides its match."""

    dct: date | None
    direction: Tense  # PAST, UNKNOWN or FUTURE for the match, computed on demand
    previous: str | None = None  # value of the last calendar expression before the match


Builder = Callable[[re.Match[str], Context], Reading | None]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    build: Builder
    anaphoric: bool = False  # reads the last mentioned period, so never becomes the reference itself


# --- fragments -----------------------------------------------------------------------------------

_MONTH_FULL = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH_CAPS = r"(?-i:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR}|{_MONTH_CAPS})"
_WEEKDAY_FULL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_ABBR = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\."
WEEKDAY = rf"(?-i:{_WEEKDAY_FULL}|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|{_WEEKDAY_ABBR})"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_PART = alternation(PARTS_OF_DAY)
_UNIT_WORDS = alternation([*UNITS, *UNIT_PLURALS])
UNIT = rf"(?:{_UNIT_WORDS})(?:s|es)?"
_SEASON = alternation(SEASONS)
_ORDINAL = alternation(ORDINALS)
_B = r"(?<![\w$£€.,/])"  # start of a word, not inside a number or a figure
_E = r"(?![\w/])"

_HOLIDAY = alternation(HOLIDAYS).replace("'", "['’]")
_FLAGS = re.IGNORECASE


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(_B + pattern + _E, _FLAGS)


# --- helpers -------------------------------------------------------------------------------------


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _weekday(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip(".")]


def _day(word: str) -> int:
    return int(re.sub(r"\D", "", word))


def _unit(word: str) -> tuple[str, int, bool]:
    word = word.lower()
    word = UNIT_PLURALS.get(word, word)
    if word not in UNITS and word.endswith("s"):
        word = word[:-1]
    return UNITS[word]


def _preceded_by(match: re.Match[str], pattern: re.Pattern[str]) -> bool:
    """Whether the words just before the match end with `pattern` (which is anchored with $)."""
    return bool(pattern.search(match.string[max(0, match.start() - 24) : match.start()]))


_MONTH_CUE = re.compile(
    r"\b(?:in|since|until|by|of|last|next|this|early|late|mid|from|through|to|during|before|after)\s+$", re.I
)
_SEASON_CUE = re.compile(r"\b(?:in|the|since|until|by|during|early|late|mid|this|of|last|next)\s+$", re.I)
_REPEAT_CUE = re.compile(r"\b(?:times|once|twice)\s+$", re.I)


def _day_reading(dct: date | None, month: int, day: int, year: int | None, tense: Tense) -> Reading | None:
    if year is not None:
        return (
            Reading("DATE", f"{year:04d}-{month:02d}-{day:02d}") if cal.valid_day(year, month, day) else None
        )
    if dct is None:
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}")
    resolved = cal.year_for(dct, month, day, tense())
    return Reading("DATE", f"{resolved:04d}-{month:02d}-{day:02d}", anchored=True)


def duration_value(amount: float | None, unit: tuple[str, int, bool]) -> str:
    letter, size, is_time = unit
    prefix = "PT" if is_time else "P"
    if letter == "DE":
        letter, size = "Y", 10 * size
    elif letter == "CE":
        letter, size = "Y", 100 * size
    if amount is None:
        return f"{prefix}X{letter}"
    total = amount * size
    if total == int(total):
        return f"{prefix}{int(total)}{letter}"
    return _fractional(prefix, total, letter)


def _fractional(prefix: str, total: float, letter: str) -> str:
    smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60)}
    if letter not in smaller:
        return f"{prefix}{total:g}{letter}"
    small, factor = smaller[letter]
    whole = int(total)
    rest = round((total - whole) * factor)
    time = "T" if small in "HM" and letter in "DH" and prefix == "P" else ""
    head = f"{whole}{letter}" if whole else ""
    return f"{prefix}{head}{time}{rest}{small}"


# --- builders: explicit dates --------------------------------------------------------------------


def _iso(match: re.Match[str], ctx: Context) -> Reading | None:
    dct, tense = ctx.dct, ctx.direction
    year, month, day = (int(g) for g in match.groups())
    return _day_reading(dct, month, day, year, tense)


def _slashed(match: re.Match[str], ctx: Context) -> Reading | None:
    dct, tense = ctx.dct, ctx.direction
    first, second, year_text = match.groups()
    year = (
        int(year_text) if len(year_text) == 4 else 1900 + int(year_text) + (100 if int(year_text) < 50 else 0)
    )
    month, day = (int(first), int(second)) if int(first) <= 12 else (int(second), int(first))
    return _day_reading(dct, month, day, year, tense)


def _month_day(match: re.Match[str], ctx: Context) -> Reading | None:
    dct, tense = ctx.dct, ctx.direction
    year = match.group("year")
    return _day_reading(
        dct, _month(match.group("month")), _day(match.group("day")), year and int(year), tense
    )


_RANGE_HEAD = re.compile(rf"(?P<month>{MONTH})\s+{DAY}\s*(?:-|–|to|and|through|until)\s*$")


def _range_end(match: re.Match[str], ctx: Context) -> Reading | None:
    """The second day of "October 8 to 13": its month is the first day's."""
    dct, tense = ctx.dct, ctx.direction
    head = _RANGE_HEAD.search(match.string, max(0, match.start() - 30), match.start())
    if head is None:
        return None
    year = match.group("year")
    return _day_reading(dct, _month(head.group("month")), _day(match.group("day")), year and int(year), tense)


def _month_year(match: re.Match[str], ctx: Context) -> Reading:
    return Reading("DATE", cal.month_value(int(match.group("year")), _month(match.group("month"))))


def _month_relative_year(match: re.Match[str], ctx: Context) -> Reading:
    month = _month(match.group("month"))
    if ctx.dct is None:
        return Reading("DATE", f"XXXX-{month:02d}")
    year = ctx.dct.year + {"last": -1, "next": 1}.get(match.group("rel").lower(), 0)
    return Reading("DATE", cal.month_value(year, month), anchored=True)


def _month_alone(match: re.Match[str], ctx: Context) -> Reading | None:
    dct, tense = ctx.dct, ctx.direction
    if match.group("month2") and not match.group("rel") and not _preceded_by(match, _MONTH_CUE):
        return None
    month = _month(match.group("month") or match.group("month2"))
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


_COUNTED = re.compile(r"\s+(?!(?:as|is|was|has|its|this|his|us|news|always|perhaps|Paris|Wales)\b)[a-z]+s\b")
_QUANTITY_BEFORE = re.compile(
    r"(?:\b(?:about|some|nearly|over|than|to|around|almost|only|all|of\s+the)\s+)$", re.I
)


def _year_alone(match: re.Match[str], ctx: Context) -> Reading | None:
    """A four-digit year, unless the number counts something ("2000 troops", "some 1500")."""
    text = match.string
    if _COUNTED.match(text, match.end()) or _QUANTITY_BEFORE.search(
        text[max(0, match.start() - 12) : match.start()]
    ):
        return None
    return Reading("DATE", f"{int(match.group('year')):04d}")


def _decade(match: re.Match[str], ctx: Context) -> Reading | None:
    dct = ctx.dct
    digits = match.group("decade")
    if digits:
        return Reading("DATE", digits[:3])
    short = match.group("short")
    century = (dct.year // 100) if dct and int(short) <= dct.year % 100 else 19
    return Reading("DATE", f"{century:02d}{short[0]}")


def _century(match: re.Match[str], ctx: Context) -> Reading:
    number = _day(match.group("ordinal"))
    return Reading("DATE", f"{number - 1:02d}")


def _holiday(match: re.Match[str], ctx: Context) -> Reading | None:
    dct, tense = ctx.dct, ctx.direction
    name = " ".join(match.group("holiday").lower().replace("’", "'").split())
    month, day = HOLIDAYS[name]
    year = match.group("year")
    return _day_reading(dct, month, day, year and int(year), tense)


def _thanksgiving(match: re.Match[str], ctx: Context) -> Reading | None:
    """US Thanksgiving, the fourth Thursday of November; the year nearest the document date."""
    if match.group("year"):
        return Reading("DATE", _fourth_thursday(int(match.group("year"))).isoformat())
    if ctx.dct is None:
        return Reading("DATE", "XXXX-11-XX")
    days = [_fourth_thursday(ctx.dct.year + offset) for offset in (-1, 0, 1)]
    if match.group("rel"):
        days = [d for d in days if d < ctx.dct]
    return Reading("DATE", min(days, key=lambda d: abs((d - ctx.dct).days)).isoformat(), anchored=True)  # type: ignore[operator]


def _fourth_thursday(year: int) -> date:
    first = date(year, 11, 1)
    return first + timedelta(days=(3 - first.weekday()) % 7 + 21)


# --- builders: relative to the document date ------------------------------------------------------


_DAY_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


def _day_word(match: re.Match[str], ctx: Context) -> Reading:
    dct = ctx.dct
    before = match.group("before")
    word = (match.group("word") or "").lower()
    part = (match.group("part") or "").lower()
    if word == "tonight":
        part = part or "night"
    offset = (-2 if before.lower().startswith("before") else 2) if before else _DAY_WORDS[word]
    if dct is None:
        return Reading("TIME" if part else "DATE", "XXXX-XX-XX" + (f"T{PARTS_OF_DAY[part]}" if part else ""))
    value = (dct + timedelta(days=offset)).isoformat()
    if part:
        return Reading("TIME", f"{value}T{PARTS_OF_DAY[part]}", anchored=True)
    return Reading("DATE", value, anchored=True)


def _this_part(match: re.Match[str], ctx: Context) -> Reading:
    dct = ctx.dct
    part = PARTS_OF_DAY[match.group("part").lower()]
    day = dct
    if dct is not None and match.group("rel").lower() == "last":
        day = dct - timedelta(days=1)
    value = day.isoformat() if day else "XXXX-XX-XX"
    return Reading("TIME", f"{value}T{part}", anchored=dct is not None)


def _weekday_rule(match: re.Match[str], ctx: Context) -> Reading:
    dct, tense = ctx.dct, ctx.direction
    weekday = _weekday(match.group("weekday"))
    if dct is None:
        return Reading("DATE", f"XXXX-WXX-{weekday + 1}")
    relation = (match.group("rel") or "").lower()
    if relation in ("last", "past", "previous"):
        day = cal.weekday_strict(dct, weekday, cal.PAST)
    elif relation in ("next", "coming"):
        day = cal.weekday_strict(dct, weekday, cal.FUTURE)
    elif relation == "this":
        day = cal.weekday_in_week(dct, weekday)
    else:
        day = cal.weekday_near(dct, weekday, tense())
    return Reading("DATE", day.isoformat(), anchored=True)


_RELATION_SHIFT = {
    "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1, "this": 0,
    "current": 0, "present": 0, "same": 0, "that": 0,
}  # fmt: skip


def _relative_unit(match: re.Match[str], ctx: Context) -> Reading | None:
    dct, tense = ctx.dct, ctx.direction
    relation = " ".join(match.group("rel").lower().split())
    shift = -1 if relation.startswith("this past") else _RELATION_SHIFT[relation.split()[-1]]
    unit_word = match.group("unit").lower()
    if unit_word == "weekend":
        if dct is None:
            return Reading("DATE", "XXXX-WXX-WE")
        direction = cal.PAST if shift < 0 else cal.FUTURE if shift > 0 else tense()
        return Reading("DATE", cal.weekend_value(dct, direction), anchored=True)
    if unit_word in SEASONS and relation.startswith("this past") and dct is not None:
        code = SEASONS[unit_word]
        year = dct.year if _SEASON_START[code] < dct.month else dct.year - 1
        return Reading("DATE", cal.season_value(year, code), anchored=True)
    if unit_word in SEASONS:
        return _season_relative(dct, SEASONS[unit_word], shift)
    letter = _unit(unit_word)[0]
    if letter in ("DE", "CE") and shift != 0:
        return Reading("DURATION", duration_value(1, _unit(unit_word)))
    if dct is None:
        return Reading(
            "DATE", {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX"}.get(letter, "XXXX")
        )
    value = cal.shifted_value(dct, letter, shift)
    return Reading("DATE", value, anchored=True) if value else None


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _weekend(match: re.Match[str], ctx: Context) -> Reading:
    """The weekend just past (or coming, as the tense says)."""
    if ctx.dct is None:
        return Reading("DATE", "XXXX-WXX-WE")
    return Reading("DATE", cal.weekend_value(ctx.dct, ctx.direction()), anchored=True)


def _season_relative(dct: date | None, code: str, shift: int) -> Reading:
    if dct is None:
        return Reading("DATE", f"XXXX-{code}")
    return Reading("DATE", cal.season_value(dct.year + shift, code), anchored=True)


def _season(match: re.Match[str], ctx: Context) -> Reading | None:
    dct = ctx.dct
    if match.group("season") and not match.group("year") and not _preceded_by(match, _SEASON_CUE):
        return None
    code = SEASONS[(match.group("season") or match.group("season2")).lower()]
    year = match.group("year") or match.group("year2")
    if year:
        return Reading("DATE", cal.season_value(int(year), code))
    return _season_relative(dct, code, 0)


def _ago(match: re.Match[str], ctx: Context) -> Reading | None:
    dct = ctx.dct
    amount = parse_count(match.group("count"))
    letter = _unit(match.group("unit"))[0]
    direction = match.group("dir").lower()
    sign = 1 if direction in ("later", "from now", "hence") else -1
    if dct is None or amount is None or letter in ("H", "S"):
        return Reading("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", anchored=dct is not None)
    if letter == "M" and _unit(match.group("unit"))[2]:
        return None
    whole = round(amount)
    if letter == "DE":
        letter, whole = "Y", 10 * whole
    if letter == "Y" and _is_quarter(ctx.previous):
        return Reading("DATE", _shift_quarter_years(ctx.previous, sign * whole), anchored=True)
    value = cal.shifted_value(dct, letter, sign * whole)
    return Reading("DATE", value, anchored=True) if value else None


_QUARTER_VALUE = re.compile(r"^(\d{4})-(Q[1-4])$")


def _is_quarter(value: str | None) -> bool:
    return value is not None and _QUARTER_VALUE.match(value) is not None


def _shift_quarter_years(value: str, years: int) -> str:
    """"2024-Q3" a year back is "2023-Q3": a year-on-year comparison keeps the quarter."""
    year, quarter = _QUARTER_VALUE.match(value).groups()  # type: ignore[union-attr]
    return f"{int(year) + years:04d}-{quarter}"


def _year_ago(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the year-earlier quarter", "year-ago": the period last mentioned (or the current year), a year back."""
    ordinal = match.group("ordinal")
    if ctx.dct is None and not _is_quarter(ctx.previous):
        return Reading("DATE", "XXXX")
    if ordinal:
        year = int(ctx.previous[:4]) if _is_quarter(ctx.previous) else ctx.dct.year  # type: ignore[index,union-attr]
        return Reading("DATE", f"{year - 1:04d}-Q{ORDINALS[ordinal.lower()] % 5 or 4}", anchored=True)
    if _is_quarter(ctx.previous):
        return Reading("DATE", _shift_quarter_years(ctx.previous, -1), anchored=True)  # type: ignore[arg-type]
    if ctx.dct is None:
        return Reading("DATE", "XXXX")
    if "quarter" in match.group(0).lower():
        return Reading("DATE", cal.shifted_value(ctx.dct, "Q", -5) or "XXXX", anchored=True)
    return Reading("DATE", f"{ctx.dct.year - 1:04d}", anchored=True)


def _reporting_period(match: re.Match[str], ctx: Context) -> Reading | None:
    """"the latest quarter", "the quarter": the quarter last mentioned, else the last one completed."""
    if _is_quarter(ctx.previous):
        return Reading("DATE", ctx.previous, anchored=True)  # type: ignore[arg-type]
    if ctx.dct is None:
        return Reading("DATE", "XXXX-QX")
    adjective = (match.group("adj") or "").lower()
    shift = 0 if adjective == "current" or match.group(0).lower().startswith("this") else -1
    return Reading("DATE", cal.shifted_value(ctx.dct, "Q", shift) or "XXXX-QX", anchored=True)


def _quarter(match: re.Match[str], ctx: Context) -> Reading | None:
    dct = ctx.dct
    number = ORDINALS[match.group("ordinal").lower()]
    half = match.group("part").lower().startswith("half")
    code = f"H{2 if number == -1 else number}" if half else f"Q{4 if number == -1 else number}"
    if (half and number > 2) or number > 4:
        return None
    year = match.group("year") or match.group("year2")
    if year:
        return Reading("DATE", f"{int(year):04d}-{code}")
    if dct is None:
        return Reading("DATE", f"XXXX-{code}")
    return Reading("DATE", f"{_quarter_year(match, dct, code):04d}-{code}", anchored=True)


def _quarter_year(match: re.Match[str], dct: date, code: str) -> int:
    owner = (match.group("owner") or "").lower()
    if owner.startswith("last"):
        return dct.year - 1
    if owner.startswith("next"):
        return dct.year + 1
    current = cal.quarter_of(dct.month) if code[0] == "Q" else (1 if dct.month <= 6 else 2)
    return dct.year if int(code[1]) <= current or owner.startswith("this") else dct.year - 1


def _q_number(match: re.Match[str], ctx: Context) -> Reading | None:
    dct = ctx.dct
    code = f"Q{match.group('q')}"
    year = match.group("year")
    if year:
        full = int(year) if len(year) == 4 else 2000 + int(year)
        return Reading("DATE", f"{full:04d}-{code}")
    if dct is None:
        return Reading("DATE", f"XXXX-{code}")
    return Reading("DATE", f"{dct.year:04d}-{code}", anchored=True)


def _fiscal(match: re.Match[str], ctx: Context) -> Reading:
    return Reading("DATE", f"{int(match.group('year')):04d}")


def _boundary(match: re.Match[str], ctx: Context) -> Reading | None:
    dct = ctx.dct
    word = match.group("edge").lower()
    mod = {"beginning": "START", "start": "START", "middle": "MID", "end": "END", "close": "END"}[word]
    letter = _unit(match.group("unit"))[0]
    if dct is None:
        return Reading("DATE", {"W": "XXXX-WXX", "M": "XXXX-XX"}.get(letter, "XXXX"), mod)
    value = cal.shifted_value(dct, letter, 0)
    return Reading("DATE", value, mod, anchored=True) if value else None


# --- builders: durations, sets, times, vague references ------------------------------------------


_NOUN_AFTER = re.compile(r"\s+(?!(?:ago|later|earlier|and|or|to|in|of|for|after|before)\b)[a-z]")


def _duration(match: re.Match[str], ctx: Context) -> Reading | None:
    """"two years"; a singular unit after a number above one is no duration ("the 1988 quarter")."""
    unit_word = match.group("unit")
    amount = parse_count(match.group("count"))
    if amount is not None and amount > 1 and not unit_word.lower().endswith("s"):
        return None
    if unit_word[0].isupper() or (unit_word.lower() == "second" and _NOUN_AFTER.match(match.string, match.end())):
        return None  # "60 Minutes" the programme, "a second betrayal"
    if amount is not None and match.group("half"):
        amount += 0.5
    return Reading("DURATION", duration_value(amount, _unit(unit_word)))


def _adjectival_duration(match: re.Match[str], ctx: Context) -> Reading | None:
    unit = _unit(match.group("unit"))
    amount = parse_count(match.group("count").replace("-", " "))
    return Reading("DURATION", duration_value(amount, unit))


def _vague_span(match: re.Match[str], ctx: Context) -> Reading:
    """"the coming days" points ahead (FUTURE_REF); "recent weeks" is a span of unknown length."""
    word = " ".join(match.group("rel").lower().split())
    if word in ("coming", "upcoming"):
        return Reading("DATE", "FUTURE_REF", anchored=ctx.dct is not None)
    if word.startswith(("past", "last")) or match.group("unit").lower() == "years":
        return Reading("DATE", "PAST_REF", anchored=ctx.dct is not None)
    return Reading("DURATION", duration_value(None, _unit(match.group("unit"))))


# "quarterly" is left out: news uses it for reports and dividends, not for a recurrence.
_ADVERB_SETS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
    "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "biweekly": "P2W", "biannually": "P6M",
}  # fmt: skip


def _adverb_set(match: re.Match[str], ctx: Context) -> Reading:
    return Reading("SET", _ADVERB_SETS[match.group("word").lower()])


def _every(match: re.Match[str], ctx: Context) -> Reading | None:
    target = match.group("target")
    lowered = target.lower()
    if lowered.rstrip("s") in {w.rstrip("s") for w in WEEKDAYS}:
        return Reading("SET", f"XXXX-WXX-{_weekday(target.rstrip('s')) + 1}")
    if lowered in SEASONS:
        return Reading("SET", f"XXXX-{SEASONS[lowered]}")
    if lowered.rstrip(".") in MONTHS:
        return Reading("SET", f"XXXX-{_month(target):02d}")
    amount = 2.0 if match.group("other") else 1.0
    return Reading("SET", duration_value(amount, _unit(target)))


def _per_unit(match: re.Match[str], ctx: Context) -> Reading | None:
    if not _preceded_by(match, _REPEAT_CUE):
        return None
    return Reading("SET", duration_value(1, _unit(match.group("unit"))))


def _weekday_plural(match: re.Match[str], ctx: Context) -> Reading:
    weekday = _weekday(match.group("weekday"))
    part = match.group("part")
    return Reading("SET", f"XXXX-WXX-{weekday + 1}" + (f"T{PARTS_OF_DAY[part.lower()]}" if part else ""))


def _clock(match: re.Match[str], ctx: Context) -> Reading | None:
    dct, tense = ctx.dct, ctx.direction
    hour = int(match.group("hour"))
    minute = int(match.group("minute") or 0)
    meridiem = (match.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if hour > 23 or minute > 59 or (meridiem and hour > 12):
        return None
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    return _time_on(match, dct, tense, f"{hour:02d}:{minute:02d}")


_HIGH_BEFORE = re.compile(r"\bhigh\s+$", re.I)


def _noon(match: re.Match[str], ctx: Context) -> Reading | None:
    if _preceded_by(match, _HIGH_BEFORE):
        return None
    dct, tense = ctx.dct, ctx.direction
    clock = "12:00" if match.group("word").lower() in ("noon", "midday") else "24:00"
    return _time_on(match, dct, tense, clock)


def _time_on(match: re.Match[str], dct: date | None, tense: Tense, clock: str) -> Reading:
    day: date | None = dct
    weekday = match.group("weekday")
    word = (match.group("dayword") or "").lower()
    if dct is not None and weekday:
        day = cal.weekday_near(dct, _weekday(weekday), tense())
    elif dct is not None and word:
        day = dct + timedelta(days=_DAY_WORDS[word])
    if day is None:
        return Reading("TIME", f"XXXX-XX-XXT{clock}")
    return Reading("TIME", f"{day.isoformat()}T{clock}", anchored=True)


_CONJUNCTION_AFTER = re.compile(r"\s+(?:after|before|as|than|that|afterwards?|thereafter)\b", re.I)
_AS_BEFORE = re.compile(r"\bas\s+$", re.I)


def _vague(match: re.Match[str], ctx: Context) -> Reading | None:
    """"now", "recently", "the future"; not the conjunctions "as soon as", "soon after", "now that"."""
    if _CONJUNCTION_AFTER.match(match.string, match.end()) or _preceded_by(match, _AS_BEFORE):
        return None
    key = " ".join(match.group("word").lower().split())
    if key == "soon" and ctx.direction() == cal.PAST:
        return None  # "was soon released": narrative, not a pointer to the future
    return Reading("DATE", VAGUE_REFERENCES[key], anchored=ctx.dct is not None)


# --- the rules -----------------------------------------------------------------------------------

_OPT_WEEKDAY = rf"(?:{WEEKDAY},?\s+)?"
_REL = r"(?P<rel>last|next|this|coming|past|previous)"
_DAY_WORD = r"(?:today|yesterday|tomorrow|tonight)"
_TZ = r"(?:\s+(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|BST|CET|CEST|local\s+time|Kyiv\s+time|Moscow\s+time))?"
_CLOCK_DAY = rf"(?:,?\s+(?:(?:on\s+)?(?P<weekday>{WEEKDAY})|(?P<dayword>today|yesterday|tomorrow)))?"
_YEAR_OWNER = r"(?P<owner>(?:last|this|next)\s+year['’]?s)"

RULES: list[Rule] = [
    Rule("iso", _compile(r"(\d{4})-(\d{2})-(\d{2})"), _iso),
    Rule("slashed", _compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})"), _slashed),
    Rule(
        "month_day",
        _compile(rf"{_OPT_WEEKDAY}(?P<month>{MONTH})\s+(?P<day>{DAY})(?:(?:,\s*|\s+)(?P<year>{YEAR}))?"),
        _month_day,
    ),
    Rule(
        "day_month",
        _compile(
            rf"{_OPT_WEEKDAY}(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?"
        ),
        _month_day,
    ),
    Rule(
        "range_start",
        _compile(
            rf"(?P<day>{DAY})(?=\s*(?:-|–|to|and|through|until)\s*{DAY}\s+(?:of\s+)?(?P<month>{MONTH})"
            rf"(?:,?\s+(?P<year>{YEAR}))?)"
        ),
        _month_day,
    ),
    Rule("range_end", _compile(rf"(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR}))?"), _range_end),
    Rule(
        "month_relative_year",
        _compile(rf"(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year"),
        _month_relative_year,
    ),
    Rule("month_year", _compile(rf"(?P<month>{MONTH}),?\s+(?:of\s+)?(?P<year>{YEAR})"), _month_year),
    Rule(
        "month",
        _compile(
            r"(?:(?P<rel>last|next|this)\s+)?(?:(?P<month>(?-i:January|February|April|June|July|August|September|"
            r"October|November|December))|(?P<month2>(?-i:May|March)))"
        ),
        _month_alone,
    ),
    Rule("year", _compile(rf"(?:the\s+year\s+)?(?P<year>{YEAR})(?!\s*(?:%|percent|[-–]\s*\d))"), _year_alone),
    Rule(
        "decade",
        _compile(r"(?:the\s+)?(?:(?P<decade>1[5-9]\d0|20[0-9]0)'?s|'(?P<short>\d0)s)"),
        _decade,
    ),
    Rule("century", _compile(r"(?:the\s+)?(?P<ordinal>\d{1,2}(?:st|nd|rd|th))[\s-]+century"), _century),
    Rule("weekend", _compile(r"the\s+weekend"), _weekend),
    Rule(
        "holiday",
        _compile(rf"(?P<holiday>{_HOLIDAY})(?:,?\s+(?P<year>{YEAR}))?"),
        _holiday,
    ),
    Rule(
        "thanksgiving",
        _compile(rf"(?:(?P<rel>last)\s+)?Thanksgiving(?:\s+Day)?(?:,?\s+(?P<year>{YEAR}))?"),
        _thanksgiving,
    ),
    Rule(
        "day_word",
        _compile(
            rf"(?:the\s+day\s+(?P<before>before\s+yesterday|after\s+tomorrow)|(?P<word>{_DAY_WORD})(?:\s+(?P<part>{_PART}))?)"
        ),
        _day_word,
    ),
    Rule(
        "this_part", _compile(r"(?P<rel>this|last)\s+(?P<part>morning|afternoon|evening|night)"), _this_part
    ),
    Rule(
        "weekday",
        _compile(
            rf"(?:{_REL}\s+)?(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{_PART}))?(?!\s*,?\s*(?:{MONTH})\s+\d)"
        ),
        _weekday_rule,
    ),
    Rule(
        "relative_unit",
        _compile(
            r"(?:the\s+)?(?P<rel>this\s+past|last|next|this|coming|past|previous|following|current|present|same)"
            rf"\s+(?P<unit>week|weekend|month|year|quarter|decade|century|{_SEASON})"
        ),
        _relative_unit,
    ),
    Rule(
        "season",
        _compile(
            rf"(?P<season>{_SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR}))?|(?P<season2>{_SEASON})\s+(?P<year2>{YEAR})"
        ),
        _season,
    ),
    Rule(
        "ago",
        _compile(
            rf"(?P<count>{COUNT})\s+(?P<unit>{UNIT})\s+(?P<dir>ago|earlier|later|from\s+now|hence)"
        ),
        _ago,
        anaphoric=True,
    ),
    Rule(
        "quarter",
        _compile(
            rf"(?:(?:{_YEAR_OWNER}|the)\s+)?(?:(?P<year>{YEAR})\s+)?(?:fiscal[\s-]+)?(?P<ordinal>{_ORDINAL})\s+"
            rf"(?:fiscal\s+)?(?P<part>quarter|half)(?:\s+of\s+(?:fiscal\s+)?(?P<year2>{YEAR}))?"
        ),
        _quarter,
    ),
    Rule(
        "quarter_adjective",
        _compile(
            rf"(?:{_YEAR_OWNER}\s+)?(?:(?P<year>{YEAR})\s+)?(?:fiscal[\s-]+)?(?P<ordinal>{_ORDINAL})-"
            r"(?P<part>quarter|half)(?P<year2>)"
        ),
        _quarter,
    ),
    Rule(
        "year_ago",
        _compile(
            r"(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?year[\s-](?:ago|earlier)"
            rf"(?:\s+(?:(?P<ordinal>{_ORDINAL})\s+)?(?:fiscal\s+)?(?:quarter|period))?"
        ),
        _year_ago,
        anaphoric=True,
    ),
    Rule(
        "reporting_period",
        _compile(
            r"(?:the|that|this)\s+(?:(?P<adj>latest|most\s+recent|same|current|recent|just-ended|comparable)\s+)?"
            r"(?:fiscal\s+)?quarter(?!\s*(?:of|-|century|mile|point|percent|hour)\b)"
            r"|(?:the|that)\s+(?P<adj2>latest|same|comparable)\s+period"
        ),
        _reporting_period,
        anaphoric=True,
    ),
    Rule("q_number", _compile(r"Q(?P<q>[1-4])(?:[\s/-]*(?P<year>\d{4}|\d{2}))?"), _q_number),
    Rule("fiscal", _compile(rf"(?:the\s+)?fiscal(?:\s+year)?\s+(?P<year>{YEAR})"), _fiscal),
    Rule(
        "boundary",
        _compile(
            r"the\s+(?P<edge>beginning|start|middle|end|close)\s+of\s+(?:the|this)\s+(?P<unit>year|month|week|decade|century)"
        ),
        _boundary,
    ),
    Rule(
        "duration",
        _compile(
            r"(?:the\s+)?(?:(?:past|last|next|first|coming|previous|following|final|remaining|latest|same|"
            rf"another|additional|further|more)\s+)?(?P<count>{COUNT})\s+(?:more\s+|full\s+|long\s+)?(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?"
            r"(?!\s+(?:ago|earlier|later|from\s+now|hence)|-?\s*old\b)"
        ),
        _duration,
    ),
    Rule(
        "adjectival_duration",
        _compile(
            rf"(?P<count>\d+(?:\.\d+)?|{COUNT})-(?P<unit>second|minute|hour|day|week|month|year|decade)(?!s?-old)"
        ),
        _adjectival_duration,
    ),
    Rule(
        "vague_span",
        _compile(
            r"(?:the\s+)?(?P<rel>coming|recent|upcoming|(?:past|last)\s+(?:few|several))\s+"
            r"(?P<unit>days|weeks|months|quarters|years)"
        ),
        _vague_span,
    ),
    Rule("adverb_set", _compile(rf"(?P<word>{alternation(_ADVERB_SETS)})"), _adverb_set),
    Rule(
        "every",
        _compile(
            rf"(?:every|each)\s+(?P<other>other\s+)?(?P<target>{_UNIT_WORDS}|{_WEEKDAY_FULL}|{_SEASON}|{_MONTH_FULL})"
        ),
        _every,
    ),
    Rule("per_unit", _compile(r"(?:a|per)\s+(?P<unit>day|week|month|year)"), _per_unit),
    Rule(
        "weekday_plural",
        _compile(rf"(?P<weekday>{_WEEKDAY_FULL})s(?:\s+(?P<part>{_PART}))?"),
        _weekday_plural,
    ),
    Rule(
        "clock",
        _compile(
            r"(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\b\.?|o'clock)"
            + _TZ
            + _CLOCK_DAY
        ),
        _clock,
    ),
    Rule("clock24", _compile(r"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)" + _TZ + _CLOCK_DAY), _clock),
    Rule("noon", _compile(r"(?P<word>noon|midday|midnight)" + _CLOCK_DAY), _noon),
    Rule("vague", _compile(rf"(?P<word>{alternation(VAGUE_REFERENCES)})"), _vague),
]
