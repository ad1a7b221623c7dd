"""Letters outside ASCII that a case-blind pattern matches as ASCII ones (the long s "ſ" as "s", Kelvin's
"K" as "k", "İ" and "ı" as "i") reached rules that look the matched word up in ASCII tables: one such
letter stopped a whole ingest in merging ("5 thouſand people") or cost an article its analysis ("the
ſecond quarter", "thiſ week", "ſixty"). The words of the sample article and of Timeline17 below, with
the letters swapped in, as a hostile page could write them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from storyline.analyse.timex.tagger import tag
from storyline.merge.counts_in_words import counts_in_words
from storyline.merge.similarity import counts
from storyline.present.cli import app

TWINS = str.maketrans({"s": "\u017f", "k": "\u212a"})


def test_time_expressions_read_the_twins_as_their_letters_and_keep_the_written_text() -> None:
    for sentence in (
        "Sales fell in the second quarter of fiscal 2010.",
        "The talks resumed this week.",
        "The ship sank sixty days ago.",
    ):
        hostile = sentence.translate(TWINS)
        plain, twin = tag(sentence, date(2010, 6, 15)), tag(hostile, date(2010, 6, 15))
        assert plain and [(t.start, t.end, t.value) for t in twin] == [
            (t.start, t.end, t.value) for t in plain
        ]
        assert [t.text for t in twin] == [hostile[t.start : t.end] for t in twin]  # as written


def test_counts_read_the_twins_without_failing() -> None:
    assert counts("5 thou\u017fand people") == counts("5 thousand people")
    assert counts_in_words("\u017fix new cases") == counts_in_words("six new cases")


def test_an_ingest_of_such_pages_stores_every_page(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for index, text in enumerate(
        (
            "Officials said on Friday that 5 thousand people were evacuated from the town.",
            "Six new cases were confirmed this week, officials said.",
        )
    ):
        (folder / f"{index}.txt").write_text(f"date 2024-10-2{index + 5}\n\n{text.translate(TWINS)}\n")
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    assert "2 documents added" in result.output and "0 skipped" in result.output
