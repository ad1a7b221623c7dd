"""Rules for durations, recurrences, clock times and vague references.

"two years", "the past 20 years", "every week", "daily", "10:35 a.m.",
"noon Friday", "now", "recently", "the coming days". A duration is a length,
never anchored; a vague reference is PRESENT_REF, PAST_REF or FUTURE_REF.
Ages ("a 44-year-old") and titles ("60 Minutes") are not time expressions.
"""

from __future__ import annotations

import re
from datetime import date

from storyline.analyse.timex import calendar as cal
from storyline.analyse.timex.lexicon import (
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    TENS,
    UNITS_SMALL,
    VAGUE_REFERENCES,
    WEEKDAYS,
    alternation,
)
from storyline.analyse.timex.numbers import COUNT, parse_count
from storyline.analyse.timex.patterns import (
    DAY,
    DIGITS,
    MONTH,
    MONTH_FULL,
    PART,
    SEASON,
    UNIT,
    UNIT_TOKENS,
    UNIT_WORDS,
    VAGUE_WORDS,
    WEEKDAY,
    WEEKDAY_FULL,
    WEEKDAY_WORDS,
    YEAR,
    ZONE,
    ZONE_AFTER,
    compile_rule,
    words,
)
from storyline.analyse.timex.readings import (
    Context,
    Reading,
    Rule,
    Tense,
    day_number,
    day_reading,
    duration_value,
    month_number,
    preceded_by,
    unit_of,
    weekday_number,
)
from storyline.analyse.timex.relative import DAY_OFFSETS

_NOUN_AFTER = re.compile(r"\s+(?!(?:ago|later|earlier|and|or|to|in|of|for|after|before)\b)[a-z]")


# A quantity, maybe with its counted noun and a bracketed conversion, before "a year" or "annually"
# makes a rate ("$2 million a year", "$6m (£3.9m) a day", "thousands of barrels of crude oil a day",
# "10,000 barrels' a day", "8% annually"): a measure, not a time expression. A counted time unit is
# no such noun ("six months, a year or two").
_RATE_BEFORE = re.compile(
    rf"(?:\d(?:m|bn|mn|k|million|billion|trillion)?|\b(?:(?:million|billion|thousand|hundred)s?|percent|"
    rf"dollars|cents|dozen|{alternation(UNITS_SMALL)}|{alternation(TENS)}))%?\s+"
    rf"(?:(?:of\s+)?(?:[a-z]+\s+)?(?:(?!{UNIT}\b)(?:[a-z]+s|feet|people|men|women|children)(?:\s+of(?:\s+[a-z]+){{1,4}})?\s*[,'\"’]?"
    rf"|{UNIT}(?:\s+of\s+[a-z]+)?)\s+)?"
    r"(?:\([^()]{1,60}\)\s+)?(?:[,'\"’]\s*)?$",
    re.I,
)
_RATE_WINDOW = 90


def _duration(match: re.Match[str], ctx: Context) -> Reading | None:
    """A length ("two years", "a two day visit"); "the 1988 quarter" (a year and a unit) is none."""
    unit_word = match.group("unit")
    amount = parse_count(match.group("count"))
    if amount is not None and amount >= 1000 and not unit_word.lower().endswith("s"):
        return None
    if unit_word[0].isupper() or (
        unit_word.lower() == "second" and _NOUN_AFTER.match(match.string, match.end())
    ):
        return None  # "60 Minutes" the programme, "a second betrayal"
    count, unit = match.group("count").lower(), unit_word.lower()
    if unit == "quarters" and count in _PLACE_COUNTS and preceded_by(match, _IN_BEFORE):
        return None  # "sympathy in many quarters": places, not periods
    fraction = count in ("a", "an", "one", "three") and unit.startswith("quarter")
    if fraction and _FRACTION_AFTER.match(match.string, match.end()):
        return None  # "a quarter of BP's well", "one quarter (25 percent)": a share, not three months
    if count in ("a", "an") and (
        preceded_by(match, _RATE_BEFORE, _RATE_WINDOW) or preceded_by(match, _WAIT_BEFORE)
    ):
        return None  # "$2 million a year" is a rate, "wait a minute!" an idiom
    if match.group(0).lower() == "one day" and preceded_by(match, _MODAL_BEFORE):
        return Reading("DATE", "FUTURE_REF", anchored=ctx.dct is not None)  # "will one day be": some day
    if amount is not None and match.group("half"):
        amount += 0.5
    mod = "APPROX" if match.group("so") else None  # "two years or so"
    low = match.group("low") or match.group("low2")
    if low:  # "two to three weeks": at least the lower length
        amount, mod = parse_count(low), "EQUAL_OR_MORE"
        if amount is None:
            return None
    return Reading("DURATION", duration_value(amount, unit_of(unit_word)), mod)


