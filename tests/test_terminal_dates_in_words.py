"""The terminal writes TIMEX3's codes for a part of a day, a season and a weekend in words:
Finan_washingtonpost's default view showed "2008-11-20TNI" and "2008-FA" in its date column; JSON keeps
the values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.present.cli import app
from storyline.present.terminal import readable_date
from storyline.timevalue import bounds

runner = CliRunner()
ARTICLE = (
    "date 2008-11-21\n"
    "Last night in Dubai, in the United Arab Emirates -- the Vegas of the Arab world -- the Atlantis Resort"
    " opened with a massive party that laughed at the current economic crisis.\n"
)


def test_a_night_is_written_as_a_night(tmp_path: Path) -> None:
    (tmp_path / "dubai.txt").write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "store.db")
    assert runner.invoke(app, ["ingest", str(tmp_path / "dubai.txt"), "--db", db]).exit_code == 0
    stored = json.loads(runner.invoke(app, ["timeline", "--db", db, "--format", "json"]).stdout)["entries"]
    opened = [entry for entry in stored if "Atlantis Resort opened" in entry["summary"]]
    assert opened and opened[0]["date"] == "2008-11-20TNI"
    table = runner.invoke(app, ["timeline", "--db", db], env={"COLUMNS": "200"}).output
    shown = runner.invoke(app, ["show", opened[0]["id"], "--db", db], env={"COLUMNS": "200"}).output
    assert "2008-11-20 night" in table and "TNI" not in table
    assert shown.startswith("2008-11-20 night")


@pytest.mark.parametrize(
    ("value", "words"),
    [("2008-09-25TMO", "2008-09-25 morning"), ("2008-FA", "2008 fall"), ("2008-W37-WE", "2008-W37 weekend"),
     ("2008-W37", "2008-W37"), ("2008-09-25", "2008-09-25"), (None, "undated")],
)  # fmt: skip
def test_codes_in_words(value: str | None, words: str) -> None:
    assert readable_date(value) == words


def test_a_malformed_stored_value_is_shown_as_it_is_not_a_crash() -> None:
    """`$` let "2008-FA\n" read as a season, and the season's name was looked up with its newline."""
    assert readable_date("2008-FA\n") == "2008-FA\n"
    assert bounds("2008-FA\n") is None and bounds("2008-10-03\n") is None
