"""Merging events from many documents into timeline entries.

The same real-world event told by several articles becomes one `Entry` citing
all of them. Events are compared only within a block: same date value, and at
least two telling words in common (an inverted index per date), so the cost
grows with the size of a day's news, not with the square of the collection.
An entry never takes two events from one document: an article does not report
one event twice, but it often reports two different events on one date.

Existing entries can be loaded lazily, one date at a time, so that new
articles merge into a stored timeline without reprocessing it.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from storyline.merge.similarity import Signature, blocking_keys, signature, similarity
from storyline.model import Entry, Event, Figure, Mention

MERGE_THRESHOLD = 0.3
MAX_CANDIDATES = 25


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    path: str
    publication_date: date | None


@dataclass(slots=True)
class Cluster:
    """An entry under construction: the events that report it."""

    id: str
    date: str | None
    events: list[Event] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    changed: bool = False

    @property
    def documents(self) -> set[str]:
        return {event.document_id for event in self.events}


ClusterLoader = Callable[[str | None], Iterable[Cluster]]


def _no_stored_clusters(_: str | None) -> Iterable[Cluster]:
    return ()


class Merger:
    """Assigns each new event to an existing cluster or opens a new one."""

    def __init__(self, load: ClusterLoader = _no_stored_clusters) -> None:
        self._load = load
        self._clusters: dict[str, Cluster] = {}
        self._postings: dict[str | None, dict[str, set[str]]] = {}

    @property
    def clusters(self) -> list[Cluster]:
        return list(self._clusters.values())

    def changed(self) -> list[Cluster]:
        return [cluster for cluster in self._clusters.values() if cluster.changed]

    def forget(self) -> None:
        """Drop what has been saved; it is loaded again, one date at a time, when needed.

        Keeps memory flat on long runs: only the dates of the current batch are held.
        """
        self._clusters.clear()
        self._postings.clear()

    def add(self, event: Event) -> Cluster:
        sig = signature(event)
        best = self._best_match(event, sig)
        if best is None:
            best = Cluster(id=entry_id(event), date=event.date)
            self._clusters[best.id] = best
        best.events.append(event)
        best.signatures.append(sig)
        best.changed = True
        self._index(best, sig)
        return best

    def _postings_for(self, day: str | None) -> dict[str, set[str]]:
        if day not in self._postings:
            self._postings[day] = defaultdict(set)
            for cluster in self._load(day):
                self._clusters[cluster.id] = cluster
                for sig in cluster.signatures:
                    self._index(cluster, sig)
        return self._postings[day]

    def _index(self, cluster: Cluster, sig: Signature) -> None:
        postings = self._postings_for(cluster.date)
        for key in blocking_keys(sig):
            postings[key].add(cluster.id)

    def _best_match(self, event: Event, sig: Signature) -> Cluster | None:
        postings = self._postings_for(event.date)
        shared: Counter[str] = Counter()
        for key in blocking_keys(sig):
            shared.update(postings.get(key, ()))
        threshold = MERGE_THRESHOLD if event.date else MERGE_THRESHOLD * 2
        best, best_score = None, threshold
        for cluster_id, count in shared.most_common(MAX_CANDIDATES):
            if count < 2:
                break
            cluster = self._clusters[cluster_id]
            if event.document_id in cluster.documents:
                continue
            score = max(similarity(sig, other) for other in cluster.signatures)
            if score >= best_score:
                best, best_score = cluster, score
        return best


def entry_id(event: Event) -> str:
    digest = hashlib.sha1(f"{event.document_id}:{event.start}:{event.end}".encode()).hexdigest()
    return digest[:10]


def build_entry(cluster: Cluster, documents: dict[str, DocumentInfo]) -> Entry:
    """The timeline entry for a cluster: the best-placed report speaks for all."""
    events = sorted(cluster.events, key=lambda e: _representative_rank(e, documents))
    lead = events[0]
    attribution = next((e.attribution for e in events if e.attribution), None)
    return Entry(
        id=cluster.id,
        date=cluster.date,
        date_inferred=all(e.date_inferred for e in events),
        tense=lead.tense,
        summary=lead.summary,
        actors=_union(e.actors for e in events),
        attribution=lead.attribution or attribution,
        figures=_distinct_figures(events),
        mentions=[_mention(e, documents) for e in _by_publication(cluster.events, documents)],
        places=_union(e.places for e in events),
    )


def _representative_rank(event: Event, documents: dict[str, DocumentInfo]) -> tuple[object, ...]:
    info = documents.get(event.document_id)
    published = info.publication_date if info and info.publication_date else date.max
    return (event.is_background, event.timex is None, event.date_inferred, published, len(event.summary))


def _by_publication(events: list[Event], documents: dict[str, DocumentInfo]) -> list[Event]:
    def key(event: Event) -> tuple[date, str, int]:
        info = documents.get(event.document_id)
        return (info.publication_date or date.max if info else date.max, event.document_id, event.start)

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
    )


def _union(groups: Iterable[list[str]]) -> list[str]:
    seen: list[str] = []
    for group in groups:
        seen.extend(name for name in group if name not in seen)
    return seen


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
