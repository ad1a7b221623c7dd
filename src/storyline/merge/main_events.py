"""The story's main events: the most salient entries, each real-world event once.

Merging joins reports one at a time, so one event can end up in two entries
when each gathered its own reports before they met (two chains of "the rig
exploded on 20 April"). A reader of the default timeline must not meet it
twice: an entry is left out when one already chosen tells the same kind of
event (predicate key of the words that tell it) on the same day.
"""

from __future__ import annotations

from storyline.merge.similarity import predicate_key
from storyline.model import Entry


def main_events(ranked: list[Entry], count: int) -> list[Entry]:
    """The first `count` of `ranked` (most salient first) that tell distinct events, in date order."""
    chosen: list[Entry] = []
    seen: set[tuple[str, str]] = set()
    for entry in ranked:
        key = ((entry.date or "")[:10], _event_key(entry))
        if key[1] and key in seen:
            continue
        seen.add(key)
        chosen.append(entry)
        if len(chosen) == count:
            break
    return sorted(chosen, key=lambda e: (e.date is None, e.date or "", e.id))


def _event_key(entry: Entry) -> str:
    """The predicate key of the words that tell the event in the entry's own sentence."""
    for mention in entry.mentions:
        if mention.event_start is None or mention.event_end is None:
            continue
        if " ".join(mention.text.split()) == entry.summary:
            words = mention.text[mention.event_start - mention.start : mention.event_end - mention.start]
            return predicate_key(words.lower())
    return ""
