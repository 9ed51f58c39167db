"""Polling feeds on a schedule: ``watch(feeds_file, db, coder, every=900)``.

Each cycle reads the feeds file again (so edits apply from the next cycle; a broken file keeps
the last good list), opens the store, reads every feed, fetches, codes and stores the new
articles (:func:`eventscope.feeds.ingest_web`), then, when it stored something, rebuilds the
stories (``eventscope.analyse.stories.build_stories``) and evaluates the alerts
(``eventscope.analyse.alerts.alerts``) if those modules are there, and logs one line::

    cycle 3: 2 feed(s) read, 1 failed; 14 link(s), 11 already fetched; 3 stored (41 events),
    0 already present; 1 error(s); 2 alert(s); 4.1 s

Errors of a feed or a page are logged one line each (``WARNING``) and the cycle goes on; an
error of the whole cycle (the store cannot be opened) is logged and the next cycle tries
again. The store is closed between cycles, so ``eventscope events`` and ``sql`` can read it
then. What was fetched is kept in the store (the ``fetched`` table), so a restarted watch
fetches none of the pages it already has.
"""

from __future__ import annotations

import importlib
import inspect
import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import EventscopeError, one_line
from .feeds import MAX_ATTEMPTS, Feed, WebReport, ingest_web, load_feeds
from .fetch import FetchConfig, Fetcher

if TYPE_CHECKING:  # pragma: no cover
    from .coder import Coder

log = logging.getLogger(__name__)

_EVERY_RE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(s|sec|secs|m|min|mins|h|hr|hrs|d)?\s*", re.I)
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> float:
    """Seconds from ``30s``, ``15m``, ``1h``, ``1d`` or a plain number of seconds."""
    match = _EVERY_RE.fullmatch(str(text))
    if match is None:
        raise ValueError(f"{text!r} is not an interval (use 30s, 15m, 1h)")
    unit = (match.group(2) or "s")[0].lower()
    return float(match.group(1)) * _UNITS[unit]


@dataclass
class CycleReport:
    """One cycle: the web report, the alerts counted, and what went wrong with the cycle."""

    number: int
    web: WebReport = field(default_factory=WebReport)
    alerts: int | None = None  # None: not evaluated
    error: str | None = None  # the cycle could not run
    seconds: float = 0.0

    def line(self) -> str:
        if self.error:
            return f"cycle {self.number}: failed: {self.error}"
        web = self.web
        alerts = "" if self.alerts is None else f"; {self.alerts} alert(s)"
        return (f"cycle {self.number}: {web.feeds} feed(s) read, {web.feeds_failed} failed; "
                f"{web.links} link(s), {web.skipped} already fetched; {web.stored} stored "
                f"({web.events} events), {web.present} already present; "
                f"{len(web.failed)} error(s){alerts}; {self.seconds:.1f} s")


