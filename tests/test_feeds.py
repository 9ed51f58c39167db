"""Feeds: the feeds file, RSS and Atom parsing, and ``ingest_web`` / ``eventscope ingest URL
--feed`` against a real HTTP server on 127.0.0.1 (``tests/data/web/testsite.py``): the right
articles stored, one line per bad feed or page, and nothing fetched twice across runs."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import eventscope.cli as cli
from eventscope.errors import InputError
from eventscope.feeds import (
    Feed,
    FetchLog,
    feed_from_url,
    ingest_web,
    load_feeds,
    parse_feed,
)
from eventscope.fetch import FetchConfig, Fetcher, FetchError
from eventscope.store import Store

sys.path.insert(0, str(Path(__file__).parent / "data" / "web"))
import testsite  # noqa: E402

LOCAL = ("127.0.0.1/32",)
CONFIG = FetchConfig(allow_networks=LOCAL, timeout=testsite.TIMEOUT, deadline=5.0,
                     max_bytes=100_000, per_host_delay=0.0)
GOOD = sorted(testsite.PAGES)


@pytest.fixture
def site():
    site = testsite.build(testsite.Site().start())
    yield site
    site.stop()


# -- the feeds file -----------------------------------------------------------------------------


def test_a_yaml_feeds_file_lists_names_and_urls(tmp_path):
    path = tmp_path / "feeds.yaml"
    path.write_text("# the outlets\n- name: Coastal Ledger\n  url: https://ledger.example/rss\n"
                    "- {name: Andean Wire, url: 'https://wire.example/atom.xml'}\n"
                    "- url: https://www.dispatch.example/feed\n", encoding="utf-8")
    assert load_feeds(path) == [
        Feed("Coastal Ledger", "https://ledger.example/rss"),
        Feed("Andean Wire", "https://wire.example/atom.xml"),
        Feed("dispatch.example", "https://www.dispatch.example/feed"),
    ]


def test_feeds_may_sit_under_a_feeds_key_and_in_toml(tmp_path):
    yaml_file = tmp_path / "feeds.yml"
    yaml_file.write_text("feeds:\n  - {name: A, url: 'https://a.example/rss'}\n")
    toml_file = tmp_path / "feeds.toml"
    toml_file.write_text('[[feeds]]\nname = "A"\nurl = "https://a.example/rss"\n')
    assert load_feeds(yaml_file) == load_feeds(toml_file) == [Feed("A", "https://a.example/rss")]


@pytest.mark.parametrize(("text", "problem"), [
    ("- {name: A}\n", "feed 1: missing 'url'"),
    ("- {name: A, url: 'ftp://a.example/rss'}\n", "unsupported URL scheme 'ftp'"),
    ("- {name: A, url: 'https://a.example/rss'}\n- {name: B, url: 'https://A.example/rss'}\n",
     "feed 2: https://A.example/rss is already feed 1"),
    ("- {name: A, url: 'https://a.example/rss', every: 5m}\n", "feed 1: unknown key(s) every"),
    ("name: A\nurl: https://a.example/rss\n", "a feeds file is a list of feeds"),
    ("[]\n", "the feeds file lists no feeds"),
    ("- {name: A, url: [\n", "invalid YAML"),
])
def test_a_bad_feeds_file_is_one_line_naming_the_file(tmp_path, text, problem):
    path = tmp_path / "feeds.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_feeds(path)
    assert str(caught.value).startswith(str(path))
    assert problem in str(caught.value) and "\n" not in str(caught.value)


def test_a_missing_feeds_file(tmp_path):
    with pytest.raises(InputError, match="feeds file not found"):
        load_feeds(tmp_path / "none.yaml")


# -- parsing feeds ------------------------------------------------------------------------------


def test_rss_items_give_links_titles_and_dates(site):
    items = parse_feed(testsite.rss(site, GOOD), site.url("/feeds/world.rss"), name="World")
    assert [item.url for item in items] == [site.url(p) for p in GOOD]
    assert items[0].title == testsite.TITLES[GOOD[0]]
    assert items[0].published == date(2025, 1, 6) and items[0].feed == "World"


def test_atom_relative_links_are_resolved_against_the_feed(site):
    items = parse_feed(testsite.atom(site, ["/news/a.html", "/news/a.html", "/news/b.html"]),
                       "https://example.org/feeds/asia.atom")
    assert [item.url for item in items] == ["https://example.org/news/a.html",
                                            "https://example.org/news/b.html"]
    assert items[0].published == date(2025, 1, 7)


def test_an_empty_feed_has_no_items_and_is_no_error():
    body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'
    assert parse_feed(body, "https://example.org/rss") == []


@pytest.mark.parametrize("body", [
    b"<?xml version='1.0'?><rss><channel><title>Broken</title><item><title>Cut off",
    b"this is not a feed {{{",
    b"<html><body><p>An ordinary page.</p></body></html>",
])
def test_a_malformed_feed_is_one_error(body):
    with pytest.raises(FetchError) as caught:
        parse_feed(body, "https://example.org/rss")
    assert str(caught.value).startswith("https://example.org/rss: not a valid RSS or Atom feed")
    assert "\n" not in str(caught.value)


def test_a_feed_body_is_never_opened_as_a_file_name(site, tmp_path):
    local = tmp_path / "local.rss"
    local.write_bytes(testsite.rss(site, GOOD))
    with pytest.raises(FetchError):
        parse_feed(str(local).encode(), "https://example.org/rss")


# -- ingest_web ---------------------------------------------------------------------------------


def _feeds(site: testsite.Site) -> list[Feed]:
    return [
        Feed("World", site.url("/feeds/world.rss")),
        Feed("Asia", site.url("/feeds/asia.atom")),
        Feed("Broken", site.url("/feeds/broken.xml")),
        Feed("Down", f"http://127.0.0.1:{testsite.closed_port()}/rss"),
    ]


def _ingest(store_path: Path, coder, feeds, *, urls=(), max_attempts=3):
    with Store.open(store_path) as store, Fetcher(CONFIG) as fetcher:
        report = ingest_web(store, coder, urls=urls, feeds=feeds, fetcher=fetcher,
                            max_attempts=max_attempts)
        articles = store.sql("SELECT url, title, outlet, published, id FROM articles "
                             "ORDER BY url")[1]
        n_events = store.sql("SELECT count(*) FROM events")[1][0][0]
        statuses = dict(store.sql("SELECT url, status FROM fetched")[1])
    return report, articles, n_events, statuses


EXPECTED_FAILURES = {
    "/news/missing.html": "HTTP 404 Not Found",
    "/news/garbage.html": "not an HTML page (binary content)",
    "/private/secret.html": "disallowed by robots.txt",
    "/news/report.pdf": "not an HTML page (content type application/pdf)",
    "/news/slow.html": "timed out (no answer within 1 s)",
    "/news/huge.html": "page too large: 300,033 bytes (Content-Length) over the limit of "
                       "100,000 bytes",
    "/news/huge-stream.html": "page too large: more than the limit of 100,000 bytes; download "
                              "stopped",
    "/news/error.html": "HTTP 500 Internal Server Error",
}


def test_feeds_are_read_and_their_new_articles_stored_once_across_runs(site, tmp_path, coder):
    db = tmp_path / "store.duckdb"
    feeds = _feeds(site)
    report, articles, n_events, statuses = _ingest(db, coder, feeds, max_attempts=2)

    # the three articles, each once (Kenya is in both feeds), with their metadata
    assert [row[0] for row in articles] == [site.url(p) for p in GOOD]
    for url, title, outlet, published, _ in articles:
        path = url.split(str(site.port), 1)[1]
        assert (title, outlet, published.isoformat()) == (
            testsite.TITLES[path], testsite.OUTLETS[path], testsite.DATES[path])
    assert n_events > 0 and report.events == n_events
    assert (report.feeds, report.feeds_failed, report.stored, report.present) == (2, 2, 3, 0)

    # one line per bad feed and page, naming it
    failed = dict(report.failed)
    for path, reason in EXPECTED_FAILURES.items():
        assert failed.pop(site.url(path)) == reason, path
    loop = failed.pop(site.url("/loop/a"))
    assert loop.startswith("redirect loop (")
    assert failed.pop(site.url("/feeds/broken.xml")).startswith("not a valid RSS or Atom feed")
    down = failed.popitem()
    assert down[0].endswith("/rss") and down[1].startswith("cannot connect: ")
    assert not failed
    assert all("\n" not in reason and "Traceback" not in reason for _, reason in report.failed)
    assert statuses[site.url("/news/missing.html")] == "failed"
    assert statuses[site.url("/news/error.html")] == "retry"
    first = site.fetches()
    assert all(first[p] == 1 for p in GOOD) and first["/private/secret.html"] == 0

    # a second run (a new process, in effect): the feeds answer 304 (ETag), nothing is fetched
    # again but the two pages whose errors may go away
    report2, articles2, n_events2, statuses2 = _ingest(db, coder, feeds, max_attempts=2)
    assert articles2 == articles and n_events2 == n_events
    assert report2.stored == 0 and report2.feeds == 2 and report2.links == 0
    second = site.fetches() - first
    assert second == {}  # 304: the feeds said nothing new

    # the feeds change (no ETag): their items are known, only the retryable ones are tried
    for route in ("/feeds/world.rss", "/feeds/asia.atom"):
        site.routes[route].etag = None
    before = site.fetches()
    report3, articles3, _, statuses3 = _ingest(db, coder, feeds, max_attempts=2)
    assert articles3 == articles and report3.stored == 0
    assert site.fetches() - before == {"/news/slow.html": 1, "/news/error.html": 1}
    assert report3.skipped == report3.links - 2
    assert statuses3[site.url("/news/error.html")] == "failed"  # the second of 2 attempts
    assert dict(report3.failed)[site.url("/news/error.html")] == "HTTP 500 Internal Server Error"

    # and after max_attempts nothing at all
    before = site.fetches()
    report4, _, _, _ = _ingest(db, coder, feeds, max_attempts=2)
    assert site.fetches() - before == {} and report4.skipped == report4.links


def test_urls_given_directly_are_fetched_once_and_duplicates_spotted(site, tmp_path, coder):
    db = tmp_path / "store.duckdb"
    urls = [site.url("/news/peru-recalls-ambassador.html"), site.url("/moved"),
            site.url("/news/peru-recalls-ambassador.html?utm_source=feed"),
            "file:///etc/passwd", site.url("/news/missing.html")]
    report, articles, _, _ = _ingest(db, coder, [], urls=urls)
    assert [row[0] for row in articles] == [site.url("/news/peru-recalls-ambassador.html")]
    assert (report.links, report.fetched, report.stored, report.present) == (3, 2, 1, 1)
    assert dict(report.failed) == {
        "file:///etc/passwd": "unsupported URL scheme 'file' (only http and https are fetched)",
        site.url("/news/missing.html"): "HTTP 404 Not Found",
    }
    before = site.fetches()
    report2, articles2, _, _ = _ingest(db, coder, [], urls=urls)
    assert site.fetches() - before == {} and articles2 == articles
    assert report2.skipped == 3


def test_an_article_stored_from_a_file_is_not_fetched(site, tmp_path, coder):
    """The store's own ``url`` column counts too (a crash between storing the article and
    noting the fetch, or an article ingested from a JSON Lines file)."""
    db = tmp_path / "store.duckdb"
    url = site.url("/news/norway-flood-aid.html")
    corpus = tmp_path / "corpus.jsonl"
    record = {"url": url, "text": "Norway sent aid to Bangladesh after floods."}
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with Store.open(db) as store:
        store.ingest([corpus], coder)
    report, _, _, _ = _ingest(db, coder, [], urls=[url])
    assert report.skipped == 1 and site.fetches()[("/news/norway-flood-aid.html")] == 0


def test_refused_urls_are_not_remembered(site, tmp_path, coder):
    """Being refused depends on the configuration: allowed later, the URL is fetched."""
    db = tmp_path / "store.duckdb"
    url = site.url("/news/kenya-tanzania-trade.html")
    with Store.open(db) as store, Fetcher(FetchConfig(per_host_delay=0)) as strict:
        report = ingest_web(store, coder, urls=[url], fetcher=strict)
        assert report.failed and report.failed[0][1].startswith("refused: 127.0.0.1 is a loopback")
        assert FetchLog(store).counts() == {}
    report, articles, _, _ = _ingest(db, coder, [], urls=[url])
    assert report.stored == 1 and len(articles) == 1


# -- the command line ---------------------------------------------------------------------------


@pytest.fixture
def cli_coder(coder, monkeypatch):
    monkeypatch.setattr(cli, "_coder", lambda model, dictionaries: coder)
    return coder


def _run(*args: str):
    return CliRunner().invoke(cli.app, list(args), catch_exceptions=False)


def test_cli_ingest_urls_and_feeds(site, tmp_path, cli_coder):
    db = tmp_path / "store.duckdb"
    feeds_file = tmp_path / "feeds.yaml"
    feeds_file.write_text(f"- name: Asia desk\n  url: {site.url('/feeds/asia.atom')}\n")
    args = [site.url("/news/peru-recalls-ambassador.html"), "--feed",
            site.url("/feeds/world.rss"), "--feeds", str(feeds_file), "--db", str(db),
            "--allow-private", "--delay", "0", "--timeout", "1"]
    result = _run("ingest", *args)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    # huge-stream.html (1.25 million characters of one word) is coded too: long texts are
    # coded in sections
    assert lines[0].startswith("web: 2 feed(s) read (0 failed), 12 link(s), 0 skipped as "
                               "already fetched, 4 stored")
    failed = [line for line in lines if line.startswith("  failed: ")]
    assert len(failed) == len(lines) - 1 == 8
    assert f"  failed: {site.url('/news/missing.html')}: HTTP 404 Not Found" in lines
    assert "Traceback" not in result.output
    with Store.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 4

    before = site.fetches()
    again = _run("ingest", *args)
    assert again.exit_code == 0, again.output
    assert "0 stored" in again.output and "already fetched" in again.output
    assert set(site.fetches() - before) <= {"/news/slow.html", "/news/error.html"}


def test_cli_ingest_refuses_loopback_without_allow_private(site, tmp_path, cli_coder):
    db = tmp_path / "store.duckdb"
    url = site.url("/news/kenya-tanzania-trade.html")
    result = _run("ingest", url, "file:///etc/passwd", "--db", str(db))
    assert result.exit_code == 1
    assert sorted(result.output.splitlines()[1:]) == [
        "  failed: file:///etc/passwd: unsupported URL scheme 'file' (only http and https are "
        "fetched)",
        f"  failed: {url}: refused: 127.0.0.1 is a loopback address; private and local "
        "addresses are not fetched unless allowed (--allow-private)",
    ]
    feed = _run("ingest", "--feed", site.url("/feeds/world.rss"), "--db", str(db))
    assert feed.exit_code == 1
    assert "refused: 127.0.0.1 is a loopback address" in feed.output
    assert sum(site.hits.values()) == 0


def test_cli_ingest_needs_something_to_ingest(tmp_path):
    result = CliRunner().invoke(cli.app, ["ingest", "--db", str(tmp_path / "s.duckdb")])
    assert result.exit_code == 1
    assert "give files, folders or URLs to ingest, or --feed / --feeds" in result.output


def test_feed_from_url_is_named_after_its_host():
    assert feed_from_url("https://www.example.org/rss") == Feed("example.org",
                                                               "https://www.example.org/rss")


@pytest.mark.parametrize("encoding", [b"\x80UTF-8", b"\x00UTF-8"])
def test_a_feed_with_an_unreadable_encoding_is_a_fetch_error(encoding):
    # found by bench/fuzz.py: feedparser raised UnicodeDecodeError and ValueError
    from eventscope.fetch import FetchError

    body = (b'<?xml version="1.0" encoding="' + encoding + b'"?>\n<rss version="2.0">'
            b"<channel><title>x</title><item><title>A</title>"
            b"<link>https://example.org/a.html</link></item></channel></rss>")
    try:
        items = parse_feed(body, "https://example.org/feed.xml")
    except FetchError as error:
        assert "not a valid RSS or Atom feed" in str(error)
    else:
        assert [item.url for item in items] == ["https://example.org/a.html"]
