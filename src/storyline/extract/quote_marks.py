"""Pairing quotation marks: where direct quotes start and end in a text.

Shared by the quote extractor and by attribution (a reporting verb outside a
quote cannot take its subject from inside it). A quote may run over several
paragraphs: a paragraph that opens a quote and does not close it continues
into the next ones, whether or not those reopen with a mark, until the
closing mark; but a mark shaped as an opening one (after a blank, before a word) in the
middle of a later paragraph starts a new quote, and the open one ends with its own
paragraph (a caption set between the paragraphs of a quote). A quote nested in an open one
('"... needs today is "bigger oil," ING's Kenney said') does not close it. Single quotes are not paired
(they double as apostrophes), but one right before a closing mark tells that mark closes a nested quote.
A paragraph opened by a backtick and closed by a double mark is a quote ('` We are increasing ...," said').
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

_MARKS = re.compile(r"[\"“”«»]")
_CLOSER = {'"': '"', "“": "”", "«": "»"}
_AFTER_CLOSE = frozenset(" \t\n,.;:!?)")  # what may follow a closing mark
# a single mark, perhaps a blank and a comma or stop, right before a double one closes a quote nested in
# another: 'BP has stood for "Blame Passed '," he said'
_SINGLE_CLOSE = re.compile(r"['’] ?[,.]?\Z")
_BACKTICK_OPENS = re.compile(r"\s*`")  # a line that opens with a backtick, blanks aside


def quote_spans(text: str) -> Iterator[tuple[int, int]]:
    """Character spans of the quoted text; marks, surrounding blanks and a closing comma excluded."""
    opening: tuple[int, str] | None = None
    marks = [(match.group(), match.start()) for match in _MARKS.finditer(text)]
    breaks = [match.start() for match in re.finditer("\n", text)]
    nested_close: int | None = None  # the mark that closes a quote with a quote nested in it
    for index, (mark, at) in enumerate(marks):
        if opening is None:
            backticked = _backtick_quote(text, breaks, at) if mark == '"' and _closes(text, at) else None
            if backticked is not None:
                yield backticked
            elif mark in _CLOSER and not _closes_nested(text, at):
                opening = (at, mark)
            continue
        if nested_close is not None:
            if at < nested_close:
                continue
            nested_close = None
        elif opening[1] == mark == '"':
            nested_close = _nested_quote_close(text, opening[0], marks[index:])
            if nested_close is not None:
                continue
        if mark in _CLOSER and _reopens_paragraph(text, breaks, opening[0], at):
            continue
        paragraph_end = _next_break(breaks, opening[0])
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


def _line_start(breaks: list[int], at: int) -> int:
    """Where the line holding offset `at` starts (`text.rfind("\n", 0, at) + 1`), from the text's line
    breaks found once: searching the text again for each mark made a one-line page quadratic."""
    before = bisect_left(breaks, at)
    return breaks[before - 1] + 1 if before else 0


def _next_break(breaks: list[int], at: int) -> int:
    """The first line break at or after `at`, -1 where none (`text.find("\n", at)`)."""
    after = bisect_left(breaks, at)
    return breaks[after] if after < len(breaks) else -1


def _backtick_quote(text: str, breaks: list[int], at: int) -> tuple[int, int] | None:
    """A closing mark with no quote open, in a paragraph that opens with a backtick, closes a quote
    the backtick opened ('` We are increasing health surveillance ...," said Akira Yukitoki'): the
    quote runs from the backtick, not from the closing mark on to the next mark."""
    ticked = _BACKTICK_OPENS.match(text, _line_start(breaks, at), at)
    if ticked is None or text.find("`", ticked.end(), at) >= 0:
        return None
    start, end = _stripped(text, ticked.end(), at)
    return (start, end) if start < end else None


def _nested_quote_close(text: str, opened: int, marks: list[tuple[str, int]]) -> int | None:
    """Where a quote closes that has another one nested in it, when the first of `marks` opens that
    nested one within the quote's own paragraph: '"The last thing ... Obama needs today is "bigger oil,"
    ING's Kenney said'. The nested quote's closing mark closes both, unless a closing mark follows it in
    the same paragraph ('"The term "bigger oil" is used," he said'); None when the mark is no such opening.
    A single mark right before the closing one closes the nested quote, so the quote may have opened in a
    paragraph before ('"BP is continuing to point the finger ...\nSince this disaster began, BP has stood
    for "Blame Passed '," he said')."""
    at = marks[0][1]
    if not _opens(text, at) or len(marks) < 2:
        return None
    inner_mark, inner_close = marks[1]
    if inner_mark != '"' or not _closes(text, inner_close) or "\n" in text[at:inner_close]:
        return None
    if _SINGLE_CLOSE.search(text, at, inner_close):
        return inner_close
    if "\n" in text[opened:at]:
        return None
    if len(marks) > 2:
        outer_mark, outer_close = marks[2]
        if outer_mark == '"' and _closes(text, outer_close) and "\n" not in text[inner_close:outer_close]:
            return outer_close
    return inner_close


def _closes_nested(text: str, at: int) -> bool:
    """A closing mark right after a single one closes a quote with one nested in it, even where the pairing
    took an earlier mark for the close ('letter." ` Careful, \' he said to me, ` this is going to get bad
    for everyone, \'" Jindal said'): it opens nothing."""
    after_single = _SINGLE_CLOSE.search(text, max(0, at - 3), at) is not None
    return text[at] == '"' and _closes(text, at) and after_single


def _closes(text: str, at: int) -> bool:
    """A mark shaped as a closing one: after a word or a stop, before a blank, a stop or the end."""
    return at > 0 and not text[at - 1].isspace() and (at + 1 == len(text) or text[at + 1] in _AFTER_CLOSE)


def _opens(text: str, at: int) -> bool:
    """A mark shaped as an opening one: after a blank, before a word (' "Arrangements are ...')."""
    return (at == 0 or text[at - 1].isspace()) and at + 1 < len(text) and not text[at + 1].isspace()


def _reopens_paragraph(text: str, breaks: list[int], opened: int, at: int) -> bool:
    """A mark starting a later paragraph of a quote that is still open continues it."""
    line_start = _line_start(breaks, at)
    return line_start > opened and not text[line_start:at].strip()


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end
