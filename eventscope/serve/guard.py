"""What makes the server safe to expose: token authentication with a login page, per-client
rate limits, and the rule that an address other than loopback needs a token or ``--public``.

``TokenAuth`` (ASGI middleware) lets a request through when it carries the token as
``Authorization: Bearer TOKEN`` or the session cookie that the login page sets; every other
request gets 401: the login page for a browser asking for the dashboard, a JSON problem for
anything else. Tokens and cookies are compared as SHA-256 digests with
:func:`hmac.compare_digest`, so a wrong token of any length takes the same path as the right
one; the token is never logged and never put in the cookie (which holds an HMAC of it).

``RateLimit`` keeps a token bucket per client address and group of routes (coding, the
aggregate endpoints, the login form) and answers 429 with ``Retry-After`` when a bucket is
empty.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import math
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs

from starlette.types import ASGIApp, Receive, Scope, Send

from ..errors import EventscopeError

COOKIE = "eventscope_session"
TOKEN_ENV = "EVENTSCOPE_TOKEN"
#: the shortest token accepted: a guessable token is no protection
MIN_TOKEN_LENGTH = 16
#: the largest login form read
_MAX_FORM = 4096


class ServeError(EventscopeError):
    """The server cannot start as asked (no token on a public address, a bad token file)."""


def read_token(token_file: Path | None, environ: dict[str, str] | None = None) -> str | None:
    """The token from ``token_file`` (its first line), else from ``EVENTSCOPE_TOKEN``, else
    None. A file that cannot be read, is empty or holds a short token is a ServeError."""
    environ = os.environ if environ is None else environ
    if token_file is not None:
        try:
            raw = token_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8"
            raise ServeError(f"{token_file}: cannot read the token file ({reason})") from None
        lines = raw.strip().splitlines()
        token, where = (lines[0].strip() if lines else ""), str(token_file)
    elif environ.get(TOKEN_ENV):
        token, where = environ[TOKEN_ENV].strip(), TOKEN_ENV
    else:
        return None
    if len(token) < MIN_TOKEN_LENGTH:
        raise ServeError(f"{where}: the token is empty or shorter than {MIN_TOKEN_LENGTH} "
                         "characters; use a long random one (python3 -c 'import secrets; "
                         "print(secrets.token_urlsafe(32))')")
    return token


def is_loopback(host: str) -> bool:
    """Whether ``host`` is a loopback address (``localhost``, 127.0.0.0/8, ``::1``)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_exposure(host: str, token: str | None, public: bool) -> None:
    """Refuse to serve on an address other than loopback without a token or ``public``."""
    if token is None and not public and not is_loopback(host):
        raise ServeError(f"refusing to serve on {host} without a token: anyone who reaches "
                         f"it could read the store and make it code text; give --token-file "
                         f"FILE (or set {TOKEN_ENV}), or --public to serve read-only data to "
                         "anyone, or serve on 127.0.0.1")


def _digest(value: str | bytes) -> bytes:
    data = value.encode("utf-8", "surrogateescape") if isinstance(value, str) else value
    return hashlib.sha256(data).digest()


