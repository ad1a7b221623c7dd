"""A weekend ("2010-W21-WE") is its Saturday and Sunday, not the week it is written in: the dates of
sentences of Timeline17's articles, as the tagger reads them and as merge compares them."""

from __future__ import annotations

import json
from datetime import date

from conftest import entries_of
from storyline.analyse.timex import tag_time_expressions
from storyline.merge.similarity import overlaps, time_interval
from storyline.model import Event, Tense, TimeExpression
from storyline.pipeline import Pipeline
from storyline.present.exports import to_timelinejs
from storyline.timevalue import bounds, calendar_day, relation

FAILED = (
    'A "top kill" procedure, which had been considered the best hope for plugging the leak, failed over '
    "the weekend when engineers were unable to pump enough heavy mud into the well."
)
STARTED = "BP began the top kill operation on Wednesday, pumping heavy drilling fluids into the well."
CALL = (
    "Prime Minister David Cameron is expected to raise the use of Mr Obama's aggressive rhetoric during a "
    "regular telephone conversation with the president this weekend."
)


def _date(text: str, published: date) -> TimeExpression:
    (expression,) = tag_time_expressions(text, published)
    return expression


def _written(text: str, expression: TimeExpression) -> Event:
    return Event(
        "a", 0, len(text), text, text, expression.value, False, Tense.PAST, timex=expression,
        predicate="fail", event_start=0, event_end=3,
    )  # fmt: skip


def test_the_weekend_past_is_its_saturday_and_sunday() -> None:
    """Told on Monday 31 May, the top kill's failure "over the weekend" lies on 29 and 30 May: after
    the operation's start on Wednesday 26 May, not around it; a weekend is no single day either."""
    weekend = _date(FAILED, date(2010, 5, 31))
    assert weekend.value == "2010-W21-WE"
    assert bounds(weekend.value) == (date(2010, 5, 29), date(2010, 5, 30))
    assert relation(weekend.value, date(2010, 5, 26)) == 1
    assert calendar_day(weekend.value) is None
    assert bounds("2010-W21") == (date(2010, 5, 24), date(2010, 5, 30))  # the week itself is unchanged


def test_a_weekends_event_and_a_weekday_of_its_week_are_two_times() -> None:
    """Merge compares the failure over the weekend with the start on Wednesday by their days: they do
    not meet, while the start meets the week it lies in."""
    failed = _written(FAILED, _date(FAILED, date(2010, 5, 31)))
    started = _written(STARTED, _date(STARTED, date(2010, 5, 27)))
    assert started.date == "2010-05-26"
    assert not overlaps(time_interval(failed), time_interval(started))
    assert overlaps(bounds("2010-W21"), time_interval(started))


def test_a_weekend_ahead_of_a_thursday_article_is_to_come() -> None:
    """Told on Thursday 10 June, the call "this weekend" is on 12 or 13 June: still to come, not
    around the article's day as its whole week would be."""
    call = _date(CALL, date(2010, 6, 10))
    assert (call.value, call.future) == ("2010-W23-WE", True)
    assert relation(call.value, date(2010, 6, 10)) == 1


def test_since_the_weekend_begins_on_saturday() -> None:
    """haiti_bbc, Tuesday 19 January 2010: volunteers "waiting since the weekend" wait from Saturday
    16 January to the article's day, not from the Monday before."""
    text = "Some, including a Swiss mountain rescue team, have been waiting since the weekend."
    since = _date(text, date(2010, 1, 19))
    assert (since.value, since.begin, since.end_value) == ("2010-W02-WE", "2010-01-16", "2010-01-19")


def test_the_web_page_tells_a_weekend_by_its_two_days() -> None:
    """The top kill's weekend reads as its days, at a week's precision (more than a day), and a chart
    places it on its Saturday; a weekend across a month or a year names both."""
    from storyline.present.webapp.dates import first_day, label, precision

    assert label("2010-W21-WE") == "weekend of 29–30 May 2010"
    assert (precision("2010-W21-WE"), first_day("2010-W21-WE")) == ("week", date(2010, 5, 29))
    assert label("2011-W17-WE") == "weekend of 30 Apr – 1 May 2011"
    assert label("2011-W52-WE") == "weekend of 31 Dec 2011 – 1 Jan 2012"


def test_timelinejs_spans_a_weekend_over_its_two_days(pipeline: Pipeline) -> None:
    """TimelineJS has no weeks: the top kill's failure "over the weekend" (told on Monday 31 May) is a
    slide from Saturday 29 to Sunday 30 May, not a slide on the year 2010 alone."""
    (entry,) = entries_of(pipeline, (date(2010, 5, 31), FAILED + "\n"))
    assert entry.date == "2010-W21-WE"
    (slide,) = json.loads(to_timelinejs([entry]))["events"]
    assert slide["start_date"] == {"year": "2010", "month": "5", "day": "29"}
    assert slide["end_date"] == {"year": "2010", "month": "5", "day": "30"}
    assert slide["display_date"] == "29 May 2010 – 30 May 2010"
