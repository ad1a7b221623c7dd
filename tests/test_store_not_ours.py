"""A `--db` that is not a storyline store, or one this user cannot write.

Another program's SQLite file given by mistake was switched to WAL mode and given storyline's
tables, by `timeline` as much as by `ingest`. A store on a read-only file system (or without
write permission) could not even be read: "unable to open database file".
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SEEDS
from storyline.present.cli import app
from storyline.store import Store
from storyline.store.read_only import StoreReadOnly
from storyline.store.schema import SCHEMA_VERSION, SchemaTooNew, refuse_foreign

runner = CliRunner()
READING = [["timeline"], ["timeline", "--all", "--format", "json"], ["quotes"], ["figures"], ["conflicts"]]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "samples.db"
    result = runner.invoke(app, ["ingest", str(SEEDS), "--db", str(path)])
    assert result.exit_code == 0, result.output
    with closing(sqlite3.connect(path)) as connection:  # one file, as a copy handed on would be
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def test_another_programs_database_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    foreign = tmp_path / "contacts.db"
    with closing(sqlite3.connect(foreign)) as connection, connection:
        connection.execute("CREATE TABLE people (name TEXT, phone TEXT)")
        connection.execute("INSERT INTO people VALUES ('Ann', '555 0100')")
    before = _digest(foreign)
    for command in [*READING, ["ingest", str(SEEDS / next(iter(os.listdir(SEEDS))))]]:
        result = runner.invoke(app, [*command, "--db", str(foreign)])
        assert result.exit_code == 1, (command, result.output)
        assert "not a storyline store (it holds people)" in result.output
    assert _digest(foreign) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contacts.db"]  # no -wal, no -shm


def _read_only(folder: Path) -> None:
    """The folder and its files unwritable; as root, only what `can_write` finds is (the real case
    is a read-only file system or another user's store)."""
    for path in [*folder.iterdir(), folder]:
        path.chmod(0o555 if path.is_dir() else 0o444)


def _outputs(db: Path) -> list[str]:
    outputs = []
    for command in READING:
        result = runner.invoke(app, [*command, "--db", str(db)])
        assert result.exit_code == 0, (command, result.output)
        outputs.append(result.stdout)
    return outputs


def test_a_read_only_store_is_read_as_it_stands_and_ingest_says_why_it_cannot(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    copy = folder / store.name
    shutil.copy(store, copy)
    expected = _outputs(copy)
    for extra in folder.glob("*-*"):  # a handed-on copy: the store file alone
        extra.unlink()
    if os.geteuid() == 0:  # root writes anyway: what a user without the right finds
        _read_only(folder)
        monkeypatch.setattr("storyline.store.database.can_write", lambda path: False)
    else:  # the file alone: in a folder it cannot write either, its -shm cannot be made (below)
        copy.chmod(0o444)
    before = _digest(copy)
    try:
        assert _outputs(copy) == expected
        assert json.loads(expected[1])["entries"]
        result = runner.invoke(app, ["ingest", str(SEEDS), "--db", str(copy)])
        assert result.exit_code == 1, result.output
        assert "it is read-only" in result.output and "copy it somewhere writable" in result.output
        assert _digest(copy) == before
    finally:
        folder.chmod(0o755)


def test_a_store_its_owner_may_write_is_not_read_unlocked(store: Path) -> None:
    """A store in a folder only its owner can write, on a writable file system, with no `-shm` beside
    it: read `immutable` (without locks), it read the owner's ingest half-written ("database disk
    image is malformed" for the rest of the run); it is refused in one line, and left as it was."""
    folder = Path(tempfile.mkdtemp())  # under /tmp, where another user can reach it
    try:
        folder.chmod(0o755)
        copy = folder / store.name
        shutil.copy(store, copy)
        copy.chmod(0o644)
        before = _digest(copy)
        _read_only(folder)
        with _as_a_user_without_write_permission(), pytest.raises(StoreReadOnly, match="-shm"):
            Store(copy, may_be_read_only=True)
        assert sorted(p.name for p in folder.iterdir()) == [copy.name] and _digest(copy) == before
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


@contextmanager
def _as_a_user_without_write_permission() -> Iterator[None]:
    """Root writes any folder: 'nobody' for the block when run as root (SQLite checks the effective
    user); anyone else is already without the folder's write permission."""
    if os.geteuid() != 0:
        yield
        return
    os.setegid(65534)
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


class _MigratedMeanwhile(sqlite3.Connection):
    """A connection that lets another run make the store just before it first lists the tables:
    the interleaving of six runs opening one new store at once that once refused a real store."""

    other_run_done = False

    def execute(self, sql: str, *args: object) -> sqlite3.Cursor:  # type: ignore[override]
        if "sqlite_master" in sql and not self.other_run_done:
            self.other_run_done = True
            Store(self.path).close()
        return super().execute(sql, *args)


def test_a_store_made_by_another_run_between_two_reads_is_not_foreign(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with closing(sqlite3.connect(path, factory=_MigratedMeanwhile)) as connection:
        connection.path = path  # type: ignore[attr-defined]
        refuse_foreign(connection)  # the version read 0, then the other run's tables were listed
        assert connection.other_run_done
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_store_in_a_missing_folder_is_said_to_be_missing_not_read_only(tmp_path: Path) -> None:
    """`ingest --db new/x.db` without the folder `new` was told the store is read-only."""
    with pytest.raises(FileNotFoundError, match="no folder") as refused:
        Store(tmp_path / "new" / "x.db")
    assert "read-only" not in str(refused.value)
    assert not (tmp_path / "new").exists()


def test_a_read_only_store_of_a_later_version_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not "copy it somewhere writable to bring it up to date": a copy is refused as too new as well."""
    path = tmp_path / "later.db"
    Store(path).close()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    monkeypatch.setattr("storyline.store.database.can_write", lambda path: False)
    with pytest.raises(SchemaTooNew, match=f"schema version {SCHEMA_VERSION + 1}"):
        Store(path, may_be_read_only=True)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="open files listed in /proc")
def test_a_refused_file_is_not_left_open(tmp_path: Path) -> None:
    """The refusal's traceback holds the half-made store: its connection must be closed already."""
    foreign = tmp_path / "contacts.db"
    with closing(sqlite3.connect(foreign)) as connection, connection:
        connection.execute("CREATE TABLE people (name TEXT)")
    with pytest.raises(RuntimeError, match="not a storyline store") as refused:
        Store(foreign, may_be_read_only=True)
    held = [
        fd for fd in os.listdir("/proc/self/fd") if os.path.realpath(f"/proc/self/fd/{fd}") == str(foreign)
    ]
    assert refused.traceback and held == []
