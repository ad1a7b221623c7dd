"""Rules for reporting periods: quarters, halves, fiscal years and year-on-year comparisons.

Business news compares "the third quarter" with "the year-earlier quarter"
or "a year ago": such phrases refer back to the quarter last mentioned (one
year earlier), and "the latest quarter" to the quarter last mentioned or the
last one completed before the document date.
"""

from __future__ import annotations

import re
from datetime import date

from storyline.analyse.timex import calendar as cal
from storyline.analyse.timex.lexicon import ORDINALS
from storyline.analyse.timex.patterns import ORDINAL, YEAR, YEAR_OWNER, compile_rule, words
from storyline.analyse.timex.readings import Context, Reading, Rule, preceded_by

_QUARTER_VALUE = re.compile(r"^(\d{4})-(Q[1-4])$")


def is_quarter(value: str | None) -> bool:
    return value is not None and _QUARTER_VALUE.match(value) is not None


def shift_quarter_years(value: str, years: int) -> str:
    """A quarter a year back ("2024-Q3" → "2023-Q3"): year-on-year comparisons keep the quarter."""
    year, quarter = _QUARTER_VALUE.match(value).groups()  # type: ignore[union-attr]
    return f"{int(year) + years:04d}-{quarter}"


def _year_ago(match: re.Match[str], ctx: Context) -> Reading | None:
    """For "the year-earlier quarter", "year-ago": the period last mentioned (or this year), a year back."""
    ordinal = match.group("ordinal")
    if ctx.dct is None and not is_quarter(ctx.previous):
        return Reading("DATE", "XXXX")
    if ordinal:
        year = int(ctx.previous[:4]) if is_quarter(ctx.previous) else ctx.dct.year  # type: ignore[index,union-attr]
        return Reading("DATE", f"{year - 1:04d}-Q{ORDINALS[ordinal.lower()] % 5 or 4}", anchored=True)
    if is_quarter(ctx.previous):
        return Reading("DATE", shift_quarter_years(ctx.previous, -1), anchored=True)  # type: ignore[arg-type]
    if ctx.dct is None:
        return Reading("DATE", "XXXX")
    if "quarter" in match.group(0).lower():
        return Reading("DATE", cal.shifted_value(ctx.dct, "Q", -5) or "XXXX", anchored=True)
    return Reading("DATE", f"{ctx.dct.year - 1:04d}", anchored=True)


def _reporting_period(match: re.Match[str], ctx: Context) -> Reading | None:
    """For "the latest quarter", "the quarter": the quarter last mentioned, else the last one completed."""
    if is_quarter(ctx.previous):
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
    if match.groupdict().get("short"):  # "the third quarter of '09"
        year = str(_full_year(int(match.group("short")), dct))
    if year:
        return Reading("DATE", f"{int(year):04d}-{code}")
    if dct is None:
        return Reading("DATE", f"XXXX-{code}")
    return Reading("DATE", f"{_quarter_year(match, dct, code):04d}-{code}", anchored=True)


def _full_year(short: int, dct: date | None) -> int:
    """ "'09" is 2009 for a report of 2009, 1989 for one of 1990: the nearest such year."""
    reference = dct.year if dct else 2000
    year = reference // 100 * 100 + short
    return year - 100 if year > reference + 20 else year


def _quarter_year(match: re.Match[str], dct: date, code: str) -> int:
    owner = (match.group("owner") or match.groupdict().get("rel") or "").lower()
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
        full = int(year) if len(year) == 4 else _full_year(int(year), dct)
        return Reading("DATE", f"{full:04d}-{code}")
    if dct is None:
        return Reading("DATE", f"XXXX-{code}")
    return Reading("DATE", f"{dct.year:04d}-{code}", anchored=True)


def _reporting_year(match: re.Match[str], ctx: Context) -> Reading:
    """ "the year ended Sept. 30": a twelve-month reporting period, whose end date follows."""
    return Reading("DURATION", "P1Y")


_FOR_OR_OF = re.compile(r"\b(?:for|of)\s+$", re.I)


def _the_year(match: re.Match[str], ctx: Context) -> Reading | None:
    """ "for the year", "the full year", "the current fiscal year": the reported year, the document's."""
    if not match.group("adj") and not preceded_by(match, _FOR_OR_OF):
        return None  # "the year" alone is only the reported year after "for" or "of"
    if ctx.dct is None:
        return Reading("DATE", "XXXX")
    return Reading("DATE", f"{ctx.dct.year:04d}", anchored=True)


def _year_end(match: re.Match[str], ctx: Context) -> Reading:
    """ "by year-end", "year's end": the end of the document's year."""
    if ctx.dct is None:
        return Reading("DATE", "XXXX", "END")
    return Reading("DATE", f"{ctx.dct.year:04d}", "END", anchored=True)