_PLACE_COUNTS = frozenset(("many", "some", "all", "certain", "most", "other", "several"))
_IN_BEFORE = re.compile(r"\b(?:in|from)\s+$", re.I)
_FRACTION_AFTER = re.compile(
    r"\s*\(|\s+of\s+(?!(?:the|this|that|last|next|fiscal)\s+(?:fiscal\s+)?year\b|\d)", re.I
)
_WAIT_BEFORE = re.compile(r"\bwait\s+$", re.I)
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|shall|should)\s+$", re.I)


def _adjectival_duration(match: re.Match[str], ctx: Context) -> Reading | None:
    unit = unit_of(match.group("unit"))
    amount = parse_count(match.group("count").replace("-", " "))
    return Reading("DURATION", duration_value(amount, unit))


def _vague_span(match: re.Match[str], ctx: Context) -> Reading:
    """Vague spans: "the coming days" points ahead (FUTURE_REF), "recent weeks" lasts an unknown time."""
    word = " ".join((match.group("rel") or match.group("rel2")).lower().split())
    if word in ("coming", "upcoming", "ahead"):  # "the weeks ahead" are the coming weeks
        return Reading("DATE", "FUTURE_REF", anchored=ctx.dct is not None)
    unit = match.group("unit") or match.group("unit2")
    if word.startswith(("past", "last")) or unit.lower() == "years":
        return Reading("DATE", "PAST_REF", anchored=ctx.dct is not None)
    return Reading("DURATION", duration_value(None, unit_of(unit)))


def _span_to_come(match: re.Match[str], ctx: Context) -> Reading:
    value = "PAST_REF" if match.group("dir").lower() == "ago" else "FUTURE_REF"
    return Reading("DATE", value, anchored=ctx.dct is not None)


_FOR_BEFORE = re.compile(r"\b(?:for|within)\s+$", re.I)


def _bare_span(match: re.Match[str], ctx: Context) -> Reading | None:
    """ "for years", "within weeks": a length of unknown size (PXY, PXW)."""
    if not preceded_by(match, _FOR_BEFORE):
        return None
    return Reading("DURATION", duration_value(None, unit_of(match.group("unit"))))


# "quarterly" is left out: news uses it for reports and dividends, not for a recurrence.
_ADVERB_SETS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
    "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "biweekly": "P2W", "biannually": "P6M",
}  # fmt: skip


_AVERAGE_BEFORE = re.compile(r"\baverage\s+$", re.I)


def _adverb_set(match: re.Match[str], ctx: Context) -> Reading | None:
    """ "daily", "annually"; not "average daily volume" or "8% annually" (measures, not recurrences)."""
    if preceded_by(match, _AVERAGE_BEFORE) or preceded_by(match, _RATE_BEFORE, _RATE_WINDOW):
        return None
    return Reading("SET", _ADVERB_SETS[match.group("word").lower()])


def _every(match: re.Match[str], ctx: Context) -> Reading | None:
    if match.group("count"):  # "every two days"
        return Reading(
            "SET", duration_value(parse_count(match.group("count")), unit_of(match.group("target2")))
        )
    target = match.group("target")
    lowered = target.lower()
    if lowered.rstrip("s") in {w.rstrip("s") for w in WEEKDAYS}:
        return Reading("SET", f"XXXX-WXX-{weekday_number(target.rstrip('s')) + 1}")
    if lowered in SEASONS:
        return Reading("SET", f"XXXX-{SEASONS[lowered]}")
    if lowered.rstrip(".") in MONTHS:
        return Reading("SET", f"XXXX-{month_number(target):02d}")
    amount = 2.0 if match.group("other") else 1.0
    return Reading("SET", duration_value(amount, unit_of(target)))


