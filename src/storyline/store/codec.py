"""Model objects to and from the JSON kept in store columns.

Only the store uses this: the rest of the program sees dataclasses.
"""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from typing import Any, TypeVar

from storyline.model import Attribution, Figure, Stance, TimeExpression

T = TypeVar("T")


def dump(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return json.dumps([asdict(item) if hasattr(item, "__dataclass_fields__") else item for item in value])
    if hasattr(value, "__dataclass_fields__"):
        return json.dumps(asdict(value))  # type: ignore[call-overload]
    return json.dumps(value)


def _build(cls: type[T], data: dict[str, Any]) -> T:
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in names})


def load_attribution(raw: str | None) -> Attribution | None:
    if not raw:
        return None
    data = json.loads(raw)
    data["stance"] = Stance(data["stance"])
    return _build(Attribution, data)


def load_figures(raw: str | None) -> list[Figure]:
    return [_build(Figure, item) for item in json.loads(raw)] if raw else []


def load_timex(raw: str | None) -> TimeExpression | None:
    return _build(TimeExpression, json.loads(raw)) if raw else None


def load_strings(raw: str | None) -> list[str]:
    return list(json.loads(raw)) if raw else []
