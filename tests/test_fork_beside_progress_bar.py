"""spaCy's workers are forked while the progress bar is drawn (`ingest --processes N`), and a fork
can fail.

A worker forked while the bar's thread held the console's lock inherited that lock held for ever,
and hung at its first print (a warning): the parse then waited on it for ever. A fork refused by
the system (EAGAIN, ENOMEM) ended the ingest with a raw traceback.
"""

from __future__ import annotations

import errno
import io
import multiprocessing
import os
import signal
import sqlite3
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest
import spacy
from rich.console import Console
from spacy.language import Language
from spacy.tokens import Doc
from typer.testing import CliRunner

from conftest import SEEDS
from storyline.analyse.parse_workers import parse_in_workers
from storyline.present.cli import app
from storyline.present.progress import counting_bar

PROMPT = 30  # seconds: the hang was for ever


@Language.component("notes_on_stderr")
def _notes_on_stderr(doc: Doc) -> Doc:
    """A component that reports on stderr, as spaCy's warnings and loggers do."""
    print(f"note: parsed {doc.text!r}", file=sys.stderr)
    return doc


class SlowTerminal(io.TextIOBase):
    """A terminal that takes its time to show what is written, so that the bar's thread is caught
    drawing; what a forked worker writes to it is in the file too."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.drawing = threading.Event()

    def write(self, text: str) -> int:
        self.drawing.set()
        time.sleep(0.3)
        with self.path.open("a", encoding="utf-8") as file:
            return file.write(text)


def _timed_out(signum: int, frame: object) -> None:
    raise TimeoutError(f"no parse within {PROMPT} s")


def test_a_worker_forked_while_the_bar_draws_can_print(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("notes_on_stderr")
    terminal = SlowTerminal(tmp_path / "terminal")
    texts = ["The WHO raised its alert to phase five.", "Mexico closed its schools."]
    previous = signal.signal(signal.SIGALRM, _timed_out)
    try:
        with counting_bar(Console(file=terminal, force_terminal=True, width=80), transient=True):
            time.sleep(0.2)  # the first drawings are done and the bar's thread draws on
            terminal.drawing.clear()
            assert terminal.drawing.wait(5)
            signal.alarm(PROMPT)  # the parse below stops its workers whatever ends it
            parsed = list(parse_in_workers(nlp, ((text, i) for i, text in enumerate(texts)), 1, 2))
            signal.alarm(0)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert [(doc.text, i) for doc, i in parsed] == [(text, i) for i, text in enumerate(texts)]
    assert "note: parsed 'Mexico closed its schools.'" in terminal.path.read_text(encoding="utf-8")
    assert multiprocessing.active_children() == []


def test_a_fork_refused_by_the_system_ends_the_ingest_clearly_and_stores_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused() -> int:
        raise OSError(errno.EAGAIN, os.strerror(errno.EAGAIN))

    monkeypatch.setattr(os, "fork", refused)
    db = tmp_path / "s.db"
    result = CliRunner().invoke(app, ["ingest", str(SEEDS), "--db", str(db), "--processes", "2"])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "cannot start a spaCy worker process" in result.output
    assert "Resource temporarily unavailable" in result.output
    assert "--processes" in result.output  # what to do
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("SELECT count(*) FROM documents").fetchone() == (0,)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
