"""A store this user cannot write (no write permission on it or its folder, a read-only file
system): the reading commands read it as it stands, ingest refuses it in one line.

SQLite opened such a store read-write and failed with "unable to open database file"; in WAL
mode a read-only connection (`mode=ro`) still needs the `-shm` file, which a read-only folder
cannot hold, so it is opened `immutable` then, on a read-only file system only, where nothing
writes it. In a folder only its owner can write, the owner may start an ingest while it is read,
and an `immutable` reader then read half-written pages ("database disk image is malformed" for
the rest of its connection, measured): such a store is refused in one line instead.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


class StoreReadOnly(RuntimeError):
    """The store cannot be written, and what was asked needs to write it."""


UNSAFE = (
    "it is in a folder this user cannot write, where SQLite cannot make the -shm file it needs to read "
    "the store while another program may write it: copy it somewhere writable to read it"
)
READ_ONLY = "it is read-only (no write permission on it or its folder, or a read-only file system)"


def can_write(path: Path) -> bool:
    """Whether SQLite can write the store at `path` (or make it there): the file, and its folder for
    the `-wal` and `-shm` files beside it unless both exist and can be written."""
    folder = path.parent
    if not path.exists():
        return _writable(folder)
    beside = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    files = [path] + ([] if _writable(folder) else beside)
    return all(_writable(file) for file in files)


def _writable(path: Path) -> bool:
    """Write permission for the user SQLite writes as: the effective one, where the system says."""
    return os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes the store: `mode=ro`, else `immutable` where the `-shm` file
    cannot be made and nothing can write the store (`StoreReadOnly` where something could)."""
    uri = path.resolve().as_uri()
    connection = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        connection.close()
        if not on_read_only_file_system(path):
            raise StoreReadOnly(UNSAFE) from None
        connection = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    return connection


def on_read_only_file_system(path: Path) -> bool:
    """Whether `path` is on a file system mounted read-only, where no program can change it."""
    return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
