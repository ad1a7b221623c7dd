"""Draw a seeded random sample of merged timeline entries for reading against their articles.

The measurement protocol of issue 10: a person reads each sampled entry's mentions and
judges whether the entry joins reports of one real-world event or of different ones.
This script only draws and writes the sample and the figures; it is not imported by
storyline.

    python evaluation/sample_entries.py /tmp/judge/bpoil_bbc.db --output-dir /tmp/judge/bpoil_bbc \
        [--seed 10] [--count 30]

Writes `<dir>/sample.md` (every mention of each sampled entry: article, publication date,
the date the mention gives, the sentence with the event words between ⟦ ⟧) and
`<dir>/default_view.txt` (`storyline timeline`, plain text), and prints the figures.
Article text is escaped so that nothing in it renders as markup.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import TypeVar

from storyline.model import Entry, Mention
from storyline.present.safe_text import markdown_text as _esc
from storyline.store import Store

T = TypeVar("T")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("db", type=Path, help="a store built by `storyline ingest`")
    parser.add_argument("--output-dir", type=Path, required=True, help="where to write the files")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--count", type=int, default=30, help="entries to sample")
    args = parser.parse_args()
    with Store(args.db) as store:
        articles = store.document_count()
        entries = store.entries()
    merged = [e for e in entries if len(_articles(e)) >= 2]
    sample = pick(random.Random(args.seed), sorted(merged, key=lambda e: e.id), args.count)
    default_count = len(json.loads(timeline_output(args.db, "--format", "json"))["entries"])
    args.output_dir.mkdir(parents=True, exist_ok=True)
    (args.output_dir / "default_view.txt").write_text(timeline_output(args.db), encoding="utf-8")
    figures = {
        "articles": articles,
        "entries": len(entries),
        "entries citing 2+ articles": len(merged),
        "share citing 2+ articles": round(len(merged) / max(len(entries), 1), 4),
        "entries in the default view": default_count,
    }
    (args.output_dir / "sample.md").write_text(render(sample, figures, args), encoding="utf-8")
    for name, value in figures.items():
        print(f"{name}: {value}")
    print(f"wrote {args.output_dir / 'sample.md'} and {args.output_dir / 'default_view.txt'}")
    return 0


def _articles(entry: Entry) -> set[str]:
    return {mention.document for mention in entry.mentions}


def pick(rng: random.Random, items: list[T], count: int) -> list[T]:
    """`count` of the items drawn at random, or all of them where there are no more."""
    return list(items) if len(items) <= count else rng.sample(items, count)


def timeline_output(db: Path, *options: str) -> str:
    """`storyline timeline` as a user runs it, in plain text (no colours, no terminal width)."""
    storyline = Path(sys.executable).with_name("storyline")
    environment = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200"}
    command = [str(storyline), "timeline", "--db", str(db), *options]
    return subprocess.run(command, check=True, capture_output=True, text=True, env=environment).stdout


def render(sample: list[Entry], figures: dict[str, object], args: argparse.Namespace) -> str:
    lines = [f"# Merged entries: {_esc(args.db.name)} (seed {args.seed})", ""]
    lines += [f"- {name}: {value}" for name, value in figures.items()]
    lines += ["", "Judge each entry: one real-world event (✓) or different events (✗, why).", ""]
    for number, entry in enumerate(sample, 1):
        lines += [
            f"## S{number} · {entry.id} · {entry.date or 'undated'} · "
            f"{len(_articles(entry))} articles, {len(entry.mentions)} mentions",
            "",
            f"summary: {_esc(entry.summary)}",
            "",
        ]
        lines += [_mention(mention) for mention in entry.mentions]
        lines.append("")
    return "\n".join(lines) + "\n"


def _mention(mention: Mention) -> str:
    published = mention.publication_date.isoformat() if mention.publication_date else "unknown"
    path = Path(mention.path)
    where = f"{path.parent.name}/{path.name}"
    return f"- {_esc(where)} · published {published} · dated {mention.date or '—'}: {_marked(mention)}"


def _marked(mention: Mention) -> str:
    """The sentence with the event words between ⟦ ⟧ (offsets are document offsets)."""
    text, start = mention.text, mention.start
    if mention.event_start is None or mention.event_end is None:
        return _esc(text)
    left, right = mention.event_start - start, mention.event_end - start
    if not 0 <= left <= right <= len(text):
        return _esc(text) + " (event span outside the sentence)"
    return f"{_esc(text[:left])} ⟦{_esc(text[left:right])}⟧ {_esc(text[right:])}"


if __name__ == "__main__":
    raise SystemExit(main())
