"""The embedded SQLite store: documents, events, timeline entries and quotes.

A small explicit API that the CLI, the exports and the web page share. Every
batch of new documents is written in one transaction together with the
entries it changes, so an interrupted run leaves the store as it was before
the batch. Entries are rebuilt from their stored events, which keeps the two
from drifting apart.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from storyline import __version__
from storyline.analyse.actor_registry import ActorRegistry
from storyline.merge.entries import Cluster
from storyline.merge.entry_building import DocumentInfo, build_entry
from storyline.merge.places import PlaceCounts, StoredArticles
from storyline.merge.similarity import DocumentFrequency, NameWeights, predicate_key, signature
from storyline.model import Conflict, DateSource, Document, Entry, Event, Quote, Tense
from storyline.store import codec, place_counts, predicate_keys, saved_state, sentence_clauses, state_rows
from storyline.store.date_order import days, in_date_order, period_clauses
from storyline.store.read_only import READ_ONLY, StoreReadOnly, can_write, connect_read_only
from storyline.store.saved_state import Counts
from storyline.store.schema import is_current, migrate, refuse_foreign
from storyline.store.state_rows import StateChanges

DEFAULT_PATH = Path("storyline.db")
WRITE_WAIT = 120  # seconds a write waits for another connection's batch to commit
# state the pipeline keeps between runs (`store.state_rows`; `state` rows before schema 15), read by the
# views too
REGISTRY_KEY = state_rows.REGISTRY  # the actors' names as the collection knows them
NAMES_KEY = state_rows.NAMES  # how many articles name each actor or place (`merge.similarity.NameWeights`)
WORDS_KEY = state_rows.WORDS  # how many articles use each word stem (`merge.similarity.DocumentFrequency`)
DAYS_KEY = state_rows.DAYS  # the days each kind of event is told on (`merge.entries.Merger.days_told`)
REVISION_KEY = "revision"  # counts the store's writes: what was worked out from it is stale once it moves
CONFLICTS_KEY = "conflicts"  # the disputes found at one revision (`saved_conflicts`)
_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class EntryFilter:
    """What `storyline timeline` narrows the entries to; None means no limit."""

    since: str | None = None  # a year, month or day ("2024-10"), inclusive: `date_order.period_clauses`
    until: str | None = None
    entity: str | None = None
    text: str | None = None
    secondary: bool = False  # also entries made only of secondary event mentions
    most_salient: int | None = None  # only the N entries the collection makes most of
    leading: int | None = None  # only entries reported in the first N characters of an article


@dataclass(frozen=True, slots=True)
class StoredQuote:
    quote: Quote
    document: str
    path: str
    publication_date: date | None

    def as_dict(self) -> dict[str, object]:
        """The quote record of `storyline quotes --format json` and `/api/quotes`."""
        return {
            "text": self.quote.text,
            "speaker": self.quote.speaker,
            "document": self.document,
            "path": self.path,
            "start": self.quote.start,
            "end": self.quote.end,
            "publication_date": self.publication_date.isoformat() if self.publication_date else None,
        }


class Store:
    def __init__(self, path: Path | str = DEFAULT_PATH, may_be_read_only: bool = False) -> None:
        """The store at `path`, to be written unless `may_be_read_only`: then one this user cannot
        write is opened to be read as it stands (`read_only`) rather than refused."""
        self.path = Path(path)
        self.damaged: list[str] = []  # saved state rows found damaged and rebuilt (`_restore`)
        self.damaged_keys: set[str] = set()  # their keys (`REGISTRY_KEY`...)
        self.saved_revision = 0  # the `revision` this connection's last batch left
        if not self.path.parent.is_dir():  # nowhere to make it: not "read-only", as `can_write` finds
            raise FileNotFoundError(f"no folder {self.path.parent}: make it first")
        self.read_only = not can_write(self.path)
        if self.read_only and not may_be_read_only:
            raise StoreReadOnly(f"{READ_ONLY}: copy it somewhere writable to add articles")
        # a concurrent run holds the write lock only while it writes one batch
        self._db = (
            connect_read_only(self.path) if self.read_only else sqlite3.connect(self.path, timeout=WRITE_WAIT)
        )
        try:
            self._prepare()
        except BaseException:  # refused (another program's file, a later or older schema): not left open
            self._db.close()
            raise

    def _prepare(self) -> None:
        """The connection set up, and the schema brought up to date where it can be written."""
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA foreign_keys = ON")
        refuse_foreign(self._db)
        if self.read_only:
            if not is_current(self._db) or predicate_keys.stale(self._db):
                raise StoreReadOnly(
                    f"{READ_ONLY}, and another version of storyline made it: "
                    "copy it somewhere writable to bring it up to date"
                )
            return
        _use_wal(self._db)
        migrate(self._db)
        self._rekey_predicates()

    def _rekey_predicates(self) -> None:
        """Events and state keyed by another version's predicate keys, keyed again in one
        transaction (`store.predicate_keys`): a store extended by a later version must still
        find the entries it stored."""
        if not predicate_keys.stale(self._db):
            return
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            if predicate_keys.rekey(self._db):
                self._bump_revision()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # documents ---------------------------------------------------------

    def known_ids(self, ids: Sequence[str]) -> set[str]:
        return {row[0] for row in self._where_in("SELECT id FROM documents WHERE id IN ({})", ids)}

    def publication_dates(self) -> list[date]:
        rows = self._db.execute(
            "SELECT publication_date FROM documents WHERE publication_date IS NOT NULL AND date_source != ?",
            (DateSource.INFERRED.value,),
        )
        return [date.fromisoformat(row[0]) for row in rows]

    def place_counts(self) -> PlaceCounts:
        """Where the collection's places lie, as counts (`merge.places.PlaceIndex`): loaded in the
        size of its places and pairs, not of its mentions (`store.place_counts`)."""
        return place_counts.load(self._db)

    def place_articles(self) -> StoredArticles:
        """The stored articles' places, counted for the names asked about (`merge.places.PlaceIndex`)
        rather than loaded: one row an article and name, they grow with the collection."""
        return place_counts.ArticleNames(self._db)

    def first_publication_date(self) -> date | None:
        """When the collection's earliest article came out (dates guessed by storyline left out)."""
        row = self._db.execute(
            "SELECT MIN(publication_date) FROM documents WHERE date_source != ?", (DateSource.INFERRED.value,)
        ).fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def document(self, document_id: str) -> Document | None:
        row = self._db.execute("SELECT * FROM documents WHERE id = ?", (document_id,)).fetchone()
        return _document(row) if row else None

    def document_count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM documents").fetchone()[0])

    def document_infos(self, ids: Iterable[str]) -> dict[str, DocumentInfo]:
        sql = "SELECT id, path, publication_date FROM documents WHERE id IN ({})"
        return {
            row["id"]: DocumentInfo(row["path"], _date(row["publication_date"]))
            for row in self._where_in(sql, list(set(ids)))
        }

    def _where_in(self, sql: str, values: Sequence[str]) -> Iterator[sqlite3.Row]:
        """Rows of `sql` whose `IN ({})` takes `values`, in chunks under SQLite's variable limit."""
        for chunk_start in range(0, len(values), 500):
            chunk = values[chunk_start : chunk_start + 500]
            yield from self._db.execute(sql.format(",".join("?" * len(chunk))), chunk)

    # writing -----------------------------------------------------------

    def save_batch(
        self,
        documents: Sequence[Document],
        events: Sequence[tuple[Event, str]],
        quotes: Sequence[tuple[str, Quote]],
        clusters: Sequence[Cluster],
        contexts: dict[str, frozenset[str]] | None = None,
        expected_version: int | None = None,
        places: PlaceCounts | None = None,
        state: StateChanges | None = None,
    ) -> bool:
        """Documents, their events (each with its entry id), quotes and the changed entries, atomically.

        `contexts` holds each new document's named actors and places, which merging compares;
        `places` the counts of where the new documents put their places (`PlaceIndex.unsaved`);
        `state` what was learnt from them (`store.state_rows`), so that a concurrent run never
        reads the documents without it. `saved_revision` is then the revision this write left.
        With `expected_version` (a `data_version` read before merging), nothing is
        written and False returned when another connection committed since: the
        merge was done against a stale store.
        """
        contexts = contexts or {}
        infos = {d.id: DocumentInfo(d.path, d.publication_date) for d in documents}
        needed = {e.document_id for c in clusters for e in c.events} - set(infos)
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")  # the write lock first, then the check
            if expected_version is not None and self.data_version() != expected_version:
                return False  # nothing written; leaving the block ends the transaction
            self._db.executemany(
                "INSERT OR IGNORE INTO documents (id, path, title, url, source, publication_date,"
                " date_source, text, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        d.id,
                        d.path,
                        d.title,
                        d.url,
                        d.source,
                        _iso(d.publication_date),
                        str(d.date_source),
                        d.text,
                        json.dumps(sorted(contexts.get(d.id, ()))),
                    )
                    for d in documents
                ],
            )
            infos.update(self.document_infos(needed))
            self._save_entries([build_entry(cluster, infos) for cluster in clusters])
            indexed = self._db.execute("SELECT COALESCE(MAX(id), 0) FROM sentences").fetchone()[0]
            told = [event for event, _ in events]
            sentences, left_out = sentence_clauses.split_by_sentence(told)
            self._db.executemany(
                'INSERT INTO sentence_clauses (document_id, start, "end", words) VALUES (?, ?, ?, ?)',
                [(*key, words) for key, words in sentences.items()],
            )
            texts = _sentence_texts(told)
            self._db.executemany(
                'INSERT OR IGNORE INTO sentences (document_id, start, "end", text) VALUES (?, ?, ?, ?)',
                [(*key, text) for key, text in texts.items()],
            )
            self._db.executemany(
                'INSERT INTO events (document_id, entry_id, start, "end", text, summary, date, date_inferred,'
                " tense, actors, attribution, figures, places, timex, is_background, event_start, event_end,"
                " predicate, predicate_key, main, participants, modality, persons, arguments, clauses,"
                " clauses_out)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    _event_row(event, entry, out, texts[sentence_clauses.sentence_key(event)])
                    for (event, entry), out in zip(events, left_out, strict=True)
                ],
            )
            self._db.execute(  # the new sentences' search index at once (schema 6: no trigger per row)
                "INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE id > ?",
                (indexed,),
            )
            self._db.executemany(
                'INSERT INTO quotes (document_id, start, "end", text, speaker) VALUES (?, ?, ?, ?, ?)',
                [(document_id, q.start, q.end, q.text, q.speaker) for document_id, q in quotes],
            )
            # loaded with its latest reports only: rebuilt from all of them
            self._save_entries(self._entries_by_id([c.id for c in clusters if c.partial]))
            if places is not None:
                place_counts.add(self._db, places)
            if state is not None:
                state_rows.add(self._db, state)
            self._bump_revision()
            self.saved_revision = self.revision()
        return True

    def data_version(self) -> int:
        """Changes whenever another connection commits (SQLite's `PRAGMA data_version`)."""
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def _save_entries(self, entries: list[Entry]) -> None:
        """One statement for all of a batch's entries (thousands: one `execute` each cost more than
        the writing), then their actor and place names, one row each (`entry_names`): written here
        rather than by a trigger per entry, which took most of the time of saving entries."""
        self._db.executemany(
            "INSERT OR REPLACE INTO entries (id, date, date_inferred, tense, summary, actors, attribution,"
            " figures, places, main, salience, sources, first_day, last_day)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_entry_row(entry) for entry in entries],
        )
        self._db.executemany("DELETE FROM entry_names WHERE entry_id = ?", [(entry.id,) for entry in entries])
        self._db.executemany(
            "INSERT INTO entry_names (entry_id, kind, name) VALUES (?, ?, ?)",
            [
                (entry.id, kind, name)
                for entry in entries
                for kind, names in (("actor", entry.actors), ("place", entry.places))
                for name in names
            ],
        )

    # what the pipeline keeps between runs --------------------------------

    def article_words(self) -> DocumentFrequency:
        """How many of the stored articles use each word stem (kept by ingest; the overview weighs
        words by it). A damaged row is counted again from the stored articles."""
        return self._restore(
            WORDS_KEY,
            lambda: saved_state.document_frequency(state_rows.counts(self._db, WORDS_KEY) or Counts()),
            lambda: saved_state.document_frequency(state_rows.count_words(self._db)),
        )

    def context_names(self) -> NameWeights:
        """How many of the articles with events name each actor or place (`Merger.names`). A
        damaged row is counted again from the stored articles."""
        return self._restore(
            NAMES_KEY,
            lambda: saved_state.name_weights(state_rows.counts(self._db, NAMES_KEY) or Counts()),
            lambda: saved_state.name_weights(state_rows.count_names(self._db)),
        )

    def days_told(self) -> dict[str, list[str]]:
        """The days each kind of event is told on (`Merger.days_told`); a damaged row starts afresh."""
        return self._restore(DAYS_KEY, lambda: saved_state.check_days(state_rows.days(self._db)), dict)

    def actor_registry(self) -> ActorRegistry | None:
        """The actors' names as the collection knows them (None: none kept); a damaged row starts
        afresh."""
        return self._restore(REGISTRY_KEY, self._read_registry, lambda: None)

    def _read_registry(self) -> ActorRegistry | None:
        rows = state_rows.registry_rows(self._db)
        return saved_state.registry_from_rows(rows) if rows else None

    def _restore(self, key: str, read: Callable[[], _T], rebuild: Callable[[], _T]) -> _T:
        """The state kept under `key` as `read` makes it. A row that does not read is rebuilt
        from the stored articles where it can be, or started afresh, and said in `damaged` (its
        key in `damaged_keys`): one bad row must not stop every later run, nor be silently
        forgotten."""
        try:
            return read()
        except saved_state.DamagedState as error:
            counted = key in (WORDS_KEY, NAMES_KEY)
            outcome = "counted again from the stored articles" if counted else "started afresh"
            note = f"{self.path}: the saved state {key!r} is damaged ({error}); {outcome}"
            if note not in self.damaged:
                self.damaged.append(note)
            self.damaged_keys.add(key)
            return rebuild()

    def get_state(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_state(self, key: str, value: str) -> None:
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", (key, value))
            self._bump_revision()

    def revision(self) -> int:
        """A number that every write of the store (a batch, a state) changes (-1 while a damaged
        row holds no number: the next write counts on from 1)."""
        saved = self.get_state(REVISION_KEY)
        try:
            return int(saved) if saved else 0
        except ValueError:
            return -1

    def _bump_revision(self) -> None:
        self._db.execute(
            "INSERT INTO state (key, value) VALUES (?, '1')"
            " ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1",
            (REVISION_KEY,),
        )

    # derived -----------------------------------------------------------

    def saved_conflicts(self, revision: int) -> list[Conflict] | None:
        """The disputes `save_conflicts` kept at `revision` by this version of storyline, or None.

        Finding them reads every entry (seconds on a large store); `timeline`, `show` and
        `conflicts` ask for them on every call, while the store changes only when articles come."""
        saved = self.get_state(CONFLICTS_KEY)
        if saved is None:
            return None
        try:
            data = json.loads(saved)
            if data.get("revision") != revision or data.get("version") != __version__:
                return None
            return [codec.load_conflict(item) for item in data["conflicts"]]
        except (ValueError, KeyError, TypeError, AttributeError):  # kept by another shape of storyline
            return None

    def save_conflicts(self, revision: int, conflicts: list[Conflict]) -> None:
        """Keep the disputes found at `revision`, unless the store cannot be written now (read-only,
        or an ingest holding the write lock): they are found again next time."""
        value = json.dumps(
            {"revision": revision, "version": __version__, "conflicts": [c.as_dict() for c in conflicts]}
        )
        self._db.execute("PRAGMA busy_timeout = 200")
        try:
            with self._db:
                self._db.execute(
                    "INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", (CONFLICTS_KEY, value)
                )
        except sqlite3.OperationalError:
            pass
        finally:
            self._db.execute(f"PRAGMA busy_timeout = {WRITE_WAIT * 1000}")

    # reading -----------------------------------------------------------

    def clusters_with_predicate(self, key: str, limit: int = 200, latest: int = 30) -> list[Cluster]:
        """The most recent stored entries told by a predicate, as clusters the merger can extend.

        Each comes with its `latest` reports only (the merger compares no more), so a frequent
        predicate in a large store costs the same as a rare one; `save_batch` rebuilds such an
        entry from all its stored reports.
        """
        rows = self._db.execute(
            "SELECT entry_id FROM events WHERE predicate_key = ?"
            " GROUP BY entry_id ORDER BY MAX(id) DESC LIMIT ?",
            (key, limit),
        )
        ids = [row[0] for row in rows]
        sql = (
            f"SELECT * FROM (SELECT {_EVENT_COLUMNS}, d.context AS context, d.publication_date AS published,"
            " ROW_NUMBER() OVER (PARTITION BY e.entry_id ORDER BY e.id DESC) AS recency"
            f" FROM events e JOIN documents d ON d.id = e.document_id {_SENTENCE_JOIN}"
            " WHERE e.entry_id IN ({}))"
            f" WHERE recency <= {int(latest)} ORDER BY entry_id, id"
        )
        clusters: dict[str, Cluster] = {}
        for row in self._where_in(sql, ids):
            cluster = clusters.setdefault(row["entry_id"], Cluster(id=row["entry_id"], date=row["date"]))
            event = _event(row)
            context = frozenset(codec.load_strings(row["context"]))
            cluster.take(event, signature(event, context, _date(row["published"])))
        for cluster in clusters.values():
            cluster.changed = False
            cluster.partial = True
        return list(clusters.values())

    def entries(self, where: EntryFilter = EntryFilter()) -> list[Entry]:
        sql, parameters = _entry_query(where)
        ids = [row[0] for row in self._db.execute(sql, parameters)]
        return self._entries_by_id(ids)

    def entry(self, entry_id: str) -> Entry | None:
        rows = self._db.execute(
            "SELECT id FROM entries WHERE id LIKE ? ESCAPE '\\'", (_like_escape(entry_id) + "%",)
        ).fetchall()
        found = self._entries_by_id([rows[0][0]]) if len(rows) == 1 else []
        return found[0] if found else None

    def entries_by_id(self, ids: list[str]) -> list[Entry]:
        """Entries with exactly these ids, in the order given (unknown ids are left out)."""
        return self._entries_by_id(ids)

    def query(self, sql: str, parameters: Sequence[object] = ()) -> list[sqlite3.Row]:
        """Rows of one read-only statement, for views that need their own queries (store.browse)."""
        return self._db.execute(sql, parameters).fetchall()

    def entry_count(self, where: EntryFilter | None = None) -> int:
        """All stored entries, or those a filter keeps."""
        if where is None:
            return int(self._db.execute("SELECT COUNT(*) FROM entries").fetchone()[0])
        sql, parameters = _entry_query(where)
        return int(self._db.execute(f"SELECT COUNT(*) FROM ({sql})", parameters).fetchone()[0])

    def _entries_by_id(self, ids: list[str]) -> list[Entry]:
        sql = f"SELECT {_EVENT_COLUMNS} FROM events e {_SENTENCE_JOIN}"
        clusters = _clusters(self._where_in(sql + " WHERE e.entry_id IN ({}) ORDER BY e.id", ids))
        infos = self.document_infos(e.document_id for c in clusters.values() for e in c.events)
        return [build_entry(clusters[i], infos) for i in ids if i in clusters]

    def reports(self, entry_id: str) -> list[dict[str, Any]]:
        """Each stored report of an entry: its article, where its sentence starts, its summary, its
        attribution and its time expression, as stored (JSON)."""
        rows = self._db.execute(
            f"SELECT {_EVENT_COLUMNS} FROM events e {_SENTENCE_JOIN} WHERE e.entry_id = ?", (entry_id,)
        )
        keys = ("document_id", "start", "attribution", "timex")
        return [{**{key: row[key] for key in keys}, "summary": _event(row).summary} for row in rows]

    def quotes(self, speaker: str | None = None) -> Iterator[StoredQuote]:
        sql = (
            'SELECT q.start, q."end", q.text, q.speaker, d.id, d.path, d.publication_date'
            " FROM quotes q JOIN documents d ON d.id = q.document_id"
        )
        parameters: tuple[str, ...] = ()
        if speaker:
            sql += " WHERE q.speaker LIKE ? ESCAPE '\\'"
            parameters = (_contains(speaker),)
        sql += " ORDER BY d.publication_date, d.id, q.start"
        for row in self._db.execute(sql, parameters):
            quote = Quote(row[0], row[1], row[2], row[3])
            yield StoredQuote(quote, row[4], row[5], _date(row[6]))


def _use_wal(connection: sqlite3.Connection) -> None:
    """Readers beside one writer. Switching a new store into WAL fails at once, without waiting,
    while another run touches it; the switch is persistent, so a short retry finds it done."""
    for attempt in range(100):
        try:
            connection.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or attempt == 99:
                raise
            time.sleep(0.01 * (attempt + 1))


def _clusters(rows: Iterable[sqlite3.Row]) -> dict[str, Cluster]:
    """Stored events grouped by the entry they belong to."""
    clusters: dict[str, Cluster] = {}
    for row in rows:
        cluster = clusters.setdefault(row["entry_id"], Cluster(id=row["entry_id"], date=row["date"]))
        cluster.events.append(_event(row))
    return clusters


# Where an entry's first report stands (its place in its article, then the article's day and path, then
# the words that tell it): among entries of one salience the most salient N are those told highest in an
# article, in the order of `merge.main_events.tie_order`, not those of the lowest id, a hash (one-article
# entries only, as there)
_FIRST_REPORT = (  # the fixed-width key sorts as the tuple does: its least is the first report
    "(SELECT min(printf('%012d %s %s %012d', v.start, coalesce(d.publication_date, '9999-12-31'), d.path,"
    " coalesce(v.event_start, v.start)))"
    " FROM events v JOIN documents d ON d.id = v.document_id WHERE v.entry_id = entries.id)"
)


def _entry_query(where: EntryFilter) -> tuple[str, list[str]]:
    clauses: list[str] = [] if where.secondary else ["main = 1"]
    parameters: list[str] = []
    period, bounds = period_clauses("", where.since, where.until)
    clauses += period
    parameters += bounds
    if where.entity:  # the names themselves, not their JSON encoding: `"` or `,` match no name
        clauses.append(
            "(EXISTS (SELECT 1 FROM json_each(entries.actors) WHERE value LIKE ? ESCAPE '\\')"
            " OR EXISTS (SELECT 1 FROM json_each(entries.places) WHERE value LIKE ? ESCAPE '\\')"
            " OR json_extract(entries.attribution, '$.source') LIKE ? ESCAPE '\\')"
        )
        parameters += [_contains(where.entity)] * 3
    if where.text:
        clauses.append(
            f"id IN (SELECT e.entry_id FROM events e {_SENTENCE_JOIN} WHERE {_TEXT} LIKE ? ESCAPE '\\')"
        )
        parameters.append(_contains(where.text))
    if where.leading is not None:
        clauses.append("id IN (SELECT entry_id FROM events WHERE start < ?)")
        parameters.append(str(where.leading))
    condition = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    if where.most_salient is not None:
        parameters.append(str(where.most_salient))
        columns = "id, date, first_day, last_day"
        # one-article entries by where they are first told; those of several articles as before, by id
        order = f"salience DESC, CASE WHEN sources < 2 THEN {_FIRST_REPORT} END, id"
        top = f"SELECT {columns} FROM entries{condition} ORDER BY {order} LIMIT ?"
        return f"SELECT id FROM ({top}) ORDER BY {in_date_order()}", parameters
    return f"SELECT id FROM entries{condition} ORDER BY {in_date_order()}", parameters


def _like_escape(text: str) -> str:
    """User text as a literal inside a LIKE pattern (`%` and `_` are wildcards there)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(text: str) -> str:
    return f"%{_like_escape(text)}%"


def _entry_row(entry: Entry) -> tuple[object, ...]:
    return (
        entry.id,
        entry.date,
        int(entry.date_inferred),
        str(entry.tense),
        entry.summary,
        codec.dump_strings(entry.actors),
        codec.dump(entry.attribution),
        codec.dump(entry.figures),
        codec.dump_strings(entry.places),
        int(entry.main),
        entry.salience,
        entry.sources,
        *days(entry.date),
    )


def _event_row(event: Event, entry_id: str, clauses_out: str | None, sentence: str) -> tuple[object, ...]:
    """The row of an event; its clause words are its sentence's less `clauses_out` where that is
    given (`store.sentence_clauses`), its text and summary left empty where they are its sentence's
    (`sentence`, stored in `sentences`) as written and with its spaces made single (schema 11)."""
    text = "" if event.text == sentence else event.text
    return (
        event.document_id,
        entry_id,
        event.start,
        event.end,
        text,
        "" if not text and event.summary == _one_line(sentence) else event.summary,
        event.date,
        int(event.date_inferred),
        str(event.tense),
        codec.dump_strings(event.actors),
        codec.dump(event.attribution),
        codec.dump(event.figures),
        codec.dump_strings(event.places),
        codec.dump(event.timex),
        int(event.is_background),
        event.event_start,
        event.event_end,
        event.predicate,
        predicate_key(event.predicate) if event.predicate else "",
        int(event.main),
        codec.dump_strings(event.participants),
        event.modality,
        codec.dump_strings(event.persons),
        codec.dump_strings(event.arguments),
        None if clauses_out is not None else codec.dump_strings(event.clauses),
        clauses_out,
    )


def _event(row: sqlite3.Row) -> Event:
    text = row["text"] or row["sentence_text"] or ""
    return Event(
        document_id=row["document_id"],
        start=row["start"],
        end=row["end"],
        text=text,
        summary=row["summary"] or _one_line(text),
        date=row["date"],
        date_inferred=bool(row["date_inferred"]),
        tense=Tense(row["tense"]),
        actors=codec.load_strings(row["actors"]),
        attribution=codec.load_attribution(row["attribution"]),
        figures=codec.load_figures(row["figures"]),
        places=codec.load_strings(row["places"]),
        timex=codec.load_timex(row["timex"]),
        is_background=bool(row["is_background"]),
        event_start=row["event_start"],
        event_end=row["event_end"],
        predicate=row["predicate"],
        main=bool(row["main"]),
        participants=codec.load_strings(row["participants"]),
        modality=row["modality"],
        persons=codec.load_strings(row["persons"]),
        arguments=codec.load_strings(row["arguments"]),
        clauses=_clause_words(row),
    )


def _clause_words(row: sqlite3.Row) -> list[str]:
    """An event's clause words: its sentence's less those it lacks, or its own list (schema 9)."""
    if row["clauses_out"] is None:
        return codec.load_strings(row["clauses"])
    return sentence_clauses.joined(row["sentence_words"], row["clauses_out"])


# each event's sentence's clause words (schema 10) and text (schema 11), beside the event's row
_SENTENCE_JOIN = (
    "LEFT JOIN sentence_clauses s"
    ' ON s.document_id = e.document_id AND s.start = e.start AND s."end" = e."end"'
    " LEFT JOIN sentences t"
    ' ON t.document_id = e.document_id AND t.start = e.start AND t."end" = e."end"'
)
_EVENT_COLUMNS = "e.*, s.words AS sentence_words, t.text AS sentence_text"
_TEXT = "COALESCE(NULLIF(e.text, ''), t.text, '')"  # an event's sentence: its own text, or its sentence's


def _sentence_texts(events: Sequence[Event]) -> dict[sentence_clauses.SentenceKey, str]:
    """Each sentence's text, once (schema 11): its first mention's."""
    texts: dict[tuple[str, int, int], str] = {}
    for event in events:
        texts.setdefault(sentence_clauses.sentence_key(event), event.text)
    return texts


@lru_cache(maxsize=16)
def _one_line(text: str) -> str:
    """A sentence as a mention's summary gives it (`extract.events`): its spaces made single. Kept for
    the last few sentences: the mentions of a sentence are written one after another, each compared
    with it."""
    return " ".join(text.split())


def _document(row: sqlite3.Row) -> Document:
    return Document(
        id=row["id"],
        text=row["text"],
        path=row["path"],
        publication_date=_date(row["publication_date"]),
        date_source=DateSource(row["date_source"]),
        title=row["title"],
        url=row["url"],
        source=row["source"],
    )


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
