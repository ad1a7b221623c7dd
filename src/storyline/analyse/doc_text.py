"""The text of a parse, joined once.

spaCy's `Doc.text` joins the text of every token each time it is read (milliseconds on
a long article) and several extractors read it; it is kept in the parse's `user_data`.
A parse is never changed after analysis, so the text kept stays its text.
"""

from __future__ import annotations

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc, Span

from storyline.analyse.token_table import names

_KEY = "storyline.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined on the first call only."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = _joined(doc)
    return str(text)


def _joined(doc: Doc) -> str:
    """`doc.text` (each word's `text_with_ws`, joined) from the words' strings and blanks read with
    `Doc.to_array`: spaCy's own makes a `Token` of each word."""
    if not len(doc):
        return ""
    orth, spaced = doc.to_array([ORTH, SPACY]).T.tolist()
    words = names(orth, doc.vocab.strings)
    return "".join([word + " " if blank else word for word, blank in zip(words, spaced, strict=True)])


def span_text(span: Span) -> str:
    """`span.text`, cut from the text joined once: spaCy builds a span's text token by token
    (a Python object for each), and sentence checks read it for every sentence, several times."""
    return doc_text(span.doc)[span.start_char : span.end_char]
