"""The event a verb of attempt, phase or support is about: "try a top kill", "launched an attack".

Many predicates name no happening of their own: they say that something was tried, begun,
carried out, pinned hopes on or would take days ("BP is pinning its hopes on the top kill",
"Rebels launched an attack", "Fitting the new cap could take a week", "the top kill, which began
on Wednesday"). What happened is the operation their argument names, and other articles tell it
with other verbs ("the top kill failed", "attacked"): the mention's kind of event (its predicate
lemma, the key the merge stage finds candidates by and compares) is then that operation, not
the support verb. The mention keeps its verb as its words, date and modality: only its kind
changes.

An argument names an operation when it is an eventive noun (`event_nouns`: "attack", "raid"),
a verb ("begins to fit", "Fitting ... could take"), or a named procedure: a noun with the words
that name it ("top kill", "static kill", written alone or before a word such as "operation" or
"procedure").
"""

from __future__ import annotations

from collections.abc import Callable

from storyline.analyse.token_table import TokenTable
from storyline.extract.event_nouns import is_event_noun


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs whose object is the operation: one tries, attempts, launches or carries out an operation.
_ATTEMPTS = _words(
    "try attempt launch perform conduct undertake carry mount stage begin start complete finish"
)
# Verbs whose subject is the operation when they have no object ("the kill began", "fitting it could take").
# Not "continue" or "resume": the drilling's start and its going on are two pieces of news.
_PHASES = _words("begin start end finish take")
# Verbs whose operation is the object of a preposition: "pin hopes on X", "proceed with X".
_SUPPORTS = {"pin": "on", "proceed": "with", "embark": "on"}
# Verbs whose following verb is the operation: "began to fit", "tried to plug", "started drilling".
_BEFORE_VERBS = _words("try attempt begin start finish complete")
# Nouns that say an operation is meant and leave its name to the words before them ("a top kill procedure").
_PROCEDURES = _words("operation procedure attempt bid effort mission method technique manoeuvre maneuver")
_DURATIONS = _words("time while minutes hours days weeks months years minute hour day week month year")
_NAMING = ("amod", "compound", "nmod")
# Adjectives that say which one, not what: "a new cap", "the first attempt" name no procedure.
_ORDINARY = _words(
    "new first second third last latest final further fresh other another similar major minor big small"
    " large full same different previous next early late initial"
)
_QUOTES = frozenset({'"', "``", "''", "“", "‘", "'", "`"})
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")

Lemma = Callable[[int], str]


def told_event(table: TokenTable, verb: int, lemma: str, lemma_at: Lemma) -> str | None:
    """The kind of event the support verb at index `verb` (of lemma `lemma`) is about: the lemma of
    the operation its argument names (or the name of a named procedure: "top kill"); None when
    the verb is not one of them or names no operation."""
    children = table.children(verb)
    dep, pos = table.dep, table.pos
    if lemma == "carry" and not any(dep[c] == "prt" and table.lower[c] == "out" for c in children):
        return None  # "carried out a raid", not "carried a warning"
    if lemma in _ATTEMPTS:
        for child in children:
            if dep[child] == "dobj" and (found := _operation(table, child, lemma_at)):
                return found
    if lemma in _SUPPORTS:
        for child in children:
            if dep[child] == "dobj":  # "pinning its hopes on the top kill": the phrase hangs from "hopes"
                children = [*children, *table.children(child)]
        for child in children:
            if dep[child] == "prep" and table.lower[child] == _SUPPORTS[lemma]:
                for noun in table.children(child):
                    if dep[noun] == "pobj" and (found := _operation(table, noun, lemma_at)):
                        return found
    if lemma in _BEFORE_VERBS:
        for child in children:
            if dep[child] == "xcomp" and pos[child] == "VERB":  # "plug ... in a top kill operation"
                return _procedure_in(table, child, lemma_at) or lemma_at(child).lower()
    if lemma in _PHASES and not any(dep[c] == "dobj" and table.lower[c] not in _DURATIONS for c in children):
        if dep[verb] == "relcl" and any(dep[c] == "nsubj" and pos[c] == "PRON" for c in children):
            return _operation(
                table, table.head[verb], lemma_at, eventive=False
            )  # "the top kill, which began"
        for child in children:
            if dep[child] in _SUBJECTS:
                if pos[child] == "VERB":  # "Fitting the new cap could take"
                    return lemma_at(child).lower()
                return _operation(table, child, lemma_at, eventive=False)
    return None


def _procedure_in(table: TokenTable, verb: int, lemma_at: Lemma) -> str | None:
    """The named procedure a verb is done by or in ("plug the well in a so-called top kill operation")."""
    for child in table.children(verb):
        if table.dep[child] == "prep":
            for noun in table.children(child):
                if table.dep[noun] == "pobj" and lemma_at(noun).lower() in _PROCEDURES:
                    return _operation(table, noun, lemma_at)
    return None


def _operation(table: TokenTable, noun: int, lemma_at: Lemma, eventive: bool = True) -> str | None:
    """The operation a noun names: the name written before a word of procedure ("top kill
    procedure"), the noun with the words that name it, written as a name ("a so-called top kill"),
    or, when `eventive` (the object of an attempt: "launched an investigation"), its lemma when
    it is an eventive noun. Not an eventive noun as a phase's subject: "the spill, which began on
    20 April" or "since the disaster began" tell the story's background, not an operation.
    None otherwise."""
    if table.pos[noun] != "NOUN":
        return None
    word = lemma_at(noun).lower()
    if word in _PROCEDURES:
        names = _names(table, noun)
        return " ".join(table.lower[i] for i in names) if any(table.pos[i] == "NOUN" for i in names) else None
    if is_event_noun(word):
        return word if eventive else None
    names = _names(table, noun)
    if not names or not _written_as_name(table, noun, names[0]):
        return None
    return " ".join([*(table.lower[i] for i in names), word])


def _written_as_name(table: TokenTable, noun: int, first: int) -> bool:
    """The words are set apart as a name: in quotes ("the "top kill"") or called so ("a so-called top
    kill"), not a thing described ("an armed helicopter")."""
    before = table.lower[first - 1] if first > 0 else ""
    return before in _QUOTES or any(table.lower[child] == "called" for child in table.children(noun))


def _names(table: TokenTable, noun: int) -> list[int]:
    """The words before a noun that name it, and theirs ("top" of "top kill"), in text order."""
    found: list[int] = []
    for head in (noun, *_naming(table, noun)):
        found.extend(i for i in _naming(table, head) if i not in found)
    return sorted(found)


def _naming(table: TokenTable, head: int) -> list[int]:
    return [
        child
        for child in table.children(head)
        if child < head
        and table.dep[child] in _NAMING
        and table.pos[child] in ("ADJ", "NOUN")
        and table.lower[child] not in _ORDINARY
    ]
