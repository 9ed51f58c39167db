"""A small news site on 127.0.0.1 for the fetch, feed and watch tests.

``Site.start()`` serves, from a ``ThreadingHTTPServer`` on a free port in a background thread,
three article pages (the HTML files beside this one), an RSS and an Atom feed that list them
among bad links, and the bad cases themselves: a malformed feed, a slow page, huge pages (with
and without Content-Length), a redirect loop and a long redirect chain, redirects to private
addresses and to ``file:``, 404 and 500, a PDF, binary garbage served as HTML, a page without
text, and a robots.txt that disallows ``/private/``. ``site.hits[path]`` counts the requests
each path received.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).resolve().parent

PAGES = {
    "/news/kenya-tanzania-trade.html": "kenya-tanzania-trade.html",
    "/news/peru-recalls-ambassador.html": "peru-recalls-ambassador.html",
    "/news/norway-flood-aid.html": "norway-flood-aid.html",
}
TITLES = {
    "/news/kenya-tanzania-trade.html": "Kenya and Tanzania sign deal to reopen border crossings",
    "/news/peru-recalls-ambassador.html": "Peru recalls its ambassador to Mexico",
    "/news/norway-flood-aid.html": "Norway sends emergency aid to flood-hit Bangladesh",
}
OUTLETS = {
    "/news/kenya-tanzania-trade.html": "Coastal Ledger",
    "/news/peru-recalls-ambassador.html": "Andean Wire",
    "/news/norway-flood-aid.html": "Nordic Dispatch",
}
DATES = {
    "/news/kenya-tanzania-trade.html": "2025-03-04",
    "/news/peru-recalls-ambassador.html": "2025-02-11",
    "/news/norway-flood-aid.html": "2025-01-20",
}

#: the body of the page that is larger than the tests' size limit (100,000 bytes)
HUGE_SIZE = 300_000
#: the tests' client timeout, in seconds (generous: the machine may be busy)
TIMEOUT = 1.0
#: seconds the slow page waits before answering (past the timeout)
SLOW_SECONDS = 2.5
#: the ETag of the feeds (a conditional request with it gets 304)
FEED_ETAG = '"feed-v1"'


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    stream: int = 0  # > 0: this many bytes sent in chunks, without Content-Length
    pause: float = 0.0  # seconds between two chunks of a streamed body
    etag: str | None = None


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, Response | Callable[[BaseHTTPRequestHandler], Response]] = {}
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None

    # -- serving -------------------------------------------------------------------------------

    def start(self) -> Site:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server name
                site._serve(self)

            def log_message(self, *args: object) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        server.block_on_close = False
        self.server = server
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    @property
    def port(self) -> int:
        assert self.server is not None
        return self.server.server_address[1]

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def fetches(self) -> Counter[str]:
        """The hits of every path but robots.txt and the feeds."""
        return Counter({path: n for path, n in self.hits.items()
                        if path != "/robots.txt" and not path.startswith("/feeds/")})

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path.split("?", 1)[0]
        with self._lock:
            self.hits[path] += 1
            self.agents.append(handler.headers.get("User-Agent", ""))
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        released = False
        try:
            route = self.routes.get(path)
            if route is None:
                response = Response(404, b"<html><body>not found</body></html>",
                                    {"Content-Type": "text/html"})
            elif callable(route):
                response = route(handler)
            else:
                response = route
            if response.delay:
                time.sleep(response.delay)
            # A request is in flight until its answer starts: once the client has the whole
            # body it may send its next request before this thread gets to a `finally`, and a
            # count kept until then would see one request too many.
            with self._lock:
                self.in_flight -= 1
                released = True
            self._send(handler, replace(response, delay=0.0))
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading (size limit, timeout)
        finally:
            if not released:
                with self._lock:
                    self.in_flight -= 1

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, response: Response) -> None:
        if response.delay:
            time.sleep(response.delay)
        if response.etag and handler.headers.get("If-None-Match") == response.etag:
            handler.send_response(304)
            handler.send_header("ETag", response.etag)
            handler.end_headers()
            return
        handler.send_response(response.status)
        for name, value in response.headers.items():
            handler.send_header(name, value)
        if response.etag:
            handler.send_header("ETag", response.etag)
        if response.stream:
            handler.end_headers()  # HTTP/1.0: the body ends when the connection closes
            chunk = b"<p>" + b"more words " * 6000 + b"</p>\n"
            sent = 0
            while sent < response.stream:
                handler.wfile.write(chunk)
                handler.wfile.flush()
                sent += len(chunk)
                time.sleep(response.pause)
            return
        handler.send_header("Content-Length", str(len(response.body)))
        handler.end_headers()
        handler.wfile.write(response.body)


# -- the site's content ---------------------------------------------------------------------------


def page(path: str) -> bytes:
    return (HERE / PAGES[path]).read_bytes()


def rss(site: Site, paths: list[str]) -> bytes:
    items = "".join(
        f"<item><title>{TITLES.get(p, 'Item ' + p)}</title><link>{site.url(p)}</link>"
        f"<guid>{site.url(p)}</guid><pubDate>Mon, 06 Jan 2025 08:00:00 GMT</pubDate></item>\n"
        for p in paths
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>World news</title><link>{site.url('/')}</link>"
        f"<description>Test feed</description>\n{items}</channel></rss>\n"
    ).encode()


def atom(site: Site, paths: list[str]) -> bytes:
    entries = "".join(
        f'<entry><title>{TITLES.get(p, "Entry " + p)}</title>'
        f'<link rel="alternate" href="{p}"/><id>tag:test,2025:{p}</id>'
        "<updated>2025-01-07T10:00:00Z</updated></entry>\n"
        for p in paths  # relative links, resolved against the feed's URL
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Asia desk</title><id>tag:test,2025:asia</id>"
        f"<updated>2025-01-07T10:00:00Z</updated>\n{entries}</feed>\n"
    ).encode()


WORLD_ITEMS = [
    "/news/kenya-tanzania-trade.html",
    "/news/peru-recalls-ambassador.html",
    "/news/missing.html",  # 404
    "/news/garbage.html",  # binary bytes served as HTML
    "/private/secret.html",  # disallowed by robots.txt
    "/news/report.pdf",  # application/pdf
]
ASIA_ITEMS = [
    "/news/norway-flood-aid.html",
    "/news/kenya-tanzania-trade.html",  # also in the world feed
    "/news/slow.html",  # answers after the client's timeout
    "/news/huge.html",  # Content-Length over the limit
    "/news/huge-stream.html",  # no Content-Length, streams past the limit
    "/loop/a",  # a -> b -> a
    "/news/error.html",  # 500
]


def build(site: Site) -> Site:
    html = {"Content-Type": "text/html; charset=utf-8"}
    routes = site.routes
    routes["/robots.txt"] = Response(200, b"User-agent: *\nDisallow: /private/\n",
                                     {"Content-Type": "text/plain"})
    for path in PAGES:
        routes[path] = Response(200, page(path), html)
    routes["/private/secret.html"] = Response(200, page("/news/kenya-tanzania-trade.html"), html)
    routes["/news/error.html"] = Response(500, b"<html><body>oops</body></html>", html)
    routes["/news/report.pdf"] = Response(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\n"
                                          b"endobj\ntrailer\n<<>>\n%%EOF\n",
                                          {"Content-Type": "application/pdf"})
    routes["/news/garbage.html"] = Response(200, bytes(range(256)) * 16, html)
    routes["/news/empty.html"] = Response(
        200, b"<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav>"
        b"</body></html>", html)
    routes["/news/slow.html"] = Response(200, page("/news/norway-flood-aid.html"), html,
                                         delay=SLOW_SECONDS)
    routes["/news/huge.html"] = Response(200, b"<html><body><p>" + b"x" * HUGE_SIZE
                                         + b"</p></body></html>", html)
    routes["/news/huge-stream.html"] = Response(200, headers=html, stream=4 * HUGE_SIZE)
    for name, target in (("a", "/loop/b"), ("b", "/loop/a")):
        routes[f"/loop/{name}"] = Response(302, headers={"Location": target})
    for n in range(1, 12):
        routes[f"/chain/{n}"] = Response(302, headers={"Location": f"/chain/{n + 1}"})
    routes["/moved"] = Response(301, headers={"Location": "/news/peru-recalls-ambassador.html"})
    routes["/to-metadata"] = Response(
        302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    routes["/to-loopback"] = Response(
        302, headers={"Location": f"http://127.0.0.2:{site.port}/news/norway-flood-aid.html"})
    routes["/to-file"] = Response(302, headers={"Location": "file:///etc/passwd"})
    routes["/feeds/world.rss"] = Response(200, rss(site, WORLD_ITEMS),
                                          {"Content-Type": "application/rss+xml"},
                                          etag=FEED_ETAG)
    routes["/feeds/asia.atom"] = Response(200, atom(site, ASIA_ITEMS),
                                          {"Content-Type": "application/atom+xml"},
                                          etag=FEED_ETAG)
    routes["/feeds/broken.xml"] = Response(
        200, b"<?xml version='1.0'?><rss><channel><title>Broken</title><item><title>Cut off",
        {"Content-Type": "application/rss+xml"})
    routes["/feeds/page.html"] = Response(200, page("/news/peru-recalls-ambassador.html"), html)
    return site


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (a feed that is down)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
