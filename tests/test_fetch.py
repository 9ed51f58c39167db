"""Fetching pages from a real HTTP server on 127.0.0.1 (``tests/data/web/testsite.py``): the
articles extracted, the one-line errors of bad pages, the address guard, robots.txt, size
limits, redirects and per-host politeness. No spaCy here."""

from __future__ import annotations

import socket
import sys
import threading
import time
from pathlib import Path

import pytest

from eventscope.fetch import (
    AddressGuard,
    FetchConfig,
    Fetcher,
    FetchError,
    RefusedError,
    address_problem,
    article_from_page,
    canonical_url,
    check_url,
    is_url,
)
from eventscope.model import Article, stable_id

sys.path.insert(0, str(Path(__file__).parent / "data" / "web"))
import testsite  # noqa: E402

LIMIT = 100_000
#: the tests' server is on loopback: allowed through this network, and nothing else private
LOCAL = ("127.0.0.1/32",)


def config(**changes) -> FetchConfig:
    base = dict(allow_networks=LOCAL, timeout=testsite.TIMEOUT, deadline=5.0,
                max_bytes=LIMIT, per_host_delay=0.0)
    return FetchConfig(**{**base, **changes})


@pytest.fixture
def site():
    site = testsite.build(testsite.Site().start())
    yield site
    site.stop()


@pytest.fixture
def fetcher():
    with Fetcher(config()) as fetcher:
        yield fetcher


# -- articles ---------------------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(testsite.PAGES))
def test_a_page_gives_its_article_with_title_outlet_date_and_text(site, fetcher, path):
    page = fetcher.get(site.url(path))
    assert page.status == 200 and page.content_type == "text/html"
    article = article_from_page(page)
    assert article.url == site.url(path)
    assert article.id == Article.make_id(site.url(path), article.text) == stable_id(article.url)
    assert article.title == testsite.TITLES[path]
    assert article.outlet == testsite.OUTLETS[path]
    assert article.published.isoformat() == testsite.DATES[path]
    assert len(article.text.split("\n")) >= 4  # the paragraphs, not the menu or footer
    assert "All rights reserved" not in article.text and "Home" not in article.text


def test_requests_carry_the_eventscope_user_agent(site, fetcher):
    fetcher.get(site.url("/news/norway-flood-aid.html"))
    assert site.agents and all(agent.startswith("eventscope/") for agent in site.agents)


def test_feed_hints_fill_what_the_page_does_not_say(site, fetcher):
    html = b"<html><body><article><p>" + b"Officials met in the capital to talk. " * 20 + \
        b"</p></article></body></html>"
    site.routes["/bare.html"] = testsite.Response(200, html, {"Content-Type": "text/html"})
    from datetime import date

    article = article_from_page(fetcher.get(site.url("/bare.html")), title="From the feed",
                                outlet="Feed Name", published=date(2025, 1, 2))
    assert (article.title, article.outlet, article.published) == (
        "From the feed", "Feed Name", date(2025, 1, 2))


def test_a_redirect_is_followed_and_the_article_keyed_by_the_final_url(site, fetcher):
    page = fetcher.get(site.url("/moved"))
    assert page.url == site.url("/moved")
    assert page.final_url == site.url("/news/peru-recalls-ambassador.html")
    article = article_from_page(page)
    assert article.url == site.url("/news/peru-recalls-ambassador.html")
    assert article.id == stable_id(article.url)


def test_a_canonical_link_on_the_same_host_names_the_article(site, fetcher):
    body = testsite.page("/news/kenya-tanzania-trade.html").replace(
        b"<head>", b'<head><link rel="canonical" href="/news/kenya-tanzania-trade.html">')
    site.routes["/amp/kenya.html"] = testsite.Response(200, body, {"Content-Type": "text/html"})
    article = article_from_page(fetcher.get(site.url("/amp/kenya.html?utm_source=rss")))
    assert article.url == site.url("/news/kenya-tanzania-trade.html")


# -- bad pages: one line each -------------------------------------------------------------------

