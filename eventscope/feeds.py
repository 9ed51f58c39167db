"""RSS and Atom feeds, the feeds file, and reading the web into the store.

A feeds file is YAML (or TOML for a ``.toml`` file): a list of feeds, each with a ``url`` and
a ``name`` (the outlet's name; it defaults to the feed's host)::

    # feeds.yaml
    - name: Example Times
      url: https://example.com/world/rss.xml
    - {name: Other Post, url: "https://other.example.org/atom.xml"}

``feeds:`` may hold the list (``feeds: [...]``); in TOML it is an array of tables::

    [[feeds]]
    name = "Example Times"
    url = "https://example.com/world/rss.xml"

``ingest_web(store, coder, urls=..., feeds=..., fetcher=...)`` reads the feeds, fetches the
pages they link to (and the URLs given), extracts, codes and stores the articles. It keeps a
``fetched`` table in the store (one row per URL asked for: ``stored``, ``present`` when the
article was already stored, ``failed`` for good, or ``retry`` after an error that may go away,
with the reason and the number of attempts), so that a later run fetches neither the pages it
stored nor the ones that failed for good; a ``retry`` URL is tried again up to
``max_attempts`` times. A ``feed_state`` table keeps each feed's ETag and Last-Modified for
conditional requests. URLs refused by the address guard are not recorded (allowing them is a
matter of configuration).
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from .errors import InputError, StoreError, one_line
from .fetch import (
    Fetcher,
    FetchError,
    RefusedError,
    article_from_page,
    canonical_url,
    check_url,
)
from .model import Article, Result

if TYPE_CHECKING:  # pragma: no cover
    from .coder import Coder
    from .store import Store

log = logging.getLogger(__name__)

FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/xml;q=0.9, "
               "text/xml;q=0.9, */*;q=0.1")
#: content types that are never feeds
_NOT_FEED_PREFIXES = ("image/", "audio/", "video/", "font/")
_NOT_FEED_TYPES = frozenset({"application/pdf", "application/zip", "application/gzip",
                             "application/msword", "application/octet-stream"})

#: the most items taken from one feed in one read
MAX_ITEMS = 200
#: tries of a URL whose fetch failed for a reason that may go away (timeout, 5xx)
MAX_ATTEMPTS = 3


@dataclass(frozen=True)
class Feed:
    name: str
    url: str


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed: the page it links to and what the feed says about it."""

    url: str
    title: str | None = None
    published: date | None = None
    feed: str | None = None  # the feed's name


# -- the feeds file -----------------------------------------------------------------------------


def load_feeds(path: str | Path) -> list[Feed]:
    """The feeds of a YAML or TOML feeds file; ``InputError`` naming the file (and entry)."""
    path = Path(path)
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("feeds file not found", path=where) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read feeds file: {exc}", path=where) from None
    data = _parse_feeds_text(text, path)
    if isinstance(data, dict) and "feeds" in data:
        data = data["feeds"]
    if not isinstance(data, list):
        raise InputError("a feeds file is a list of feeds, each with a name and a url "
                         "(- {name: Example, url: https://example.com/rss.xml})", path=where)
    if not data:
        raise InputError("the feeds file lists no feeds", path=where)
    feeds: list[Feed] = []
    urls: dict[str, int] = {}
    for number, entry in enumerate(data, 1):
        feed = _feed_entry(entry, number, where)
        key = canonical_url(feed.url)
        if key in urls:
            raise InputError(f"feed {number}: {feed.url} is already feed {urls[key]}", path=where)
        urls[key] = number
        feeds.append(feed)
    return feeds


def _parse_feeds_text(text: str, path: Path) -> Any:
    where = str(path)
    if path.suffix.lower() == ".toml":
        try:
            import tomllib
        except ImportError:  # pragma: no cover - Python 3.10
            raise InputError("TOML feeds files need Python 3.11 or later; use YAML",
                             path=where) from None
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"invalid TOML: {exc}", path=where) from None
    import yaml

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        line = mark.line + 1 if mark is not None else None
        raise InputError(f"invalid YAML: {problem}", path=where, line=line) from None


def _feed_entry(entry: Any, number: int, where: str) -> Feed:
    if isinstance(entry, str):
        entry = {"url": entry}
    if not isinstance(entry, dict):
        raise InputError(f"feed {number}: expected a name and a url, got {entry!r}", path=where)
    url = entry.get("url")
    if not isinstance(url, str) or not url.strip():
        raise InputError(f"feed {number}: missing 'url'", path=where)
    try:
        url = check_url(url)
    except FetchError as exc:
        raise InputError(f"feed {number}: {exc}", path=where) from None
    name = entry.get("name")
    if name is not None and not isinstance(name, str):
        raise InputError(f"feed {number}: 'name' must be text, got {name!r}", path=where)
    unknown = sorted(set(entry) - {"name", "url"})
    if unknown:
        raise InputError(f"feed {number}: unknown key(s) {', '.join(map(str, unknown))} "
                         "(a feed has a name and a url)", path=where)
    return Feed(name=(name or "").strip() or _host(url), url=url)


