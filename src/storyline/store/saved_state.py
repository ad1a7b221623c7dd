"""Reading back what the pipeline keeps between runs (`store.state_rows`), shape checked.

These rows (before schema 15, four JSON rows of the `state` table) are written by storyline,
but a store is a file: a hand edit, a copy cut short or another program can leave a row that
no longer reads. A row that does not parse into the shape its reader expects is refused here
with `DamagedState`, before any of it reaches the merge, where a wrong type would stop a run
half-way through its articles.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from storyline.analyse.actor_registry import ActorRegistry
from storyline.merge.similarity import DocumentFrequency, NameWeights


@dataclass
class Counts:
    """Articles counted, and how many of them hold each item."""

    articles: int = 0
    counts: dict[str, int] = field(default_factory=dict)


class DamagedState(ValueError):
    """A saved state row that cannot be read back as what it should hold."""


def _json(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError as error:
        raise DamagedState(f"not JSON ({error})") from error


def _object(data: object) -> dict[str, object]:
    if not isinstance(data, dict):
        raise DamagedState(f"a JSON object was expected, found {type(data).__name__}")
    return data


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def read_counts(text: str) -> Counts:
    """A JSON row of counts (before schema 15: `DocumentFrequency.as_dict`)."""
    data = _object(_json(text))
    return check_counts(Counts(data.get("documents", 0), data.get("counts", {})))  # type: ignore[arg-type]


def check_counts(counts: Counts) -> Counts:
    """Counts as stored, each a count (a hand edit may leave text in a column)."""
    if not _is_count(counts.articles):
        raise DamagedState("the number of articles is not a count")
    if not isinstance(counts.counts, dict) or not all(_is_count(n) for n in counts.counts.values()):
        raise DamagedState("'counts' is not a table of counts")
    return counts


def document_frequency(counts: Counts) -> DocumentFrequency:
    checked = check_counts(counts)
    return DocumentFrequency(checked.counts, checked.articles)


def name_weights(counts: Counts) -> NameWeights:
    checked = check_counts(counts)
    return NameWeights(checked.counts, checked.articles)


def read_days(text: str) -> dict[str, list[str]]:
    """A JSON row of days (before schema 15)."""
    return check_days(_object(_json(text)))  # type: ignore[arg-type]


def check_days(data: dict[str, list[str]]) -> dict[str, list[str]]:
    """The days each kind of event is told on, every day a valid ISO date."""
    for key, days in data.items():
        if not isinstance(days, list) or not all(isinstance(day, str) for day in days):
            raise DamagedState(f"the days of {key!r} are not a list of dates")
        try:
            for day in days:
                date.fromisoformat(day)
        except ValueError as error:
            raise DamagedState(f"a day of {key!r} is not a date ({error})") from error
    return data  # type: ignore[return-value]


_REGISTRY_LISTS = ("people", "initials", "owners")
_REGISTRY_NAMES = ("keys", "generic", "links")


def read_registry(text: str) -> ActorRegistry:
    """A JSON row of the registry (before schema 15)."""
    return check_registry(_object(_json(text)))


def registry_from_rows(parts: dict[str, dict[str, str]]) -> ActorRegistry:
    """The registry from its rows (`state_rows.registry_rows`), each value JSON."""
    return check_registry(
        {part: {name: _json(value) for name, value in table.items()} for part, table in parts.items()}
    )


def check_registry(data: dict[str, object]) -> ActorRegistry:
    """The actor names learnt so far: each table maps names to a name or to a list of names."""
    for part in (*_REGISTRY_LISTS, *_REGISTRY_NAMES):
        table = data.get(part, {})
        if not isinstance(table, dict):
            raise DamagedState(f"'{part}' is not a table")
        listed = part in _REGISTRY_LISTS
        for value in table.values():
            if listed and not isinstance(value, list):
                raise DamagedState(f"'{part}' holds {type(value).__name__}, not a list of names")
            if not all(isinstance(name, str) for name in (value if listed else [value])):
                raise DamagedState(f"'{part}' holds something that is not a name")
    return ActorRegistry.from_dict(data)
