"""spaCy's parse in a thread of its own (`analyse.parse_ahead`): the same output in the same order as
a parse in the reader's thread, its errors raised to the reader, and no thread left behind."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, closing, nullcontext
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from conftest import SEEDS, T17, needs
from storyline.analyse.entities import ActorRegistry
from storyline.ingest import IngestError, read_documents
from storyline.model import Document
from storyline.pipeline import Parsed, Pipeline, Processed, ingest
from storyline.store import Store, state_rows

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
def test_ctrl_c_in_the_reader_ends_the_parse_thread_before_it_reaches_the_caller(
    tmp_path: Path, one_ahead: Pipeline
) -> None:
    """Ctrl-C while the first article is analysed: the ingest stops with nothing stored (its first
    batch never reached the store), and the parse thread has ended by then: one left inside spaCy
    as the interpreter exits can crash it."""

    def interrupt(document: Document) -> None:
        raise KeyboardInterrupt

    folder = tmp_path / "articles"
    folder.mkdir()
    for index, document in enumerate(_articles(6)):
        (folder / f"{index}.txt").write_text(document.text, encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(KeyboardInterrupt):
            ingest([folder], store, one_ahead, publication_date=date(2009, 5, 1), progress=interrupt)
        assert not _parse_threads()
        assert store.document_count() == 0


@needs(TOPIC)
def test_worker_processes_are_forked_from_the_readers_thread_and_parse_the_same(
    one_ahead: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--processes 2`: spaCy's worker processes are forked from the reader's thread, never from a
    parse thread of its own (a lock another thread holds at the fork stays locked in the child)."""
    articles = _articles(4)
    alone = list(one_ahead.process(articles, []))
    one_ahead.registry = ActorRegistry()
    monkeypatch.setattr(one_ahead, "processes", 2)
    fork = os.fork
    forked_from: list[str] = []

    def recorded_fork() -> int:
        forked_from.append(threading.current_thread().name)
        return fork()

    monkeypatch.setattr(os, "fork", recorded_fork)
    workers = list(one_ahead.process(articles, []))
    assert forked_from == [threading.current_thread().name] * 2
    assert [p.document.id for p in workers] == [d.id for d in articles]
    assert _outputs(workers) == _outputs(alone)
    assert not _parse_threads()


_INGEST = """
import sys
from pathlib import Path
from storyline.pipeline import Pipeline, ingest
from storyline.store import Store, state_rows

pipeline = Pipeline(batch_size=2)  # batches of eight articles, spaCy's of two
with Store(Path(sys.argv[2])) as store:
    ingest([Path(sys.argv[1])], store, pipeline)
"""


def _stored(path: Path) -> int:
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)) as connection:
            return connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.Error:  # not made yet
        return 0


@needs(TOPIC)
def test_ctrl_c_stops_an_ingest_at_once_with_whole_batches_stored(tmp_path: Path) -> None:
    """A real Ctrl-C (SIGINT to the process) once a batch is stored, while the parse thread parses the
    next: the run ends within seconds with one traceback, its own, and the store holds whole batches
    with the words of exactly the articles stored."""
    articles = tmp_path / "articles.jsonl"
    dated = [d for d in _read() if d.path.startswith(str(TOPIC)) and d.publication_date][:24]
    with articles.open("w", encoding="utf-8") as handle:
        for document in dated:
            day = document.publication_date and document.publication_date.isoformat()
            handle.write(json.dumps({"text": document.text, "date": day}) + "\n")
    path = tmp_path / "s.db"
    run = subprocess.Popen(
        [sys.executable, "-c", _INGEST, str(articles), str(path)], stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 300
        while _stored(path) < 8 and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert run.poll() is None, run.communicate()[1]
        time.sleep(1)  # into the next batch
        run.send_signal(signal.SIGINT)
        sent = time.monotonic()
        _, errors = run.communicate(timeout=30)
        stopped_in = time.monotonic() - sent
    finally:
        run.kill()
    assert run.returncode == -signal.SIGINT, errors
    assert stopped_in < 10, stopped_in
    assert errors.count("Traceback") == 1 and errors.rstrip().endswith("KeyboardInterrupt"), errors
    with Store(path) as store:
        stored = store.document_count()
        assert stored % 8 == 0 and 8 <= stored < 24, stored
        assert not store.damaged
        words = store.article_words()
        again = state_rows.count_words(store._db)
    assert (words.documents, words.counts) == (again.articles, again.counts) and words.documents == stored
