"""A running tally's new figure: "It brings the overall totals to 24 in England", "the number of UK
cases ... reached 28", "The death toll has risen to 20".

The number counts nothing written after it, so `figures` finds no kind for it; the tally it sets is
the subject of a verb of change ("has risen to", "reached", "stands at") or the object of a verb that
sets it ("brings the total to"), and the tally names what it counts: "the number of UK cases" counts
cases, "the death toll" deaths; a bare "the total" counts what the story counts, unsaid.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from storyline.extract import figure_kinds
from storyline.extract.figure_things import set_off_dash

TALLIES = frozenset({"number", "numbers", "total", "totals", "tally", "tallies", "toll", "tolls", "count"})
_CHANGES_TO = frozenset(
    {"rise", "rises", "rose", "risen", "rising", "climb", "climbs", "climbed", "climbing", "increase",
     "increases", "increased", "increasing", "grow", "grows", "grew", "grown", "growing", "jump", "jumps",
     "jumped", "jumping", "stand", "stands", "stood", "standing", "go", "goes", "went", "gone"}
)  # fmt: skip  # the tally is the subject: "has risen to 28", "stands at 52,160", "has gone up to 40"
_SETS_TO = frozenset(
    {"bring", "brings", "brought", "bringing", "take", "takes", "took", "taken", "taking", "push",
     "pushes", "pushed", "pushing", "raise", "raises", "raised", "raising", "put", "puts", "putting"}
)  # fmt: skip  # the tally is the object: "brings the total to 23", "pushing the death toll to 20"
_REACHES = frozenset(
    {"reach", "reaches", "reached", "reaching", "hit", "hits", "hitting", "top", "tops", "topped",
     "topping", "pass", "passes", "passed", "passing", "exceed", "exceeds", "exceeded", "exceeding"}
)  # fmt: skip  # the number is the object, the tally the subject: "the number of UK cases reached 28"


@dataclass(frozen=True, slots=True)
class Tally:
    """What a tally's figure counts: its kind ("case", "death", "total") and its words ("UK cases")."""

    kind: str
    thing: str


def tally_of(number: Token) -> Tally | None:
    """The tally a bare number sets (`number`: the amount's last word), or None when it sets none."""
    verb, role = _verb_and_role(number)
    if verb is None:
        return None
    tally = next((child for child in verb.children if child.dep_ in role), None)
    if tally is None or tally.lower_ not in TALLIES:
        return None
    counted = next(
        (
            grandchild
            for child in tally.children
            if child.dep_ == "prep" and child.lower_ == "of"
            for grandchild in child.children
            if grandchild.dep_ == "pobj" and grandchild.pos_ == "NOUN"
        ),
        None,
    )
    if counted is not None:  # "the number of UK cases": cases
        words = [w for w in counted.lefts if w.dep_ in ("compound", "amod", "nmod")]
        return Tally(figure_kinds.kind_of(counted.text), " ".join(w.text for w in [*words, counted]))
    named = next((child for child in tally.children if child.dep_ == "compound"), None)
    if named is not None:  # "the death toll": deaths
        return Tally(figure_kinds.kind_of(named.text), f"{named.text} {tally.text}")
    return Tally(figure_kinds.kind_of("total"), tally.text)


def _verb_and_role(number: Token) -> tuple[Token | None, tuple[str, ...]]:
    """The verb that sets the tally to the number, and the dependencies the tally may hang by."""
    number = _past_dash_head(number)
    head = number.head
    if number.dep_ == "pobj" and head.lower_ in ("to", "at") and head.dep_ == "prep":
        verb = head.head
        if verb.lower_ in _CHANGES_TO:
            return verb, ("nsubj", "nsubjpass")
        if verb.lower_ in _SETS_TO:
            return verb, ("dobj",)
    if number.dep_ == "dobj" and head.lower_ in _REACHES:
        return head, ("nsubj",)
    return None, ()


def _past_dash_head(number: Token) -> Token:
    """The word that holds the number's place in the clause: the number itself, or the word past a
    spaced dash the parse hung it on ("rose to 260 - up from 26 on Wednesday" read "260-up" as one
    noun, the object of "to"). A dash set off by spaces ends the amount's phrase (`set_off_dash`):
    the number counts nothing past it, and stands where the parse put that word."""
    head = number.head
    if number.dep_ != "nummod" or head.i < number.i:
        return number
    return head if any(set_off_dash(word) for word in number.doc[number.i + 1 : head.i]) else number
