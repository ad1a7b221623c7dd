"""Read-only queries for browsing a large store: pages, facets, a date histogram, full-text search.

`storyline serve` shows a few dozen entries of a store that may hold tens of
thousands, so everything here narrows and counts in SQL and builds `Entry`
objects only for the page shown. Text search uses the FTS5 index over the
cited sentences (schema migration 2); actor and place facets and filters use
the `entry_names` table that triggers keep in step with `entries` (migration 3).
"Main events" are the store's most salient entries: by the stored `salience`
column when the store has one, else by the number of distinct articles that
report the entry.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from storyline.store.database import Store

MAIN_EVENTS = 500  # how many of the store's most salient entries are its main events
FACET_SIZE = 12
SMALL_SET = 20_000  # entries a facet query reads one by one rather than scanning every name
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Browse:
    """What one page of the timeline narrows to; None or empty means no limit."""

    since: str | None = None  # inclusive, compared on the TIMEX value's prefix, as the CLI does
    until: str | None = None
    entity: str | None = None  # substring of an actor, place or claimant (the CLI's --entity)
    actor: str | None = None  # exact actor name (a facet)
    place: str | None = None  # exact place name (a facet)
    outlet: str | None = None  # a citing article's source (a facet)
    stance: str | None = None
    tense: str | None = None
    q: str | None = None  # words that must all occur in one cited sentence (FTS5)
    ids: frozenset[str] | None = None  # only these entries (e.g. the disputed ones)
    main: bool = False  # only the main events


@dataclass(frozen=True, slots=True)
class Page:
    ids: list[str]
    total: int  # entries the view holds
    main: bool  # the view holds only the main events among the entries the filter keeps


@dataclass(slots=True)
class Facets:
    actors: list[tuple[str, int]] = field(default_factory=list)
    places: list[tuple[str, int]] = field(default_factory=list)
    outlets: list[tuple[str, int]] = field(default_factory=list)
    stances: list[tuple[str, int]] = field(default_factory=list)
    tenses: list[tuple[str, int]] = field(default_factory=list)


def fts_query(text: str) -> str | None:
    """The user's words as an FTS5 query of quoted terms (all required); None when it has no words."""
    words = _WORD.findall(text)
    return " ".join(f'"{word}"' for word in words) if words else None


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class Catalog:
    """Browsing queries over one open store."""

    def __init__(self, store: Store) -> None:
        self._store = store
        columns = {row["name"] for row in store.query("PRAGMA table_info(entries)")}
        self._main_sql = (
            "SELECT id FROM entries ORDER BY salience DESC, id LIMIT ?"
            if "salience" in columns
            else "SELECT entry_id FROM events GROUP BY entry_id"
            " ORDER BY COUNT(DISTINCT document_id) DESC, entry_id LIMIT ?"
        )

    def version(self) -> tuple[int, int]:
        """Changes whenever an ingest adds events: the key for caches of whole-store views."""
        row = self._store.query(
            "SELECT (SELECT COALESCE(MAX(id), 0) FROM events), (SELECT COUNT(*) FROM entries)"
        )
        return int(row[0][0]), int(row[0][1])

    def main_ids(self, count: int = MAIN_EVENTS) -> frozenset[str]:
        """The `count` most salient entries of the whole store (cache it per `version`)."""
        return frozenset(row[0] for row in self._store.query(self._main_sql, [count]))

    def page(self, where: Browse, limit: int, offset: int, main_ids: frozenset[str] | None = None) -> Page:
        """One page of entries by date; with `where.main`, only the main events among them (if any)."""
        condition, parameters, total, main = self._scope(where, main_ids)
        rows = self._store.query(
            f"SELECT id FROM entries{condition} ORDER BY date IS NULL, date, id LIMIT ? OFFSET ?",
            [*parameters, limit, offset],
        )
        return Page([row[0] for row in rows], total, main)

    def facets(self, where: Browse, main_ids: frozenset[str] | None = None) -> Facets:
        """Counts of actors, places, outlets, stances and tenses over the entries the view holds."""
        condition, parameters, size, _ = self._scope(where, main_ids)
        return Facets(
            actors=self._name_facet("actor", condition, parameters, size),
            places=self._name_facet("place", condition, parameters, size),
            outlets=self._group(
                "SELECT d.source, COUNT(DISTINCT v.entry_id) FROM documents d"
                " JOIN events v ON v.document_id = d.id WHERE d.source IS NOT NULL"
                f" AND v.entry_id IN (SELECT entries.id FROM entries{condition})"
                " GROUP BY d.source ORDER BY 2 DESC, 1 LIMIT ?",
                [*parameters, FACET_SIZE],
            ),
            stances=self._group(
                "SELECT json_extract(attribution, '$.stance'), COUNT(*) FROM entries"
                f"{_and(condition, 'attribution IS NOT NULL')} GROUP BY 1 ORDER BY 2 DESC, 1",
                parameters,
            ),
            tenses=self._group(
                f"SELECT tense, COUNT(*) FROM entries{condition} GROUP BY 1 ORDER BY 2 DESC, 1", parameters
            ),
        )

    def _scope(self, where: Browse, main_ids: frozenset[str] | None) -> tuple[str, list[object], int, bool]:
        """The view's condition, its parameters, how many entries it holds, and whether only main events.

        The main events are looked up first (a search by id, fast on any store); a filter
        that keeps none of them shows every entry it keeps.
        """
        condition, parameters = self._condition(where)
        if where.main:
            main_ids = self.main_ids() if main_ids is None else main_ids
            narrowed = _and(condition, "entries.id IN (SELECT value FROM json_each(?))")
            narrowed_parameters = [*parameters, json.dumps(sorted(main_ids))]
            total = self._count(narrowed, narrowed_parameters)
            if total:
                return narrowed, narrowed_parameters, total, True
        return condition, parameters, self._count(condition, parameters), False

    def date_counts(self, where: Browse) -> list[tuple[str, int]]:
        """Entries per stored date value under every filter but the date range (the histogram's data)."""
        condition, parameters = self._condition(replace(where, since=None, until=None, main=False))
        return self._group(
            f"SELECT date, COUNT(*) FROM entries{_and(condition, 'date IS NOT NULL')}"
            " GROUP BY date ORDER BY 1",
            parameters,
        )

    def _count(self, condition: str, parameters: Sequence[object]) -> int:
        return int(self._store.query(f"SELECT COUNT(*) FROM entries{condition}", parameters)[0][0])

    def _name_facet(
        self, kind: str, condition: str, parameters: list[object], size: int
    ) -> list[tuple[str, int]]:
        """The most frequent names of one kind among the entries of `condition` (`size` of them).

        A small set is read entry by entry (CROSS JOIN keeps that order); a large one by
        scanning the names of that kind once.
        """
        if size <= SMALL_SET:
            sql = (
                "SELECT n.name, COUNT(*) FROM entries CROSS JOIN entry_names n ON n.entry_id = entries.id"
                f"{_and(condition, 'n.kind = ?')} GROUP BY n.name ORDER BY 2 DESC, 1 LIMIT ?"
            )
            return self._group(sql, [*parameters, kind, FACET_SIZE])
        within = f" AND n.entry_id IN (SELECT entries.id FROM entries{condition})" if condition else ""
        return self._group(
            f"SELECT n.name, COUNT(*) FROM entry_names n WHERE n.kind = ?{within}"
            " GROUP BY n.name ORDER BY 2 DESC, 1 LIMIT ?",
            [kind, *parameters, FACET_SIZE],
        )

    def _group(self, sql: str, parameters: Sequence[object]) -> list[tuple[str, int]]:
        return [
            (str(row[0]), int(row[1])) for row in self._store.query(sql, parameters) if row[0] is not None
        ]

    def _condition(self, where: Browse) -> tuple[str, list[object]]:
        clauses: list[str] = []
        parameters: list[object] = []
        if where.since:
            clauses.append("entries.date IS NOT NULL AND substr(entries.date, 1, ?) >= ?")
            parameters += [len(where.since), where.since]
        if where.until:
            clauses.append("entries.date IS NOT NULL AND substr(entries.date, 1, ?) <= ?")
            parameters += [len(where.until), where.until]
        if where.entity:  # each name on its own: never the JSON encoding of a column
            clauses.append(
                "(entries.id IN (SELECT entry_id FROM entry_names WHERE name LIKE ? ESCAPE '\\')"
                " OR json_extract(entries.attribution, '$.source') LIKE ? ESCAPE '\\')"
            )
            parameters += [_like(where.entity)] * 2
        for kind, value in (("actor", where.actor), ("place", where.place)):
            if value:
                clauses.append("entries.id IN (SELECT entry_id FROM entry_names WHERE kind = ? AND name = ?)")
                parameters += [kind, value]
        if where.outlet:
            clauses.append(
                "entries.id IN (SELECT v.entry_id FROM events v JOIN documents d ON d.id = v.document_id"
                " WHERE d.source = ?)"
            )
            parameters.append(where.outlet)
        if where.stance:
            clauses.append("json_extract(entries.attribution, '$.stance') = ?")
            parameters.append(where.stance)
        if where.tense:
            clauses.append("entries.tense = ?")
            parameters.append(where.tense)
        search = fts_query(where.q or "")
        if search:
            clauses.append(
                "entries.id IN (SELECT v.entry_id FROM events v WHERE v.id IN"
                " (SELECT rowid FROM events_fts WHERE events_fts MATCH ?))"
            )
            parameters.append(search)
        if where.ids is not None:
            clauses.append("entries.id IN (SELECT value FROM json_each(?))")
            parameters.append(json.dumps(sorted(where.ids)))
        return (f" WHERE {' AND '.join(clauses)}" if clauses else ""), parameters


def _and(condition: str, clause: str) -> str:
    return f"{condition} AND {clause}" if condition else f" WHERE {clause}"
