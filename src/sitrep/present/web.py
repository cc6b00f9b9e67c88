"""The HTTP API and the web page: a thin FastAPI layer over ``sitrep.api`` and the store.

    sitrep serve [--db FILE]        # then open http://127.0.0.1:8000/

Routes (JSON unless said otherwise):

- ``GET /`` the web page (paste a story, read its report);
- ``GET /api/health`` liveness plus the report schema id;
- ``GET /api/schema`` the JSON Schema every report follows;
- ``POST /api/analyze`` ``{"text", "title"?, "published"?, "outlet"?, "url"?, "id"?}`` -> one report;
- ``GET /api/tables`` and ``GET /api/tables/{table}?limit=&offset=`` rows stored by
  ``sitrep ingest`` (only when started with a database; ``incidents`` and
  ``incident_mentions`` among them);
- ``GET /api/incidents?since=&limit=&offset=`` the merged incidents (full records, in
  order of first report) and ``GET /api/incidents/{id}`` one of them (404 when unknown).

Errors are typed and rendered for the client: ``{"error": {"code", "message"}}`` with
400 for a bad argument or request body (not JSON, not UTF-8, a field of the wrong type), 404
for an unknown table or no database, 413 for a body larger than ``options.max_bytes``
(E003, refused before it is read), 422 for a document that cannot be analysed; a route
that does not exist, a wrong method and even a bug (500, E099) answer in the same shape. As in Datasette, the server only reads the database: every request
opens its own read-only connection, and ``sitrep ingest`` stays the single writer. DuckDB lets
no other process open a file while one writes to it: during an ingest the database routes read
the copy the ingest keeps of the store as of a recent batch end (``sitrep.store.duck``:
``.FILE.sitrep-snapshot``) and say so in the headers ``X-Sitrep-Snapshot`` (when the copy was
made, UTC, ISO 8601) and ``X-Sitrep-Snapshot-Age`` (seconds), and answer 503 (E030) only where
no copy is there (a writer other than ``sitrep ingest``, or one that cannot write the copy).
"""
from __future__ import annotations

import datetime as dt
import json
import logging
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sitrep.config import Options
from sitrep.errors import ConfigError, InputError, SitrepError, StoreError

__all__ = ["create_app", "AnalyzeRequest", "BodyLimit"]

log = logging.getLogger(__name__)

MAX_ROWS = 1000
MAX_OFFSET = 10**12  # past any table; keeps islice within its bounds


class AnalyzeRequest(BaseModel):
    text: str = Field(description="The story; the first line is not taken as a title here.")
    title: str | None = None
    published: dt.date | None = Field(default=None, description="YYYY-MM-DD; relative dates resolve against it.")
    outlet: str | None = None
    url: str | None = None
    id: str | None = Field(default=None, description="Your own id for the story, returned as article.external_id.")


def _status(err: SitrepError) -> int:
    if isinstance(err, ConfigError):
        return 404 if err.code in ("E031", "E030", "E035") else 400
    if isinstance(err, InputError):
        return 422
    return 500 if not isinstance(err, StoreError) else 503


def _describe(problem: dict[str, Any]) -> str:
    """One validation problem in words a client can act on."""
    where = ".".join(str(x) for x in problem["loc"][1:])
    if problem["type"] == "json_invalid":
        return f"the body is not valid JSON: {problem.get('ctx', {}).get('error', problem['msg'])} (at character {where})"
    if not where and problem["loc"][:1] == ("body",):  # not an object, or none (wrong content type)
        return f"the body must be a JSON object with a 'text' field, sent as application/json ({problem['msg']})"
    return f"{where}: {problem['msg']}"


def _error(err: SitrepError, status: int) -> JSONResponse:
    return JSONResponse({"error": {"code": err.code, "message": err.message}}, status_code=status)


