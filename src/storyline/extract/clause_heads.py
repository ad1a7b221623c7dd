"""The words that tell the events of a sentence's clauses other than an event mention's own.

A sentence may tell a second event in a clause of its own ("The nationwide campaign begins after the
number of confirmed cases ... has risen to 28", "The top kill attempt, which began on Wednesday"):
it is then close to a report of that second event through the clause alone, and the merge stage
does not take the closeness for a paraphrase (`merge.entries._clause_lent`). A clause is an adverbial
clause ("after ... has risen"), a relative clause ("which began"), a clausal complement ("the last in
1968 killed"), a gerund after "after", "since", "while" or "before", a coordinated clause with a
subject or an auxiliary of its own ("Some 26 people have died ... and more than 1,000 cases have been
reported", "spoke after the latest case ... was confirmed" as the parser reads it), and the act a
verb's object is told to do ("reminded him to study"). With it come the verbs its own open
complements chain ("Leaflets ... are to start being delivered"). Not a light verb's object ("carried
out an extensive interview"), a verb coordinated under one subject ("acted ... and gave"), the next
verb of a list ("will be filmed in high definition, broadcast on BBC Two") nor what a verb of seeing
saw done ("Wednesday saw a US Coast Guard crew set fire"): they tell the sentence's own event.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Token

from storyline.extract.attribution import is_reporting_verb

_CLAUSES = frozenset({"advcl", "relcl", "ccomp"})
_JOINED = frozenset({"conj", "parataxis"})
_OWN = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})  # a subject or an auxiliary of its own
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_LINKS = _SUBJECTS | {"mark"}  # what makes an adverbial clause more than a list
_REPORTED = frozenset({"ccomp", "parataxis"})  # "..., Mr Wells said"
_COMPLEMENTS = frozenset({"xcomp", "acomp"})  # "are to start being delivered", "he was concerned"
_TIME_LINKS = frozenset({"after", "since", "while", "before"})  # "after rising"
_SEEING = frozenset({"see", "sees", "saw", "seen", "seeing", "watch", "watches", "watched", "watching"})


Chains = dict[int, list[Token]]  # a sentence's clause heads (by index) and each one's chained words


def clause_heads(trigger: Token, known: dict[int, Chains] | None = None) -> list[str]:
    """The lower-case words telling the events of its sentence's clauses other than the trigger's own,
    in order: a subordinate clause's mention gets the main clause's word too ("was made" in "was
    pronounced dead ... two hours after the call was made"). `known`: the chains found so far, by
    the sentence root's index, so that a sentence's tree is read once for all its mentions (a long
    sentence has hundreds)."""
    root = _root(trigger)
    known = {} if known is None else known
    if root.i not in known:
        known[root.i] = _chains(root)
    chains = known[root.i]
    own = _own_clause(trigger, chains.keys())
    reports = _report_of(trigger.doc[own])
    return [
        word.lower_
        for head, words in chains.items()
        if head != own
        for word in words
        if word.i != trigger.i and word.i not in reports  # "..., Mr Wells said": its report
    ]


def _chains(root: Token) -> Chains:
    """The sentence's clause heads, in order, each with the words its clause chains."""
    heads = [root, *(token for token in root.subtree if token.i != root.i and _heads_clause(token))]
    return {head.i: list(_chain(head)) for head in heads}


def _own_clause(trigger: Token, heads: Collection[int]) -> int:
    """The head of the clause the trigger stands in: itself or its nearest ancestor heading one."""
    token = trigger
    while token.i not in heads:
        token = token.head
    return token.i


def _root(token: Token) -> Token:
    while token.head.i != token.i:
        token = token.head
    return token


def _report_of(own: Token) -> set[int]:
    """The verb reporting the mention's clause, which is no other event: "BP scientists have detected
    ..., Mr Wells said"."""
    if own.dep_ in _REPORTED and is_reporting_verb(own.head):
        return {own.head.i}
    return set()


def _chain(head: Token) -> Iterator[Token]:
    """The clause's head, the words its complements chain ("are to start being delivered", "was
    concerned") and the verbs coordinated under its subject ("that blast killed 11 workers and
    spilled millions of barrels")."""
    yield head
    for child in head.children:
        if child.dep_ in _COMPLEMENTS or (child.dep_ == "conj" and not _heads_clause(child)):
            yield from _chain(child)


def _heads_clause(token: Token) -> bool:
    deps = {child.dep_ for child in token.children}
    if token.dep_ == "pcomp":
        return token.head.lower_ in _TIME_LINKS
    if token.dep_ in _JOINED:
        return bool(deps & _OWN)
    if token.dep_ == "acl":  # "a response to the ... explosion - that blast killed 11 workers"
        return bool(deps & _SUBJECTS)
    if token.dep_ == "xcomp":
        return any(child.dep_ == "dobj" for child in token.head.children)  # "reminded him to study"
    if token.dep_ == "ccomp" and token.head.lower_ in _SEEING:
        return False  # "Wednesday saw a crew set fire": the fire is what the day saw
    if token.dep_ == "advcl" and not deps & _LINKS and token.tag_ == token.head.tag_:
        return False  # "filmed in high definition, broadcast on BBC Two": a list of one subject's acts
    return token.dep_ in _CLAUSES
