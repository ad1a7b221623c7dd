"""`attribution._chunk_after` reads the noun chunks of a parse found once (`_noun_chunk_ends`): it must name
the chunk spaCy's own `Span.noun_chunks` names for the word's sentence, and none across a sentence's end."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span, Token

from storyline.extract.attribution import _chunk_after

_TEXT = (  # Timeline17 headlines (H1N1), restored from their tokenized form
    '"This could really explode," intones a reporter for BBC News. '
    '"London warned: it\'s here," cries the Evening Standard.'
)


def _spacy_chunk_after(word: Token) -> Span | None:
    return next((c for c in word.sent.noun_chunks if c.start == word.i + 1), None)


def test_the_chunk_after_each_word_is_spacys_own(nlp: Language) -> None:
    doc = nlp(_TEXT)
    found = [(word.i, _chunk_after(word)) for word in doc]
    assert [c and (c.start, c.end) for _, c in found] == [
        c and (c.start, c.end) for c in map(_spacy_chunk_after, doc)
    ]
    after = {doc[i].text: c.text for i, c in found if c is not None}
    assert (after["intones"], after["cries"]) == ("a reporter", "the Evening Standard")
