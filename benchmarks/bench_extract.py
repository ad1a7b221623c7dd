"""Benchmark: extraction alone (`extract.events.extract`), on documents parsed once.

Usage: python benchmarks/bench_extract.py FOLDER [--limit N] [--repeat R] [--profile]

An extraction change is measured without spaCy's parse in the figure: the first N articles of
FOLDER are parsed and analysed (actors, time expressions) once, as `storyline ingest` does
(`pipeline.Pipeline`), then `extract` runs R times over them, each time on the parses as analysis
left them (what extraction keeps on a parse, in its `user_data`, is dropped between rounds). It
prints the CPU seconds of each round, and the counts of events and quotes with a digest of them,
so that two versions of the code can be checked for the same output; `--profile` adds the
functions that took most time (cProfile) over all rounds.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pstats
import time
from pathlib import Path

from storyline import pipeline
from storyline.analyse.doc_text import doc_text
from storyline.analyse.document import AnalysedDocument
from storyline.analyse.timex import tag_time_expressions
from storyline.extract.events import extract
from storyline.ingest import read_documents
from storyline.model import Document


def _analysed(folder: Path, limit: int) -> tuple[list[AnalysedDocument], dict[str, float]]:
    """The documents parsed and analysed, with the CPU seconds of each step of the analysis."""
    documents = [item for item in read_documents([folder]) if isinstance(item, Document)][:limit]
    parser = pipeline.Pipeline()
    seconds = {"parse": 0.0, "actors": 0.0, "time_expressions": 0.0}
    analysed = []
    parsed = parser._parse(documents)
    while True:
        cpu = time.process_time()
        item = next(parsed, None)
        seconds["parse"] += time.process_time() - cpu
        if item is None:
            break
        doc, document, *_ = item  # older trees yield no third part
        if document.publication_date is None:
            document = pipeline._with_inferred_date(document, [])
        cpu = time.process_time()
        actors = parser._actors(doc)
        seconds["actors"] += time.process_time() - cpu
        cpu = time.process_time()
        expressions = tag_time_expressions(doc_text(doc), document.publication_date)
        seconds["time_expressions"] += time.process_time() - cpu
        analysed.append(AnalysedDocument(document, doc, actors, expressions, parser.lemmatize))
    return analysed, {step: round(value, 2) for step, value in seconds.items()}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=80, help="The first N documents (80).")
    parser.add_argument("--repeat", type=int, default=3, help="Rounds of extraction (3).")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    analysed, analysis = _analysed(args.folder, args.limit)
    profile = cProfile.Profile() if args.profile else None
    rounds: list[float] = []
    digest = ""
    events = quotes = 0
    kept = [dict(item.doc.user_data) for item in analysed]  # what analysis left on each parse
    for _ in range(args.repeat):
        for item, data in zip(analysed, kept, strict=True):
            item.doc.user_data.clear()  # what extraction keeps on a parse is made again each round
            item.doc.user_data.update(data)
        # a fresh `AnalysedDocument` each round, as the pipeline makes one per parse: what extraction
        # keeps on it (the lemmas asked, the actors sorted) is made again
        fresh = [
            AnalysedDocument(item.document, item.doc, item.actors, item.time_expressions, item.lemmatize)
            for item in analysed
        ]
        cpu = time.process_time()
        if profile:
            profile.enable()
        extractions = [extract(item) for item in fresh]
        if profile:
            profile.disable()
        rounds.append(round(time.process_time() - cpu, 2))
        events = sum(len(e.events) for e in extractions)
        quotes = sum(len(e.quotes) for e in extractions)
        digest = hashlib.sha256(
            repr([(e.events, e.quotes, sorted(e.context)) for e in extractions]).encode()
        ).hexdigest()
    print(
        json.dumps(
            {
                "documents": len(analysed),
                "events": events,
                "quotes": quotes,
                "cpu_seconds": rounds,
                "analysis_cpu_seconds": analysis,
                "digest": digest[:16],
            }
        )
    )
    if profile:
        pstats.Stats(profile).sort_stats("tottime").print_stats(40)


if __name__ == "__main__":
    main()
