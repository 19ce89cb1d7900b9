"""What newsprobe's worker processes share: they end with their parent, work is handed to them with
a bounded number of tasks in flight, and a record they could not read is reported on one line."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator

# How often a child process checks that the process that started it is alive.
PARENT_CHECK_SECONDS = 0.5


def die_with_parent(parent: int) -> None:
    """End this process when ``parent`` ends, even by kill -9: a killed run must not leave workers
    behind, still analysing, hashing or writing files.

    A thread watches the parent's id (an orphan is adopted by another process). Linux's
    PR_SET_PDEATHSIG would fire when the *thread* that started the child ends, which kills
    children started from a thread pool (the server replaces its analysis process from one)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


def unreadable(error: Exception) -> str:
    """Why a record could not be read, on one line, for an error the readers did not foresee
    (their own are ``InputError``s: this is the safety net of batch workers and the server)."""
    return " ".join(f"cannot read this record ({error.__class__.__name__}: {error})".split())


def oldest(in_flight: list) -> list:
    """The first-submitted of the futures in flight: ``bounded`` then gives results in input order."""
    return in_flight[:1]


def bounded(submit: Callable, items: Iterable, limit: int, finished: Callable[[list], Iterable] = oldest) -> Iterator:
    """The results of ``submit(item)`` (a future) for each item, with at most ``limit`` in flight
    (``Pool.imap`` and ``Executor.map`` read their whole input at once). ``finished(in_flight)`` picks
    the futures whose results come next: the oldest (input order) by default, or whichever
    completed first (a ``wait(..., FIRST_COMPLETED)``) when order does not matter."""
    in_flight: list = []

    def hand_on() -> Iterator:
        for future in list(finished(in_flight)):
            in_flight.remove(future)
            yield future.result()

    for item in items:
        in_flight.append(submit(item))
        while len(in_flight) >= limit:
            yield from hand_on()
    while in_flight:
        yield from hand_on()
