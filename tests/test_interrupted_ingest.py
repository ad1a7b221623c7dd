"""An ingest with spaCy worker processes ends promptly when interrupted or when a worker dies.

spaCy's own pool (`n_process=2`) left the parent waiting forever in both cases. The runs here
are real `storyline ingest --processes 2` commands on Timeline17 articles, in batches of four
articles (a patched `Pipeline` batch size), so that batches are stored before the blow: those
stay, the one in hand is not written, and a rerun resumes.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import time
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from conftest import T17, needs
from storyline.analyse.parse_workers import ParseWorkerDied, ParseWorkerFailed, parse_in_workers
from storyline.model import DateSource, Document

TOPIC = T17 / "H1N1_bbc" / "InputDocs"
ARTICLES = 16
STORED_BATCH = 4  # `Pipeline(batch_size=1)`: four articles a stored batch
PROMPT = 60  # seconds: the hang was forever

# the real command, its stored batches small
DRIVER = """
from storyline import pipeline
from storyline.present.cli import app


class SmallBatches(pipeline.Pipeline):
    def __init__(self, **options):
        super().__init__(**options, batch_size=1)


pipeline.Pipeline = SmallBatches
app()
"""


def _articles(folder: Path) -> Path:
    """The topic's first articles, in their dated folders (which date them)."""
    for file in sorted(TOPIC.glob("*/*"))[:ARTICLES]:
        day = folder / TOPIC.name / file.parent.name
        day.mkdir(parents=True, exist_ok=True)
        shutil.copy(file, day / file.name)
    return folder


def _ingest(folder: Path, db: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-c", DRIVER, "ingest", str(folder), "--db", str(db), "--processes", "2"]
    # a session of its own: the signals below go to the parent alone, and a hung run is ended whole
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )


def _documents(db: Path) -> int:
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)) as connection:
            return connection.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:  # not made yet
        return 0


def _children(pid: int) -> list[int]:
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile
            continue
        if int(fields[1]) == pid and fields[0] not in "ZX":
            children.append(int(stat.parent.name))
    return children


def _running(pid: int) -> bool:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] not in "ZX"
    except OSError:
        return False


def _workers_after_a_stored_batch(run: subprocess.Popen[str], db: Path, stored: int) -> list[int]:
    """The worker processes of a batch begun after the run stored one (more than `stored`
    documents): the earlier batches' workers are stopped before their batch is stored."""
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and run.poll() is None:
        if _documents(db) > stored and (workers := _children(run.pid)):
            return workers
        time.sleep(0.02)
    os.killpg(run.pid, signal.SIGKILL)
    pytest.fail(f"no worker processes after a stored batch: {run.communicate()}")


def _ended(run: subprocess.Popen[str]) -> tuple[int, str]:
    try:
        _, stderr = run.communicate(timeout=PROMPT)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        pytest.fail(f"the ingest still ran {PROMPT} s after the blow: {run.communicate()}")
    return run.returncode, stderr


@needs(TOPIC)
def test_interrupt_and_killed_worker_end_the_ingest_and_a_rerun_resumes(tmp_path: Path) -> None:
    folder, db = _articles(tmp_path / "in"), tmp_path / "s.db"

    run = _ingest(folder, db)  # Ctrl-C to the parent alone
    workers = _workers_after_a_stored_batch(run, db, 0)
    os.kill(run.pid, signal.SIGINT)
    code, stderr = _ended(run)
    assert code == 130, stderr
    assert "interrupted" in stderr and "run the same command again to resume" in stderr
    assert not any(_running(worker) for worker in workers)
    interrupted = _documents(db)
    assert STORED_BATCH <= interrupted < ARTICLES and interrupted % STORED_BATCH == 0  # whole batches

    run = _ingest(folder, db)  # resumes; then one of its workers is killed
    worker = _workers_after_a_stored_batch(run, db, interrupted)[0]
    os.kill(worker, signal.SIGKILL)
    code, stderr = _ended(run)
    assert code == 1, stderr
    assert f"worker process (pid {worker}) ended: killed by signal 9" in stderr
    killed = _documents(db)
    assert interrupted < killed < ARTICLES and killed % STORED_BATCH == 0

    run = _ingest(folder, db)
    code, stderr = _ended(run)
    assert code == 0, stderr
    assert _documents(db) == ARTICLES
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_workers_parse_as_the_pipeline_does(pipeline) -> None:  # type: ignore[no-untyped-def]
    texts = [
        "Mexico closed its schools on Friday. The outbreak, officials said, had killed 20 people.",
        "The WHO raised its alert to phase five.\n\nPharmacies ran out of masks in Mexico City.",
        "",
        "Spain confirmed Europe's first case on Monday; a man who had returned from Mexico.",
    ]
    alone = list(pipeline.nlp.pipe(texts, batch_size=2))
    parsed = list(parse_in_workers(pipeline.nlp, ((text, i) for i, text in enumerate(texts)), 2, 2))
    assert [i for _, i in parsed] == list(range(len(texts)))  # input order, contexts kept
    for (doc, _), expected in zip(parsed, alone, strict=True):
        assert [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start) for t in doc] == [
            (t.text, t.tag_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start) for t in expected
        ]


