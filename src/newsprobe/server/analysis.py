"""Reading and analysis in a child process the server can stop.

A thread cannot be interrupted, so a request's time limit only holds if the work runs where it
can be killed. Each server worker starts one child process, which loads the pipeline and the
models once (``warm_up``) and then reads and analyses one article at a time: HTML extraction,
decoding and language detection included, so none of it runs on the event loop. A job that
overruns its time limit is answered 504 and its child is killed and replaced; a child whose
memory grows past its warmed-up size plus the job's limit ends itself and is replaced (413).

The server process loads no model: the child holds them (~300 MB).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

from .errors import ApiError

# HTTP status for each reader error code; anything else about the input is 422.
STATUS_FOR_CODE = {"bad_json": 400, "binary": 415, "too_large": 413, "empty": 422, "not_english": 422, "no_text": 422}
# Exit status of a child that went over its memory limit.
MEMORY_EXIT = 75
# How often the child compares its memory with the limit: the overshoot is what it can allocate in this time.
MEMORY_CHECK_SECONDS = 0.05
# A child still loading its models after this long is broken (a normal start takes seconds).
START_TIMEOUT = 300.0


@dataclass(frozen=True)
class Job:
    """One article to read and analyse, as the request sent it, with the server's limits."""

    source: str  # "record" (a JSON object), "bytes" (a file or a text/plain or text/html body), "html" (a fetched page)
    payload: object
    name: str  # the input's name in messages
    max_bytes: int
    memory_limit: int  # bytes the child may grow beyond its warmed-up size
    title: str | None = None
    kind: str | None = None  # for "bytes": text, html, json or jsonl; None to sniff
    url: str | None = None
    model: str | None = None
    index: str | None = None

    def article(self):
        from ..inputs import articles_from_bytes
        from ..readers import from_html, from_record

        read = {"max_bytes": self.max_bytes}
        if self.source == "record":
            return from_record(self.payload, input_name=self.name, **read)
        if self.source == "html":
            return from_html(self.payload, title=self.title, url=self.url, input_name=self.name, **read)
        records = list(articles_from_bytes(self.payload, self.name, kind=self.kind, title=self.title, **read))
        if len(records) != 1:
            raise ApiError(422, "several_records", f"expected one article, got {len(records)} records")
        if isinstance(records[0], Exception):
            raise records[0]
        return records[0]


@dataclass(frozen=True)
class Answer:
    """The child's answer: a report (its id and JSON) or an error (status, code, message)."""

    report_id: str | None = None
    report: str | None = None
    error: tuple[int, str, str] | None = None


class Overrun(Exception):
    """No answer within the time limit."""


class Unavailable(Exception):
    """The child could not load the pipeline or the models; the message says why."""


