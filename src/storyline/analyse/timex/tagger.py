"""Finding time expressions in text and normalizing them against the document date.

Each grammar rule is searched only near the words it needs (its anchors);
the matches its rule accepts compete, the longest winning and overlaps
dropped. Survivors are read in text order, so a rule may refer back to the
last period mentioned ("a year earlier"), then widened by the modifiers
TimeML keeps inside the expression ("early", "the end of", "about", "more
than") and annotated with what the words just before say ("since", "as
early as", "by"), which TimeML keeps outside, as it keeps the comparatives
"earlier" and "later" (they relate an event to another, not the period).
No spaCy model is needed: tense comes from cue words (`tense`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from storyline.analyse.timex.grammar import RULES, Context, Reading, Rule
from storyline.analyse.timex.names import in_name
from storyline.analyse.timex.patterns import POSSESSIVE
from storyline.analyse.timex.readings import UNREAD
from storyline.analyse.timex.relative import DAY_OFFSETS
from storyline.analyse.timex.tense import direction, habitual
from storyline.model import TimeExpression
from storyline.timevalue import bounds

_POINT_MODIFIER = re.compile(
    r"(?:\b(?P<word>(?:the\s+)?(?:early|late|mid)|around|about|approximately|roughly|"
    r"the\s+middle\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+end\s+of|the\s+close\s+of)[\s-]+"
    r"|\b(?P<mid>mid)-)$",
    re.IGNORECASE,
)
_POINT_MODS = {
    "early": "START", "late": "END", "mid": "MID",
    "the middle of": "MID", "the beginning of": "START", "the start of": "START", "the end of": "END",
    "the close of": "END", "around": "APPROX", "about": "APPROX", "approximately": "APPROX",
    "roughly": "APPROX",
}  # fmt: skip
_DURATION_MODIFIER = re.compile(
    r"\b(?P<word>about|around|roughly|approximately|some|nearly|almost|under|less\s+than|fewer\s+than|"
    r"more\s+than|over|at\s+least|at\s+most|up\s+to|no\s+more\s+than|just\s+over|just\s+under|well\s+over)\s+$",
    re.IGNORECASE,
)
_DURATION_MODS = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "under": "LESS_THAN", "less than": "LESS_THAN",
    "fewer than": "LESS_THAN", "just under": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN",
    "just over": "MORE_THAN", "well over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
}  # fmt: skip
_SIGNAL = re.compile(
    r"\b(?P<word>since|as\s+early\s+as|no\s+earlier\s+than|not\s+before|by|no\s+later\s+than|"
    r"not\s+later\s+than)\s+$",
    re.IGNORECASE,
)
_SIGNAL_MODS = {
    "as early as": "ON_OR_AFTER", "no earlier than": "ON_OR_AFTER", "not before": "ON_OR_AFTER",
    "by": "ON_OR_BEFORE", "no later than": "ON_OR_BEFORE", "not later than": "ON_OR_BEFORE",
}  # fmt: skip
_SPREAD_BEFORE = re.compile(
    r"(?:\b(?:spend|spent|spending|invest\w*|award\w*|paid|pay|paying|expand\w*|spread\w*|phased?|"
    r"repa\w+|stretch\w*|distribut\w*|amortiz\w*)|\d(?:m|bn|k)?|\b(?:million|billion))\s+(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)
_ADJECTIVAL_LENGTH = re.compile(
    r"the\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|"
    r"forty|fifty|sixty|ninety|hundred)[\s-]+(?:second|minute|hour|day|week|month|year|decade)",
    re.IGNORECASE,
)
_CALENDAR_NAME = re.compile(r"\d{4}-(?:\d{2}|SP|SU|FA|WI|Q\d|H\d)")  # a month, season, quarter, half
_ANCHOR_WORD = re.compile(r"\d|\b(?:last|next|this|past|coming|previous|following|of)\b", re.IGNORECASE)
_CALENDAR = re.compile(r"^\d{4}(?:-(?:\d{2}|W\d{2}|Q\d|H\d))?")
_LOOKBACK = 30
_ANCHORS = frozenset().union(*(rule.anchors for rule in RULES))
_TOKEN = re.compile(r"[a-z]+|\d+")
_REACH = 48  # characters around an anchor word that an expression may span


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    rule: Rule
    match: re.Match[str]


def tag(text: str, document_date: date | None) -> list[TimeExpression]:
    """All time expressions of `text`, sorted and non-overlapping."""
    written, text = text, ascii_twins_replaced(text)  # the same length: every offset holds
    found: list[TimeExpression] = []
    previous: str | None = None
    tense = _TenseCache(text)
    for candidate in _select(_valid(_candidates(text), document_date, tense)):
        start, end = candidate.start, candidate.end
        context = Context(document_date, lambda s=start, e=end: tense(s, e), previous)
        reading = candidate.rule.build(candidate.match, context)
        if reading is None or in_name(text, start, end):
            continue
        reading = _as_habit(text, start, end, reading)
        reading = _on_day_before(text, start, reading, found[-1] if found else None, document_date)
        names_period = _CALENDAR.match(reading.value) or reading.value.startswith("XXXX")
        if names_period and not candidate.rule.anaphoric:
            previous = reading.value  # an unknown day ("a recent Wednesday") is a day mentioned too
        floor = found[-1].end if found else 0
        expression = _expression(text, start, end, reading, document_date, floor)
        found.append(replace(expression, text=written[expression.start : expression.end]))
    return found


# The letters outside ASCII that a case-blind pattern takes for ASCII ones ("ſecond" matches "second",
# Kelvin's "K" matches "k", "İ" and "ı" match "i"): the rules look their words up lower-cased in ASCII
# tables, so they read a text where these are the ASCII letters they match.
_ASCII_TWINS = str.maketrans({"\u017f": "s", "\u212a": "K", "\u0130": "I", "\u0131": "i"})


def ascii_twins_replaced(text: str) -> str:
    """`text` with its ASCII twins replaced by the letters they match, one for one; translated only
    where it has one (`str.translate` looks every character up in the table, and few pages have any)."""
    return text.translate(_ASCII_TWINS) if any(chr(twin) in text for twin in _ASCII_TWINS) else text


_BETWEEN_DAY_AND_CLOCK = re.compile(r"[\s,;]*(?:at\s+)?")


def _on_day_before(
    text: str, start: int, reading: Reading, before: TimeExpression | None, dct: date | None
) -> Reading:
    """A clock right after a named day is on that day: "Christmas Eve 8pm", "20 September 2010 20.07
    BST", "Wednesday, Oct. 15 at 1 p.m." (a clock that names no day of its own gets the document's)."""
    if reading.type != "TIME" or dct is None or before is None or before.type != "DATE":
        return reading
    if len(before.value) != 10 or not reading.value.startswith(dct.isoformat()):
        return reading
    if _BETWEEN_DAY_AND_CLOCK.fullmatch(text, before.end, start) is None:
        return reading
    return replace(reading, value=before.value + reading.value[10:], anchored=before.anchored)


