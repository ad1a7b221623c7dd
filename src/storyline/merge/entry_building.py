"""The timeline `Entry` of the reports merged into one `Cluster` (`entries.Merger`).

One report speaks for the entry: the best-placed main report whose words the others share most
(`_most_typical`). Its date is the one that says most (`_best_dated`: a written date, the
narrowest, else the day of the first report), and how much the collection makes of it
(`salience`) counts its articles and days, a word-for-word reprint once (`independent_reports`).
Its id (`entry_id`) is given by the merger when a report opens the cluster.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from itertools import chain
from typing import TYPE_CHECKING

from storyline.merge.similarity import content_words, jaccard
from storyline.model import Entry, Event, Figure, Mention, Tense
from storyline.timevalue import bounds, calendar_day

if TYPE_CHECKING:
    from storyline.merge.entries import Cluster

SALIENCE_PLACES = 3  # decimal places an entry's salience is stored to
MONTH_DAYS = 31  # a written date wider than this says less than the day of the first report
WEEK_DAYS = 6  # a written past date this wide or less gives way to a day of its first report inside it


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    path: str
    publication_date: date | None


def entry_id(event: Event) -> str:
    start = event.start if event.event_start is None else event.event_start
    digest = hashlib.sha1(f"{event.document_id}:{event.start}:{event.end}:{start}".encode()).hexdigest()
    return digest[:10]


def build_entry(cluster: Cluster, documents: dict[str, DocumentInfo]) -> Entry:
    """The timeline entry for a cluster: the main report that says most what all say speaks for all."""
    events = cluster.events
    if len(events) > 1:  # most entries have one report: no rank to find
        events = sorted(events, key=lambda e: _representative_rank(e, documents))
    lead = _most_typical(events)
    dated = _best_dated(events, documents)
    mentions = [_mention(e, documents) for e in _by_publication(cluster.events, documents)]
    independent = independent_reports(cluster.events, documents)
    return Entry(
        id=cluster.id,
        date=dated.date if dated else None,
        date_inferred=dated.date_inferred if dated else False,
        tense=(dated or lead).tense,
        summary=lead.summary,
        actors=_union(e.actors for e in events),
        attribution=lead.attribution,  # each report keeps its own on its mention; none is lent
        figures=_distinct_figures(events),
        mentions=mentions,
        places=_union(e.places for e in events),
        main=any(e.main for e in events),
        salience=round(salience(independent, documents), SALIENCE_PLACES),
        sources=len({e.document_id for e in independent}),
    )


def _best_dated(events: list[Event], documents: dict[str, DocumentInfo]) -> Event | None:
    """The mention whose date says most: a date written in a main report's text (else in any
    report's), the narrowest, the most told; else the earliest report (a report in the present
    tells something of that day or just before).

    A secondary mention's date is the date of its own words, which a merge may have joined by
    mistake ("officials last week wrote a letter to BP demanding ... to pay" dated the $20bn
    fund's entry to mid-May); one that lies inside the main reports' date only narrows it. A
    written date wider than a month that holds the first report's day ("will not pay dividends
    this year") says less than that day does; so does a past week that holds it (`_within_week`)."""
    written = [(e, span) for e in events if e.timex is not None and (span := bounds(e.date)) is not None]
    reported = [e for e in events if e.date and e.timex is None]
    first = min(reported, key=lambda e: e.date or "") if reported else None
    if not written:
        return first
    best, span = _narrowest([(e, s) for e, s in written if e.main] or written)
    narrower = [
        (e, s) for e, s in written if span[0] <= s[0] and s[1] <= span[1] and s[1] - s[0] < span[1] - span[0]
    ]
    if narrower:
        best, span = _narrowest(narrower)
    if (span[1] - span[0]).days <= MONTH_DAYS:
        return _within_week(best, span, reported) or best
    first = first or _first_published(events, documents)
    day = bounds(first.date) if first else None
    return first if day and span[0] <= day[0] <= span[1] else best


def _narrowest(written: list[tuple[Event, tuple[date, date]]]) -> tuple[Event, tuple[date, date]]:
    """The narrowest written date, the most told of those, a report's before background's."""
    told = Counter(e.date for e, _ in written)
    return min(
        written, key=lambda pair: ((pair[1][1] - pair[1][0]).days, -told[pair[0].date], pair[0].is_background)
    )


def _within_week(best: Event, span: tuple[date, date], reported: list[Event]) -> Event | None:
    """The day of the first report that tells the event with no time of its own, when it lies
    inside the past week (or weekend) that the best written date gives: the event lay in that week
    and on or before that day ("Obama administration officials last week wrote a letter to BP
    demanding clarification", 20 May, and "The US government has demanded immediate clarification
    from BP", 15 May). A report of something still to come does not date it; one told before the
    week began leaves the week as written. The entry keeps the written date's tense."""
    told = [e for e in reported if e.tense != Tense.EXPECTED and not e.date_inferred]
    if best.tense != Tense.PAST or not told or not 0 < (span[1] - span[0]).days <= WEEK_DAYS:
        return None
    first = min(told, key=lambda e: e.date or "")
    day = calendar_day(first.date)
    return replace(first, tense=best.tense) if day is not None and span[0] <= day <= span[1] else None


def _first_published(events: list[Event], documents: dict[str, DocumentInfo]) -> Event | None:
    """The earliest report, dated by its article's day (every report gives a date of its own)."""
    published = [
        (info.publication_date, e)
        for e in events
        if (info := documents.get(e.document_id)) and info.publication_date and not e.date_inferred
    ]
    if not published:
        return None
    day, event = min(published, key=lambda pair: pair[0])
    return replace(event, date=day.isoformat(), timex=None)


def independent_reports(events: list[Event], documents: dict[str, DocumentInfo]) -> list[Event]:
    """The reports less word-for-word reprints: a sentence that an earlier article already printed
    (an explainer box on every page of an outlet, a syndicated paragraph) is one report, however
    many pages carry it."""
    if len(events) == 1:
        return list(events)  # most entries: one report, reprinting nothing
    printed: set[str] = set()
    kept = []
    for event in _by_publication(events, documents):
        key = " ".join(event.text.lower().split())
        if key not in printed:
            printed.add(key)
            kept.append(event)
    return kept


def salience(events: list[Event], documents: dict[str, DocumentInfo]) -> float:
    """How much the collection makes of an event, from its `independent_reports`: the articles
    whose sentences tell it (as their main event; a mention in passing counts a quarter), how
    long it keeps being retold (days of publication), and background retellings."""
    telling = {e.document_id for e in events if e.main}
    passing = {e.document_id for e in events} - telling
    days = {info.publication_date for d in telling if (info := documents.get(d)) and info.publication_date}
    background = sum(1 for e in events if e.is_background)
    score = told_score(len(telling), len(passing), len(days)) + 0.25 * math.log2(1 + background)
    return score if telling else score / 2


def told_score(telling: int, passing: int, days: int) -> float:
    """`salience`'s weight of the articles that tell an event as their news (`telling`) or in
    passing (a quarter each) and of the days it keeps being told on (`days`)."""
    return math.log2(1 + telling + 0.25 * passing) + 0.5 * math.log2(max(days, 1))


def _most_typical(ranked: list[Event], shortlist: int = 8, compared: int = 12) -> Event:
    """Of the best-placed main reports, the one whose words the entry's other reports share most:
    an explosion told in passing by a sentence about the spill's size does not speak for it."""
    leads = [e for e in ranked if e.main][:shortlist] or ranked[:1]
    if len(leads) == 1 or len(ranked) < 3:
        return leads[0]
    others = [content_words(e.summary) for e in ranked[:compared]]

    def shared(event: Event) -> float:
        words = content_words(event.summary)
        return sum(jaccard(words, other) for other in others)  # type: ignore[arg-type]

    return max(leads, key=shared)  # the first among equals: the best-placed


def _representative_rank(event: Event, documents: dict[str, DocumentInfo]) -> tuple[object, ...]:
    info = documents.get(event.document_id)
    published = info.publication_date if info and info.publication_date else date.max
    return (
        not event.main,
        event.is_background,
        event.timex is None,
        event.date_inferred,
        published,
        len(event.summary),
    )


def _by_publication(events: list[Event], documents: dict[str, DocumentInfo]) -> list[Event]:
    if len(events) < 2:
        return list(events)  # most entries: no order to find

    def key(event: Event) -> tuple[date, str, int, bool]:
        info = documents.get(event.document_id)
        published = info.publication_date or date.max if info else date.max
        return (published, event.document_id, event.start, not event.main)

    return sorted(events, key=key)


def _mention(event: Event, documents: dict[str, DocumentInfo]) -> Mention:
    info = documents.get(event.document_id)
    return Mention(
        document=event.document_id,
        path=info.path if info else "",
        start=event.start,
        end=event.end,
        text=event.text,
        publication_date=info.publication_date if info else None,
        sentence=event.text,
        event_start=event.event_start,
        event_end=event.event_end,
        date=event.date,
        attribution=event.attribution,
        modality=event.modality,
    )


def _union(groups: Iterable[list[str]]) -> list[str]:
    """The names of all groups, each once, in the order first met (a dict's keys: a list's `in`
    made this quadratic in an entry's names, a second of a long story's saving)."""
    return list(dict.fromkeys(chain.from_iterable(groups)))


def _distinct_figures(events: list[Event]) -> list[Figure]:
    figures: list[Figure] = []
    seen: set[tuple[float, str]] = set()
    for event in events:
        for figure in event.figures:
            key = (figure.value, figure.kind or figure.counted.lower())
            if key not in seen:
                seen.add(key)
                figures.append(figure)
    return figures