def _per_unit(match: re.Match[str], ctx: Context) -> Reading:
    """A frequency: "twice a week", "three times a year"."""
    return Reading("SET", duration_value(1, unit_of(match.group("unit"))))


def _weekday_plural(match: re.Match[str], ctx: Context) -> Reading:
    weekday = weekday_number(match.group("weekday") or match.group("weekday2"))
    part = match.group("part") or (match.group("parts") or "")[:-1]
    return Reading("SET", f"XXXX-WXX-{weekday + 1}" + (f"T{PARTS_OF_DAY[part.lower()]}" if part else ""))


def _clock(match: re.Match[str], ctx: Context) -> Reading | None:
    dct, tense = ctx.dct, ctx.direction
    hour = int(match.group("hour"))
    minute = int(match.group("minute") or 0)
    meridiem = (match.groupdict().get("ampm") or "").lower().replace(".", "").replace(" ", "")
    meridiem = _DAY_HALF.get((match.groupdict().get("dpart") or "").lower(), meridiem)
    if match.groupdict().get("night"):
        meridiem = "pm" if 6 <= hour < 12 else "am"  # "10 at night", "2 at night"
    if hour > 23 or minute > 59 or (meridiem and hour > 12) or preceded_by(match, _CONVERSION_BEFORE):
        return None
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    return _time_on(match, dct, tense, f"{hour:02d}:{minute:02d}")


_TZ = rf"(?:\s+{ZONE})?"
# "10:35 a.m. (0735 GMT)": the bracketed clock converts the one before it, no new time.
_CONVERSION_BEFORE = re.compile(rf"(?:\d|[ap]\.?m\.?|{ZONE})\s*\(\s*$", re.I)
_DAY_HALF = {"morning": "am", "afternoon": "pm", "evening": "pm"}  # "4 in the morning" is 4 a.m.
_HIGH_BEFORE = re.compile(r"\bhigh\s+$", re.I)


def _noon(match: re.Match[str], ctx: Context) -> Reading | None:
    if preceded_by(match, _HIGH_BEFORE):
        return None
    dct, tense = ctx.dct, ctx.direction
    clock = "12:00" if match.group("word").lower() in ("noon", "midday") else "24:00"
    return _time_on(match, dct, tense, clock)


def _time_on(match: re.Match[str], dct: date | None, tense: Tense, clock: str) -> Reading | None:
    day: date | None = dct
    aside = _ASIDE_WEEKDAY.match(match.string, match.end())
    weekday = match.group("weekday") or (aside and aside.group("weekday"))
    word = (match.group("dayword") or "").lower()
    if match.group("month") or match.group("month2"):
        year = match.group("myear")
        month = month_number(match.group("month") or match.group("month2"))
        day = day_number(match.group("mday") or match.group("mday2"))
        reading = day_reading(dct, month, day, year and int(year), tense)
        if reading is None:
            return None
        return Reading("TIME", f"{reading.value}T{clock}", anchored=reading.anchored)
    if dct is not None and weekday:
        day = cal.weekday_near(dct, weekday_number(weekday), tense())
    elif dct is not None and word:
        day = cal.add_days(dct, DAY_OFFSETS[word])  # None past the calendar's ends: left unresolved
    if day is None:
        return Reading("TIME", f"XXXX-XX-XXT{clock}")
    return Reading("TIME", f"{day.isoformat()}T{clock}", anchored=True)


# "10:35 a.m. (0735 GMT) Friday", "4 in the morning (4 a.m. EDT Thursday)": the day after or at the
# end of a bracketed aside is still the clock's day.
_ASIDE_WEEKDAY = re.compile(
    rf"\s*\((?:[^()]{{1,30}}\)\s*,?\s*(?:on\s+)?|(?:[^()]{{0,30}}\s)?(?=(?:{WEEKDAY})\)))(?P<weekday>{WEEKDAY})\b"
)


