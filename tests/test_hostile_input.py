"""Hostile files and records: each is reported with its path and reason, the rest is read.

Issue 11's ingest cases, one test each: FIFOs, devices and files larger than
memory are refused without reading them, links out of a folder are not followed,
unreadable folders and files are reported, a record nested 100,000 deep or dated
0 loses only itself, an impossible header date is refused, and a reader that fails
(trafilatura without `lxml_html_clean`) fails for its file alone.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from storyline.ingest import IngestError, read_documents
from storyline.ingest import formats as ingest_formats
from storyline.ingest.decoding import MAX_ARTICLE_BYTES
from storyline.model import Document

GOOD = "date 2024-10-26\nTroops arrived in Kursk on Wednesday.\n"


def _within(seconds: float, work: Callable[[], list[Document | IngestError]]) -> list[Document | IngestError]:
    """Run `work` in a thread; a read that blocks (a FIFO) or never ends (/dev/zero) fails the test."""
    result: list[list[Document | IngestError]] = []
    raised: list[BaseException] = []

    def run() -> None:
        try:
            result.append(work())
        except BaseException as error:  # re-raised below, in the test's own thread
            raised.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if raised:
        raise raised[0]
    assert result, f"reading did not finish within {seconds} s"
    return result[0]


def _read(*paths: Path | str) -> tuple[list[Document], dict[str, IngestError]]:
    items = _within(30, lambda: list(read_documents(paths)))
    documents = [item for item in items if isinstance(item, Document)]
    problems = {Path(item.path).name: item for item in items if isinstance(item, IngestError)}
    return documents, problems


def test_fifo_device_and_oversized_files_are_refused_without_reading(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    with open(tmp_path / "huge.txt", "wb") as huge:  # sparse: 7 GiB on paper, nothing on disk
        huge.truncate(7 * 1024**3)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    documents, problems = _read(tmp_path, "/dev/zero")
    assert [d.text for d in documents] == ["Troops arrived in Kursk on Wednesday."]
    assert problems["pipe.txt"].reason == "not a regular file (a FIFO)"
    assert problems["zero"].reason == "not a regular file (a device)"
    assert problems["huge.txt"].reason.startswith("too large for one article (7168 MiB")
    assert all(problem.failed for problem in problems.values())


def test_a_file_one_byte_over_the_limit_is_refused(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(b"a" * (MAX_ARTICLE_BYTES + 1))
    _, problems = _read(tmp_path / "big.txt")
    assert problems["big.txt"].reason.startswith("too large")


def test_links_out_of_the_folder_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("date 2024-01-01\nThe password is swordfish.\n", encoding="utf-8")
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "leak.txt").symlink_to(outside)
    (folder / "etc").symlink_to("/etc")
    (folder / "dangling.txt").symlink_to(tmp_path / "nowhere")
    (folder / "sub" / "again.txt").symlink_to(folder / "good.txt")  # inside: followed
    documents, problems = _read(folder)
    assert all("swordfish" not in d.text for d in documents)
    assert [Path(d.path).name for d in documents] == ["good.txt", "again.txt"]
    assert problems["leak.txt"].reason == "link to outside the folder (not followed)"
    assert problems["etc"].reason == "link to outside the folder (not followed)"
    assert problems["dangling.txt"].reason == "broken link (not followed)"


def test_an_unreadable_sub_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:  # as chmod 000 does for a user other than root
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    documents, problems = _read(tmp_path)
    assert [Path(d.path).name for d in documents] == ["good.txt"]
    assert problems["locked"].reason == "cannot read folder: Permission denied"


def test_an_unreadable_file_is_reported_and_the_rest_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked, good = tmp_path / "locked.txt", tmp_path / "good.txt"
    locked.write_text(GOOD, encoding="utf-8")
    good.write_text(GOOD.replace("Kursk", "Bryansk"), encoding="utf-8")
    real_open = os.open

    def deny(path: object, flags: int, *args: object) -> int:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", deny)
    documents, problems = _read(locked, good)
    assert [Path(d.path).name for d in documents] == ["good.txt"]
    assert problems["locked.txt"].reason == "cannot read: Permission denied"


def test_a_deeply_nested_record_loses_only_itself(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": "The dam burst on Monday.", "date": "2024-10-21"}),
        "[" * 100_000 + "]" * 100_000,
        '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}",
        json.dumps({"text": "Rescuers arrived on Tuesday.", "date": "2024-10-22"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_documents([path]))
    assert [d.text for d in items if isinstance(d, Document)] == [
        "The dam burst on Monday.",
        "Rescuers arrived on Tuesday.",
    ]
    problems = [item for item in items if isinstance(item, IngestError)]
    assert [(p.path, p.reason) for p in problems] == [
        (f"{path}:2", "malformed record: nested too deeply"),
        (f"{path}:3", "malformed record: nested too deeply"),
    ]


def test_impossible_dates_are_refused_not_ignored(tmp_path: Path) -> None:
    (tmp_path / "header.txt").write_text("date 2024-13-45\nTroops moved on Monday.\n", encoding="utf-8")
    (tmp_path / "records.jsonl").write_text(
        "\n".join(
            json.dumps(record)
            for record in (
                {"text": "Zero-dated story.", "date": 0},
                {"text": "False-dated story.", "date": False},
                {"text": "Undated story."},
                {"text": "Blank-dated story.", "date": ""},
            )
        ),
        encoding="utf-8",
    )
    items = list(read_documents([tmp_path]))
    problems = {item.path: item.reason for item in items if isinstance(item, IngestError)}
    assert problems[str(tmp_path / "header.txt")] == (
        "unreadable date '2024-13-45' in the header (not a calendar day)"
    )
    assert "unreadable date 0" in problems[f"{tmp_path / 'records.jsonl'}:1"]
    assert "unreadable date False" in problems[f"{tmp_path / 'records.jsonl'}:2"]
    stored = [d for d in items if isinstance(d, Document)]
    assert [(d.text, d.publication_date) for d in stored] == [
        ("Undated story.", None),
        ("Blank-dated story.", None),
    ]


def test_lxml_html_clean_is_a_declared_dependency() -> None:
    requirements = importlib.metadata.requires("storyline") or []
    assert any(r.replace("-", "_").startswith("lxml_html_clean") for r in requirements)


def test_a_failing_html_reader_fails_for_its_file_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # what pip 23.2 leaves behind: `import trafilatura` fails on lxml.html.clean
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    (tmp_path / "page.html").write_text("<html><body><p>Hello.</p></body></html>", encoding="utf-8")
    (tmp_path / "feed.rss").write_text(
        "<rss><channel><title>x</title><item><title>a</title><description>Rain fell on Monday."
        "</description></item></channel></rss>",
        encoding="utf-8",
    )
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    documents, problems = _read(tmp_path)
    assert [Path(d.path).name for d in documents] == ["good.txt"]
    assert problems["page.html"].reason.startswith("reader failed: ModuleNotFoundError")
    assert "ModuleNotFoundError" in problems["feed.rss#1"].reason


def test_any_reader_bug_stays_with_its_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = ingest_formats.read_plain

    def fragile(text: str, path: Path) -> Document:
        if "poison" in text:
            raise KeyError("unexpected")
        return real(text, path)

    monkeypatch.setattr(ingest_formats, "read_plain", fragile)
    (tmp_path / "a.txt").write_text("date 2024-10-26\nA poison pill.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    documents, problems = _read(tmp_path)
    assert [Path(d.path).name for d in documents] == ["b.txt"]
    assert problems["a.txt"].reason == "reader failed: KeyError: 'unexpected'"


def test_empty_files_are_reported_but_not_failures(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "header-only.txt").write_text("date 2024-10-26\n", encoding="utf-8")
    _, problems = _read(tmp_path)
    assert set(problems) == {"empty.txt", "header-only.txt"}
    assert not any(problem.failed for problem in problems.values())


def test_a_folder_nested_deeper_than_python_recurses(tmp_path: Path) -> None:
    folders = [tmp_path]
    for _ in range(sys.getrecursionlimit() + 100):
        folders.append(folders[-1] / "a")
        folders[-1].mkdir()
    (folders[-1] / "deep.txt").write_text(GOOD, encoding="utf-8")
    try:
        documents, problems = _read(tmp_path)
        assert [Path(d.path).name for d in documents] == ["deep.txt"] and not problems
    finally:  # deepest first: shutil.rmtree (and pytest's clean-up) recurses too
        (folders[-1] / "deep.txt").unlink()
        for folder in reversed(folders[1:]):
            folder.rmdir()
