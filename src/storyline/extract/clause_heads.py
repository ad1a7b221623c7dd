"""The words that tell the events of a sentence's clauses other than an event mention's own.

A sentence may tell a second event in a clause of its own ("The nationwide campaign begins after the
number of confirmed cases ... has risen to 28", "The top kill attempt, which began on Wednesday"):
it is then close to a report of that second event through the clause alone, and the merge stage
does not take the closeness for a paraphrase (`merge.pair_rules._clause_lent`). A clause is an adverbial
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
from functools import lru_cache

from spacy.tokens import Doc, Token

from storyline.analyse.token_table import TokenTable, token_table
from storyline.extract.attribution import is_reporting_verb
from storyline.extract.sentence_trees import sentence_bounds

_CLAUSES = frozenset({"advcl", "relcl", "ccomp"})
_JOINED = frozenset({"conj", "parataxis"})
# the dependencies `_heads_clause` can say yes to: a set look-up before its tests, asked of every word
_MAY_HEAD_CLAUSE = _CLAUSES | _JOINED | {"pcomp", "acl", "xcomp"}
_OWN = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})  # a subject or an auxiliary of its own
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_LINKS = _SUBJECTS | {"mark"}  # what makes an adverbial clause more than a list
_REPORTED = frozenset({"ccomp", "parataxis"})  # "..., Mr Wells said"
_COMPLEMENTS = frozenset({"xcomp", "acomp"})  # "are to start being delivered", "he was concerned"
_TIME_LINKS = frozenset({"after", "since", "while", "before"})  # "after rising"
_SEEING = frozenset({"see", "sees", "saw", "seen", "seeing", "watch", "watches", "watched", "watching"})


def clause_heads(trigger: Token) -> list[str]:
    """The lower-case words telling the events of its sentence's clauses other than the trigger's own,
    in order: a subordinate clause's mention gets the main clause's word too ("was made" in "was
    pronounced dead ... two hours after the call was made")."""
    doc = trigger.doc
    table = token_table(doc)
    chains = _sentence_chains(doc, _root(table, trigger.i))
    own = _own_clause(table, trigger.i, chains.keys())
    reports = _report_of(doc, table, own)
    return [
        word
        for head, words in chains.items()
        if head != own
        for at, word in words
        if at != trigger.i and at not in reports  # "..., Mr Wells said": its report
    ]


@lru_cache(maxsize=1)
def _sentence_chains(doc: Doc, root: int) -> dict[int, tuple[tuple[int, str], ...]]:
    """Each clause head of the sentence under `root`, in order, with the words its `_chain` gives
    (index, lower case): the same for every mention of the sentence, so walked once, not once a
    mention (a 2,000-word run-on line of 526 mentions took 6.7 s to ingest so, 1.1 s before
    clause heads, 2.5 s now). Read from the token table: a `Token` for every word of the sentence
    and for each of their children made this a tenth of extraction's time. The heads below the root
    come in the order of `Token.subtree` (`_walk_order`), found among the words of the root's sentence
    (`sentence_bounds`) whose dependency may head a clause: not by walking the whole sentence, a third
    of this."""
    table = token_table(doc)
    dep = table.dep
    start, end = sentence_bounds(doc, root) or (0, len(dep))  # all the words below the root lie here
    below: list[tuple[tuple[int, ...], int]] = []
    for index in range(start, end):
        if dep[index] in _MAY_HEAD_CLAUSE and index != root:
            order = _walk_order(table, index, root)
            if order is not None and _heads_clause(table, index):
                below.append((order, index))
    heads = [root, *(index for _, index in sorted(below))]
    lower = table.lower
    return {head: tuple((index, lower[index]) for index in _chain(table, head)) for head in heads}


def _walk_order(table: TokenTable, index: int, top: int) -> tuple[int, ...] | None:
    """Where a word comes in `Token.subtree` of `top` (None: it is not below `top`), as a key to sort
    by: the words from `top` down to it, then the word again. The walk puts a word's left children
    (each with the words below it), the word, then its right children, each side in order: of two
    words, the one whose path turns first to a lower index, or stops at its own word before going on
    to a higher one, comes first."""
    path = [index, index]
    head = table.head
    while path[-1] != top:
        above = head[path[-1]]
        if above == path[-1]:
            return None  # another sentence's root
        path.append(above)
    return tuple(reversed(path))


def _own_clause(table: TokenTable, index: int, heads: Collection[int]) -> int:
    """The head of the clause the trigger stands in: itself or its nearest ancestor heading one."""
    while index not in heads:
        index = table.head[index]
    return index


def _root(table: TokenTable, index: int) -> int:
    while table.head[index] != index:
        index = table.head[index]
    return index


def _report_of(doc: Doc, table: TokenTable, own: int) -> set[int]:
    """The verb reporting the mention's clause, which is no other event: "BP scientists have detected
    ..., Mr Wells said"."""
    head = table.head[own]
    if table.dep[own] in _REPORTED and is_reporting_verb(doc[head]):
        return {head}
    return set()


def _chain(table: TokenTable, head: int) -> Iterator[int]:
    """The clause's head, the words its complements chain ("are to start being delivered", "was
    concerned") and the verbs coordinated under its subject ("that blast killed 11 workers and
    spilled millions of barrels")."""
    yield head
    dep = table.dep
    for child in table.children(head):
        if dep[child] in _COMPLEMENTS or (dep[child] == "conj" and not _heads_clause(table, child)):
            yield from _chain(table, child)


def _heads_clause(table: TokenTable, index: int) -> bool:
    dep, lower, head = table.dep, table.lower, table.head[index]
    own = dep[index]
    if own == "pcomp":
        return lower[head] in _TIME_LINKS
    if own in _JOINED:
        return any(dep[child] in _OWN for child in table.children(index))
    if own == "acl":  # "a response to the ... explosion - that blast killed 11 workers"
        return any(dep[child] in _SUBJECTS for child in table.children(index))
    if own == "xcomp":
        return any(dep[child] == "dobj" for child in table.children(head))  # "reminded him to study"
    if own == "ccomp" and lower[head] in _SEEING:
        return False  # "Wednesday saw a crew set fire": the fire is what the day saw
    if (
        own == "advcl"
        and not any(dep[c] in _LINKS for c in table.children(index))
        and table.tag[index] == table.tag[head]
    ):
        return False  # "filmed in high definition, broadcast on BBC Two": a list of one subject's acts
    return own in _CLAUSES
