"""The plain timeline's "sources" column says what JSON's `sources` says: independent articles, a
sentence reprinted word for word by a later article counted once (bpoil_bbc's view differed on 20 of
86 entries when the column counted every citing article). Sentences are bpoil_bbc's."""

from __future__ import annotations

import io
import json
from datetime import date

from rich.console import Console

from conftest import entries_of
from storyline.pipeline import Pipeline
from storyline.present import exports, terminal

BOX = (
    "The latest stage in BP's efforts to contain leaking oil has involved lowering a cap onto "
    "the failed blowout preventer valve system on the seabed."
)
PAGES = [
    (date(2010, 6, 4), "Oil firm BP has lowered a cap on to a leaking oil well in the Gulf of Mexico.\n"),
    (date(2010, 6, 8), "Shares in BP fell sharply on Tuesday.\n"),
    (date(2010, 6, 10), "Mr Obama said he would have fired BP's chief executive.\n"),
]


def _columns(row: str) -> list[str]:
    return [cell.strip() for cell in row.split("│")]


def test_the_sources_column_counts_a_reprint_once_as_json_does(pipeline: Pipeline) -> None:
    entries = entries_of(pipeline, *((day, lead + BOX) for day, lead in PAGES))
    reprinted = [entry for entry in entries if len({m.path for m in entry.mentions if m.text == BOX}) == 3]
    assert reprinted  # each event of the box, cited on the three pages
    out = io.StringIO()
    terminal.render_timeline(entries, Console(file=out, width=400, color_system=None))
    rows = {_columns(line)[5]: _columns(line)[4] for line in out.getvalue().splitlines() if "│" in line}
    written = json.loads(exports.render(entries, "json"))["entries"]
    shown = {entry["id"]: str(entry["sources"]) for entry in written}
    assert rows == shown
    assert {rows[entry.id] for entry in reprinted} == {"1"}  # three pages print it, one article tells it
