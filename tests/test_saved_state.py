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


# each kept table (`store.state_rows`) damaged as a hand edit or another program could leave it
def _first(table: str, column: str = "name") -> str:
    return f"WHERE {column} = (SELECT MIN({column}) FROM {table})"


_ONE_DAY = "WHERE (kind, day) = (SELECT kind, day FROM days_told LIMIT 1)"  # (kind, day): the key
DAMAGE = {
    REGISTRY_KEY: {
        "not JSON": "UPDATE actor_names SET value = '{\"people\": 3' " + _first("actor_names"),
        "a list": "UPDATE actor_names SET value = '[1, 2]' WHERE part = 'keys'",
        "wrong types": "UPDATE actor_names SET value = '3' WHERE part = 'people'",
    },
    WORDS_KEY: {
        "not a count": "UPDATE article_words SET articles = 'two' " + _first("article_words", "stem"),
        "a negative count": "UPDATE article_totals SET count = -1 WHERE kind = 'article_words'",
        "wrong types": "UPDATE article_totals SET count = '[1]' WHERE kind = 'article_words'",
    },
    NAMES_KEY: {
        "not a count": "UPDATE context_names SET articles = 'two' " + _first("context_names"),
        "a negative count": "UPDATE context_names SET articles = -3",
        "wrong types": "UPDATE article_totals SET count = 2.5 WHERE kind = 'context_names'",
    },
    DAYS_KEY: {
        "not a day": "UPDATE days_told SET day = 'not a day' " + _ONE_DAY,
        "a month": "UPDATE days_told SET day = '2024-10' " + _ONE_DAY,
        "wrong types": "UPDATE days_told SET day = 3 " + _ONE_DAY,
    },
}
DAMAGED = [(key, damage) for key, damages in DAMAGE.items() for damage in damages]
FIRST = "North Korean troops have been deployed to Russia, Ukraine's military intelligence said on Friday.\n"
SECOND = "Ukraine said on Saturday that North Korean troops had reached the Kursk region.\n"


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Path:
    folder = tmp_path_factory.mktemp("saved")
    with Store(folder / "seeds.db") as store:
        ingest([SEEDS], store, pipeline)
    return folder / "seeds.db"


def _damaged_copy(stored: Path, folder: Path, statement: str) -> Path:
    copy = folder / "damaged.db"
    shutil.copy(stored, copy)
    with sqlite3.connect(copy) as db:
        assert db.execute(statement).rowcount > 0
    return copy


def _article(folder: Path, name: str, text: str, day: str) -> Path:
    path = folder / "new" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(f"date {day}\n{text}", encoding="utf-8")
    return path.parent


@needs(SEEDS)
@pytest.mark.parametrize("key, damage", DAMAGED)
def test_a_damaged_row_is_reported_and_the_run_goes_on(
    stored: Path, tmp_path: Path, pipeline: Pipeline, key: str, damage: str
) -> None:
    copy = _damaged_copy(stored, tmp_path, DAMAGE[key][damage])
    _article(tmp_path, "a.txt", FIRST, "2024-10-25")
    folder = _article(tmp_path, "b.txt", SECOND, "2024-10-26")
    with Store(copy) as store:
        before = store.entry_count()
        report = ingest([folder], store, pipeline)
        assert report.documents_added == 2 and not report.errors
        assert len(report.warnings) == 1 and key in report.warnings[0] and str(copy) in report.warnings[0]
        assert store.entry_count() > before
    with Store(copy) as store:  # and read back without complaint by the next run
        assert store.actor_registry() is not None and store.context_names().documents == 4
        assert store.article_words().documents == 4 and store.days_told()
        assert not store.damaged


@needs(SEEDS)
@pytest.mark.parametrize("key, read", [(NAMES_KEY, "context_names"), (WORDS_KEY, "article_words")])
def test_counts_are_rebuilt_from_the_stored_articles(
    stored: Path, tmp_path: Path, key: str, read: str
) -> None:
    with Store(stored) as store:
        kept = getattr(store, read)().as_dict()
    copy = _damaged_copy(stored, tmp_path, DAMAGE[key]["not a count"])
    with Store(copy) as store:
        assert getattr(store, read)().as_dict() == kept
        assert "counted again from the stored articles" in store.damaged[0]


@needs(SEEDS)
def test_reading_commands_do_not_stop_on_a_damaged_registry(stored: Path, tmp_path: Path) -> None:
    copy = _damaged_copy(stored, tmp_path, DAMAGE[REGISTRY_KEY]["wrong types"])
    for command in (["timeline"], ["timeline", "--format", "json"], ["conflicts"], ["quotes"]):
        result = CliRunner().invoke(app, [*command, "--db", str(copy)])
        assert result.exit_code == 0, (command, result.output)
    shown = json.loads(CliRunner().invoke(app, ["timeline", "--format", "json", "--db", str(copy)]).stdout)
    assert any("Budanov" in entry["summary"] for entry in shown["entries"])


@needs(SEEDS)
def test_a_damaged_revision_still_tells_writes_apart(stored: Path, tmp_path: Path) -> None:
    copy = _damaged_copy(stored, tmp_path, "UPDATE state SET value = 'not a number' WHERE key = 'revision'")
    with Store(copy) as store:
        damaged = store.revision()
        store.set_state("touched", "by a test")
        assert store.revision() != damaged
