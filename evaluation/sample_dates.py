"""Draw a seeded sample of timeline entries to judge whether each is dated when its event happened.

The measurement of the dating issue ("an entry's date from its best evidence"): a person reads
each sampled entry's date against its cited sentences (and, where needed, the article) and judges
it right to the day, right but less precise, wrong (by how much) or undatable, with the cause of
each error. This script only draws and writes the sample; it is not imported by storyline.

    python evaluation/sample_dates.py /tmp/base27/bpoil_bbc.db \
        --output-dir evaluation/judged/dates8/bpoil_bbc [--seed 8] [--count 40]

Writes `<dir>/view.txt` (`count` entries of the default view) and `<dir>/all.txt` (`count` entries
drawn from `timeline --all`): each entry's date, tense and summary, then its reports, the ones
that give the entry's date first: article, publication date, the date the report gives, the time
expression that gave it ("—" for a report dated by its article) and the sentence with the event
words between ⟦ ⟧.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from sample_entries import pick, timeline_output

from storyline.model import Entry, Mention
from storyline.store import Store
from storyline.store.codec import load_timex

_SHOWN_REPORTS = 6  # the reports giving the entry's date and a few others: enough to judge the date


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("db", type=Path, help="a store built by `storyline ingest`")
    parser.add_argument("--output-dir", type=Path, required=True, help="where to write the files")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--count", type=int, default=40, help="entries to sample from each list")
    args = parser.parse_args()
    args.output_dir.mkdir(parents=True, exist_ok=True)
    for name, options in (("view", ()), ("all", ("--all",))):
        shown = json.loads(timeline_output(args.db, "--format", "json", *options))["entries"]
        ids = [entry["id"] for entry in shown]
        rng = random.Random(f"{args.seed}:{name}")
        sample = pick(rng, ids, args.count)
        with Store(args.db) as store:
            entries = store.entries_by_id(sample)
            text = render(store, entries, f"{args.db.name} {name} (seed {args.seed}, {len(ids)} entries)")
        (args.output_dir / f"{name}.txt").write_text(text, encoding="utf-8")
        print(f"{name}: {len(entries)} of {len(ids)} entries → {args.output_dir / f'{name}.txt'}")
    return 0


def render(store: Store, entries: list[Entry], title: str) -> str:
    lines = [f"# {title}", ""]
    for number, entry in enumerate(entries, 1):
        expressions = _expressions(store, entry.id)
        lines += [
            f"## D{number} · {entry.id} · {entry.date or 'undated'} · {entry.tense}"
            f"{' (inferred)' if entry.date_inferred else ''} · {len(entry.mentions)} mentions",
            f"summary: {entry.summary}",
        ]
        reports = sorted(entry.mentions, key=lambda m: (m.date != entry.date, m.publication_date or ""))
        for mention in reports[:_SHOWN_REPORTS]:
            expression = expressions.get((mention.document, mention.start, mention.event_start))
            lines.append(_report(mention, expression))
        if len(reports) > _SHOWN_REPORTS:
            lines.append(f"- ... {len(reports) - _SHOWN_REPORTS} more")
        lines += ["verdict: ", ""]
    return "\n".join(lines) + "\n"


def _expressions(store: Store, entry_id: str) -> dict[tuple[str, int, int | None], str]:
    """The words of the time expression each stored report of the entry was dated by."""
    rows = store.query(
        "SELECT document_id, start, event_start, timex FROM events WHERE entry_id = ?", (entry_id,)
    )
    found = {}
    for row in rows:
        timex = load_timex(row["timex"])
        found[(row["document_id"], row["start"], row["event_start"])] = timex.text if timex else "—"
    return found


def _report(mention: Mention, expression: str | None) -> str:
    published = mention.publication_date.isoformat() if mention.publication_date else "unknown"
    path = Path(mention.path)
    return (
        f"- {path.parent.name}/{path.name} · pub {published} · dated {mention.date or '—'}"
        f" by «{expression or '?'}» · {mention.modality}: {_marked(mention)}"
    )


def _marked(mention: Mention) -> str:
    """The sentence with the event words between ⟦ ⟧ (offsets are document offsets)."""
    text, start = mention.text, mention.start
    if mention.event_start is None or mention.event_end is None:
        return " ".join(text.split())
    left, right = mention.event_start - start, mention.event_end - start
    if not 0 <= left <= right <= len(text):
        return " ".join(text.split())
    return " ".join(f"{text[:left]}⟦{text[left:right]}⟧{text[right:]}".split())


if __name__ == "__main__":
    raise SystemExit(main())
