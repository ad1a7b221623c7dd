"""The dates of a chronology's items: lines that open with a date ("Sept. 7: U.S. government seizes
Fannie Mae and Freddie Mac.", "April 22 - The Deepwater Horizon rig sinks", "1999: Congress passes
...").

News sites publish timelines ("Key dates", "Timeline: ...") whose items say when each thing happened
in a heading before it, not in the item's own clause. The parse often hangs such a heading on a noun
of the item, or the splitter cuts it off as a sentence of its own ("Sept. 14:" / "The Federal Reserve
expands the rules ..."), or the section-label rule strips a month as a label ("November: Congress
passes law ..."): the item then took its page's date. Here a heading dates the events of its item that
have no time of their own: the text after it up to the next heading, and the lines under it while
another heading follows within a few lines (a heading's date over the lines under it: "It approves a
plan to have remote underwater vehicles activate a blowout preventer" under "April 25 - ..."). A line
that opens with a heading may hold more (a box of key dates flattened into one line: "20 April: ...
28 April: ... 8 May: ...").

The heading's year: written ("April 20, 2010 -", "8 Feb 1843:", "1991:"), else the year the time
tagger gives a year-less date told in the past (`timex.calendar.year_for`), for a chronology tells
what has been: the first year-less heading takes its last occurrence up to the article's date unless
the coming one is far nearer (a "September:" item in a November article is that year's September;
"April 21:" in a December article is that April, not the nearer one to come; "16 June:" on a page of
15 June updated in August is the same June), and each later one the year that puts it nearest the
heading before it ("April 22" after "April 20, 2010" on a page of January 2011 is 2010's). A
chronology whose year-less headings do not follow the calendar in one direction ("November:",
"November:", "June:", "December:", "April:", "September:", "March:") has lost the year headings its
items sat under: those items are left undated rather than given a year. A bare year heads an item only
in a chronology of two or more headings, not in a live blog ("1914:" is a clock there), and never after
the article's year.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from storyline.analyse.timex import calendar as cal
from storyline.analyse.timex.lexicon import MONTHS
from storyline.model import TimeExpression
from storyline.timevalue import bounds

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December" + (
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_DATE = (
    rf"(?:(?P<m1>{_MONTH})(?:\s+(?P<d1>\d{{1,2}})(?P<range>\\?/\d{{1,2}})?)?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH}),?(?:\s+(?P<y2>\d{{4}}))?"
    r"|(?P<y3>\d{4}))"
)
_SEPARATOR = r"(?:[ \t]*:|[ \t]+(?:-{1,2}|–|—))[ \t]+(?=\S)"
_LINE_HEADING = re.compile(rf"^[ \t]*(?P<date>{_DATE}){_SEPARATOR}", re.MULTILINE)
# "... badly affected 1957: Asian flu killed": only a colon, inside a line that opens with a heading
_INNER_HEADING = re.compile(rf"(?<=\S )(?P<date>{_DATE})[ \t]*:[ \t]+(?=\S)")
_EARLIEST_BARE_YEAR = 1500
_LINES_UNDER = 4  # lines under a heading that stay its item while another heading follows


@dataclass(frozen=True, slots=True)
class Item:
    """One item of a chronology: `start`–`end` the text it dates (from its heading, which the parse
    may make the root of the line: "April 22 - The Deepwater Horizon rig, valued at more than
    $560million, sinks"), `heading` its date as a time expression of the text (None when the
    chronology lost its years; `anchored` when its year is the article's, not written), `span` the
    heading's characters."""

    start: int
    end: int
    heading: TimeExpression | None
    span: tuple[int, int]

    @property
    def value(self) -> str | None:
        return self.heading.value if self.heading else None


@dataclass(frozen=True, slots=True)
class Chronology:
    """A document's chronology items, in text order (none for most articles)."""

    items: tuple[Item, ...]
    # the items' starts, built once: extraction asks the item of every event
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(item.start for item in self.items))

    def item_at(self, offset: int) -> Item | None:
        """The item whose text holds the character at `offset`."""
        index = bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self.items[index].end:
            return self.items[index]
        return None

    def in_heading(self, start: int, end: int) -> bool:
        """The characters `start`–`end` (a time expression) overlap a heading."""
        return any(item.span[0] < end and start < item.span[1] for item in self.items)


@dataclass(frozen=True, slots=True)
class _Heading:
    start: int
    end: int  # the end of the date
    line: int
    year: int | None
    month: int | None
    day: int | None


