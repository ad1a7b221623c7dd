"""Article text made inert for the outputs a person reads: terminal, Markdown, CSV.

Article text, names and file names come from the open web. Printed as they are,
an escape sequence clears the screen or retitles the window, a `[link=...]`
becomes a live Rich hyperlink, a `[/x]` crashes the table, a cell opening with
`=` runs as a spreadsheet formula. Each output escapes for its own syntax; this
module holds what they share: dropping control characters and escape sequences
(the text still reads the same), and Rich `Text` that is never parsed as markup.
"""

from __future__ import annotations

import re

from rich.text import Text

# ESC-introduced sequences (CSI `ESC [ ... final`, OSC `ESC ] ... BEL|ST`, two-byte `ESC x`), the
# 8-bit CSI/OSC, then any other C0/C1 control but tab and newline, and the bidirectional overrides
# that make a terminal show text in another order than it is stored.
# An OSC without its terminator loses only its introducer: the text after it is the article's.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|\x9d[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -~]?"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def strip_controls(text: str) -> str:
    """`text` without escape sequences and control characters (tab and newline stay)."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text))


def one_line(text: str) -> str:
    """For places where a line break would change the structure (a Markdown list item, a path)."""
    return " ".join(strip_controls(text).split())


def visible_line(text: str) -> str:
    """For a file name or a message: line breaks and tabs shown as `\\n` and `\\t`, so a name
    cannot fake a line of output."""
    return strip_controls(text).replace("\n", "\\n").replace("\t", "\\t")


def plain(text: object, style: str = "") -> Text:
    """A Rich cell that shows `text` literally: no markup, no control codes."""
    return Text(strip_controls(str(text)), style=style)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Inline markup; `(` is harmless once `[` and `]` are escaped. A block marker matters only where the
# text opens a block ("- # x" is a heading inside a list item), so only a leading one is escaped.
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_\[\]|~])")
_BLOCK_START = re.compile(r"^(?:[#>+=-]|\d{1,9}(?=[.)]))")


def csv_cell(value: object) -> str:
    """A CSV cell a spreadsheet shows as text: one opening like a formula gets a leading `'`; a number
    as a reader writes it ("5000", "1.5"), a yes or no as "true" or "false"."""
    if isinstance(value, bool):  # as the timeline's CSV and JSON write them
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():  # a figure of 5,000 is "5000", not "5000.0"
        return str(int(value))
    if isinstance(value, int | float):  # numbers stay numbers: "-3" is a value, not a formula
        return str(value)
    text = strip_controls(str(value))
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def markdown_text(value: object) -> str:
    """Inline Markdown that renders as the literal text: no HTML, links, emphasis or line breaks."""
    text = one_line(str(value)).replace("&", "&amp;").replace("<", "&lt;")
    text = _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)
    block = _BLOCK_START.match(text)
    if block is None:
        return text
    marker = block.end() if block.group().isdigit() else 0  # "1." -> "1\.", "#" -> "\#"
    return f"{text[:marker]}\\{text[marker:]}"