class _TooLarge(HTTPException):
    """A request body over the limit, found while it streams in (no Content-Length given)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, detail=f"more than {limit}")
        self.error = InputError("E003", size=f"more than {limit}", limit=limit)


class BodyLimit:
    """ASGI middleware: a request body larger than ``limit`` bytes is refused with 413 (E003)
    before it is read into memory, whether it declares its length or streams in chunks."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.limit:
            await _error(InputError("E003", size=int(declared), limit=self.limit), 413)(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise _TooLarge(self.limit)  # an HTTPException: FastAPI passes it on to the handler below
            return message

        await self.app(scope, counted, send)


def create_app(options: Options | None = None, *, db: Path | None = None) -> FastAPI:
    """The application; the language model loads on the first analysis, not here."""
    from sitrep import __version__
    from sitrep.api import analyze_text, get_pipeline
    from sitrep.present.jsonout import report_dict
    from sitrep.store.duck import TABLES, Store

    options = options or Options()
    app = FastAPI(title="sitrep", version=__version__,
                  description="News reports to structured, source-attributed event data.")

    @app.exception_handler(RequestValidationError)
    async def _bad_request(request: Request, err: RequestValidationError) -> JSONResponse:
        detail = "; ".join(_describe(e) for e in err.errors())
        return await _sitrep_error(request, ConfigError("E014", detail=detail))

    @app.exception_handler(SitrepError)
    async def _sitrep_error(request: Request, err: SitrepError) -> JSONResponse:
        return _error(err, _status(err))

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, err: HTTPException) -> JSONResponse:
        # unknown route, wrong method, a body that is not UTF-8 or too large: the same shape as every error
        detail = str(err.detail)
        if isinstance(err.__cause__, UnicodeDecodeError):  # FastAPI says only "There was an error parsing the body"
            detail = f"the body is not UTF-8 (byte {err.__cause__.start}): send the JSON encoded as UTF-8"
        sitrep_err = getattr(err, "error", None) or ConfigError("E014", detail=detail)
        return _error(sitrep_err, err.status_code)

    @app.exception_handler(Exception)
    async def _bug(request: Request, err: Exception) -> JSONResponse:
        log.error("%s %s failed", request.method, request.url.path, exc_info=err)
        return _error(SitrepError("E099", detail=type(err).__name__), 500)

    app.add_middleware(BodyLimit, limit=options.max_bytes)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page() -> str:
        return resources.files("sitrep.present").joinpath("static/index.html").read_text(encoding="utf-8")

    @app.get("/api/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "schema": "sitrep.report/1", "db": str(db) if db else None}

    @app.get("/api/schema")
    def schema() -> dict[str, Any]:
        return json.loads(resources.files("sitrep.schema").joinpath("report.schema.json").read_text(encoding="utf-8"))

    @app.post("/api/analyze")
    def analyze(req: AnalyzeRequest) -> dict[str, Any]:
        # A plain (threaded) route: the pipeline is CPU-bound and must not block the event loop.
        report = analyze_text(req.text, title=req.title, published=req.published, outlet=req.outlet,
                              url=req.url, options=options, pipeline=get_pipeline(options), external_id=req.id)
        return report_dict(report)

    def _store(response: Response) -> Store:
        if db is None:
            raise ConfigError("E030", path="(none)", detail="the server was started without --db")
        if not Path(db).exists():
            raise ConfigError("E030", path=db, detail="no such file")
        store = Store(db, read_only=True)
        if store.snapshot is not None:  # an ingest writes: this is its copy as of a recent batch end
            age = (dt.datetime.now(dt.timezone.utc) - store.snapshot).total_seconds()
            response.headers["X-Sitrep-Snapshot"] = store.snapshot.isoformat(timespec="seconds")
            response.headers["X-Sitrep-Snapshot-Age"] = f"{max(age, 0.0):.0f}"
        return store

    @app.get("/api/tables")
    def tables(response: Response) -> dict[str, int]:
        with _store(response) as store:
            return store.counts()

    @app.get("/api/tables/{table}")
    def rows(response: Response, table: str, limit: int = Query(100, ge=1, le=MAX_ROWS),
             offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> dict[str, Any]:
        if table not in TABLES:
            raise ConfigError("E031", table=table, choices=", ".join(TABLES))
        with _store(response) as store:
            total = store.counts()[table]
            items = list(islice(store.rows(table), offset, offset + limit))
        return {"table": table, "total": total, "offset": offset, "limit": limit, "rows": items}

    @app.get("/api/incidents")
    def incidents(response: Response, since: dt.date | None = Query(None, description="Only incidents on or after this day (YYYY-MM-DD)."),
                  limit: int = Query(100, ge=1, le=MAX_ROWS), offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> dict[str, Any]:
        from sitrep.present.incidents import incident_dict

        with _store(response) as store:
            found = [incident_dict(i) for i in islice(store.incidents(since=since), offset, offset + limit)]
            total = store.count_incidents(since=since)
        return {"total": total, "offset": offset, "limit": limit, "since": since.isoformat() if since else None, "incidents": found}

    @app.get("/api/incidents/{incident_id}")
    def incident(response: Response, incident_id: str) -> dict[str, Any]:
        from sitrep.present.incidents import incident_dict

        with _store(response) as store:
            return incident_dict(store.incident(incident_id))

    return app
