"""The text of a parse (`analyse.doc_text`) is spaCy's `Doc.text`, character for character, though it
is joined from the words' strings and blanks (`Doc.to_array`), not from a `Token` made for each word."""

from __future__ import annotations

from storyline.analyse.chunks import join_docs, split_text
from storyline.analyse.doc_text import doc_text

PAGE = (
    "BP chief executive Tony Hayward  said on Monday:\n\n"
    '"We will stop the leak."  \n'
    "Oil prices fell 2.3% to $70.05 a barrel\u2014the lowest since May.\n"
)


def test_the_text_is_the_parsed_text(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = pipeline.nlp(PAGE)
    assert doc_text(doc) == doc.text == PAGE
    assert doc_text(pipeline.nlp("")) == ""


def test_the_text_of_a_parse_joined_from_chunks_is_the_page(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = join_docs([pipeline.nlp(piece) for piece in split_text(PAGE * 3, 60)])
    assert doc_text(doc) == doc.text == PAGE * 3
