"""The REST API (FastAPI, OpenAPI at ``/openapi.json``) and the dashboard (``/``).

``create_app(db)`` opens the store read-only once; every request reads through its own DuckDB
cursor, so requests run in parallel in the server's thread pool. Every filter value is bound
as a query parameter. ``POST /api/code`` codes a posted article with one :class:`Coder`
shared by the app, loaded on the first request.

Errors are JSON, ``{"status": 404, "error": "Not Found", "message": "..."}`` (with
``"details"`` for a request that fails validation), with the matching status code.

The dashboard is static HTML, JavaScript and CSS under ``static/``: nothing is fetched from
another host, and the Content-Security-Policy header allows scripts, styles and requests from
the app itself only.

Exposed beyond loopback (see ``guard.py``): with a ``token`` every route needs it (a bearer
header, or the cookie the login page sets); ``public`` serves the read-only routes to anyone
and refuses ``POST /api/code``; coding and the aggregate endpoints are rate-limited per
client; coding has a time limit and at most ``MAX_CODING`` requests in flight; CORS only for
the origins given.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from collections.abc import Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date, datetime
from http import HTTPStatus
from pathlib import Path
from typing import Annotated, Any, Literal

import duckdb
from fastapi import Body, Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, create_model
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..confidence import shipped
from ..errors import EventscopeError, InputError, StoreError
from ..store import SCHEMA, Store, confidence_condition
from .guard import RateLimit, RateLimits, TokenAuth, check_exposure

log = logging.getLogger("eventscope.serve")

STATIC = Path(__file__).with_name("static")
#: the largest request body accepted (``POST /api/code``); larger bodies get 413
MAX_BODY_BYTES = 1_000_000
#: the most rows one page of a list returns
MAX_LIMIT = 1000
MAX_OFFSET = 10_000_000
#: coding requests in flight at once (one codes, the others wait); more get 503
MAX_CODING = 2
#: seconds a coding request may take, waiting included; longer ones get 503
CODE_TIMEOUT = 60.0

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}

_PY_TYPES: dict[str, Any] = {
    "VARCHAR": str, "INTEGER": int, "BIGINT": int, "DOUBLE": float, "BOOLEAN": bool,
    "DATE": date, "TIMESTAMP": datetime, "VARCHAR[]": list[str],
}


def _row_model(name: str, table: str, *, drop: tuple[str, ...] = ()) -> type[BaseModel]:
    """A pydantic model of one row of a store table (every column nullable)."""
    fields: dict[str, Any] = {
        column: (_PY_TYPES[kind] | None, None)
        for column, kind, _ in SCHEMA[table] if column not in drop
    }
    return create_model(name, **fields)


# -- response models ----------------------------------------------------------------------------

EventRow = _row_model("Event", "events")
QuoteRow = _row_model("Quote", "quotes")
GlanceRow = _row_model("GlanceLine", "glance", drop=("article_id",))
ActorMention = _row_model("ActorMention", "actors")
QuantityRow = _row_model("Quantity", "quantities")
ArticleRow = _row_model("Article", "articles")
ArticleSummary = _row_model("ArticleSummary", "articles", drop=("text", "path"))


class Problem(BaseModel):
    status: int
    error: str
    message: str
    details: list[dict[str, Any]] | None = None


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    articles: int
    events: int


class EventPage(BaseModel):
    total: int = Field(description="events matching the filters")
    limit: int
    offset: int
    items: list[EventRow]  # type: ignore[valid-type]


class ArticlePage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ArticleSummary]  # type: ignore[valid-type]


class ArticleDetail(BaseModel):
    article: ArticleRow  # type: ignore[valid-type]
    events: list[EventRow]  # type: ignore[valid-type]
    quotes: list[QuoteRow]  # type: ignore[valid-type]
    glance: list[GlanceRow]  # type: ignore[valid-type]
    actors: list[ActorMention]  # type: ignore[valid-type]
    quantities: list[QuantityRow]  # type: ignore[valid-type]


class ActorSummary(BaseModel):
    country: str
    name: str | None
    kind: str | None
    mentions: int
    as_source: int
    as_target: int
    articles: int


class ActorPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ActorSummary]


class TimelineBin(BaseModel):
    period: date
    quad_class: int | None
    count: int
    goldstein_mean: float | None


class Dyad(BaseModel):
    source: str
    target: str
    count: int
    goldstein_mean: float | None


class CountryCount(BaseModel):
    country: str
    count: int
    goldstein_mean: float | None


class Place(BaseModel):
    name: str
    country: str | None
    lat: float
    lon: float
    count: int
    goldstein_mean: float | None


class CodeRequest(BaseModel):
    """An article to code: its text (the first line is the title unless ``title`` is given)."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=500_000)
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    outlet: str | None = Field(default=None, max_length=200)
    published: date | None = None


