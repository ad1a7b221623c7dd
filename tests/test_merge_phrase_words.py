"""A phrasal key ("pick up") is the predicate's own word: its verb ("pick") is no telling word the
two sentences share. Sentences from the Timeline17 articles of H1N1_bbc (seed 270's S21): the
Ayrshire man who picked up swine flu in Texas (4 May) and a warning that the chances of picking
up the virus are remote (15 June)."""

from __future__ import annotations

from datetime import date

from conftest import events_of
from storyline.merge.pair_rules import _other_words_shared
from storyline.merge.similarity import signature

TEXAS = "He is thought to have picked up swine flu while in Texas and was diagnosed with the virus on Sunday."
REMOTE = '"I still think the chances of picking up the virus are remote."'


def _picked(pipeline, text: str, day: date):  # type: ignore[no-untyped-def]
    (event,) = [e for e in events_of(pipeline, text, day) if e.predicate == "pick up"]
    return signature(event, frozenset(), day)


def test_the_verb_of_a_phrase_is_not_a_shared_word(pipeline) -> None:  # type: ignore[no-untyped-def]
    texas = _picked(pipeline, TEXAS, date(2009, 5, 4))
    remote = _picked(pipeline, REMOTE, date(2009, 6, 15))
    assert texas.predicate == remote.predicate == "pick up"
    assert "picked" in texas.words and "picking" in remote.words  # the verb is a content word of each
    shared = _other_words_shared(texas, remote)
    assert "pick" not in shared
    assert "virus" in shared  # the other words still count
