"""What a figure is of, when the words it counts are only a unit or nothing.

"200,000 bpd", "$100 billion" and "24 feet" do not say what they count; the parse usually
does: "loadings of 200,000 bpd", "BP's market capitalization has shrunk by $100 billion",
"$50 million in damages claims", "a catch valued at $131.6 million", "24 feet wide" (a
width), "42 miles southeast of Venice" (a distance); failing that, what is done with the
sum ("$360m has been pledged": the amount pledged). Money keeps its currency in the figure
and names only the thing; a measure reads "well's flow in barrels per day".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from storyline.extract import figure_kinds
from storyline.extract.numbers import is_scale_word, vague_amount

_UP_TO_THE_AMOUNT = frozenset({"nummod", "quantmod", "compound", "nmod", "conj", "appos"})
_MONEY_UNITS = frozenset({"pence", "penny", "cents", "cent", "p", "kph", "mph", "km", "mb"})
_DIMENSIONS = {
    "tall": "height", "high": "height", "wide": "width", "long": "length", "deep": "depth",
    "thick": "thickness", "across": "width", "below": "depth", "underground": "depth",
}  # fmt: skip
_DIRECTIONS = frozenset(
    {"off", "from", "away", "offshore", "north", "south", "east", "west", "northeast", "northwest",
     "southeast", "southwest", "inland", "outside"}
)  # fmt: skip
_OF_WORDS = frozenset({"of", "at", "between", "to", "by", "for"})
_BARREL_RATES = frozenset({"bpd", "b/d", "bopd", "boe/d", "bcf", "mcf"})


def thing_of(counted: Span, head: Token | None, last: Token, end: int, money: bool, kind: str) -> str:
    """What a sum, a share or a measure is of, when the counted words do not say it: "loadings" in
    "loadings of 200,000 bpd", "market capitalization" in "has shrunk by $100 billion"."""
    if head is not None and not _only_units(counted):
        return ""
    dimension = _dimension(last.doc, end, kind)
    if dimension:
        return dimension
    token = head if head is not None else last
    while token.dep_ in _UP_TO_THE_AMOUNT and token.head.i != token.i:
        token = token.head
    noun = _purpose(token) if money else None
    noun = noun or _noun_above(token)
    if noun is not None:
        return _noun_phrase(noun)
    verb = token.head if token.dep_ in ("nsubjpass", "dobj") else None
    if verb is not None and verb.tag_ in ("VBN", "VBD") and verb.pos_ == "VERB":
        return f"amount {verb.lower_}"  # "$360m has been pledged", "spilled 1.4 million tonnes"
    return ""


def _dimension(doc: Doc, end: int, kind: str) -> str:
    """ "40 feet tall", "a mile (1.6 km) deep", "42 miles southeast of Venice": a size or a distance."""
    if not figure_kinds.is_measure(kind.split(" per ")[0]):
        return ""
    at = end
    if at < len(doc) and doc[at].text == "(":  # "a mile (1.6 km) deep"
        closing = [t.i for t in doc[at : min(at + 8, len(doc))] if t.text == ")"]
        at = closing[0] + 1 if closing else at
    following = doc[at].lower_ if at < len(doc) else ""
    if following in _DIMENSIONS:
        return _DIMENSIONS[following]
    return "distance" if following in _DIRECTIONS else ""


def _purpose(token: Token) -> Token | None:
    """What a sum is paid for: "$50 million in damages claims", "$10 billion in assets"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "for", "on"):
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and not _a_time(c)]
            if objects:
                return objects[0]
    return None


def _a_time(token: Token) -> bool:
    """ "in the past 24 hours", "for six months": when, not what."""
    return token.ent_type_ in ("DATE", "TIME") or figure_kinds.kind_of(token.text) in figure_kinds.NOT_COUNTS


def _only_units(counted: Span) -> bool:
    """ "barrels a day", "bpd", "km": the counted words name a unit and nothing else."""
    words = [t for t in counted if t.pos_ in ("NOUN", "PROPN")]
    return all(unit_word(t) for t in words)


def unit_word(token: Token) -> bool:
    lowered = token.lower_
    return (
        figure_kinds.is_measure(figure_kinds.kind_of(lowered))
        or lowered in _BARREL_RATES
        or lowered in _MONEY_UNITS
        or lowered in figure_kinds.CURRENCY_WORDS
        or figure_kinds.rate_period(lowered) is not None
        or any(figure_kinds.is_measure(figure_kinds.kind_of(part)) for part in lowered.split("/"))
    )


def _noun_above(token: Token) -> Token | None:
    """The noun a figure is of: the head of "of"/"at"/"worth"/"between", else the object or subject
    of the verb the figure measures ("pegging the well's flow at ...", "has shrunk by ...")."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in _OF_WORDS and head.head.pos_ == "NOUN":
        if is_scale_word(head.head.text) or vague_amount([head.head.text]):  # "billions of pounds"
            return _noun_above(head.head)
        return head.head
    if token.dep_ in ("npadvmod", "amod") and head.lower_ == "worth" and head.head.pos_ == "NOUN":
        return head.head
    verb = head.head if token.dep_ == "pobj" else head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and not unit_word(verb.head):
        return verb.head  # "a total national catch valued at $131.6million"
    for dep in ("dobj", "nsubjpass", "nsubj"):
        for child in verb.children:
            if child.dep_ == dep and child.i != token.i and child.pos_ == "NOUN" and not unit_word(child):
                return child
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "for"):
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if objects and not unit_word(objects[0]):
                return objects[0]
    return None


def _noun_phrase(noun: Token) -> str:
    """The noun with the words that make it specific: "the well's flow" gives "well's flow"."""
    start = noun.i
    for child in reversed(list(noun.lefts)):
        if child.dep_ not in ("compound", "amod", "poss", "nmod") or child.i != start - 1 - _case_gap(
            noun, start
        ):
            break
        start = child.left_edge.i if child.dep_ == "poss" else child.i
    words = [t.text_with_ws for t in noun.doc[start : noun.i + 1] if t.pos_ != "DET"]
    return "".join(words).strip()


def _case_gap(noun: Token, start: int) -> int:
    """One for a possessive marker between a modifier and what follows it ("well 's flow")."""
    return 1 if start > 0 and noun.doc[start - 1].dep_ == "case" else 0


def named_counted(thing: str, written: str, money: bool) -> str:
    """What `Figure.counted` says: the thing, and the unit as written when there is one."""
    if not thing:
        return written
    if money or not written:
        return thing
    return f"{thing} in {written}"
