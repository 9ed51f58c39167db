"""``eventscope watch``: cycles over a feeds file against a real HTTP server on 127.0.0.1
(``tests/data/web/testsite.py``), one log line per cycle, bad feeds and pages survived, and
nothing fetched again after a restart."""

from __future__ import annotations

import logging
import sys
import types
from pathlib import Path

import pytest
from typer.testing import CliRunner

import eventscope.cli as cli
from eventscope.confidence import shipped
from eventscope.fetch import FetchConfig
from eventscope.store import Store
from eventscope.watch import Watcher, parse_every, watch

sys.path.insert(0, str(Path(__file__).parent / "data" / "web"))
import testsite  # noqa: E402

CONFIG = FetchConfig(allow_networks=("127.0.0.1/32",), timeout=testsite.TIMEOUT,
                     deadline=5.0, max_bytes=100_000, per_host_delay=0.0)
GOOD = sorted(testsite.PAGES)


@pytest.fixture
def site():
    site = testsite.build(testsite.Site().start())
    yield site
    site.stop()


@pytest.fixture
def feeds_file(site, tmp_path):
    path = tmp_path / "feeds.yaml"
    path.write_text(
        f"- name: World desk\n  url: {site.url('/feeds/world.rss')}\n"
        f"- name: Asia desk\n  url: {site.url('/feeds/asia.atom')}\n"
        f"- name: Broken\n  url: {site.url('/feeds/broken.xml')}\n"
        f"- name: Down\n  url: http://127.0.0.1:{testsite.closed_port()}/rss\n",
        encoding="utf-8")
    return path


@pytest.fixture
def world_file(site, tmp_path):
    """One feed, without the slow page: Kenya and Peru, and bad pages that fail at once."""
    path = tmp_path / "world.yaml"
    path.write_text(f"- name: World desk\n  url: {site.url('/feeds/world.rss')}\n")
    return path


@pytest.fixture
def no_analysis(monkeypatch):
    """Run without the story and alert modules, whatever is installed."""
    monkeypatch.setitem(sys.modules, "eventscope.analyse.stories", None)
    monkeypatch.setitem(sys.modules, "eventscope.analyse.alerts", None)


def _cycle_lines(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.name == "eventscope.watch" and r.getMessage().startswith("cycle ")]


@pytest.mark.parametrize(("text", "seconds"), [
    ("30s", 30), ("15m", 900), ("1h", 3600), ("2d", 172800), ("90", 90), ("0.5s", 0.5),
    (" 10 min ", 600), ("0s", 0),
])
def test_parse_every(text, seconds):
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "15x", "-5m", "1h30m"])
def test_parse_every_refuses_what_is_not_an_interval(text):
    with pytest.raises(ValueError, match="is not an interval"):
        parse_every(text)


def test_cycles_store_new_articles_log_one_line_each_and_survive_a_restart(
        site, feeds_file, tmp_path, coder, caplog, no_analysis):
    db = tmp_path / "store.duckdb"
    caplog.set_level(logging.INFO, logger="eventscope")
    sleeps: list[float] = []
    reports = watch(feeds_file, db, coder, every=60, cycles=2, config=CONFIG,
                    sleep=sleeps.append)
    assert len(reports) == 2 and len(sleeps) == 1 and 0 < sleeps[0] <= 60
    first, second = reports
    assert first.error is None and second.error is None
    assert (first.web.feeds, first.web.feeds_failed, first.web.stored) == (2, 2, 3)
    assert second.web.stored == 0 and second.web.links == 0  # the feeds answered 304
    lines = _cycle_lines(caplog)
    assert len(lines) == 2
    assert lines[0].startswith("cycle 1: 2 feed(s) read, 2 failed; 12 link(s), 0 already "
                               "fetched; 3 stored (")
    assert "; 11 error(s); " in lines[0]
    assert lines[1].startswith("cycle 2: 2 feed(s) read, 2 failed; 0 link(s), 0 already "
                               "fetched; 0 stored (0 events)")
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert f"{site.url('/news/missing.html')}: HTTP 404 Not Found" in warnings
    assert all("\n" not in w for w in warnings)
    with Store.open(db, read_only=True) as store:
        urls = [row[0] for row in store.sql("SELECT url FROM articles ORDER BY url")[1]]
    assert urls == [site.url(p) for p in GOOD]

    # a restart, with feeds that no longer answer 304: only the pages whose errors may go
    # away (a timeout, a 500) are asked for again
    for route in ("/feeds/world.rss", "/feeds/asia.atom"):
        site.routes[route].etag = None
    before = site.fetches()
    caplog.clear()
    (third,) = watch(feeds_file, db, coder, every=60, cycles=1, config=CONFIG)
    assert site.fetches() - before == {"/news/slow.html": 1, "/news/error.html": 1}
    assert third.web.stored == 0 and third.web.skipped == 10
    assert _cycle_lines(caplog)[0].startswith("cycle 1: 2 feed(s) read, 2 failed; 12 link(s), "
                                              "10 already fetched; 0 stored")
    assert all(site.fetches()[p] == 1 for p in GOOD)


