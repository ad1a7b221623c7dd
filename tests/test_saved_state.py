"""What ingest keeps between runs can be damaged (a hand edit, a truncated copy): the next run
says so, naming the store and the row, rebuilds what the stored articles give back, and goes on
with every article; reading commands do not stop either."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SEEDS, needs
from storyline.pipeline import Pipeline, ingest
from storyline.present.cli import app
from storyline.store import DAYS_KEY, NAMES_KEY, REGISTRY_KEY, WORDS_KEY, Store

DAMAGE = {
    "not JSON": '{"people": 3',
    "a list": "[1, 2]",
    "wrong types": '{"documents": "two", "counts": {"x": [1]}, "people": {"x": 3}, "a": ["not a day"]}',
}
FIRST = "North Korean troops have been deployed to Russia, Ukraine's military intelligence said on Friday.\n"
SECOND = "Ukraine said on Saturday that North Korean troops had reached the Kursk region.\n"


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    folder = tmp_path_factory.mktemp("saved")
    with Store(folder / "seeds.db") as store:
        ingest([SEEDS], store, pipeline)
    return folder / "seeds.db"


def _damaged_copy(stored: Path, folder: Path, key: str, value: str) -> Path:
    copy = folder / "damaged.db"
    shutil.copy(stored, copy)
    with sqlite3.connect(copy) as db:
        db.execute("UPDATE state SET value = ? WHERE key = ?", (value, key))
    return copy


def _article(folder: Path, name: str, text: str, day: str) -> Path:
    path = folder / "new" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(f"date {day}\n{text}", encoding="utf-8")
    return path.parent


@needs(SEEDS)
@pytest.mark.parametrize("key", [REGISTRY_KEY, NAMES_KEY, WORDS_KEY, DAYS_KEY])
@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_row_is_reported_and_the_run_goes_on(
    stored: Path, tmp_path: Path, pipeline: Pipeline, key: str, damage: str
) -> None:
    copy = _damaged_copy(stored, tmp_path, key, DAMAGE[damage])
    _article(tmp_path, "a.txt", FIRST, "2024-10-25")
    folder = _article(tmp_path, "b.txt", SECOND, "2024-10-26")
    with Store(copy) as store:
        before = store.entry_count()
        report = ingest([folder], store, pipeline)
        assert report.documents_added == 2 and not report.errors
        assert len(report.warnings) == 1 and key in report.warnings[0] and str(copy) in report.warnings[0]
        assert store.entry_count() > before
        json.loads(store.get_state(key) or "")  # written whole again at the end of the run
    with Store(copy) as store:  # and read back without complaint by the next run
        assert store.actor_registry() is not None and store.context_names().documents == 4
        assert not store.damaged


@needs(SEEDS)
@pytest.mark.parametrize("key, read", [(NAMES_KEY, "context_names"), (WORDS_KEY, "article_words")])
def test_counts_are_rebuilt_from_the_stored_articles(
    stored: Path, tmp_path: Path, key: str, read: str
) -> None:
    with Store(stored) as store:
        kept = getattr(store, read)().as_dict()
    copy = _damaged_copy(stored, tmp_path, key, DAMAGE["not JSON"])
    with Store(copy) as store:
        assert getattr(store, read)().as_dict() == kept
        assert "counted again from the stored articles" in store.damaged[0]


@needs(SEEDS)
def test_reading_commands_do_not_stop_on_a_damaged_registry(stored: Path, tmp_path: Path) -> None:
    copy = _damaged_copy(stored, tmp_path, REGISTRY_KEY, DAMAGE["wrong types"])
    for command in (["timeline"], ["timeline", "--format", "json"], ["conflicts"], ["quotes"]):
        result = CliRunner().invoke(app, [*command, "--db", str(copy)])
        assert result.exit_code == 0, (command, result.output)
    shown = json.loads(CliRunner().invoke(app, ["timeline", "--format", "json", "--db", str(copy)]).stdout)
    assert any("Budanov" in entry["summary"] for entry in shown["entries"])


@needs(SEEDS)
def test_a_damaged_revision_still_tells_writes_apart(stored: Path, tmp_path: Path) -> None:
    copy = _damaged_copy(stored, tmp_path, "revision", "not a number")
    with Store(copy) as store:
        damaged = store.revision()
        store.set_state(WORDS_KEY, store.get_state(WORDS_KEY) or "{}")
        assert store.revision() != damaged