class TokenAuth:
    """Require the token on every request but the login form (see the module docstring)."""

    def __init__(self, app: ASGIApp, token: str):
        self.app = app
        self._token = _digest(token)
        self._session = hmac.new(token.encode("utf-8"), b"eventscope dashboard session",
                                 hashlib.sha256).hexdigest()
        self._session_digest = _digest(self._session)

    def allowed(self, scope: Scope) -> bool:
        """Whether the request carries the token (header) or the session (cookie); both
        comparisons always run, in constant time."""
        bearer, cookie = b"", b""
        for name, value in scope.get("headers") or []:
            if name == b"authorization" and value[:7].lower() == b"bearer ":
                bearer = value[7:].strip()
            elif name == b"cookie":
                cookie = _cookie(value, COOKIE.encode()) or cookie
        by_header = hmac.compare_digest(_digest(bearer), self._token)
        by_cookie = hmac.compare_digest(_digest(cookie), self._session_digest)
        return (by_header and bool(bearer)) or (by_cookie and bool(cookie))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path, method = scope.get("path", ""), scope.get("method", "GET")
        if path == "/login" and method == "POST":
            await self._login(scope, receive, send)
            return
        if path == "/logout" and method == "POST":
            await _send(send, 303, b"", [(b"location", b"/login"),
                                         (b"set-cookie", _set_cookie(scope, "", 0))])
            return
        if self.allowed(scope):
            if path == "/login":
                await _send(send, 303, b"", [(b"location", b"/dashboard/")])
                return
            await self.app(scope, receive, send)
            return
        if method in ("GET", "HEAD") and (path in ("/", "/login") or path.startswith(
                "/dashboard")):
            await _send(send, 401, _login_page(), [(b"content-type", b"text/html; charset=utf-8")])
            return
        await _send_json(send, 401, "a token is required: send 'Authorization: Bearer TOKEN' "
                         "(or log in at /login)",
                         [(b"www-authenticate", b'Bearer realm="eventscope"')])

    async def _login(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = b""
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > _MAX_FORM:
                await _send_json(send, 413, "the login form is too large")
                return
        fields = parse_qs(body.decode("latin-1"), max_num_fields=4)
        given = (fields.get("token") or [""])[0].strip()
        if given and hmac.compare_digest(_digest(given), self._token):
            await _send(send, 303, b"", [(b"location", b"/dashboard/"),
                                         (b"set-cookie", _set_cookie(scope, self._session))])
            return
        await _send(send, 401, _login_page(wrong=True),
                    [(b"content-type", b"text/html; charset=utf-8")])


def _cookie(header: bytes, name: bytes) -> bytes | None:
    for part in header.split(b";"):
        key, _, value = part.strip().partition(b"=")
        if key == name:
            return value.strip()
    return None


def _set_cookie(scope: Scope, value: str, max_age: int | None = None) -> bytes:
    cookie = f"{COOKIE}={value}; Path=/; HttpOnly; SameSite=Strict"
    if max_age is not None:
        cookie += f"; Max-Age={max_age}"
    if scope.get("scheme") == "https":
        cookie += "; Secure"
    return cookie.encode()


def _login_page(*, wrong: bool = False) -> bytes:
    note = '<p class="error" role="alert">That token is not right.</p>' if wrong else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>eventscope: log in</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>eventscope</h1>
<p>This server needs its access token.</p>{note}
<form method="post" action="/login">
<label for="token">Token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required>
<button type="submit">Log in</button>
</form></main></body></html>
""".encode()


async def _send(send: Send, status: int, body: bytes,
                headers: list[tuple[bytes, bytes]]) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [*headers, (b"content-length", str(len(body)).encode()),
                            (b"cache-control", b"no-store")]})
    await send({"type": "http.response.body", "body": body})


async def _send_json(send: Send, status: int, message: str,
                     headers: list[tuple[bytes, bytes]] = ()) -> None:  # type: ignore[assignment]
    import json
    from http import HTTPStatus

    body = json.dumps({"status": status, "error": HTTPStatus(status).phrase,
                       "message": message}).encode()
    await _send(send, status, body, [(b"content-type", b"application/json"), *headers])


# -- rate limits ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bucket:
    """A token bucket: ``burst`` requests at once, refilled at ``per_second``."""

    burst: int
    per_second: float


@dataclass(frozen=True)
class RateLimits:
    """Per-client buckets by group of routes; a group set to None is not limited."""

    code: Bucket | None = Bucket(burst=6, per_second=0.2)  # POST /api/code: 12 a minute
    aggregate: Bucket | None = Bucket(burst=30, per_second=3.0)  # 180 a minute
    login: Bucket | None = Bucket(burst=10, per_second=0.1)
    #: paths of the aggregate endpoints (each scans or groups the whole store)
    aggregate_paths: frozenset[str] = frozenset({
        "/api/events/timeline", "/api/events/dyads", "/api/events/places", "/api/trends",
        "/api/alerts", "/api/stories", "/api/actors"})

    @classmethod
    def per_minute(cls, code: float, aggregate: float) -> RateLimits:
        """Limits of ``code`` coding requests and ``aggregate`` aggregate requests a minute
        per client (0: not limited), each with a burst of a few requests at once."""
        return cls(code=Bucket(max(1, round(code / 2)), code / 60) if code > 0 else None,
                   aggregate=Bucket(max(1, round(aggregate / 6)), aggregate / 60)
                   if aggregate > 0 else None)

    def group(self, method: str, path: str) -> tuple[str, Bucket] | None:
        if method == "POST" and path == "/api/code" and self.code is not None:
            return "code", self.code
        if method == "POST" and path == "/login" and self.login is not None:
            return "login", self.login
        if method in ("GET", "HEAD") and path in self.aggregate_paths and self.aggregate:
            return "aggregate", self.aggregate
        return None


@dataclass
class _Buckets:
    clock: Callable[[], float] = time.monotonic
    #: the most (client, group) buckets kept; full ones are forgotten first
    size: int = 10_000
    levels: dict[tuple[str, str], tuple[float, float]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self, key: tuple[str, str], bucket: Bucket) -> float:
        """Take one request from the bucket: 0 when allowed, else seconds to wait."""
        now = self.clock()
        with self.lock:
            level, then = self.levels.get(key, (float(bucket.burst), now))
            level = min(float(bucket.burst), level + (now - then) * bucket.per_second)
            if level >= 1:
                self.levels[key] = (level - 1, now)
                if len(self.levels) > self.size:
                    self._forget(now, bucket)
                return 0.0
            self.levels[key] = (level, now)
            return (1 - level) / bucket.per_second

    def _forget(self, now: float, bucket: Bucket) -> None:
        oldest = sorted(self.levels, key=lambda k: self.levels[k][1])
        for key in oldest[:len(oldest) // 2]:
            del self.levels[key]


class RateLimit:
    """Answer 429 with Retry-After when a client's bucket for the route is empty."""

    def __init__(self, app: ASGIApp, limits: RateLimits = RateLimits(),
                 clock: Callable[[], float] = time.monotonic):
        self.app = app
        self.limits = limits
        self.buckets = _Buckets(clock=clock)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            found = self.limits.group(scope.get("method", "GET"), scope.get("path", ""))
            if found is not None:
                name, bucket = found
                client = (scope.get("client") or ("?", 0))[0]
                wait = self.buckets.take((client, name), bucket)
                if wait > 0:
                    seconds = max(1, math.ceil(wait))
                    await _send_json(send, 429, f"too many requests: try again in {seconds} s",
                                     [(b"retry-after", str(seconds).encode())])
                    return
        await self.app(scope, receive, send)


__all__ = ["RateLimits", "Bucket", "ServeError", "TokenAuth", "RateLimit", "check_exposure",
           "is_loopback", "read_token"]
