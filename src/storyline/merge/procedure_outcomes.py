"""A procedure and what became of it: "BP has started the "static kill" of its leaking Gulf of Mexico
oil well" is not "BP says the "static kill" of its ruptured Gulf of Mexico oil well has worked".

A verb of attempt or phase ("started", "carried out", "began") names no happening of its own: the
mention's kind is the procedure its argument names (`extract.told_events`), so its predicate is
that name, not its word. Another verb with that procedure for its doer or its object ("has
worked", "failed", "was suspended") tells what became of it: its success, its failure, its delay,
another piece of news, days apart as often as not. The two sentences share the procedure's
description ("the static kill of its ... oil well"), so they read as paraphrases (`pair_rules._margin`)
though their words tell two events.
"""

from __future__ import annotations

from storyline.extract.event_arguments import AGENT, PATIENT
from storyline.merge.similarity import Signature, predicate_key


def outcome_of_procedure(sig: Signature, other: Signature) -> bool:
    """Whether one of two mentions tells a procedure its verb only supports (`told_procedure`) and the
    other, of another predicate, tells something that the procedure did or that was done to it."""
    return _tells_of(sig, other) or _tells_of(other, sig)


def told_procedure(sig: Signature) -> str | None:
    """The key of the procedure's noun ("kill" of "static kill") when the mention's kind is a procedure
    its word supports (the word is not the predicate's, the sentence writes the predicate's noun:
    "started the static kill"); None otherwise."""
    noun = sig.lemma.rpartition(" ")[2]
    if not sig.word or not noun or predicate_key(sig.word) == sig.predicate or noun not in sig.words:
        return None
    return predicate_key(noun)


def _tells_of(procedure: Signature, outcome: Signature) -> bool:
    """Whether `outcome`, of another predicate, has `procedure`'s procedure for its doer or object."""
    if procedure.predicate == outcome.predicate or (noun := told_procedure(procedure)) is None:
        return False
    return any(role in (AGENT, PATIENT) and noun in keys for role, keys, _ in outcome.arguments)
