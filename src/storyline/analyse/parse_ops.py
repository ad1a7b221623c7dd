"""spaCy's layers on numpy's own matrix products, with one thread, while storyline parses.

thinc runs a pipeline's layers on `NumpyOps`, which sends their matrix products to the `blis`
package. numpy ships its own BLAS (OpenBLAS), and on the parse of news pages (a few thousand words
at a time, through layers of 96 to 384 columns) that was the faster one: 100 pages of
t17/bpoil_guardian took 9.7-9.8 s of CPU against 10.6-10.9 s with blis, and the parses of the
251,377 words of t17/H1N1_bbc (tags, heads, labels, entities) were the same word for word
(`benchmarks/bench_parse_ops.py`). OpenBLAS starts a thread per core, whose waiting spins: with
them the same parse took 17 s of CPU. So its products run with one thread (`threadpoolctl`, which
finds the BLAS numpy loaded), and only while storyline parses (`numpy_products`): after, the layers
are as spaCy made them and a program that imports storyline keeps its own threads. The transition
parsers' steps (Cython) call blis themselves and are unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.language import Language
from thinc.api import Model, NumpyOps
from threadpoolctl import threadpool_limits


@contextmanager
def numpy_products(nlp: Language) -> Iterator[None]:
    """Inside the block, every layer of the pipeline's trained components on numpy's matrix
    products and numpy's BLAS on one thread; after it, each layer's own products again and as many
    threads as before. Scoped, not set once: the pipeline is `load_pipeline`'s cached one, and a
    parse outside the block (a test's `nlp(text)`) on numpy's products would run OpenBLAS's
    spinning threads."""
    layers = [layer for _, component in nlp.pipeline for layer in _layers(component)]
    before = [layer.ops for layer in layers]
    ops = NumpyOps(use_blis=False)
    try:
        for layer in layers:
            layer.ops = ops
        with threadpool_limits(limits=1, user_api="blas"):
            yield
    finally:
        for layer, own in zip(layers, before, strict=True):
            layer.ops = own


def _layers(component: object) -> list[Model]:  # type: ignore[type-arg]
    model = getattr(component, "model", None)
    return list(model.walk()) if isinstance(model, Model) else []
