"""One bound for all the reports of an entry that a new mention is compared with.

Across articles two mentions are one event only if their sentences share
enough (`entries.sentence_floor`), and most candidate entries of a long run
share too little: millions of pairs, each told apart by `similarity.sentence_bound`
after a Python call or three. `Reach` gathers what an entry's compared reports
hold together (their 5-gram sketches or-ed, their words joined, the fewest and
most of each), so that one bound, never below any one report's sentence
similarity, lets the merger pass over the whole entry in one step. For an entry
of one report (most of them) the bound is that report's `sentence_bound`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from storyline.merge.similarity import Signature


@dataclass(frozen=True, slots=True)
class Reach:
    documents: frozenset[str]
    sketch: int  # the reports' 5-gram sketches or-ed
    hidden: int  # the most 5-grams hidden in a shared bucket (`Signature.hidden`)
    words: frozenset[str]  # the reports' words joined
    fewest_grams: int
    most_grams: int
    fewest_words: int  # of the reports that have words (at least 1)
    most_words: int
    figures: bool  # some report carries a figure


def reach(signatures: Sequence[Signature]) -> Reach:
    if len(signatures) == 1:
        (only,) = signatures
        words = len(only.words)
        return Reach(
            frozenset((only.document,)), only.sketch, only.hidden, only.words,
            len(only.grams), len(only.grams), max(words, 1), words, bool(only.figures),
        )  # fmt: skip
    sketch = 0
    for sig in signatures:
        sketch |= sig.sketch
    grams = [len(sig.grams) for sig in signatures]
    words = [len(sig.words) for sig in signatures if sig.words] or [0]
    return Reach(
        frozenset(sig.document for sig in signatures),
        sketch,
        max(sig.hidden for sig in signatures),
        frozenset().union(*(sig.words for sig in signatures)),
        min(grams),
        max(grams),
        max(min(words), 1),
        max(words),
        any(sig.figures for sig in signatures),
    )


def sentence_reach(sig: Signature, entry: Reach) -> float:
    """At least `similarity.sentence_similarity(sig, report)` for every report gathered in `entry`.

    `similarity.sentence_bound`'s arithmetic with counts that are never smaller (shared items)
    or never larger (the other side's size) than any one report's: the fraction only grows, to
    the last bit of the float. A figure on both sides may add at most 0.1.
    """
    count = len(sig.grams)
    shared = (sig.sketch & entry.sketch).bit_count() + min(sig.hidden, entry.hidden)
    shared = min(shared, count, entry.most_grams)
    grams = shared / (count + entry.fewest_grams - shared)
    words = 0.0
    if sig.words and entry.most_words:
        count = len(sig.words)
        shared = min(len(sig.words & entry.words), count, entry.most_words)
        words = shared / (count + entry.fewest_words - shared)
    return 0.5 * words + 0.5 * grams + (0.1 if sig.figures and entry.figures else 0.0)
