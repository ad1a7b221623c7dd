"""Projecting storyline's entries onto gold event mentions, so that coreference can be scored.

A gold mention belongs to the entry of the storyline event mention whose span
overlaps it, the shortest one when several do; the span is the event
mention's own words (`event_start`/`event_end`), or its cited sentence when
those are unset. A gold mention that no event mention overlaps gets no entry
(the caller scores it alone). The rule does not look at how the event
mentions were found.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TypeVar

from storyline.evaluate.ecbplus import GoldMention
from storyline.model import Entry, Mention

K = TypeVar("K", str, int)  # what a span is known by: an entry's id, an event's index


def event_span(mention: Mention) -> tuple[int, int]:
    """The words that tell the event, falling back to the cited span."""
    start = mention.start if mention.event_start is None else mention.event_start
    end = mention.end if mention.event_end is None else mention.event_end
    return start, end


def project(gold: Iterable[GoldMention], entries: Iterable[Entry]) -> dict[str, str]:
    """Gold mention id → its entry's id; a gold mention that no event mention overlaps is left out."""
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for entry in entries:
        for mention in entry.mentions:
            spans[mention.document].append((*event_span(mention), entry.id))
    projected: dict[str, str] = {}
    for mention in gold:
        found = shortest_overlapping(mention, spans.get(mention.document, []))
        if found is not None:
            projected[mention.id] = found
    return projected


def shortest_overlapping(gold: GoldMention, spans: list[tuple[int, int, K]]) -> K | None:
    """The key of the shortest span (`start`, `end`, key) of the gold mention's document that
    overlaps it (of equal lengths the one that starts first, then the least key); None where none does."""
    overlapping = [
        (end - start, start, key) for start, end, key in spans if start < gold.end and gold.start < end
    ]
    return min(overlapping)[2] if overlapping else None
