"""Long articles are parsed in chunks and joined back without changing what comes out."""

from __future__ import annotations

import pytest

from conftest import SEEDS, documents_in
from storyline.analyse.chunks import split_text
from storyline.model import Document
from storyline.pipeline import Pipeline


@pytest.fixture(scope="module")
def article() -> Document:
    documents = [d for d in documents_in(SEEDS) if d.publication_date]
    return documents[0]


def test_pieces_concatenate_to_the_text_and_respect_the_limit(article: Document) -> None:
    pieces = split_text(article.text, 500)
    assert "".join(pieces) == article.text
    assert len(pieces) > 3
    assert all(len(piece) <= 500 for piece in pieces)
    assert all(piece.endswith("\n") for piece in pieces[:-1])


def test_a_text_without_line_breaks_is_cut_after_sentences() -> None:
    text = "The well was capped on Thursday. " * 40
    pieces = split_text(text, 200)
    assert "".join(pieces) == text
    assert all(piece.endswith(". ") for piece in pieces)


def test_a_text_without_breaks_or_spaces_still_respects_the_limit() -> None:
    pieces = split_text("x" * 1000, 300)
    assert [len(piece) for piece in pieces] == [300, 300, 300, 100]


def test_a_short_text_is_one_piece() -> None:
    assert split_text("On Wednesday, the ministry said.", 500) == ["On Wednesday, the ministry said."]


def test_chunked_parse_gives_the_same_events(article: Document, pipeline: Pipeline) -> None:
    chunked = Pipeline(chunk_chars=400)
    whole = next(iter(pipeline.process([article], [])))
    pieces = next(iter(chunked.process([article], [])))

    def events(processed):  # type: ignore[no-untyped-def]
        return processed.extraction.events

    assert len(split_text(article.text, 400)) > 3
    assert events(whole)
    assert events(pieces) == events(whole)
    assert pieces.extraction.quotes == whole.extraction.quotes
