"""Entries whose date this tree's `build_entry` gives otherwise than the store holds.

A store keeps each entry's date as the code that built it chose; its reports are read back and
built again at read time (`Store.entries_by_id`). Run with one tree's `src` on another tree's
store, this lists every entry whose date or tense the change in entry dating moves, with its
first reports, to be read (dates9: `merge.entry_building._best_dated`). The store is read through a
copy, since opening a store with another tree's code may migrate it. Not imported by storyline.

    PYTHONPATH=src python evaluation/entry_date_changes.py /tmp/base28/bpoil_bbc.db [--reports 6]
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from storyline.store import Store
from storyline.store.read_only import connect_read_only

_BATCH = 500  # entries built at once


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("db", type=Path, help="a store built by `storyline ingest`")
    parser.add_argument("--reports", type=int, default=6, help="reports shown for each moved entry")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "copy.db"
        with closing(connect_read_only(args.db)) as connection:
            stored = {
                row[0]: (row[1], row[2]) for row in connection.execute("SELECT id, date, tense FROM entries")
            }
            with closing(sqlite3.connect(copy)) as target:
                connection.backup(target)
        return _report(copy, stored, args.reports)


def _report(path: Path, stored: dict[str, tuple[str, str]], reports: int) -> int:
    ids = list(stored)
    moved = 0
    with Store(path) as store:
        for first in range(0, len(ids), _BATCH):
            for entry in store.entries_by_id(ids[first : first + _BATCH]):
                date, tense = stored[entry.id]
                if (entry.date, entry.tense.value) == (date, tense):
                    continue
                moved += 1
                print(f"\n## {entry.id} {date} {tense} -> {entry.date} {entry.tense.value} main={entry.main}")
                for mention in entry.mentions[:reports]:
                    print(f"  - pub {mention.publication_date} dated {mention.date}: {mention.text[:160]}")
    print(f"\n{moved} of {len(ids)} entries moved")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