def test_a_failure_in_a_worker_is_raised_with_its_traceback(pipeline) -> None:  # type: ignore[no-untyped-def]
    items = [("Mexico closed its schools.", 0), (None, 1)]  # spaCy refuses a text that is no text
    with pytest.raises(ParseWorkerFailed, match="Traceback"):
        list(parse_in_workers(pipeline.nlp, iter(items), 1, 2))  # type: ignore[arg-type]


def test_an_exception_while_a_page_is_joined_stops_the_workers_at_once(pipeline, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An interrupt raised in the parse's own loop (joining a page's pieces) leaves that loop's frame
    in the traceback, which a caller may keep (a notebook keeps the last one): the workers must not
    live on with it."""
    monkeypatch.setattr(pipeline, "processes", 2)

    def interrupted(docs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr("storyline.pipeline.join_docs", interrupted)
    texts = ["Mexico closed its schools on Friday.", "The WHO raised its alert to phase five."]
    documents = [
        Document(str(i), text, f"{i}.txt", date(2009, 4, 24), DateSource.HEADER)
        for i, text in enumerate(texts)
    ]
    with pytest.raises(KeyboardInterrupt) as kept:
        list(pipeline.process(documents, []))
    assert kept.traceback  # held, with the parse's frame
    assert multiprocessing.active_children() == []


def _answer_half_and_die(nlp, batch_size, connection, parent) -> None:  # type: ignore[no-untyped-def]
    connection.recv()
    os.write(connection.fileno(), struct.pack("!i", 1_000_000) + b"half an answer")  # a length, then less
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_worker_killed_halfway_through_its_answer_is_a_dead_worker(pipeline, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A worker killed (the out-of-memory killer) while it writes a batch's docs, megabytes of them."""
    monkeypatch.setattr("storyline.analyse.parse_workers._serve", _answer_half_and_die)
    items = [("Mexico closed its schools.", 0), ("The WHO raised its alert.", 1)]
    with pytest.raises(ParseWorkerDied, match="killed by signal 9"):
        list(parse_in_workers(pipeline.nlp, iter(items), 1, 2))
    assert multiprocessing.active_children() == []


def test_where_no_process_forks_several_processes_still_parse(pipeline, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Windows has no "fork" start method (`get_context("fork")` raises ValueError): spaCy's own pool,
    which spawns its workers, parses there as it did before the run's own workers."""

    def no_fork(method=None):  # type: ignore[no-untyped-def]
        if method == "fork":
            raise ValueError(f"cannot find context for {method!r}")
        return real(method)

    real = multiprocessing.get_context
    texts = ["Mexico closed its schools on Friday. The WHO said so.", "Spain confirmed a case on Monday."]
    documents = [
        Document(str(i), text, f"{i}.txt", date(2009, 4, 24), DateSource.HEADER)
        for i, text in enumerate(texts)
    ]
    alone = [doc.to_bytes() for doc, _, _ in pipeline._parse(documents)]
    monkeypatch.setattr(multiprocessing, "get_context", no_fork)
    monkeypatch.setattr(pipeline, "processes", 2)
    assert [doc.to_bytes() for doc, _, _ in pipeline._parse(documents)] == alone
