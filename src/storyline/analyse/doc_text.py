"""The text of a parse, joined once.

spaCy's `Doc.text` joins the text of every token each time it is read (milliseconds on
a long article) and several extractors read it; it is kept in the parse's `user_data`.
A parse is never changed after analysis, so the text kept stays its text.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "storyline.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined on the first call only."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return str(text)