_CONJUNCTION_AFTER = re.compile(r"\s+(?:after|before|as|than|afterwards?|thereafter)\b", re.I)


_NOUN_CURRENT_AFTER = re.compile(
    r"\s*(?:[.,;:!?)\"'}]|$)|\s+(?:that|which|of|is|was|will|could|would|to|in|from|carries)\b", re.I
)
_NOUN_CURRENT_BEFORE = re.compile(r"\b(?:ocean|loop|stream|tidal|sea|rip|air|electric)\s+$", re.I)
_OF_AFTER = re.compile(r"\s+of\b", re.I)
_AT_BEFORE = re.compile(r"\bat\s+$", re.I)
_CLAUSE_AFTER = re.compile(
    r"\s+(?:the|an?|he|she|it|they|we|i|you|when|of|that|his|her|its|their|our)\b", re.I
)
_AS_BEFORE = re.compile(r"\bas\s+$", re.I)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]['\"`’”]*)\s*['\"`“‘]*$")


def _vague(match: re.Match[str], ctx: Context) -> Reading | None:
    """A vague reference ("now", "now that"); not the conjunctions "as soon as", "soon after"."""
    if _CONJUNCTION_AFTER.match(match.string, match.end()) or preceded_by(match, _AS_BEFORE):
        return None
    key = " ".join(match.group("word").lower().split())
    if key == "now" and match.string.startswith(",", match.end()) and preceded_by(match, _SENTENCE_START):
        return None  # "Now, he says, ...": a discourse marker opening the sentence
    if key == "the future" and _OF_AFTER.match(match.string, match.end()):
        return None  # "the future of BP": its fate, not a time
    if key == "the moment" and (
        not preceded_by(match, _AT_BEFORE) or _CLAUSE_AFTER.match(match.string, match.end())
    ):
        return None  # "at the moment" is now, "at the moment the bomb exploded" is not
    if key == "current" and (
        _NOUN_CURRENT_AFTER.match(match.string, match.end()) or preceded_by(match, _NOUN_CURRENT_BEFORE)
    ):
        return None  # "a current that moves the oil": the noun
    if key == "soon" and ctx.direction() == cal.PAST:
        return None  # "was soon released": narrative, not a pointer to the future
    return Reading("DATE", VAGUE_REFERENCES[key], anchored=ctx.dct is not None)


_CLOCK_DAY = (
    rf"(?:,?\s+(?:(?:on\s+)?(?:{WEEKDAY},?\s+)?(?:(?P<month>{MONTH})\s+(?P<mday>{DAY})\b"
    rf"|(?P<mday2>{DAY})\s+(?P<month2>{MONTH})\b)(?:,?\s+(?P<myear>{YEAR}))?"
    rf"|(?:on\s+)?(?P<weekday>{WEEKDAY})|(?P<dayword>today|yesterday|tomorrow)))?"
)


# "last" after a modal, "to" or a negation is the verb: "expected to last several hours".
_ADJECTIVE_LAST = (
    "".join(
        rf"(?<!\b{word}\s)"
        for word in ("to", "will", "would", "could", "can", "may", "might", "should", "must", "not")
    )
    + r"(?<!n't\s)last"
)

