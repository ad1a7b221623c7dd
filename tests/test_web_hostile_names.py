"""File names and article text with control characters on the web pages, and offsets too large
for SQLite.

A name holding U+202E (right-to-left override) showed the rest of its line in reverse on the
pages ("rtl\\u202etxt.exe.txt" reads "rtltxt.exe.txt" backwards from the mark), and an escape
character showed as a box; the terminal views already dropped both. An `offset` past SQLite's
largest integer was an internal server error.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from storyline.present.cli import app as cli
from storyline.present.webapp import create_app

runner = CliRunner()
ARTICLE = (
    "date 2024-10-08\n"
    "Police arrested three men in {place} on Monday, officials said. The suspects were charged on "
    "Tuesday with fraud, according to a spokesman \u202eyrtsinim.\n"
)
NAMES = {"invoice\u202etxt.exe.txt": "Leeds", "ansi\x1b[31mred\x1b[0m.txt": "Hull"}
CONTROLS = ("\u202e", "\x1b")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for name, place in NAMES.items():
        (folder / name).write_text(ARTICLE.format(place=place), encoding="utf-8")
    path = folder.parent / f"{folder.name}.db"
    result = runner.invoke(cli, ["ingest", str(folder), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


def test_pages_show_hostile_names_and_text_without_their_controls(db: Path) -> None:
    client = TestClient(create_app(db))
    entries = client.get("/api/entries", params={"all": "true"}).json()["entries"]
    assert any("\u202e" in m["path"] for e in entries for m in e["mentions"])  # the data keeps them
    documents = {m["document"] for e in entries for m in e["mentions"]}
    pages = ["/?all=true", "/visual?all=true", *(f"/entries/{e['id']}" for e in entries)]
    pages += [f"/documents/{d}" for d in documents]
    for page in pages:
        response = client.get(page)
        assert response.status_code == 200, page
        assert not any(control in response.text for control in CONTROLS), page
    document = client.get(f"/documents/{sorted(documents)[0]}").text
    assert "invoicetxt.exe.txt" in document or "ansired.txt" in document  # the name, less its controls
    assert "yrtsinim" in document


def test_the_static_page_holds_no_controls(db: Path, tmp_path: Path) -> None:
    output = tmp_path / "timeline.html"
    result = runner.invoke(cli, ["web", "--db", str(db), "--all", "--output", str(output)])
    assert result.exit_code == 0, result.output
    page = output.read_text(encoding="utf-8")
    assert "invoicetxt.exe.txt" in page
    assert not any(control in page for control in CONTROLS)


def test_an_offset_past_sqlites_integers_is_refused_not_a_server_error(db: Path) -> None:
    client = TestClient(create_app(db), raise_server_exceptions=False)
    for route in ("/api/entries", "/", "/api/quotes", "/figures"):
        assert client.get(route, params={"offset": 2**64}).status_code == 422, route
        assert client.get(route, params={"offset": 10**6}).status_code == 200, route
