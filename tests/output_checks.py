"""Checks shared by the output tests: each format parses as itself and carries no live markup.

Used by the hand-made cases (`test_output_escaping`) and the generated ones
(`test_properties`), so both hold the outputs to the same standard.
"""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

from markdown_it import MarkdownIt
from rich.console import Console

from storyline.model import Entry
from storyline.present import exports, terminal
from storyline.store.database import StoredQuote

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SGR = re.compile(r"\x1b\[[0-9;]*m")  # the colours Rich itself writes
_TIMELINEJS_TAGS = {"p", "ul", "li"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.comments: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)


def check_json(entries: list[Entry]) -> None:
    data = json.loads(exports.render(entries, "json"))
    assert data["entries"] == [json.loads(json.dumps(entry.as_dict())) for entry in entries]


def check_csv(entries: list[Entry]) -> None:
    rows = list(csv.reader(io.StringIO(exports.render(entries, "csv"))))
    assert len(rows) == len(entries) + 1 and all(len(row) == 10 for row in rows)
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_START), cell
            assert "\x1b" not in cell


def check_markdown(entries: list[Entry]) -> None:
    rendered = exports.render(entries, "md")
    assert "\x1b" not in rendered
    tokens = MarkdownIt("commonmark").parse(rendered)
    inline = [child for token in tokens for child in (token.children or [])]
    live = {"html_block", "html_inline", "link_open", "image", "strong_open"}
    kinds = {token.type for token in [*tokens, *inline]}
    assert not kinds & live, kinds & live
    emphasis = sum(child.type == "em_open" for child in inline)  # only the attribution's own
    assert emphasis <= sum(1 for entry in entries if entry.attribution)
    code = [child.content for child in inline if child.type == "code_inline"]
    assert code == [entry.id for entry in entries]  # the only code spans are the entry ids
    dates = sum(1 for i, entry in enumerate(entries) if i == 0 or entries[i - 1].date != entry.date)
    assert sum(token.type == "heading_open" for token in tokens) == 1 + dates
    items = [t for t in tokens if t.type == "list_item_open" and t.level == 1]
    assert len(items) == len(entries)


def check_timelinejs(entries: list[Entry]) -> None:
    data = json.loads(exports.render(entries, "timelinejs"))
    for event in data["events"]:
        for field in ("headline", "text"):
            parser = _Tags()
            parser.feed(event["text"][field])
            parser.close()
            assert {tag for tag, _ in parser.tags} <= _TIMELINEJS_TAGS, parser.tags
            assert all(not attrs for _, attrs in parser.tags) and not parser.comments


def check_terminal(entries: list[Entry], quotes: list[StoredQuote]) -> str:
    """Render every terminal view; only Rich's own colour codes may reach the terminal."""
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, color_system="truecolor", width=160)
    terminal.render_timeline(entries, console)
    for entry in entries:
        terminal.render_entry(entry, {}, console)
    terminal.render_quotes(quotes, console)
    text = _SGR.sub("", out.getvalue())
    assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text
    return text


def check_all(entries: list[Entry], quotes: list[StoredQuote] | None = None) -> None:
    check_json(entries)
    check_csv(entries)
    check_markdown(entries)
    check_timelinejs(entries)
    check_terminal(entries, quotes or [])
