"""The entries of one store that another store of the same articles parts or joins, for reading.

Mentions are matched by article and offsets. An entry of the first store citing 2+ articles whose
mentions lie in more than one entry of the second is parted; an entry of the second citing 2+
articles whose mentions lay in more than one entry of the first is joined. Prints the counts of
entries citing 2+ articles in each store, then each parted (and joined) entry's mentions grouped by
their entry in the other store, with the publication day and sentence. With `--view FILE` (a
`storyline timeline --format json` output of the first store) only the entries of that view are
looked at. A study tool.

    python evaluation/parted_entries.py /tmp/base44/H1N1_bbc.db /tmp/merge119/H1N1_bbc.db --show 30
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
from collections import defaultdict
from pathlib import Path

from storyline.present.safe_text import one_line

Key = tuple[str, int, int, int]  # article, start, end, the event word's start


def _mentions(path: Path) -> tuple[dict[Key, str], dict[Key, str], dict[str, int]]:
    """Each mention's entry, each mention's day and sentence, and each entry's number of articles."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rows = db.execute(
        'SELECT e.document_id, e.start, e."end", coalesce(e.event_start, e.start), e.entry_id,'
        ' d.publication_date, substr(d.text, e.start + 1, e."end" - e.start)'
        " FROM events e JOIN documents d ON d.id = e.document_id"
    ).fetchall()
    entries = {(row[0], row[1], row[2], row[3]): row[4] for row in rows}
    texts = {(row[0], row[1], row[2], row[3]): one_line(f"{row[5]} {row[6]}") for row in rows}
    articles: dict[str, set[str]] = defaultdict(set)
    for key, entry in entries.items():
        articles[entry].add(key[0])
    return entries, texts, {entry: len(documents) for entry, documents in articles.items()}


def _split(
    first: dict[Key, str], second: dict[Key, str], articles: dict[str, int], wanted: set[str] | None
) -> dict[str, dict[str, list[Key]]]:
    """Entries of `first` citing 2+ articles whose mentions lie in several entries of `second`."""
    groups: dict[str, dict[str, list[Key]]] = defaultdict(lambda: defaultdict(list))
    for key, entry in first.items():
        if articles[entry] > 1 and (wanted is None or entry in wanted) and key in second:
            groups[entry][second[key]].append(key)
    return {entry: dict(parts) for entry, parts in groups.items() if len(parts) > 1}


def _leaving(parts: dict[str, list[Key]]) -> int:
    """The mentions outside the largest part."""
    sizes = sorted(map(len, parts.values()))
    return sum(sizes[:-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print this many parted entries (a sample)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--view", type=Path)
    args = parser.parse_args()
    before, texts, articles_before = _mentions(args.before)
    after, _, articles_after = _mentions(args.after)
    wanted = None
    if args.view:
        wanted = {entry["id"] for entry in json.loads(args.view.read_text())["entries"]}
    parted = _split(before, after, articles_before, wanted)
    joined = _split(after, before, articles_after, None) if wanted is None else {}
    print(
        f"entries citing 2+ articles {sum(n > 1 for n in articles_before.values())} ->"
        f" {sum(n > 1 for n in articles_after.values())}; parted {len(parted)}"
        f" (mentions leaving: {sum(_leaving(parts) for parts in parted.values())}),"
        f" joined {len(joined)}"
    )
    shown = sorted(parted)
    random.Random(args.seed).shuffle(shown)
    _show("", {entry: parted[entry] for entry in shown[: args.show]}, texts)
    _show("joined ", {entry: joined[entry] for entry in sorted(joined)[: args.show]}, texts)


def _show(label: str, entries: dict[str, dict[str, list[Key]]], texts: dict[Key, str]) -> None:
    """Each entry's mentions, numbered by the entry of the other store they lie in."""
    for entry, parts in entries.items():
        print(f"\n## {label}{entry}")
        for number, keys in enumerate(parts.values()):
            for key in keys:
                print(f"  [{number}] {texts[key][:220]}")


if __name__ == "__main__":
    main()
