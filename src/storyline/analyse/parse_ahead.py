"""spaCy's parse in a thread of its own, a bounded queue ahead of whoever reads it.

spaCy lets go of the GIL for part of its work (`benchmarks/bench_thread_overlap.py`), so the
pure-Python work of an ingest (analysis, extraction, merging, storing) done in the calling thread
while the next documents are parsed hides part of its time behind the parse. Parsed documents wait
in a queue of `depth` at most: memory stays flat however far the reader falls behind.

Every step of a parse holds the pipeline's lock: two parses that overlap (a
batch parsed again while the next one is parsed ahead) take turns document by document instead of
running spaCy in two threads at once. What the parse raises is raised again to the reader, in
order, after the documents parsed before it. Closing stops the thread and waits for it (for the
rest of the spaCy batch it is in), on Ctrl-C too: a thread still inside spaCy when the interpreter
exits can crash it (BLIS aborts, SIGABRT). The thread is a daemon only so that a reader that never
closes cannot keep the process alive.

Only for a parse in this process: spaCy's worker processes (`n_process` > 1) must not be forked from
a second thread (a lock another thread holds at the fork stays locked in the child), and they
parse beside this process anyway. `ParseHere` reads such a parse in the reader's own thread.
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
            while True:
                with self._lock:
                    if self._stop.is_set():  # closed while another parse had spaCy
                        return
                    item = next(parses, _DONE)
                if item is _DONE or not self._put(item):
                    return
        finally:
            with self._lock:
                parses.close()

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

    def close(self) -> None:
        """Stop the parse and return once its thread has ended."""
        self._stop.set()
        self._ended = True
        if threading.current_thread() is not self._thread:
            self._thread.join()

    def __enter__(self) -> ParseAhead[T]:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


class ParseHere(Generic[T]):
    """`ParseAhead`'s reading with the parse done in the reader's thread, as it reads: for spaCy's
    worker processes, forked from that thread. Leaving it closes the parse (the workers stop)."""

    def __init__(self, parses: Generator[T, None, None]) -> None:
        self._parses = parses

    def __iter__(self) -> Iterator[T]:
        return self._parses

    def close(self) -> None:
        self._parses.close()

    def __enter__(self) -> ParseHere[T]:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
