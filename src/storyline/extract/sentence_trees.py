"""Where the sentence of a word of the parse lies, when every sentence is a tree of its own.

spaCy cuts a parsed document's sentences where its trees end (the line-boundary component sets its
cuts before the parser runs, and the parser keeps them), so every word below a sentence's root lies
in that sentence; the bounds are given only where the parse read shows it. Extractors
that would walk everything below a root to find a few words (`clause_heads`, `attribution`'s main
cue) look between the sentence's bounds instead, once this holds for the parse; spaCy's own
`left_edge` and `right_edge` cannot stand in (a non-projective parse can leave one short of the
subtree). Read once per parse with numpy, kept in its `user_data` like the token table.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc

from storyline.analyse.token_table import token_table

_KEY = "storyline.sentence_trees"


def sentence_bounds(doc: Doc, index: int) -> tuple[int, int] | None:
    """The first word and the end of the sentence of word `index`, when no word of the parse hangs on
    a word of another sentence (so that all the words below a word lie in its sentence); else None."""
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = _read(doc)
    starts, of_word = found
    if not of_word:
        return None
    sentence = of_word[index]
    return starts[sentence], starts[sentence + 1]


def _read(doc: Doc) -> tuple[list[int], list[int]]:
    """The sentences' first words with the parse's length after them, and each word's sentence; no
    sentences when a word hangs outside its own."""
    count = len(doc)
    if not count:
        return [0], []
    first = doc.to_array([SENT_START]).astype(numpy.int64).ravel() == 1
    first[0] = True
    of_word = numpy.cumsum(first) - 1
    heads = numpy.asarray(token_table(doc).head, dtype=numpy.int64)
    if not (of_word[heads] == of_word).all():
        return [0], []
    return [*numpy.flatnonzero(first).tolist(), count], of_word.tolist()
