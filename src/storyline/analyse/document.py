"""`AnalysedDocument`: a document with its parse, sentences, actors and time expressions.

This is the working object the analyse stage hands to extract. It holds the
spaCy `Doc` (extractors need the parse) and is never stored: the store keeps
only what extract makes of it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

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

    def lemma(self, token: Token) -> str:
        """A word's lemma, computed only for the words that need one (the parse runs without it)."""
        return self.lemmatize(token) if self.lemmatize else token.lower_

    def lemma_at(self, index: int) -> str:
        """`lemma(doc[index])`, without making the token when the lemmatizer knows the word already
        (most words of an article: extraction asks the lemma of every verb and noun)."""
        if isinstance(self.lemmatize, OnDemandLemmatizer):
            table = token_table(self.doc)
            found = self.lemmatize.known(table.lower[index], table.pos[index])
            if found is not None:
                return found
        return self.lemma(self.doc[index])

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
        return [a for a in self.actors if a.start >= start and a.end <= end]
