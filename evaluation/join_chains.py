"""Which report each mention met when it joined an entry, and with which margin: an ingest with the
merger's `_margin` and `_take` watched, writing one JSON line a mention, then the chain of an entry.

    python evaluation/join_chains.py ingest CORPUS_TOPIC DB LOG   # a fresh store; the log of joins
    python evaluation/join_chains.py show LOG ENTRY_ID [ENTRY_ID ...]

A reading aid: it patches the merge's private functions in this process only.
"""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path

from storyline.merge import entries
from storyline.present.safe_text import one_line


def _ingest(topic: str, db: str, log_path: str) -> None:
    scored: list[tuple[object, float]] = []
    margin, take = entries._margin, entries.Merger._take

    def watched_margin(sig, other, pairs, crowd=0.0):  # type: ignore[no-untyped-def]
        value = margin(sig, other, pairs, crowd)
        scored.append((other, value))
        return value

    with open(log_path, "w", encoding="utf-8") as log:

        def watched_take(self, event, sig, plan):  # type: ignore[no-untyped-def]
            scored.clear()
            cluster = take(self, event, sig, plan)
            members = {id(s) for s in cluster.signatures[:-1]}
            met = [(other, value) for other, value in scored if id(other) in members and value >= 0]
            row: dict[str, object] = {
                "entry": cluster.id,
                "document": event.document_id,
                "start": event.start,
                "word": sig.word,
                "predicate": sig.predicate,
                "text": one_line(event.text)[:200],
                "size": len(cluster.events),
                "counts": sorted(map(list, sig.counts)),
                "places": sorted(sig.places),
                "persons": [str(person) for person in sig.persons],
                "published": str(sig.published),
            }
            if met:
                other, value = max(met, key=lambda item: item[1])
                row.update(
                    met_document=other.document,
                    met_start=other.sentence,
                    met_word=other.word,
                    margin=round(value, 4),
                )
            log.write(json.dumps(row) + "\n")
            return cluster

        entries._margin = watched_margin  # type: ignore[assignment]
        entries.Merger._take = watched_take  # type: ignore[method-assign]
        from storyline.present.cli import app

        sys.argv = ["storyline", "ingest", topic, "--db", db]
        with contextlib.suppress(SystemExit):
            app()


def _show(log_path: str, ids: list[str]) -> None:
    rows = [json.loads(line) for line in Path(log_path).read_text(encoding="utf-8").splitlines()]
    for entry in ids:
        print(f"== {entry}")
        for row in rows:
            if row["entry"] != entry:
                continue
            met = (
                f"met {row['met_document']}@{row['met_start']} ({row['met_word']}) {row['margin']}"
                if "met_document" in row
                else "opens"
            )
            print(f"  {row['document']}@{row['start']} [{row['word']}] {met}\n      {row['text']}")
            values = f"counts {row['counts']} places {row['places']} persons {row['persons']}"
            print(f"      {row['published']} {values}")


if __name__ == "__main__":
    if sys.argv[1] == "ingest":
        _ingest(*sys.argv[2:5])
    else:
        _show(sys.argv[2], sys.argv[3:])
