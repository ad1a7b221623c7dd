"""The store's JSON columns are written by `json`'s C encoder made once (`store.codec.to_json`), a
private interface: its text must stay `json.dumps`'s, byte for byte, or stored rows would change with
a Python upgrade."""

from __future__ import annotations

import json
import math

from hypothesis import given
from hypothesis import strategies as st

from storyline.store.codec import to_json

NAMES = ["Kyrylo Budanov", "Зеленський", "Jean-Max Bellerive", "Kim Jong Un", "\u202eevil", "🇺🇦 Kyiv"]


def test_the_text_is_json_dumps_text_for_what_the_store_writes() -> None:
    for value in (
        NAMES,
        [{"value": 11000.0, "unit": "troops", "hedged": True}, {"value": math.nan}, {"value": -math.inf}],
        {"kind": "confirmed", "speaker": "Budanov", "start": 0, "end": 93},
        [],
        'a "quoted" line\nwith a break and a lone \ud800 surrogate',
    ):
        assert to_json(value) == json.dumps(value)


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
        max_leaves=20,
    )
)
def test_any_plain_value_is_written_as_json_dumps_writes_it(value: object) -> None:
    assert to_json(value) == json.dumps(value)
