"""The timeline, one entry and the quotes as rich tables in the terminal."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.table import Table
from rich.text import Text

from storyline.model import Document, Entry
from storyline.store.database import StoredQuote


def _date_cell(entry: Entry) -> Text:
    text = Text(entry.date or "undated", style="bold")
    if entry.date_inferred:
        text.append(" ~", style="yellow")
    if entry.tense == "expected":
        text.append(" →", style="cyan")
    return text


def render_timeline(entries: list[Entry], console: Console) -> None:
    table = Table(title=f"Timeline ({len(entries)} entries)", show_lines=False, expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("what happened", ratio=5)
    table.add_column("who says so", ratio=2)
    table.add_column("sources", justify="right", no_wrap=True)
    table.add_column("id", style="dim", no_wrap=True)
    for entry in entries:
        who = Text(entry.attribution.source if entry.attribution else "")
        if entry.attribution:
            who.append(f" ({entry.attribution.stance})", style="dim")
        what = Text(entry.summary)
        if entry.conflicts:
            what.append(" ⚠ disputed", style="bold red")
        table.add_row(_date_cell(entry), what, who, str(len({m.document for m in entry.mentions})), entry.id)
    console.print(table)
    console.print("[dim]~ date inferred, → expected[/dim]")


def render_entry(entry: Entry, documents: dict[str, Document], console: Console) -> None:
    console.print(f"[bold]{entry.date or 'undated'}[/bold]  {entry.summary}")
    console.print(f"id {entry.id} · tense {entry.tense} · date inferred: {str(entry.date_inferred).lower()}")
    if entry.attribution:
        console.print(f"who says so: {entry.attribution.source} ({entry.attribution.stance})")
    if entry.actors:
        console.print(f"actors: {', '.join(entry.actors)}")
    if entry.places:
        console.print(f"places: {', '.join(entry.places)}")
    for figure in entry.figures:
        console.print(f"figure: {figure.text} → {figure.value:g} {figure.kind or figure.counted}")
    for conflict in entry.conflicts:
        console.print(f"[red]disputed:[/red] {conflict}")
    for mention in entry.mentions:
        document = documents.get(mention.document)
        published = mention.publication_date.isoformat() if mention.publication_date else "undated"
        console.print(f"\n[cyan]{mention.path}[/cyan] ({published}) chars {mention.start}–{mention.end}")
        console.print(Text(document.text[mention.start : mention.end] if document else mention.text))


def render_quotes(quotes: Iterable[StoredQuote], console: Console) -> int:
    table = Table(title="Quotes", expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("speaker")
    table.add_column("quote", ratio=5)
    table.add_column("source", style="dim")
    count = 0
    for stored in quotes:
        count += 1
        published = stored.publication_date.isoformat() if stored.publication_date else "undated"
        table.add_row(  # article text and names as plain text: nothing in them is read as markup
            published,
            Text(stored.quote.speaker or "unknown"),
            Text(stored.quote.text),
            Text(f"{stored.path} [{stored.quote.start}:{stored.quote.end}]"),
        )
    console.print(table)
    return count
