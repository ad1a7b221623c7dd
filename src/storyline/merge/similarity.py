"""How alike two event statements are, and the cheap keys used to find candidates.

Two reports of one event rarely share long word sequences ("said that North
Korea was likely to send some of its regular armed forces" / "stated that
North Korea would likely send part of its regular armed forces"), so the
score mixes content-word overlap with character 5-gram overlap, which
survives inflection and reordering, and rewards agreeing figures and actors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from storyline.model import Event

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
}  # fmt: skip
_IGNORED = STOP_WORDS | _MONTHS | {"said", "says", "say", "told", "stated", "according"}


@dataclass(frozen=True, slots=True)
class Signature:
    words: frozenset[str]
    grams: frozenset[str]
    figures: frozenset[float]
    actors: frozenset[str]


def signature(event: Event) -> Signature:
    text = event.summary.lower()
    words = frozenset(w for w in _WORD.findall(text) if w not in _IGNORED and not w.isdigit())
    squeezed = " ".join(_WORD.findall(text))
    grams = frozenset(squeezed[i : i + 5] for i in range(max(len(squeezed) - 4, 1)))
    return Signature(
        words=words,
        grams=grams,
        figures=frozenset(f.value for f in event.figures),
        actors=frozenset(event.actors),
    )


def _jaccard(a: frozenset[object], b: frozenset[object]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def similarity(a: Signature, b: Signature) -> float:
    score = 0.45 * _jaccard(a.words, b.words) + 0.4 * _jaccard(a.grams, b.grams)  # type: ignore[arg-type]
    if a.figures and b.figures:
        score += 0.1 if a.figures & b.figures else -0.15
    if a.actors and b.actors:
        score += 0.05 * _jaccard(a.actors, b.actors)  # type: ignore[arg-type]
    return score


def blocking_keys(sig: Signature) -> frozenset[str]:
    """Words long enough to be telling; candidates must share some of them."""
    return frozenset(w for w in sig.words if len(w) > 3)
