"""Regular-expression fragments shared by the grammar rules, and how rules are compiled.

Month and weekday names must be capitalized here (everything else matches in
any case), so "may" and "march" the verbs never read as months. A compiled
rule only matches at word boundaries and never inside a number or figure.
What a match means is decided elsewhere (the rule modules).
"""

from __future__ import annotations

import re

from storyline.analyse.timex.lexicon import (
    HOLIDAYS,
    MONTH_NAMES,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNIT_PLURALS,
    UNITS,
    VAGUE_REFERENCES,
    WEEKDAY_NAMES,
    WEEKDAYS,
    alternation,
)

MONTH_FULL = rf"(?-i:{'|'.join(name.capitalize() for name in MONTH_NAMES)})"
_MONTH_ABBR = r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH_CAPS = rf"(?-i:{'|'.join(name.upper() for name in MONTH_NAMES)})"
MONTH = rf"(?:{MONTH_FULL}|{_MONTH_ABBR}|{_MONTH_CAPS})"
WEEKDAY_FULL = rf"(?:{'|'.join(name.capitalize() for name in WEEKDAY_NAMES)})"
_WEEKDAY_ABBR = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\."
WEEKDAY = rf"(?-i:{WEEKDAY_FULL}|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|{_WEEKDAY_ABBR})"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
PART = alternation(PARTS_OF_DAY)
UNIT_WORDS = alternation([*UNITS, *UNIT_PLURALS])
UNIT = rf"(?:{UNIT_WORDS})(?:s|es)?"
SEASON = alternation(SEASONS)
ORDINAL = alternation(ORDINALS)
_B = r"(?<![\w$£€.,/])"  # start of a word, not inside a number or a figure
_E = r"(?![\w/]|[.,]\d)"  # end of a word, not inside a number ("1678.5")
HOLIDAY = alternation(HOLIDAYS).replace("'", "['’]")
_FLAGS = re.IGNORECASE


def compile_rule(pattern: str) -> re.Pattern[str]:
    return re.compile(_B + pattern + _E, _FLAGS)


YEAR_OWNER = r"(?P<owner>(?:last|this|next)\s+year['’]?s)"


# --- anchors: words a rule cannot match without, used to skip text that holds none ------------------

DIGITS = frozenset({"#"})  # the token standing for any run of digits


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MONTH_WORDS = frozenset(MONTHS)
WEEKDAY_WORDS = frozenset(WEEKDAYS) | {f"{name}s" for name in WEEKDAYS if name.endswith("day")}
UNIT_TOKENS = frozenset(UNITS) | {f"{unit}s" for unit in UNITS} | frozenset(UNIT_PLURALS) | {"centuries"}
SEASON_WORDS = frozenset(SEASONS)
PART_WORDS = frozenset(PARTS_OF_DAY)
HOLIDAY_WORDS = frozenset(name.split()[0].split("'")[0] for name in HOLIDAYS)
VAGUE_WORDS = frozenset(phrase.split()[-1] for phrase in VAGUE_REFERENCES)

# A time zone after a clock: "1930 CDT", "1653 local time", "10:25 UK time".
ZONE = (
    r"(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|PT|BST|CET|CEST|JST|local\s+time|"
    r"(?-i:[A-Z][a-z]+|UK|US)\s+time)"
)
# Four digits that a zone follows, at once or in a bracketed conversion, are a clock, not a year:
# "1930 CDT", "1653 (2153 GMT)".
ZONE_AFTER = re.compile(rf"\s+{ZONE}\b|\s*\(\d{{4}}\s+{ZONE}\)")

# "Wednesday's ruling", "around Wednesday's": a possessive right after an expression.
POSSESSIVE = re.compile(r"['’]s\b")
