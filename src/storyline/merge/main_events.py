"""The story's main events: the most salient entries, each real-world event once.

Merging joins reports one at a time, so one event can end up in two entries
when each gathered its own reports before they met (two chains of "the rig
exploded on 20 April"). A reader of the default timeline must not meet it
twice: an entry is left out when one already chosen tells the same kind of
event (predicate key of the words that tell it) on the same day; in an overview
of a larger collection, also when it speaks with a sentence already shown (a
paragraph reprinted on pages of different days; the reader meets the sentence once).

When there are more entries than the view holds, it is an overview of the whole
story, so it is spread over time: at most
`PER_DAY` events of one day, and one for a date known only to the week, month
or year (those are mostly background: "oil has damaged the coast since April").
Without the cap the best-told day fills the view with its facets (the rig
exploded, killed eleven, began the spill), each an entry of its own.
"""

from __future__ import annotations

from collections import Counter

from storyline.merge.similarity import predicate_key
from storyline.model import Entry
from storyline.timevalue import calendar_day

PER_DAY = 2  # events of one day in the overview
PER_PERIOD = 1  # events dated only to a week, month, quarter or year


def main_events(ranked: list[Entry], count: int) -> list[Entry]:
    """The first `count` of `ranked` (most salient first) that tell distinct events, in date order."""
    chosen: list[Entry] = []
    seen: set[tuple[str, str]] = set()
    shown: Counter[str] = Counter()
    said: set[str] = set()  # one sentence shown twice (a reprint dated by two pages) tells one event
    overview = len(ranked) > count  # a small collection is shown whole
    for entry in ranked:
        when = (entry.date or "")[:10]
        key = (when, _event_key(entry))
        sentence = " ".join(entry.summary.lower().split())
        if (key[1] and key in seen) or (overview and sentence in said):
            continue
        if overview and shown[when] >= (PER_DAY if calendar_day(when) else PER_PERIOD):
            continue
        seen.add(key)
        said.add(sentence)
        shown[when] += 1
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