# -- filters -------------------------------------------------------------------------------------

_CODE = r"^[A-Za-z0-9]{1,16}$"


@dataclass
class EventFilters:
    """The filters of ``eventscope events`` (and two more: ``quad_class``, ``article``)."""

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    type: str | None = None
    cameo: str | None = None
    since: date | None = None
    until: date | None = None
    place: str | None = None
    text: str | None = None
    quad_class: int | None = None
    article: str | None = None
    min_confidence: float = 0.0

    def where(self) -> tuple[str, list[Any]]:
        """A WHERE clause (or ``""``) over ``events`` and its parameters."""
        where: list[str] = []
        params: list[Any] = []
        if self.actor:
            where.append("(source_country = ? OR target_country = ?)")
            params += [self.actor.upper(), self.actor.upper()]
        if self.source:
            where.append("source_country = ?")
            params.append(self.source.upper())
        if self.target:
            where.append("target_country = ?")
            params.append(self.target.upper())
        if self.type:
            where.append("plover_type = ?")
            params.append(self.type.upper())
        if self.cameo:
            where.append("starts_with(cameo_code, ?)")
            params.append(self.cameo)
        if self.since:
            where.append("date >= ?")
            params.append(self.since)
        if self.until:
            where.append("date <= ?")
            params.append(self.until)
        if self.place:
            where.append("(contains(lower(location_name), lower(?)) OR location_country = ?)")
            params += [self.place, self.place.upper()]
        if self.text:
            where.append("contains(lower(evidence_text), lower(?))")
            params.append(self.text)
        if self.quad_class is not None:
            where.append("quad_class = ?")
            params.append(self.quad_class)
        if self.article:
            where.append("article_id = ?")
            params.append(self.article)
        if self.min_confidence:
            where.append(confidence_condition())
            params.append(self.min_confidence)
        return (" WHERE " + " AND ".join(where)) if where else "", params


def event_filters(
    actor: Annotated[str | None, Query(pattern=_CODE, description="Source or target country "
                                       "code (USA).")] = None,
    source: Annotated[str | None, Query(pattern=_CODE, description="Source country code.")] = None,
    target: Annotated[str | None, Query(pattern=_CODE, description="Target country code.")] = None,
    type: Annotated[str | None, Query(pattern=_CODE, description="PLOVER event type "
                                      "(ASSAULT).")] = None,
    cameo: Annotated[str | None, Query(pattern=r"^[0-9]{1,4}$", description="CAMEO code or "
                                       "prefix (19: every FIGHT code).")] = None,
    since: Annotated[date | None, Query(description="First event date.")] = None,
    until: Annotated[date | None, Query(description="Last event date.")] = None,
    place: Annotated[str | None, Query(min_length=1, max_length=100, description="Part of the "
                                       "location name, or its country code.")] = None,
    text: Annotated[str | None, Query(min_length=1, max_length=200, description="Part of the "
                                      "evidence text (any case).")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4, description="QuadClass: 1 verbal "
                                            "cooperation … 4 material conflict.")] = None,
    article: Annotated[str | None, Query(min_length=1, max_length=200,
                                         description="Article id.")] = None,
    min_confidence: Annotated[float, Query(ge=0, le=1, allow_inf_nan=False, description=(
        "Only events whose confidence reaches this (0..1); events without a confidence, "
        "stored before events were rated, are kept."))] = 0.0,
) -> EventFilters:
    return EventFilters(actor, source, target, type, cameo, since, until, place, text,
                        quad_class, article, min_confidence)


