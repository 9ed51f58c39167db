"""Fetching web pages safely: timeouts, robots.txt, size limits, bounded redirects, an SSRF guard.

``Fetcher(FetchConfig(...)).get(url)`` returns a :class:`Page` (the body read in full, at most
``max_bytes``) or raises :class:`FetchError`, an :class:`~eventscope.errors.InputError` whose
one-line message names the URL and the problem. ``article_from_page(page)`` extracts the
article (text, title, outlet, publication date) with trafilatura.

Safety defaults (each a field of :class:`FetchConfig`):

- only ``http`` and ``https`` URLs are fetched, on the first request and on every redirect;
- every address a host name resolves to is checked before connecting, on every hop; loopback,
  private, link-local, multicast, reserved and other non-public addresses are refused unless
  ``allow_private`` (or the address is in ``allow_networks``). The check runs inside the
  connection itself (the socket connects to the address that was checked), so a name that
  resolves differently a moment later cannot slip through; proxies from the environment are
  not used;
- redirects are followed by hand, at most ``max_redirects`` (5), and a loop is an error;
- the body is streamed and the download stops at ``max_bytes`` (5 MB); a ``Content-Length``
  above it is refused before reading;
- ``timeout`` seconds for connecting and between bytes, ``deadline`` for the whole response;
- robots.txt is read once per origin (cached for ``robots_ttl``) through the same guarded
  client and obeyed for ``user_agent``; an unreachable robots.txt (5xx, timeout) means "do not
  fetch now", a missing one (4xx) means everything is allowed (RFC 9309);
- per host, at most ``per_host_concurrency`` requests at once and ``per_host_delay`` seconds
  between the starts of two requests.

Errors carry ``permanent``: a 404, a refused address, robots.txt, a page that is too large, not
HTML or without article text will fail again; a timeout, a refused connection or a 5xx may not.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from email.message import Message
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpcore
import httpx

from . import __version__
from .errors import InputError, one_line
from .ingest import parse_date
from .model import Article

USER_AGENT = f"eventscope/{__version__} (news event coder; obeys robots.txt)"
MB = 1024 * 1024

#: content types of HTML pages
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
#: 4xx codes that may go away by themselves (so the URL is tried again later)
TRANSIENT_4XX = frozenset({408, 425, 429})
#: query parameters that only track the reader (dropped from canonical URLs)
TRACKING_PARAMS = frozenset({"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid",
                             "ocid", "cmpid", "_ga"})

PAGE_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309: parse at least the first 500 KiB


@dataclass(frozen=True)
class FetchConfig:
    """How pages are fetched; the defaults are the safe ones."""

    user_agent: str = USER_AGENT
    timeout: float = 10.0  # seconds to connect, and between two reads
    deadline: float = 60.0  # seconds for one whole response (a slow trickle ends here)
    max_bytes: int = 5 * MB
    max_redirects: int = 5
    allow_private: bool = False  # fetch loopback, private and other non-public addresses
    allow_networks: tuple[str, ...] = ()  # non-public networks allowed anyway ("10.1.0.0/16")
    respect_robots: bool = True
    robots_ttl: float = 3600.0  # seconds a host's robots.txt is trusted
    robots_retry: float = 300.0  # seconds before an unreachable robots.txt is asked again
    per_host_concurrency: int = 2
    per_host_delay: float = 1.0  # seconds between the starts of two requests to one host
    workers: int = 8  # requests in flight at once, over all hosts

    def __post_init__(self) -> None:
        if self.timeout <= 0 or self.deadline <= 0:
            raise ValueError("timeout and deadline must be positive")
        if self.max_bytes < 1 or self.max_redirects < 0:
            raise ValueError("max_bytes must be positive and max_redirects at least 0")
        if self.per_host_concurrency < 1 or self.workers < 1 or self.per_host_delay < 0:
            raise ValueError("per_host_concurrency and workers must be at least 1, "
                             "per_host_delay at least 0")
        for network in self.allow_networks:
            ipaddress.ip_network(network, strict=False)  # ValueError for a bad one


class FetchError(InputError):
    """A URL could not be fetched or gave no article: ``str()`` is ``URL: reason``."""

    def __init__(self, message: str, *, url: str, permanent: bool = True):
        super().__init__(message, path=url)
        self.url = url
        self.permanent = permanent


class RefusedError(FetchError):
    """The URL (or a redirect) points at an address the guard refuses."""


class UnreachableError(FetchError):
    """The host does not resolve or does not accept connections (may change: not permanent)."""

    def __init__(self, message: str, *, url: str):
        super().__init__(message, url=url, permanent=False)


@dataclass(frozen=True)
class Page:
    """A fetched response: ``url`` as asked, ``final_url`` after redirects."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str] = field(repr=False)
    body: bytes = field(repr=False)

    @property
    def content_type(self) -> str:
        """The media type, lower case, without parameters ('' when the server sent none)."""
        return _media_type(self.headers.get("content-type", ""))[0]

    @property
    def charset(self) -> str | None:
        return _media_type(self.headers.get("content-type", ""))[1]