BAD_PAGES = [
    ("/news/missing.html", "HTTP 404 Not Found", True),
    ("/news/error.html", "HTTP 500 Internal Server Error", False),
    ("/news/slow.html", "timed out (no answer within 1 s)", False),
    ("/news/huge.html", f"page too large: {testsite.HUGE_SIZE + 33:,} bytes (Content-Length) "
                        "over the limit of 100,000 bytes", True),
    ("/news/huge-stream.html", "page too large: more than the limit of 100,000 bytes; "
                               "download stopped", True),
    ("/news/report.pdf", "not an HTML page (content type application/pdf)", True),
    ("/news/garbage.html", "not an HTML page (binary content)", True),
    ("/news/empty.html", "no article text found in page", True),
    ("/private/secret.html", "disallowed by robots.txt", True),
    ("/chain/1", "too many redirects (more than 5)", True),
]


@pytest.mark.parametrize(("path", "reason", "permanent"), BAD_PAGES,
                         ids=[p for p, _, _ in BAD_PAGES])
def test_a_bad_page_is_one_line_naming_the_url_and_the_problem(site, fetcher, path, reason,
                                                              permanent):
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        article_from_page(fetcher.get(site.url(path)))
    error = caught.value
    assert str(error) == f"{site.url(path)}: {reason}"
    assert "\n" not in str(error)
    assert error.permanent is permanent
    assert time.monotonic() - started < testsite.SLOW_SECONDS - 0.5  # the timeout, not 2.5 s


def test_a_redirect_loop_is_named_with_its_chain(site, fetcher):
    with pytest.raises(FetchError) as caught:
        fetcher.get(site.url("/loop/a"))
    a, b = site.url("/loop/a"), site.url("/loop/b")
    assert str(caught.value) == f"{a}: redirect loop ({a} -> {b} -> {a})"
    assert site.hits["/loop/a"] == 1 and site.hits["/loop/b"] == 1


def test_a_redirect_chain_stops_after_five_redirects(site, fetcher):
    with pytest.raises(FetchError):
        fetcher.get(site.url("/chain/1"))
    assert [site.hits[f"/chain/{n}"] for n in range(1, 9)] == [1, 1, 1, 1, 1, 1, 0, 0]


def test_a_page_above_the_limit_is_not_downloaded_in_full(site):
    with Fetcher(config(max_bytes=10 * 1024 * 1024)) as big:
        page = big.get(site.url("/news/huge-stream.html"))
        assert len(page.body) >= 4 * testsite.HUGE_SIZE
    with Fetcher(config()) as small, pytest.raises(FetchError, match="download stopped"):
        small.get(site.url("/news/huge-stream.html"))


def test_a_response_slower_than_the_deadline_is_cut(site):
    site.routes["/trickle.html"] = testsite.Response(200, headers={"Content-Type": "text/html"},
                                                     stream=10**6, pause=0.05)
    with Fetcher(config(deadline=0.2, max_bytes=10**8)) as fetcher, \
            pytest.raises(FetchError) as caught:
        fetcher.get(site.url("/trickle.html"))
    assert "too slow: the response took more than 0.2 s" in str(caught.value)
    assert caught.value.permanent is False


# -- the address guard --------------------------------------------------------------------------


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::ffff:127.0.0.1]", "127.1",
                                  "0x7f000001", "2130706433"])
def test_loopback_is_refused_by_default_and_nothing_is_requested(site, host):
    url = site.url("/news/kenya-tanzania-trade.html", host=host)
    with Fetcher(config(allow_networks=())) as fetcher, pytest.raises(RefusedError) as caught:
        fetcher.get(url)
    message = str(caught.value)
    assert message.startswith(f"{url}: refused: ")
    assert "is a loopback address" in message and "--allow-private" in message
    assert "\n" not in message
    assert sum(site.hits.values()) == 0  # not even robots.txt


def test_allow_private_lets_the_loopback_server_be_fetched(site):
    with Fetcher(config(allow_networks=(), allow_private=True)) as fetcher:
        assert fetcher.get(site.url("/news/norway-flood-aid.html")).status == 200


