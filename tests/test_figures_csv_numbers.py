"""The figures CSV writes a whole number as one ("5000", not "5000.0") and keeps a fraction ("4.9"),
as the JSON export does; its yes/no column reads "true"/"false" like the timeline's CSV. Sentences
from bpoil_bbc, read through the pipeline (figures come out of it as floats)."""

from __future__ import annotations

import csv
import io
from datetime import date

from conftest import entries_of
from storyline.merge.figure_series import build_series
from storyline.pipeline import Pipeline
from storyline.present.figures_view import series_to_csv
from storyline.present.safe_text import csv_cell


def test_figure_values_are_written_as_a_reader_expects(pipeline: Pipeline) -> None:
    entries = entries_of(
        pipeline,
        (
            date(2010, 4, 29),
            "Rear Admiral Mary Landry said 5,000 barrels a day were thought to be gushing into the sea off "
            "Louisiana.\n",
        ),
        (
            date(2010, 8, 3),
            "An estimated 4.9m barrels of oil leaked into the waters of the Gulf during 87 days, the US "
            "government said.\n",
        ),
    )
    rows = list(csv.DictReader(io.StringIO(series_to_csv(build_series(entries)))))
    by_text = {row["text"]: row for row in rows}
    assert {"5,000 barrels a day", "An estimated 4.9m barrels of oil"} <= by_text.keys()
    assert by_text["5,000 barrels a day"]["value"] == "5000"
    assert by_text["An estimated 4.9m barrels of oil"]["value"] == "4900000"
    assert by_text["An estimated 4.9m barrels of oil"]["approximate"] == "true"
    assert by_text["5,000 barrels a day"]["approximate"] == "false"


def test_a_fraction_keeps_its_digits() -> None:
    assert [csv_cell(value) for value in (1.5, 4.9, 5000.0, 5000, -3.0)] == [
        "1.5",
        "4.9",
        "5000",
        "5000",
        "-3",
    ]