Filters = Annotated[EventFilters, Depends(event_filters)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Rows per page (at most 1000).")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")]


# -- the app -------------------------------------------------------------------------------------


class _Reader:
    """The read-only store; every call takes its own cursor (safe across threads)."""

    def __init__(self, store: Store):
        self.store = store

    def rows(self, query: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        cursor = self.store.con.cursor()
        try:
            cursor.execute(query, params or [])
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {str(exc).splitlines()[0]}") from None
        finally:
            cursor.close()

    def value(self, query: str, params: list[Any] | None = None) -> Any:
        rows = self.rows(query, params)
        return next(iter(rows[0].values())) if rows else None


class _CoderHolder:
    """One Coder per app, loaded on first use; coding is serialised (spaCy is not re-entrant
    across threads for one pipeline). At most ``slots`` requests are in flight: a slot is held
    until the coding is done, even when the request gave up waiting for it."""

    def __init__(self, factory: Callable[[], Any] | None = None, *, slots: int = MAX_CODING,
                 timeout: float = CODE_TIMEOUT):
        self._factory = factory
        self._coder: Any = None
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(slots)
        self.timeout = timeout

    async def code_within_limits(self, request: CodeRequest) -> Any:
        if not self._slots.acquire(blocking=False):
            raise HTTPException(503, f"the server is busy coding ({MAX_CODING} requests in "
                                "flight); try again shortly", headers={"Retry-After": "5"})

        def work() -> Any:
            try:
                return self.code(request)
            finally:
                self._slots.release()

        try:
            return await asyncio.wait_for(asyncio.to_thread(work), self.timeout)
        except asyncio.TimeoutError:
            raise HTTPException(503, f"coding took longer than the limit of {self.timeout:g} "
                                "s; send a shorter text", headers={"Retry-After": "10"}) from None

    def code(self, request: CodeRequest) -> Any:
        from ..ingest import article_from_text

        article = article_from_text(request.text, title=request.title, url=request.url,
                                    outlet=request.outlet, published=request.published)
        with self._lock:
            if self._coder is None:
                if self._factory is not None:
                    self._coder = self._factory()
                else:
                    from ..coder import Coder

                    self._coder = Coder()
            return self._coder.code_article(article)


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413, by Content-Length or by counting
    (chunked bodies are read up to the limit and replayed to the app)."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.limit
            except ValueError:
                await _send_problem(send, 400, "Content-Length is not a number")
                return
            if too_big:
                await _send_problem(send, 413, f"the request body is over the limit of "
                                    f"{self.limit:,} bytes")
                return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await _send_problem(send, 413, f"the request body is over the limit of "
                                    f"{self.limit:,} bytes")
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class SecurityHeaders:
    """Add the Content-Security-Policy and friends to every response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.decode("latin-1").lower() not in SECURITY_HEADERS]
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, wrapped)


async def _send_problem(send: Send, status: int, message: str) -> None:
    response = _problem(status, message)
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(response.body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": response.body})


def _problem(status: int, message: str, details: list[dict[str, Any]] | None = None
             ) -> JSONResponse:
    content: dict[str, Any] = {"status": status, "error": HTTPStatus(status).phrase,
                               "message": message}
    if details is not None:
        content["details"] = details
    return JSONResponse(content, status_code=status)


def _not_found(what: str) -> HTTPException:
    return HTTPException(404, what)


def _analyse(name: str) -> Any:
    """``eventscope.analyse.<name>``, or 503 when this installation has no analysis module."""
    import importlib

    try:
        return importlib.import_module(f"eventscope.analyse.{name}")
    except ImportError:
        raise HTTPException(503, f"the {name} analysis is not available in this eventscope "
                            "installation") from None


_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "A filter the store cannot apply"},
    422: {"model": Problem, "description": "A parameter or body that fails validation"},
}


def create_app(db: str | Path | Store, *, coder_factory: Callable[[], Any] | None = None,
               token: str | None = None, public: bool = False,
               cors: tuple[str, ...] | list[str] = (), rate_limits: RateLimits | None = None,
               code_timeout: float = CODE_TIMEOUT) -> FastAPI:
    """The API and dashboard over the store at ``db`` (opened read-only), or over an open
    :class:`Store`. ``coder_factory`` builds the Coder for ``POST /api/code`` (default:
    ``Coder()``), on the first request. ``token``: every route needs it; ``public``: no
    coding; ``cors``: origins allowed to call the API from a browser; ``rate_limits``: the
    per-client buckets (default :class:`RateLimits`)."""
    if isinstance(db, Store):
        store, owned = db, False
    else:
        from ..batch import open_for_reading

        store, owned = open_for_reading(db), True
    reader = _Reader(store)
    coder = _CoderHolder(coder_factory, timeout=code_timeout)
    try:  # a table has row ids; the views over a batch folder's Parquet files do not
        reader.rows("SELECT rowid FROM events LIMIT 0")
        late_rows = True
    except StoreError:
        late_rows = False

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        if owned:
            store.close()

    app = FastAPI(
        title="eventscope",
        version=__version__,
        description="Coded political events (PLOVER and CAMEO) from news articles: articles, "
                    "events, stories, trends, alerts and actors of an eventscope store, and "
                    "coding of posted articles.",
        docs_url=None,  # Swagger UI and ReDoc load their scripts from a CDN; the spec is
        redoc_url=None,  # at /openapi.json
        lifespan=lifespan,
        responses=_ERRORS,
    )
    # the last added runs first: headers on every response, CORS preflights before the
    # token, rate limits before the work
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    if token is not None:
        app.add_middleware(TokenAuth, token=token)
    app.add_middleware(RateLimit, limits=rate_limits or RateLimits())
    if cors:
        from starlette.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cors),
                           allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(SecurityHeaders)

    # -- errors ----------------------------------------------------------------------------

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such path: {request.url.path}"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        response = _problem(exc.status_code, message)
        if exc.headers:
            response.headers.update(exc.headers)
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""),
                    "type": e.get("type", "")} for e in exc.errors()]
        first = details[0] if details else {"loc": [], "msg": "invalid request"}
        where = ".".join(str(p) for p in first["loc"])
        return _problem(422, f"{where}: {first['msg']}" if where else first["msg"], details)

    @app.exception_handler(InputError)
    async def bad_input(request: Request, exc: InputError) -> JSONResponse:
        return _problem(422, exc.reason)

    @app.exception_handler(EventscopeError)
    async def eventscope_error(request: Request, exc: EventscopeError) -> JSONResponse:
        return _problem(400, str(exc))

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("error serving %s %s", request.method, request.url.path)
        return _problem(500, f"internal error ({type(exc).__name__}); see the server log")

    # -- the API ---------------------------------------------------------------------------

    @app.get("/health", response_model=Health, tags=["meta"])
    def health() -> dict[str, Any]:
        """The server is up; how many articles and events the store holds."""
        return {"status": "ok", "version": __version__,
                "articles": reader.value("SELECT count(*) FROM articles"),
                "events": reader.value("SELECT count(*) FROM events")}

    @app.get("/api/articles", response_model=ArticlePage, tags=["articles"])
    def list_articles(
        limit: Limit = 50,
        offset: Offset = 0,
        q: Annotated[str | None, Query(min_length=1, max_length=200,
                                       description="Part of the title (any case).")] = None,
        outlet: Annotated[str | None, Query(min_length=1, max_length=200)] = None,
        since: Annotated[date | None, Query(description="First publication date.")] = None,
        until: Annotated[date | None, Query(description="Last publication date.")] = None,
    ) -> dict[str, Any]:
        """Stored articles, newest first (without their text)."""
        where: list[str] = []
        params: list[Any] = []
        if q:
            where.append("contains(lower(coalesce(title, '')), lower(?))")
            params.append(q)
        if outlet:
            where.append("outlet = ?")
            params.append(outlet)
        if since:
            where.append("published >= ?")
            params.append(since)
        if until:
            where.append("published <= ?")
            params.append(until)
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        columns = ", ".join(f'"{c}"' for c, _, _ in SCHEMA["articles"]
                            if c not in ("text", "path"))
        items = reader.rows(f"SELECT {columns} FROM articles{clause} "
                            "ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?",
                            [*params, limit, offset])
        total = reader.value(f"SELECT count(*) FROM articles{clause}", params)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @app.get("/api/articles/{article_id}", response_model=ArticleDetail, tags=["articles"],
             responses={404: {"model": Problem, "description": "No such article"}})
    def get_article(article_id: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
        """One article with its text, events, quotes, glance, actor mentions and quantities."""
        rows = reader.rows("SELECT * FROM articles WHERE id = ?", [article_id])
        if not rows:
            raise _not_found(f"no article with id {article_id!r}")
        by = [article_id]
        return {
            "article": rows[0],
            "events": reader.rows("SELECT * FROM events WHERE article_id = ? "
                                  "ORDER BY evidence_start, id", by),
            "quotes": reader.rows("SELECT * FROM quotes WHERE article_id = ? "
                                  "ORDER BY text_start, id", by),
            "glance": reader.rows("SELECT rank, text, text_start, text_end FROM glance "
                                  "WHERE article_id = ? ORDER BY rank", by),
            "actors": reader.rows("SELECT * FROM actors WHERE article_id = ? "
                                  "ORDER BY text_start NULLS LAST, role", by),
            "quantities": reader.rows("SELECT * FROM quantities WHERE article_id = ? "
                                      "ORDER BY text_start", by),
        }

    @app.get("/api/events", response_model=EventPage, tags=["events"])
    def list_events(filters: Filters, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
        """Events matching every filter given (as ``eventscope events``), in date and article
        order, a page at a time, with the total number that match."""
        clause, params = filters.where()
        order = " ORDER BY date NULLS LAST, article_id, evidence_start, id"
        if late_rows:  # sort the keys, then read the page's rows: 2-3x faster than SELECT *
            query = (f"SELECT * FROM events WHERE rowid IN (SELECT rowid FROM events{clause}"
                     f"{order} LIMIT ? OFFSET ?){order}")
        else:
            query = f"SELECT * FROM events{clause}{order} LIMIT ? OFFSET ?"
        items = reader.rows(query, [*params, limit, offset])
        if offset == 0 and len(items) < limit:
            total = len(items)
        else:
            total = reader.value(f"SELECT count(*) FROM events{clause}", params)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @app.get("/api/events/timeline", response_model=list[TimelineBin], tags=["events"])
    def timeline(filters: Filters,
                 bucket: Annotated[Literal["day", "week", "month"], Query()] = "day"
                 ) -> list[dict[str, Any]]:
        """Dated events per day, week or month and QuadClass, with the mean Goldstein score."""
        clause, params = filters.where()
        clause = _and(clause, "date IS NOT NULL")
        return reader.rows(
            f"SELECT date_trunc('{bucket}', date)::DATE AS period, quad_class, "
            "count(*) AS count, avg(goldstein) AS goldstein_mean "
            f"FROM events{clause} GROUP BY ALL ORDER BY period, quad_class", params)

    @app.get("/api/events/dyads", response_model=list[Dyad], tags=["events"])
    def dyads(filters: Filters,
              limit: Annotated[int, Query(ge=1, le=500)] = 60) -> list[dict[str, Any]]:
        """Who acts on whom: source and target country pairs, most events first."""
        clause, params = filters.where()
        clause = _and(clause, "source_country IS NOT NULL AND target_country IS NOT NULL")
        return reader.rows(
            "SELECT source_country AS source, target_country AS target, count(*) AS count, "
            f"avg(goldstein) AS goldstein_mean FROM events{clause} GROUP BY ALL "
            "ORDER BY count DESC, source, target LIMIT ?", [*params, limit])

    @app.get("/api/events/countries", response_model=list[CountryCount], tags=["events"])
    def countries(filters: Filters,
                  side: Annotated[Literal["source", "target"], Query(
                      description="Count events by their source or their target country."
                  )] = "source") -> list[dict[str, Any]]:
        """Events per source (or target) country, with the mean Goldstein score: the map's
        choropleth."""
        clause, params = filters.where()
        column = f"{side}_country"
        clause = _and(clause, f"{column} IS NOT NULL")
        return reader.rows(
            f"SELECT {column} AS country, count(*) AS count, avg(goldstein) AS goldstein_mean "
            f"FROM events{clause} GROUP BY ALL ORDER BY count DESC, country", params)

    @app.get("/api/events/places", response_model=list[Place], tags=["events"])
    def places(filters: Filters,
               limit: Annotated[int, Query(ge=1, le=5000)] = 1000) -> list[dict[str, Any]]:
        """Located events per place, with coordinates."""
        clause, params = filters.where()
        clause = _and(clause, "location_lat IS NOT NULL AND location_lon IS NOT NULL")
        return reader.rows(
            "SELECT location_name AS name, location_country AS country, location_lat AS lat, "
            "location_lon AS lon, count(*) AS count, avg(goldstein) AS goldstein_mean "
            f"FROM events{clause} GROUP BY ALL ORDER BY count DESC, name LIMIT ?",
            [*params, limit])

    @app.get("/api/events/{event_id}", response_model=EventRow, tags=["events"],
             responses={404: {"model": Problem, "description": "No such event"}})
    def get_event(event_id: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
        """One event."""
        rows = reader.rows("SELECT * FROM events WHERE id = ? LIMIT 1", [event_id])
        if not rows:
            raise _not_found(f"no event with id {event_id!r}")
        return rows[0]

    @app.get("/api/actors", response_model=ActorPage, tags=["actors"])
    def actors(
        limit: Limit = 100,
        offset: Offset = 0,
        q: Annotated[str | None, Query(min_length=1, max_length=100,
                                       description="Part of the code or name.")] = None,
        kind: Annotated[str | None, Query(pattern=r"^[a-z]{1,16}$",
                                          description="country, igo, group, person")] = None,
    ) -> dict[str, Any]:
        """Actors (by code) with their mentions as source, target, speaker or subject."""
        having: list[str] = []
        params: list[Any] = []
        if q:
            having.append("(contains(lower(country), lower(?)) OR "
                          "contains(lower(coalesce(name, '')), lower(?)))")
            params += [q, q]
        if kind:
            having.append("kind = ?")
            params.append(kind)
        grouped = ("SELECT country, mode(name) AS name, mode(kind) AS kind, "
                   "count(*) AS mentions, count(*) FILTER (role = 'source') AS as_source, "
                   "count(*) FILTER (role = 'target') AS as_target, "
                   "count(DISTINCT article_id) AS articles "
                   "FROM actors WHERE country IS NOT NULL GROUP BY country")
        clause = (" WHERE " + " AND ".join(having)) if having else ""
        items = reader.rows(f"SELECT * FROM ({grouped}){clause} ORDER BY mentions DESC, "
                            "country LIMIT ? OFFSET ?", [*params, limit, offset])
        total = reader.value(f"SELECT count(*) FROM ({grouped}){clause}", params)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    _analysis_routes(app, store)

    @app.post("/api/code", tags=["coding"],
              responses={413: {"model": Problem, "description": "Body over 1 MB"},
                         403: {"model": Problem, "description": "A public server codes nothing"},
                         429: {"model": Problem, "description": "Too many coding requests"},
                         503: {"model": Problem, "description": "Busy, or over the time limit"}})
    async def code(request: Annotated[CodeRequest, Body()]) -> dict[str, Any]:
        """Code a posted article (nothing is stored): its events, quotes, glance and
        quantities, as ``eventscope code --format json`` writes them."""
        from ..model import to_dict

        if public:
            raise HTTPException(403, "this server is public and read-only: it codes nothing "
                                "(run it with a token to allow coding)")
        return to_dict(await coder.code_within_limits(request))

    # -- the dashboard ---------------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    def root() -> RedirectResponse:
        return RedirectResponse("/dashboard/")

    @app.get("/dashboard/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


_CODE_PARAM = Annotated[str | None, Query(pattern=_CODE, description="Country code: either "
                                         "side (RUS).")]
_DYAD_PARAM = Annotated[str | None, Query(pattern=r"^[A-Za-z0-9]{1,16}-[A-Za-z0-9]{1,16}$",
                                          description="Directed dyad SOURCE-TARGET (RUS-UKR).")]
# far-off dates would make day-by-day series of millions of empty periods
_SINCE = Annotated[date | None, Query(ge=date(1900, 1, 1), le=date(2100, 12, 31),
                                      description="First date.")]
_UNTIL = Annotated[date | None, Query(ge=date(1900, 1, 1), le=date(2100, 12, 31),
                                      description="Last date.")]
_FREQ = Annotated[Literal["day", "week", "month"], Query(description="Period length.")]


def _min_confidence(use: str) -> Any:
    """The ``min_confidence`` parameter of an analysis (its default: the shipped recommended
    threshold for ``use``, "trends" or "alerts")."""
    return Annotated[float, Query(ge=0, le=1, allow_inf_nan=False, description=(
        "Count only canonical events whose confidence reaches this (0..1; default: the "
        f"recommended threshold for {use} shipped with eventscope); events without a "
        "confidence, stored before events were rated, are kept."))]


_TRENDS_CONFIDENCE = _min_confidence("trends")
_ALERTS_CONFIDENCE = _min_confidence("alerts")


def _analysis_routes(app: FastAPI, store: Store) -> None:
    """Stories, trends and alerts from :mod:`eventscope.analyse` over the story tables that
    ``eventscope stories`` (or ``serve`` at start-up) builds; 409 when they are not built,
    503 where the analysis module is missing."""

    def reading() -> Store:
        # the analysis functions use ``store.con``: give each request its own cursor
        cursor = store.con.cursor()
        present = {r[0] for r in cursor.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
        ).fetchall()}
        if not {"stories", "canonical_events"} <= present:
            cursor.close()
            raise HTTPException(409, f"no stories yet in {store.path}; build them with: "
                                f"eventscope stories --db {store.path}")
        if not _analyse("stories").layout_ok(cursor):
            cursor.close()
            raise HTTPException(409, f"the stories in {store.path} were built by an older "
                                f"eventscope; rebuild them with: eventscope stories --db "
                                f"{store.path}")
        return Store(cursor, store.path, read_only=True)

    recommended = shipped()

    conflict = {409: {"model": Problem, "description": "Story tables not built"},
                503: {"model": Problem, "description": "Analysis not available"}}

    @app.get("/api/stories", tags=["stories"], responses=conflict)
    def list_stories(limit: Limit = 50, offset: Offset = 0,
                     min_articles: Annotated[int, Query(ge=1, le=100_000)] = 1) -> Any:
        """Stories (articles about one happening, from many outlets), largest first, each
        with its articles, glance and canonical events."""
        module = _analyse("stories")
        with reading() as view:
            found = _reader_of(module)(view, limit=offset + limit, min_articles=min_articles)
            total = view.con.execute("SELECT count(*) FROM stories WHERE n_articles >= ?",
                                     [min_articles]).fetchone()[0]
        return {"total": total, "limit": limit, "offset": offset,
                "items": _jsonable(found[offset:])}

    @app.get("/api/stories/{story_id}", tags=["stories"],
             responses={404: {"model": Problem, "description": "No such story"}, **conflict})
    def get_story(story_id: Annotated[str, PathParam(max_length=200)]) -> Any:
        """One story with its source articles, glance and canonical events (each with the
        articles and evidence spans that report it)."""
        module = _analyse("stories")
        with reading() as view:
            found = _reader_of(module)(view, story_id=story_id)
        if not found:
            raise _not_found(f"no story with id {story_id!r}")
        return _jsonable(found[0])

    @app.get("/api/trends", tags=["trends"], responses=conflict)
    def trends(dyad: _DYAD_PARAM = None, actor: _CODE_PARAM = None, freq: _FREQ = "week",
               since: _SINCE = None, until: _UNTIL = None,
               min_confidence: _TRENDS_CONFIDENCE = recommended.threshold("trends")) -> Any:
        """Canonical events per period by QuadClass, with the Goldstein sum and mean (every
        period between the first and the last, zeros included)."""
        if dyad and actor:
            raise HTTPException(422, "give dyad or actor, not both")
        module = _analyse("trends")
        with reading() as view:
            series = module.time_series(view, dyad=dyad, actor=actor, freq=freq, since=since,
                                        until=until, min_confidence=min_confidence)
        return _jsonable(series)

    @app.get("/api/alerts", tags=["alerts"], responses=conflict)
    def alerts(
        threshold: Annotated[float, Query(ge=-2, le=2)] = 0.5,
        freq: _FREQ = "week",
        baseline: Annotated[int, Query(ge=1, le=52)] = 4,
        min_events: Annotated[int, Query(ge=1, le=100_000)] = 3,
        dyad: _DYAD_PARAM = None,
        actor: _CODE_PARAM = None,
        since: _SINCE = None,
        until: _UNTIL = None,
        min_confidence: _ALERTS_CONFIDENCE = recommended.threshold("alerts"),
    ) -> Any:
        """Dyad-periods whose escalation index reached ``threshold``, with the canonical
        events that drive them."""
        if dyad and actor:
            raise HTTPException(422, "give dyad or actor, not both")
        module = _analyse("alerts")
        with reading() as view:
            found = module.alerts(view, threshold=threshold, freq=freq, baseline=baseline,
                                  min_events=min_events, dyad=dyad, actor=actor, since=since,
                                  until=until, min_confidence=min_confidence)
        return _jsonable(found)


def _reader_of(module: Any) -> Callable[..., list[dict[str, Any]]]:
    """The function that reads stories back (``read_stories``; ``stories`` before)."""
    function = getattr(module, "read_stories", None) or getattr(module, "stories", None)
    if not callable(function):
        raise HTTPException(503, "the stories analysis cannot read stories in this eventscope "
                            "installation")
    return function


def _jsonable(value: Any) -> Any:
    from ..model import to_dict

    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if hasattr(value, "to_dict"):
        return to_dict(value.to_dict())
    return to_dict(value)


def build_stories_if_needed(db: str | Path) -> None:
    """Build (or refresh) the story tables before serving, when the store can be written;
    otherwise serve what is there (the stories endpoints say how to build them)."""
    from ..batch import is_batch

    if is_batch(db):
        return
    try:
        from ..analyse.stories import open_built
    except ImportError:
        return
    try:
        built, report = open_built(db)
    except StoreError as exc:
        log.warning("stories not built: %s", exc)
        return
    built.close()
    if report is not None:
        log.info("built the story tables")


def run(db: str | Path, host: str = "127.0.0.1", port: int = 8000, *,
        stories: bool = True, token: str | None = None, public: bool = False,
        cors: tuple[str, ...] | list[str] = (), proxy: bool = False,
        rate_limits: RateLimits | None = None) -> None:
    """Serve the API and dashboard with uvicorn until interrupted; with ``stories``, build
    the story tables first when they are missing or out of date. On an address other than
    loopback, a ``token`` or ``public`` is required (a :class:`~.guard.ServeError` otherwise).
    ``proxy``: trust ``X-Forwarded-For`` and ``X-Forwarded-Proto`` from loopback (a reverse
    proxy on the same machine), so rate limits see the real client."""
    import uvicorn

    check_exposure(host, token, public)
    if stories and Path(db).exists():
        build_stories_if_needed(db)
    app = create_app(db, token=token, public=public, cors=cors, rate_limits=rate_limits)
    mode = ("token required" if token is not None else
            "public, read-only" if public else "no token: loopback only")
    print(f"serving {db} ({mode}): the dashboard is at http://{host}:{port}/dashboard/",
          file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=False,
                proxy_headers=proxy, forwarded_allow_ips="127.0.0.1" if proxy else None,
                server_header=False)


__all__ = ["MAX_BODY_BYTES", "create_app", "run"]


def _and(clause: str, condition: str) -> str:
    """A WHERE clause (possibly empty) extended by a fixed condition."""
    return f"{clause} AND {condition}" if clause else f" WHERE {condition}"
