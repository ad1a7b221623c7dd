"""The collector's settings of an ingest (`collections_gc`): merging's state frozen as it comes,
after the cycles made before it are collected, and all of it unfrozen when the run ends."""

from __future__ import annotations

import gc
import weakref

from storyline.collections_gc import fewer_collections, kept, kept_from_here


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_kept_from_here_collects_cycles_then_freezes() -> None:
    frozen_before = gc.get_freeze_count()
    with fewer_collections():
        cycle = _Node()
        gone = weakref.ref(cycle)
        del cycle
        kept_from_here()
        assert gone() is None  # collected before the freeze, not kept until the run's end
        after_first = gc.get_freeze_count()
        merged = [_Node() for _ in range(10)]
        kept()
        assert gc.get_freeze_count() >= after_first + len(merged)
    assert gc.get_freeze_count() == frozen_before
