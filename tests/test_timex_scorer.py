"""The TempEval-3 scorer on small hand-made gold/system pairs."""

from __future__ import annotations

import pytest

from storyline.evaluate.timex_scorer import score_document, scores
from storyline.model import TimeExpression

TEXT = "He left on Friday and stayed for two weeks until early March 1998 ."


def _t(text: str, type_: str, value: str) -> TimeExpression:
    start = TEXT.index(text)
    return TimeExpression(start, start + len(text), text, type_, value)


GOLD = [
    _t("Friday", "DATE", "1998-02-27"),
    _t("two weeks", "DURATION", "P2W"),
    _t("early March 1998", "DATE", "1998-03"),
]


def test_a_perfect_run_scores_one() -> None:
    result = scores(score_document(GOLD, list(GOLD)).counts)
    assert result.strict_f1 == result.relaxed_f1 == result.type_f1 == result.value_f1 == 1.0


def test_a_missed_expression_costs_recall_only() -> None:
    result = scores(score_document(GOLD, GOLD[:2]).counts)
    assert result.precision == result.strict_precision == 1.0
    assert result.recall == result.strict_recall == pytest.approx(2 / 3)
    assert result.value_f1 == pytest.approx(result.relaxed_f1)


def test_a_spurious_expression_costs_precision_only() -> None:
    spurious = _t("He", "DATE", "PRESENT_REF")
    document = score_document(GOLD, [*GOLD, spurious])
    result = scores(document.counts)
    assert result.recall == 1.0 and result.precision == pytest.approx(3 / 4)
    assert [error.kind for error in document.errors] == ["spurious"]


def test_a_partial_match_counts_as_relaxed_not_strict() -> None:
    partial = _t("March 1998", "DATE", "1998-03")
    document = score_document(GOLD, [*GOLD[:2], partial])
    result = scores(document.counts)
    assert result.relaxed_f1 == 1.0
    assert result.strict_precision == result.strict_recall == pytest.approx(2 / 3)
    assert result.value_f1 == 1.0
    assert [error.kind for error in document.errors] == ["partial"]


def test_a_wrong_value_costs_value_f1_only() -> None:
    wrong = _t("Friday", "DATE", "1998-03-06")
    document = score_document(GOLD, [wrong, *GOLD[1:]])
    result = scores(document.counts)
    assert result.strict_f1 == result.relaxed_f1 == result.type_f1 == 1.0
    assert result.value_accuracy == pytest.approx(2 / 3)
    assert result.value_f1 == pytest.approx(2 / 3)


def test_attribute_f1_is_relaxed_f1_times_accuracy() -> None:
    wrong_type = _t("two weeks", "SET", "P2W")
    document = score_document(GOLD, [GOLD[0], wrong_type])
    result = scores(document.counts)
    assert result.relaxed_f1 == pytest.approx(0.8)
    assert result.type_accuracy == pytest.approx(1 / 2)
    assert result.type_f1 == pytest.approx(0.4)


def test_nothing_to_score_gives_zero() -> None:
    result = scores(score_document([], []).counts)
    assert result.strict_f1 == result.value_f1 == 0.0
