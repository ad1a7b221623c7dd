"""Draw seeded random samples of attributions, quotes, figures and conflicts for reading.

The measurement protocol of issue 13: a person judges each sampled item against its
source sentence and context. This script only draws and writes the samples; it is
not imported by storyline.

    python evaluation/sample_claims.py ../shared/corpus/t17/bpoil_reuters --db /tmp/bp.db \
        --output evaluation/samples/bpoil_reuters.md [--seed 13] [--skip-ingest] [--lead-attribution]

Samples: 40 attributed entries, 30 quotes, 30 figures, all conflicts (or 40 of them),
and 5 whole articles, every sentence shown with the attribution storyline gave it,
for recall. Article text is escaped so that nothing in it renders as markup. Each
attributed entry is shown with the report its summary comes from; where the merge lent
the entry the attribution of another report, that report is shown too.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from storyline.merge.conflicts import find_conflicts
from storyline.merge.figure_series import build_series
from storyline.model import Conflict, ConflictSide, Entry, FigureSeries, Mention, SeriesPoint
from storyline.present.safe_text import markdown_text as _esc
from storyline.store import Store
from storyline.store.codec import load_attribution, load_figures

ENTRIES = 40
QUOTES = 30
FIGURES = 30
CONFLICTS = 40
ARTICLES = 5
T = TypeVar("T")
CONTEXT = 300  # characters of text shown before a quote or a sentence


@dataclass(frozen=True, slots=True)
class Sample:
    entries: list[Entry]
    quotes: list[tuple[str, int, int, str, str | None]]  # document, start, end, text, speaker
    figures: list[tuple[FigureSeries, SeriesPoint]]
    conflicts: list[Conflict]
    articles: list[str]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("topic", type=Path, help="a Timeline17 topic folder (or any input storyline ingests)")
    parser.add_argument(
        "--db", type=Path, required=True, help="the store to build (or reuse with --skip-ingest)"
    )
    parser.add_argument("--output", type=Path, required=True, help="the Markdown file to write")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--skip-ingest", action="store_true", help="sample an existing store")
    parser.add_argument(
        "--lead-attribution",
        action="store_true",
        help="give each entry only the attribution of the report its summary comes from (not one lent by "
        "another report merged into it): what the entries would say if the merge stopped lending",
    )
    args = parser.parse_args()
    if not args.skip_ingest:
        args.db.unlink(missing_ok=True)
        storyline = Path(sys.executable).with_name("storyline")
        subprocess.run([str(storyline), "ingest", str(args.topic), "--db", str(args.db)], check=True)
    with Store(args.db) as store:
        entries = store.entries()
        texts = {m.document: store.document(m.document) for e in entries for m in e.mentions}
    if args.lead_attribution:
        entries = [replace(e, attribution=_shown_mentions(e)[0].attribution) for e in entries]
    sample = draw(entries, args.db, args.seed)
    documents = {k: v.text for k, v in texts.items() if v is not None}
    paths = {k: v.path for k, v in texts.items() if v is not None}
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(render(sample, documents, paths, args.db, args.topic.name), encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


def draw(entries: list[Entry], db: Path, seed: int) -> Sample:
    rng = random.Random(seed)
    attributed = [e for e in entries if e.attribution is not None]
    series = build_series(entries)
    points = [(one, point) for one in series for point in one.points if point.mention is not None]
    conflicts = find_conflicts(entries, series)
    with sqlite3.connect(db) as connection:
        quotes = connection.execute('SELECT document_id, start, "end", text, speaker FROM quotes').fetchall()
        documents = [row[0] for row in connection.execute("SELECT id FROM documents ORDER BY id")]
    return Sample(
        entries=_pick(rng, attributed, ENTRIES),
        quotes=_pick(rng, sorted(quotes), QUOTES),
        figures=_pick(rng, points, FIGURES),
        conflicts=_pick(rng, conflicts, CONFLICTS),
        articles=_pick(random.Random(seed), documents, ARTICLES),  # the same articles whatever the code finds
    )


def _pick(rng: random.Random, items: list[T], count: int) -> list[T]:
    return list(items) if len(items) <= count else rng.sample(items, count)


# --- writing ----------------------------------------------------------------------------------


def render(sample: Sample, documents: dict[str, str], paths: dict[str, str], db: Path, topic: str) -> str:
    lines = [f"# Claim samples: {topic}", ""]
    lines += ["Judge each item against its sentence and context; mark ✓ / ✗ and why.", ""]
    lines += [f"## Attributed entries ({len(sample.entries)})", ""]
    for number, entry in enumerate(sample.entries, 1):
        mention, lent = _shown_mentions(entry)
        text = documents.get(mention.document, "")
        attribution = entry.attribution
        assert attribution is not None
        lines += [
            f"### E{number} · {_esc(attribution.source)} · {attribution.stance} · "
            f"cue `{_esc(attribution.cue)}`",
            f"{_esc(Path(mention.path).name)} {mention.start}–{mention.end} · summary: {_esc(entry.summary)}",
            "",
            f"> …{_esc(text[max(0, mention.start - CONTEXT) : mention.start])}"
            f"**{_esc(text[mention.start : mention.end])}**",
            "",
        ]
        if lent is not None:  # the summary's own report names nobody: the entry borrows another's source
            lent_text = _esc(lent.sentence or lent.text)
            lines += [f"attribution lent by another report of the entry: {lent_text}", ""]
    lines += [f"## Quotes ({len(sample.quotes)})", ""]
    for number, (document, start, end, quoted, speaker) in enumerate(sample.quotes, 1):
        text = documents.get(document, "")
        lines += [
            f"### Q{number} · speaker: {_esc(speaker or 'unknown')}",
            f"{_esc(Path(paths.get(document, document)).name)} {start}–{end}",
            "",
            f"> …{_esc(text[max(0, start - CONTEXT) : start])}**{_esc(quoted)}**"
            f"{_esc(text[end : end + 150])}…",
            "",
        ]
    lines += [f"## Figures ({len(sample.figures)})", ""]
    for number, (one, point) in enumerate(sample.figures, 1):
        figure, mention = point.figure, point.mention
        assert mention is not None
        lines += [
            f"### F{number} · {_esc(figure.text)} · counted: {_esc(figure.counted or '—')} · "
            f"claimant: {_esc(point.claimant or 'unattributed')}",
            f"series: {_esc(one.label)} · {_esc(Path(mention.path).name)} {figure.start}–{figure.end}",
            "",
            f"> {_esc(mention.sentence or mention.text)}",
            "",
        ]
    lines += [f"## Conflicts ({len(sample.conflicts)})", ""]
    for number, conflict in enumerate(sample.conflicts, 1):
        lines += [f"### C{number} · {conflict.kind} · {_esc(conflict.description)}", ""]
        lines += [_side(conflict.first, documents), _side(conflict.second, documents), ""]
    lines += [f"## Whole articles for recall ({len(sample.articles)})", ""]
    lines += _articles(sample.articles, documents, db)
    return "\n".join(lines) + "\n"


def _shown_mentions(entry: Entry) -> tuple[Mention, Mention | None]:
    """The report the entry's summary comes from (what a reader sees with the attribution), and the
    report that lent the attribution when that one names no source itself."""
    leads = [m for m in entry.mentions if entry.summary in (m.sentence or m.text)] or entry.mentions
    lead = next(
        (m for m in leads if m.attribution is not None and m.attribution == entry.attribution), leads[0]
    )
    if lead.attribution == entry.attribution:
        return lead, None
    return lead, next((m for m in entry.mentions if m.attribution == entry.attribution), None)


def _side(side: ConflictSide, documents: dict[str, str]) -> str:
    text = documents.get(side.document, "")
    sentence_start = text.rfind("\n", 0, side.start) + 1
    sentence_end = text.find("\n", side.end)
    sentence = text[sentence_start : sentence_end if sentence_end >= 0 else len(text)]
    return (
        f"- {_esc(side.source or 'unattributed')} ({side.stance or '—'}, {side.date}) "
        f"{_esc(Path(side.path).name)} {side.start}–{side.end}: {_esc(sentence)}"
    )


def _articles(ids: list[str], documents: dict[str, str], db: Path) -> list[str]:
    lines: list[str] = []
    with sqlite3.connect(db) as connection:
        for document in ids:
            path, text = connection.execute(
                "SELECT path, text FROM documents WHERE id = ?", (document,)
            ).fetchone()
            rows = connection.execute(
                'SELECT start, "end", attribution, figures FROM events WHERE document_id = ? ORDER BY start',
                (document,),
            ).fetchall()
            lines += [f"### {_esc(Path(path).name)}", ""]
            for start, end, raw_attribution, raw_figures in rows:
                attribution = load_attribution(raw_attribution)
                said = f"**{_esc(attribution.source)}** ({attribution.stance})" if attribution else "—"
                figures = "; ".join(f"{_esc(f.text)} [{_esc(f.counted)}]" for f in load_figures(raw_figures))
                lines.append(
                    f"- [{said}] {_esc(text[start:end])}" + (f" · figures: {figures}" if figures else "")
                )
            lines.append("")
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
