"""The Timeline17 evaluation loop: what the system may see, and how timelines are averaged."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.evaluate.rouge import Scores
from storyline.evaluate.tls_eval import METRICS, TimelineResult, average, published_within
from storyline.model import Entry, Mention, Tense


def _mention(document: str, published: date) -> Mention:
    return Mention(document, f"{document}.txt", 0, 4, "text", published, "text")


def test_only_mentions_published_within_the_range_remain() -> None:
    entries = [
        Entry(
            "a",
            "2010-04-20",
            False,
            Tense.PAST,
            "s",
            [],
            None,
            [],
            [_mention("x", date(2010, 4, 19)), _mention("y", date(2010, 4, 21))],
        ),
        Entry("b", "2010-04-20", False, Tense.PAST, "s", [], None, [], [_mention("z", date(2010, 5, 1))]),
    ]
    kept = published_within(entries, date(2010, 4, 20), date(2010, 4, 30))
    assert [entry.id for entry in kept] == ["a"]
    assert [mention.document for mention in kept[0].mentions] == ["y"]
    assert len(entries[0].mentions) == 2  # the input is left alone


def _result(precision: float, recall: float) -> TimelineResult:
    scores = {name: Scores(precision, recall) for name in METRICS}
    return TimelineResult("t", "t", 1, 1, date(2010, 1, 1), date(2010, 1, 2), 1, scores, 0.0)


def test_average_takes_f1_of_mean_precision_and_mean_recall() -> None:
    mean = average([_result(1.0, 0.0), _result(0.0, 1.0)])["ar1"]
    # mean P 0.5, mean R 0.5 -> F1 0.5, although each timeline's own F1 is 0
    assert (mean.precision, mean.recall) == (0.5, 0.5)
    assert mean.f1 == pytest.approx(0.5)