# -- URLs ---------------------------------------------------------------------------------------


def check_url(url: str) -> str:
    """The URL if it is an absolute http(s) URL with a host; ``FetchError`` otherwise."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as exc:
        raise FetchError(f"not a valid URL ({exc})", url=url) from None
    if parts.scheme.lower() not in ("http", "https"):
        shown = parts.scheme or "none"
        raise FetchError(f"unsupported URL scheme '{shown}' (only http and https are fetched)",
                         url=url)
    if not parts.hostname:
        raise FetchError("URL has no host", url=url)
    return text


def canonical_url(url: str) -> str:
    """A stable form of an http(s) URL: lower-case scheme and host, no default port, no
    fragment, no tracking parameters (``utm_*``, ``fbclid``, …), ``/`` for an empty path."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    if port is not None and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    if parts.username or parts.password:
        userinfo = parts.username or ""
        if parts.password:
            userinfo += f":{parts.password}"
        host = f"{userinfo}@{host}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS]
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query, doseq=True), ""))


def is_url(text: str) -> bool:
    """Whether an argument names a URL (``scheme://…``) rather than a file."""
    return _URL_RE.match(text.strip()) is not None


_URL_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


# -- the address guard ------------------------------------------------------------------------


def address_problem(address: str) -> str | None:
    """Why an IP address is not a public one (``"a loopback address"``), or ``None``."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    checks = (
        ("is_loopback", "a loopback address"),
        ("is_unspecified", "an unspecified address"),
        ("is_link_local", "a link-local address"),
        ("is_multicast", "a multicast address"),
        ("is_private", "a private address"),
        ("is_reserved", "a reserved address"),
    )
    for attribute, words in checks:
        if getattr(ip, attribute):
            return words
    if not ip.is_global:
        return "a non-public address"
    return None


class AddressGuard:
    """Resolves host names and refuses addresses that are not public (unless allowed)."""

    def __init__(self, allow_private: bool = False, allow_networks: Iterable[str] = ()):
        self.allow_private = allow_private
        self.networks = [ipaddress.ip_network(n, strict=False) for n in allow_networks]

    def problem(self, address: str) -> str | None:
        if self.allow_private:
            return None
        problem = address_problem(address)
        if problem is None:
            return None
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if any(ip.version == n.version and ip in n for n in self.networks):
            return None
        return problem

    def resolve(self, host: str, port: int) -> list[str]:
        """Every address of the host, each of them checked; ``_Refused`` if any is refused."""
        host = host.strip("[]")
        try:
            ipaddress.ip_address(host.split("%", 1)[0])
            addresses = [host]
        except ValueError:
            try:
                infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            except (socket.gaierror, UnicodeError) as exc:
                raise _Unresolved(f"cannot resolve host {host!r} ({one_line(exc)})") from None
            addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        for address in addresses:
            problem = self.problem(address)
            if problem is not None:
                shown = host if host == address else f"{host} ({address})"
                raise _Refused(f"refused: {shown} is {problem}; private and local addresses "
                               "are not fetched unless allowed (--allow-private)")
        return addresses


class _Refused(Exception):
    """Raised inside a connection attempt for an address the guard refuses."""


class _Unresolved(Exception):
    """Raised inside a connection attempt for a host name that does not resolve."""


class _GuardedBackend(httpcore.NetworkBackend):
    """httpcore's socket backend, connecting only to addresses the guard has checked."""

    def __init__(self, guard: AddressGuard):
        self._guard = guard
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        error: Exception | None = None
        for address in self._guard.resolve(host, port):
            try:
                return self._inner.connect_tcp(address, port, timeout=timeout,
                                               local_address=local_address,
                                               socket_options=socket_options)
            except httpcore.ConnectError as exc:
                error = exc
        raise error or httpcore.ConnectError(f"no address for {host}")

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        raise _Refused("refused: unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _guarded_client(config: FetchConfig) -> httpx.Client:
    transport = httpx.HTTPTransport(retries=0)
    # the pool httpx would build, with the guarded backend (httpx has no option for it)
    transport._pool.close()
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(),
        max_connections=max(config.workers, config.per_host_concurrency) * 2,
        max_keepalive_connections=config.workers,
        keepalive_expiry=5.0,
        network_backend=_GuardedBackend(AddressGuard(config.allow_private,
                                                     config.allow_networks)),
    )
    timeout = httpx.Timeout(config.timeout)
    return httpx.Client(transport=transport, timeout=timeout, follow_redirects=False,
                        trust_env=False, headers={"User-Agent": config.user_agent})


