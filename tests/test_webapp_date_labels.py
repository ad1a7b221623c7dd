"""The web page's date labels for values at the calendar's edge: a week whose Sunday lies past
9999-12-31 ("9999-W52": a store holds whatever value its dates were given) reads as stored, as a
value that is no calendar date does, rather than failing the whole page."""

from __future__ import annotations

from storyline.present.webapp.dates import label


def test_a_week_ending_past_the_calendar_reads_as_stored() -> None:
    assert label("9999-W52") == "9999-W52"
    assert label("9999-W51") == "week 51 of 9999 (20 Dec – 26 Dec)"


def test_a_value_that_is_no_date_reads_as_stored() -> None:
    assert label("2021-W53") == "2021-W53"  # 2021 has 52 ISO weeks
    assert label("2020-W53") == "week 53 of 2020 (28 Dec – 3 Jan)"
    assert label("2010-02-30") == "2010-02-30"