def _as_habit(text: str, start: int, end: int, reading: Reading) -> Reading:
    """ "typically peaks in August": a month, season or quarter named by a habit is every such one."""
    named = _CALENDAR_NAME.fullmatch(reading.value) and not _ANCHOR_WORD.search(text, start, end)
    if not named or not habitual(text, start, end):
        return reading
    return replace(reading, type="SET", value="XXXX" + reading.value[4:], anchored=False)


class _TenseCache:
    """The direction of each span, worked out once however many times rules ask."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[tuple[int, int], int] = {}

    def __call__(self, start: int, end: int) -> int:
        key = (start, end)
        if key not in self._known:
            self._known[key] = direction(self._text, start, end)
        return self._known[key]


def _valid(candidates: list[_Candidate], dct: date | None, tense: _TenseCache) -> list[_Candidate]:
    """The candidates their rule accepts, so that a rejected long match leaves room for a shorter one."""
    kept = []
    for candidate in candidates:
        context = Context(dct, lambda c=candidate: tense(c.start, c.end), UNREAD)
        if candidate.rule.build(candidate.match, context) is not None:
            kept.append(candidate)
    return kept


def _candidates(text: str) -> list[_Candidate]:
    """Every rule's matches, searched only near the words the rule needs (regexes are the cost)."""
    index = _token_index(text)
    found = []
    for rule in RULES:
        positions = sorted(position for anchor in rule.anchors for position in index.get(anchor, ()))
        for start, end in _windows(positions, len(text)):
            found += [
                _Candidate(match.start(), match.end(), rule, match)
                for match in rule.pattern.finditer(text, start, end)
                if match.end() > match.start()
            ]
    return found


def _token_index(text: str) -> dict[str, list[int]]:
    """Where each anchor word (or any number, "#") occurs."""
    index: dict[str, list[int]] = {}
    for token in _TOKEN.finditer(text.lower()):
        word = token.group()
        if word[0].isdigit():
            word = "#"
        elif word not in _ANCHORS:
            continue
        index.setdefault(word, []).append(token.start())
    return index


