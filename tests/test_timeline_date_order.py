"""Timelines in calendar order and date filters by the calendar, on the sample articles.

Their weeks were compared as text: "2024-W42" (14–20 October) sorted after "2024-11-01",
`--to 2024-10` left October's weeks out and `--from 2024-11` let them in, in the CLI and in
`storyline serve` alike.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from conftest import SEEDS
from storyline.present.cli import app as cli
from storyline.present.webapp import create_app
from storyline.store.date_order import days, in_date_order
from storyline.timevalue import bounds, in_time_order, kind

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("order") / "store.db"
    result = runner.invoke(cli, ["ingest", str(SEEDS), "--db", str(path)])
    assert result.exit_code == 0, result.output
    return path


def _dates(db: Path, *options: str) -> list[str | None]:
    result = runner.invoke(cli, ["timeline", "--db", str(db), "--format", "json", *options])
    assert result.exit_code == 0, result.output
    return [entry["date"] for entry in json.loads(result.stdout)["entries"]]


def _first_days(dates: list[str | None]) -> list[str]:
    return [str(span[0]) for value in dates if (span := bounds(value))]


def _weeks(dates: list[str | None]) -> list[str]:
    return [value for value in dates if kind(value) in ("week", "weekend")]


@pytest.mark.parametrize("options", [(), ("--all",)])
def test_weeks_stand_among_their_days(db: Path, options: tuple[str, ...]) -> None:
    dates = _dates(db, *options)
    assert _weeks(dates), "the samples tell events of a week"
    first_days = _first_days(dates)
    assert first_days == sorted(first_days)
    assert [value for value in dates if bounds(value) is None] == dates[len(first_days) :]  # undated last


def test_to_a_month_keeps_its_weeks_and_from_the_next_leaves_them(db: Path) -> None:
    every = _dates(db, "--all")
    october_weeks = [value for value in _weeks(every) if str(_first_days([value])[0]).startswith("2024-10")]
    assert october_weeks
    until_october = _dates(db, "--all", "--to", "2024-10")
    assert sorted(october_weeks) == sorted(_weeks(until_october))
    assert not set(october_weeks) & set(_dates(db, "--all", "--from", "2024-11"))
    assert all(first <= "2024-10-31" for first in _first_days(until_october))


def test_served_pages_order_and_filter_as_the_cli(db: Path) -> None:
    client = TestClient(create_app(db))
    served = client.get("/api/entries", params={"all": "true", "limit": 500, "to": "2024-10"})
    assert served.status_code == 200, served.text
    assert [entry["date"] for entry in served.json()["entries"]] == _dates(db, "--all", "--to", "2024-10")
    page = client.get("/", params={"all": "true", "to": "2024-10"})
    assert page.status_code == 200


def test_a_store_of_schema_16_gains_its_days_and_pages_from_the_index(db: Path, tmp_path: Path) -> None:
    """Schema 17 writes each entry's first and last day with it: a store made before them is filled
    once per date when it is opened, orders as before, and the default timeline's page is read from
    the index in that order instead of sorting every entry's date again."""
    before = _dates(db, "--all")
    old = tmp_path / "old.db"
    shutil.copy(db, old)
    with sqlite3.connect(old) as connection:
        connection.execute("DROP INDEX entries_in_date_order")
        connection.execute("ALTER TABLE entries DROP COLUMN first_day")
        connection.execute("ALTER TABLE entries DROP COLUMN last_day")
        connection.execute("PRAGMA user_version = 16")
    assert _dates(old, "--all") == before
    with sqlite3.connect(old) as connection:
        rows = connection.execute("SELECT date, first_day, last_day FROM entries").fetchall()
        plan = connection.execute(
            f"EXPLAIN QUERY PLAN SELECT id FROM entries WHERE main = 1 ORDER BY {in_date_order()}"
        )
        assert "entries_in_date_order" in " ".join(str(step[-1]) for step in plan)
    assert rows and all((first, last) == days(value) for value, first, last in rows)


def test_the_stored_order_is_the_one_the_merge_sorts_by(db: Path) -> None:
    """`date_order`'s SQL and `timevalue.in_time_order` (the order `main_events` sorts by) are one rule
    written twice, for the index and for lists in memory: on the samples' entries they agree."""
    every = _dates(db, "--all")
    assert every == sorted(every, key=in_time_order)
