"""Fewer garbage collections while a run builds up its merge state.

An ingest keeps hundreds of thousands of long-lived objects (the loaded spaCy pipeline, then the
merge state's entries and signatures) and allocates millions of short-lived ones. Python's
collector counts allocations, not garbage: every 700 allocations it scans the young objects, and
now and then all of them, the pipeline included. On 287 articles that was about 3 s of 74 s of
CPU (`gc.callbacks`), for almost no garbage: the run's objects die by reference counting. Inside
`fewer_collections` what exists at its start is frozen (never scanned again) and the youngest
generation is scanned every 50,000 allocations instead of 700; cycles are still collected, only
later. Collection changes no result, only when memory held by cycles comes back.

Merging makes almost no garbage cycles (317 objects collected in its 23 young and 2 middle
collections on those articles) but most of the long-lived objects: every entry's signatures and
sets, scanned once young and once middle-aged, about 1 s of a replayed merge's 17 s. While a
batch merges (`kept_from_here`, then `kept` after each article) what each article leaves is
frozen at once instead: cycles from before, the parses' among them, are collected first, and
`fewer_collections` unfreezes all at its end.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG_THRESHOLD = 50_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the body with the objects that exist frozen and rarer collections; restored after."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(thresholds[0], YOUNG_THRESHOLD), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def kept_from_here() -> None:
    """What exists now lives on: garbage cycles are collected, then the rest frozen. Only inside
    `fewer_collections`, which unfreezes it."""
    gc.collect()
    gc.freeze()


def kept() -> None:
    """What exists now lives on, frozen; only after `kept_from_here`, where what was made since
    makes no garbage cycle (merging: a cycle frozen waits for `fewer_collections`'s end)."""
    gc.freeze()