def test_a_redirect_to_loopback_is_refused(site, fetcher):
    target = f"http://127.0.0.2:{site.port}/news/norway-flood-aid.html"
    with pytest.raises(RefusedError) as caught:
        fetcher.get(site.url("/to-loopback"))
    assert str(caught.value) == (
        f"{site.url('/to-loopback')}: redirect to {target} refused: 127.0.0.2 is a loopback "
        "address; private and local addresses are not fetched unless allowed (--allow-private)")


def test_a_redirect_to_the_cloud_metadata_address_is_refused(site, fetcher):
    with pytest.raises(RefusedError) as caught:
        fetcher.get(site.url("/to-metadata"))
    assert "redirect to http://169.254.169.254/latest/meta-data/ refused: 169.254.169.254 is " \
           "a link-local address" in str(caught.value)


def test_a_redirect_to_another_scheme_is_refused(site, fetcher):
    with pytest.raises(FetchError) as caught:
        fetcher.get(site.url("/to-file"))
    assert str(caught.value) == (f"{site.url('/to-file')}: redirect to file:///etc/passwd "
                                 "refused: unsupported URL scheme 'file' (only http and https "
                                 "are fetched)")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/a.html",
                                 "gopher://example.com/", "data:text/html,<p>hi</p>",
                                 "javascript:alert(1)", "//example.com/page", "http:///nohost"])
def test_urls_that_are_not_http_or_https_are_refused(fetcher, url):
    with pytest.raises(FetchError) as caught:
        fetcher.get(url)
    assert str(caught.value).startswith(f"{url}: ")
    assert "scheme" in str(caught.value) or "no host" in str(caught.value)


@pytest.mark.parametrize(("address", "problem"), [
    ("127.0.0.1", "a loopback address"), ("::1", "a loopback address"),
    ("::ffff:127.0.0.1", "a loopback address"), ("10.0.0.1", "a private address"),
    ("172.16.5.4", "a private address"), ("192.168.1.1", "a private address"),
    ("169.254.169.254", "a link-local address"), ("fe80::1", "a link-local address"),
    ("fd00::1", "a private address"), ("0.0.0.0", "an unspecified address"),
    ("224.0.0.1", "a multicast address"), ("100.64.0.1", "a non-public address"),
    ("8.8.8.8", None), ("2606:4700::1111", None),
])
def test_address_problem(address, problem):
    assert address_problem(address) == problem


def test_every_resolved_address_is_checked(monkeypatch):
    def resolve(host, port, *args, **kwargs):
        addresses = {"mixed.test": ["93.184.216.34", "10.0.0.7"], "public.test": ["8.8.8.8"]}
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in addresses[host]]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    guard = AddressGuard()
    assert guard.resolve("public.test", 80) == ["8.8.8.8"]
    with pytest.raises(Exception, match=r"mixed.test \(10.0.0.7\) is a private address"):
        guard.resolve("mixed.test", 80)
    assert AddressGuard(allow_networks=["10.0.0.0/8"]).resolve("mixed.test", 80)


def test_the_connection_goes_to_the_address_that_was_checked(site, monkeypatch):
    """The guard resolves the name itself and the socket connects to that address: a name
    that resolves to the allowed server works, one that also resolves elsewhere does not."""
    real = socket.getaddrinfo
    answers = {"news.test": ["127.0.0.1"], "rebind.test": ["127.0.0.1", "127.0.0.9"]}

    def resolve(host, port, *args, **kwargs):
        if host in answers:
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
                    for a in answers[host]]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    with Fetcher(config()) as fetcher:
        page = fetcher.get(f"http://news.test:{site.port}/news/norway-flood-aid.html")
        assert page.status == 200
        with pytest.raises(RefusedError, match=r"rebind.test \(127.0.0.9\) is a loopback"):
            fetcher.get(f"http://rebind.test:{site.port}/news/norway-flood-aid.html")