class Watcher:
    """Runs cycles over a feeds file and a store; ``run()`` loops, ``cycle()`` runs one."""

    def __init__(self, feeds_file: str | Path, db: str | Path, coder: Coder, *,
                 config: FetchConfig | None = None, batch_size: int = 16,
                 max_attempts: int = MAX_ATTEMPTS):
        self.feeds_file = Path(feeds_file)
        self.db = Path(db)
        self.coder = coder
        self.batch_size = batch_size
        self.max_attempts = max_attempts
        self.fetcher = Fetcher(config)  # one for all cycles: robots.txt stays cached
        self.feeds: list[Feed] = []
        self.cycles = 0

    def close(self) -> None:
        self.fetcher.close()

    def __enter__(self) -> Watcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, *, every: float, cycles: int | None = None,
            sleep: Callable[[float], None] = time.sleep) -> list[CycleReport]:
        """Run a cycle every ``every`` seconds (start to start), ``cycles`` times or until
        interrupted (Ctrl-C ends it between or during cycles); the reports of the cycles."""
        reports: list[CycleReport] = []
        try:
            while cycles is None or len(reports) < cycles:
                started = time.monotonic()
                reports.append(self.cycle())
                if cycles is not None and len(reports) >= cycles:
                    break
                sleep(max(0.0, started + every - time.monotonic()))
        except KeyboardInterrupt:
            log.info("stopped after %d cycle(s)", len(reports))
        return reports

    def cycle(self) -> CycleReport:
        """One cycle; never raises for a bad feed, page or store (the report says)."""
        from .store import Store

        self.cycles += 1
        report = CycleReport(self.cycles)
        started = time.monotonic()
        self._reload_feeds()
        try:
            if not self.feeds:
                raise EventscopeError(f"{self.feeds_file}: no feeds to read")
            with Store.open(self.db) as store:
                report.web = ingest_web(store, self.coder, feeds=self.feeds,
                                        fetcher=self.fetcher, batch_size=self.batch_size,
                                        max_attempts=self.max_attempts)
                if report.web.stored:
                    report.alerts = _analyse(store)
        except EventscopeError as exc:
            report.error = str(exc)
        except Exception as exc:  # keep watching: the next cycle may work
            report.error = f"unexpected error: {type(exc).__name__}: {one_line(exc)}"
        report.seconds = time.monotonic() - started
        for where, reason in report.web.failed:
            log.warning("%s: %s", where, reason)
        (log.error if report.error else log.info)("%s", report.line())
        return report

    def _reload_feeds(self) -> None:
        try:
            self.feeds = load_feeds(self.feeds_file)
        except EventscopeError as exc:
            kept = f"; keeping the {len(self.feeds)} feed(s) read before" if self.feeds else ""
            log.error("%s%s", exc, kept)


def watch(feeds_file: str | Path, db: str | Path, coder: Coder, *, every: float = 900.0,
          cycles: int | None = None, config: FetchConfig | None = None, batch_size: int = 16,
          max_attempts: int = MAX_ATTEMPTS,
          sleep: Callable[[float], None] = time.sleep) -> list[CycleReport]:
    """Poll the feeds of ``feeds_file`` into the store ``db`` every ``every`` seconds."""
    with Watcher(feeds_file, db, coder, config=config, batch_size=batch_size,
                 max_attempts=max_attempts) as watcher:
        return watcher.run(every=every, cycles=cycles, sleep=sleep)


# -- stories and alerts -------------------------------------------------------------------------


def _analyse(store: Any) -> int | None:
    """Rebuild the stories and evaluate the alerts, when those modules are installed; the
    number of alerts (None when there is no alert module). A failure is logged, not raised."""
    build_stories = _optional("eventscope.analyse.stories", "build_stories")
    if build_stories is not None:
        try:
            build_stories(store)
        except Exception as exc:
            log.error("stories not rebuilt: %s", one_line(exc))
    alerts = _optional("eventscope.analyse.alerts", "alerts")
    if alerts is None:
        return None
    if not _callable_with_store(alerts):
        log.debug("alerts() needs more than the store; skipped")
        return None
    try:  # at the recommended alert threshold, as `eventscope alerts` counts them
        from .confidence import shipped

        found = alerts(store, min_confidence=shipped().threshold("alerts"))
    except Exception as exc:
        log.error("alerts not evaluated: %s", one_line(exc))
        return None
    return _count(found)


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    try:
        function = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        log.debug("%s.%s not available (%s); skipped", module, name, exc)
        return None
    return function if callable(function) else None


def _callable_with_store(function: Callable[..., Any]) -> bool:
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):
        return True
    required = [p for p in list(signature.parameters.values())[1:]
                if p.default is inspect.Parameter.empty
                and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
    return not required


def _count(found: Any) -> int:
    if found is None:
        return 0
    if isinstance(found, bool):
        return int(found)
    if isinstance(found, int):
        return found
    if isinstance(found, Sequence) or hasattr(found, "__len__"):
        return len(found)
    return sum(1 for _ in found)


