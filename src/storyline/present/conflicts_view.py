"""Disagreements between sources, for the terminal and as JSON.

Each conflict is shown with what differs (and on which series or entries) and both sides: source, stance,
date, the span as written and where it is (file and character offsets). This
module only presents conflicts; finding them is `merge.conflicts`. A "revision" (a claim
reported after a source could not confirm it) is shown apart in colour: it is not a dispute.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from storyline.model import Conflict, ConflictSide
from storyline.present.safe_text import plain


def render_conflicts(conflicts: list[Conflict], console: Console) -> None:
    if not conflicts:
        console.print("No conflicts found.")
        return
    table = Table(title=f"Conflicts ({len(conflicts)})", expand=True, show_lines=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("what differs", ratio=2)
    table.add_column("one side", ratio=3)
    table.add_column("other side", ratio=3)
    for conflict in conflicts:
        table.add_row(
            Text(conflict.kind, style="yellow" if conflict.kind == "revision" else "bold red"),
            _what_differs(conflict),
            _side(conflict.first),
            _side(conflict.second),
        )
    console.print(table)


def _what_differs(conflict: Conflict) -> Text:
    text = plain(conflict.description)
    if conflict.series_id:
        text.append(f"\nseries {conflict.series_id}", style="dim")
    else:
        entries = " vs ".join(entry_id[:10] for entry_id in conflict.entry_ids())
        text.append(f"\nentries {entries}", style="dim")
    return text


def _side(side: ConflictSide) -> Text:
    text = plain(side.source or "unattributed", style="bold")
    if side.stance:
        text.append(f" ({side.stance})", style="dim")
    text.append(plain(f" · {side.date or 'undated'}\n"))
    text.append(plain(side.text))
    text.append(plain(f"\n{Path(side.path).name} {side.start}–{side.end}", style="dim cyan"))
    return text


def conflicts_to_json(conflicts: list[Conflict]) -> list[dict[str, object]]:
    return [conflict.as_dict() for conflict in conflicts]
