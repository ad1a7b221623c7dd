"""The timeline, one entry and the quotes as rich tables in the terminal.

Everything that comes from an article goes through `safe_text.plain`: shown
literally, never read as Rich markup, with control sequences dropped.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from decimal import Decimal

from rich.console import Console
from rich.table import Table
from rich.text import Text

from storyline.model import Document, Entry, Figure
from storyline.present.safe_text import plain, visible_line
from storyline.store.database import StoredQuote
from storyline.timevalue import kind

# TIMEX3's codes for a part of a day and a season, in words for a reader of the terminal
_PARTS_OF_DAY = {
    "MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime",
}  # fmt: skip
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "fall", "WI": "winter"}


def readable_date(value: str | None) -> str:
    """A TIMEX3 value as the terminal shows it: "2008-11-20 night" for "2008-11-20TNI", "2008 fall" for
    "2008-FA", "2008-W37 weekend" for "2008-W37-WE"; other values as stored ("2008-09-25", "2008-W37").
    The form is `timevalue.kind`'s, the parser every stage reads dates with. The codes stood in the date
    column of Finan_washingtonpost's default view, 6 of its 86 dates."""
    if not value:
        return "undated"
    form = kind(value)
    if form == "day" and value[10:11] == "T" and value[11:] in _PARTS_OF_DAY:
        return f"{value[:10]} {_PARTS_OF_DAY[value[11:]]}"
    if form == "season":
        return f"{value[:4]} {_SEASONS[value[5:]]}"
    if form == "weekend":
        return f"{value.removesuffix('-WE')} weekend"
    return value


def _date_cell(entry: Entry) -> Text:
    text = plain(readable_date(entry.date), style="bold")
    if entry.date_inferred:
        text.append(" ~", style="yellow")
    if entry.tense == "expected":
        text.append(" →", style="cyan")
    return text


def render_timeline(entries: list[Entry], console: Console) -> None:
    """The entries as a table; "sources" counts independent articles, as JSON's `sources` does (a
    sentence reprinted word for word by a later article counts once)."""
    table = Table(title=f"Timeline ({len(entries)} entries)", show_lines=False, expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("what happened", ratio=5)
    table.add_column("who says so", ratio=2)
    table.add_column("sources", justify="right", no_wrap=True)
    table.add_column("id", style="dim", no_wrap=True)
    for entry in entries:
        who = plain(entry.attribution.source if entry.attribution else "")
        if entry.attribution:
            who.append(f" ({entry.attribution.stance})", style="dim")
        what = _with_event_words(entry)
        if entry.conflicts:
            what.append(" ⚠ disputed", style="bold red")
        table.add_row(_date_cell(entry), what, who, str(entry.sources), plain(entry.id))
    console.print(table)
    console.print("[dim]~ date inferred, → expected[/dim]")


def _with_event_words(entry: Entry) -> Text:
    """The entry's sentence with the words that tell its event underlined: one sentence may
    tell several events, each its own entry."""
    what = plain(entry.summary)
    for mention in entry.mentions:
        if mention.event_start is None or mention.event_end is None:
            continue
        if " ".join(mention.text.split()) != entry.summary:
            continue
        offset = mention.event_start - mention.start
        words = mention.text[offset : mention.event_end - mention.start]
        at = what.plain.find(words, max(0, len(" ".join(mention.text[:offset].split())) - 1))
        if at >= 0:
            what.stylize("bold underline", at, at + len(words))
        break
    return what


def render_entry(entry: Entry, documents: dict[str, Document], console: Console) -> None:
    console.print(Text.assemble((readable_date(entry.date), "bold"), "  ", plain(entry.summary)))
    inferred = str(entry.date_inferred).lower()
    console.print(plain(f"id {entry.id} · tense {entry.tense} · date inferred: {inferred}"))
    if entry.attribution:
        console.print(plain(f"who says so: {entry.attribution.source} ({entry.attribution.stance})"))
    if entry.actors:
        console.print(plain(f"actors: {', '.join(entry.actors)}"))
    if entry.places:
        console.print(plain(f"places: {', '.join(entry.places)}"))
    for figure in entry.figures:
        unit = figure.kind or figure.counted
        console.print(plain(f"figure: {figure.text} → {figure_value(figure)} {unit}"))
    for conflict in entry.conflicts:
        console.print(Text.assemble(("disputed: ", "red"), plain(conflict)))
    for mention in entry.mentions:
        document = documents.get(mention.document)
        published = mention.publication_date.isoformat() if mention.publication_date else "undated"
        console.print()
        console.print(
            Text.assemble(
                plain(visible_line(mention.path), "cyan"),
                f" ({published}) chars {mention.start}–{mention.end}",
            )
        )
        console.print(plain(document.text[mention.start : mention.end] if document else mention.text))


def figure_value(figure: Figure) -> str:
    """The value read, every digit shown ("115,000,000,000", a range "200,000,000,000–1,000,000,000,000"):
    `:g` wrote "1.15e+11" and kept six digits, so "$1,234,567" read back as 1.23457e+06."""
    value = _digits(figure.value)
    return value if figure.upper is None else f"{value}–{_digits(figure.upper)}"


def _digits(value: float) -> str:
    """Every digit, never an exponent ("0.0000001", not "1e-07"): the shortest decimal that reads back
    as the value (`repr`), so 1234567.891 is not written with a float's tail of digits."""
    if not math.isfinite(value):
        return str(value)
    return f"{value:,.0f}" if float(value).is_integer() else f"{Decimal(repr(float(value))):,f}"


def render_quotes(quotes: Iterable[StoredQuote], console: Console) -> int:
    table = Table(title="Quotes", expand=True)
    table.add_column("date", no_wrap=True)
    # every column shares the width by ratio: a column sized to its text (a long path) left the
    # quote one character on an 80-column terminal
    table.add_column("speaker", ratio=2)
    table.add_column("quote", ratio=5)
    table.add_column("source", style="dim", ratio=2, overflow="fold")
    count = 0
    for stored in quotes:
        count += 1
        published = stored.publication_date.isoformat() if stored.publication_date else "undated"
        table.add_row(  # article text and names as plain text: nothing in them is read as markup
            published,
            plain(stored.quote.speaker or "unknown"),
            plain(stored.quote.text),
            plain(f"{visible_line(stored.path)} [{stored.quote.start}:{stored.quote.end}]"),
        )
    console.print(table)
    return count
