"""Stored entries as people read them: the story's main events, actor names as the collection now
knows them, conflicts marked.

Shared by the CLI, the static web page and `storyline serve`, so that every
output shows the same overview, names actors and flags disputes the same way.
"""

from __future__ import annotations

from dataclasses import replace

from storyline.analyse.actor_registry import ActorRegistry
from storyline.model import Conflict, Entry
from storyline.store import EntryFilter, Store

CANDIDATES = 12  # entries read per one shown: room for retellings, full days, events told in passing


def main_events_shown(documents: int) -> int:
    """How many entries the overview shows: enough for the story, readable in a terminal."""
    return max(25, round(5 * documents**0.5))


def main_events(store: Store, where: EntryFilter | None = None) -> list[Entry]:
    """The story's main events among the entries `where` keeps, in date order, with current names:
    what `storyline timeline` and `storyline serve` show by default (`merge.main_events` chooses)."""
    from storyline.merge.main_events import LEAD
    from storyline.merge.main_events import main_events as choose

    count = main_events_shown(store.document_count())
    registry, words, first = store.actor_registry(), store.article_words(), store.first_publication_date()
    ranked = replace(where or EntryFilter(), most_salient=count * CANDIDATES)
    entries = current_names(registry, store.entries(ranked))
    chosen = choose(entries, count, words, first)
    if len(chosen) == count or len(entries) < count * CANDIDATES:
        return chosen
    # a short overview takes the news that single articles lead with: they all have the least
    # salience, and those among the most salient are the ones told highest in their articles
    read = {entry.id for entry in entries}
    leading = store.entries(replace(where or EntryFilter(), leading=LEAD))
    single = [e for e in leading if e.sources < 2 and e.id not in read]
    return choose(entries + current_names(registry, single), count, words, first)


def current_names(registry: ActorRegistry | None, entries: list[Entry]) -> list[Entry]:
    """Actor names as the collection now knows them ("Budanov" learnt later as "Kyrylo Budanov")."""
    if registry is None:
        return entries
    for entry in entries:
        entry.actors = list(dict.fromkeys(registry.resolve(name) for name in entry.actors))
        entry.places = list(dict.fromkeys(registry.resolve(name) for name in entry.places))
        if entry.attribution:
            entry.attribution = replace(entry.attribution, source=registry.resolve(entry.attribution.source))
    return entries


def conflicts_by_entry(conflicts: list[Conflict]) -> dict[str, list[Conflict]]:
    found: dict[str, list[Conflict]] = {}
    for conflict in conflicts:
        for entry_id in conflict.entry_ids():
            found.setdefault(entry_id, []).append(conflict)
    return found


def store_conflicts(store: Store) -> list[Conflict]:
    """Every dispute in the store, with current names: found once after each change of the store
    and kept in it (`Store.saved_conflicts`), since finding them reads every entry."""
    revision = store.revision()
    found = store.saved_conflicts(revision)
    if found is None:
        found = conflicts_among(current_names(store.actor_registry(), store.entries()))
        store.save_conflicts(revision, found)
    return found


def conflicts_among(entries: list[Entry]) -> list[Conflict]:
    """Every dispute among `entries`, figure series built from them."""
    from storyline.merge.conflicts import find_conflicts
    from storyline.merge.figure_series import build_series

    return find_conflicts(entries, build_series(entries))


def mark_conflicts(entries: list[Entry], conflicts: list[Conflict]) -> list[Entry]:
    """Each entry's `conflicts` set to the descriptions of the disputes it is part of."""
    by_entry = conflicts_by_entry(conflicts)
    for entry in entries:
        entry.conflicts = [  # a revision is a later report, not a dispute
            conflict.description for conflict in by_entry.get(entry.id, []) if conflict.kind != "revision"
        ]
    return entries
