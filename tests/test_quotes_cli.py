"""`storyline quotes --format json` on the sample articles: the contract and real offsets."""

from __future__ import annotations

import json
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
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("quotes") / "store.db"
    assert runner.invoke(app, ["ingest", str(SEEDS), "--db", str(path)]).exit_code == 0
    return path


def test_quotes_json_is_the_contract_and_cites_real_spans(db: Path) -> None:
    result = runner.invoke(app, ["quotes", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == ["quotes"] and data["quotes"]
    with Store(db) as store:
        for quote in data["quotes"]:
            assert list(quote)[:6] == ["text", "speaker", "document", "path", "start", "end"]
            document = store.document(quote["document"])
            assert document is not None and document.path == quote["path"]
            assert document.text[quote["start"] : quote["end"]] == quote["text"]
    assert any(q["speaker"] == "Volodymyr Zelenskyy" for q in data["quotes"])


def test_quotes_json_filters_by_speaker_and_the_table_stays_the_default(db: Path) -> None:
    only = json.loads(
        runner.invoke(app, ["quotes", "--db", str(db), "-f", "json", "--speaker", "Zelensk"]).stdout
    )
    assert only["quotes"] and all("Zelensk" in (q["speaker"] or "") for q in only["quotes"])
    table = runner.invoke(app, ["quotes", "--db", str(db)])
    assert table.exit_code == 0 and "Quotes" in table.stdout and not table.stdout.lstrip().startswith("{")
    assert runner.invoke(app, ["quotes", "--db", str(db), "--format", "xml"]).exit_code == 2  # usage


def test_quote_text_is_never_read_as_markup(tmp_path: Path) -> None:
    article = tmp_path / "hostile.txt"
    article.write_text(
        "date 2024-10-20\n"
        'Mr Smith, a local official, said: "We saw [bold red]nothing[/bold red] [link=http://x]here[/link]."\n',
        encoding="utf-8",
    )
    db = tmp_path / "hostile.db"
    assert runner.invoke(app, ["ingest", str(article), "--db", str(db)]).exit_code == 0
    assert runner.invoke(app, ["quotes", "--db", str(db)]).exit_code == 0
    with Store(db) as store:
        stored = list(store.quotes())
    console = Console(width=400, record=True, color_system=None)
    render_quotes(stored, console)
    assert "[bold red]nothing[/bold red] [link=http://x]here[/link]" in console.export_text()
    (quote,) = json.loads(runner.invoke(app, ["quotes", "--db", str(db), "-f", "json"]).stdout)["quotes"]
    assert "[link=http://x]" in quote["text"]
