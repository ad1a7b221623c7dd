"""Read-only queries for browsing a large store: pages, facets, a date histogram, full-text search.

`storyline serve` shows a few dozen entries of a store that may hold tens of
thousands, so everything here narrows and counts in SQL and builds `Entry`
objects only for the page shown. Text search uses the FTS5 index over the
cited sentences, one row each (schema 14), and reaches their mentions by the
sentence's key; actor and place facets and filters use
the `entry_names` table that the store keeps in step with `entries` (migration 3).
A view of "main events" keeps only the ids its caller gives: the story's
overview, which `present.views.main_events` chooses for the CLI and the server
alike.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from storyline.store.database import Store
from storyline.store.date_order import in_date_order, period_clauses

FACET_SIZE = 12
SMALL_SET = 20_000  # entries a facet query reads one by one rather than scanning every name
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Browse:
    """What one page of the timeline narrows to; None or empty means no limit."""

    since: str | None = None  # inclusive, a value's first day against the period's, as the CLI does
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


@dataclass(frozen=True, slots=True)
class Scope:
    """The entries one view holds: a temporary table of their ids (None: the whole store)."""

    table: str | None
    size: int
    main: bool

    @property
    def source(self) -> str:
        """A FROM clause over the view's entries."""
        if self.table is None:
            return " FROM entries"
        return f" FROM {self.table} s CROSS JOIN entries ON entries.id = s.id"


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
        self._scopes: dict[tuple[Browse, frozenset[str] | None], Scope] = {}
        store.query("PRAGMA temp_store = MEMORY")  # views' id tables: private to this connection

    def version(self) -> tuple[int, int]:
        """Changes whenever an ingest adds events: the key for caches of whole-store views."""
        row = self._store.query(
            "SELECT (SELECT COALESCE(MAX(id), 0) FROM events), (SELECT COUNT(*) FROM entries)"
        )
        return int(row[0][0]), int(row[0][1])

    def page(self, where: Browse, limit: int, offset: int, main_ids: frozenset[str] | None = None) -> Page:
        """One page of entries by date; with `where.main`, only the main events (`main_ids`) among them
        (if any)."""
        scope = self._scope(where, main_ids)
        rows = self._store.query(
            f"SELECT entries.id{scope.source} ORDER BY {in_date_order('entries.')} LIMIT ? OFFSET ?",
            [limit, offset],
        )
        return Page([row[0] for row in rows], scope.size, scope.main)

    def facets(self, where: Browse, main_ids: frozenset[str] | None = None) -> Facets:
        """Counts of actors, places, outlets, stances and tenses over the entries the view holds."""
        scope = self._scope(where, main_ids)
        within = f" AND v.entry_id IN (SELECT id FROM {scope.table})" if scope.table else ""
        return Facets(
            actors=self._name_facet("actor", scope),
            places=self._name_facet("place", scope),
            outlets=self._group(
                "SELECT d.source, COUNT(DISTINCT v.entry_id) FROM documents d"
                f" JOIN events v ON v.document_id = d.id WHERE d.source IS NOT NULL{within}"
                " GROUP BY d.source ORDER BY 2 DESC, 1 LIMIT ?",
                [FACET_SIZE],
            ),
            stances=self._group(
                f"SELECT json_extract(entries.attribution, '$.stance'), COUNT(*){scope.source}"
                " WHERE entries.attribution IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1",
                [],
            ),
            tenses=self._group(
                f"SELECT entries.tense, COUNT(*){scope.source} GROUP BY 1 ORDER BY 2 DESC, 1", []
            ),
        )

    def _scope(self, where: Browse, main_ids: frozenset[str] | None) -> Scope:
        """The entries a view holds, worked out once per catalog and kept in a temporary table.

        The main events (`main_ids`, needed with `where.main`) are looked up first (a search by
        id, fast on any store); a filter that keeps none of them shows every entry it keeps.
        Without any condition the view is the whole store and needs no table.
        """
        key = (where, main_ids)
        if key in self._scopes:
            return self._scopes[key]
        condition, parameters = self._condition(where)
        scope = None
        if where.main:
            if main_ids is None:
                raise ValueError("a view of the main events needs their ids")
            narrowed = _and(condition, "entries.id IN (SELECT value FROM json_each(?))")
            scope = self._materialize(narrowed, [*parameters, json.dumps(sorted(main_ids))], main=True)
            if not scope.size:
                scope = None
        if scope is None and condition:
            scope = self._materialize(condition, parameters, main=False)
        if scope is None:
            scope = Scope(None, self._count("", []), False)
        self._scopes[key] = scope
        return scope

    def _materialize(self, condition: str, parameters: list[object], main: bool) -> Scope:
        table = f"temp.view_{len(self._scopes)}_{int(main)}"
        self._store.query(f"CREATE TEMP TABLE {table} AS SELECT id FROM entries{condition}", parameters)
        size = int(self._store.query(f"SELECT COUNT(*) FROM {table}")[0][0])
        return Scope(table, size, main)

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

    def _name_facet(self, kind: str, scope: Scope) -> list[tuple[str, int]]:
        """The most frequent names of one kind in the view.

        A small view is read entry by entry; a large one by scanning the names of that kind once.
        """
        if scope.table and scope.size <= SMALL_SET:
            sql = (
                f"SELECT n.name, COUNT(*) FROM {scope.table} s CROSS JOIN entry_names n ON n.entry_id = s.id"
                " WHERE n.kind = ?"
            )
        else:
            within = f" AND n.entry_id IN (SELECT id FROM {scope.table})" if scope.table else ""
            sql = f"SELECT n.name, COUNT(*) FROM entry_names n WHERE n.kind = ?{within}"
        return self._group(f"{sql} GROUP BY n.name ORDER BY 2 DESC, 1 LIMIT ?", [kind, FACET_SIZE])

    def _group(self, sql: str, parameters: Sequence[object]) -> list[tuple[str, int]]:
        return [
            (str(row[0]), int(row[1])) for row in self._store.query(sql, parameters) if row[0] is not None
        ]

    def _condition(self, where: Browse) -> tuple[str, list[object]]:
        clauses: list[str] = ["entries.main = 1"]  # timeline entries: not the secondary mentions' own
        parameters: list[object] = []
        period, bounds = period_clauses("entries.", where.since, where.until)
        clauses += period
        parameters += bounds
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
                'entries.id IN (SELECT v.entry_id FROM events v WHERE (v.document_id, v.start, v."end") IN'
                ' (SELECT document_id, start, "end" FROM sentences'
                " WHERE id IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?)))"
            )
            parameters.append(search)
        if where.ids is not None:
            clauses.append("entries.id IN (SELECT value FROM json_each(?))")
            parameters.append(json.dumps(sorted(where.ids)))
        return (f" WHERE {' AND '.join(clauses)}" if clauses else ""), parameters


def _and(condition: str, clause: str) -> str:
    return f"{condition} AND {clause}" if condition else f" WHERE {clause}"
