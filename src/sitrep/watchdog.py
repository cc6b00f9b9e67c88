"""A per-article time limit: ``deadline(seconds)`` stops the code under it when it runs too long.

Why: one sentence once made the event stage loop forever, and a batch (``sitrep analyze``
over many files, ``sitrep ingest`` and its resume, the HTTP API, the Dask workers) stalled
on it. Under ``deadline`` a timer thread raises :class:`TimeLimitExceeded` in the analysing
thread when the time is up (``PyThreadState_SetAsyncExc``); the pipeline turns it into a
skip (E023) and goes on with the next article.

Why a timer thread and not a killable worker process: the same code path then serves every
caller, in any thread (the HTTP API's threaded routes, a Dask worker's task thread, the main
thread), at no cost per article but starting one short-lived timer thread; a forked worker
would have to pickle each report back, would run the ONNX encoder (whose thread pool does
not survive a fork) in the child, and cannot be forked at all from Dask's daemonic workers.
The limit of the mechanism: the exception is delivered when the thread next runs Python
bytecode, so a stall inside one long C call (a regular expression that backtracks for
ever) is cut only when that call returns; every stall seen so far was a Python loop.
``TimeLimitExceeded`` derives from ``BaseException`` so that no ``except Exception`` in a
stage swallows it and keeps looping; and while the block still runs the timer raises it
again every :data:`REPEAT` seconds, so a handler that swallows even that (an ``except
BaseException``, a ``__del__`` or a weakref callback, where Python drops exceptions) does
not leave the article without a limit. The timer logs nothing: the caller that turns the
exception into a skip logs it once.
"""
from __future__ import annotations

import ctypes
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["TimeLimitExceeded", "deadline"]

log = logging.getLogger(__name__)

REPEAT = 1.0  # seconds between raises once the limit has passed and the block still runs


class TimeLimitExceeded(BaseException):
    """Raised in the analysing thread when its time limit has passed (see module doc)."""


def _raise_in(thread_id: int) -> None:
    n = ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(TimeLimitExceeded))
    if n > 1:  # cannot happen for one live thread id; undo rather than hit several threads
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), None)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`TimeLimitExceeded` in this thread if the block runs longer than
    ``seconds``, and again every :data:`REPEAT` seconds until the block ends (0 or less,
    or more than a timer can wait: no limit). Nothing is raised after the block has ended."""
    if not 0 < seconds <= threading.TIMEOUT_MAX:  # (NaN and infinity too)
        yield
        return
    thread_id = threading.get_ident()
    lock = threading.Lock()
    done = threading.Event()
    armed = [True]
    fired = [0]

    def watch() -> None:
        wait = seconds
        while not done.wait(wait):
            with lock:
                if not armed:
                    return
                fired[0] += 1
                if fired[0] > 1:
                    log.debug("time limit of %g s: its exception was swallowed; raising it again", seconds)
                _raise_in(thread_id)
            wait = REPEAT

    threading.Thread(target=watch, name="sitrep-deadline", daemon=True).start()
    try:
        yield
    finally:
        # One C call, done before this thread can take a pending exception (it checks for
        # one only after the call), so the watcher stops even if one surfaces just here.
        armed.clear()
        while True:  # drop what the watcher set but this thread has not raised yet
            try:
                with lock:  # (it raises only under the lock: after this, nothing more comes)
                    if fired[0]:
                        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), None)
                break
            except TimeLimitExceeded:
                continue
        done.set()
