"""Generated hostile input through ingest and every output (hypothesis).

Texts, `date` headers, JSON records, feeds and file names are drawn from
everything Unicode allows plus known payloads (markup, escape sequences,
formulas, LIKE wildcards, deep nesting, calendar ends). Whatever is drawn: no
exception escapes, every file is either stored or reported with its path and a
reason, and every output parses as its format with no live markup
(`output_checks`). Example counts are bounded so the suite stays fast.
"""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from output_checks import check_all
from storyline.ingest import IngestError, read_documents
from storyline.model import Attribution, Document, Entry, Figure, Mention, Stance, Tense
from storyline.pipeline import Pipeline, ingest
from storyline.store import EntryFilter, Store

PAYLOADS = [
    "<script>alert(1)</script>", "<!--<script>", "</script>", "<img src=x onerror=alert(1)>",
    "[/x]", "[link=https://evil.example]x[/link]", "[bold]", "\x1b]0;title\x07", "\x1b[2J", "\x9b31m",
    "\x1b]8;;https://evil.example\x07link\x1b]8;;\x07", "=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "%", "_",
    '"', "'", "\\", "`", "*a*", "| a |", "\n# h\n", "- item", "1. x", "&amp;", "\u202e", "\x00",
    "yesterday", "next Tuesday", "three days from now", "on 12/31/9999", "in year 1", "Zelenskyy said",
]  # fmt: skip
_NAME_CHARACTERS = st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00")

hostile_text = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(PAYLOADS)), max_size=8).map(" ".join)
header = st.one_of(
    st.just(""),
    st.sampled_from(["0001-01-01", "9999-12-31", "2024-02-29", "2024-13-45", "2023-02-29"]).map(
        "date {}\n".format
    ),
    st.text(max_size=12).map("date {}\n".format),
)
json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | hostile_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
record = st.fixed_dictionaries(
    {},
    optional={
        "text": hostile_text | json_value,
        "date": st.sampled_from(["2024-10-26", "9999-12-31", "0001-01-01", "2024-13-45", "", 0, None]),
        "title": hostile_text,
        "source": json_value,
    },
)
jsonl = st.lists(
    st.one_of(record.map(json.dumps), st.just("[" * 50_000 + "]" * 50_000), hostile_text), max_size=4
).map("\n".join)
feed = hostile_text.map(
    lambda text: (
        f"<rss><channel><title>{text}</title><item><description>{text}</description></item></channel></rss>"
    )
)
plain = st.tuples(header, hostile_text).map("".join)
content = st.one_of(
    st.tuples(st.just(".txt"), plain.map(str.encode)),
    st.tuples(st.sampled_from([".txt", ".md", ""]), st.binary(max_size=64)),
    st.tuples(st.just(".jsonl"), jsonl.map(str.encode)),
    st.tuples(st.sampled_from([".rss", ".html"]), st.one_of(feed, hostile_text).map(str.encode)),
)
files = st.lists(st.tuples(st.text(_NAME_CHARACTERS, min_size=1, max_size=30), content), max_size=5)


def _write(folder: Path, drawn: list[tuple[str, tuple[str, bytes]]]) -> list[Path]:
    paths = []
    for number, (name, (suffix, data)) in enumerate(drawn):
        path = folder / f"{number}-{name}{suffix}"  # unique, never hidden
        path.write_bytes(data)
        paths.append(path)
    return paths


def _source_file(item: Document | IngestError, written: set[str]) -> str:
    """The file a document or report came from ("x.jsonl:3" and "x.rss#1" are records of a file; a
    file may itself be named "0-:0")."""
    where = item.path
    if where in written:
        return where
    for separator in (":", "#"):
        head, found, tail = where.rpartition(separator)
        if found and tail.isdigit():
            return head
    return where


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files)
def test_ingest_reads_or_reports_every_file(drawn: list[tuple[str, tuple[str, bytes]]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = _write(Path(folder), drawn)
        items = list(read_documents([folder]))
    written = {str(path) for path in paths}
    accounted = {_source_file(item, written) for item in items}
    assert accounted == written
    for item in items:
        if isinstance(item, IngestError):
            assert item.reason.strip(), item
        else:
            assert item.text == item.text.strip() and item.text


names = st.lists(hostile_text, max_size=3)
entries = st.lists(
    st.builds(
        Entry,
        id=st.text("0123456789abcdef", min_size=10, max_size=10),
        date=st.sampled_from([None, "2024-10-26", "2024-W44", "2024-10", "9999-12-31", "0001"]),
        date_inferred=st.booleans(),
        tense=st.sampled_from(list(Tense)),
        summary=hostile_text,
        actors=names,
        attribution=st.none()
        | st.builds(Attribution, source=hostile_text, stance=st.sampled_from(list(Stance))),
        figures=st.lists(
            st.builds(
                Figure, value=st.floats(-1e9, 1e9), text=hostile_text, start=st.just(0), end=st.just(1),
                counted=hostile_text,
            ),
            max_size=2,
        ),
        mentions=st.lists(
            st.builds(
                Mention, document=st.just("d1"), path=st.text(_NAME_CHARACTERS, max_size=30),
                start=st.just(0), end=st.just(1), text=hostile_text,
                publication_date=st.none() | st.just(date(2024, 10, 26)),
            ),
            min_size=1,
            max_size=2,
        ),
        places=names,
    ),
    max_size=4,
)  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(entries)
def test_every_output_parses_and_carries_no_live_markup(drawn: list[Entry]) -> None:
    check_all(drawn)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(st.tuples(st.text(_NAME_CHARACTERS, min_size=1, max_size=20), plain), min_size=1, max_size=3))
def test_hostile_articles_through_the_whole_pipeline(
    isolated_pipeline: Pipeline, drawn: list[tuple[str, str]]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = _write(Path(folder), [(name, (".txt", text.encode())) for name, text in drawn])
        with Store(Path(folder) / ".store.db") as store:
            report = ingest([folder], store, isolated_pipeline)
            written = {str(p) for p in paths}
            assert {_source_file(e, written) for e in report.errors} <= written
            assert store.document_count() == report.documents_added
            for wildcard in ("%", "_", '"', "[/x]"):  # literal, never a pattern
                found = store.entries(EntryFilter(text=wildcard))
                assert all(any(wildcard in m.text for m in entry.mentions) for entry in found)
            check_all(store.entries(), list(store.quotes()))
