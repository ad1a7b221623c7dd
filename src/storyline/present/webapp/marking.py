"""Text cut into segments that each carry the marks covering them, for templates to wrap.

Marks may nest or overlap (an event's words inside its sentence, a time
expression inside an event); cutting at every boundary gives flat segments
that a template renders as escaped text inside one element each, so no
article text is ever treated as markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str  # a CSS class: sentence, event, timex, actor...
    link: str | None = None  # where the marked text leads (an entry page)
    title: str | None = None


@dataclass(slots=True)
class Segment:
    text: str
    kinds: list[str] = field(default_factory=list)
    link: str | None = None
    title: str | None = None


def segments(text: str, marks: list[Mark], start: int = 0, end: int | None = None) -> list[Segment]:
    """`text[start:end]` cut at every mark boundary; offsets of marks index the whole `text`."""
    end = len(text) if end is None else end
    inside = [m for m in marks if m.start < end and m.end > start and m.start < m.end]
    cuts = sorted({start, end, *(max(m.start, start) for m in inside), *(min(m.end, end) for m in inside)})
    result: list[Segment] = []
    for left, right in pairwise(cuts):
        covering = [m for m in inside if m.start <= left and m.end >= right]
        link = next((m.link for m in covering if m.link), None)
        title = next((m.title for m in covering if m.title), None)
        result.append(Segment(text[left:right], list(dict.fromkeys(m.kind for m in covering)), link, title))
    return result


def paragraph_around(text: str, start: int, end: int, limit: int = 1500) -> tuple[int, int]:
    """The paragraph holding `start..end`: between blank lines, else between line breaks if that is long."""
    for separator in ("\n\n", "\n"):
        left = text.rfind(separator, 0, start)
        left = 0 if left < 0 else left + len(separator)
        right = text.find(separator, end)
        right = len(text) if right < 0 else right
        if right - left <= limit:
            return left, right
    return max(left, start - limit // 2), min(right, end + limit // 2)  # one huge line: a window
