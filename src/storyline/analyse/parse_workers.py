"""spaCy's parse in worker processes that the run owns, so that it can always stop them.

spaCy's own pool (`nlp.pipe(..., n_process=N)`) hung when its parent alone was interrupted
(a SIGINT sent to it, not to the whole process group) or when a worker died (`kill -9`, the
out-of-memory killer): the parent then waited forever for a worker's results or for a worker
that was blocked writing results nobody read. Here each worker holds one batch at a time, and
the parent waits on the worker's answer and on its life together
(`multiprocessing.connection.wait` on the process sentinel): a dead worker ends the parse
with `ParseWorkerDied`, and however the parse ends (interrupted, failed or done) the workers
are stopped before the exception goes on. Workers ignore SIGINT: the parent decides, and a
worker whose parent is gone leaves.

The docs come back as `Doc.to_bytes`, read into the parent's vocabulary in input order, from
batches of the same size as spaCy's pool makes: the same parses as `n_process=N`.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc

Context = TypeVar("Context")

PARENT_CHECK_SECONDS = 1.0  # how often an idle worker looks whether its parent is still there


class ParseWorkerError(RuntimeError):
    """The parse in worker processes could not go on: what ends an ingest in one line."""


class ParseWorkerDied(ParseWorkerError):
    """A worker process ended while it held a batch (killed, or out of memory)."""


class ParseWorkerFailed(ParseWorkerError):
    """spaCy raised in a worker; the message carries the worker's traceback."""


class ParseWorkerNotStarted(ParseWorkerError):
    """The system refused a worker process or its pipe (too many processes or open files, too
    little memory): said in one line, not as the OSError's traceback."""


def can_fork() -> bool:
    """Whether this platform starts processes by forking (not Windows), as the workers here need: they
    share the loaded pipeline rather than pickle it."""
    try:
        multiprocessing.get_context("fork")
    except ValueError:
        return False
    return True


def parse_in_workers(
    nlp: Language, items: Iterable[tuple[str, Context]], batch_size: int, processes: int
) -> Iterator[tuple[Doc, Context]]:
    """`nlp.pipe(items, as_tuples=True, batch_size=..., n_process=processes)`, in input order, with
    workers stopped whatever ends the parse. The contexts stay in this process."""
    batches = _batches(iter(items), batch_size)
    workers: list[_Worker] = []
    try:
        pending: deque[tuple[_Worker, list[Context]]] = deque()
        for _ in range(processes):
            batch = next(batches, None)
            if batch is None:
                break
            workers.append(worker := _Worker(nlp, batch_size))  # listed first: stopped however it starts
            worker.start()
            pending.append((worker, worker.send(batch)))
        while pending:
            worker, contexts = pending.popleft()
            parsed = worker.receive()
            batch = next(batches, None)
            if batch is not None:  # the worker parses on while these are analysed
                pending.append((worker, worker.send(batch)))
            for data, context in zip(parsed, contexts, strict=True):
                yield Doc(nlp.vocab).from_bytes(data), context
    finally:
        for worker in workers:
            worker.stop()


def _batches(items: Iterator[tuple[str, Context]], size: int) -> Iterator[list[tuple[str, Context]]]:
    while batch := list(islice(items, size)):
        yield batch


class _Worker:
    """One forked process parsing the batches sent to it, one at a time."""

    def __init__(self, nlp: Language, batch_size: int) -> None:
        fork = multiprocessing.get_context("fork")  # the loaded pipeline is shared, not pickled
        try:
            self.connection, theirs = fork.Pipe()
        except OSError as error:
            raise _not_started(error) from error
        self.process: BaseProcess = fork.Process(
            target=_serve, args=(nlp, batch_size, theirs, os.getpid()), daemon=True
        )
        self._theirs = theirs

    def start(self) -> None:
        # a SIGINT during the fork would be raised in its hooks in this process and lost there:
        # held back until the worker is started
        held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            self.process.start()
        except OSError as error:  # EAGAIN, ENOMEM
            raise _not_started(error) from error
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
        self._theirs.close()  # only the worker holds its end: its death is an end of file here

    def send(self, batch: list[tuple[str, Context]]) -> list[Context]:
        try:
            self.connection.send([text for text, _ in batch])
        except (BrokenPipeError, ConnectionResetError) as error:
            raise self._died() from error
        return [context for _, context in batch]

    def receive(self) -> list[bytes]:
        wait([self.connection, self.process.sentinel])
        try:
            answer = self.connection.recv()  # the answer may have come just before the end
        except (EOFError, OSError) as error:  # OSError: it ended halfway through its answer
            raise self._died() from error
        if isinstance(answer, str):
            raise ParseWorkerFailed(f"spaCy failed in a worker process:\n{answer}")
        return answer

    def _died(self) -> ParseWorkerDied:
        self.process.join(timeout=5)
        code = self.process.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        return ParseWorkerDied(f"a spaCy worker process (pid {self.process.pid}) ended: {how}")

    def stop(self) -> None:
        if self.process.pid is not None:  # started
            if self.process.is_alive():
                self.process.kill()  # it keeps nothing: whatever it held is parsed again on a rerun
            self.process.join()
        self._theirs.close()
        self.connection.close()


def _not_started(error: OSError) -> ParseWorkerNotStarted:
    return ParseWorkerNotStarted(
        f"cannot start a spaCy worker process: {error.strerror or error} "
        "(too many processes or open files, or too little memory: try fewer --processes)"
    )


def _serve(nlp: Language, batch_size: int, connection: Connection, parent: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl-C reaches the whole group: the parent decides
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # held back during the fork
    while True:
        while not connection.poll(PARENT_CHECK_SECONDS):
            if os.getppid() != parent:
                return
        texts = connection.recv()
        try:
            answer: list[bytes] | str = [doc.to_bytes() for doc in nlp.pipe(texts, batch_size=batch_size)]
        except Exception:
            answer = traceback.format_exc()
        connection.send(answer)
