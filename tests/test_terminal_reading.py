"""What a journalist reads in an 80-column terminal after an ingest.

The quotes table gave its columns the width of their text, so the file paths took the line and
each quote shrank to "…". Ingest's "N entries in STORE" counted the secondary mentions' entries
too (7,353 for 30 BBC articles whose `timeline --all` lists 2,366).
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from conftest import SEEDS
from storyline.present.cli import app
from storyline.present.terminal import render_quotes
from storyline.store import Store

runner = CliRunner()


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("reading") / "samples.db"
    result = runner.invoke(app, ["ingest", str(SEEDS), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path, result.stdout


def test_quotes_are_readable_in_80_columns(ingested: tuple[Path, str]) -> None:
    db, _ = ingested
    screen = io.StringIO()
    with Store(db) as store:
        quotes = list(store.quotes())
        assert render_quotes(quotes, Console(file=screen, width=80)) == len(quotes) > 0
    shown = screen.getvalue()
    for stored in quotes:
        longest = max(re.findall(r"\w+", stored.quote.text), key=len)
        assert longest in shown, stored.quote.text


def test_ingest_counts_the_entries_the_timeline_lists(ingested: tuple[Path, str]) -> None:
    db, said = ingested
    listed = runner.invoke(app, ["timeline", "--all", "--format", "json", "--db", str(db)])
    count = re.search(r"(\d+) entries in ", said)
    assert count is not None, said
    assert int(count.group(1)) == len(json.loads(listed.stdout)["entries"])