def feed_from_url(url: str) -> Feed:
    """A feed given on the command line: named after its host."""
    return Feed(name=_host(url), url=url.strip())


def _host(url: str) -> str:
    return (urlsplit(url).hostname or url).removeprefix("www.")


# -- reading a feed -----------------------------------------------------------------------------


def parse_feed(body: bytes, url: str, *, name: str | None = None,
               content_type: str = "") -> list[FeedItem]:
    """The items of an RSS or Atom document (links resolved against ``url``), newest first as
    the feed orders them; ``FetchError`` when the body is not a feed."""
    import feedparser

    # a stream, never bytes or a string: feedparser opens those as file names or URLs
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    try:
        parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    except (ValueError, LookupError, TypeError) as exc:  # an encoding it cannot take
        raise FetchError(f"not a valid RSS or Atom feed ({one_line(exc)})", url=url) from None
    entries = parsed.get("entries") or []
    items: list[FeedItem] = []
    seen: set[str] = set()
    for entry in entries:
        link = _entry_link(entry)
        if not link:
            continue
        link = urljoin(url, link)
        if link in seen:
            continue
        seen.add(link)
        items.append(FeedItem(url=link, title=(entry.get("title") or "").strip() or None,
                              published=_entry_date(entry), feed=name))
    if not items and (parsed.get("bozo") or not parsed.get("version")):
        # an empty but well-formed feed has no items; anything else is not a feed
        problem = parsed.get("bozo_exception")
        detail = f" ({one_line(problem)})" if problem else ""
        raise FetchError(f"not a valid RSS or Atom feed{detail}", url=url)
    return items


def _entry_link(entry: Any) -> str | None:
    link = entry.get("link")
    if link:
        return str(link).strip()
    for candidate in entry.get("links") or []:
        if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
            return str(candidate["href"]).strip()
    return None


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return date(value.tm_year, value.tm_mon, value.tm_mday)
            except (AttributeError, ValueError):
                continue
    return None


@dataclass
class FeedRead:
    """What one read of a feed gave: its items, or nothing new (HTTP 304)."""

    items: list[FeedItem]
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