SPANS_RULES: list[Rule] = [
    Rule(
        "duration",
        compile_rule(
            rf"(?:the\s+)?(?:(?:past|{_ADJECTIVE_LAST}|next|first|coming|previous|following|final|remaining|latest|same|"
            rf"another|additional|further|more)\s+)?"
            rf"(?:(?<=\bbetween\s)(?P<low>{COUNT})\s+and\s+|(?P<low2>{COUNT})\s*(?:to|or|-|–)\s*)?(?P<count>{COUNT})\s+"
            rf"(?:(?:more|full|long|trading|business|working)\s+)?(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?"
            r"(?P<so>\s+or\s+so)?(?!\s+(?:ago|from\s+now|hence)|-?\s*old\b)"
        ),
        _duration,
        anchors=UNIT_TOKENS,
    ),
    Rule(
        "adjectival_duration",
        compile_rule(
            rf"(?P<count>\d+(?:\.\d+)?|{COUNT})-(?P<unit>second|minute|hour|day|week|month|year|decade)(?!s?-old)"
        ),
        _adjectival_duration,
        anchors=UNIT_TOKENS,
    ),
    Rule(
        "vague_span",
        compile_rule(
            rf"(?:the\s+)?(?P<rel>coming|recent|upcoming|(?:past|{_ADJECTIVE_LAST})\s+(?:few|several))\s+"
            r"(?P<unit>days|weeks|months|quarters|years)|the\s+(?P<unit2>days|weeks|months|years)\s+(?P<rel2>ahead)"
        ),
        _vague_span,
        anchors=words("days weeks months quarters years"),
    ),
    Rule(
        "span_to_come",  # "the months and years to come", "decades from now"; "years ago"
        compile_rule(
            r"(?:the\s+)?(?:days|weeks|months|years|decades)(?:\s+and\s+(?:weeks|months|years|decades))?"
            r"\s+(?P<dir>to\s+come|from\s+now|ago)"
        ),
        _span_to_come,
        anchors=words("come now ago"),
    ),
    Rule(
        "bare_span",
        compile_rule(
            r"(?P<unit>(?-i:days|weeks|months|years|decades|centuries))(?!\s+(?:ago|of|old|later|earlier)\b)"
        ),
        _bare_span,
        anchors=words("days weeks months years decades centuries"),
    ),
    Rule(
        "adverb_set",
        compile_rule(rf"(?P<word>{alternation(_ADVERB_SETS)})"),
        _adverb_set,
        anchors=frozenset(_ADVERB_SETS),
    ),
    Rule(
        "every",
        compile_rule(
            rf"(?:every|each)\s+(?:(?P<other>other\s+)?(?P<target>{UNIT_WORDS}|{WEEKDAY_FULL}|{SEASON}|{MONTH_FULL})"
            rf"|(?P<count>{COUNT})\s+(?P<target2>{UNIT}))"
        ),
        _every,
        anchors=words("every each"),
    ),
    Rule(
        "per_unit",
        compile_rule(
            rf"(?:once|twice|thrice|(?:{COUNT})\s+times)\s+(?:a|an|per|each)\s+(?P<unit>hour|day|week|month|year)"
        ),
        _per_unit,
        anchors=words("once twice thrice times"),
    ),
    Rule(
        "weekday_plural",
        compile_rule(
            rf"(?P<weekday>{WEEKDAY_FULL})s(?:\s+(?P<part>{PART}))?"
            rf"|(?P<weekday2>{WEEKDAY_FULL})\s+(?P<parts>mornings|afternoons|evenings|nights)"
        ),
        _weekday_plural,
        anchors=WEEKDAY_WORDS,
    ),
    Rule(
        "clock",
        compile_rule(
            r"(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?:(?:o'clock\s+)?(?:in\s+the\s+"
            r"(?P<dpart>morning|afternoon|evening)|at\s+(?P<night>night))|(?P<ampm>[ap]\.\s?m\.|[ap]\.?\s?m\b|o'clock))"
            + _TZ
            + _CLOCK_DAY
        ),
        _clock,
        anchors=DIGITS,
    ),
    Rule(
        "clock24",
        compile_rule(r"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)" + _TZ + _CLOCK_DAY),
        _clock,
        anchors=DIGITS,
    ),
    Rule(
        "clock_zone",  # "1930 CDT", "1653 local time": four digits are a clock only with a zone
        compile_rule(
            rf"(?P<hour>[01]\d|2[0-3])\.?(?P<minute>[0-5]\d)(?={ZONE_AFTER.pattern})" + _TZ + _CLOCK_DAY
        ),
        _clock,
        anchors=DIGITS,
    ),
    Rule(
        "noon",
        compile_rule(r"(?P<word>noon|midday|midnight)" + _CLOCK_DAY),
        _noon,
        anchors=words("noon midday midnight"),
    ),
    Rule("vague", compile_rule(rf"(?P<word>{alternation(VAGUE_REFERENCES)})"), _vague, anchors=VAGUE_WORDS),
]