# -- politeness -------------------------------------------------------------------------------


class _HostGate:
    """At most ``limit`` requests to one host at once, starts ``delay`` seconds apart."""

    def __init__(self, limit: int, delay: float):
        self._slots = threading.BoundedSemaphore(limit)
        self._lock = threading.Lock()
        self._delay = delay
        self._next = 0.0

    @contextmanager
    def slot(self) -> Iterator[None]:
        with self._slots:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next)
                self._next = start + self._delay
            if start > now:
                time.sleep(start - now)
            yield


@dataclass
class _Robots:
    parser: RobotFileParser | None  # None: everything allowed
    expires: float
    problem: str | None = None  # set when robots.txt could not be read (nothing is fetched)


# -- the fetcher ------------------------------------------------------------------------------


class Fetcher:
    """A guarded, polite HTTP client. Thread-safe; use it as a context manager or ``close()``."""

    def __init__(self, config: FetchConfig | None = None):
        self.config = config or FetchConfig()
        self._client = _guarded_client(self.config)
        self._lock = threading.Lock()
        self._gates: dict[str, _HostGate] = {}
        self._robots: dict[str, _Robots] = {}
        self._robot_locks: dict[str, threading.Lock] = {}

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, *, accept: str = PAGE_ACCEPT,
            headers: dict[str, str] | None = None) -> Page:
        """GET the URL, following redirects by hand; ``FetchError`` for every failure."""
        first = check_url(url)
        current = first
        seen = [current]
        for _ in range(self.config.max_redirects + 1):
            self._obey_robots(current, first)
            status, response_headers, body = self._request(current, first, accept, headers)
            location = response_headers.get("location")
            if status in REDIRECT_CODES and location:
                target = urljoin(current, location.strip())
                try:
                    check_url(target)
                except FetchError as exc:
                    raise FetchError(f"redirect to {target} refused: {exc.reason}",
                                     url=first) from None
                if target in seen:
                    chain = " -> ".join([*seen[seen.index(target):], target])
                    raise FetchError(f"redirect loop ({chain})", url=first)
                seen.append(target)
                current = target
                continue
            if status in REDIRECT_CODES:
                raise FetchError(f"HTTP {status} redirect without a Location header", url=first)
            return Page(url=first, final_url=current, status=status, headers=response_headers,
                        body=body)
        raise FetchError(f"too many redirects (more than {self.config.max_redirects})",
                         url=first)

    # -- one request --------------------------------------------------------------------------

    def _gate(self, host: str) -> _HostGate:
        with self._lock:
            gate = self._gates.get(host)
            if gate is None:
                gate = _HostGate(self.config.per_host_concurrency, self.config.per_host_delay)
                self._gates[host] = gate
            return gate

    def _request(self, url: str, first: str, accept: str, headers: dict[str, str] | None,
                 *, limit: int | None = None, truncate: bool = False
                 ) -> tuple[int, dict[str, str], bytes]:
        """One GET without redirects: status, headers (lower-case names) and the body (not
        read for redirects and errors)."""
        config = self.config
        limit = limit or config.max_bytes
        hop = "" if url == first else f"redirect to {url}: "
        host = (urlsplit(url).hostname or "").lower()
        request_headers = {"Accept": accept, **(headers or {})}
        try:
            with self._gate(host).slot():
                with self._client.stream("GET", url, headers=request_headers) as response:
                    status = response.status_code
                    names = {k.lower(): v for k, v in response.headers.items()}
                    if status in REDIRECT_CODES or status == 304:
                        return status, names, b""
                    if status >= 400:
                        phrase = f" {response.reason_phrase}" if response.reason_phrase else ""
                        permanent = status < 500 and status not in TRANSIENT_4XX
                        raise FetchError(f"{hop}HTTP {status}{phrase}", url=first,
                                         permanent=permanent)
                    body = self._read(response, limit, truncate, hop, first)
                    return status, names, body
        except FetchError:
            raise
        except _Refused as exc:
            where = f"redirect to {url} " if hop else ""
            raise RefusedError(f"{where}{exc}", url=first) from None
        except _Unresolved as exc:
            raise UnreachableError(f"{hop}{exc}", url=first) from None
        except httpx.TimeoutException:
            raise FetchError(f"{hop}timed out (no answer within {config.timeout:g} s)",
                             url=first, permanent=False) from None
        except httpx.ConnectError as exc:
            raise UnreachableError(f"{hop}cannot connect: {one_line(exc)}",
                                   url=first) from None
        except (httpx.DecodingError, httpx.RemoteProtocolError, httpx.LocalProtocolError) as exc:
            raise FetchError(f"{hop}invalid HTTP response: {one_line(exc)}",
                             url=first) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{hop}fetch failed: {one_line(exc)}", url=first,
                             permanent=False) from None

    def _read(self, response: httpx.Response, limit: int, truncate: bool, hop: str,
              first: str) -> bytes:
        size = response.headers.get("content-length", "")
        if size.strip().isdigit() and int(size) > limit and not truncate:
            raise FetchError(f"{hop}page too large: {int(size):,} bytes (Content-Length) over "
                             f"the limit of {_size(limit)}", url=first)
        deadline = time.monotonic() + self.config.deadline
        chunks: list[bytes] = []
        total = 0
        for chunk in response.iter_bytes():
            total += len(chunk)
            if total > limit:
                if truncate:
                    chunks.append(chunk[: len(chunk) - (total - limit)])
                    break
                raise FetchError(f"{hop}page too large: more than the limit of {_size(limit)}; "
                                 "download stopped", url=first)
            chunks.append(chunk)
            if time.monotonic() > deadline:
                raise FetchError(f"{hop}too slow: the response took more than "
                                 f"{self.config.deadline:g} s", url=first, permanent=False)
        return b"".join(chunks)

    # -- robots.txt ---------------------------------------------------------------------------

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets this fetcher's user agent fetch the URL (reads it if needed;
        ``FetchError`` when it cannot be read)."""
        robots = self._robots_for(check_url(url))
        return robots.parser is None or robots.parser.can_fetch(self.config.user_agent, url)

    def _obey_robots(self, url: str, first: str) -> None:
        if not self.config.respect_robots:
            return
        try:
            robots = self._robots_for(url)
        except RefusedError as exc:  # the host itself is refused
            where = "" if url == first else f"redirect to {url} "
            raise RefusedError(f"{where}{exc.reason}", url=first) from None
        except UnreachableError as exc:  # the host is down: so is the page
            where = "" if url == first else f"redirect to {url}: "
            raise UnreachableError(f"{where}{exc.reason}", url=first) from None
        if robots.problem:
            raise FetchError(robots.problem, url=first, permanent=False)
        if robots.parser is not None and not robots.parser.can_fetch(self.config.user_agent,
                                                                     url):
            where = "" if url == first else f"redirect to {url}: "
            raise FetchError(f"{where}disallowed by robots.txt", url=first)

    def _robots_for(self, url: str) -> _Robots:
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        with self._lock:
            lock = self._robot_locks.setdefault(origin, threading.Lock())
        with lock:  # one read per origin, however many threads ask
            cached = self._robots.get(origin)
            if cached is not None and cached.expires > time.monotonic():
                return cached
            robots = self._read_robots(origin)
            self._robots[origin] = robots
            return robots

    def _read_robots(self, origin: str) -> _Robots:
        config = self.config
        now = time.monotonic()
        robots_url = f"{origin}/robots.txt"
        current = robots_url
        try:
            for _ in range(config.max_redirects + 1):
                status, headers, body = self._request(current, current, "text/plain,*/*;q=0.1",
                                                      None, limit=ROBOTS_MAX_BYTES,
                                                      truncate=True)
                location = headers.get("location")
                if status in REDIRECT_CODES and location:
                    current = check_url(urljoin(current, location.strip()))
                    continue
                break
            else:
                return _Robots(None, now + config.robots_ttl)  # RFC 9309: like unavailable
        except (RefusedError, UnreachableError):
            if current == robots_url:
                raise  # the host itself is refused, or down
            return _Robots(None, now + config.robots_ttl)  # a redirect elsewhere: unavailable
        except FetchError as exc:
            if exc.permanent:  # 4xx, and anything that says "there is none": allow all
                return _Robots(None, now + config.robots_ttl)
            problem = f"robots.txt of {origin} cannot be read now ({exc.reason}); not fetching"
            return _Robots(None, now + config.robots_retry, problem)
        parser = RobotFileParser(robots_url)
        parser.parse(body.decode("utf-8", errors="replace").splitlines())
        return _Robots(parser, now + config.robots_ttl)


# -- pages to articles ------------------------------------------------------------------------


def article_from_page(page: Page, *, title: str | None = None, outlet: str | None = None,
                      published: date | None = None) -> Article:
    """The article of an HTML page, extracted with trafilatura.

    The title, outlet (site name) and publication date come from the page's metadata when it
    has them, else from the arguments (a feed's item title, the feed's name, the item's date).
    The article's URL is the page's canonical URL (its ``<link rel="canonical">`` when that
    is on the same host, else the URL after redirects, in :func:`canonical_url` form), and
    its id ``Article.make_id(url, text)``: the same page gets the same id on every fetch.
    ``FetchError`` for a body that is not HTML or holds no English article text.
    """
    from trafilatura import bare_extraction

    from .ingest import MIN_WORDS_FOR_LANGUAGE, article_from_text

    url = page.url
    kind = page.content_type
    if kind and kind not in HTML_TYPES:
        raise FetchError(f"not an HTML page (content type {kind})", url=url)
    body = page.body
    if not body.strip():
        raise FetchError("empty page", url=url)
    if b"\x00" in body[:4096]:
        raise FetchError("not an HTML page (binary content)", url=url)
    html: str | bytes = body
    charset = page.charset
    try:
        html = body.decode(charset or "utf-8")
    except (LookupError, UnicodeDecodeError):
        html = body  # trafilatura guesses the encoding
    try:
        document = bare_extraction(
            html,  # no url=: the page's own canonical link (or og:url) is wanted
            with_metadata=True,
            include_comments=False,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as exc:  # trafilatura raises assorted errors on garbage
        raise FetchError(f"cannot parse HTML: {one_line(exc)}", url=url) from None
    text = (getattr(document, "text", None) or "").replace("\r\n", "\n")
    if len(text.split()) < MIN_WORDS_FOR_LANGUAGE:
        raise FetchError("no article text found in page", url=url)
    try:
        return article_from_text(
            text,
            url=_article_url(page, _canonical_link(html) or getattr(document, "url", None)),
            title=getattr(document, "title", None) or title,
            outlet=_outlet(getattr(document, "sitename", None), outlet, page.final_url),
            published=parse_date(getattr(document, "date", None)) or published,
        )
    except InputError as exc:
        raise FetchError(exc.reason, url=url) from None


_LINK_TAG_RE = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE_RE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


def _canonical_link(html: str | bytes) -> str | None:
    """The href of the page's ``<link rel="canonical">`` (relative or absolute), if any."""
    text = html.decode("latin-1") if isinstance(html, bytes) else html
    end = text.lower().find("</head>")
    head = text if end < 0 else text[:end]
    for tag in _LINK_TAG_RE.findall(head):
        attributes = {m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None)
                      for m in _ATTRIBUTE_RE.finditer(tag)}
        if "canonical" in attributes.get("rel", "").lower().split() and attributes.get("href"):
            return attributes["href"].strip()
    return None


