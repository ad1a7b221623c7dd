"""`storyline eval coref`: cross-document event coreference on ECB+.

Runs the pipeline on each topic of an ECB+ folder and prints MUC, B³, CEAF-e
and CoNLL F1 of storyline's entries and of two baselines on the same gold:
a table with a summary per topic set, or one JSON object. Figures are
percentages with one decimal. Reading, projection and scoring live in
`storyline.evaluate` (`ecbplus`, `coref_projection`, `coref_scorer`,
`coref_eval`).
"""

from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from rich.table import Table

from storyline.evaluate.coref_eval import DEVELOPMENT_TOPICS, SAME_LEMMA, SINGLETONS, CorefResult
from storyline.evaluate.coref_eval import evaluate_coref as evaluate
from storyline.evaluate.coref_scorer import CorefScores
from storyline.evaluate.ecbplus import VALIDATED_SENTENCES, topics_in
from storyline.present.progress import counting_bar

LABELS = {SINGLETONS: "singletons", SAME_LEMMA: "same lemma"}


def parse_topics(value: str | None) -> list[int] | None:
    """Read "2,5,12-14" as [2, 5, 12, 13, 14]; None stays None (every topic)."""
    if value is None:
        return None
    topics: set[int] = set()
    for part in filter(None, (part.strip() for part in value.split(","))):
        first, _, last = part.partition("-")
        if not first.isdigit() or not (last.isdigit() or not last):
            raise ValueError(f"--topics takes numbers and ranges such as 2,5,12-14, not {value!r}")
        topics.update(range(int(first), int(last or first) + 1))
    return sorted(topics)


def run(ecb_dir: Path, topics: list[int] | None, as_json: bool, console: Console) -> int:
    """Score and print; the exit code is 2 when there is nothing to score."""
    if not (ecb_dir / VALIDATED_SENTENCES).is_file() or not topics_in(ecb_dir):
        console.print(f"[red]no ECB+ topics and {VALIDATED_SENTENCES} in {ecb_dir}[/red]")
        return 2
    available = set(topics_in(ecb_dir))
    chosen = sorted(available if topics is None else available & set(topics))
    if not chosen:
        console.print(f"[red]none of the topics {topics} is in {ecb_dir}[/red]")
        return 2
    if as_json:
        result = evaluate(ecb_dir, chosen)
        print(json.dumps(report(result), indent=2))
        return 0
    with counting_bar(console) as progress:
        task = progress.add_task("topics", total=len(chosen))
        result = evaluate(ecb_dir, chosen, on_topic=lambda _: progress.advance(task))
    console.print(_scores_table(result))
    console.print(_summary_table(result))
    console.print(f"{len(chosen)} topic(s) in {result.seconds:.0f} s")
    return 0


def report(result: CorefResult) -> dict[str, object]:
    """The JSON report: storyline's figures, mention counts and the baselines, in percent."""
    return {
        **_percent(result.scores),
        "mentions": result.mentions,
        "covered": len(result.covered),
        "baselines": {name: _percent(scores) for name, scores in result.baselines.items()},
        "topics": result.topics,
    }


def _percent(scores: CorefScores) -> dict[str, object]:
    def metric(name: str) -> dict[str, float]:
        return {key: _pct(value) for key, value in getattr(scores, name).as_dict().items()}

    return {
        "conll_f1": _pct(scores.conll_f1),
        "muc": metric("muc"),
        "b3": metric("b3"),
        "ceaf_e": metric("ceaf_e"),
    }


def _pct(value: float) -> float:
    return round(100 * value, 1)


def _scores_table(result: CorefResult) -> Table:
    title = (
        f"ECB+ event coreference: {len(result.topics)} topic(s), {result.mentions} gold mentions, "
        f"{len(result.covered)} covered by a storyline event mention"
    )
    table = Table(title=title)
    for column in ("", "metric", "precision", "recall", "F1"):
        table.add_column(column, justify="right" if column not in ("", "metric") else "left")
    rows = {"storyline": result.scores, **{LABELS[name]: s for name, s in result.baselines.items()}}
    for label, scores in rows.items():
        for metric, figures in (("MUC", scores.muc), ("B³", scores.b3), ("CEAF-e", scores.ceaf_e)):
            values = (figures.precision, figures.recall, figures.f1)
            table.add_row(label if metric == "MUC" else "", metric, *(f"{_pct(v):.1f}" for v in values))
        table.add_row("", "CoNLL F1", "", "", f"[bold]{_pct(scores.conll_f1):.1f}[/bold]", end_section=True)
    return table


def _summary_table(result: CorefResult) -> Table:
    """CoNLL F1 on the chosen topics, and on their development and training parts."""
    development = [topic for topic in result.topics if topic in DEVELOPMENT_TOPICS]
    training = [topic for topic in result.topics if topic not in DEVELOPMENT_TOPICS]
    sets = {"chosen": result.topics, "development": development, "training": training}
    table = Table(
        title="CoNLL F1 by topic set",
        caption=" · ".join(f"{label}: {_ranges(topics)}" for label, topics in sets.items() if topics),
    )
    for column in ("topics", "mentions", "covered", "storyline", *LABELS.values()):
        table.add_column(column, justify="left" if column == "topics" else "right")
    for label, topics in sets.items():
        if not topics or (label != "chosen" and topics == result.topics):
            continue
        part = result.restricted(topics)
        baselines = part.baselines
        table.add_row(
            f"{label} ({len(topics)})",
            str(part.mentions),
            str(len(part.covered)),
            f"{_pct(part.scores.conll_f1):.1f}",
            *(f"{_pct(baselines[name].conll_f1):.1f}" for name in LABELS),
        )
    return table


def _ranges(topics: list[int]) -> str:
    """[1, 2, 3, 5] → "1-3,5"."""
    parts: list[str] = []
    start = previous = topics[0]
    for topic in [*topics[1:], None]:
        if topic is not None and topic == previous + 1:
            previous = topic
            continue
        parts.append(str(start) if start == previous else f"{start}-{previous}")
        if topic is not None:
            start = previous = topic
    return ",".join(parts)
