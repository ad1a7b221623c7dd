"""spaCy's parse in a thread of its own (`analyse.parse_ahead`): the same output in the same order as
a parse in the reader's thread, its errors raised to the reader, and no thread left behind."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from conftest import SEEDS, T17, needs
from storyline.analyse.entities import ActorRegistry
from storyline.ingest import IngestError, read_documents
from storyline.model import Document
from storyline.pipeline import Parsed, Pipeline, Processed, ingest
from storyline.store import Store

TOPIC = T17 / "H1N1_bbc"


def _articles(count: int) -> list[Document]:
    """The sample articles and the first Timeline17 articles of a topic: real pages of news."""
    return list(_read()[:count])


@cache
def _read() -> tuple[Document, ...]:
    return tuple(d for d in read_documents([SEEDS, TOPIC]) if isinstance(d, Document))


def _parse_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "storyline-parse" and t.is_alive()]


def _outputs(items: list[Processed | IngestError]) -> list[tuple[str, object]]:
    return [(p.document.id, p.extraction) for p in items if isinstance(p, Processed)]


@pytest.fixture
def one_ahead(isolated_pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> Pipeline:
    """spaCy batches of one document, so the thread runs one document ahead and waits on its queue."""
    monkeypatch.setattr(isolated_pipeline, "batch_size", 1)
    return isolated_pipeline


@needs(TOPIC)
def test_the_threaded_parse_gives_what_a_parse_in_the_readers_thread_gives(one_ahead: Pipeline) -> None:
    articles = _articles(6)
    threaded = list(one_ahead.process(articles, []))
    one_ahead.registry = ActorRegistry()  # the names as the first run found them
    alone = list(one_ahead.analyse(one_ahead._parse(articles), []))
    assert [p.document.id for p in threaded] == [d.id for d in articles]
    assert _outputs(threaded) == _outputs(alone)
    assert sum(len(p.extraction.events) for p in threaded if isinstance(p, Processed)) > 100
    assert not _parse_threads()


def _timeline(path: Path) -> list[str]:
    with Store(path) as store:
        return [json.dumps(entry.as_dict(), sort_keys=True) for entry in store.entries()]


@needs(TOPIC)
def test_an_ingest_parsing_the_next_batch_while_it_stores_stores_the_same(
    tmp_path: Path, one_ahead: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches of four articles, each parsed while the one before is merged and stored, the undated
    last: the store ends as with every parse done in the ingest's own thread, when it is needed."""
    articles = tmp_path / "articles.jsonl"
    with articles.open("w", encoding="utf-8") as handle:
        for index, document in enumerate(_articles(9)):
            day = document.publication_date if index % 5 else None
            handle.write(json.dumps({"text": document.text, "date": day and day.isoformat()}) + "\n")
    with Store(tmp_path / "threaded.db") as store:
        threaded = ingest([articles], store, one_ahead)

    def parsed_here(documents: list[Document]) -> AbstractContextManager[Iterator[Parsed]]:
        return nullcontext(one_ahead._parse(documents))

    monkeypatch.setattr(one_ahead, "parse_ahead", parsed_here)
    one_ahead.registry = ActorRegistry()
    with Store(tmp_path / "here.db") as store:
        here = ingest([articles], store, one_ahead)
    assert threaded.documents_added == here.documents_added == 9
    assert threaded.events == here.events > 100
    assert _timeline(tmp_path / "threaded.db") == _timeline(tmp_path / "here.db")
    assert not _parse_threads()


class _TokenizerCrash(RuntimeError):
    pass


@pytest.fixture
def crashing_tokenizer(one_ahead: Pipeline, monkeypatch: pytest.MonkeyPatch) -> Pipeline:
    """spaCy itself fails on the sixth article, inside `nlp.pipe`, in the parse thread."""
    tokenizer = one_ahead.nlp.tokenizer
    sixth = _articles(6)[5].text

    def tokenize(text: str):  # type: ignore[no-untyped-def]
        if text[:200] == sixth[:200]:
            raise _TokenizerCrash("spaCy failed")
        return tokenizer(text)

    monkeypatch.setattr(one_ahead.nlp, "tokenizer", tokenize)
    return one_ahead


@needs(TOPIC)
def test_a_crash_of_spacy_in_the_parse_thread_reaches_the_reader_after_what_came_before(
    crashing_tokenizer: Pipeline,
) -> None:
    processed: list[Processed | IngestError] = []
    with pytest.raises(_TokenizerCrash, match="spaCy failed"):
        for item in crashing_tokenizer.process(_articles(7), []):
            processed.append(item)
    assert [p.document.id for p in processed if isinstance(p, Processed)] == [d.id for d in _articles(5)]
    assert not _parse_threads()


@needs(TOPIC)
def test_a_crash_of_spacy_stops_the_ingest_with_the_batches_before_stored(
    tmp_path: Path, crashing_tokenizer: Pipeline
) -> None:
    """Batches of four: the crash is in the second, parsed while the first is stored; the ingest
    stops with the first stored and nothing of the second, and no thread is left."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for index, document in enumerate(_articles(7)):
        (folder / f"{index}.txt").write_text(document.text, encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(_TokenizerCrash):
            ingest([folder], store, crashing_tokenizer, publication_date=date(2009, 5, 1))
        assert store.document_count() == 4
    assert not _parse_threads()


@needs(TOPIC)
def test_a_reader_that_stops_early_stops_the_parse_thread(one_ahead: Pipeline) -> None:
    """The thread waits on its full queue when the reader stops: closing the generator ends it."""
    articles = _articles(12)
    processing = one_ahead.process(articles, [])
    first = next(processing)
    assert isinstance(first, Processed) and first.document.id == articles[0].id
    assert _parse_threads()
    processing.close()
    assert not _parse_threads()
    again = list(one_ahead.process(articles[:2], []))  # spaCy is free for the next parse
    assert [p.document.id for p in again] == [d.id for d in articles[:2]]


@needs(TOPIC)
def test_ctrl_c_in_the_reader_leaves_the_parse_thread_to_stop_on_its_own(
    tmp_path: Path, one_ahead: Pipeline
) -> None:
    """Ctrl-C while the first article is analysed: the ingest stops at once, with nothing stored
    (its first batch never reached the store), and the parse thread ends at its next document."""

    def interrupt(document: Document) -> None:
        raise KeyboardInterrupt

    folder = tmp_path / "articles"
    folder.mkdir()
    for index, document in enumerate(_articles(6)):
        (folder / f"{index}.txt").write_text(document.text, encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(KeyboardInterrupt):
            ingest([folder], store, one_ahead, publication_date=date(2009, 5, 1), progress=interrupt)
        assert store.document_count() == 0
    for thread in _parse_threads():
        thread.join(timeout=60)
    assert not _parse_threads()


@needs(TOPIC)
def test_worker_processes_parse_the_same_from_the_parse_thread(
    one_ahead: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--processes 2`: spaCy's worker processes, started from the parse thread, give the same."""
    articles = _articles(4)
    alone = list(one_ahead.process(articles, []))
    one_ahead.registry = ActorRegistry()
    monkeypatch.setattr(one_ahead, "processes", 2)
    workers = list(one_ahead.process(articles, []))
    assert [p.document.id for p in workers] == [d.id for d in articles]
    assert _outputs(workers) == _outputs(alone)
    assert not _parse_threads()
