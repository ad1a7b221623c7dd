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
from collections.abc import Callable, Iterator

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
        count = len(doc)
        flags = doc.to_array([IS_QUOTE, IS_SPACE, IS_PUNCT]).tolist() if count else []
        self.doc = doc
        self.starts = table.start
        self.ends = table.end
        self._head = table.head
        self._pos = table.pos
        self._lower = table.lower
        self._quote = [quote for quote, _, _ in flags]
        self._word = [not quote and not space for quote, space, _ in flags]
        self._bare = [word and not punct for word, (_, _, punct) in zip(self._word, flags, strict=True)]
        self._next_word = _next_where(self._word)
        self._next_bare = _next_where(self._bare)
        self._next_subject = _next_where(
            [b and d == "nsubj" for b, d in zip(self._bare, table.dep, strict=True)]
        )
        self._last_word = _last_where(self._word)
        self._last_quote = _last_where(self._quote)
        self._words_before = _counts(self._word)
        self._nearest: dict[str, dict[int, int]] = {}

    def first_word(self, sentence: Span, offset: int) -> int | None:
        """The sentence's first word at or after character `offset`."""
        found = self._next_word[bisect_left(self.starts, offset, sentence.start, sentence.end)]
        return found if found < sentence.end else None

    def first_bare_word(self, sentence: Span, offset: int) -> int | None:
        """The sentence's first bare word (no punctuation) at or after character `offset`."""
        found = self._next_bare[bisect_left(self.starts, offset, sentence.start, sentence.end)]
        return found if found < sentence.end else None

    def first_subject(self, sentence: Span, offset: int) -> int | None:
        """The sentence's first bare word at or after character `offset` that is a subject ("nsubj")."""
        found = self._next_subject[bisect_left(self.starts, offset, sentence.start, sentence.end)]
        return found if found < sentence.end else None

    def ended_by(self, first: int, last: int, offset: int) -> int:
        """Where the tokens `first`..`last` that end by character `offset` stop (they come first)."""
        return bisect_right(self.ends, offset, first, last)

    def begun_by(self, first: int, last: int, offset: int) -> int:
        """Where the tokens `first`..`last` that begin before character `offset` stop (they come first)."""
        return bisect_left(self.starts, offset, first, last)

    def last_word(self, first: int, stop: int) -> int | None:
        """The last word among the tokens `first`..`stop`."""
        found = self._last_word[stop - 1] if stop > first else _NONE
        return found if found >= first else None

    def word_count(self, first: int, stop: int) -> int:
        """How many words the tokens `first`..`stop` hold."""
        return self._words_before[stop] - self._words_before[first]

    def quote_after(self, sentence: Span, index: int) -> bool:
        """Whether a quotation mark follows token `index` in its sentence."""
        return self._last_quote[sentence.end - 1] > index

    def ancestors(self, token: Token, kind: str, marked: Callable[[int], bool]) -> Iterator[Token]:
        """The ancestors of `token` that are `marked`, nearest first, as `token.ancestors` filtered,
        stepping over the others by pointers kept per `kind` (the name of what `marked` asks)."""
        nearest = self._nearest.setdefault(kind, {})
        index = token.i
        while (index := self._nearest_marked(nearest, marked, index)) != _NONE:
            yield self.doc[index]

    def ancestors_such(self, token: Token, test: Callable[[Token], bool]) -> Iterator[Token]:
        """The ancestors of `token` that pass `test`, nearest first (`test` names the kind)."""
        return self.ancestors(token, test.__name__, lambda index: test(self.doc[index]))

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


def _next_where(flags: list[bool]) -> list[int]:
    """For each position, the first at or after it where `flags` holds (`len(flags)` where none)."""
    found = [len(flags)] * (len(flags) + 1)
    for index in range(len(flags) - 1, -1, -1):
        found[index] = index if flags[index] else found[index + 1]
    return found


def _last_where(flags: list[bool]) -> list[int]:
    """For each position, the last at or before it where `flags` holds (-1 where none)."""
    found, last = [], _NONE
    for index, flag in enumerate(flags):
        last = index if flag else last
        found.append(last)
    return found


def _counts(flags: list[bool]) -> list[int]:
    """How many of `flags` hold before each position (and in all, last)."""
    counts = [0]
    for flag in flags:
        counts.append(counts[-1] + flag)
    return counts
