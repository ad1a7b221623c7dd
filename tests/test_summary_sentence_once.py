"""A summary prints a sentence once. In Finan_washingtonpost's article of 24 September 2008 "John McCain
this afternoon said he would suspend his presidential campaign tomorrow" tells two events, one of the
24th and one of the 25th; `timeline --dates 15 --per-date 2` printed the sentence under both days."""

from __future__ import annotations

from conftest import T17, needs
from storyline.ingest.reader import read_documents
from storyline.model import Document
from storyline.pipeline import build_entries
from storyline.summarize import summarize

ARTICLE = T17 / "Finan_washingtonpost" / "InputDocs" / "2008-09-24" / "42.htm.txt"


@needs(ARTICLE)
def test_a_sentence_telling_two_days_is_shown_under_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    (document,) = [item for item in read_documents([ARTICLE]) if isinstance(item, Document)]
    entries = build_entries([document], pipeline)
    timeline = summarize(entries, dates=10, per_date=2)
    shown = [sentence.text for day in timeline for sentence in day.sentences]
    assert any("said he would suspend his presidential campaign tomorrow" in text for text in shown)
    assert len(shown) == len(set(shown))
