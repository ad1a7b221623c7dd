"""Benchmark: where one ingest spends its CPU, stage by stage.

Usage: python benchmarks/bench_stages.py FOLDER [--limit N]

Runs what `bench_pipeline.py`'s storyline side runs (the articles written to a JSONL file and
ingested into a throw-away store, one process) with the functions of each stage wrapped in a timer:
spaCy's parse per component (through `spacy.language._pipe`, its tokenizer apart), what the ingest
does around the parse (comment cut, chunks), time expressions, actors, extraction by extractor,
merging, SQLite writes and the saved state, and reading. Each line is a function's *exclusive* CPU
time (`time.process_time`): what a wrapped callee took is counted to the callee, not to its caller,
so the lines add up to the ingest's total. Which share a stage takes is the figure to read: the
timers add a few microseconds a call, and on shared cores the load inflates Python-heavy stages
more than spaCy's matrix work. Only this script wraps anything; the pipeline runs unchanged.
"""

from __future__ import annotations

import argparse
import functools
import inspect
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import spacy.language
from bench_pipeline import load_documents, write_articles

import storyline.extract.events as events
import storyline.pipeline as pipeline
import storyline.store.database as database
from storyline.merge.entries import Merger
from storyline.store import Store

_exclusive: dict[str, float] = defaultdict(float)
_calls: dict[str, int] = defaultdict(int)
_running: list[list[Any]] = []  # [stage, CPU at its start, CPU of its timed callees]


def _enter(stage: str) -> None:
    _running.append([stage, time.process_time(), 0.0])


def _leave() -> None:
    stage, started, callees = _running.pop()
    spent = time.process_time() - started
    _exclusive[stage] += spent - callees
    _calls[stage] += 1
    if _running:
        _running[-1][2] += spent


def _timed_steps(stage: str, iterator: Iterator[Any]) -> Iterator[Any]:
    """A generator's items, each step's CPU counted to `stage` (a generator runs in steps)."""
    while True:
        _enter(stage)
        try:
            item = next(iterator)
        except StopIteration:
            return
        finally:
            _leave()
        yield item


def _timed(stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
    if inspect.isgeneratorfunction(function):
        return functools.wraps(function)(lambda *a, **k: _timed_steps(stage, function(*a, **k)))

    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        _enter(stage)
        try:
            return function(*args, **kwargs)
        finally:
            _leave()

    return timed


def _wrap(owner: object, name: str, stage: str) -> None:
    setattr(owner, name, _timed(stage, getattr(owner, name)))


_STAGES: list[tuple[object, str, str]] = [
    (pipeline, "read_documents", "reading and decoding"),
    (spacy.language.Language, "_ensure_doc", "parse: spaCy tokenizer"),
    (pipeline.Pipeline, "_parse", "parse: ingest's loop around nlp.pipe"),
    (pipeline, "_parsed_text", "parse: comment cut, garbled pages"),
    (pipeline, "split_text", "parse: chunks split"),
    (pipeline, "join_docs", "parse: chunks joined"),
    (pipeline, "tag_time_expressions", "time expressions"),
    (pipeline.Pipeline, "_actors", "actors"),
    (pipeline, "extract", "extract: the rest of extract()"),
    (events, "extract_quotes", "extract: quotes"),
    (events, "_events", "extract: events of a sentence"),
    (events, "extract_figures", "extract: figures"),
    (events, "_not_a_statement", "extract: labels, credits, not news"),
    (events, "_others_reports", "extract: others' reports in first-person pages"),
    (pipeline, "telling_stems", "merge: article words"),
    (pipeline, "_merge_and_save", "merge: the rest of _merge_and_save"),
    (Merger, "foresee", "merge: foresee"),
    (Merger, "add_article", "merge: add_article"),
    (Merger, "settle", "merge: settle"),
    (pipeline._Collection, "read", "state: read"),
    (pipeline._Collection, "changes", "state: changes"),
    (database.state_rows, "add", "state: rows written"),
    (Store, "known_ids", "sqlite: known ids"),
    (Store, "save_batch", "sqlite: the rest of save_batch"),
    (Store, "_save_entries", "sqlite: entries written"),
    (database, "build_entry", "sqlite: entries built"),
    (database, "_event_row", "sqlite: event rows"),
    (database.place_counts, "add", "sqlite: place counts"),
]


def _time_stages() -> None:
    for owner, name, stage in _STAGES:
        _wrap(owner, name, stage)
    components = spacy.language._pipe

    def timed_component(docs: Any, proc: Any, name: str, **kwargs: Any) -> Iterator[Any]:
        return _timed_steps(f"parse: spaCy {name}", components(docs, proc=proc, name=name, **kwargs))

    spacy.language._pipe = timed_component  # nlp.pipe chains each component's `_pipe`


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="Only the first N documents.")
    args = parser.parse_args()
    documents = load_documents([args.folder], args.limit)
    _time_stages()
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "articles.jsonl"
        write_articles(documents, inputs)
        ingesting = pipeline.Pipeline()
        with Store(Path(folder) / "bench.db") as store:
            _exclusive.clear()
            _calls.clear()
            _enter("the rest of ingest")
            report = pipeline.ingest([inputs], store, ingesting)
            _leave()
    total = sum(_exclusive.values())
    parse = sum(seconds for stage, seconds in _exclusive.items() if stage.startswith("parse: spaCy"))
    print(f"{report.documents_added} documents, {report.events} events: {total:.2f} s CPU")
    print(f"spaCy's parse (tokenizer and components): {parse:.2f} s, {100 * parse / total:.1f}%")
    for stage, seconds in sorted(_exclusive.items(), key=lambda item: -item[1]):
        print(f"{stage:50} {seconds:8.2f} s {100 * seconds / total:5.1f}% {_calls[stage]:8} calls")


if __name__ == "__main__":
    main()
