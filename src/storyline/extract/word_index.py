"""Where the words of a parse lie, read once per document, for the speaker rules of quotes.

Each quote asks of its sentence which word opens it, which words close the sentence after it, which
verb its words hang on. Walking the sentence (or the chain of heads) for every quote costs the
sentence's length per quote: a page the parser reads as one sentence of thousands of words, with a
quote every few words, took quadratic time (850 quoted captions on a 40,000-character line: 18 s).
Here each such lookup is a bisection or a step along pointers computed once: the next word from a
token on (quotation marks and blanks aside), the last one up to it, and the nearest ancestor of a
kind.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterator

import numpy
from spacy.attrs import IS_PUNCT, IS_QUOTE, IS_SPACE
from spacy.tokens import Doc, Span, Token

from storyline.analyse.token_table import token_table

_NONE = -1


class WordIndex:
    """The words of one parse by position: `starts` and `ends` are each token's character offsets
    (`idx`, `idx + len`), ascending; a word is a token neither a quotation mark nor a blank, a bare
    word one that is not punctuation either."""

    def __init__(self, doc: Doc) -> None:
        table = token_table(doc)
        columns = doc.to_array([IS_QUOTE, IS_SPACE, IS_PUNCT]) if len(doc) else numpy.zeros((0, 3))
        quote, space, punct = columns.T
        word = (quote == 0) & (space == 0)
        bare = word & (punct == 0)
        self.doc = doc
        self.starts = table.start
        self.ends = table.end
        self._head = table.head
        self._pos = table.pos
        self._lower = table.lower
        self._words = numpy.flatnonzero(word).tolist()  # the positions of the words, ascending
        self._bare = numpy.flatnonzero(bare).tolist()
        self._subjects = [i for i in self._bare if table.dep[i] == "nsubj"]  # DEP as the table reads it
        self._quotes = numpy.flatnonzero(quote).tolist()
        self._nearest: dict[Hashable, dict[int, int]] = {}

    def first_word(self, sentence: Span, offset: int) -> int | None:
        """The sentence's first word at or after character `offset`."""
        return self._first(self._words, sentence, offset)

    def first_bare_word(self, sentence: Span, offset: int) -> int | None:
        """The sentence's first bare word (no punctuation) at or after character `offset`."""
        return self._first(self._bare, sentence, offset)

    def first_subject(self, sentence: Span, offset: int) -> int | None:
        """The sentence's first bare word at or after character `offset` that is a subject ("nsubj")."""
        return self._first(self._subjects, sentence, offset)

    def ended_by(self, first: int, last: int, offset: int) -> int:
        """Where the tokens `first`..`last` that end by character `offset` stop (they come first)."""
        return bisect_right(self.ends, offset, first, last)

    def begun_by(self, first: int, last: int, offset: int) -> int:
        """Where the tokens `first`..`last` that begin before character `offset` stop (they come first)."""
        return bisect_left(self.starts, offset, first, last)

    def last_word(self, first: int, stop: int) -> int | None:
        """The last word among the tokens `first`..`stop`."""
        before = bisect_left(self._words, stop) - 1
        return self._words[before] if before >= 0 and self._words[before] >= first else None

    def word_count(self, first: int, stop: int) -> int:
        """How many words the tokens `first`..`stop` hold."""
        return max(0, bisect_left(self._words, stop) - bisect_left(self._words, first))

    def quote_after(self, sentence: Span, index: int) -> bool:
        """Whether a quotation mark follows token `index` in its sentence."""
        return bisect_right(self._quotes, index) < bisect_left(self._quotes, sentence.end)

    def _first(self, positions: list[int], sentence: Span, offset: int) -> int | None:
        """The first of `positions` in the sentence from character `offset` on."""
        at = bisect_left(positions, bisect_left(self.starts, offset, sentence.start, sentence.end))
        return positions[at] if at < len(positions) and positions[at] < sentence.end else None

    def ancestors(self, token: Token, kind: Hashable, marked: Callable[[int], bool]) -> Iterator[Token]:
        """The ancestors of `token` that are `marked`, nearest first, as `token.ancestors` filtered,
        stepping over the others by pointers kept per `kind` (what `marked` asks: one kind, one test)."""
        nearest = self._nearest.setdefault(kind, {})
        index = token.i
        while (index := self._nearest_marked(nearest, marked, index)) != _NONE:
            yield self.doc[index]

    def ancestors_such(self, token: Token, test: Callable[[Token], bool]) -> Iterator[Token]:
        """The ancestors of `token` that pass `test`, nearest first (`test` itself is the kind: two
        tests sharing a name, two lambdas, must not share pointers)."""
        return self.ancestors(token, test, lambda index: test(self.doc[index]))

    def verb_or_aux(self, index: int) -> bool:
        return self._pos[index] in ("VERB", "AUX")

    def verb_or(self, index: int, words: frozenset[str]) -> bool:
        """Whether token `index` is a verb or one of `words`."""
        return self.verb_or_aux(index) or self._lower[index] in words

    def _nearest_marked(self, nearest: dict[int, int], marked: Callable[[int], bool], index: int) -> int:
        """The nearest proper ancestor of `index` that is `marked`; the words passed on the way learn it
        too, so each word is asked once per kind."""
        if index in nearest:
            return nearest[index]
        path = [index]
        above = self._parent(index)
        while above != _NONE and above not in nearest and not marked(above):
            path.append(above)
            above = self._parent(above)
        if above != _NONE and not marked(above):
            above = nearest[above]
        for passed in path:
            nearest[passed] = above
        return above

    def _parent(self, index: int) -> int:
        head = self._head[index]
        return _NONE if head == index else head