def _outlet(sitename: str | None, hint: str | None, url: str) -> str | None:
    """The page's site name, unless it is only the host name (trafilatura's fallback) and
    the caller knows better (the feed's name)."""
    host = (urlsplit(url).netloc or "").lower()
    if not sitename or (hint and sitename.lower().removeprefix("www.") in
                        (host, host.removeprefix("www."), host.split(":")[0])):
        return hint or sitename
    return sitename


def _article_url(page: Page, declared: str | None) -> str:
    final = canonical_url(page.final_url)
    if not declared:
        return final
    try:
        declared = canonical_url(check_url(urljoin(page.final_url, declared)))
    except FetchError:
        return final
    def bare(url: str) -> str:
        return (urlsplit(url).hostname or "").removeprefix("www.")
    return declared if bare(declared) == bare(final) else final



# -- helpers ----------------------------------------------------------------------------------


def _media_type(header: str) -> tuple[str, str | None]:
    message = Message()
    message["content-type"] = header or "application/x-unknown"
    kind = message.get_content_type().lower() if header else ""
    charset = message.get_param("charset")
    return kind, (charset.strip().lower() if isinstance(charset, str) and charset.strip()
                  else None)


def _size(limit: int) -> str:
    return f"{limit / MB:g} MB" if limit >= MB else f"{limit:,} bytes"


