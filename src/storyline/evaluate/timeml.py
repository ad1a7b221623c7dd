"""Reading TimeML (`.tml`) files: raw body text, gold TIMEX3 tags and the DCT.

What is scored is what TempEval-3 scores: the TIMEX3 tags inside `<TEXT>`.
The document creation time (`<DCT>`, `functionInDocument="CREATION_TIME"`) is
read as the document date and never scored; `<TITLE>`, `<EXTRAINFO>` and the
other header elements are not part of the raw text. The raw text is the
content of `<TEXT>` with every tag removed and XML entities decoded; gold
offsets index it.

This module does not validate TimeML, and ignores EVENT, SIGNAL and link tags.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from storyline.model import TimeExpression

_TAG = re.compile(r"<(/?)([A-Za-z_][\w:.-]*)([^>]*?)(/?)>")
_ATTRIBUTE = re.compile(r'([\w:.-]+)\s*=\s*"([^"]*)"')
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_DCT = re.compile(r"<DCT>(.*?)</DCT>", re.DOTALL)
_DAY = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})")


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """One TimeML file: its body text, its TIMEX3 tags and its creation date."""

    name: str
    text: str
    timexes: list[TimeExpression]
    dct: date | None


def read_timeml(path: Path) -> TimeMLDocument:
    """Parse one `.tml` file."""
    markup = path.read_text(encoding="utf-8")
    body = _TEXT.search(markup)
    text, timexes = parse_body(body.group(1) if body else "")
    return TimeMLDocument(path.stem, text, timexes, _creation_date(markup))


def read_folder(folder: Path) -> dict[str, TimeMLDocument]:
    """Every `.tml` file of a folder, by file name without the extension."""
    return {path.stem: read_timeml(path) for path in sorted(folder.glob("*.tml"))}


def parse_body(markup: str) -> tuple[str, list[TimeExpression]]:
    """Strip the tags of a TEXT body; return the raw text and its TIMEX3 tags."""
    pieces: list[str] = []
    length = 0
    timexes: list[TimeExpression] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    position = 0
    for tag in _TAG.finditer(markup):
        chunk = html.unescape(markup[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name, attributes, self_closing = tag.groups()
        if name != "TIMEX3":
            continue
        if closing:
            if open_timex is not None:
                start, attrs = open_timex
                timexes.append(_timex(start, length, "".join(pieces)[start:length], attrs))
                open_timex = None
        elif not self_closing:
            open_timex = (length, dict(_ATTRIBUTE.findall(attributes)))
    pieces.append(html.unescape(markup[position:]))
    return "".join(pieces), timexes


def _timex(start: int, end: int, text: str, attrs: dict[str, str]) -> TimeExpression:
    return TimeExpression(
        start=start,
        end=end,
        text=text,
        type=attrs.get("type", ""),
        value=attrs.get("value", ""),
        mod=attrs.get("mod") or None,
        begin=attrs.get("beginPoint") or None,
        end_value=attrs.get("endPoint") or None,
        anchored=attrs.get("temporalFunction") == "true",
    )


def _creation_date(markup: str) -> date | None:
    dct = _DCT.search(markup)
    if not dct:
        return None
    value = dict(_ATTRIBUTE.findall(dct.group(1))).get("value", "")
    match = _DAY.match(value)
    if not match:
        return None
    year, month, day = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None