def read_feed(feed: Feed, fetcher: Fetcher, *, etag: str | None = None,
              last_modified: str | None = None, max_items: int = MAX_ITEMS) -> FeedRead:
    """Fetch and parse one feed (a conditional request when ``etag`` or ``last_modified``)."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    page = fetcher.get(feed.url, accept=FEED_ACCEPT, headers=headers)
    if page.status == 304:
        return FeedRead([], etag, last_modified, not_modified=True)
    kind = page.content_type
    if kind in _NOT_FEED_TYPES or kind.startswith(_NOT_FEED_PREFIXES):
        raise FetchError(f"not an RSS or Atom feed (content type {kind})", url=feed.url)
    if not page.body.strip():
        raise FetchError("empty response, not a feed", url=feed.url)
    try:
        items = parse_feed(page.body, page.final_url, name=feed.name,
                           content_type=page.headers.get("content-type", ""))
    except FetchError as exc:
        raise FetchError(exc.reason, url=feed.url) from None
    return FeedRead(items[:max_items], page.headers.get("etag"),
                    page.headers.get("last-modified"))


# -- what was fetched ---------------------------------------------------------------------------


_FETCHED_DDL = """
CREATE TABLE IF NOT EXISTS fetched (
    url VARCHAR PRIMARY KEY,
    status VARCHAR NOT NULL,
    article_id VARCHAR,
    reason VARCHAR,
    attempts INTEGER NOT NULL,
    first_at TIMESTAMP NOT NULL,
    last_at TIMESTAMP NOT NULL
)"""
_FEED_STATE_DDL = """
CREATE TABLE IF NOT EXISTS feed_state (
    url VARCHAR PRIMARY KEY,
    etag VARCHAR,
    last_modified VARCHAR,
    read_at TIMESTAMP NOT NULL
)"""


class FetchLog:
    """The ``fetched`` and ``feed_state`` tables of a store (created when missing)."""

    def __init__(self, store: Store, *, max_attempts: int = MAX_ATTEMPTS):
        import duckdb

        self.store = store
        self.max_attempts = max(1, max_attempts)
        self._duckdb_error = duckdb.Error
        self._run(_FETCHED_DDL)
        self._run(_FEED_STATE_DDL)

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        try:
            return self.store.con.execute(sql, list(params)).fetchall()
        except self._duckdb_error as exc:
            raise StoreError(f"{self.store.path}: {one_line(exc)}") from None

    def skip_reason(self, url: str) -> str | None:
        """Why the URL is not fetched again (``None``: fetch it)."""
        rows = self._run("SELECT status, attempts, reason FROM fetched WHERE url = ?", [url])
        if rows:
            status, attempts, reason = rows[0]
            if status in ("stored", "present"):
                return "already stored"
            if status == "failed":
                return f"failed before: {reason}"
            if attempts >= self.max_attempts:
                return f"gave up after {attempts} attempts: {reason}"
        if self._run("SELECT 1 FROM articles WHERE url = ? LIMIT 1", [url]):
            return "already stored"
        return None

    def record(self, url: str, status: str, *, article_id: str | None = None,
               reason: str | None = None) -> None:
        """Note what fetching the URL gave: stored, present, failed or retry."""
        now = _now()
        rows = self._run("SELECT attempts FROM fetched WHERE url = ?", [url])
        attempts = (rows[0][0] if rows else 0) + 1
        if status == "retry" and attempts >= self.max_attempts:
            status = "failed"
            reason = f"gave up after {attempts} attempts: {reason}"
        self._run(
            "INSERT INTO fetched VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
            "status = excluded.status, article_id = excluded.article_id, "
            "reason = excluded.reason, attempts = excluded.attempts, last_at = excluded.last_at",
            [url, status, article_id, reason, attempts, now, now],
        )

    def feed_state(self, url: str) -> tuple[str | None, str | None]:
        rows = self._run("SELECT etag, last_modified FROM feed_state WHERE url = ?", [url])
        return rows[0] if rows else (None, None)

    def save_feed_state(self, url: str, etag: str | None, last_modified: str | None) -> None:
        self._run(
            "INSERT INTO feed_state VALUES (?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
            "etag = excluded.etag, last_modified = excluded.last_modified, "
            "read_at = excluded.read_at",
            [url, etag, last_modified, _now()],
        )

    def counts(self) -> dict[str, int]:
        """The number of URLs in each status."""
        return dict(self._run("SELECT status, count(*) FROM fetched GROUP BY status"))


# -- reading the web into the store -------------------------------------------------------------


@dataclass
class WebReport:
    """What one ``ingest_web`` run did."""

    feeds: int = 0  # feeds read (including those unchanged since the last read)
    feeds_failed: int = 0
    links: int = 0  # distinct pages named (URLs given and feed items)
    skipped: int = 0  # pages not fetched: already stored, or failed before
    fetched: int = 0  # pages downloaded and extracted
    stored: int = 0  # articles coded and stored
    present: int = 0  # pages whose article was already stored (same article id)
    events: int = 0
    unrated: int = 0  # events stored without a confidence (a coder that rates none)
    #: (URL, reason) for every feed and page that failed
    failed: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.feeds} feed(s) read ({self.feeds_failed} failed), {self.links} "
                f"link(s), {self.skipped} skipped as already fetched, {self.stored} stored "
                f"({self.events} events), {self.present} already present, "
                f"{len(self.failed)} failed")


@dataclass
class _Target:
    url: str  # as named, checked
    key: str  # canonical form: the ledger's key
    title: str | None = None
    outlet: str | None = None
    published: date | None = None


def ingest_web(
    store: Store,
    coder: Coder,
    *,
    urls: Iterable[str] = (),
    feeds: Iterable[Feed] = (),
    fetcher: Fetcher,
    batch_size: int = 16,
    max_attempts: int = MAX_ATTEMPTS,
    max_items: int = MAX_ITEMS,
) -> WebReport:
    """Read the feeds, fetch the pages they link to and the URLs given, code and store the new
    articles. Every failure is a (URL, one-line reason) in ``report.failed``; a store that
    cannot be written raises ``StoreError``."""
    ledger = FetchLog(store, max_attempts=max_attempts)
    report = WebReport()
    targets: dict[str, _Target] = {}

    def add(target: _Target) -> None:
        if target.key in targets:
            return
        targets[target.key] = target

    for url in urls:
        try:
            checked = check_url(url)
        except FetchError as exc:
            report.failed.append((url, exc.reason))
            continue
        add(_Target(checked, canonical_url(checked)))
    feeds = list(feeds)
    with ThreadPoolExecutor(max_workers=fetcher.config.workers) as pool:
        states = [ledger.feed_state(feed.url) for feed in feeds]
        reads = pool.map(lambda job: _read_feed_safely(job[0], fetcher, job[1], max_items),
                         list(zip(feeds, states, strict=True)))
        for feed, outcome in zip(feeds, reads, strict=True):
            if isinstance(outcome, FetchError):
                report.feeds_failed += 1
                report.failed.append((feed.url, outcome.reason))
                log.debug("feed %s: %s", feed.url, outcome.reason)
                continue
            report.feeds += 1
            if outcome.etag or outcome.last_modified:
                ledger.save_feed_state(feed.url, outcome.etag, outcome.last_modified)
            for item in outcome.items:
                try:
                    checked = check_url(item.url)
                except FetchError as exc:
                    report.failed.append((item.url, exc.reason))
                    continue
                add(_Target(checked, canonical_url(checked), item.title, feed.name,
                            item.published))
        report.links = len(targets)
        todo: list[_Target] = []
        for target in targets.values():
            reason = ledger.skip_reason(target.key)
            if reason is None:
                todo.append(target)
            else:
                report.skipped += 1
                log.debug("skipped %s: %s", target.url, reason)
        pages = pool.map(lambda target: _fetch_article(target, fetcher), todo)
        _store_pages(store, coder, ledger, zip(todo, pages, strict=True), report,
                     max(1, batch_size))
    return report


def _read_feed_safely(feed: Feed, fetcher: Fetcher, state: tuple[str | None, str | None],
                      max_items: int) -> FeedRead | FetchError:
    try:
        return read_feed(feed, fetcher, etag=state[0], last_modified=state[1],
                         max_items=max_items)
    except FetchError as exc:
        return exc
    except Exception as exc:  # a bug or an odd document must not stop the other feeds
        return FetchError(f"cannot read feed: {one_line(exc)}", url=feed.url)


def _fetch_article(target: _Target, fetcher: Fetcher) -> tuple[Article, str] | FetchError:
    """The article of the page and its final URL, or the error."""
    try:
        page = fetcher.get(target.url)
        article = article_from_page(page, title=target.title, outlet=target.outlet,
                                    published=target.published)
        return article, canonical_url(page.final_url)
    except FetchError as exc:
        return exc
    except Exception as exc:
        return FetchError(f"unexpected error: {one_line(exc)}", url=target.url,
                          permanent=False)


def _store_pages(
    store: Store,
    coder: Coder,
    ledger: FetchLog,
    outcomes: Iterator[tuple[_Target, tuple[Article, str] | FetchError]],
    report: WebReport,
    batch_size: int,
) -> None:
    batch: list[tuple[_Target, Article, str]] = []
    batch_ids: set[str] = set()

    def flush() -> None:
        articles = [article for _, article, _ in batch]
        results, failures = _code(coder, articles)
        store.add_many(results)
        stored = {result.article.id: result for result in results}
        for target, article, final in batch:
            if article.id in stored:
                for url in dict.fromkeys((target.key, final, article.url)):
                    if url:
                        ledger.record(url, "stored", article_id=article.id)
                report.stored += 1
                report.events += len(stored[article.id].events)
                report.unrated += sum(e.confidence is None for e in stored[article.id].events)
            else:
                reason = failures.get(article.id, "could not be coded")
                report.failed.append((target.url, reason))
                ledger.record(target.key, "retry", reason=reason)
        batch.clear()
        batch_ids.clear()

    for target, outcome in outcomes:
        if isinstance(outcome, FetchError):
            report.failed.append((target.url, outcome.reason))
            log.debug("%s", outcome)
            if not isinstance(outcome, RefusedError):
                ledger.record(target.key, "failed" if outcome.permanent else "retry",
                              reason=outcome.reason)
            continue
        article, final = outcome
        report.fetched += 1
        if article.id in batch_ids or store.has(article.id):
            report.present += 1
            ledger.record(target.key, "present", article_id=article.id)
            continue
        batch.append((target, article, final))
        batch_ids.add(article.id)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()


def _code(coder: Coder, articles: list[Article]) -> tuple[list[Result], dict[str, str]]:
    """The articles coded in one ``pipe``; if that fails, one by one (with the reasons)."""
    try:
        return list(coder.pipe(articles)), {}
    except Exception:
        results, failures = [], {}
        for article in articles:
            try:
                results.append(coder.code_article(article))
            except Exception as exc:
                failures[article.id] = f"could not be coded: {one_line(exc)}"
        return results, failures


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


__all__ = ["Feed", "FeedItem", "FeedRead", "FetchLog", "WebReport", "feed_from_url",
           "ingest_web", "load_feeds", "parse_feed", "read_feed"]
