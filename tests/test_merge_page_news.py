"""One page telling its day's news twice, once dated by the page and once by its own words with the
hour (bpoil_bbc, 2010-07-16/1214.htm.txt): "The oil has been stopped for the first time since 20
April" and "The flow of oil was shut off at 1425 local time (1925 GMT) on Thursday" are the 15 July
shut-off, which the default view showed as two entries (`pair_rules._page_news_retold`, and "shut off"
keyed as "stop", `similarity.predicate_key`). Sentences are bpoil_bbc's, as written; the mentions of
the hand-built tests are built as the store holds them, so that only the merging rules are tested."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from conftest import entries_of
from storyline.merge.entries import Merger
from storyline.merge.similarity import DocumentFrequency, predicate_key
from storyline.model import Event, Tense, TimeExpression
from storyline.pipeline import Pipeline

FRIDAY = date(2010, 7, 16)  # 1214's day; "Thursday" is 15 July
STOPPED = "The oil has been stopped for the first time since 20 April, as part of a 48-hour test."
SHUT_OFF = "The flow of oil was shut off at 1425 local time (1925 GMT) on Thursday."
PAGE = (
    "BP says it is encouraged by the first test data following its stoppage of the oil from its "
    "leaking Gulf of Mexico well.\n\n" + STOPPED + "\n\n" + SHUT_OFF + "\n"
)


def test_shut_off_is_a_word_for_stop() -> None:
    """A phrasal verb that names the deed of one word, as "call off" does "cancel"; "shut down" (a
    plant, a device) stays its verb's, and so does "shut" alone (the valves "will be shut")."""
    assert predicate_key("shut off") == predicate_key("stopped") == predicate_key("stoppage")
    assert predicate_key("shut down") == predicate_key("shut") != predicate_key("stop")


def test_a_pages_news_told_again_with_its_hour_is_one_entry(pipeline: Pipeline) -> None:
    """The page of 16 July, read whole: the stoppage, then the hour it was shut off, is one event."""
    entries = entries_of(pipeline, (FRIDAY, PAGE))
    (entry,) = [e for e in entries if any(m.text.startswith("The flow of oil was shut") for m in e.mentions)]
    assert any(m.text == STOPPED for m in entry.mentions)


def _mention(text: str, predicate: str, start: int, patient: str) -> Event:
    """A main mention of 1214, dated by its page (16 July) only."""
    at = text.index(predicate.split()[0])
    return Event(
        "2010-07-16/1214", start, start + len(text), text, text, FRIDAY.isoformat(), False, Tense.PAST,
        predicate=predicate, event_start=start + at, event_end=start + at + len(predicate), main=True,
        arguments=[f"patient|{patient}"],
    )  # fmt: skip


def _dated(event: Event, written: str, value: str) -> Event:
    """The mention dated by a time its sentence writes."""
    at = event.start + event.text.index(written)
    return replace(event, date=value, timex=TimeExpression(at, at + len(written), written, "TIME", value))


def _merged(*events: Event) -> int:
    """How many entries the page's mentions make, merged in order in a collection that tells "stop"
    on 30 days (a broad kind: two of its reports need a name or alike sentences, `breadth_floor`)."""
    merger = Merger(words=DocumentFrequency())
    told = _mention(STOPPED, "stop", 0, "oil")
    days = [FRIDAY - timedelta(days=day) for day in range(30)]
    others = [(replace(told, document_id=f"other/{day}", date=None), day) for day in days]
    merger.foresee([*((event, FRIDAY) for event in events), *others])
    return len({merger.add(event, frozenset({"BP"}), FRIDAY).id for event in events})


STOPPED_EVENT = _mention(STOPPED, "stop", 355, "oil")
SHUT_OFF_EVENT = _dated(
    _mention(SHUT_OFF, "shut off", 958, "flow oil"), "1425 local time", "2010-07-15T14:25"
)


def test_the_hour_of_the_pages_news_joins_its_lead() -> None:
    """The shut-off dated by its hour on the day before the page, the stoppage by the page: one
    happening, told of one thing (the oil), however unalike the sentences and broad the word."""
    assert _merged(STOPPED_EVENT, SHUT_OFF_EVENT) == 1


def test_a_day_the_page_recalls_is_background() -> None:
    """The same words dated before the page's day and the day before are background the page recalls,
    as "On 13 October, President Zelenskyy stated ..." on a page of 26 October: not the page's news.
    Tuesday 13 July lies in the week the page's undated report may mean, so only the rule's days part
    them; a fortnight before, the two never meet."""
    for day in ("2010-07-13T14:25", "2010-07-02T14:25"):
        recalled = _dated(_mention(SHUT_OFF, "shut off", 958, "flow oil"), "1425 local time", day)
        assert _merged(STOPPED_EVENT, recalled) == 2


def test_the_hour_of_another_thing_is_another_event() -> None:
    """Told of nothing in common (no role's noun shared), the dated sentence is kept apart."""
    other = replace(SHUT_OFF_EVENT, arguments=["patient|valves"])
    assert _merged(STOPPED_EVENT, other) == 2


def test_only_main_reports_are_the_pages_news_told_again() -> None:
    """A clause under another report of its sentence is not the page's news retold: the rule reads
    the two main reports only."""
    assert _merged(STOPPED_EVENT, replace(SHUT_OFF_EVENT, main=False)) == 2
