"""Recognising the structural lines of a news article that are not statements.

Wire and liveblog styles label paragraphs ("Background:", "Details:",
"Quote:", "Source: President's evening address", "Update:"). A bare label is
not an event; a label in front of a sentence is not part of what happened;
and sentences after a "Background:" label restate earlier events.
"""

from __future__ import annotations

import re

_LABEL = re.compile(r"^\s*([A-Z][A-Za-z']+(?: [A-Za-z']+){0,2})\s*:\s*")
_LABEL_HEADS = {
    "background",
    "details",
    "detail",
    "quote",
    "quotes",
    "source",
    "sources",
    "update",
    "updated",
    "context",
    "reminder",
    "recap",
    "photo",
    "video",
    "editor's",
    "note",
    "read",
    "see",
    "analysis",
    "comment",
    "correction",
    "breaking",
    "watch",
    "listen",
    "latest",
    "earlier",
    "previously",
    "summary",
    "key",
    "what",
    "reference",
    "for",
    "also",
}
_CREDIT_LABELS = {"source", "sources", "photo", "video", "read more", "see also", "editor", "author"}
_BACKGROUND_LABELS = {"background", "context", "reminder", "recap", "earlier", "previously"}


def is_label_only(text: str) -> bool:
    """`Background:` on its own line."""
    match = _label(text)
    return bool(match) and match.end() >= len(text.rstrip())


def label_of(text: str) -> str | None:
    match = _label(text)
    return match.group(1).lower() if match else None


def label_length(text: str) -> int:
    """How many leading characters are a `Label: ` prefix (0 when there is none)."""
    match = _label(text)
    return match.end() if match else 0


def _label(text: str) -> re.Match[str] | None:
    """A leading label: one capitalised word, or a few words headed by a label word ("Quote from X")."""
    match = _LABEL.match(text)
    if not match:
        return None
    words = match.group(1).split()
    return match if len(words) == 1 or words[0].lower() in _LABEL_HEADS else None


_LINE_STAMP = re.compile(r"^\s*\d{4}\s*(?:GMT|BST|EDT|EST|CDT|CST|PDT|PST|ET|UK time)?\s*:\s+")
_FOUR_DIGITS = re.compile(
    r"^[ \t]*(\d{4})\s*(?:GMT|BST|EDT|EST|CDT|CST|PDT|PST|ET|UK time)?\s*:\s+", re.MULTILINE
)


def is_live_blog(text: str) -> bool:
    """Three or more lines open with a four-digit stamp, and every one reads as a clock ("1914:").

    A list of years ("1918: ... 1968: ...") has one that is no time of day.
    """
    stamps = _FOUR_DIGITS.findall(text)
    return len(stamps) >= 3 and all(int(s[:2]) < 24 and int(s[2:]) < 60 for s in stamps)


def clock_stamp_length(text: str) -> int:
    """How many leading characters are a live blog's clock stamp ("1914: ")."""
    match = _LINE_STAMP.match(text)
    return match.end() if match else 0


_CREDITED = r"(?:reporting|editing|writing|compiled|edited|written)"
_WIRE_CREDIT = re.compile(  # "(Reporting by ...", "(Written by ...", "Additional reporting by ..."
    rf"\(\s*(?:additional\s+)?{_CREDITED}(?:\s+and\s+{_CREDITED})?\s+by\b"
    r"|(?:additional\s+)?(?:reporting|editing)\s+by\b|writing\s+and\s+(?:reporting|editing)\s+by\b",
    re.IGNORECASE,
)  # not a participle opening a sentence outside brackets: "Written by Mervyn Peake, the books describe ..."


def is_credit_line(text: str) -> bool:
    """`Source: ...`, `Photo: ...`, and a wire's credit line ("(Reporting by Maggie Fox, Editing by
    Sandra Maler)", "Additional reporting by Bill Berkrot in New York"): who made the page, not
    statements of the story."""
    return label_of(text) in _CREDIT_LABELS or _WIRE_CREDIT.match(text) is not None


def starts_background(text: str) -> bool:
    label = label_of(text)
    return label in _BACKGROUND_LABELS


def starts_new_section(text: str) -> bool:
    """Any label opens a section; a non-background label ends a background one."""
    return label_of(text) is not None
