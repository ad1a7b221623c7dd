"""Which date an event takes, and whether it lies in the past or is expected.

A sentence may hold several time expressions; the one that dates the event is
the one attached to the clause (not to a noun inside it: "entry into the war
in the coming days" does not date "called on partners"), the nearest to the
main verb. Without one, an event reported in the present is dated by its
article's publication date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from storyline.model import Tense, TimeExpression
from storyline.timevalue import bounds, relation

_FUTURE_MODALS = {"will", "shall", "'ll"}
_LATER = {"later", "afterwards", "afterward", "subsequently", "thereafter", "eventually"}
_VERBAL = {"VERB", "AUX"}


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str | None
    timex: TimeExpression | None
    from_publication: bool  # no expression in the text: the publication date stands in


def is_calendar_value(value: str) -> bool:
    return bounds(value) is not None


def governing_expression(sentence: Span, expressions: list[TimeExpression]) -> TimeExpression | None:
    """The time expression that dates the sentence's main clause, if any."""
    best: tuple[int, int, TimeExpression] | None = None
    for expression in expressions:
        if expression.type not in ("DATE", "TIME") or not is_calendar_value(_point(expression)):
            continue
        depth = _clause_depth(sentence, expression)
        if depth is None:
            continue
        key = (depth, expression.start, expression)
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2] if best else None


def happened_later(predicate: Token) -> bool:
    """The predicate says it came after the clause it is joined to ("exploded on 20 April and sank
    two days later", "and later sank"): that clause's date is not its own."""
    return any(
        child.dep_ in ("advmod", "npadvmod") and child.lower_ in _LATER for child in predicate.children
    )


def _point(expression: TimeExpression) -> str:
    return expression.begin or expression.value if expression.type == "DURATION" else expression.value


def _clause_depth(sentence: Span, expression: TimeExpression) -> int | None:
    """How deep in the parse the verb the expression modifies sits; None when a noun owns it."""
    head = expression_head(sentence, expression)
    if head is None:
        return None
    token: Token = head
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in _VERBAL:
            return _depth(token)
        if token.pos_ in ("NOUN", "PROPN", "PRON"):
            return None
    return 0


def expression_head(sentence: Span, expression: TimeExpression) -> Token | None:
    """The token of the expression that hangs from a word outside it (its attachment point)."""
    tokens = [t for t in sentence if t.idx >= expression.start and t.idx + len(t.text) <= expression.end]
    outside = [t for t in tokens if not (expression.start <= t.head.idx < expression.end) or t.head.i == t.i]
    return outside[0] if outside else None


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def dated_by(expression: TimeExpression | None, publication_date: date | None, background: bool) -> EventDate:
    """The date an expression gives; without one, the publication date (not for background)."""
    if expression is not None:
        return EventDate(_point(expression), expression, from_publication=False)
    if publication_date is not None and not background:
        return EventDate(publication_date.isoformat(), None, from_publication=True)
    return EventDate(None, None, from_publication=False)


def event_tense(predicate: Token, dated: EventDate, publication_date: date | None) -> Tense:
    if dated.timex is not None and dated.timex.future:
        return Tense.EXPECTED
    if publication_date and not dated.from_publication:
        side = relation(dated.value, publication_date)
        if side == -1:
            return Tense.PAST
        if side == 1:
            return Tense.EXPECTED
    return _grammatical_tense(predicate)


def _grammatical_tense(root: Token) -> Tense:
    verbs = [root, *[child for child in root.children if child.dep_ in ("aux", "auxpass")]]
    if any(v.lower_ in _FUTURE_MODALS for v in verbs) or _going_to(root):
        return Tense.EXPECTED
    if any(v.tag_ in ("VBD", "VBN") for v in verbs):
        return Tense.PAST
    return Tense.ONGOING


def _going_to(root: Token) -> bool:
    return root.lower_ == "going" and any(
        child.tag_ == "VB" or child.dep_ == "xcomp" for child in root.children
    )
