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
400 for a bad argument or request body, 404 for an unknown table or no database, 422 for a document that
cannot be analysed. As in Datasette, the server only reads the database: every request
opens its own read-only connection, and ``sitrep ingest`` stays the single writer.
"""
from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field

from sitrep.config import Options
from sitrep.errors import ConfigError, InputError, SitrepError, StoreError

__all__ = ["create_app", "AnalyzeRequest"]

MAX_ROWS = 1000


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
        detail = "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:])}: {e['msg']}" for e in err.errors())
        return await _sitrep_error(request, ConfigError("E014", detail=detail))

    @app.exception_handler(SitrepError)
    async def _sitrep_error(request: Request, err: SitrepError) -> JSONResponse:
        return JSONResponse({"error": {"code": err.code, "message": err.message}}, status_code=_status(err))

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

    def _store() -> Store:
        if db is None:
            raise ConfigError("E030", path="(none)", detail="the server was started without --db")
        if not Path(db).exists():
            raise ConfigError("E030", path=db, detail="no such file")
        return Store(db, read_only=True)

    @app.get("/api/tables")
    def tables() -> dict[str, int]:
        with _store() as store:
            return store.counts()

    @app.get("/api/tables/{table}")
    def rows(table: str, limit: int = Query(100, ge=1, le=MAX_ROWS), offset: int = Query(0, ge=0)) -> dict[str, Any]:
        if table not in TABLES:
            raise ConfigError("E031", table=table, choices=", ".join(TABLES))
        with _store() as store:
            total = store.counts()[table]
            items = list(islice(store.rows(table), offset, offset + limit))
        return {"table": table, "total": total, "offset": offset, "limit": limit, "rows": items}

    @app.get("/api/incidents")
    def incidents(since: dt.date | None = Query(None, description="Only incidents on or after this day (YYYY-MM-DD)."),
                  limit: int = Query(100, ge=1, le=MAX_ROWS), offset: int = Query(0, ge=0)) -> dict[str, Any]:
        from sitrep.present.incidents import incident_dict

        with _store() as store:
            found = [incident_dict(i) for i in islice(store.incidents(since=since), offset, offset + limit)]
            total = store.count_incidents(since=since)
        return {"total": total, "offset": offset, "limit": limit, "since": since.isoformat() if since else None, "incidents": found}

    @app.get("/api/incidents/{incident_id}")
    def incident(incident_id: str) -> dict[str, Any]:
        from sitrep.present.incidents import incident_dict

        with _store() as store:
            return incident_dict(store.incident(incident_id))

    return app
