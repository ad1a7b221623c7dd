"""Pairing quotation marks: where direct quotes start and end in a text.

Shared by the quote extractor and by attribution (a reporting verb outside a
quote cannot take its subject from inside it). A quote may run over several
paragraphs: a paragraph that opens a quote and does not close it continues
into the next ones, whether or not those reopen with a mark, until the
closing mark; but a mark shaped as an opening one (after a blank, before a word) in the
middle of a later paragraph starts a new quote, and the open one ends with its own
paragraph (a caption set between the paragraphs of a quote). Single quotes are not paired
(they double as apostrophes).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_MARKS = re.compile(r"[\"“”«»]")
_CLOSER = {'"': '"', "“": "”", "«": "»"}


def quote_spans(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the quoted text; marks, surrounding blanks and a closing comma excluded."""
    opening: tuple[int, str] | None = None
    for match in _MARKS.finditer(text):
        mark, at = match.group(), match.start()
        if opening is None:
            if mark in _CLOSER:
                opening = (at, mark)
            continue
        if mark in _CLOSER and _reopens_paragraph(text, opening[0], at):
            continue
        paragraph_end = text.find("\n", opening[0])
        if mark in _CLOSER and 0 <= paragraph_end < at and _opens(text, at):
            start, end = _stripped(text, opening[0] + 1, paragraph_end)  # ended with its paragraph
            if start < end:
                yield start, end
            opening = (at, mark)
            continue
        if mark == _CLOSER[opening[1]]:
            start, end = _stripped(text, opening[0] + 1, at)
            if start < end:
                yield start, end
            opening = None


def _opens(text: str, at: int) -> bool:
    """A mark shaped as an opening one: after a blank, before a word (' "Arrangements are ...')."""
    return (at == 0 or text[at - 1].isspace()) and at + 1 < len(text) and not text[at + 1].isspace()


def _reopens_paragraph(text: str, opened: int, at: int) -> bool:
    """A mark starting a later paragraph of a quote that is still open continues it."""
    line_start = text.rfind("\n", 0, at) + 1
    return line_start > opened and not text[line_start:at].strip()


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end
