"""The HTTP API and the web page: the same ``analyze()`` and report schema as the CLI.

    newsprobe serve [--host 127.0.0.1] [--port 8000] [--workers N] ...

Every error is JSON ``{"error": {"code", "message"}}`` on the API and a readable
message on the page; no response ever carries a stack trace.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

import anyio
from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import InputError
from ..pipeline import analyze, warm_up
from ..inputs import articles_from_bytes, kind_for
from ..readers import DEFAULT_MAX_BYTES, content_id, from_html, from_record
from ..text import paragraph_spans
from ..report import SCHEMA_VERSION, Article, Report
from .errors import ApiError
from .fetch import fetch_url
from .marks import paragraphs, source_colours, speaker_label
from .store import ReportStore

HERE = Path(__file__).parent
log = logging.getLogger("newsprobe.access")

# HTTP status for each reader error code; anything else about the input is 422.
STATUS_FOR_CODE = {"bad_json": 400, "binary": 415, "too_large": 413, "empty": 422, "not_english": 422, "no_text": 422}
ENV_PREFIX = "NEWSPROBE_SERVER_"


@dataclass
class Settings:
    store: Path = Path("newsprobe-reports.sqlite")
    retention_days: float = 30.0
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = 30.0  # seconds of analysis per request before a 504
    token: str | None = None  # bearer token for endpoints that write (checks store a report)
    allow_fetch: bool = False
    model: str | None = None
    index: Path | None = None  # reference index for provenance

    def to_env(self) -> dict[str, str]:
        values = {k: v for k, v in vars(self).items() if v is not None}
        return {ENV_PREFIX + k.upper(): str(v) for k, v in values.items()}

    @classmethod
    def from_env(cls) -> Settings:
        raw = {k[len(ENV_PREFIX):].lower(): v for k, v in os.environ.items() if k.startswith(ENV_PREFIX)}
        kinds = {"store": Path, "retention_days": float, "max_bytes": int, "timeout": float,
                 "allow_fetch": lambda v: v == "True", "token": str, "model": str, "index": Path}
        return cls(**{k: kinds[k](v) for k, v in raw.items() if k in kinds})


def error_response(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


class BodyLimit:
    """Refuse request bodies over the limit with a JSON 413, whether or not Content-Length is sent."""

    class TooLarge(Exception):
        pass

    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        message = f"request body is larger than the {self.limit:,}-byte limit"
        length = dict(scope["headers"]).get(b"content-length")
        if length and length.isdigit() and int(length) > self.limit:
            return await error_response(413, "too_large", message)(scope, receive, send)
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
                await error_response(413, "too_large", message)(scope, receive, send)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    store = ReportStore(settings.store, settings.retention_days)
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals.update(
        version=__version__, schema=SCHEMA_VERSION, speaker_label=speaker_label, token_required=settings.token is not None
    )
    limiter = anyio.CapacityLimiter(max(os.cpu_count() or 1, 1))

    async def lifespan(app):
        # The pipeline, every model and the index load once per worker, before the first request.
        warm_up(settings.model, settings.index)
        yield

    app = FastAPI(
        title="newsprobe",
        version=__version__,
        description="What is in a news article, with evidence, and whether it holds up.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.add_middleware(BodyLimit, limit=settings.max_bytes)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    try:
        import swagger_ui_bundle

        app.mount("/static/swagger", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="swagger")
        swagger = True
    except ImportError:
        swagger = False

    @app.middleware("http")
    async def access_log(request: Request, call_next):
        started = time.perf_counter()
        response = await call_next(request)
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

    async def run_analysis(article: Article) -> Report:
        try:
            with anyio.fail_after(settings.timeout):
                report = await anyio.to_thread.run_sync(lambda: analyze(article, model=settings.model, index=settings.index), limiter=limiter)
        except TimeoutError:
            raise ApiError(504, "timeout", f"analysis took longer than {settings.timeout:g} s") from None
        store.put(article_key(report), report)
        return report

    def require_token(request: Request, form_token: str | None = None) -> None:
        if settings.token is None:
            return
        header = request.headers.get("authorization", "")
        given = header[7:] if header.lower().startswith("bearer ") else (form_token or "")
        if not hmac.compare_digest(given.encode(), settings.token.encode()):
            raise ApiError(401, "unauthorized", "this server requires a bearer token (Authorization: Bearer …)")

    async def article_from_request(request: Request) -> Article:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type == "application/json":
            return await _from_json(await request.body(), settings)
        if content_type == "multipart/form-data":
            form = await request.form()
            return await _from_form(form, settings)
        if content_type in ("text/plain", "text/html", "application/xhtml+xml"):
            kind = "text" if content_type == "text/plain" else "html"
            return _single(articles_from_bytes(await request.body(), "request body", kind=kind, max_bytes=settings.max_bytes))
        raise ApiError(415, "unsupported_media_type",
                       f"unsupported media type {content_type or '(none)'}; send application/json, multipart/form-data, text/plain or text/html")

    @app.post("/api/v1/check", summary="Analyse one article; returns its report")
    async def check(request: Request):
        require_token(request)
        report = await run_analysis(await article_from_request(request))
        key = article_key(report)
        return JSONResponse(report.to_dict(), headers={"Location": f"/api/v1/reports/{key}", "X-Report-Id": key, "Link": f'</r/{key}>; rel="alternate"; type="text/html"'})

    @app.get("/api/v1/reports/{report_id}", summary="A stored report")
    async def get_report(report_id: str):
        report = store.get(report_id)
        if report is None:
            raise ApiError(404, "not_found", f"no stored report {report_id!r} (reports are kept {settings.retention_days:g} days)")
        return JSONResponse(report.to_dict(), headers={"Content-Disposition": f'inline; filename="newsprobe-{report_id}.json"'})

    @app.get("/api/v1/health", summary="Liveness, version and report schema")
    async def health():
        return {"status": "ok", "version": __version__, "schema": SCHEMA_VERSION, "fetch": settings.allow_fetch}

    @app.get("/docs", include_in_schema=False)
    async def docs():
        if not swagger:
            return RedirectResponse("/openapi.json")
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="newsprobe API",
            swagger_js_url="/static/swagger/swagger-ui-bundle.js", swagger_css_url="/static/swagger/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def page(request: Request):
        return templates.TemplateResponse(request, "index.html", {"error": None, "text": "", "title": ""})

    @app.post("/check", include_in_schema=False)
    async def page_check(request: Request):
        form = await request.form()
        try:
            require_token(request, form.get("token"))
            report = await run_analysis(await _from_form(form, settings))
        except ApiError as exc:
            context = {"error": exc.message, "text": form.get("text") or "", "title": form.get("title") or ""}
            return templates.TemplateResponse(request, "index.html", context, status_code=exc.status)
        return RedirectResponse(f"/r/{article_key(report)}", status_code=303)

    @app.get("/r/{report_id}", response_class=HTMLResponse, include_in_schema=False)
    async def report_page(request: Request, report_id: str):
        report = store.get(report_id)
        if report is None:
            context = {"error": f"No stored report {report_id!r}: it may have expired. Check the article again.", "text": "", "title": ""}
            return templates.TemplateResponse(request, "index.html", context, status_code=404)
        context = {"report": report, "report_id": report_id, "paragraphs": paragraphs(report), "colours": source_colours(report),
                   "paragraph_of": {start: n for n, (start, _) in enumerate(paragraph_spans(report.article.body), start=1)}}
        return templates.TemplateResponse(request, "report.html", context)

    return app


def article_key(report: Report) -> str:
    """Reports are stored by content hash, so the same article always has the same permalink."""
    return content_id(report.article.title, report.article.body)


def _single(results) -> Article:
    results = list(results)
    if len(results) != 1:
        raise ApiError(422, "several_records", f"expected one article, got {len(results)} records")
    if isinstance(results[0], InputError):
        raise _input_error(results[0])
    return results[0]


def _input_error(err: InputError) -> ApiError:
    return ApiError(STATUS_FOR_CODE.get(err.code, 422), err.code, err.problem)


async def _from_json(data: bytes, settings: Settings) -> Article:
    try:
        record = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ApiError(400, "bad_json", f"malformed JSON: {exc}") from None
    if not isinstance(record, dict):
        raise ApiError(422, "bad_request", 'expected a JSON object: {"title"?, "text"}, {"html"} or {"url"}')
    try:
        if "url" in record and not any(k in record for k in ("text", "body", "content", "html")):
            if not settings.allow_fetch:
                raise ApiError(422, "fetch_disabled", "fetching URLs is disabled on this server (start it with --allow-fetch)")
            html = await fetch_url(str(record["url"]))
            return from_html(html, title=record.get("title"), url=str(record["url"]), input_name=str(record["url"]), max_bytes=settings.max_bytes)
        if not record.get("text") and not record.get("html") and not record.get("body"):
            raise ApiError(422, "empty", 'empty text: send {"text": "..."} with the article body')
        return from_record(record, input_name="request", max_bytes=settings.max_bytes)
    except InputError as err:
        raise _input_error(err) from None


async def _from_form(form, settings: Settings) -> Article:
    upload = form.get("file")
    title = (form.get("title") or "").strip() or None
    if upload is not None and getattr(upload, "filename", None):
        data = await upload.read()
        name = upload.filename
        return _single(articles_from_bytes(data, name, kind=kind_for(Path(name)), title=title, max_bytes=settings.max_bytes))
    text = form.get("text") or ""
    if not text.strip():
        raise ApiError(422, "empty", "empty text: paste an article or choose a file")
    return _single(articles_from_bytes(text.encode("utf-8"), "pasted text", kind="text", title=title, max_bytes=settings.max_bytes))


def app_from_env() -> FastAPI:
    """Factory for uvicorn workers: settings come from NEWSPROBE_SERVER_* variables."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    return create_app(Settings.from_env())
