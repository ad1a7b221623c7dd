"""What the pages and the API show, read from the store: one place for the HTML and the JSON.

Each request opens the store afresh (SQLite in WAL mode lets it read while an
ingest writes), so a reload shows newly ingested articles. Views over the
whole store (figure series, conflicts, the actor registry) are computed once
per store version and shared by the requests that follow. The story's main
events are the overview `storyline timeline` shows by default, from the same
function; they read only the most salient entries, so the first request of a
version works them out itself, once, rather than wait for the other views.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from storyline.analyse.actor_registry import ActorRegistry
from storyline.model import (
    Attribution,
    Conflict,
    ConflictSide,
    Document,
    Entry,
    FigureSeries,
    Mention,
    TimeExpression,
)
from storyline.present.views import (
    conflicts_by_entry,
    current_names,
    main_events,
    mark_conflicts,
)
from storyline.present.webapp.marking import Mark, Segment, paragraph_around, segments
from storyline.store import Store, codec
from storyline.store.browse import Catalog

ENTRY_ID = re.compile(r"^[0-9a-f]{4,32}$")
DOCUMENT_ID = re.compile(r"^[0-9a-f]{16}$")
MAX_ACTOR_MARKS = 400
SNAPSHOT_WAIT = 5.0  # seconds a request waits for the whole-store views of a new store version
CACHE_SIZE = 128  # facet and histogram results kept (keyed by store version and filter)
T = TypeVar("T")
logger = logging.getLogger(__name__)


@dataclass(slots=True)
class Snapshot:
    """Whole-store views for one version of the store."""

    version: tuple[int, int]
    registry: ActorRegistry | None = None
    series: list[FigureSeries] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    by_entry: dict[str, list[Conflict]] = field(default_factory=dict)

    @property
    def disputed(self) -> frozenset[str]:
        """Entries in a dispute (a revision, a later report, is none)."""
        return frozenset(
            entry_id
            for entry_id, conflicts in self.by_entry.items()
            if any(conflict.kind != "revision" for conflict in conflicts)
        )


@dataclass(slots=True)
class Report:
    """One article's report of an entry: the cited sentence inside its paragraph."""

    mention: Mention
    document: Document | None
    paragraph: list[Segment]
    attribution: Attribution | None
    quotes: list[str] = field(default_factory=list)
    dates_entry: bool = False  # the entry's date is read from this report
    timex: str | None = None  # the time expression that dates this report's event, as written


@dataclass(slots=True)
class EntryView:
    entry: Entry
    reports: list[Report]
    conflicts: list[tuple[Conflict, ConflictSide]]  # each dispute with the other side
    sources: int


@dataclass(slots=True)
class DocumentView:
    document: Document
    text: list[Segment]
    entries: list[tuple[str, int, int]]  # entry id, start, end of each event


