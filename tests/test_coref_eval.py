"""`storyline eval coref` end to end on two real ECB+ articles (the whole corpus is never run in tests)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rich.console import Console

from conftest import ECBPLUS, needs
from storyline.evaluate.coref_eval import SAME_LEMMA, SINGLETONS, evaluate_coref
from storyline.evaluate.ecbplus import VALIDATED_SENTENCES
from storyline.present.eval_coref import parse_topics, report, run

FILES = ("1_10ecb", "1_11ecb")


@pytest.fixture(scope="module")
def small_ecb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ecb")
    (folder / "1").mkdir()
    for name in FILES:
        shutil.copy(ECBPLUS / "1" / f"{name}.xml", folder / "1" / f"{name}.xml")
    rows = (ECBPLUS / VALIDATED_SENTENCES).read_text(encoding="utf-8").splitlines()
    kept = [rows[0], *(row for row in rows[1:] if f"1_{row.split(',')[1]}" in FILES and row[:2] == "1,")]
    (folder / VALIDATED_SENTENCES).write_text("\n".join(kept) + "\n", encoding="utf-8")
    return folder


@needs(ECBPLUS)
def test_entries_are_scored_against_the_gold_with_both_baselines(small_ecb: Path, pipeline) -> None:  # type: ignore[no-untyped-def]
    result = evaluate_coref(small_ecb, pipeline=pipeline)
    assert result.topics == [1]
    assert result.mentions == 10  # 6 in 1_10ecb, 4 in 1_11ecb
    assert result.key["1_10ecb/32"] == result.key["1_11ecb/30"]  # "checked into" / "entered"
    for mention, cluster in result.response.items():
        assert (mention in result.covered) == cluster.startswith("entry:")
    lemma = result.baseline_responses[SAME_LEMMA]
    assert lemma["1_10ecb/34"] == lemma["1_10ecb/35"] == lemma["1_11ecb/37"]  # three "told"
    assert lemma["1_10ecb/32"] == lemma["1_11ecb/29"]  # "checked into" twice
    assert lemma["1_10ecb/32"] != lemma["1_11ecb/30"]
    data = json.loads(json.dumps(report(result)))
    assert set(data) >= {"conll_f1", "muc", "b3", "ceaf_e", "mentions", "covered", "baselines"}
    assert set(data["muc"]) == {"precision", "recall", "f1"}
    assert data["mentions"] == 10 and 0 <= data["covered"] <= 10
    assert data["baselines"][SINGLETONS]["muc"]["f1"] == 0.0
    assert data["baselines"][SAME_LEMMA]["conll_f1"] > data["baselines"][SINGLETONS]["conll_f1"]
    assert result.restricted([2]).mentions == 0


def test_topics_option_takes_numbers_and_ranges() -> None:
    assert parse_topics("2,5, 12-14,5") == [2, 5, 12, 13, 14]
    assert parse_topics(None) is None
    with pytest.raises(ValueError):
        parse_topics("2,five")


def test_a_folder_without_ecb_plus_is_an_error(tmp_path: Path) -> None:
    console = Console(record=True, width=120)
    assert run(tmp_path, None, False, console) == 2
    assert VALIDATED_SENTENCES in console.export_text()
