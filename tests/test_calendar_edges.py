"""Documents dated at the calendar's ends (year 1, year 9999): relative dates that would
leave the calendar stay unresolved instead of raising, and the run goes on."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from storyline.analyse.timex import calendar as cal
from storyline.analyse.timex import tag_time_expressions
from storyline.pipeline import Pipeline, ingest
from storyline.store import Store

RELATIVE = (
    "Officials said it happened yesterday. The vote is next Tuesday, three days from now. "
    "Last week the talks failed; next week they resume, and next year, and a decade ago. "
    "Easter and Thanksgiving were quiet. The weekend was calm. Tomorrow morning they meet; "
    "the next morning they leave. It was on Sunday. Last quarter was weak and next month too."
)


@pytest.mark.parametrize(
    "document_date", [date(1, 1, 1), date(1, 1, 2), date(9999, 12, 31), date(9999, 12, 27)]
)
def test_relative_dates_at_the_calendar_ends_do_not_raise(document_date: date) -> None:
    expressions = tag_time_expressions(RELATIVE, document_date)
    assert expressions, "the expressions inside the calendar are still found"
    for expression in expressions:  # nothing computed past 9999 ("0000" is a year string, not a day)
        assert not re.match(r"-|\d{5}", expression.value), expression


def test_values_inside_the_calendar_are_still_resolved() -> None:
    (yesterday,) = tag_time_expressions("It rained yesterday.", date(9999, 12, 31))
    assert yesterday.value == "9999-12-30"
    tomorrow = tag_time_expressions("It will rain tomorrow.", date(9999, 12, 31))
    assert all(t.value != "10000-01-01" for t in tomorrow)


def test_calendar_shifts_return_none_past_the_ends() -> None:
    assert cal.add_days(date(9999, 12, 31), 1) is None
    assert cal.add_days(date(1, 1, 1), -1) is None
    assert cal.add_days(date(2024, 2, 28), 1) == date(2024, 2, 29)
    assert cal.weekday_strict(date(9999, 12, 31), 1, cal.FUTURE) is None  # the next Tuesday
    assert cal.weekday_strict(date(2024, 10, 26), 4, cal.PAST) == date(2024, 10, 25)
    assert cal.shifted_value(date(9999, 12, 1), "M", 1) is None
    assert cal.shifted_value(date(1, 2, 1), "Q", -1) is None
    assert cal.shifted_value(date(9999, 6, 1), "Y", 1) is None
    assert cal.weekend_value(date(1, 1, 3), cal.PAST) is None


def test_an_ingest_of_such_documents_stores_them(tmp_path: Path, isolated_pipeline: Pipeline) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "end.txt").write_text(f"date 9999-12-31\n{RELATIVE}\n", encoding="utf-8")
    (folder / "start.txt").write_text(f"date 0001-01-01\nIn the beginning. {RELATIVE}\n", encoding="utf-8")
    # no date: inferred from the day it names, then the relative dates resolve against it
    (folder / "inferred.txt").write_text(
        "The ceasefire was signed on 12/31/9999. A day earlier, yesterday, talks broke down. "
        "Next Tuesday, three days from now, monitors arrive.\n",
        encoding="utf-8",
    )
    with Store(tmp_path / "s.db") as store:
        report = ingest([folder], store, isolated_pipeline)
        assert report.errors == []
        assert report.documents_added == 3


def _two_pages(tmp_path: Path) -> Path:
    """A folder of two pages: one whose "sabotage" the test's fragile stage fails on, one it reads."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("date 2024-10-26\nThe sabotage was reported on Friday.\n")
    (folder / "b.txt").write_text("date 2024-10-26\nTroops arrived in Kursk on Wednesday.\n")
    return folder


def test_one_documents_analysis_failure_does_not_stop_the_run(
    tmp_path: Path, isolated_pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    import storyline.pipeline as pipeline_module

    real_extract = pipeline_module.extract

    def fragile(analysed):  # type: ignore[no-untyped-def]
        if "sabotage" in analysed.document.text:
            raise ZeroDivisionError("a bug met by one text")
        return real_extract(analysed)

    monkeypatch.setattr(pipeline_module, "extract", fragile)
    folder = _two_pages(tmp_path)
    with Store(tmp_path / "s.db") as store:
        report = ingest([folder], store, isolated_pipeline)
        assert report.documents_added == 1
        (problem,) = report.errors
        assert problem.path == str(folder / "a.txt")
        assert problem.reason == "analysis failed: ZeroDivisionError: a bug met by one text"
        assert store.document_count() == 1


def test_a_failure_of_the_line_cuts_keeps_the_document_and_says_so(
    tmp_path: Path, isolated_pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The line-boundary component runs inside spaCy's `nlp.pipe`: an error there must not cost the
    batch; the page is parsed with the parser's own sentences and the report names it."""
    import storyline.analyse.segment as segment

    real_mark = segment._mark_boundaries

    def fragile(doc):  # type: ignore[no-untyped-def]
        if "sabotage" in doc.text:
            raise IndexError("a bug met by one text")
        return real_mark(doc)

    monkeypatch.setattr(segment, "_mark_boundaries", fragile)
    folder = _two_pages(tmp_path)
    with Store(tmp_path / "s.db") as store:
        report = ingest([folder], store, isolated_pipeline)
        assert report.errors == [] and report.documents_added == 2
        assert report.warnings == [
            f"{folder / 'a.txt'}: sentence cuts at line breaks and captions skipped"
            " (IndexError: a bug met by one text)"
        ]
        assert store.document_count() == 2
