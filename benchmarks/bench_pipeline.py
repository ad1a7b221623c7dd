"""Benchmark: the whole storyline pipeline against spaCy's own `nlp.pipe` on the same text.

Usage: python benchmarks/bench_pipeline.py [PATH ...] [--processes N] [--limit N] [--repeat N]
(default PATH: ../shared/corpus/t17). Each side runs in its own child process so
that the peak memory reported (max RSS) is that side's alone. The storyline
side ingests into a throw-away SQLite store: reading, analysis, extraction,
merging and writing are all included. Besides the wall clock, each side's CPU time
(user and system, `time.process_time`) is reported: on a machine whose cores other jobs
share, the CPU ratio moves much less from one run to the next than the wall-clock ratio.
With `--processes N` above 1 the parsing runs in worker processes, whose CPU the parent's
`process_time` does not see: `cpu_children_seconds` is theirs (`RUSAGE_CHILDREN`, counted once
they have exited) and `cpu_total_seconds` both together, which the last line compares.

On an idle two-core machine either side's CPU time still moved by up to 18 s (30%) from run
to run (twenty-fifth session): `--repeat N` runs N pairs, each side right after the other so
that a slow spell tends to touch both, and prints each pair's ratio and their median.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "t17"


def load_documents(paths: list[str] | list[Path], limit: int | None) -> list[object]:
    """The articles under `paths` as storyline reads them, the first `limit` only if given."""
    from storyline.ingest import read_documents
    from storyline.model import Document

    documents = [item for item in read_documents(paths) if isinstance(item, Document)]
    return documents[:limit] if limit else documents


def write_articles(documents: list[object], path: Path) -> None:
    """The documents as a JSONL file of `storyline ingest`'s input: each one's text and date."""
    with path.open("w", encoding="utf-8") as handle:
        for d in documents:
            record = {
                "text": d.text,  # type: ignore[attr-defined]
                "date": d.publication_date.isoformat() if d.publication_date else None,  # type: ignore[attr-defined]
            }
            handle.write(json.dumps(record) + "\n")


def run_spacy(paths: list[str], processes: int, limit: int | None) -> dict[str, float]:
    from storyline.analyse.nlp import load_pipeline

    texts = [d.text for d in load_documents(paths, limit)]  # type: ignore[attr-defined]
    nlp = load_pipeline()
    started, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    for _ in nlp.pipe(texts, batch_size=64, n_process=processes):
        pass
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    result = _result(len(texts), sum(len(t.split()) for t in texts), elapsed, cpu)
    return _with_children(result, _children_cpu() - children)


def run_storyline(paths: list[str], processes: int, limit: int | None) -> dict[str, float]:
    from storyline.pipeline import Pipeline, ingest
    from storyline.store import Store

    documents = load_documents(paths, limit)
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "articles.jsonl"
        write_articles(documents, inputs)
        pipeline = Pipeline(processes=processes)
        with Store(Path(folder) / "bench.db") as store:
            started, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
            report = ingest([inputs], store, pipeline)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
            entries = store.entry_count()
    result = _result(report.documents_added, report.words, elapsed, cpu)
    result.update(events=report.events, entries=entries)
    return _with_children(result, _children_cpu() - children)


def _children_cpu() -> float:
    """User and system CPU seconds of the child processes that have exited and been waited for."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _with_children(result: dict[str, float], children: float) -> dict[str, float]:
    result.update(
        cpu_children_seconds=round(children, 1),
        cpu_total_seconds=round(result["cpu_seconds"] + children, 1),
    )
    return result


def _result(documents: int, words: int, seconds: float, cpu_seconds: float) -> dict[str, float]:
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "documents": documents,
        "words": words,
        "seconds": round(seconds, 1),
        "cpu_seconds": round(cpu_seconds, 1),
        "articles_per_s": round(documents / seconds, 2),
        "words_per_s": round(words / seconds),
        "peak_rss_mib": round(peak_mib),
    }


def _child(side: str, args: argparse.Namespace) -> dict[str, float]:
    command = [sys.executable, __file__, *args.paths, "--processes", str(args.processes), "--side", side]
    if args.limit:
        command += ["--limit", str(args.limit)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="*", default=[str(DEFAULT_CORPUS)])
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None, help="Only the first N documents.")
    parser.add_argument("--repeat", type=int, default=1, help="Run N pairs and print the median ratio.")
    parser.add_argument("--side", choices=["spacy", "storyline"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side == "spacy":
        print(json.dumps(run_spacy(args.paths, args.processes, args.limit)))
        return
    if args.side == "storyline":
        print(json.dumps(run_storyline(args.paths, args.processes, args.limit)))
        return
    if args.repeat > 1:
        _repeated(args)
        return
    spacy_side = _child("spacy", args)
    storyline_side = _child("storyline", args)
    print(f"{'':22}{'spaCy nlp.pipe':>18}{'storyline':>18}")
    keys = (
        "documents", "words", "seconds", "cpu_seconds", "cpu_children_seconds", "cpu_total_seconds",
        "articles_per_s", "words_per_s", "peak_rss_mib",
    )  # fmt: skip
    for key in keys:
        print(f"{key:22}{spacy_side[key]:>18}{storyline_side[key]:>18}")
    print(f"storyline events {storyline_side['events']}, entries {storyline_side['entries']}")
    ratio = storyline_side["seconds"] / spacy_side["seconds"] if spacy_side["seconds"] else float("nan")
    print(f"storyline takes {ratio:.2f}x the time of spaCy alone")
    spacy_cpu = spacy_side["cpu_seconds"]
    cpu = storyline_side["cpu_seconds"] / spacy_cpu if spacy_cpu else float("nan")
    print(f"storyline takes {cpu:.2f}x the CPU time of spaCy alone")
    spacy_total = spacy_side["cpu_total_seconds"]
    total = storyline_side["cpu_total_seconds"] / spacy_total if spacy_total else float("nan")
    print(f"storyline takes {total:.2f}x the CPU time of spaCy alone, worker processes included")


def _repeated(args: argparse.Namespace) -> None:
    """`args.repeat` pairs of runs, each pair's CPU ratio (worker processes included) and their median."""
    ratios = []
    for run in range(1, args.repeat + 1):
        spacy_side, storyline_side = _child("spacy", args), _child("storyline", args)
        spacy_cpu, cpu = spacy_side["cpu_total_seconds"], storyline_side["cpu_total_seconds"]
        ratios.append(cpu / spacy_cpu if spacy_cpu else float("nan"))
        print(
            f"run {run}: spaCy {spacy_cpu} s CPU ({spacy_side['peak_rss_mib']} MiB), storyline {cpu} s CPU "
            f"({storyline_side['peak_rss_mib']} MiB): {ratios[-1]:.2f}x",
            flush=True,
        )
    print(
        f"storyline takes {statistics.median(ratios):.2f}x the CPU time of spaCy alone, median of "
        f"{len(ratios)} pairs ({min(ratios):.2f}x-{max(ratios):.2f}x), worker processes included"
    )


if __name__ == "__main__":
    main()
