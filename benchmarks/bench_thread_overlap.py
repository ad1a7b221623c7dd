"""Benchmark: how much pure-Python work a second thread gets done while spaCy parses.

Usage: python benchmarks/bench_thread_overlap.py [FOLDER] [--articles N] [--work N]
(default FOLDER: ../shared/corpus/t17/bpoil_guardian). It times `nlp.pipe` over N articles alone,
a pure-Python loop alone, and both at once in two threads. If the together time is close to the
longer of the two, merging and storing one batch in a thread while the next batch is parsed would
hide their time; if it is close to the sum, the GIL serialises them and only another process would.
This measures the question before anyone builds the overlapped ingest.
"""

from __future__ import annotations

import argparse
import threading
import time
from pathlib import Path

from storyline.analyse.nlp import load_pipeline
from storyline.ingest import read_documents
from storyline.model import Document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = ROOT.parent / "shared" / "corpus" / "t17" / "bpoil_guardian"


def python_work(steps: int) -> float:
    """Seconds a loop of plain Python arithmetic takes (it holds the GIL throughout)."""
    started = time.perf_counter()
    total = 0
    for i in range(steps):
        total += i * i % 7
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT_FOLDER))
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--work", type=int, default=120_000_000, help="loop steps of the Python side")
    args = parser.parse_args()
    documents = [d for d in read_documents([args.folder]) if isinstance(d, Document)][: args.articles]
    texts = [d.text for d in documents]
    nlp = load_pipeline()
    list(nlp.pipe(texts[:3]))  # loading and first-call costs out of the timings

    def parse() -> float:
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=64):
            pass
        return time.perf_counter() - started

    parse_alone, work_alone = parse(), python_work(args.work)
    timed: dict[str, float] = {}
    worker = threading.Thread(target=lambda: timed.setdefault("work", python_work(args.work)))
    started = time.perf_counter()
    worker.start()
    parse_together = parse()
    worker.join()
    together = time.perf_counter() - started
    summed = parse_alone + work_alone
    print(f"parse alone {parse_alone:.1f} s, Python work alone {work_alone:.1f} s (sum {summed:.1f} s)")
    work_together = timed["work"]
    print(f"together: {together:.1f} s wall (parse {parse_together:.1f} s, work {work_together:.1f} s)")
    hidden = summed - together
    print(f"time hidden by the overlap: {hidden:.1f} s of the {work_alone:.1f} s of Python work")


if __name__ == "__main__":
    main()
