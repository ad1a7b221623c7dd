"""Walking files and folders and dispatching each file to its format's reader."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from storyline.ingest import formats
from storyline.ingest.decoding import NotText, decode_article
from storyline.ingest.errors import IngestError
from storyline.model import DateSource, Document

_SKIPPED_NAMES = {".DS_Store", "Thumbs.db"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_FEED_SUFFIXES = {".rss", ".atom", ".xml"}


def read_documents(
    paths: Iterable[Path | str], publication_date: date | None = None
) -> Iterator[Document | IngestError]:
    """Every article under `paths`, in a stable order; errors are yielded, not raised.

    `publication_date` (the `--date` option) overrides whatever date the files carry.
    """
    for path in _walk(Path(p) for p in paths):
        for item in _read_file(path):
            if publication_date and isinstance(item, Document):
                item = replace(item, publication_date=publication_date, date_source=DateSource.USER)
            yield item


def _walk(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from (
                child
                for child in sorted(path.rglob("*"))
                if child.is_file()
                and child.name not in _SKIPPED_NAMES
                and not _hidden(child, path)
                and not _reference_timeline(child)
            )
        elif path.is_file():
            yield path
        else:
            yield path  # reported as missing by _read_file


def _reference_timeline(path: Path) -> bool:
    """Timeline17's gold `timelines/*.txt` beside `InputDocs/`: answers, not articles."""
    folder = path.parent
    return folder.name == "timelines" and (folder.parent / "InputDocs").is_dir()


def _hidden(child: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in child.relative_to(root).parts)


def _read_file(path: Path) -> Iterator[Document | IngestError]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        yield IngestError(str(path), "no such file or folder")
        return
    except OSError as error:
        yield IngestError(str(path), f"cannot read: {error.strerror or error}")
        return
    try:
        text = decode_article(raw)
        yield from _parse(text, path)
    except NotText as error:
        yield IngestError(str(path), str(error))


def _parse(text: str, path: Path) -> Iterator[Document | IngestError]:
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        yield from formats.read_jsonl(text, path)
    elif suffix in _HTML_SUFFIXES:
        yield formats.read_html(text, path)
    elif suffix in _FEED_SUFFIXES:
        yield from formats.read_feed(text, path)
    else:
        yield formats.read_plain(text, path)