def test_a_feeds_file_edited_between_cycles_is_read_again(site, feeds_file, tmp_path, coder,
                                                          caplog, no_analysis):
    db = tmp_path / "store.duckdb"
    feeds_file.write_text(f"- name: World\n  url: {site.url('/feeds/world.rss')}\n")
    edits = iter([
        "- {name: World, url: [broken\n",  # a broken file: the last good list is kept
        f"- name: Asia\n  url: {site.url('/feeds/asia.atom')}\n",
    ])

    def edit(seconds: float) -> None:
        feeds_file.write_text(next(edits))

    caplog.set_level(logging.INFO, logger="eventscope")
    reports = watch(feeds_file, db, coder, every=0, cycles=3, config=CONFIG, sleep=edit)
    assert [r.web.stored for r in reports] == [2, 0, 1]  # Kenya, Peru; nothing; Norway
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert any("invalid YAML" in e and "keeping the 1 feed(s) read before" in e for e in errors)


def test_a_store_that_cannot_be_opened_fails_the_cycle_not_the_watch(site, feeds_file,
                                                                    tmp_path, coder, caplog):
    db = tmp_path / "not-a-store.duckdb"
    db.write_text("this is not a database")
    caplog.set_level(logging.INFO, logger="eventscope")
    reports = watch(feeds_file, db, coder, every=0, cycles=2, config=CONFIG,
                    sleep=lambda s: None)
    assert len(reports) == 2 and all(r.error for r in reports)
    assert _cycle_lines(caplog)[0].startswith("cycle 1: failed: ")
    assert sum(site.hits.values()) == 0


def test_stories_and_alerts_run_after_new_articles(site, world_file, tmp_path, coder, caplog,
                                                   monkeypatch):
    calls: list[str] = []
    stories = types.ModuleType("eventscope.analyse.stories")
    stories.build_stories = lambda store: calls.append(f"stories {store.counts()['articles']}")
    alerts = types.ModuleType("eventscope.analyse.alerts")

    def find_alerts(store, since=None, threshold=2.0, min_confidence=None):
        calls.append(f"alerts {min_confidence}")
        return ["escalation RUS-UKR", "escalation PER-MEX"]

    alerts.alerts = find_alerts
    monkeypatch.setitem(sys.modules, "eventscope.analyse.stories", stories)
    monkeypatch.setitem(sys.modules, "eventscope.analyse.alerts", alerts)
    caplog.set_level(logging.INFO, logger="eventscope")
    reports = watch(world_file, tmp_path / "s.duckdb", coder, every=0, cycles=2, config=CONFIG,
                    sleep=lambda s: None)
    # the second cycle stored nothing new; alerts are counted at the recommended threshold
    assert calls == ["stories 2", f"alerts {shipped().threshold('alerts')}"]
    assert reports[0].alerts == 2 and reports[1].alerts is None
    assert "; 2 alert(s); " in _cycle_lines(caplog)[0]


def test_a_failing_story_module_is_logged_and_the_watch_goes_on(site, world_file, tmp_path,
                                                                coder, caplog, monkeypatch):
    stories = types.ModuleType("eventscope.analyse.stories")

    def broken(store):
        raise RuntimeError("cannot cluster\nsecond line")

    stories.build_stories = broken
    monkeypatch.setitem(sys.modules, "eventscope.analyse.stories", stories)
    monkeypatch.setitem(sys.modules, "eventscope.analyse.alerts", None)
    caplog.set_level(logging.INFO, logger="eventscope")
    with Watcher(world_file, tmp_path / "s.duckdb", coder, config=CONFIG) as watcher:
        report = watcher.cycle()
    assert report.error is None and report.web.stored == 2 and report.alerts is None
    assert "stories not rebuilt: cannot cluster" in caplog.text


def test_cli_watch_runs_cycles_and_logs_them(site, feeds_file, tmp_path, coder, monkeypatch,
                                             no_analysis):
    monkeypatch.setattr(cli, "_coder", lambda model, dictionaries: coder)
    db = tmp_path / "store.duckdb"
    result = CliRunner().invoke(cli.app, [
        "watch", "--feeds", str(feeds_file), "--every", "0s", "--cycles", "2", "--db", str(db),
        "--allow-private", "--delay", "0", "--timeout", "1"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert " INFO cycle 1: 2 feed(s) read, 2 failed; 12 link(s)" in result.output
    assert " INFO cycle 2: " in result.output
    assert f"WARNING {site.url('/news/missing.html')}: HTTP 404 Not Found" in result.output
    assert "Traceback" not in result.output
    with Store.open(db, read_only=True) as store:  # huge-stream.html's million characters too
        assert store.counts()["articles"] == 4


@pytest.mark.parametrize(("args", "message"), [
    (["--every", "soon"], "is not an interval"),
    (["--feeds", "missing.yaml"], "feeds file not found"),
])
def test_cli_watch_bad_arguments_are_one_line(tmp_path, feeds_file, args, message):
    base = {"--feeds": str(feeds_file), "--every": "1m"}
    for flag, value in zip(args[::2], args[1::2], strict=True):
        base[flag] = str(tmp_path / value) if flag == "--feeds" else value
    argv = ["watch", *[x for pair in base.items() for x in pair], "--db",
            str(tmp_path / "s.duckdb"), "--cycles", "1"]
    result = CliRunner().invoke(cli.app, argv)
    assert result.exit_code != 0
    assert message in result.output and "Traceback" not in result.output


def test_the_installed_story_and_alert_modules_run_when_present(site, world_file, tmp_path,
                                                                coder):
    try:
        import eventscope.analyse.alerts  # noqa: F401
    except ImportError:
        present = False
    else:
        present = True
    with Watcher(world_file, tmp_path / "s.duckdb", coder, config=CONFIG) as watcher:
        report = watcher.cycle()
    assert report.error is None and report.web.stored == 2
    assert isinstance(report.alerts, int) if present else report.alerts is None
