"""The procedure a verb of attempt, phase or support is about: "pinning its hopes on the top kill".

Many predicates name no happening of their own: they say that something was tried, begun,
proceeded with, pinned hopes on or would take days ("It is pinning its hopes on the "top kill"
operation", "will try to plug the leaking well in a so-called "top kill" operation", "Fitting the
new cap could take four to seven days", "The top kill attempt, which began on Wednesday"). What
happened is the procedure their argument names, and other articles tell it with other verbs:
the mention's kind of event (its predicate lemma, the key the merge stage finds candidates by and
compares) is then that procedure, not the support verb. The mention keeps its verb as its words,
date and modality: only its kind changes.

An argument names a procedure when it is a named procedure (a noun with the words that name it,
written as a name: "top kill", "static kill", alone in quotes or "so-called", or before a word
such as "operation" or "procedure"), or, as the subject of "take", "begin" and the like, a verb
("Fitting ... could take"). Not an eventive noun alone, nor the verb after "try" or "begin":
measured, they joined other happenings told with the same word (ECB+ topic 24's two jewel
robberies, "trying to funnel" with the May box and the June cap) more than they found the same.
"""

from __future__ import annotations

from collections.abc import Callable

from storyline.analyse.token_table import TokenTable


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
# Verbs whose following verb may be done in a named procedure: "try to plug the well in a top kill operation".
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
        # "pinning its hopes on the top kill": the phrase hangs from "hopes"
        reach = [*children, *(c for child in children if dep[child] == "dobj" for c in table.children(child))]
        for child in reach:
            if dep[child] == "prep" and table.lower[child] == _SUPPORTS[lemma]:
                for noun in table.children(child):
                    if dep[noun] == "pobj" and (found := _operation(table, noun, lemma_at)):
                        return found
    if lemma in _BEFORE_VERBS:
        for child in children:
            if dep[child] == "xcomp" and pos[child] == "VERB":  # "plug ... in a top kill operation"
                return _procedure_in(table, child, lemma_at)
    if lemma in _PHASES and not any(dep[c] == "dobj" and table.lower[c] not in _DURATIONS for c in children):
        if dep[verb] == "relcl" and any(dep[c] == "nsubj" and pos[c] == "PRON" for c in children):
            return _operation(table, table.head[verb], lemma_at)  # "the top kill, which began"
        for child in children:
            if dep[child] in _SUBJECTS:
                if pos[child] == "VERB":  # "Fitting the new cap could take"
                    return lemma_at(child).lower()
                return _operation(table, child, lemma_at)
    return None


def _procedure_in(table: TokenTable, verb: int, lemma_at: Lemma) -> str | None:
    """The named procedure a verb is done by or in ("plug the well in a so-called top kill operation")."""
    for child in table.children(verb):
        if table.dep[child] == "prep":
            for noun in table.children(child):
                if table.dep[noun] == "pobj" and lemma_at(noun).lower() in _PROCEDURES:
                    return _operation(table, noun, lemma_at)
    return None


def _operation(table: TokenTable, noun: int, lemma_at: Lemma) -> str | None:
    """The operation a noun names: the name written before a word of procedure ("top kill
    procedure"), or the noun with the words that name it, written as a name ("a so-called top
    kill"). None otherwise: not an eventive noun alone ("launched an investigation", "carried out a
    robbery", "since the oil disaster began"), whose word other reports of other happenings share
    (ECB+ topic 24 tells two jewel robberies; the story's background "disaster" joined the share
    price, BP's safety unit and the criminal inquiry)."""
    if table.pos[noun] != "NOUN":
        return None
    word = lemma_at(noun).lower()
    names = _names(table, noun)
    if word in _PROCEDURES:  # a name of two words or in quotes: not a kind ("rehabilitation efforts")
        named = any(table.pos[i] == "NOUN" for i in names) and (
            len(names) > 1 or _written_as_name(table, noun, names[0])
        )
        return " ".join(table.lower[i] for i in names) if named else None
    if not names or not _written_as_name(table, noun, names[0]):
        return None
    return " ".join([*(table.lower[i] for i in names), word])


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


def _written_as_name(table: TokenTable, noun: int, first: int) -> bool:
    """The words are set apart as a name: in quotes ("the "top kill"") or called so ("a so-called top
    kill"), not a thing described ("an armed helicopter")."""
    before = table.lower[first - 1] if first > 0 else ""
    return before in _QUOTES or any(table.lower[child] == "called" for child in table.children(noun))
