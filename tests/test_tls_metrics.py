"""Timeline metrics on small hand-made timelines; every expected number is worked out in comments."""

from __future__ import annotations

from datetime import date

import pytest

from storyline.evaluate.tls_metrics import (
    align_many_to_one,
    aligned_rouge,
    concat_rouge,
    date_scores,
    score_timeline,
    surface_similarity,
)

D1, D2, D3, D4, D5 = (date(2010, 1, day) for day in range(1, 6))

# ROUGE tokens: "oil spill begins" -> oil spill begin
#               "engineers cap wellhead today" -> engin cap wellhead todai
REFERENCE = {D1: ["oil spill begins"], D5: ["engineers cap wellhead"]}
SYSTEM = {D1: ["oil spill begins"], D3: ["engineers cap wellhead today"]}


def test_date_f1_counts_exact_days_only() -> None:
    scores = date_scores(SYSTEM, REFERENCE)  # one shared day of two each
    assert (scores.precision, scores.recall, scores.f1) == (0.5, 0.5, 0.5)


def test_surface_similarity_is_unigram_f1() -> None:
    # 3 shared of 4 system and 3 reference tokens: P 3/4, R 1, F 6/7
    assert surface_similarity(["engineers cap wellhead today"], ["engineers cap wellhead"]) == pytest.approx(
        6 / 7
    )


def test_alignment_uses_dates_and_content() -> None:
    alignment = align_many_to_one(SYSTEM, REFERENCE)
    # D3 -> D1 costs (1 - 1/3) * (1 - 0) = 2/3; D3 -> D5 costs (1 - 1/3) * (1 - 6/7) = 2/21
    assert alignment.precision == {D1: D1, D3: D5}
    # D5 -> D1 costs (1 - 1/5) * 1 = 4/5; D5 -> D3 costs 2/21
    assert alignment.recall == {D1: D1, D5: D3}


def test_content_can_win_over_a_nearer_date() -> None:
    reference = {D2: ["markets fall"], D5: ["engineers cap wellhead"]}
    system = {D3: ["engineers cap wellhead"]}
    # D3 -> D2 costs 1/2 * 1; D3 -> D5 costs 2/3 * 0
    assert align_many_to_one(system, reference).precision == {D3: D5}


def test_many_system_days_may_share_one_reference_day_and_ties_go_to_the_earliest() -> None:
    reference = {D2: ["markets fall"], D4: ["banks fail"]}
    system = {D1: ["markets fall"], D3: ["rain"]}
    alignment = align_many_to_one(system, reference)
    # D1 -> D2 costs 1/2 * 0; D3 is one day from both with no shared word: 1/2 each, the earlier wins
    assert alignment.precision == {D1: D2, D3: D2}
    # D2 -> D1 costs 0; D4 -> D1 costs 3/4, D4 -> D3 costs 1/2
    assert alignment.recall == {D2: D1, D4: D3}


def test_aligned_rouge_1_weights_hits_by_date_distance() -> None:
    alignment = align_many_to_one(SYSTEM, REFERENCE)
    scores = aligned_rouge(SYSTEM, REFERENCE, alignment, 1)
    # precision: (1 * 3 + 1/3 * 3) / 7 system tokens = 4/7; recall: (3 + 1/3 * 3) / 6 = 2/3
    assert scores.precision == pytest.approx(4 / 7)
    assert scores.recall == pytest.approx(2 / 3)
    assert scores.f1 == pytest.approx(8 / 13)


def test_aligned_rouge_2() -> None:
    alignment = align_many_to_one(SYSTEM, REFERENCE)
    scores = aligned_rouge(SYSTEM, REFERENCE, alignment, 2)
    # system bigrams 2 + 3 = 5, reference 2 + 2 = 4; hits 2 + 1/3 * 2 = 8/3 both ways
    assert scores.precision == pytest.approx(8 / 15)
    assert scores.recall == pytest.approx(2 / 3)
    assert scores.f1 == pytest.approx(16 / 27)


def test_concat_rouge_reads_each_timeline_as_one_text() -> None:
    # 7 system tokens, 6 reference tokens, all 6 found
    rouge_1 = concat_rouge(SYSTEM, REFERENCE, 1)
    assert (rouge_1.precision, rouge_1.recall) == (pytest.approx(6 / 7), 1.0)
    # bigrams run across days: 6 system, 5 reference, all 5 found (begin engin included)
    rouge_2 = concat_rouge(SYSTEM, REFERENCE, 2)
    assert (rouge_2.precision, rouge_2.recall) == (pytest.approx(5 / 6), 1.0)


def test_identical_timelines_score_one_everywhere() -> None:
    scores = score_timeline(REFERENCE, REFERENCE)
    assert scores.dates.f1 == 1.0
    assert all(s.f1 == pytest.approx(1.0) for s in (*scores.aligned.values(), *scores.concat.values()))


def test_empty_system_timeline_scores_zero() -> None:
    scores = score_timeline({}, REFERENCE)
    assert scores.dates.f1 == 0.0
    assert all(s.f1 == 0.0 for s in (*scores.aligned.values(), *scores.concat.values()))
