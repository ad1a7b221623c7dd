"""Ingest on the real sample articles, a Timeline17 file and broken input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from conftest import SEEDS, T17, needs
from storyline.ingest import IngestError, read_documents
from storyline.ingest.ptb import detokenize_line
from storyline.model import DateSource, Document


def _documents(*paths: Path | str, **kwargs: object) -> list[Document]:
    return [item for item in read_documents(paths, **kwargs) if isinstance(item, Document)]  # type: ignore[arg-type]


def test_sample_header_date_is_read_and_stripped() -> None:
    first, second = _documents(SEEDS)
    assert first.publication_date == date(2024, 10, 26)
    assert first.date_source == DateSource.HEADER
    assert first.text.startswith("President of Ukraine Volodymyr Zelenskyy called on partners")
    assert second.publication_date is None
    assert second.date_source == DateSource.UNKNOWN
    assert second.date_inferred


def test_identity_is_the_content_hash(tmp_path: Path) -> None:
    original = SEEDS / "000_9f6b8ccadd51ec38.txt"
    copy = tmp_path / "copy.txt"
    copy.write_bytes(original.read_bytes())
    a, b = _documents(original, copy)
    assert a.id == b.id


def test_user_date_overrides(tmp_path: Path) -> None:
    (document,) = _documents(SEEDS / "001_d3ea85ac583b5e03.txt", publication_date=date(2024, 10, 23))
    assert document.publication_date == date(2024, 10, 23)
    assert document.date_source == DateSource.USER


@needs(T17)
def test_timeline17_reference_timelines_are_not_articles() -> None:
    paths = {Path(d.path).parent.name for d in _documents(T17 / "haiti_bbc")}
    assert "timelines" not in paths and len(paths) > 5


@needs(T17)
def test_timeline17_folder_date_and_detokenized_text() -> None:
    path = T17 / "bpoil_bbc" / "InputDocs" / "2010-04-20"
    (document, *_) = _documents(path)
    assert document.publication_date == date(2010, 4, 20)
    assert document.date_source == DateSource.FOLDER
    assert " ." not in document.text and "-LRB-" not in document.text


def test_detokenize_restores_news_text() -> None:
    line = "The cost has risen to $ 8bn -LRB- # 5.2 bn -RRB- , BP says , `` effectively dead '' ."
    assert detokenize_line(line) == 'The cost has risen to $8bn (£5.2bn), BP says, "effectively dead".'
    assert detokenize_line("It does n't work , he 's sure .") == "It doesn't work, he's sure."


def test_detokenize_each_mark_alone_on_its_line() -> None:
    """`detokenize_line` skips a substitution where its mark is absent: each mark on a line without the
    others (a pound with no dollar, whose scale joins only once "#" became "£") is still restored."""
    assert detokenize_line("It cost # 5.2 bn , he said .") == "It cost £5.2bn, he said."
    assert detokenize_line("Shares -LRB- BP.L -RRB- fell 3 % .") == "Shares (BP.L) fell 3%."
    assert detokenize_line("`` We will not , '' he said .") == '"We will not," he said.'
    assert detokenize_line("He said it was n't over .") == "He said it wasn't over."


def test_jsonl_records_and_a_malformed_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    records = [
        {
            "text": "Oil leaked into the Gulf on Tuesday.",
            "date": "2010-04-22",
            "title": "Leak",
            "source": "wire",
        },
        "not an object",
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n{broken\n", encoding="utf-8")
    items = list(read_documents([path]))
    documents = [i for i in items if isinstance(i, Document)]
    problems = [i for i in items if isinstance(i, IngestError)]
    assert [d.title for d in documents] == ["Leak"]
    assert documents[0].publication_date == date(2010, 4, 22)
    assert [p.path for p in problems] == [f"{path}:2", f"{path}:3"]
    assert all("malformed record" in p.reason for p in problems)


def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 owners protested on Monday.".encode("latin-1"))
    (tmp_path / "good.txt").write_text("date 2024-10-26\nTroops arrived on Wednesday.\n", encoding="utf-8")
    items = list(read_documents([tmp_path, tmp_path / "missing.txt"]))
    reasons = {Path(i.path).name: i.reason for i in items if isinstance(i, IngestError)}
    assert "binary" in reasons["binary.txt"]
    assert reasons["empty.txt"] == "empty file"
    assert "not valid UTF-8" in reasons["latin1.txt"]
    assert reasons["missing.txt"] == "no such file or folder"
    (good,) = [i for i in items if isinstance(i, Document)]
    assert good.text == "Troops arrived on Wednesday."
