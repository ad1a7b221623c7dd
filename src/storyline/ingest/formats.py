"""Readers for each input format, from decoded text to `Document`s.

- plain text in the sample format: an optional leading `date YYYY-MM-DD`
  (on its own line or followed directly by the text);
- Timeline17: `InputDocs/<YYYY-MM-DD>/<id>.htm.txt`, Penn-Treebank tokens;
- JSON Lines: one article a line with `text` and optional `date`, `title`,
  `url`, `source`;
- HTML pages (trafilatura) and RSS/Atom feeds (feedparser).

Readers do not guess missing dates: that needs the analyse stage.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from storyline.ingest.decoding import EmptyArticle, NotText, normalize_text
from storyline.ingest.errors import IngestError
from storyline.ingest.ptb import detokenize
from storyline.model import DateSource, Document, content_id

_HEADER = re.compile(r"\A\s*date[ \t:]+(\d{4}-\d{2}-\d{2})[ \t]*(?:\n|[ \t]+(?=\S))")
_FOLDER_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_iso_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def make_document(
    text: str,
    path: str,
    published: date | None,
    source_of_date: DateSource,
    **metadata: str | None,
) -> Document:
    text = text.strip()
    if not text:
        raise EmptyArticle("no text after the header")
    return Document(
        id=content_id(text),
        text=text,
        path=path,
        publication_date=published,
        date_source=source_of_date if published else DateSource.UNKNOWN,
        **metadata,
    )


def read_plain(text: str, path: Path) -> Document:
    """Sample format: `date YYYY-MM-DD` first, then the article; or just the article.

    A header that is not a real day ("date 2024-13-45") refuses the file: kept as
    text it would silently leave the article undated.
    """
    header = _HEADER.match(text)
    if header:
        published = parse_iso_date(header.group(1))
        if published is None:
            raise NotText(f"unreadable date {header.group(1)!r} in the header (not a calendar day)")
        return make_document(text[header.end() :], str(path), published, DateSource.HEADER)
    folder_date = timeline17_date(path)
    if folder_date:
        return make_document(detokenize(text), str(path), folder_date, DateSource.FOLDER)
    return make_document(text, str(path), None, DateSource.UNKNOWN)


def timeline17_date(path: Path) -> date | None:
    """The publication date of a Timeline17 article, from `InputDocs/<date>/`."""
    parent = path.parent
    if parent.parent.name == "InputDocs" and _FOLDER_DATE.match(parent.name):
        return parse_iso_date(parent.name)
    return None


def read_jsonl(text: str, path: Path) -> Iterator[Document | IngestError]:
    if not text.strip():
        yield IngestError(str(path), "no records", failed=False)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            yield _document_from_record(json.loads(line), where)
        except EmptyArticle as error:
            yield IngestError(where, f"empty record: {error}", failed=False)
        except (json.JSONDecodeError, NotText, TypeError, ValueError) as error:
            yield IngestError(where, f"malformed record: {error}")
        except RecursionError:  # the parser's own limit on nesting, met by this record alone
            yield IngestError(where, "malformed record: nested too deeply")


def _document_from_record(record: object, where: str) -> Document:
    if not isinstance(record, dict):
        raise ValueError("a record must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError('no "text" string')
    raw_date = record.get("date")
    published = parse_iso_date(raw_date) if isinstance(raw_date, str) else None
    if raw_date not in (None, "") and not published:  # `"date": 0` is a wrong date, not a missing one
        raise ValueError(f"unreadable date {raw_date!r} (expected YYYY-MM-DD)")
    return make_document(
        normalize_text(text),
        where,
        published,
        DateSource.RECORD,
        title=_optional_str(record, "title"),
        url=_optional_str(record, "url"),
        source=_optional_str(record, "source"),
    )


def _optional_str(record: dict[str, object], key: str) -> str | None:
    value = record.get(key)
    return value if isinstance(value, str) and value.strip() else None


def read_html(text: str, path: Path) -> Document:
    import trafilatura

    extracted = trafilatura.extract(text, output_format="json", with_metadata=True)
    if not extracted:
        raise NotText("no article text found in the HTML page")
    record = json.loads(extracted)
    published = parse_iso_date(record.get("date") or "")
    return make_document(
        normalize_text(record.get("text") or ""),
        str(path),
        published,
        DateSource.RECORD,
        title=record.get("title"),
        url=record.get("source") or record.get("url"),
        source=record.get("sitename"),
    )


def read_feed(text: str, path: Path) -> Iterator[Document | IngestError]:
    import feedparser

    feed = feedparser.parse(text)
    if feed.bozo and not feed.entries:
        yield IngestError(str(path), f"unreadable feed: {feed.bozo_exception}")
        return
    if not feed.entries:
        yield IngestError(str(path), "no items in the feed", failed=False)
    for number, item in enumerate(feed.entries, start=1):
        where = f"{path}#{number}"
        try:
            yield _feed_document(item, where, feed.feed.get("title"))
        except NotText as error:
            yield IngestError(where, str(error), failed=not isinstance(error, EmptyArticle))
        except Exception as error:  # one odd item must not lose the rest of the feed
            yield IngestError(where, f"unreadable feed item: {type(error).__name__}: {error}")


def _feed_document(item: dict[str, object], where: str, feed_title: str | None) -> Document:
    parsed = item.get("published_parsed") or item.get("updated_parsed")
    published = date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None  # type: ignore[attr-defined]
    return make_document(
        normalize_text(_feed_item_text(item)),
        where,
        published,
        DateSource.RECORD,
        title=_optional_str(item, "title"),
        url=_optional_str(item, "link"),
        source=feed_title if isinstance(feed_title, str) else None,
    )


def _feed_item_text(item: dict[str, object]) -> str:
    import trafilatura

    contents = item.get("content") or []
    html = contents[0].get("value", "") if contents else item.get("summary", "")  # type: ignore[union-attr]
    return trafilatura.extract(str(html)) or str(html)
