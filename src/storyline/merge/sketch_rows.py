"""Upper bounds on the sentence similarity of one mention with a whole block of others, in a few
numpy calls.

Merging scores a new mention against every report of up to a few hundred candidate entries, and
most of those pairs are far apart. Telling so pair by pair in Python was most of a merge's time;
here each report's 5-gram sketch and a sketch of its content words are kept as one row of 64-bit
words, and a mention's bound against a block of reports is one AND and one popcount over their
rows. Two items can be shared only where both sketches have a bit, and a bucket holding several
items of one sentence may hide more shared ones, at most as many as that sentence's items
outnumber its bits: the Jaccard arithmetic on a count never smaller gives a similarity never
below `similarity.sentence_similarity`; `SLACK` covers numpy adding up in another order than
Python.

The rows are kept for one batch (`clear`): they cost about what the signatures' own sketches
cost, and every report that a batch compares needs its row once.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import numpy as np

from storyline.merge.scale_levels import level_set
from storyline.merge.similarity import Signature

GRAM_BITS = 2048  # `similarity`'s 5-gram sketch folded to a quarter: a quarter of the memory read
WORD_BITS = 1024  # buckets of a sentence's content words (about 15 of them)
GRAM_WIDTH = GRAM_BITS // 64  # 64-bit words of a 5-gram sketch
SLACK = 1e-9  # far above any rounding of sums of a few terms near 1, far below any threshold's gap
FIGURE_BONUS = 0.1  # the most that `similarity.figure_agreement` adds
_PARTS = [0, GRAM_WIDTH]  # where the 5-gram sketch and the word sketch start in a row
LEVEL = "level:"  # before a level's code (`SketchRows.code`), kept apart from documents and predicates
_COLUMNS = 12  # of a report's facts: sizes and hidden (two each), then one for each later `Block` field


class Block(NamedTuple):
    """What the bounds need of each report of a block (or of one mention), one array a field."""

    rows: np.ndarray  # the reports' rows in `SketchRows`
    sizes: np.ndarray  # two columns: how many 5-grams, how many content words
    hidden: np.ndarray  # two columns: how many more 5-grams, and words, than their sketch's bits
    document: np.ndarray  # numbers standing for strings (`SketchRows.code`)
    sentence: np.ndarray
    predicate: np.ndarray
    modality: np.ndarray
    main: np.ndarray  # flags: 0 or 1
    participants: np.ndarray
    figures: np.ndarray
    level: np.ndarray  # the level the report's word sets a scale to (`scale_levels.level_set`), 0: none


class Mine(NamedTuple):
    """What the bounds need of the one mention compared: its row, and its facts as plain numbers
    (a block of one row cost two numpy calls per field, for each of 38,000 mentions)."""

    row: int
    sizes: np.ndarray  # as in `Block`, for this row
    hidden: np.ndarray
    document: int
    sentence: int
    predicate: int
    modality: int
    main: int
    participants: int
    figures: int
    level: int


def _mine_rows(mine: Mine | Block) -> int | np.ndarray:
    return mine.rows if isinstance(mine, Block) else mine.row


class SketchRows:
    """Each report's sketches and the facts the bounds read, as rows of two arrays; a report is
    found by the identity of its `Signature` (kept here, so that the identity is not reused)."""

    def __init__(self) -> None:
        self._row_of: dict[int, tuple[Signature, int]] = {}
        self._examples: dict[int, Signature] = {}
        self._codes: dict[str, int] = {}  # documents, predicates and modalities as numbers
        self._bits = np.zeros((0, GRAM_WIDTH + WORD_BITS // 64), dtype=np.uint64)
        self._fields = np.zeros((0, _COLUMNS), dtype=np.int64)

    def clear(self) -> None:
        self._row_of.clear()
        self._examples.clear()
        self._codes.clear()

    def row(self, sig: Signature) -> int:
        found = self._row_of.get(id(sig))
        return found[1] if found is not None else self._add(sig)

    def example(self, document: int) -> Signature:
        """A report of the article numbered `document` (`code`)."""
        return self._examples[document]

    def mine(self, sig: Signature) -> Mine:
        row = self.row(sig)
        fields = self._fields[row]
        return Mine(row, fields[0:2], fields[2:4], *fields[4:].tolist())

    def block(self, rows: np.ndarray) -> Block:
        """The reports at `rows` (an index array: a list of some thousands of rows took as long to
        make and convert as the block to read)."""
        fields = self._fields[rows]
        return Block(rows, fields[:, 0:2], fields[:, 2:4], *fields[:, 4:].T)

    def sentence_bounds(self, mine: Mine | Block, others: Block) -> np.ndarray:
        """At least the sentence similarity of the one report of `mine` with each of `others`, or,
        `mine` a block as long as `others`, of each of its reports with the one of `others` beside it."""
        shared_bits = np.bitwise_count(self._bits[others.rows] & self._bits[_mine_rows(mine)])
        both = np.add.reduceat(shared_bits, _PARTS, axis=1, dtype=np.int64)  # 5-grams, words
        shared = np.minimum(
            np.minimum(both + np.minimum(mine.hidden, others.hidden), mine.sizes), others.sizes
        )
        jaccard = shared / np.maximum(mine.sizes + others.sizes - shared, 1)  # `similarity.jaccard`
        similarity = 0.5 * jaccard[:, 0] + 0.5 * jaccard[:, 1]
        # else it adds nothing: 0.0, which changes no sum
        if mine.figures.any() if isinstance(mine, Block) else mine.figures:
            similarity += FIGURE_BONUS * (others.figures & mine.figures)
        return similarity + SLACK

    def code(self, text: str) -> int:
        return self._codes.setdefault(text, len(self._codes))

    def _add(self, sig: Signature) -> int:
        row = len(self._row_of)
        if row == len(self._bits):
            grown = max(1024, 2 * row)
            self._bits = np.resize(self._bits, (grown, self._bits.shape[1]))
            self._fields = np.resize(self._fields, (grown, self._fields.shape[1]))
        bits, gram_bits, word_bits = _packed(sig.sketch, sig.words)
        self._bits[row] = bits
        document = self.code(sig.document)
        self._fields[row] = (
            len(sig.grams), len(sig.words),
            len(sig.grams) - gram_bits, len(sig.words) - word_bits,
            document, sig.sentence, self.code(sig.predicate), self.code(sig.modality),
            sig.main, bool(sig.participants), bool(sig.figures),
            self.code(LEVEL + level) + 1 if (level := level_set(sig)) else 0,
        )  # fmt: skip
        self._row_of[id(sig)] = (sig, row)
        self._examples.setdefault(document, sig)
        return row


@lru_cache(maxsize=4096)
def _packed(sketch: int, words: frozenset[str]) -> tuple[np.ndarray, int, int]:
    """A sentence's row: its 5-gram sketch folded to `GRAM_BITS` and the buckets of its content words,
    with how many bits each sets. The same for every mention of the sentence (they come one after
    another, a few a sentence), so kept rather than folded again for each."""
    grams, rest = 0, sketch
    while rest:  # bucket `hash % similarity.SKETCH_BITS % GRAM_BITS` for each 5-gram
        grams |= rest & ((1 << GRAM_BITS) - 1)
        rest >>= GRAM_BITS
    buckets = 0
    for word in words:
        buckets |= 1 << (hash(word) & (WORD_BITS - 1))
    packed = grams.to_bytes(GRAM_BITS // 8, "little") + buckets.to_bytes(WORD_BITS // 8, "little")
    return np.frombuffer(packed, dtype="<u8"), grams.bit_count(), buckets.bit_count()
