"""Event mentions' clause words (`Event.clauses`), stored once per sentence (schema 10).

Each mention of a sentence names the words heading the sentence's other clauses, nearly the same list
for every mention: a 40,000-character line of 2,699 mentions held 22 MB of them. The store keeps each
sentence's words once, each distinct word once (`sentence_clauses.words`), and each mention the
positions among them that its own list lacks (`events.clauses_out`: its own clause's words). The merge
stage asks only whether a word is among a mention's (`merge.pair_rules._clause_lent`), so a mention read
back has each of its words once, in the sentence's order. Mentions stored before schema 10 keep their
lists in `events.clauses`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache

from storyline.model import Event
from storyline.store.codec import to_json

SentenceKey = tuple[str, int, int]  # document id, start, end


def split_by_sentence(events: Sequence[Event]) -> tuple[dict[SentenceKey, str], list[str | None]]:
    """Each sentence's distinct clause words (JSON, in order of first use), and for each event the
    positions among them its list lacks (JSON; None for an event with no clause words)."""
    words: dict[SentenceKey, dict[str, int]] = {}
    for event in events:
        if event.clauses:
            found = words.setdefault(sentence_key(event), {})
            for word in event.clauses:
                found.setdefault(word, len(found))
    left_out: list[str | None] = []
    for event in events:
        own = set(event.clauses)
        found = words.get(sentence_key(event), {}) if own else {}
        left_out.append(to_json([at for word, at in found.items() if word not in own]) if own else None)
    return {key: to_json(list(found)) for key, found in words.items()}, left_out


def joined(sentence_words: str | None, left_out: str) -> list[str]:
    """A mention's clause words: its sentence's, less the positions it lacks."""
    lacking = set(json.loads(left_out))
    return [word for at, word in enumerate(_words(sentence_words or "[]")) if at not in lacking]


@lru_cache(maxsize=16)
def _words(raw: str) -> tuple[str, ...]:
    """A sentence's words, read once for all its mentions (they are read back together)."""
    return tuple(json.loads(raw))


def sentence_key(event: Event) -> SentenceKey:
    """The sentence an event is told in, as the store's sentence tables key it."""
    return event.document_id, event.start, event.end