def _fiscal(match: re.Match[str], ctx: Context) -> Reading:
    return Reading("DATE", f"{int(match.group('year')):04d}")


def _year_period(match: re.Match[str], ctx: Context) -> Reading:
    """ "the 1988 quarter", "the 1989 period": the quarter last mentioned (or reported), in that year."""
    year = int(match.group("year"))
    if is_quarter(ctx.previous):
        return Reading("DATE", f"{year:04d}-{ctx.previous[5:]}")  # type: ignore[index]
    if ctx.dct is not None and match.group(0).lower().endswith("quarter"):
        latest = cal.shifted_value(ctx.dct, "Q", -1) or ""  # the quarter last completed, as reports compare
        return Reading("DATE", f"{year:04d}-{latest[5:]}")
    return Reading("DATE", f"{year:04d}")


# The noun a year-ago comparison may qualify; without it, "the" belongs to the noun that follows
# ("the year-ago results"), not to the time expression.
_PERIOD = rf"\s+(?:(?P<ordinal>{ORDINAL})\s+)?(?:fiscal\s+)?(?:quarter|period)"
_PERIOD_AHEAD = _PERIOD.replace("?P<ordinal>", "")


FISCAL_RULES: list[Rule] = [
    Rule(
        "quarter",
        compile_rule(
            rf"(?:(?:{YEAR_OWNER}|the)\s+)?(?:(?P<year>{YEAR})\s+)?(?:fiscal[\s-]+)?(?P<ordinal>{ORDINAL})\s+"
            rf"(?:fiscal\s+)?(?P<part>quarter|half)(?:\s+of\s+(?:fiscal\s+)?(?:(?P<year2>{YEAR})|['’](?P<short>\d\d)\b)"
            r"|\s+of\s+(?P<rel>this|last|next)\s+(?:fiscal\s+)?year)?"
        ),
        _quarter,
        anchors=words("quarter half"),
    ),
    Rule(
        "quarter_adjective",
        compile_rule(
            rf"(?:{YEAR_OWNER}\s+)?(?:(?P<year>{YEAR})\s+)?(?:fiscal[\s-]+)?(?P<ordinal>{ORDINAL})-"
            r"(?P<part>quarter|half)(?P<year2>)"
        ),
        _quarter,
        anchors=words("quarter half"),
    ),
    Rule(
        "year_ago",
        compile_rule(
            rf"(?:the\s+(?=(?:comparable\s+|corresponding\s+|same\s+)?year[\s-](?:ago|earlier){_PERIOD_AHEAD}))?"
            rf"(?:comparable\s+|corresponding\s+|same\s+)?year[\s-](?:ago|earlier)(?:{_PERIOD})?"
        ),
        _year_ago,
        anaphoric=True,
        anchors=words("ago earlier"),
    ),
    Rule(
        "year_period",
        compile_rule(rf"the\s+(?P<year>{YEAR})\s+(?:fiscal\s+)?(?:quarter|period)"),
        _year_period,
        anaphoric=True,
        anchors=words("quarter period"),
    ),
    Rule(
        "reporting_period",
        compile_rule(
            r"(?:the|that|this)\s+(?:(?P<adj>latest|most\s+recent|same|current|recent|just-ended|comparable)\s+)?"
            r"(?:fiscal\s+)?quarter(?!\s*(?:of|-|century|mile|point|percent|hour)\b)"
            r"|(?:the|that)\s+(?P<adj2>latest|same|comparable)\s+period"
        ),
        _reporting_period,
        anaphoric=True,
        anchors=words("quarter period"),
    ),
    Rule(
        "reporting_year",
        compile_rule(r"the\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending|that\s+ended|that\s+ends)\b)"),
        _reporting_year,
        anchors=words("year"),
    ),
    Rule(
        "the_year",
        compile_rule(
            r"the\s+(?P<adj>(?:(?:full|whole|entire|current)\s+)?(?:fiscal\s+)?)(?-i:year)"
            r"(?!\s+(?:ended|ending|that\s+end\w*|before|after|earlier|ago)\b|[\s-]*\d)"
        ),
        _the_year,
        anchors=words("year"),
    ),
    Rule("year_end", compile_rule(r"year(?:['’]s)?[\s-]end(?!ed|ing)"), _year_end, anchors=words("year end")),
    Rule(
        "q_number",
        compile_rule(r"Q(?P<q>[1-4])(?:[\s/-]*(?P<year>\d{4}|\d{2}))?"),
        _q_number,
        anchors=words("q"),
    ),
    Rule(
        "fiscal",
        compile_rule(rf"(?:the\s+)?fiscal(?:\s+year)?\s+(?P<year>{YEAR})"),
        _fiscal,
        anchors=words("fiscal"),
    ),
]
