"""spaCy's layers on numpy's own matrix products, with one thread, while storyline parses.

thinc runs a pipeline's layers on `NumpyOps`, which sends their matrix products to the `blis`
package. numpy ships its own BLAS (OpenBLAS), and on the parse of news pages (a few thousand words
at a time, through layers of 96 to 384 columns) that was the faster one: 100 pages of
t17/bpoil_guardian took 9.7-9.8 s of CPU against 10.6-10.9 s with blis, and the parses of the
251,377 words of t17/H1N1_bbc (tags, heads, labels, entities) were the same word for word
(`benchmarks/bench_parse_ops.py`). OpenBLAS starts a thread per core, whose waiting spins: with
them the same parse took 17 s of CPU. So its products run with one thread (`threadpoolctl`, which
finds the BLAS numpy loaded), and only while storyline parses: the limit is lifted after, and a
program that imports storyline keeps its own threads. The transition parsers' steps (Cython) call
blis themselves and are unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import threadpool_limits


def use_numpy_products(nlp: Language) -> None:
    """Give every layer of the pipeline's trained components numpy's matrix products."""
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for layer in model.walk():
                layer.ops = ops


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """numpy's BLAS with one thread inside the block, as many as before after it."""
    with threadpool_limits(limits=1, user_api="blas"):
        yield
