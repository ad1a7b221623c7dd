"""Model objects to and from the JSON kept in store columns.

Only the store uses this: the rest of the program sees dataclasses.
"""

from __future__ import annotations

import json
from dataclasses import fields
from functools import lru_cache
from json.encoder import c_make_encoder, encode_basestring_ascii
from typing import Any, TypeVar

from storyline.model import Attribution, Conflict, ConflictSide, Figure, Stance, TimeExpression

T = TypeVar("T")

# `json.dumps`'s encoder with its defaults (ASCII, ", " and ": ", NaN allowed), made once: `dumps` makes
# a new one for every call, which took two thirds of the time of writing a list of names. No check for
# circular data: the store writes plain values.
_ENCODER = (
    c_make_encoder(
        None, json.JSONEncoder().default, encode_basestring_ascii, None, ": ", ", ", False, False, True
    )
    if c_make_encoder is not None
    else None
)


def to_json(value: object) -> str:
    """`json.dumps(value)`, the same text."""
    return "".join(_ENCODER(value, 0)) if _ENCODER is not None else json.dumps(value)


def dump(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        if not value:  # most events carry no figures: what `json.dumps` writes, without its call
            return "[]"
        return to_json([_plain(item) if hasattr(item, "__dataclass_fields__") else item for item in value])
    if hasattr(value, "__dataclass_fields__"):
        return to_json(_plain(value))
    return to_json(value)


_LEAVES = frozenset({str, int, float, bool, type(None)})  # kept as they are by `_plain`


def _plain(value: Any) -> Any:
    """What `dataclasses.asdict` gives, without its deep copy of every leaf (the store writes a few
    of these for each event). A string or a number is kept without a call (nine values in ten)."""
    if hasattr(value, "__dataclass_fields__"):
        return {
            name: item if type(item := getattr(value, name)) in _LEAVES else _plain(item)
            for name in _field_names(type(value))
        }
    if isinstance(value, (list, tuple)):
        return [item if type(item) in _LEAVES else _plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


@lru_cache(maxsize=64)
def _field_names(cls: type) -> tuple[str, ...]:
    """A dataclass's field names in order, read once per class (`fields` builds its tuple each call)."""
    return tuple(f.name for f in fields(cls))


def _build(cls: type[T], data: dict[str, Any]) -> T:
    names = _field_names(cls)  # read once per class, as `_plain` reads them
    return cls(**{k: v for k, v in data.items() if k in names})


def load_attribution(raw: str | None) -> Attribution | None:
    if not raw:
        return None
    return _attribution(json.loads(raw))


def _attribution(data: dict[str, Any]) -> Attribution:
    return _build(Attribution, {**data, "stance": Stance(data["stance"])})


def load_figures(raw: str | None) -> list[Figure]:
    return [_figure(item) for item in json.loads(raw)] if raw else []


def _figure(data: dict[str, Any]) -> Figure:
    """A figure, with the attribution of its own reporting clause when it has one."""
    if data.get("claim"):
        data = {**data, "claim": _attribution(data["claim"])}
    return _build(Figure, data)


def load_timex(raw: str | None) -> TimeExpression | None:
    return _build(TimeExpression, json.loads(raw)) if raw else None


def dump_strings(values: list[str]) -> str:
    """A list of names as JSON: `json.dumps`'s text, and "[]" without a call for the many events
    that name no one (the store writes three such lists for each of tens of thousands of events)."""
    return to_json(values) if values else "[]"


def load_strings(raw: str | None) -> list[str]:
    return list(json.loads(raw)) if raw else []


def load_conflict(data: dict[str, Any]) -> Conflict:
    """A conflict from its `Conflict.as_dict`."""
    first, second = (
        ConflictSide(
            entry_id=side["entry"],
            source=side["source"],
            stance=Stance(side["stance"]) if side["stance"] else None,
            date=side["date"],
            text=side["text"],
            document=side["document"],
            path=side["path"],
            start=side["start"],
            end=side["end"],
        )
        for side in data["sides"]
    )
    return Conflict(data["id"], data["kind"], data["description"], first, second, data["series"])
