"""A store this user cannot write (no write permission on it or its folder, a read-only file
system): the reading commands read it as it stands, ingest refuses it in one line.

SQLite opened such a store read-write and failed with "unable to open database file"; in WAL
mode a read-only connection (`mode=ro`) still needs the `-shm` file, which a read-only folder
cannot hold, so it is opened `immutable` then: on a read-only file system nothing writes it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


class StoreReadOnly(RuntimeError):
    """The store cannot be written, and what was asked needs to write it."""


READ_ONLY = "it is read-only (no write permission on it or its folder, or a read-only file system)"


def can_write(path: Path) -> bool:
    """Whether SQLite can write the store at `path` (or make it there): the file, and its folder for
    the `-wal` and `-shm` files beside it unless both exist and can be written."""
    folder = path.parent
    if not path.exists():
        return os.access(folder, os.W_OK)
    beside = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    files = [path] + ([] if os.access(folder, os.W_OK) else beside)
    return all(os.access(file, os.W_OK) for file in files)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes the store: `mode=ro`, else `immutable` where the `-shm` file
    cannot be made."""
    uri = path.resolve().as_uri()
    connection = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        connection.close()
        connection = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    return connection
