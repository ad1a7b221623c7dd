"""Two ingests into one store at the same time: nothing is ever stored twice."""

from __future__ import annotations

import copy
import json
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from conftest import SEEDS
from storyline.analyse.entities import ActorRegistry
from storyline.model import DateSource, Document, content_id
from storyline.pipeline import Pipeline, ingest
from storyline.store import Store
from storyline.store.schema import SCHEMA_VERSION

_TWICE = {
    "events": (
        'SELECT document_id, start, "end", event_start FROM events GROUP BY 1, 2, 3, 4 HAVING COUNT(*) > 1'
    ),
    "quotes": 'SELECT document_id, start, "end" FROM quotes GROUP BY 1, 2, 3 HAVING COUNT(*) > 1',
}


def _stored_twice(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as connection:
        return {table: connection.execute(sql).fetchall() for table, sql in _TWICE.items()}


def test_a_run_that_commits_during_another_stores_nothing_twice(
    tmp_path: Path, isolated_pipeline: Pipeline
) -> None:
    path = tmp_path / "s.db"
    other_runs: list[object] = []

    def meanwhile(_: Document) -> None:
        # while this run analyses, a second run (its own connection) stores the same articles
        if not other_runs:
            with Store(path) as other:
                other_runs.append(ingest([SEEDS], other, isolated_pipeline))

    with Store(path) as store:
        report = ingest([SEEDS], store, isolated_pipeline, progress=meanwhile)
        assert (report.documents_added, report.duplicates) == (0, 2)
        assert store.document_count() == 2
        for entry in store.entries():
            spans = [(m.document, m.start, m.end, m.event_start) for m in entry.mentions]
            assert len(spans) == len(set(spans)), entry.id
    assert _stored_twice(path) == {"events": [], "quotes": []}


def _timeline_and_state(path: Path) -> tuple[list[str], dict[str, object]]:
    with Store(path) as store:
        entries = sorted(json.dumps(entry.as_dict(), sort_keys=True) for entry in store.entries())
        registry = store.actor_registry()
        return entries, {
            "registry": registry.to_dict() if registry else None,
            "names": store.context_names().as_dict(),
            "words": store.article_words().as_dict(),
            "days": store.days_told(),
        }


def test_a_run_overtaken_by_another_stores_what_it_would_after_it(
    tmp_path: Path, isolated_pipeline: Pipeline
) -> None:
    """The second sample article analysed, then the first stored by another run before the second
    merges: the store ends as after the two runs one after the other. The second run had analysed
    with the empty registry ("South Korea's Ministry of Defence" became an actor of its own beside
    the first article's "South Korean Ministry of Defence"), and the run ending last overwrote the
    other's registry, names, words and days."""
    first, second = sorted(SEEDS.glob("*.txt"))
    one_after_other = tmp_path / "one_after_other.db"
    for article in (first, second):
        with Store(one_after_other) as store:
            ingest([article], store, isolated_pipeline)

    at_once = tmp_path / "at_once.db"
    other_run = copy.copy(isolated_pipeline)  # the same spaCy pipeline, an actor registry of its own
    other_run.registry = ActorRegistry()
    isolated_pipeline.registry = ActorRegistry()
    overtaken: list[object] = []

    def meanwhile(_: Document) -> None:
        if not overtaken:  # the second article is analysed; before it is merged, the first is stored
            with Store(at_once) as other:
                overtaken.append(ingest([first], other, other_run))

    with Store(at_once) as store:
        report = ingest([second], store, isolated_pipeline, progress=meanwhile)
    assert (report.documents_added, report.duplicates) == (1, 0)
    assert _timeline_and_state(at_once) == _timeline_and_state(one_after_other)


def test_a_write_merged_against_a_stale_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    text = "Troops arrived in Kursk on Wednesday."
    document = Document(content_id(text), text, "a.txt", None, DateSource.UNKNOWN)
    with Store(path) as store, Store(path) as other:
        version = store.data_version()
        other.set_state("touched", "by another run")
        assert store.save_batch([document], [], [], [], expected_version=version) is False
        assert store.document_count() == 0
        assert store.save_batch([document], [], [], [], expected_version=store.data_version()) is True
        assert store.document_count() == 1


def test_two_storyline_processes_at_once(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    command = [str(Path(sys.executable).parent / "storyline"), "ingest", str(SEEDS), "--db", str(path)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT) for _ in range(2)]
    outputs = [run.communicate(timeout=300)[0].decode() for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    with Store(path) as store:
        assert store.document_count() == 2
    assert _stored_twice(path) == {"events": [], "quotes": []}


def test_runs_opening_a_new_store_at_once_migrate_it_once(tmp_path: Path) -> None:
    for trial in range(5):
        path = tmp_path / f"s{trial}.db"
        barrier = threading.Barrier(6)
        failures: list[Exception] = []

        def open_store(
            path: Path = path, barrier: threading.Barrier = barrier, failures: list[Exception] = failures
        ) -> None:
            barrier.wait()
            try:
                Store(path).close()
            except Exception as error:  # collected: an assert in a thread would go unseen
                failures.append(error)

        threads = [threading.Thread(target=open_store) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert failures == []
        with sqlite3.connect(path) as connection:
            assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
