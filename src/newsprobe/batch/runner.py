"""``newsprobe batch``: stream records to workers in chunks, commit each chunk, merge at the end.

Local mode runs chunks in this process (1 worker) or a process pool; Dask mode
submits the same ``process_chunk`` to a cluster. Every mode runs the same code
on the same chunks, so the reports are the same (``timings`` aside).
"""

from __future__ import annotations

import os
import time
from collections import Counter
from contextlib import nullcontext
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from . import output
from ..pipeline import warm_up
from ..processes import bounded
from ..quotes.tagger import use_quote_mode
from .sources import Unit, count_units, fingerprint, iter_units, parse_fields
from .worker import Options, process_chunk, start_worker

OUTPUT_SUFFIXES = (".jsonl", ".parquet")
# Records per chunk: large enough that scheduling costs little next to ~50 ms of analysis per
# record, small enough that a kill loses under a minute of one worker's work.
DEFAULT_CHUNK_SIZE = 50
# Chunks in flight per worker: keeps workers busy while bounding memory.
IN_FLIGHT_PER_WORKER = 2


@dataclass
class Summary:
    records: int = 0
    ok: int = 0
    errors: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    resumed_chunks: int = 0

    def add(self, chunk: dict) -> None:
        self.records += chunk["rows"]
        self.ok += chunk["ok"]
        self.errors.update(chunk["errors"])

    @property
    def rate(self) -> float:
        return self.records / self.seconds if self.seconds else 0.0


def _chunks(units: Iterator[Unit], size: int) -> Iterator[tuple[int, list[Unit]]]:
    index = 0
    while batch := list(islice(units, size)):
        yield index, batch
        index += 1


def run_batch(
    inputs: list[str],
    output_path: Path,
    *,
    workers: int = 1,
    resume: bool = False,
    dask: str | None = None,
    fields: str | None = None,
    max_bytes: int,
    record_timeout: float = 60.0,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    model: str | None = None,
    index: str | None = None,
    console: Console | None = None,
) -> Summary:
    output_path = Path(output_path)
    if output_path.suffix.lower() not in OUTPUT_SUFFIXES:
        raise ValueError(f"{output_path}: output must end in .jsonl or .parquet")
    if index:
        from ..index import load_index

        load_index(index).ensure_searchable()  # a missing or unfinished index fails the run before it starts
    options = Options(max_bytes=max_bytes, record_timeout=record_timeout, model=model, fields=parse_fields(fields), index=index)
    parts = output.parts_dir(output_path)
    quotes = use_quote_mode()  # a resumed run must not mix the quote modes' rows
    description = {"inputs": [str(Path(i).resolve()) for i in inputs], "fields": fields, "chunk_size": chunk_size,
                   "max_bytes": max_bytes, "record_timeout": record_timeout, "model": model, "quotes": quotes,
                   "files": fingerprint(inputs)}
    committed = output.start(parts, description, resume)

    summary = Summary(resumed_chunks=len(committed))
    for chunk in committed.values():
        summary.add(chunk)
    resumed_rows = summary.records
    total = count_units(inputs, max_bytes)
    console = console or Console(stderr=True)
    started = time.perf_counter()
    columns = [TextColumn("[bold]batch"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]:.1f} records/s"),
               TimeElapsedColumn(), TimeRemainingColumn(), TextColumn("[red]{task.fields[errors]} errors")]
    with Progress(*columns, console=console, transient=False, disable=not console.is_terminal) as progress:
        task = progress.add_task("batch", total=total, completed=summary.records, rate=0.0, errors=sum(summary.errors.values()))

        finished: list[int] = []

        def on_done(chunk: dict) -> None:
            output.commit(parts, chunk)
            finished.append(chunk["chunk"])
            summary.add(chunk)
            elapsed = time.perf_counter() - started
            progress.update(task, completed=summary.records, errors=sum(summary.errors.values()),
                            rate=(summary.records - resumed_rows) / elapsed if elapsed else 0.0)

        pending = ((i, units) for i, units in _chunks(iter_units(inputs, max_bytes), chunk_size) if i not in committed)
        if dask:
            _run_dask(dask, workers, pending, options, parts, on_done, model, quotes)
        elif workers > 1:
            _run_pool(workers, pending, options, parts, on_done, model)
        else:
            warm_up(model, index)
            for index, units in pending:
                on_done(process_chunk(index, units, options, str(parts)))
    every_chunk = sorted(set(committed) | set(finished))
    output.merge(parts, every_chunk, output_path)
    summary.seconds = time.perf_counter() - started
    return summary


def _run_pool(workers, pending, options, parts, on_done, model) -> None:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    context = multiprocessing.get_context("spawn")  # fresh interpreters: no forked threads or locks
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=start_worker,
                             initargs=(os.getpid(), model, options.index)) as pool:
        chunks = bounded(lambda chunk: pool.submit(process_chunk, *chunk, options, str(parts)), pending,
                         workers * IN_FLIGHT_PER_WORKER, lambda futures: wait(futures, return_when=FIRST_COMPLETED).done)
        for chunk in chunks:
            on_done(chunk)


def _run_dask(address, workers, pending, options, parts, on_done, model, quotes) -> None:
    from distributed import Client, LocalCluster, WorkerPlugin, wait

    class LoadModels(WorkerPlugin):
        """Each Dask worker loads the pipeline and models once, when it starts, in the run's quote mode
        (a remote worker does not share the run's environment)."""

        def setup(self, worker):
            use_quote_mode(quotes)
            warm_up(model, options.index)

    local = address == "local"
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) if local else nullcontext()
    with cluster, Client(cluster if local else address) as client:
        client.register_plugin(LoadModels(), name="newsprobe-models")
        slots = max(len(client.scheduler_info()["workers"]), 1) * IN_FLIGHT_PER_WORKER
        chunks = bounded(lambda chunk: client.submit(process_chunk, *chunk, options, str(parts), pure=False), pending,
                         slots, lambda futures: wait(futures, return_when="FIRST_COMPLETED").done)
        for chunk in chunks:
            on_done(chunk)
