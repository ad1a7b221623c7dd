"""Which days matter: ranking a collection's days by how much the collection points at them.

Every mention is one article saying something happened on the day the mention
gives its event (its own date, not the entry's: the reports of one event do not
all point at one day, and an entry merged a little too widely must not carry
all its reports to one day). A day matters when many independent articles say
so, and most of all when articles published later still refer back to it ("On
20 April, ..."). Articles published on the day itself count too, but they also
report the day's routine news, so they weigh less. Only day-precise dates take
part: week, month or year values do not point at a day, undated mentions nothing.

A sentence dated only by its article that an earlier article already printed
word for word (an explainer box, a syndicated paragraph) is the same report
published again: it points at the day it was first printed, as a report of
that day, and not at the day of each reprint.

The weights are fixed constants of the method, the same for every collection;
nothing here is learnt from or keyed to a particular topic.
This module does not choose sentences (`sentence_selection` does).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from storyline.model import Entry, Mention
from storyline.timevalue import calendar_day

LATER_WEIGHT = 1.0  # an article published after the day that refers back to it
SAME_DAY_WEIGHT = 0.5  # an article published on the day (or the day before, for scheduled events)


@dataclass(slots=True)
class CandidateDay:
    """A day with the entries told on it and the articles that point at it.

    `entries` keep only their mentions that point at this day; `originals` maps
    each entry id to the whole entry.
    """

    day: date
    entries: list[Entry] = field(default_factory=list)
    originals: dict[str, Entry] = field(default_factory=dict)
    later: set[str] = field(default_factory=set)  # documents published after the day
    same_day: set[str] = field(default_factory=set)  # documents published on or before the day

    @property
    def importance(self) -> float:
        return LATER_WEIGHT * len(self.later) + SAME_DAY_WEIGHT * len(self.same_day - self.later)


def dated_by_article(mention: Mention) -> bool:
    """The report gives its event no day of its own: its date is its article's."""
    published = mention.publication_date
    return published is not None and calendar_day(mention.date) == published


def printed_key(mention: Mention) -> str:
    """A report's sentence as printed, to tell word-for-word copies of it."""
    return " ".join((mention.sentence or mention.text).lower().split())


def first_printed(entries: Iterable[Entry]) -> dict[str, date]:
    """For each sentence dated only by its article, the earliest day it was printed."""
    first: dict[str, date] = {}
    for entry in entries:
        for mention in entry.mentions:
            day = calendar_day(mention.date)
            if day is not None and dated_by_article(mention):
                key = printed_key(mention)
                if key not in first or day < first[key]:
                    first[key] = day
    return first


def pointed_day(mention: Mention, first: dict[str, date]) -> tuple[date | None, bool]:
    """The day a mention points at, and whether it counts as a later report of that day."""
    day = calendar_day(mention.date)
    if day is None:
        return None, False
    if dated_by_article(mention):
        printed = first.get(printed_key(mention), day)
        return printed, False  # a reprint counts where it was first printed, as that day's report
    return day, bool(mention.publication_date and mention.publication_date > day)


def candidate_days(entries: Iterable[Entry], start: date | None, end: date | None) -> list[CandidateDay]:
    entries = list(entries)
    first = first_printed(entries)
    days: dict[date, CandidateDay] = {}
    for entry in entries:
        told: dict[date, list[Mention]] = {}
        for mention in entry.mentions:
            day, later = pointed_day(mention, first)
            if day is None or (start and day < start) or (end and day > end):
                continue
            told.setdefault(day, []).append(mention)
            candidate = days.setdefault(day, CandidateDay(day))
            (candidate.later if later else candidate.same_day).add(mention.document)
        for day, mentions in told.items():
            days[day].entries.append(replace(entry, mentions=mentions))
            days[day].originals[entry.id] = entry
    return list(days.values())


def rank_days(candidates: list[CandidateDay], count: int) -> list[CandidateDay]:
    """The `count` most important days, most important first (ties: the earlier day)."""
    ranked = sorted(candidates, key=lambda candidate: (-candidate.importance, candidate.day))
    return ranked[:count]
