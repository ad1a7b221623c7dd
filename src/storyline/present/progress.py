"""The one progress bar of the terminal commands: what is being done, how many of how many, how long.

Shared by `ingest` (articles) and the evaluation commands (topics) so that they look alike.

The bar is redrawn by a thread, and `ingest --processes N` forks spaCy's workers while it runs. A
child forked while that thread draws inherits the locks it held (the console's, the terminal
stream's) held for ever, and hangs at its first print, such as a warning. So the bar has a thread
of its own instead of rich's (`auto_refresh=False`), which draws under `_DRAWING`, and every fork
of this process waits for the drawing in hand to end and holds the next one back until it is done
(`os.register_at_fork`). The thread also leaves SIGINT to the main thread, which blocks it around
the fork of a worker: blocked there, a Ctrl-C would otherwise come through this thread.
"""

from __future__ import annotations

import os
import signal
import threading
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)

REFRESHES_PER_SECOND = 10  # rich's own rate

_DRAWING = threading.Lock()  # held by the bar's thread while it draws, and by a fork
os.register_at_fork(
    before=_DRAWING.acquire, after_in_parent=_DRAWING.release, after_in_child=_DRAWING.release
)


def counting_bar(console: Console, transient: bool = False) -> Progress:
    """A bar that counts done items; off when `console` is not a terminal and `transient`."""
    return ForkSafeProgress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=transient,
        disable=transient and not console.is_terminal,
    )


class ForkSafeProgress(Progress):
    """rich's `Progress`, redrawn by a thread that no fork of this process interrupts mid-drawing."""

    def __init__(self, *columns: str | ProgressColumn, **options: Any) -> None:
        super().__init__(*columns, auto_refresh=False, **options)
        self._done = threading.Event()
        self._redrawing: threading.Thread | None = None

    def start(self) -> None:
        super().start()
        if self.live.is_started and self._redrawing is None:
            self._done.clear()
            self._redrawing = threading.Thread(target=self._redraw, name="progress bar", daemon=True)
            self._redrawing.start()

    def stop(self) -> None:
        if self._redrawing is not None:
            self._done.set()
            self._redrawing.join()
            self._redrawing = None
        super().stop()

    def _redraw(self) -> None:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        while not self._done.wait(1 / REFRESHES_PER_SECOND):
            with _DRAWING:
                if not self._done.is_set():
                    self.refresh()