class Story:
    """The store at `path` as the web application reads it.

    Whole-store views are computed in one background thread, so a request
    never waits long for them: it waits up to `wait` seconds for the views of
    the store's current version, then makes do with the latest ones (or none).
    """

    def __init__(self, path: Path | str, wait: float = SNAPSHOT_WAIT) -> None:
        self.path = Path(path)
        self.wait = wait
        self._ready = threading.Condition()
        self._snapshot: Snapshot | None = None
        self._worker: threading.Thread | None = None
        self._wanted: tuple[int, int] | None = None  # the newest version a request asked for
        self._cache: OrderedDict[tuple[object, ...], object] = OrderedDict()
        self._overview_lock = threading.Lock()
        self._overview: tuple[tuple[int, int], frozenset[str]] | None = None  # store version, main ids

    @contextmanager
    def open(self) -> Iterator[tuple[Store, Catalog]]:
        with Store(self.path, may_be_read_only=True) as store:
            yield store, Catalog(store)

    def warm_up(self) -> None:
        """Start computing the whole-store views now (the server calls this when it starts)."""
        with self.open() as (_, catalog), self._ready:
            self._start(catalog.version())

    def snapshot(self, store: Store, catalog: Catalog) -> Snapshot:
        version = catalog.version()
        with self._ready:
            if self._snapshot is None or self._snapshot.version != version:
                self._start(version)
                self._ready.wait_for(
                    lambda: self._snapshot is not None and self._snapshot.version == version, self.wait
                )
            return self._snapshot or Snapshot(version)

    def main_ids(self, store: Store, catalog: Catalog) -> frozenset[str]:
        """The ids of the story's main events (`views.main_events`), worked out once per store version."""
        version = catalog.version()
        with self._overview_lock:  # requests of a new version wait for one computation, not one each
            if self._overview is None or self._overview[0] != version:
                self._overview = (version, frozenset(entry.id for entry in main_events(store)))
            return self._overview[1]

    def cached(self, key: tuple[object, ...], compute: Callable[[], T]) -> T:
        """`compute()` remembered under `key` (which should hold the store version), least recent dropped."""
        with self._ready:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]  # type: ignore[return-value]
        value = compute()
        with self._ready:
            self._cache[key] = value
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return value

    def _start(self, version: tuple[int, int]) -> None:
        """Ask for the views of `version` (called holding the lock); starts the worker if it is idle."""
        self._wanted = version
        if self._worker is None:
            self._worker = threading.Thread(target=self._compute, name="storyline-views", daemon=True)
            self._worker.start()

    def _compute(self) -> None:
        """Views of the current version; again while ingests keep changing it."""
        while True:
            with self.open() as (store, catalog):
                version = catalog.version()
                with self._ready:
                    done = self._snapshot is not None and self._snapshot.version == version
                    if done and self._wanted in (None, version):
                        self._worker = None
                        return
                    self._wanted = None
                try:
                    snapshot = _views(store, version)
                except Exception:  # a bad record must not stop the server: pages go on without these views
                    logger.exception("storyline serve: whole-store views failed")
                    snapshot = Snapshot(version)
            with self._ready:
                self._snapshot = snapshot
                self._ready.notify_all()

    def entries(self, store: Store, snapshot: Snapshot, ids: list[str]) -> list[Entry]:
        entries = current_names(snapshot.registry, store.entries_by_id(ids))
        involved = {c.id for i in ids for c in snapshot.by_entry.get(i, [])}
        return mark_conflicts(entries, [c for c in snapshot.conflicts if c.id in involved])

    def entry(self, store: Store, snapshot: Snapshot, entry_id: str) -> Entry | None:
        if not ENTRY_ID.match(entry_id):
            return None
        found = store.entry(entry_id)
        return self.entries(store, snapshot, [found.id])[0] if found else None

    def entry_view(self, store: Store, snapshot: Snapshot, entry: Entry) -> EntryView:
        rows = store.reports(entry.id)
        said = {
            (row["document_id"], row["start"]): codec.load_attribution(row["attribution"]) for row in rows
        }
        times = {(row["document_id"], row["start"]): codec.load_timex(row["timex"]) for row in rows}
        # the report that speaks for the entry (merge.entry_building picks it) gives its date
        lead = next(((r["document_id"], r["start"]) for r in rows if r["summary"] == entry.summary), None)
        reports = []
        for mention in entry.mentions:
            document = store.document(mention.document)
            key = (mention.document, mention.start)
            timex = times.get(key)
            reports.append(
                Report(
                    mention,
                    document,
                    _paragraph(document, mention, timex) if document else [],
                    _named(snapshot.registry, said.get(key)),
                    _quotes_within(store, mention),
                    dates_entry=key == lead,
                    timex=timex.text if timex else None,
                )
            )
        disputes = [
            (conflict, conflict.second if conflict.first.entry_id == entry.id else conflict.first)
            for conflict in snapshot.by_entry.get(entry.id, [])
        ]
        sources = getattr(entry, "sources", None) or len({m.document for m in entry.mentions})
        return EntryView(entry, reports, disputes, int(sources))

    def document_view(self, store: Store, document_id: str) -> DocumentView | None:
        if not DOCUMENT_ID.match(document_id):
            return None
        document = store.document(document_id)
        if document is None:
            return None
        rows = store.query(
            'SELECT entry_id, start, "end", timex, attribution, actors, places FROM events'
            " WHERE document_id = ? ORDER BY start",
            [document_id],
        )
        marks: list[Mark] = []
        names: set[str] = set()
        for row in rows:
            marks.append(
                Mark(row["start"], row["end"], "event", f"/entries/{row['entry_id']}", "open this entry")
            )
            timex = codec.load_timex(row["timex"])
            if timex:
                marks.append(Mark(timex.start, timex.end, "timex", title=timex.value))
            attribution = codec.load_attribution(row["attribution"])
            if attribution and attribution.start is not None and attribution.end is not None:
                marks.append(Mark(attribution.start, attribution.end, "actor", title=attribution.source))
            names.update(codec.load_strings(row["actors"]) + codec.load_strings(row["places"]))
        marks += _name_marks(document.text, names)
        quotes = store.query('SELECT start, "end" FROM quotes WHERE document_id = ?', [document_id])
        marks += [Mark(row[0], row[1], "quote") for row in quotes]
        entries = [(row["entry_id"], row["start"], row["end"]) for row in rows]
        return DocumentView(document, segments(document.text, marks), entries)


def _views(store: Store, version: tuple[int, int]) -> Snapshot:
    from storyline.merge.conflicts import find_conflicts
    from storyline.merge.figure_series import build_series

    revision = store.revision()  # before the entries: a write meanwhile leaves what is kept stale
    registry = store.actor_registry()
    everything = current_names(registry, store.entries())
    series = build_series(everything)
    conflicts = store.saved_conflicts(revision)  # the CLI's, when it found them first
    if conflicts is None:
        conflicts = find_conflicts(everything, series)
        store.save_conflicts(revision, conflicts)
    return Snapshot(version, registry, series, conflicts, conflicts_by_entry(conflicts))


def _paragraph(document: Document, mention: Mention, timex: TimeExpression | None) -> list[Segment]:
    left, right = paragraph_around(document.text, mention.start, mention.end)
    marks = [Mark(mention.start, mention.end, "sentence")]
    if timex is not None:
        marks.append(Mark(timex.start, timex.end, "timex", title=timex.value))
    words = (mention.event_start, mention.event_end)
    if None not in words and words != (mention.start, mention.end):
        marks.append(Mark(mention.event_start, mention.event_end, "event-words"))
    return segments(document.text, marks, left, right)


def _named(registry: ActorRegistry | None, attribution: Attribution | None) -> Attribution | None:
    if attribution is None or registry is None:
        return attribution
    return Attribution(registry.resolve(attribution.source), attribution.stance, attribution.cue)


def _quotes_within(store: Store, mention: Mention) -> list[str]:
    rows = store.query(
        'SELECT text, speaker FROM quotes WHERE document_id = ? AND start < ? AND "end" > ? ORDER BY start',
        [mention.document, mention.end, mention.start],
    )
    return [f"{row['text']} — {row['speaker'] or 'unattributed'}" for row in rows]


def _name_marks(text: str, names: set[str]) -> list[Mark]:
    """Every occurrence of an actor or place name the document's events mention (bounded)."""
    marks: list[Mark] = []
    for name in sorted(names, key=len, reverse=True):
        if len(name) < 2:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            marks.append(Mark(match.start(), match.end(), "actor", title=name))
            if len(marks) >= MAX_ACTOR_MARKS:
                return marks
    return marks