def chronology(text: str, publication_date: date | None, live_blog: bool) -> Chronology:
    """The chronology items of a document's text, resolved against its publication date."""
    headings = _headings(text, publication_date, live_blog)
    if not headings:
        return Chronology(())
    values: list[str | None] = []
    reference, direction = publication_date, cal.PAST  # the first back from the page's day
    for heading in headings:  # each later year-less heading near the one before it
        values.append(value := _value(heading, reference, direction))
        if (span := bounds(value)) is not None:
            reference, direction = span[0], cal.UNKNOWN
    ordered = _in_one_direction([v for v in values if v])
    _, line_ends = _lines(text)
    items = []
    for index, (heading, value) in enumerate(zip(headings, values, strict=True)):
        following = headings[index + 1] if index + 1 < len(headings) else None
        if following is not None and following.line - heading.line <= _LINES_UNDER:
            end = following.start
        else:
            end = line_ends[heading.line]
        written = heading.year is not None
        expression = None
        if value is not None and (written or ordered):
            expression = TimeExpression(
                heading.start,
                heading.end,
                text[heading.start : heading.end],
                "DATE",
                value,
                anchored=not written,
            )
        items.append(Item(heading.start, end, expression, (heading.start, heading.end)))
    return Chronology(tuple(items))


def _headings(text: str, publication_date: date | None, live_blog: bool) -> list[_Heading]:
    """The chronology's headings in text order: those that open a line, and those inside its lines."""
    line_starts, line_ends = _lines(text)
    opening = [(bisect_right(line_starts, m.start()) - 1, m) for m in _LINE_HEADING.finditer(text)]
    found = [_heading(match, line) for line, match in opening]
    # more headings inside the lines of the chronology: a line that opens with one, and the lines under
    # it before the next ("Quake and resulting tsunami killed 1,600 11 Oct, 1918: Northwestern Mona ...")
    for (line, match), following in zip(opening, [*opening[1:], None], strict=False):
        last = following[0] - 1 if following and following[0] - line <= _LINES_UNDER else line
        inner = _INNER_HEADING.finditer(text, match.end(), line_ends[last])
        found.extend(_heading(m, bisect_right(line_starts, m.start()) - 1) for m in inner)
    found.sort(key=lambda heading: heading.start)
    return [h for h in found if _possible(h, publication_date, live_blog, lone=len(found) < 2)]


def _lines(text: str) -> tuple[list[int], list[int]]:
    """Where each line of the text starts and ends (at its line break, or the text's end)."""
    breaks = [m.start() for m in re.finditer("\n", text)]
    return [0] + [end + 1 for end in breaks], [*breaks, len(text)]


def _heading(match: re.Match[str], line: int) -> _Heading:
    groups = match.groupdict()
    month_name = groups["m1"] or groups["m2"]
    day = None if groups["range"] else groups["d1"] or groups["d2"]  # "May 11/12": the month holds both
    year = groups["y1"] or groups["y2"] or groups["y3"]
    return _Heading(
        match.start("date"),
        match.end("date"),
        line,
        int(year) if year else None,
        MONTHS[month_name.lower().rstrip(".")] if month_name else None,
        int(day) if day else None,
    )


def _possible(heading: _Heading, publication_date: date | None, live_blog: bool, lone: bool) -> bool:
    """A heading that can be a date of the past: a real day, a year not after the article's, a
    year-less one only with an article date. One without a day only in a chronology of two or more
    headings (alone, "Jan: My grandmother attended a boarding school" is a reader named Jan, "1929 --
    Crash, Bang, Wallop" a programme's title); a bare year not in a live blog, nor before 1500: a
    page's clock stamps run into one line ("1243: Dominic Casciani Home affairs correspondent, BBC
    News 1249: Mark Lowen ...") are no years of a news chronology."""
    if heading.day is None and lone:
        return False
    if heading.month is None and (live_blog or (heading.year or 0) < _EARLIEST_BARE_YEAR):
        return False
    if heading.year is not None and publication_date is not None and heading.year > publication_date.year:
        return False
    if heading.year is None and publication_date is None:
        return False
    if heading.day is not None and heading.month is not None:
        try:
            date(heading.year or 2000, heading.month, heading.day)  # 2000: a leap year takes 29 February
        except ValueError:
            return False
    return True


def _value(heading: _Heading, reference: date | None, direction: int) -> str | None:
    """The heading's date as a TIMEX3 value: its written year, else the year of a date told `direction`
    from `reference` (the page's day for the first, told in the past; the heading before for the rest)."""
    if heading.month is None:
        return f"{heading.year:04d}"
    year = heading.year
    if year is None and reference is not None:
        if heading.day is None:
            year = cal.year_for_month(reference, heading.month, direction)
        else:
            year = cal.year_for(reference, heading.month, heading.day, direction)
    if year is None:
        return None
    if heading.day is None:
        return cal.month_value(year, heading.month)
    day = cal.valid_day(year, heading.month, heading.day)  # 29 February in none of the years near
    return cal.day_value(day) if day else None


def _in_one_direction(values: list[str]) -> bool:
    """The dates follow the calendar forward or backward; neighbours that overlap are in order either
    way ("May 9", "May 11/12" read as May, "May 14")."""
    spans = [span for value in values if (span := bounds(value)) is not None]
    pairs = list(pairwise(spans))
    return all(a[0] <= b[1] for a, b in pairs) or all(a[1] >= b[0] for a, b in pairs)
