"""Reading TimeML: raw body text, gold TIMEX3 offsets and the DCT."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import TIMEBANK, needs
from storyline.evaluate.timeml import parse_body, read_folder, read_timeml

SAMPLE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08"
 functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TITLE>Markets <TIMEX3 tid="t9" type="DATE" value="1998-01-08">today</TIMEX3></TITLE>
<TEXT>
Stocks <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> &amp; rose <TIMEX3 tid="t1" type="DATE" \
value="1998-01-07" temporalFunction="true" anchorTimeID="t0">Wednesday</TIMEX3> after \
<TIMEX3 tid="t2" type="DURATION" value="P2W" mod="APPROX">about two weeks</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_body_text_is_the_text_element_without_tags(tmp_path: Path) -> None:
    path = tmp_path / "X1.tml"
    path.write_text(SAMPLE, encoding="utf-8")
    document = read_timeml(path)
    assert document.name == "X1"
    assert document.dct == date(1998, 1, 8)
    assert document.text.strip() == "Stocks fell & rose Wednesday after about two weeks."
    values = [(t.text, t.type, t.value, t.mod) for t in document.timexes]
    assert values == [
        ("Wednesday", "DATE", "1998-01-07", None),
        ("about two weeks", "DURATION", "P2W", "APPROX"),
    ]
    assert all(document.text[t.start : t.end] == t.text for t in document.timexes)
    assert document.timexes[0].anchored


def test_dct_and_title_are_not_scored(tmp_path: Path) -> None:
    (tmp_path / "X1.tml").write_text(SAMPLE, encoding="utf-8")
    (document,) = read_folder(tmp_path).values()
    assert "1998-01-08" not in [t.value for t in document.timexes]


def test_parse_body_without_tags() -> None:
    assert parse_body("plain text") == ("plain text", [])


@needs(TIMEBANK)
def test_every_gold_offset_gives_back_its_text() -> None:
    for corpus in ("AQUAINT", "TimeBank"):
        documents = read_folder(TIMEBANK / corpus)
        assert len(documents) > 50
        for document in documents.values():
            assert document.dct is not None
            for timex in document.timexes:
                assert document.text[timex.start : timex.end] == timex.text
