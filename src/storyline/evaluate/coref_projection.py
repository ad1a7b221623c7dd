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

from storyline.evaluate.ecbplus import GoldMention
from storyline.model import Entry, Mention


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
        overlapping = [
            (end - start, start, entry_id)
            for start, end, entry_id in spans.get(mention.document, [])
            if start < mention.end and mention.start < end
        ]
        if overlapping:
            projected[mention.id] = min(overlapping)[2]
    return projected
