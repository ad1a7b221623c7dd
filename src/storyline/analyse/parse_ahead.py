"""spaCy's parse in a thread of its own, a bounded queue ahead of whoever reads it.

spaCy lets go of the GIL for part of its work (`benchmarks/bench_thread_overlap.py`), so the
pure-Python work of an ingest (analysis, extraction, merging, storing) done in the calling thread
while the next documents are parsed hides part of its time behind the parse. Parsed documents wait
in a queue of `depth` at most: memory stays flat however far the reader falls behind.

Every step of a parse holds the pipeline's lock: two parses that overlap (a
batch parsed again while the next one is parsed ahead) take turns document by document instead of
running spaCy in two threads at once. What the parse raises is raised again to the reader, in
order, after the documents parsed before it. Closing stops the thread and waits for it (for the
spaCy batch it is in the middle of), except when the reader stops on Ctrl-C: the thread is a
daemon and stops on its own at its next document, or with the interpreter.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Generator, Iterator
from types import TracebackType
from typing import Generic, TypeVar

T = TypeVar("T")

_PUT_WAIT = 0.1  # seconds between looks at the stop flag while the queue is full
_DONE = object()


class _End:
    """The parse ended: with the error that ended it, if any."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error


class ParseAhead(Generic[T]):
    """Iterate `parses` in a daemon thread, `depth` items ahead of the reader; iterate this
    (once) for the same items in the same order. A context manager: leaving it closes."""

    def __init__(self, parses: Generator[T, None, None], lock: threading.Lock, depth: int) -> None:
        self._lock = lock
        self._ended = False
        self._queue: queue.Queue[T | _End] = queue.Queue(maxsize=max(1, depth))
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(parses,), name="storyline-parse", daemon=True)
        self._thread.start()

    def _run(self, parses: Generator[T, None, None]) -> None:
        try:
            self._feed(parses)
            end = _End()
        except BaseException as error:  # the reader's to handle, as if it had parsed itself
            end = _End(error)
        self._put(end)

    def _feed(self, parses: Generator[T, None, None]) -> None:
        try:
            while not self._stop.is_set():
                with self._lock:
                    item = next(parses, _DONE)
                if item is _DONE or not self._put(item):
                    return
        finally:
            with self._lock:
                parses.close()  # spaCy's worker processes, if any, stop

    def _put(self, item: T | _End) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=_PUT_WAIT)
                return True
            except queue.Full:
                continue
        return False

    def __iter__(self) -> Iterator[T]:
        while not self._ended:
            item = self._queue.get()
            if isinstance(item, _End):
                self._ended = True
                if item.error is not None:
                    raise item.error
                return
            yield item

    def close(self, wait: bool = True) -> None:
        """Stop the parse; with `wait`, return once its thread has ended."""
        self._stop.set()
        self._ended = True
        if wait and threading.current_thread() is not self._thread:
            self._thread.join()

    def __enter__(self) -> ParseAhead[T]:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close(wait=kind is not KeyboardInterrupt)
