"""Benchmark: one huge article on a single line (time and peak memory of its analysis).

Usage: python benchmarks/bench_long_line.py [--chars N] [--batch-chars N]
Builds an article of N characters (default 1,000,000) from the sample articles
with every line break removed, and runs it through `Pipeline.process` (spaCy in
chunks, time expressions, actors, extraction). `--batch-chars` overrides the cap
on characters per spaCy batch (a very large value reproduces the uncapped run).
Prints seconds and the process's peak memory (max RSS).
"""

from __future__ import annotations

import argparse
import resource
import time
from datetime import date
from pathlib import Path

import storyline.pipeline as pipeline_module
from storyline.model import DateSource, Document, content_id

SAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def one_line_article(chars: int) -> Document:
    lines = [
        line for p in sorted(SAMPLES.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()
    ]
    sample = " ".join(line for line in lines if not line.startswith("date "))
    text = " ".join(((sample + " ") * (chars // len(sample) + 1))[:chars].split())
    return Document(content_id(text), text, "one-line.txt", date(2024, 10, 26), DateSource.HEADER)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--batch-chars", type=int, default=pipeline_module.BATCH_CHARS)
    arguments = parser.parse_args()
    pipeline_module.BATCH_CHARS = arguments.batch_chars
    article = one_line_article(arguments.chars)
    pipeline = pipeline_module.Pipeline()
    started = time.perf_counter()
    processed = list(pipeline.process([article], []))
    events = sum(len(p.extraction.events) for p in processed if isinstance(p, pipeline_module.Processed))
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = f"{len(article.text):,} characters on one line"
    print(f"{size}: {seconds:.1f} s, {events} events, peak {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
