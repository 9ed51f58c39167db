"""The dashboard in Debian's headless Chromium (Playwright's Python package driving
/usr/bin/chromium), against a real ``eventscope serve`` process on 127.0.0.1.

Every request the page makes is recorded and must go to the local server; the crafted
article (script tags and an ``onerror`` image in its title, text, outlet, quote and evidence)
must run no script. A screenshot of each view is written to ``test-artifacts/dashboard/``.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from test_serve import XSS, XSS_ID, Server, build_store

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "dashboard"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--no-default-browser-check",
    "--metrics-recording-only", "--disable-domain-reliability",
]

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed "
                               "(pip install -e '.[dev]')")
if not CHROMIUM.exists():
    pytest.skip("Chromium is not installed at /usr/bin/chromium (apt-get install chromium)",
                allow_module_level=True)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dashboard")
    # no rate limits: the tests load the events view many times a second, which a person
    # does not (tests/test_guard.py tests the limits)
    running = Server(build_store(folder / "store.duckdb"), folder / "server.log",
                     "--aggregate-rate", "0")
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser():
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 1000},
            # the server's Content-Security-Policy would also stop an injected script; it is
            # bypassed here so that these tests prove the escaping on its own (and so that
            # Playwright's wait_for_function, which evaluates strings, can run)
            bypass_csp=True,
        )
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


class Page:
    """A page that records every request and every script error."""

    def __init__(self, context, base: str):
        self.page = context.new_page()
        self.base = base
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda msg: msg.type == "error" and self.errors.append(msg.text))

        def dialog(d):
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", dialog)

    def goto(self, path: str) -> None:
        self.page.goto(self.base + path)

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    def check_local_only(self) -> None:
        assert self.requests
        hosts = {urlsplit(url).hostname for url in self.requests
                 if urlsplit(url).scheme not in ("data", "blob", "about")}
        assert hosts <= LOCAL_HOSTS, hosts

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def page(browser, server):
    opened = Page(browser, server.url)
    yield opened
    opened.close()
    opened.check_local_only()
    assert not opened.errors, opened.errors
    assert not opened.dialogs, opened.dialogs


def _rows(page) -> int:
    return page.page.locator("#events tbody tr").count()


def _wait_rows(page, n: int) -> None:
    page.page.wait_for_function(
        f"document.querySelectorAll('#events tbody tr').length === {n}", timeout=10_000)


def test_events_view_draws_timeline_network_map_and_table(page):
    page.goto("/")
    _wait_rows(page, 6)
    p = page.page
    assert "6 event(s)" in p.inner_text("#events-total")
    assert p.locator("#timeline rect[fill]").count() >= 5
    assert p.locator("#network path.edge").count() == 4
    assert p.locator("#network .node").count() == 4
    assert p.locator("#map circle.place").count() == 3
    assert p.locator("#map path.country").count() > 170
    page.shot("events")


def _country(p, iso: str):
    return p.locator(f"#map path.country[data-iso={iso}]")


def _fill(p, iso: str) -> str:
    return _country(p, iso).get_attribute("fill")


def _map_point(p, lon: float, lat: float) -> tuple[float, float]:
    """Where a longitude and latitude lie on the screen."""
    return p.evaluate(
        """([lon, lat]) => {
            const node = document.getElementById("map");
            const [x, y] = WorldMap.project(lon, lat);
            const point = node.createSVGPoint();
            point.x = x; point.y = y;
            const screen = point.matrixTransform(node.getScreenCTM());
            return [screen.x, screen.y];
        }""", [lon, lat])


def test_the_map_draws_countries_filled_by_their_events(page):
    page.goto("/")
    _wait_rows(page, 6)
    p = page.page
    p.wait_for_selector("#map path.country[data-iso=RUS]")
    # by source: Russia and the United States have two events each, Ukraine one, China none
    assert _country(p, "RUS").get_attribute("data-count") == "2"
    assert _country(p, "USA").get_attribute("data-count") == "2"
    assert _country(p, "UKR").get_attribute("data-count") == "1"
    no_data = _fill(p, "CHN")
    assert _fill(p, "FRA") == no_data
    assert _fill(p, "RUS") == _fill(p, "USA") != no_data
    assert _fill(p, "UKR") not in (no_data, _fill(p, "RUS"))
    assert "Russia (RUS): 2 event(s) as source" in _country(p, "RUS").text_content()
    # by target, the same map shows China and a darker Ukraine
    p.select_option("#map-side", "target")
    p.wait_for_function("document.querySelector('#map path[data-iso=CHN]')"
                        ".getAttribute('data-count') === '1'")
    assert _country(p, "UKR").get_attribute("data-count") == "3"
    assert _fill(p, "CHN") != no_data
    page.shot("map-target")
    # coloured by mean Goldstein, Ukraine (-4.3) is reddish
    p.select_option("#map-colour", "goldstein")
    p.wait_for_function("document.querySelector('#map-legend').textContent.includes('Goldstein')")
    red, green, blue = (int(v) for v in _fill(p, "UKR")[4:-1].split(","))
    assert red > green and red > blue
    # hovering names the country (or the place) and its counts
    p.mouse.move(*_map_point(p, 100, 62))
    p.wait_for_function("document.getElementById('map-info').textContent.includes('Russia')")
    assert "Russia (RUS): 1 event(s) as target" in p.inner_text("#map-info")
    p.locator("#map circle.place").first.hover()
    assert "located event(s)" in p.inner_text("#map-info")
    page.shot("map-goldstein")


def test_clicking_a_country_filters_by_it(page):
    page.goto("/")
    _wait_rows(page, 6)
    p = page.page
    p.wait_for_selector("#map path.country[data-iso=RUS]")
    p.mouse.click(*_map_point(p, 100, 62))  # Siberia
    _wait_rows(page, 2)
    assert "source=RUS" in p.url
    assert p.input_value("#filters input[name=source]") == "RUS"
    assert set(p.locator("#events tbody td:nth-child(2)").all_inner_texts()) == {"RUS MIL"}
    # the choropleth follows the filters: only Russia keeps events as source
    assert p.locator("#map path.country.has-data").count() == 1
    page.shot("map-clicked")

def test_filters_narrow_every_view(page):
    page.goto("/")
    _wait_rows(page, 6)
    p = page.page
    p.fill("#filters input[name=actor]", "usa")
    p.click("#filters button[type=submit]")
    _wait_rows(page, 2)
    assert "actor=usa" in p.url
    assert p.locator("#network path.edge").count() == 2
    assert set(p.locator("#events tbody td:nth-child(2)").all_inner_texts()) == {"USA GOV"}
    page.shot("events-filtered")
    p.click("#filters button[type=reset]")
    _wait_rows(page, 6)


def test_the_confidence_control_filters_every_view(page):
    page.goto("/")
    _wait_rows(page, 6)
    p = page.page
    column = "#events tbody td.confidence"
    # each event's confidence; the unrated one (stored before events were rated) shows a dash
    assert sorted(p.locator(column).all_inner_texts()) == [
        "0.30", "0.41", "0.60", "0.75", "0.92", "–"]
    assert p.locator("#network path.edge").count() == 4
    p.fill("#filters input[name=min_confidence]", "0.6")
    p.click("#filters button[type=submit]")
    _wait_rows(page, 4)
    assert "min_confidence=0.6" in p.url
    assert "4 event(s)" in p.inner_text("#events-total")
    assert sorted(p.locator(column).all_inner_texts()) == ["0.60", "0.75", "0.92", "–"]
    # the network and the map follow: Ukraine's accusation of Russia (0.41) is gone
    p.wait_for_function("document.querySelectorAll('#network path.edge').length === 3")
    p.wait_for_function("document.querySelector('#map path[data-iso=RUS]')"
                        ".getAttribute('data-count') === '1'")
    page.shot("events-confident")
    # a value outside 0..1 is refused by the form: nothing is sent, the rows stay
    box = "#filters input[name=min_confidence]"
    p.fill(box, "1.5")
    p.click("#filters button[type=submit]")
    assert p.evaluate(f"document.querySelector('{box}').validity.valid") is False
    assert "min_confidence=0.6" in p.url and _rows(page) == 4
    p.click("#filters button[type=reset]")
    _wait_rows(page, 6)
    # from the address, as a shared link
    page.goto("/#/?min_confidence=0.95")
    _wait_rows(page, 1)
    assert p.input_value(box) == "0.95"
    assert p.locator(column).all_inner_texts() == ["–"]


def test_dragging_the_timeline_selects_a_date_range(page):
    page.goto("/")
    _wait_rows(page, 6)
    p = page.page
    box = p.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    # the first tenth of the time axis holds only the May events
    p.mouse.move(box["x"] + box["width"] * 0.03, y)
    p.mouse.down()
    p.mouse.move(box["x"] + box["width"] * 0.2, y, steps=5)
    p.mouse.up()
    p.wait_for_function("document.querySelector('#filters input[name=since]').value !== ''")
    _wait_rows(page, 2)
    assert p.input_value("#filters input[name=since]").startswith("2024-05")
    assert p.locator("#timeline rect.brush[visibility=visible]").count() == 1
    page.shot("events-brushed")


def test_opening_an_article_highlights_actors_and_the_evidence(page):
    page.goto("/#/?text=condemned")
    _wait_rows(page, 1)
    p = page.page
    p.locator("#events tbody tr", has_text="Ukraine condemned Russia").locator("a").click()
    p.wait_for_selector("#article-text mark.selected")
    assert p.inner_text("#article-title") == "Fighting near Kursk"
    selected = "".join(p.locator("#article-text mark.selected").all_inner_texts())
    assert selected == "Ukraine condemned Russia"
    evidence = "".join(p.locator("#article-text mark.evidence").all_inner_texts())
    assert "Russian troops attacked Ukrainian positions near Kursk" in evidence
    actors = p.locator("#article-text mark.actor").all_inner_texts()
    assert {"Russian troops", "Ukraine", "Russia", "Ukrainian"} <= set(actors)
    assert p.locator("#article-glance li").count() == 1
    assert p.locator("#article-events li").count() == 2
    # the text is shown whole, in order, whatever the marks
    text = p.inner_text("#article-text")
    assert text.startswith("Fighting near Kursk") and text.endswith("for the attack.")
    page.shot("article")
    # clicking the other event moves the selection
    p.locator("#article-events li").first.click()
    selected = "".join(p.locator("#article-text mark.selected").all_inner_texts())
    assert selected == "Russian troops attacked Ukrainian positions near Kursk"


def test_a_crafted_article_runs_no_script_and_shows_its_markup_as_text(page):
    page.goto(f"/#/article/{XSS_ID}")
    p = page.page
    p.wait_for_selector("#article-text mark.evidence")
    p.wait_for_selector("#article-quotes q")
    assert p.evaluate("window.__xss") is None
    assert XSS in p.inner_text("#article-title")
    assert XSS in p.inner_text("#article-text")
    assert XSS in p.inner_text("#article-meta")
    assert XSS in p.inner_text("#article-quotes")
    assert XSS in p.inner_text("#article-glance")
    for where in ("main", "header"):
        assert p.locator(f"{where} script").count() == 0
        assert p.locator(f"{where} img").count() == 0
    # and in the table of events, where its evidence is listed too
    page.goto("/#/?text=shelled")
    _wait_rows(page, 1)
    assert XSS in p.inner_text("#events tbody")
    assert p.locator("#events img, #events script").count() == 0
    assert p.evaluate("window.__xss") is None
    page.goto(f"/#/article/{XSS_ID}")
    p.wait_for_selector("#article-text mark.evidence")
    page.shot("article-crafted")


def test_stories_list_and_story_view_list_its_sources(page):
    page.goto("/#/stories")
    p = page.page
    p.wait_for_selector("#stories-list li a")
    assert p.locator("#stories-list li").count() >= 3
    page.shot("stories")
    p.locator("#stories-list li a", has_text="Fighting near Kursk").click()
    p.wait_for_selector("#story-sources li a")
    assert p.inner_text("#story-title") == "Fighting near Kursk"
    assert "Fighting near Kursk" in p.inner_text("#story-sources")
    assert p.locator("#story-events li").count() >= 1
    page.shot("story")
    p.locator("#story-sources li a").first.click()
    p.wait_for_selector("#article-text mark.evidence")
    assert p.inner_text("#article-title") == "Fighting near Kursk"


def test_the_page_uses_no_html_sinks():
    static = Path(__file__).resolve().parents[1] / "eventscope" / "serve" / "static"
    for path in static.glob("*.js"):
        script = path.read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                     "new Function"):
            assert sink not in script, (path.name, sink)


# -- behind a token: the login page --------------------------------------------------------------

TOKEN = "dashboard-token-for-the-login-test"


@pytest.fixture(scope="module")
def guarded_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dashboard-token")
    token_file = folder / "token"
    token_file.write_text(TOKEN)
    running = Server(build_store(folder / "store.duckdb"), folder / "server.log",
                     "--token-file", str(token_file))
    yield running
    running.stop()


def test_logging_in_through_the_page_opens_the_dashboard(browser, guarded_server):
    page = Page(browser, guarded_server.url.replace("127.0.0.1", "localhost"))
    try:
        p = page.page
        page.goto("/dashboard/")
        p.wait_for_selector("form[action='/login']")
        assert p.locator("#events").count() == 0
        page.shot("login")
        p.fill("#token", "not-the-token-at-all-but-long")
        p.click("button[type=submit]")
        p.wait_for_selector("text=That token is not right.")
        p.fill("#token", TOKEN)
        p.click("button[type=submit]")
        _wait_rows(page, 6)
        cookies = {c["name"]: c for c in browser.cookies() if c["domain"] == "localhost"}
        assert cookies["eventscope_session"]["httpOnly"]
        assert cookies["eventscope_session"]["sameSite"] == "Strict"
        page.goto(f"/dashboard/#/article/{XSS_ID}")
        p.wait_for_selector("#article-text mark.evidence")
        assert XSS in p.inner_text("#article-text")
        assert p.evaluate("window.__xss") is None
        assert p.locator("main script, main img").count() == 0
        page.check_local_only()
        # the login page and the wrong token are answered with 401, which Chromium logs
        errors = [e for e in page.errors if "status of 401" not in e]
        assert not errors and not page.dialogs
    finally:
        page.close()