# -- robots.txt ---------------------------------------------------------------------------------


def test_robots_txt_is_read_once_per_host_and_obeyed(site, fetcher):
    for path in testsite.PAGES:
        fetcher.get(site.url(path))
    with pytest.raises(FetchError, match="disallowed by robots.txt"):
        fetcher.get(site.url("/private/secret.html"))
    assert site.hits["/robots.txt"] == 1
    assert site.hits["/private/secret.html"] == 0
    assert not fetcher.allowed(site.url("/private/other.html"))
    assert fetcher.allowed(site.url("/news/other.html"))


def test_a_missing_robots_txt_allows_everything(site, fetcher):
    del site.routes["/robots.txt"]
    assert fetcher.get(site.url("/private/secret.html")).status == 200


def test_an_unreachable_robots_txt_means_not_now(site, fetcher):
    site.routes["/robots.txt"] = testsite.Response(503, b"busy")
    with pytest.raises(FetchError) as caught:
        fetcher.get(site.url("/news/norway-flood-aid.html"))
    assert "robots.txt of http://127.0.0.1:" in str(caught.value)
    assert "HTTP 503" in str(caught.value) and caught.value.permanent is False
    assert site.hits["/news/norway-flood-aid.html"] == 0


def test_robots_txt_names_this_user_agent(site, fetcher):
    site.routes["/robots.txt"] = testsite.Response(
        200, b"User-agent: eventscope\nDisallow: /news/peru\n\nUser-agent: *\nDisallow:\n")
    fetcher.get(site.url("/news/norway-flood-aid.html"))
    with pytest.raises(FetchError, match="disallowed by robots.txt"):
        fetcher.get(site.url("/news/peru-recalls-ambassador.html"))


# -- politeness ---------------------------------------------------------------------------------


def test_one_host_gets_one_request_at_a_time_with_the_delay_between(site):
    paths = sorted(testsite.PAGES)
    with Fetcher(config(per_host_concurrency=1, per_host_delay=0.1)) as fetcher:
        fetcher.get(site.url("/robots.txt"))  # reads robots.txt first: 2 requests
        started = time.monotonic()
        threads = [threading.Thread(target=fetcher.get, args=(site.url(p),)) for p in paths]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
    assert site.max_in_flight == 1
    assert elapsed >= 0.25  # three requests, 0.1 s apart, after the previous one
    assert all(site.hits[p] == 1 for p in paths)


def test_concurrent_requests_to_a_host_are_bounded(site):
    site.routes["/wait.html"] = testsite.Response(200, b"<p>x</p>", {"Content-Type": "text/html"},
                                                  delay=0.2)
    with Fetcher(config(per_host_concurrency=2)) as fetcher:
        fetcher.get(site.url("/robots.txt"))
        threads = [threading.Thread(target=fetcher.get, args=(site.url("/wait.html"),))
                   for _ in range(5)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert site.hits["/wait.html"] == 5 and site.max_in_flight == 2


# -- URLs and configuration ---------------------------------------------------------------------


def test_canonical_url():
    assert canonical_url("HTTPS://Example.COM:443/a/b?utm_source=rss&id=3&fbclid=x#top") == \
        "https://example.com/a/b?id=3"
    assert canonical_url("http://example.com") == "http://example.com/"
    assert canonical_url("http://example.com:8080/x") == "http://example.com:8080/x"


def test_is_url_and_check_url():
    assert is_url("https://example.com/a") and is_url("file:///etc/passwd")
    assert not is_url("corpus/a.txt") and not is_url("C:\\corpus\\a.txt")
    assert check_url(" https://example.com/a ") == "https://example.com/a"


def test_bad_configuration_is_refused():
    for bad in ({"timeout": 0}, {"max_bytes": 0}, {"per_host_concurrency": 0},
                {"allow_networks": ("not a network",)}):
        with pytest.raises(ValueError):
            FetchConfig(**bad)
    assert FetchConfig().allow_private is False and FetchConfig().max_bytes == 5 * 1024 * 1024
