"""The text of a parse, joined once.

spaCy's `Doc.text` joins the text of every token each time it is read (milliseconds on
a long article) and several extractors read it; it is kept in the parse's `user_data`.
A parse is never changed after analysis, so the text kept stays its text.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

_KEY = "storyline.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined on the first call only."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return str(text)


def span_text(span: Span) -> str:
    """`span.text`, cut from the text joined once: spaCy builds a span's text token by token
    (a Python object for each), and sentence checks read it for every sentence, several times."""
    return doc_text(span.doc)[span.start_char : span.end_char]