def _windows(positions: list[int], length: int) -> list[tuple[int, int]]:
    """Text around each position, overlapping windows merged, wide enough for any expression."""
    windows: list[tuple[int, int]] = []
    for position in positions:
        start, end = max(0, position - _REACH), min(length, position + _REACH)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest first, then leftmost; a candidate overlapping a chosen one is dropped."""
    chosen: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if all(candidate.end <= s or candidate.start >= e for s, e in taken):
            chosen.append(candidate)
            taken.append((candidate.start, candidate.end))
    return sorted(chosen, key=lambda c: c.start)


def _expression(
    text: str, start: int, end: int, reading: Reading, dct: date | None, floor: int
) -> TimeExpression:
    if reading.type == "DURATION" and _ADJECTIVAL_LENGTH.fullmatch(text, start, end):
        start = text.index(" ", start) + 1  # "the four hour meeting": the article is the noun's
    start, reading = _widen(text, start, end, reading, floor)
    end, reading = _qualified(text, end, reading)
    mod, begin, end_value = _signal(text, start, end, reading, dct, floor)
    return TimeExpression(
        start=start,
        end=end,
        text=text[start:end],
        type=reading.type,
        value=reading.value,
        mod=reading.mod or mod,
        begin=begin,
        end_value=end_value,
        anchored=reading.anchored,
        future=_is_future(reading.value, dct),
    )


def _widen(text: str, start: int, end: int, reading: Reading, floor: int) -> tuple[int, Reading]:
    """Take in a modifier TimeML counts as part of the expression."""
    before = text[max(floor, start - _LOOKBACK) : start]
    if reading.type == "DURATION" or text.endswith("ago", start, end):
        match = _DURATION_MODIFIER.search(before)
        table = _DURATION_MODS
        if match and text.startswith("the", start) and match.group("word").lower() in ("over", "under"):
            return start, reading
        if (
            match
            and match.group("word").lower() == "over"
            and _SPREAD_BEFORE.search(before, 0, match.start())
        ):
            return start, reading  # "spend $500m over 10 years": across them, not more than
    elif reading.type in ("DATE", "TIME") and not reading.value.endswith("_REF"):
        match = _POINT_MODIFIER.search(before)
        table = _POINT_MODS
    else:
        return start, reading
    if match is None:
        return start, reading
    word = " ".join((match.group("word") or match.group("mid") or "").lower().split())
    word = word.removeprefix("the ") if word.startswith("the ") and word[4:] in table else word
    if table[word] == "APPROX" and (POSSESSIVE.match(text, end) or text[start:end].lower() in DAY_OFFSETS):
        return start, reading  # "get around Wednesday's ruling", "worry about tomorrow": a preposition
    return start - len(before) + match.start(), replace(reading, mod=reading.mod or table[word])


_QUALIFIER_AFTER = re.compile(
    r"\s+(?P<word>or\s+so|or\s+later|or\s+after|and\s+beyond|or\s+earlier|or\s+before)\b"
    r"(?!\s+(?:this|that|next|last|in|on|the|today|tomorrow|yesterday)\b|\s*\d)",
    re.IGNORECASE,
)
_QUALIFIER_MODS = {
    "or so": "APPROX", "or later": "ON_OR_AFTER", "or after": "ON_OR_AFTER", "and beyond": "ON_OR_AFTER",
    "or earlier": "ON_OR_BEFORE", "or before": "ON_OR_BEFORE",
}  # fmt: skip


def _qualified(text: str, end: int, reading: Reading) -> tuple[int, Reading]:
    """Take in the open end TimeML counts as part of a date: "until 1994 or later", "for 1990 and
    beyond", "over the next year or so" (not "by Friday or later this month": another date follows)."""
    if reading.type not in ("DATE", "TIME") or reading.value.endswith("_REF"):
        return end, reading
    match = _QUALIFIER_AFTER.match(text, end)
    if match is None:
        return end, reading
    word = " ".join(match.group("word").lower().split())
    return match.end(), replace(reading, mod=reading.mod or _QUALIFIER_MODS[word])


def _signal(
    text: str, start: int, end: int, reading: Reading, dct: date | None, floor: int
) -> tuple[str | None, str | None, str | None]:
    """The mod and bounds that the preposition before the expression implies."""
    match = _SIGNAL.search(text[max(floor, start - _LOOKBACK) : start])
    if match is None or reading.type not in ("DATE", "TIME"):
        return None, None, None
    word = " ".join(match.group("word").lower().split())
    if word == "since":
        span = bounds(reading.value)
        return None, span[0].isoformat() if span else None, dct.isoformat() if dct else None
    if word == "by" and POSSESSIVE.match(text, end):
        return None, None, None  # "damaged by Tuesday's earthquake": "by" governs the noun
    return _SIGNAL_MODS.get(word), None, None


def _is_future(value: str, dct: date | None) -> bool:
    if value == "FUTURE_REF":
        return True
    span = bounds(value)
    return dct is not None and span is not None and span[0] > dct
