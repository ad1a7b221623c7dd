"""Benchmark: merging and storing alone, replayed from saved extractions.

Usage: python benchmarks/bench_merge.py FOLDER [--limit N] [--cache FILE] [--profile]

A merge change is measured in seconds instead of minutes: the first run parses and extracts
FOLDER's articles once (spaCy, the slow part) and keeps the extractions in a pickle under
`/tmp` (`--cache`: elsewhere); every run then feeds them to `pipeline.ingest` as if they
came from the pipeline, so batching, merging (`merge.entries`) and the SQLite writes run as
in `storyline ingest`. It prints the CPU time, the peak memory (the saved extractions
included), and the counts of events and entries; `--profile` adds the functions that took
most time (cProfile). Python's string hashing is fixed (PYTHONHASHSEED, as in
`check_same_output.py`), so that two runs of one code give the same entries. The cache holds
only what this machine wrote: it is not for files from elsewhere (pickle runs code as it
loads).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pickle
import pstats
import resource
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from storyline import pipeline
from storyline.analyse.entities import ActorRegistry
from storyline.ingest import read_documents
from storyline.model import Document
from storyline.store import Store


class Replay:
    """Stands in for `pipeline.Pipeline`: hands out the saved extraction of each document."""

    batch_size = pipeline.BATCH_SIZE

    def __init__(self, saved: dict[str, pipeline.Processed]) -> None:
        self.saved = saved
        self.registry = ActorRegistry()

    def process(self, documents: Iterable[Document], _: object) -> Iterator[pipeline.Processed]:
        return (self.saved[document.id] for document in documents)


def _documents(folder: Path, limit: int | None) -> list[Document]:
    documents = [item for item in read_documents([folder]) if isinstance(item, Document)]
    return documents[:limit] if limit else documents


def _extractions(documents: list[Document], cache: Path) -> dict[str, pipeline.Processed]:
    if not cache.exists():
        processed = pipeline.Pipeline().process(documents, [])
        saved = {item.document.id: item for item in processed if isinstance(item, pipeline.Processed)}
        cache.write_bytes(pickle.dumps(saved))
    return pickle.loads(cache.read_bytes())  # written by this script on this machine


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="Only the first N documents.")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    documents = _documents(args.folder, args.limit)
    name = f"storyline_merge_{args.folder.resolve().name}_{args.limit or 'all'}.pickle"
    saved = _extractions(documents, args.cache or Path(tempfile.gettempdir()) / name)
    pipeline.read_documents = lambda *_: iter(documents)  # the same documents, not read again
    profile = cProfile.Profile() if args.profile else None
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "bench.db") as store:
        cpu = time.process_time()
        if profile:
            profile.enable()
        report = pipeline.ingest([folder], store, Replay(saved))  # type: ignore[arg-type]
        if profile:
            profile.disable()
        cpu = time.process_time() - cpu
        entries = store.entry_count()
    result = {
        "documents": report.documents_added,
        "events": report.events,
        "entries": entries,
        "cpu_seconds": round(cpu, 2),
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }
    print(json.dumps(result))
    if profile:
        pstats.Stats(profile).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
