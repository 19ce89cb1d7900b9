"""The HTTP API and the web page: the same ``analyze()`` and report schema as the CLI.

    newsprobe serve [--host 127.0.0.1] [--port 8000] [--workers N] ...

Every error is JSON ``{"error": {"code", "message"}}`` on the API and a readable
message on the page; no response ever carries a stack trace. Nothing that blocks runs on
the event loop: reading and analysis run in the analysis process (analysis.py), the
report store and page rendering in worker threads.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

import anyio
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..inputs import kind_for
from ..readers import DEFAULT_MAX_BYTES
from ..report import SCHEMA_VERSION, Report
from ..text import paragraph_spans
from .analysis import AnalysisProcess, Answer, Job, Overrun, Unavailable
from .errors import ApiError
from .fetch import fetch_url
from .marks import evidence_links, paragraphs, source_colours, speaker_label
from .security import TOKEN_FILE_VARIABLE, add_security_headers, cross_site, http_url, read_token
from .store import ReportStore

HERE = Path(__file__).parent
log = logging.getLogger("newsprobe.access")
ENV_PREFIX = "NEWSPROBE_SERVER_"
# Memory one analysis may add to its process (which holds ~300 MB of models): extracting a
# pathological page or parsing a huge text stops here with a 413 instead of exhausting the machine.
DEFAULT_MEMORY_LIMIT = 1024 * 2**20


def _token_file_from_env() -> Path | None:
    value = os.environ.get(TOKEN_FILE_VARIABLE)
    return Path(value) if value else None


@dataclass
class Settings:
    store: Path = Path("newsprobe-reports.sqlite")
    retention_days: float = 30.0
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = 30.0  # seconds a request waits for its report before a 504; an overrunning analysis is stopped
    token: str | None = None  # bearer token for endpoints that write (checks store a report)
    token_file: Path | None = field(default_factory=_token_file_from_env)  # or the token read from this file
    allow_fetch: bool = False
    model: str | None = None
    index: Path | None = None  # reference index for provenance
    memory_limit: int = DEFAULT_MEMORY_LIMIT  # bytes one analysis may add to the analysis process

    def bearer_token(self) -> str | None:
        """The token, from ``token`` or else ``token_file``; ValueError names a file that cannot be read."""
        if self.token is not None or self.token_file is None:
            return self.token
        return read_token(self.token_file)

    def to_env(self) -> dict[str, str]:
        values = {k: v for k, v in vars(self).items() if v is not None}
        return {ENV_PREFIX + k.upper(): str(v) for k, v in values.items()}

    @classmethod
    def from_env(cls) -> Settings:
        raw = {k[len(ENV_PREFIX):].lower(): v for k, v in os.environ.items() if k.startswith(ENV_PREFIX)}
        kinds = {"store": Path, "retention_days": float, "max_bytes": int, "timeout": float, "token_file": Path,
                 "allow_fetch": lambda v: v == "True", "token": str, "model": str, "index": Path, "memory_limit": int}
        return cls(**{k: kinds[k](v) for k, v in raw.items() if k in kinds})


def error_response(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


class BodyLimit:
    """Refuse request bodies over the limit with a 413, whether or not Content-Length is sent.

    ``refuse(scope, message)`` makes the response: JSON for the API, the form with a message for the page."""

    class TooLarge(Exception):
        pass

    def __init__(self, app, limit: int, refuse):
        self.app, self.limit, self.refuse = app, limit, refuse

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        message = f"the request is larger than the {self.limit:,}-byte limit"
        length = dict(scope["headers"]).get(b"content-length")
        if length and length.isdigit() and int(length) > self.limit:
            return await (await self.refuse(scope, message))(scope, receive, send)
        received = 0
        started = False

        async def limited_receive():
            nonlocal received
            event = await receive()
            if event["type"] == "http.request":
                received += len(event.get("body", b""))
                if received > self.limit:
                    raise BodyLimit.TooLarge
            return event

        async def tracking_send(event):
            nonlocal started
            started = started or event["type"] == "http.response.start"
            await send(event)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyLimit.TooLarge:
            if not started:
                await (await self.refuse(scope, message))(scope, receive, send)


def create_app(settings: Settings | None = None, analysis: AnalysisProcess | None = None) -> FastAPI:
    """The app. It starts its own analysis process unless given one (which its owner starts and closes)."""
    settings = settings or Settings()
    token = settings.bearer_token()
    store = ReportStore(settings.store, settings.retention_days)
    owned = analysis is None
    analysis = analysis or AnalysisProcess(settings.model, settings.index)
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.filters["http_url"] = http_url
    templates.env.globals.update(version=__version__, schema=SCHEMA_VERSION, speaker_label=speaker_label,
                                 token_required=token is not None, max_bytes=settings.max_bytes)

    async def lifespan(app):
        # The analysis process loads the pipeline, the models and the index once, before the first request.
        if owned:
            analysis.start()
            try:
                await anyio.to_thread.run_sync(analysis.wait_ready)
                yield
            finally:
                analysis.close()
        else:
            yield

    async def render(name: str, context: dict, status: int = 200) -> HTMLResponse:
        """A page rendered in a worker thread: a long article makes a long page."""
        html = await anyio.to_thread.run_sync(lambda: templates.env.get_template(name).render(context))
        return HTMLResponse(html, status_code=status)

    async def form_page(error: str | None, status: int = 200, text: str = "", title: str = "") -> HTMLResponse:
        return await render("index.html", {"error": error, "text": text, "title": title}, status)

    async def refuse_large(scope, message: str) -> Response:
        if scope["path"].startswith("/api/"):
            return error_response(413, "too_large", message)
        return await form_page(f"{message}; nothing was checked.", 413)

    app = FastAPI(
        title="newsprobe",
        version=__version__,
        description="What is in a news article, with evidence, and whether it holds up.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.openapi_version = "3.0.3"  # the newest the packaged Swagger UI reads
    app.add_middleware(BodyLimit, limit=settings.max_bytes, refuse=refuse_large)
    try:
        import swagger_ui_bundle

        # Before /static, which would otherwise take (and miss) these paths.
        app.mount("/static/swagger", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="swagger")
        swagger = True
    except ImportError:
        swagger = False
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.middleware("http")
    async def headers_and_access_log(request: Request, call_next):
        started = time.perf_counter()
        response = await call_next(request)
        add_security_headers(response.headers)
        log.info(json.dumps({
            "method": request.method, "path": request.url.path, "status": response.status_code,
            "ms": round(1000 * (time.perf_counter() - started), 1),
            "client": request.client.host if request.client else None,
        }))
        return response

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError):
        return error_response(exc.status, exc.code, exc.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return error_response(exc.status_code, "http_error", str(exc.detail))

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception):
        logging.getLogger("newsprobe.server").exception("internal error")
        return error_response(500, "internal", "internal error; the server log has the details")

    def job(source: str, payload, name: str, **details) -> Job:
        return Job(source, payload, name, max_bytes=settings.max_bytes, memory_limit=settings.memory_limit,
                   model=settings.model, index=str(settings.index) if settings.index else None, **details)

    async def run_analysis(request_job: Job) -> Answer:
        try:
            answer = await analysis.run(request_job, settings.timeout)
        except Overrun:
            raise ApiError(504, "timeout", f"analysis took longer than {settings.timeout:g} s and was stopped") from None
        except Unavailable as exc:
            raise ApiError(503, "unavailable", f"analysis is unavailable: {exc}") from None
        if answer.error:
            raise ApiError(*answer.error)
        await anyio.to_thread.run_sync(store.put, answer.report_id, answer.report)
        return answer

    def guard_write(request: Request, form_token: str | None = None) -> None:
        """Writes (checks store a report) come from this server's own page or from non-browser clients, with the token if one is set."""
        if cross_site(request.headers):
            raise ApiError(403, "cross_site", "requests from other sites' pages are refused; use this server's page or its API")
        if token is None:
            return
        header = request.headers.get("authorization", "")
        given = header[7:] if header.lower().startswith("bearer ") else (form_token or "")
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise ApiError(401, "unauthorized", "this server requires a bearer token (Authorization: Bearer …)")

    async def read_form(request: Request):
        try:
            # A pasted article is one form field: as large as the body limit allows, not Starlette's 1 MB default.
            return await request.form(max_part_size=settings.max_bytes)
        except StarletteHTTPException as exc:
            raise ApiError(400, "bad_form", f"malformed form data: {exc.detail}") from None

    async def job_from_request(request: Request) -> Job:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type == "application/json":
            return await job_from_json(await request.body())
        if content_type == "multipart/form-data":
            return await job_from_form(await read_form(request))
        if content_type in ("text/plain", "text/html", "application/xhtml+xml"):
            return job("bytes", await request.body(), "request body", kind="text" if content_type == "text/plain" else "html")
        raise ApiError(415, "unsupported_media_type",
                       f"unsupported media type {content_type or '(none)'}; send application/json, multipart/form-data, text/plain or text/html")

    async def job_from_json(data: bytes) -> Job:
        try:
            record = await anyio.to_thread.run_sync(json.loads, data)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ApiError(400, "bad_json", f"malformed JSON: {exc}") from None
        except RecursionError:
            raise ApiError(400, "bad_json", "malformed JSON: nested too deeply") from None
        if not isinstance(record, dict):
            raise ApiError(422, "bad_request", 'expected a JSON object: {"title"?, "text"}, {"html"} or {"url"}')
        if "url" in record and not any(k in record for k in ("text", "body", "content", "html")):
            if not settings.allow_fetch:
                raise ApiError(422, "fetch_disabled", "fetching URLs is disabled on this server (start it with --allow-fetch)")
            url = record["url"]
            if not isinstance(url, str):
                raise ApiError(422, "bad_url", f"the url must be a string, not {json.dumps(url)[:80]}")
            title = record.get("title") if isinstance(record.get("title"), str) else None
            return job("html", await fetch_url(url), url, title=title, url=url)
        if not record.get("text") and not record.get("html") and not record.get("body"):
            raise ApiError(422, "empty", 'empty text: send {"text": "..."} with the article body')
        return job("bytes", data, "request", kind="json")  # parsed in the analysis process: a deep record need not be pickled

    async def job_from_form(form) -> Job:
        upload = form.get("file")
        title = _form_text(form, "title").strip() or None
        if isinstance(upload, UploadFile) and upload.filename:
            return job("bytes", await upload.read(), upload.filename, kind=kind_for(Path(upload.filename)), title=title)
        text = _form_text(form, "text")
        if not text.strip():
            raise ApiError(422, "empty", "empty text: paste an article or choose a file")
        return job("bytes", text.encode("utf-8"), "pasted text", kind="text", title=title)

    @app.post("/api/v1/check", summary="Analyse one article; returns its report")
    async def check(request: Request):
        guard_write(request)
        answer = await run_analysis(await job_from_request(request))
        key = answer.report_id
        return Response(answer.report, media_type="application/json", headers={
            "Location": f"/api/v1/reports/{key}", "X-Report-Id": key, "Link": f'</r/{key}>; rel="alternate"; type="text/html"'})

    @app.get("/api/v1/reports/{report_id}", summary="A stored report")
    async def get_report(report_id: str):
        report = await anyio.to_thread.run_sync(store.get, report_id)
        if report is None:
            raise ApiError(404, "not_found", f"no stored report {report_id!r} (reports are kept {settings.retention_days:g} days)")
        return Response(report, media_type="application/json", headers={"Content-Disposition": f'inline; filename="newsprobe-{report_id}.json"'})

    @app.get("/api/v1/health", summary="Liveness, version, report schema and whether the analysis process is ready")
    async def health():
        return {"status": "ok", "version": __version__, "schema": SCHEMA_VERSION, "fetch": settings.allow_fetch, "analysis": analysis.state}

    @app.get("/docs", include_in_schema=False)
    async def docs():
        if not swagger:
            return RedirectResponse("/openapi.json")
        return await render("docs.html", {})

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def page():
        return await form_page(None)

    @app.post("/check", include_in_schema=False)
    async def page_check(request: Request):
        form = None
        try:
            form = await read_form(request)
            guard_write(request, _form_text(form, "token"))
            answer = await run_analysis(await job_from_form(form))
        except ApiError as exc:
            kept = {"text": _form_text(form, "text"), "title": _form_text(form, "title")} if form is not None else {}
            return await form_page(exc.message, exc.status, **kept)
        return RedirectResponse(f"/r/{answer.report_id}", status_code=303)

    @app.get("/r/{report_id}", response_class=HTMLResponse, include_in_schema=False)
    async def report_page(report_id: str):
        stored = await anyio.to_thread.run_sync(store.get, report_id)
        if stored is None:
            return await form_page(f"No stored report {report_id!r}: it may have expired. Check the article again.", 404)
        return HTMLResponse(await anyio.to_thread.run_sync(_report_html, templates, report_id, stored))

    return app


def _form_text(form, name: str) -> str:
    """A text field of a form; a file sent under that name is not text."""
    value = form.get(name) if form is not None else None
    return value if isinstance(value, str) else ""


def _report_html(templates: Jinja2Templates, report_id: str, stored: str) -> str:
    report = Report.from_json(stored)
    context = {"report": report, "report_id": report_id, "paragraphs": paragraphs(report), "colours": source_colours(report),
               "evidence": evidence_links(report),
               "paragraph_of": {start: n for n, (start, _) in enumerate(paragraph_spans(report.article.body), start=1)}}
    return templates.env.get_template("report.html").render(context)


def app_from_env() -> FastAPI:
    """Factory for uvicorn workers: settings come from NEWSPROBE_SERVER_* variables."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    return create_app(Settings.from_env())
