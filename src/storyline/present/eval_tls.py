"""`storyline eval tls DIR [--json]`: Timeline17 scores as a table or one JSON object.

Loads the pipeline once, evaluates every topic (`evaluate.tls_eval`), shows a
progress bar over topics on the terminal, and prints per-timeline figures and
the averages (F1 from averaged precision and recall). Scoring itself lives in
`evaluate`; this module only wires and prints.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from storyline.evaluate.timeline17 import read_topics
from storyline.evaluate.tls_eval import LABELS, METRICS, EntryBuilder, Evaluation, evaluate
from storyline.model import Document, Entry
from storyline.present.progress import counting_bar
from storyline.present.safe_text import strip_controls

PROCESSES = 2


def _builder() -> EntryBuilder:
    from storyline.pipeline import Pipeline, build_entries

    pipeline = Pipeline(processes=PROCESSES)

    def build(documents: list[Document]) -> list[Entry]:
        return build_entries(documents, pipeline)

    return build


def run(data_dir: Path, as_json: bool, console: Console) -> int:
    topics = read_topics(data_dir) if data_dir.is_dir() else []
    if not topics:
        console.print(
            f"[red]No Timeline17 topics (InputDocs/ and timelines/) under {escape(str(data_dir))}[/red]"
        )
        return 2
    build = _builder()
    if as_json:
        result = evaluate(topics, build)
        print(json.dumps({"measured": _today(), **result.as_dict()}, indent=2))
        return 0
    with counting_bar(console) as progress:
        task = progress.add_task("topics", total=len(topics))
        result = evaluate(topics, build, on_topic=lambda topic: progress.advance(task))
    console.print(_table(result))
    for error in result.skipped:
        console.print(f"[yellow]skipped {escape(strip_controls(str(error)))}[/yellow]", soft_wrap=True)
    console.print(f"measured {_today()} in {result.seconds:.0f} s")
    return 0


def _today() -> str:
    return datetime.now(UTC).date().isoformat()


def _table(result: Evaluation) -> Table:
    table = Table(title="Timeline17 (F1; averages: F1 of mean precision and mean recall)")
    for column in ("topic", "timeline", "L", "K", "articles"):
        table.add_column(column, justify="left" if column in ("topic", "timeline") else "right")
    for name in METRICS:
        table.add_column(LABELS[name], justify="right")
    for row in result.results:
        table.add_row(
            row.topic,
            row.timeline,
            str(row.dates),
            str(row.per_date),
            str(row.articles),
            *(f"{row.scores[name].f1:.3f}" for name in METRICS),
        )
    average = result.average
    table.add_section()
    table.add_row(
        "average", f"{len(result.results)} timelines", "", "", "", *(f"{average[n].f1:.3f}" for n in METRICS)
    )
    return table
