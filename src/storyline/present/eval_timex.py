"""`storyline eval timex`: TempEval-3 scores of the temporal tagger on TimeML files.

Reads gold `.tml` files, tags each body with storyline's tagger (document
date = the DCT), or reads another system's `.tml` output with `--system`,
and prints the TempEval-3 figures: a table and the most frequent errors, or
one JSON object. Scoring itself lives in `storyline.evaluate.timex_scorer`.
"""

from __future__ import annotations

import difflib
import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from storyline.analyse.timex import tag_time_expressions
from storyline.evaluate.timeml import TimeMLDocument, read_folder
from storyline.evaluate.timex_scorer import DocumentResult, Error, score_document, scores, total
from storyline.model import TimeExpression

WORST = 30


def run(gold_dir: Path, system_dir: Path | None, as_json: bool, console: Console) -> int:
    """Score and print; the exit code is 2 when there is nothing to score."""
    gold = read_folder(gold_dir) if gold_dir.is_dir() else {}
    if not gold:
        console.print(f"[red]no .tml files in {escape(str(gold_dir))}[/red]")
        return 2
    system = read_folder(system_dir) if system_dir else None
    if system is not None and not system:
        console.print(f"[red]no .tml files in {escape(str(system_dir))}[/red]")
        return 2
    results = {
        name: score_document(document.timexes, _system(document, system)) for name, document in gold.items()
    }
    if as_json:
        sys.stdout.write(json.dumps(report(results), indent=2) + "\n")
    else:
        _print(results, console)
    return 0


def _system(document: TimeMLDocument, system: dict[str, TimeMLDocument] | None) -> list[TimeExpression]:
    if system is None:
        return tag_time_expressions(document.text, document.dct)
    other = system.get(document.name)
    if other is None:
        return []
    return other.timexes if other.text == document.text else _realign(other, document.text)


def _realign(other: TimeMLDocument, text: str) -> list[TimeExpression]:
    """Move a system's offsets onto the gold text when the two raw texts differ slightly."""
    matcher = difflib.SequenceMatcher(None, other.text, text, autojunk=False)
    mapping: dict[int, int] = {}
    for tag, a0, a1, b0, _ in matcher.get_opcodes():
        if tag == "equal":
            mapping.update({a0 + k: b0 + k for k in range(a1 - a0 + 1)})
    moved = []
    for expression in other.timexes:
        start, end = mapping.get(expression.start), mapping.get(expression.end)
        if start is not None and end is not None and end > start:
            moved.append(replace(expression, start=start, end=end, text=text[start:end]))
    return moved


def report(results: dict[str, DocumentResult]) -> dict[str, object]:
    """The JSON report: overall figures, counts and per-document figures."""
    counts = total(result.counts for result in results.values())
    overall = scores(counts).as_dict()
    return {
        **overall,
        "counts": {name: getattr(counts, name) for name in counts.__slots__},
        "documents": {
            name: {
                **scores(result.counts).as_dict(),
                "gold": result.counts.gold,
                "system": result.counts.system,
            }
            for name, result in results.items()
        },
    }


def _print(results: dict[str, DocumentResult], console: Console) -> None:
    counts = total(result.counts for result in results.values())
    figures = scores(counts)
    title = (
        f"TempEval-3 time expressions: {len(results)} documents, {counts.gold} gold, {counts.system} system"
    )
    table = Table(title=title)
    for column in ("", "precision", "recall", "F1", "accuracy"):
        table.add_column(column, justify="right" if column else "left")
    table.add_row("strict", *_pct(figures.strict_precision, figures.strict_recall, figures.strict_f1), "")
    table.add_row("relaxed", *_pct(figures.precision, figures.recall, figures.relaxed_f1), "")
    table.add_row("type", "", "", *_pct(figures.type_f1, figures.type_accuracy))
    table.add_row("value", "", "", *_pct(figures.value_f1, figures.value_accuracy))
    console.print(table)
    console.print(_errors_table([error for result in results.values() for error in result.errors]))


def _pct(*values: float) -> list[str]:
    return [f"{100 * value:.1f}" for value in values]


def _errors_table(errors: list[Error]) -> Table:
    table = Table(title=f"Most frequent errors (of {len(errors)})")
    for column in ("n", "kind", "gold text", "gold", "ours text", "ours"):
        table.add_column(column)
    for (kind, gold_text, gold, ours_text, ours), n in Counter(map(_error_key, errors)).most_common(WORST):
        table.add_row(str(n), kind, gold_text, gold, ours_text, ours)
    return table


def _error_key(error: Error) -> tuple[str, str, str, str, str]:
    def describe(expression: TimeExpression | None) -> tuple[str, str]:
        if expression is None:
            return "", ""
        return expression.text, f"{expression.type} {expression.value}"

    return (error.kind, *describe(error.gold), *describe(error.system))