class AnalysisProcess:
    """The child process that reads and analyses articles for one server worker, one job at a time.

    ``run`` may be awaited from any event loop (tests run several apps, each on its own loop, against
    one child): the waiting happens in a worker thread, under a thread lock.
    """

    def __init__(self, model: str | None = None, index: str | Path | None = None):
        self.warm = (model, str(index) if index else None)  # what the child loads before its first job
        self._lock = threading.Lock()  # held while a job (or the start-up) is using the pipe
        self._process: multiprocessing.Process | None = None
        self._pipe = None
        self.state = "stopped"  # starting, ready, failed, stopped
        self.failure: str | None = None

    def start(self) -> None:
        context = multiprocessing.get_context("spawn")  # a fresh interpreter: no threads or locks forked from the server
        self._pipe, child_end = context.Pipe()
        self._process = context.Process(target=_child_main, args=(child_end, os.getpid(), *self.warm),
                                        name="newsprobe-analysis", daemon=True)
        self._process.start()
        child_end.close()
        self.state = "starting"

    def close(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join()
            self._pipe.close()
            self._process = None
        self.state = "stopped"

    def wait_ready(self, timeout: float = START_TIMEOUT) -> None:
        """Block until the child has loaded the models; raises ``Unavailable`` if it cannot."""
        with self._lock:
            self._await_ready(time.monotonic() + timeout)
        if self.state != "ready":
            raise Unavailable(f"the analysis process did not start within {timeout:g} s")

    async def run(self, job: Job, timeout: float) -> Answer:
        """The child's answer to ``job``, waiting for a free child within ``timeout`` seconds too."""
        import anyio

        return await anyio.to_thread.run_sync(self._run, job, time.monotonic() + timeout)

    def _run(self, job: Job, deadline: float) -> Answer:
        if not self._lock.acquire(timeout=max(deadline - time.monotonic(), 0)):
            raise Overrun
        try:
            if self.state == "ready" and not self._process.is_alive():  # ended while idle (killed from outside)
                self._replace()
            self._await_ready(deadline)
            if self.state != "ready" or time.monotonic() >= deadline:
                raise Overrun
            self._pipe.send(job)
            if not self._pipe.poll(max(deadline - time.monotonic(), 0)):
                self._replace()  # the only way to stop the work it is doing
                raise Overrun
            try:
                return self._pipe.recv()
            except EOFError:
                status = self._replace()
                if status == MEMORY_EXIT:
                    raise ApiError(413, "too_complex", f"the article needed more than {job.memory_limit / 2**20:,.0f} MiB "
                                   "of memory to read and analyse") from None
                raise RuntimeError(f"the analysis process ended with status {status}") from None
        finally:
            self._lock.release()

    def _await_ready(self, deadline: float) -> None:
        """Read the child's start-up message if it has come before ``deadline`` (called under the lock)."""
        if self.state == "failed":
            raise Unavailable(self.failure)
        if self.state != "starting" or not self._pipe.poll(max(deadline - time.monotonic(), 0)):
            return
        try:
            status, detail = self._pipe.recv()
        except EOFError:
            self._process.join()
            status, detail = "failed", f"the analysis process ended with status {self._process.exitcode} while starting"
        self.state, self.failure = status, detail
        if status == "failed":
            raise Unavailable(detail)

    def _replace(self) -> int | None:
        """Kill the child (if it still runs) and start another; returns the old child's exit status."""
        self._process.kill()
        self._process.join()
        status = self._process.exitcode
        self._pipe.close()
        self.start()
        return status


def _child_main(pipe, parent: int, model: str | None, index: str | None) -> None:
    from ..processes import die_with_parent
    from ..pipeline import warm_up

    die_with_parent(parent)
    try:
        warm_up(model, index)
    except Exception as exc:  # noqa: BLE001 — reported to the server, which refuses to start
        pipe.send(("failed", f"{exc.__class__.__name__}: {exc}"))
        return
    memory = _MemoryWatch()
    pipe.send(("ready", None))
    while True:
        try:
            job = pipe.recv()
        except EOFError:  # the server closed the pipe or died
            return
        memory.limit = job.memory_limit
        answer = _answer(job)
        memory.limit = None
        pipe.send(answer)


def _answer(job: Job) -> Answer:
    from ..processes import unreadable
    from ..errors import InputError
    from ..pipeline import analyze
    from ..readers import content_id

    try:
        article = job.article()
    except InputError as err:
        return Answer(error=(STATUS_FOR_CODE.get(err.code, 422), err.code, err.problem))
    except ApiError as err:
        return Answer(error=(err.status, err.code, err.message))
    except Exception as exc:  # noqa: BLE001 — input the readers cannot take ({"html": true}); logged in case it is their bug
        traceback.print_exc(file=sys.stderr)
        return Answer(error=(422, "bad_record", unreadable(exc)))
    try:
        report = analyze(article, model=job.model, index=job.index)
    except Exception:  # noqa: BLE001 — a bug: the details go to the server's log, not to the client
        traceback.print_exc(file=sys.stderr)
        return Answer(error=(500, "internal", "internal error; the server log has the details"))
    return Answer(content_id(article.title, article.body), report.to_json())


class _MemoryWatch:
    """Ends the child when its peak memory passes its warmed-up peak plus the running job's limit.

    A thread checks the peak resident size (``getrusage``, which every POSIX system has) while a job runs;
    the server sees the exit status and answers 413. The peak never falls, so the limit caps the child's
    size over its whole life: one that crept up is replaced by the next job that would pass it."""

    def __init__(self) -> None:
        self.baseline = _peak_rss()
        self.limit: int | None = None
        threading.Thread(target=self._watch, name="memory-watch", daemon=True).start()

    def _watch(self) -> None:
        while True:
            limit = self.limit
            if limit is not None and _peak_rss() - self.baseline > limit:
                os._exit(MEMORY_EXIT)
            time.sleep(MEMORY_CHECK_SECONDS)


def _peak_rss() -> int:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, KiB elsewhere
