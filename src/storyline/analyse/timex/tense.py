"""Which way an expression points: back from the document date or forward.

"On Wednesday" in a report of what happened means the Wednesday before the
publication date; "on Wednesday" after "will" means the one after. With a
spaCy `Doc` the verb the expression hangs on decides; without one, the
nearest tense cue in the same sentence does (a modal or "expected to" looks
forward, a past-tense form looks back). Nothing here resolves dates.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from storyline.analyse.timex.calendar import FUTURE, PAST, UNKNOWN

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"'`(])|\n\s*\n")
_FUTURE_CUE = re.compile(
    r"\b(?:will|won't|shall|'ll|going\s+to|(?:is|are)\s+to|expected|scheduled|set\s+to|"
    r"plans?\s+to|planning|intends?\s+to|due\s+to|would|upcoming|as\s+soon\s+as|as\s+early\s+as)\b",
    re.IGNORECASE,
)
_PAST_CUE = re.compile(
    r"\b(?:was|were|had|did|said|ago|told|(?-i:[a-z]{2,}ed)|rose|fell|took|made|came|went|began|saw|gave|got|"
    r"won|lost|met|left|held|led|sent|found|thought|became|brought|bought|built|paid|sold|struck|grew|threw|"
    r"broke|spoke|wrote|drove|flew|ran|kept|felt|meant|knew|stood|fought|chose|arose|wore|fled|shot|spent|"
    r"swore|stole|sank|seized|withdrew|overthrew|forgave|underwent|undertook|fought)\b",
    re.IGNORECASE,
)
# A preposition that bounds an interval points the expression one way whatever the verb's tense:
# "due by May", "until Tuesday", "effective Feb. 1" look ahead (unless told in the pluperfect),
# "since March" looks back.
_SIGNAL_BEFORE = re.compile(r"\b(since|by|until|till|effective)\s+$", re.IGNORECASE)
_HAD = re.compile(r"\bhad\b", re.IGNORECASE)  # "had filed reports by Wednesday": a bound already past
_PLUPERFECT = re.compile(r"\bhad\s+(?:been\s+)?$", re.IGNORECASE)
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "ll"}
_FORWARD_VERBS = ("expect", "plan", "schedul", "intend", "set", "due", "prepar")
_WINDOW = 400
_AFTER_WEIGHT = 3  # a cue after the expression counts as three times farther: the verb usually comes first


def direction(text: str, start: int, end: int, doc: Doc | None = None) -> int:
    """PAST, FUTURE or UNKNOWN for the expression at text[start:end]."""
    signal = _SIGNAL_BEFORE.search(text, max(0, start - 12), start)
    if signal and signal.group(1).lower() == "since":
        return PAST
    if signal and not _HAD.search(text, *_sentence_bounds(text, start, end)):
        return FUTURE
    if doc is not None:
        found = _parse_direction(doc, start, end)
        if found != UNKNOWN:
            return found
    return _cue_direction(text, start, end)


def _cue_direction(text: str, start: int, end: int) -> int:
    left, right = _sentence_bounds(text, start, end)
    best: tuple[int, int] | None = None
    for pattern, value in ((_FUTURE_CUE, FUTURE), (_PAST_CUE, PAST)):
        for match in pattern.finditer(text, left, right):
            if start <= match.start() < end:
                continue
            if value == FUTURE and _PLUPERFECT.search(text, max(left, match.start() - 12), match.start()):
                value = PAST  # "had been scheduled to expire Friday": a plan already overtaken
            distance = start - match.end() if match.end() <= start else _AFTER_WEIGHT * (match.start() - end)
            if best is None or distance < best[0]:
                best = (distance, value)
    return best[1] if best else UNKNOWN


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(0, start - _WINDOW)
    for match in _SENTENCE_END.finditer(text, left, start):
        left = match.end()
    after = _SENTENCE_END.search(text, end, min(len(text), end + _WINDOW))
    return left, after.start() if after else min(len(text), end + _WINDOW)


def _parse_direction(doc: Doc, start: int, end: int) -> int:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return UNKNOWN
    verb = _governing_verb(span.root)
    if verb is None:
        return UNKNOWN
    return _verb_direction(verb)


def _governing_verb(token: Token) -> Token | None:
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _verb_direction(verb: Token) -> int:
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(aux.lower_ in _FUTURE_AUX for aux in auxiliaries):
        return FUTURE
    head = verb.head
    if verb.dep_ == "xcomp" and head.lower_.startswith(_FORWARD_VERBS):
        return FUTURE
    if verb.tag_ in ("VBD", "VBN") or any(aux.tag_ == "VBD" for aux in auxiliaries):
        return PAST
    return UNKNOWN
