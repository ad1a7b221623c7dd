"""The core pipeline on the two reference articles, as issue "storyline core" asks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from conftest import SEEDS, documents_in
from storyline.model import Document, Entry
from storyline.pipeline import Pipeline, build_entries

FIRST = "000_9f6b8ccadd51ec38.txt"
SECOND = "001_d3ea85ac583b5e03.txt"


@pytest.fixture(scope="module")
def documents() -> dict[str, Document]:
    return {Path(d.path).name: d for d in documents_in(SEEDS)}


@pytest.fixture(scope="module")
def entries(documents: dict[str, Document], pipeline: Pipeline) -> list[Entry]:
    return build_entries(documents.values(), pipeline)


def _paths(entry: Entry) -> set[str]:
    return {Path(m.path).name for m in entry.mentions}


def _on(entries: list[Entry], day: str, *words: str) -> list[Entry]:
    return [e for e in entries if e.date == day and all(w in e.summary for w in words)]


def test_background_events_are_merged_across_articles(entries: list[Entry]) -> None:
    for day, word in [("2024-10-08", "Ministry of Defence"), ("2024-10-13", "Zelenskyy"),
                      ("2024-10-17", "10,000"), ("2024-10-18", "Budanov")]:  # fmt: skip
        (entry,) = _on(entries, day, word)
        assert _paths(entry) == {FIRST, SECOND}, day


def test_the_8_october_entry_is_the_ministry_saying_troops_are_likely(entries: list[Entry]) -> None:
    (entry,) = _on(entries, "2024-10-08")
    assert "North Korea" in entry.summary and "likely" in entry.summary
    assert entry.attribution is not None
    assert "Ministry of Defence" in entry.attribution.source
    assert entry.tense == "past"


def test_13_and_14_october_stay_apart(entries: list[Entry]) -> None:
    assert len(_on(entries, "2024-10-13")) == 1
    (declared,) = _on(entries, "2024-10-14")
    assert "declared" in declared.summary and _paths(declared) == {SECOND}


def test_the_17_october_entry_carries_10000(entries: list[Entry]) -> None:
    (entry,) = _on(entries, "2024-10-17")
    assert 10000 in [figure.value for figure in entry.figures]


def test_on_wednesday_is_23_october(entries: list[Entry]) -> None:
    (entry,) = [e for e in entries if e.summary.startswith("On Wednesday")]
    assert entry.date == "2024-10-23"
    assert "3,000" in entry.summary


def test_as_early_as_1_november_is_expected(entries: list[Entry]) -> None:
    (entry,) = [e for e in entries if "as early as 1 November" in e.summary]
    assert entry.date == "2024-11-01"
    assert entry.tense == "expected"


def test_undated_article_stays_in_2024(entries: list[Entry]) -> None:
    today = date.today().isoformat()
    for entry in entries:
        if _paths(entry) == {SECOND} and entry.date:
            assert entry.date[:4] == "2024", entry.summary
            assert entry.date[:10] != today


def test_undated_article_gets_an_inferred_date(entries: list[Entry]) -> None:
    own = [e for e in entries if _paths(e) == {SECOND} and e.date and e.date.startswith("2024-10-19")]
    assert own and all(e.date_inferred for e in own if e.date and "19 October" not in e.summary)


def test_every_mention_points_at_its_text(entries: list[Entry], documents: dict[str, Document]) -> None:
    by_id = {d.id: d for d in documents.values()}
    mentions = [m for e in entries for m in e.mentions]
    assert len(mentions) > 20
    for mention in mentions:
        assert by_id[mention.document].text[mention.start : mention.end] == mention.text


def test_labels_and_credits_are_not_events(entries: list[Entry]) -> None:
    summaries = [e.summary for e in entries]
    assert not any(s.startswith(("Background", "Source:", "Details:", "Quote")) for s in summaries)
