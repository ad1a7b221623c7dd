"""Issue 11's injection cases, one output at a time, on hand-made hostile entries."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from output_checks import check_all, check_markdown, check_terminal, check_timelinejs
from storyline.model import Attribution, Entry, Figure, Mention, Quote, Stance, Tense
from storyline.present import exports
from storyline.store.database import StoredQuote

SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(1)>"


def _entry(summary: str, path: str = "a.txt", source: str = "Officials", actor: str = "Ukraine") -> Entry:
    return Entry(
        id="0123456789",
        date="2024-10-26",
        date_inferred=False,
        tense=Tense.PAST,
        summary=summary,
        actors=[actor],
        attribution=Attribution(source=source, stance=Stance.STATED),
        figures=[Figure(value=-3.0, text="=3 dead", start=0, end=7, counted="dead")],
        mentions=[Mention("d1", path, 0, len(summary), summary, date(2024, 10, 26))],
    )


def test_csv_cells_cannot_run_as_formulas() -> None:
    entry = _entry('=HYPERLINK("http://evil.example","click")', "-2+3.txt", "@SUM(A1)", "+cmd|' /C calc'!A0")
    (header, row) = list(csv.reader(io.StringIO(exports.render([entry], "csv"))))
    cells = dict(zip(header, row, strict=True))
    assert cells["summary"] == '\'=HYPERLINK("http://evil.example","click")'
    assert cells["actors"] == "'+cmd|' /C calc'!A0"
    assert cells["source"] == "'@SUM(A1)"
    assert cells["figures"] == "'=3 dead"
    assert cells["sources"] == "'-2+3.txt[0:41]"
    check_all([entry])


def test_markdown_shows_article_html_and_file_names_as_text() -> None:
    entry = _entry(f"Rebels {SCRIPT} said *so* [here](javascript:alert(1))", "evil\n# Injected\n- item.txt")
    rendered = exports.render([entry], "md")
    assert "<script" not in rendered and "<img" not in rendered
    assert "&lt;script>alert(1)&lt;/script>" in rendered
    assert "\n# Injected" not in rendered and "evil # Injected - item.txt" in rendered
    check_markdown([entry])
    for opening in ("# heading", "> quote", "1. list", "- list", "=== "):
        check_markdown([_entry(opening)])


def test_timelinejs_escapes_paths_and_headlines() -> None:
    entry = _entry(
        "Troops moved.", "<img src=x onerror=alert(1)>.txt", source="<b onmouseover=alert(1)>Budanov"
    )
    (event,) = json.loads(exports.render([entry], "timelinejs"))["events"]
    assert (
        "<img" not in event["text"]["text"]
        and "&lt;img src=x onerror=alert(1)&gt;.txt" in event["text"]["text"]
    )
    assert event["text"]["headline"].startswith("&lt;b onmouseover=alert(1)&gt;Budanov")
    check_timelinejs([entry])


def test_timelinejs_slides_hold_no_controls() -> None:
    """A slide is HTML in the reader's browser, as the web pages are: a file name holding U+202E
    showed the rest of its line reversed there ("invoice\u202etxt.exe.txt")."""
    entry = _entry("Troops \x1b[31mmoved\u202e.", "invoice\u202etxt.exe.txt", source="Bud\u202danov")
    (event,) = json.loads(exports.render([entry], "timelinejs"))["events"]
    shown = event["text"]["headline"] + event["text"]["text"]
    assert not any(control in shown for control in ("\u202e", "\u202d", "\x1b"))
    assert "invoicetxt.exe.txt" in shown and "Budanov" in shown and "Troops moved." in shown


def test_terminal_drops_escape_sequences_and_shows_markup_literally() -> None:
    hostile = "\x1b]0;pwned\x07\x1b[2J\x1b]8;;https://evil.example\x07click\x1b]8;;\x07 [link=https://evil.example]x[/link]"
    entry = _entry(hostile, path="[/x]\x1b[31m.txt", source="[bold]Budanov")
    quote = StoredQuote(Quote(0, 10, "[/x] holding \x9b2J", "[/]"), "d1", "[/x].txt", None)
    shown = check_terminal([entry], [quote])
    assert "[link=https://evil.example]x[/link]" in shown and "click" in shown
    assert "[/x].txt" in shown and "[bold]Budanov" in shown and "[/x] holding" in shown
