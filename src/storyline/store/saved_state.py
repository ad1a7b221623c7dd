"""Reading back what the pipeline keeps between runs (the `state` table), shape checked.

These rows are JSON written by storyline, but a store is a file: a hand edit, a copy cut
short or another program can leave a row that no longer reads. A row that does not parse
into the shape its reader expects is refused here with `DamagedState`, before any of it
reaches the merge, where a wrong type would stop a run half-way through its articles.
"""

from __future__ import annotations

import json
from datetime import date

from storyline.analyse.actor_registry import ActorRegistry
from storyline.merge.similarity import DocumentFrequency, NameWeights


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


def _counts(text: str) -> tuple[dict[str, int], int]:
    data = _object(_json(text))
    counts, documents = data.get("counts", {}), data.get("documents", 0)
    if not isinstance(documents, int) or isinstance(documents, bool) or documents < 0:
        raise DamagedState("'documents' is not a count")
    if not isinstance(counts, dict) or not all(
        isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in counts.values()
    ):
        raise DamagedState("'counts' is not a table of counts")
    return counts, documents


def read_document_frequency(text: str) -> DocumentFrequency:
    counts, documents = _counts(text)
    return DocumentFrequency(counts, documents)


def read_name_weights(text: str) -> NameWeights:
    counts, documents = _counts(text)
    return NameWeights(counts, documents)


def read_days(text: str) -> dict[str, list[str]]:
    """The days each kind of event is told on, every day a valid ISO date."""
    data = _object(_json(text))
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
    """The actor names learnt so far: each table maps names to a name or to a list of names."""
    data = _object(_json(text))
    for field in (*_REGISTRY_LISTS, *_REGISTRY_NAMES):
        table = data.get(field, {})
        if not isinstance(table, dict):
            raise DamagedState(f"'{field}' is not a table")
        listed = field in _REGISTRY_LISTS
        for value in table.values():
            if listed and not isinstance(value, list):
                raise DamagedState(f"'{field}' holds {type(value).__name__}, not a list of names")
            if not all(isinstance(name, str) for name in (value if listed else [value])):
                raise DamagedState(f"'{field}' holds something that is not a name")
    return ActorRegistry.from_dict(data)
