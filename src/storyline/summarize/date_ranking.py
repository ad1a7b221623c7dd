"""Which days matter: ranking a collection's days by how much the collection points at them.

Every mention of an entry is one article saying something happened on the
entry's day. A day matters when many independent articles say so, and most of
all when articles published later still refer back to it ("On 20 April, ...").
Articles published on the day itself count too, but they also report the day's
routine news, so they weigh less. Only day-precise entry dates take part:
week, month or year values do not point at a day, and undated entries nothing.

The weights are fixed constants of the method, the same for every collection;
nothing here is learnt from or keyed to a particular topic.
This module does not choose sentences (`sentence_selection` does).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from storyline.model import Entry

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")

LATER_WEIGHT = 1.0  # an article published after the day that refers back to it
SAME_DAY_WEIGHT = 0.5  # an article published on the day (or the day before, for scheduled events)


@dataclass(slots=True)
class CandidateDay:
    """A day with the entries dated to it and the articles that point at it."""

    day: date
    entries: list[Entry] = field(default_factory=list)
    later: set[str] = field(default_factory=set)  # documents published after the day
    same_day: set[str] = field(default_factory=set)  # documents published on or before the day

    @property
    def importance(self) -> float:
        return LATER_WEIGHT * len(self.later) + SAME_DAY_WEIGHT * len(self.same_day - self.later)


def entry_day(entry: Entry) -> date | None:
    """The calendar day of a day-precise entry date ("2010-04-20", "2010-04-20T09:00"), else None."""
    match = _DAY.match(entry.date or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def candidate_days(entries: Iterable[Entry], start: date | None, end: date | None) -> list[CandidateDay]:
    days: dict[date, CandidateDay] = {}
    for entry in entries:
        day = entry_day(entry)
        if day is None or (start and day < start) or (end and day > end):
            continue
        candidate = days.setdefault(day, CandidateDay(day))
        candidate.entries.append(entry)
        for mention in entry.mentions:
            published = mention.publication_date
            (candidate.later if published and published > day else candidate.same_day).add(mention.document)
    return list(days.values())


def rank_days(candidates: list[CandidateDay], count: int) -> list[CandidateDay]:
    """The `count` most important days, most important first (ties: the earlier day)."""
    ranked = sorted(candidates, key=lambda candidate: (-candidate.importance, candidate.day))
    return ranked[:count]
