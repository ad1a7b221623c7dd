"""Coreference scores against cases worked out by hand from the metrics' definitions."""

from __future__ import annotations

import pytest

from storyline.evaluate.coref_scorer import clusters_of, score


def _assign(*clusters: str) -> dict[str, str]:
    """ "ab cd" → a and b in one cluster, c and d in another."""
    return {mention: f"c{index}" for index, cluster in enumerate(clusters) for mention in cluster}


def test_muc_counts_links_and_keeps_precision_and_recall_apart() -> None:
    # key {a b c d}, response {a b} {c d}: 2 of 3 key links found, no wrong link (Vilain et al. 1995)
    result = score(_assign("abcd"), _assign("ab", "cd"))
    assert result.muc.recall == pytest.approx(2 / 3)
    assert result.muc.precision == pytest.approx(1.0)
    assert result.muc.f1 == pytest.approx(0.8)


def test_b_cubed_averages_over_mentions() -> None:
    # key {a b c} {d e}, response all in one: precision (3·3/5 + 2·2/5) / 5, recall 1 (Bagga & Baldwin 1998)
    result = score(_assign("abc", "de"), _assign("abcde"))
    assert result.b3.precision == pytest.approx(13 / 25)
    assert result.b3.recall == pytest.approx(1.0)


def test_singletons_score_no_muc_and_perfect_b_cubed_precision() -> None:
    key = _assign("abc", "d")
    result = score(key, _assign("a", "b", "c", "d"))
    assert result.muc.f1 == 0.0
    assert result.b3.precision == pytest.approx(1.0)
    assert result.b3.recall == pytest.approx((3 * 1 / 3 + 1) / 4)
    # CEAF-e: the best alignment pairs {a b c} with one of its singletons, φ4 = 2·1/4
    assert result.ceaf_e.recall == pytest.approx((0.5 + 1) / 2)
    assert result.ceaf_e.precision == pytest.approx((0.5 + 1) / 4)


def test_identical_clusterings_score_one_and_conll_is_the_mean() -> None:
    key = _assign("ab", "cde", "f")
    assert score(key, dict(key)).conll_f1 == pytest.approx(1.0)
    result = score(_assign("abcd"), _assign("ab", "cd"))
    assert result.conll_f1 == pytest.approx((result.muc.f1 + result.b3.f1 + result.ceaf_e.f1) / 3)


def test_key_and_response_must_cover_the_same_mentions() -> None:
    with pytest.raises(ValueError):
        score(_assign("ab"), _assign("abc"))
    assert sorted(map(sorted, clusters_of(_assign("ab", "c")))) == [["a", "b"], ["c"]]


def test_scoring_part_by_part_gives_the_global_figures() -> None:
    key = _assign("abc", "d", "ef", "ABC", "DE", "F")
    response = _assign("ab", "cd", "e", "f", "A", "BCDEF")
    part = str.isupper  # lower- and upper-case mentions never share a cluster
    whole, by_part = score(key, response), score(key, response, part)
    for metric in ("muc", "b3", "ceaf_e"):
        expected = getattr(whole, metric).as_dict()
        assert getattr(by_part, metric).as_dict() == pytest.approx(expected)
        assert 0.0 < expected["f1"] < 1.0
    alone = _assign(*key)  # every mention alone: no response link anywhere
    assert score(key, alone, part).muc == score(key, alone).muc
    one_part_alone = {**response, **{m: m for m in key if m.isupper()}}
    assert score(key, one_part_alone, part).muc.f1 == pytest.approx(score(key, one_part_alone).muc.f1)
    crossing = score(key, _assign("aA", "bcdefBCDEF"), part)  # falls back to one global alignment
    assert crossing.ceaf_e == score(key, _assign("aA", "bcdefBCDEF")).ceaf_e
