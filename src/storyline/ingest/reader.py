"""Walking files and folders and dispatching each file to its format's reader.

Paths come from the user but what lies under a folder does not: a folder may
hold FIFOs, devices, links to anywhere, unreadable sub-folders, files larger
than memory. Each of these is reported with its path and the reason, and the
walk goes on. Only regular files are opened (a FIFO would block forever), their
size is checked before reading, and a link inside a folder is followed only
when it stays inside that folder. Whatever a reader raises stays with its file.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from storyline.ingest import formats
from storyline.ingest.decoding import MAX_ARTICLE_BYTES, EmptyArticle, NotText, decode_article, too_large
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
    for found in _walk(Path(p) for p in paths):
        if isinstance(found, IngestError):
            yield found
            continue
        for item in _read_file(found):
            if publication_date and isinstance(item, Document):
                item = replace(item, publication_date=publication_date, date_source=DateSource.USER)
            yield item


def _walk(paths: Iterable[Path]) -> Iterator[Path | IngestError]:
    for path in paths:
        if path.is_dir():
            yield from _walk_folder(path)
        else:
            yield path  # a file, or reported as missing or unreadable by _read_file


def _walk_folder(top: Path) -> Iterator[Path | IngestError]:
    """Depth first, by name; links are followed only to files inside `top`.

    A stack, not recursion: a hostile tree may be nested deeper than Python recurses.
    """
    root = top.resolve()
    pending: list[Iterator[os.DirEntry[str]]] = []
    yield from _open_folder(top, pending)
    while pending:
        child = next(pending[-1], None)
        if child is None:
            pending.pop()
            continue
        path = Path(child.path)
        if child.name in _SKIPPED_NAMES or _hidden(path, top) or _reference_timeline(path):
            continue
        if child.is_symlink():
            refused = _link_refused(path, root)
            if refused:
                yield IngestError(str(path), refused)
            elif not path.is_dir():  # a linked folder inside the root is walked as itself
                yield path
        elif child.is_dir(follow_symlinks=False):
            yield from _open_folder(path, pending)
        else:
            yield path


def _open_folder(folder: Path, pending: list[Iterator[os.DirEntry[str]]]) -> Iterator[IngestError]:
    """Push the folder's entries, by name, onto `pending`; an unreadable folder is reported."""
    try:
        with os.scandir(folder) as scan:
            pending.append(iter(sorted(scan, key=lambda child: child.name)))
    except OSError as error:
        yield IngestError(str(folder), f"cannot read folder: {error.strerror or error}")


def _link_refused(link: Path, root: Path) -> str | None:
    """Why a link inside the folder is not followed, or None when it stays inside."""
    try:
        target = link.resolve(strict=True)
    except (OSError, RuntimeError):  # dangling or looping
        return "broken link (not followed)"
    return None if target.is_relative_to(root) else "link to outside the folder (not followed)"


def _reference_timeline(path: Path) -> bool:
    """Timeline17's gold `timelines/*.txt` beside `InputDocs/`: answers, not articles."""
    folder = path.parent
    return folder.name == "timelines" and (folder.parent / "InputDocs").is_dir()


def _hidden(child: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in child.relative_to(root).parts)


def _read_file(path: Path) -> Iterator[Document | IngestError]:
    try:
        raw = read_bounded(path)
        text = decode_article(raw)
        yield from _parse(text, path)
    except NotText as error:
        yield IngestError(str(path), str(error), failed=not isinstance(error, EmptyArticle))
    except FileNotFoundError:
        yield IngestError(str(path), "no such file or folder")
    except OSError as error:
        yield IngestError(str(path), f"cannot read: {error.strerror or error}")
    except Exception as error:  # a reader's bug or a library's must stay with its file
        yield IngestError(str(path), f"reader failed: {type(error).__name__}: {error}")


def read_bounded(path: Path, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; anything else raises `NotText`.

    Opened without blocking (a FIFO swapped in after a check must not hang the
    run), checked on the open file, and never read past the limit.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as file:
        status = os.fstat(file.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise NotText(f"not a regular file ({_kind(status.st_mode)})")
        if status.st_size > limit:
            raise too_large(status.st_size)
        raw = file.read(limit + 1)
    if len(raw) > limit:  # grew while we read
        raise too_large(len(raw))
    return raw


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a file"


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
