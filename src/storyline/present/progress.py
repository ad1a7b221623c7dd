"""The one progress bar of the terminal commands: what is being done, how many of how many, how long.

Shared by `ingest` (articles) and the evaluation commands (topics) so that they look alike.
"""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


def counting_bar(console: Console, transient: bool = False) -> Progress:
    """A bar that counts done items; off when `console` is not a terminal and `transient`."""
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=transient,
        disable=transient and not console.is_terminal,
    )
