"""`storyline eval timex` report: JSON figures and the readable table, on a tiny hand-made corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.console import Console

from storyline.present.eval_timex import run

GOLD = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-10-26" \
functionInDocument="CREATION_TIME">2024-10-26</TIMEX3></DCT>
<TEXT>
Troops arrived on <TIMEX3 tid="t1" type="DATE" value="2024-10-23">Wednesday</TIMEX3> and will stay \
for <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.
</TEXT>
</TimeML>
"""

SYSTEM = GOLD.replace('value="2024-10-23"', 'value="2024-10-30"').replace(
    '<TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>', "two weeks"
)


def _folder(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "doc1.tml").write_text(text, encoding="utf-8")
    return folder


def test_storyline_tags_the_gold_text_perfectly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(_folder(tmp_path, "gold", GOLD), None, True, Console()) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["strict_f1"] == report["value_f1"] == 1.0
    assert report["counts"]["gold"] == 2
    assert report["documents"]["doc1"]["system"] == 2


def test_another_systems_output_is_scored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold, system = _folder(tmp_path, "gold", GOLD), _folder(tmp_path, "system", SYSTEM)
    assert run(gold, system, True, Console()) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["precision"] == 1.0 and report["recall"] == 0.5
    assert report["value_f1"] == 0.0
    assert set(report) >= {"strict_f1", "relaxed_f1", "type_f1", "value_f1", "precision", "recall", "counts"}


def test_the_table_names_the_worst_errors(tmp_path: Path) -> None:
    console = Console(record=True, width=160)
    gold, system = _folder(tmp_path, "gold", GOLD), _folder(tmp_path, "system", SYSTEM)
    assert run(gold, system, False, console) == 0
    text = console.export_text()
    assert "strict" in text and "value" in text
    assert "DATE 2024-10-23" in text and "DATE 2024-10-30" in text and "missed" in text


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    assert run(tmp_path, None, True, Console(record=True)) == 2
