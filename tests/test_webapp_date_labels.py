"""The web page's date labels for values at the calendar's edge: a week whose Sunday lies past
9999-12-31 ("9999-W52": a store holds whatever value its dates were given) reads as stored, as a
value that is no calendar date does, rather than failing the whole page. The page reads values with
`storyline.timevalue`, as the merge does: the properties below hold it to the calendar's own reading."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.present.webapp.dates import first_day, label, precision
from storyline.timevalue import bounds


def test_a_week_ending_past_the_calendar_reads_as_stored() -> None:
    assert label("9999-W52") == "9999-W52"
    assert label("9999-W51") == "week 51 of 9999 (20 Dec – 26 Dec)"


def test_a_value_that_is_no_date_reads_as_stored() -> None:
    assert label("2021-W53") == "2021-W53"  # 2021 has 52 ISO weeks
    assert label("2020-W53") == "week 53 of 2020 (28 Dec – 3 Jan)"
    assert label("2010-02-30") == "2010-02-30"


_YEARS = st.one_of(st.integers(0, 9999), st.sampled_from([0, 1, 2009, 2015, 2020, 9998, 9999]))
_WEEKS = st.one_of(st.integers(0, 99), st.sampled_from([1, 52, 53]))


def _iso_days(year: int, week: int, first_weekday: int) -> tuple[date, date] | None:
    """The days of an ISO week (from `first_weekday`) read here by the calendar itself, not by storyline."""
    try:
        return date.fromisocalendar(year, week, first_weekday), date.fromisocalendar(year, week, 7)
    except (ValueError, OverflowError):
        return None


@settings(max_examples=400, deadline=None)
@given(_YEARS, _WEEKS, st.booleans())
def test_the_page_reads_a_week_as_timevalue_does(year: int, week: int, weekend: bool) -> None:
    """Every week and weekend the merge compares (`timevalue.bounds`) is the one the page labels and
    places on its charts: W53 where the year has one, the calendar's first and last years."""
    value = f"{year:04d}-W{week:02d}" + ("-WE" if weekend else "")
    days = _iso_days(year, week, 6 if weekend else 1)
    assert bounds(value) == days
    assert precision(value) == "week"
    assert first_day(value) == (days[0] if days else None)
    if days is None:
        assert label(value) == value
    elif weekend:
        assert label(value).startswith("weekend of ") and f"{days[1]:%-d %b %Y}" in label(value)
    else:
        assert label(value) == f"week {week} of {year} ({days[0]:%-d %b} – {days[1]:%-d %b})"


@settings(max_examples=300, deadline=None)
@given(_YEARS, st.integers(0, 13), st.integers(0, 32), st.sampled_from(["day", "month", "quarter", "year"]))
def test_the_page_places_every_other_value_where_timevalue_does(
    year: int, month: int, day: int, form: str
) -> None:
    """Days, months, quarters and years: the page's first day is `timevalue`'s, and a value it cannot
    place ("2010-02-30", "2010-13") reads as stored."""
    value = {
        "day": f"{year:04d}-{month:02d}-{day:02d}",
        "month": f"{year:04d}-{month:02d}",
        "quarter": f"{year:04d}-Q{month % 4 + 1}",
        "year": f"{year:04d}",
    }[form]
    span = bounds(value)
    assert first_day(value) == (span[0] if span else None)
    assert precision(value) == form
    assert (label(value) == value) == (span is None or form == "year")


def test_a_week_of_one_digit_is_no_week() -> None:
    """ "2010-W5" is no ISO week value (two digits): the merge has no days for it, so the page shows it as
    stored and places it nowhere, rather than reading it as week 5 as it once alone did."""
    assert bounds("2010-W5") is None
    assert (label("2010-W5"), precision("2010-W5"), first_day("2010-W5")) == ("2010-W5", "other", None)
