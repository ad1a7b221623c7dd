"""`AnalysedDocument`: a document with its parse, sentences, actors and time expressions.

This is the working object the analyse stage hands to extract. It holds the
spaCy `Doc` (extractors need the parse) and is never stored: the store keeps
only what extract makes of it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from storyline.analyse.doc_text import span_text
from storyline.analyse.lemmas import OnDemandLemmatizer
from storyline.analyse.token_table import token_table
from storyline.model import Document, EntityMention, Sentence, TimeExpression


@dataclass(slots=True)
class AnalysedDocument:
    document: Document
    doc: Doc
    actors: list[EntityMention]
    time_expressions: list[TimeExpression]
    lemmatize: Callable[[Token], str] | None = None  # the pipeline's lemmatizer, run on demand
    # the actors' positions in `actors`, sorted by start, with the starts: built on the first `actors_in`
    _by_start: tuple[list[int], list[int]] | None = field(default=None, init=False, repr=False, compare=False)
    # the lemma of each word of the parse asked so far, by its index: the same words are asked again and
    # again (predicates, captions' content words), each time a table lookup and a key made
    _lemmas: dict[int, str] = field(default_factory=dict, init=False, repr=False, compare=False)

    def lemma(self, token: Token) -> str:
        """A word's lemma, computed only for the words that need one (the parse runs without it). A
        word of this document whose lemma is known is looked up by its values in the token table:
        reading them off the `Token` (its `morph` an object made each time) took twice as long, and
        extraction asks the lemma of each event's predicate several times."""
        if token.doc is self.doc:
            return self._lemma(token.i, token)
        return self.lemmatize(token) if self.lemmatize else token.lower_

    def lemma_at(self, index: int) -> str:
        """`lemma(doc[index])`, without making the token when the lemmatizer knows the word already
        (most words of an article: extraction asks the lemma of every verb and noun)."""
        return self._lemma(index, None)

    def _lemma(self, index: int, token: Token | None) -> str:
        """The lemma of the word at `index` (`token`, if made already), kept for the next time asked."""
        found = self._lemmas.get(index)
        if found is None:
            found = self._known_lemma(index)
            if found is None:
                token = self.doc[index] if token is None else token
                found = self.lemmatize(token) if self.lemmatize else token.lower_
            self._lemmas[index] = found
        return found

    def _known_lemma(self, index: int) -> str | None:
        """The lemma the on-demand lemmatizer has already found for the word at `index`, if any."""
        if not isinstance(self.lemmatize, OnDemandLemmatizer):
            return None
        table = token_table(self.doc)
        return self.lemmatize.known(table.lower[index], table.pos[index], table.morph[index])

    def verb_of(self, lower: str) -> str | None:
        """The verb a word form is a form of, whatever it was tagged (`OnDemandLemmatizer.verb_of`)."""
        return self.lemmatize.verb_of(lower) if isinstance(self.lemmatize, OnDemandLemmatizer) else None

    def sentences(self) -> list[tuple[Span, Sentence]]:
        """Each parsed sentence with its trimmed span (trailing blank lines dropped)."""
        result = []
        for span in self.doc.sents:
            text = span_text(span)
            stripped = text.strip()
            if not stripped:
                continue
            start = span.start_char + (len(text) - len(text.lstrip()))
            result.append((span, Sentence(start, start + len(stripped), stripped)))
        return result

    def in_span(self, start: int, end: int) -> list[TimeExpression]:
        return [t for t in self.time_expressions if t.start >= start and t.end <= end]

    def actors_in(self, start: int, end: int) -> list[EntityMention]:
        """The actors wholly inside `start`..`end`, in their order: found by bisection on their starts,
        sorted once, not by reading every actor for each sentence (quadratic on a long page)."""
        if self._by_start is None:
            order = sorted(range(len(self.actors)), key=lambda index: self.actors[index].start)
            self._by_start = (order, [self.actors[index].start for index in order])
        order, starts = self._by_start
        found = order[bisect_left(starts, start) : bisect_right(starts, end)]
        return [self.actors[index] for index in sorted(found) if self.actors[index].end <= end]
