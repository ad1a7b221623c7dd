"""Which date an event takes, and whether it lies in the past or is expected.

A sentence may hold several time expressions; the one that dates the event is
the one attached to the clause (not to a noun inside it: "entry into the war
in the coming days" does not date "called on partners"), the nearest to the
main verb. Without one, an event reported in the present is dated by its
article's publication date.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from storyline.analyse.token_table import TokenTable, token_table
from storyline.analyse.verb_forms import PRESENT_TAGS
from storyline.extract.arrangements import arranged
from storyline.model import Tense, TimeExpression
from storyline.timevalue import bounds, relation

_FUTURE_MODALS = {"will", "shall", "'ll"}
_LATER = {"later", "afterwards", "afterward", "subsequently", "thereafter", "eventually"}
_VERBAL = {"VERB", "AUX"}
_AUXILIARIES = {"aux", "auxpass"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
_TAKING_UP = {"that", "this"}


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
    table = token_table(predicate.doc)
    return any(
        table.dep[child] in ("advmod", "npadvmod") and table.lower[child] in _LATER
        for child in table.children(predicate.i)
    )


def in_coordinated_clause(table: TokenTable, verb: int, predicate: int) -> bool:
    """The verb an expression dates sits in a clause joined to the predicate's by "and"/"but" with a
    subject of its own ("A sheen of oil has already reached the shore ..., but officials say ...
    crude oil is not expected to reach coastal areas until the end of the week"): that clause tells
    another happening, whose time is not that of a predicate told as now. Only a clause joined below
    the predicate's counts (the predicate is on its way up in the parse). A predicate in the past
    tense is left alone: a narrative's next clause may carry the time of both ("blocked the exit
    ..., and it had to be put aside on Saturday"). `verb`, `predicate`: indices in the parse."""
    if _in_past_tense(table, predicate):
        return False
    heads, dep = table.head, table.dep
    token, crossed = verb, False
    for _ in range(50):
        if token == predicate:
            return crossed
        if heads[token] == token:
            return False
        crossed = crossed or (dep[token] == "conj" and _finite_clause(table, token))
        token = heads[token]
    return False


def _finite_clause(table: TokenTable, verb: int) -> bool:
    """A verb with a subject of its own: a noun, not a pronoun that takes up the clause before ("but
    that is not likely to happen until August", "drilling two relief wells ... but they are not
    expected to be completed until August": the same work's end)."""
    subjects = [child for child in table.children(verb) if table.dep[child] in _SUBJECTS]
    return table.pos[verb] in _VERBAL and any(
        table.pos[s] != "PRON" and table.lower[s] not in _TAKING_UP for s in subjects
    )


def _in_past_tense(table: TokenTable, verb: int) -> bool:
    """Whether the verb or one of its auxiliaries is in the past tense ("reached", "had to be")."""
    return any(table.tag[word] == "VBD" for word in _with_auxiliaries(table, verb))


def _with_auxiliaries(table: TokenTable, verb: int) -> list[int]:
    """The verb and its auxiliaries ("had to be", "will visit"), whose forms tell its tense."""
    return [verb, *[child for child in table.children(verb) if table.dep[child] in _AUXILIARIES]]


def _point(expression: TimeExpression) -> str:
    return expression.begin or expression.value if expression.type == "DURATION" else expression.value


def _clause_depth(sentence: Span, expression: TimeExpression) -> int | None:
    """How deep in the parse the verb the expression modifies sits; None when a noun owns it."""
    table = token_table(sentence.doc)
    token = head_index(table, sentence, expression)
    if token is None:
        return None
    heads, pos = table.head, table.pos
    while heads[token] != token:
        token = heads[token]
        if pos[token] in _VERBAL:
            return _depth(heads, token)
        if pos[token] in ("NOUN", "PROPN", "PRON"):
            return None
    return 0


def head_index(table: TokenTable, sentence: Span, expression: TimeExpression) -> int | None:
    """The index of the expression's word that hangs from a word outside it (its attachment point),
    read off the parse's table (`analyse.token_table`): the expression's words are those of the
    sentence wholly inside it, a run of words, since words follow each other in the text."""
    starts, ends, heads = table.start, table.end, table.head
    first, last = expression.start, expression.end
    index = bisect_left(starts, first, sentence.start, sentence.end)
    while index < sentence.end and ends[index] <= last:
        head = heads[index]
        if head == index or not first <= starts[head] < last:
            return index
        index += 1
    return None


def _depth(heads: list[int], token: int) -> int:
    depth = 0
    while heads[token] != token and depth < 50:
        token = heads[token]
        depth += 1
    return depth


def dated_by(expression: TimeExpression | None, publication_date: date | None, background: bool) -> EventDate:
    """The date an expression gives; without one, the publication date (not for background)."""
    if expression is not None:
        return EventDate(_point(expression), expression, from_publication=False)
    if publication_date is not None and not background:
        return EventDate(publication_date.isoformat(), None, from_publication=True)
    return EventDate(None, None, from_publication=False)


def event_tense(
    predicate: Token, dated: EventDate, publication_date: date | None, headline: bool = False
) -> Tense:
    """Past, ongoing or expected: from the time expression that dates the event, else from its verb.
    `headline`: the sentence is its article's headline, whose simple present tells what happened
    ("Gulf oil spill reaches Texas as tar balls wash ashore", "BP spreads blame over oil spill")."""
    if dated.timex is not None and dated.timex.future:
        return Tense.EXPECTED
    if publication_date and not dated.from_publication:
        side = relation(dated.value, publication_date)
        if side == -1:
            return Tense.PAST
        if side == 1:
            return Tense.EXPECTED
    tense = _grammatical_tense(predicate)
    if headline and tense == Tense.ONGOING and _simple_present(predicate):
        return Tense.PAST
    return tense


def chronicled_tense(predicate: Token) -> Tense:
    """The tense of an event a chronology's heading dates ("16 June: Engineers open a second route",
    on a page first published on 15 June and updated since): what happened, unless its verb says it is
    still to come ("will", "is set to")."""
    return Tense.EXPECTED if _grammatical_tense(predicate) == Tense.EXPECTED else Tense.PAST


def _simple_present(verb: Token) -> bool:
    """A verb in the simple present with no auxiliary ("reaches", "says"), not "be" or "have", which
    tell a state in a headline as in a report ("This is a spill of national significance"); a headline
    tells a deed so, while "to" and a verb ("BP to pay") or "could" is what is still to come, and so is
    what a condition holds back."""
    table = token_table(verb.doc)
    if table.tag[verb.i] not in PRESENT_TAGS or table.lower[verb.i] in _STATE_VERBS:
        return False
    children = table.children(verb.i)
    return not any(table.dep[c] in _AUXILIARIES or _condition(table, c) for c in children)


def _condition(table: TokenTable, clause: int) -> bool:
    """A clause that "if" or "unless" opens: what the verb tells would follow it ("Dr Conrad Murray faces
    four years in prison if convicted"), no deed done."""
    return table.dep[clause] == "advcl" and any(
        table.dep[c] == "mark" and table.lower[c] in ("if", "unless") for c in table.children(clause)
    )


_STATE_VERBS = {"is", "are", "'s", "'re", "am", "has", "have", "'ve"}


def _grammatical_tense(root: Token) -> Tense:
    table = token_table(root.doc)
    verbs = _with_auxiliaries(table, root.i)
    if any(table.lower[v] in _FUTURE_MODALS for v in verbs) or _going_to(table, root.i):
        return Tense.EXPECTED
    if arranged(table, root.i):  # "is set to announce": a past participle, an act still to come
        return Tense.EXPECTED
    if any(table.tag[v] in ("VBD", "VBN") for v in verbs):
        return Tense.PAST
    return Tense.ONGOING


def _going_to(table: TokenTable, root: int) -> bool:
    return table.lower[root] == "going" and any(
        table.tag[child] == "VB" or table.dep[child] == "xcomp" for child in table.children(root)
    )
