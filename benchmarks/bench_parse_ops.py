"""Benchmark: spaCy's parse on thinc's default matrix products (blis) against numpy's own BLAS on one
thread (`storyline.analyse.parse_ops`), and whether the parses are the same.

Usage: python benchmarks/bench_parse_ops.py [FOLDER] [--limit N] [--repeat N]
(default FOLDER: ../shared/corpus/t17/bpoil_guardian). The pages are parsed by the pipeline as
`storyline.analyse.nlp.load_pipeline` loads it, batches of 10, once per setting and repeat, in turn;
each line is the CPU time (`time.process_time`) of one parse. The last line counts the words whose
tag, head, label or entity differ between the two settings.
"""

from __future__ import annotations

import argparse
import time
from contextlib import nullcontext
from pathlib import Path

from bench_pipeline import load_documents

from storyline.analyse.nlp import load_pipeline
from storyline.analyse.parse_ops import numpy_products

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = ROOT.parent / "shared" / "corpus" / "t17" / "bpoil_guardian"
BATCH = 10  # as `storyline.pipeline` parses pages of up to 20,000 characters


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=DEFAULT_FOLDER)
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    texts = [d.text for d in load_documents([str(args.folder)], args.limit)]  # type: ignore[attr-defined]
    nlp = load_pipeline()
    parses: dict[str, list[list[tuple[str, str, int, str, str]]]] = {}
    for _ in range(args.repeat):
        for name in ("blis", "numpy, one thread"):
            with numpy_products(nlp) if name != "blis" else nullcontext():
                started = time.process_time()
                docs = list(nlp.pipe(texts, batch_size=BATCH))
                spent = time.process_time() - started
            print(f"{name:20} {spent:6.2f} s CPU, {len(texts)} pages", flush=True)
            parses[name] = [[(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in d] for d in docs]
    first, second = parses.values()
    differ = sum(a != b for x, y in zip(first, second, strict=True) for a, b in zip(x, y, strict=True))
    print(f"words parsed otherwise: {differ} of {sum(map(len, first))}")


if __name__ == "__main__":
    main()
