"""Time series of canonical events: counts by QuadClass and Goldstein sum and mean per period.

``time_series(store, dyad="RUS-UKR" | actor="RUS", freq="week", since=…, until=…)`` counts the
asserted canonical events (see :mod:`~eventscope.analyse.stories`: one happening reported by
forty articles is one event; negated and hypothetical events are left out) per day, week
(starting Monday) or month, every period between the first and the last filled in, zeros
included. A dyad ``A-B`` is directed: A acts on B (``actor`` takes either side). ``sources``
is the number of article reports behind the period's events. ``min_confidence`` leaves out
the canonical events whose confidence is below it (those without one, stored before events
were rated, are kept); the command line and the API default to the shipped recommended
threshold for trends, ``confidence.shipped().threshold("trends")``, this function to none.

``plot(series, path)`` draws it: ``.png`` with matplotlib (stacked bars by QuadClass, the mean
Goldstein score as a line on its own axis), ``.html`` as one self-contained page (inline SVG
and the table; no scripts).
"""

from __future__ import annotations

import html
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..store import check_min_confidence, confidence_condition
from .stories import ensure_built, layout_ok

FREQS = ("day", "week", "month")
QUAD_NAMES = ("verbal cooperation", "material cooperation", "verbal conflict",
              "material conflict")
QUAD_COLOURS = ("#74c476", "#238b45", "#fd8d3c", "#cb181d")


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # the last day of the period
    events: int = 0
    verbal_cooperation: int = 0  # QuadClass 1
    material_cooperation: int = 0  # QuadClass 2
    verbal_conflict: int = 0  # QuadClass 3
    material_conflict: int = 0  # QuadClass 4
    goldstein_sum: float = 0.0
    goldstein_mean: float | None = None
    sources: int = 0  # article reports behind the events

    @property
    def quads(self) -> tuple[int, int, int, int]:
        return (self.verbal_cooperation, self.material_cooperation, self.verbal_conflict,
                self.material_conflict)


@dataclass
class Series:
    freq: str
    dyad: str | None = None
    actor: str | None = None
    since: date | None = None
    until: date | None = None
    min_confidence: float | None = None  # the minimum confidence of the events counted
    periods: list[Period] = field(default_factory=list)

    @property
    def label(self) -> str:
        who = self.dyad or self.actor or "all actors"
        sure = f", confidence {self.min_confidence:g} or more" if self.min_confidence else ""
        return f"canonical events, {who}, by {self.freq}{sure}"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("since", "until"):
            data[key] = data[key].isoformat() if data[key] else None
        for period in data["periods"]:
            period["start"] = period["start"].isoformat()
            period["end"] = period["end"].isoformat()
        return data


# -- periods -----------------------------------------------------------------------------------


def period_start(day: date, freq: str) -> date:
    if freq == "day":
        return day
    if freq == "week":
        return day - timedelta(days=day.weekday())
    if freq == "month":
        return day.replace(day=1)
    raise StoreError(f"--freq must be one of {', '.join(FREQS)}, got {freq!r}")


def shift(start: date, freq: str, n: int) -> date:
    """The start of the period ``n`` periods after (before, when negative) ``start``."""
    if freq == "day":
        return start + timedelta(days=n)
    if freq == "week":
        return start + timedelta(weeks=n)
    months = start.year * 12 + start.month - 1 + n
    return date(months // 12, months % 12 + 1, 1)


def parse_dyad(dyad: str) -> tuple[str, str]:
    parts = [p.strip().upper() for p in dyad.replace(">", "-").split("-")]
    if len(parts) != 2 or not all(p.isalnum() for p in parts):
        raise StoreError(f"--dyad must be two actor codes like USA-RUS, got {dyad!r}")
    return parts[0], parts[1]


def _code(value: str, what: str) -> str:
    code = value.strip().upper()
    if not code.isalnum():
        raise StoreError(f"--{what} must be an actor code like RUS, got {value!r}")
    return code


def _date(value: date | str | None, what: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise StoreError(f"--{what} must be a date like 2024-06-01, got {value!r}") from None


def dates(since: date | str | None, until: date | str | None
          ) -> tuple[date | None, date | None]:
    """``since`` and ``until`` as dates (``StoreError`` for a bad one or an empty range)."""
    first, last = _date(since, "since"), _date(until, "until")
    if first and last and first > last:
        raise StoreError(f"--since {first} is after --until {last}")
    return first, last


def require_built(store) -> None:
    """Make sure the canonical events exist: build them on a writable store when missing or
    out of date; a read-only store uses the tables it has (and must have them)."""
    if not store.read_only:
        ensure_built(store)
        return
    present = {r[0] for r in store.con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'"
    ).fetchall()}
    if "canonical_events" not in present:
        raise StoreError(f"{store.path}: no canonical events yet; build them with: "
                         f"eventscope stories --db {store.path}")
    if not layout_ok(store.con):
        raise StoreError(f"{store.path}: the canonical events were built by an older "
                         f"eventscope; rebuild them with: eventscope stories --db {store.path}")


def filters(dyad: str | None, actor: str | None, min_confidence: float | None = None
            ) -> tuple[list[str], list[Any]]:
    """SQL conditions (over ``canonical_events``) and their parameters."""
    if dyad and actor:
        raise StoreError("give --dyad or --actor, not both")
    where = ["asserted", "date IS NOT NULL"]
    params: list[Any] = []
    minimum = check_min_confidence(min_confidence)
    if minimum:
        where.append(confidence_condition())
        params.append(minimum)
    if dyad:
        source, target = parse_dyad(dyad)
        where += ["source_country = ?", "target_country = ?"]
        params += [source, target]
    if actor:
        code = _code(actor, "actor")
        where.append("(source_country = ? OR target_country = ?)")
        params += [code, code]
    return where, params


# -- the series --------------------------------------------------------------------------------


def time_series(store, dyad: str | None = None, actor: str | None = None, freq: str = "week",
                since: date | str | None = None, until: date | str | None = None,
                min_confidence: float | None = None) -> Series:
    """Canonical event counts by QuadClass and Goldstein sum and mean per period.

    Builds the canonical events first when they are missing or out of date (on a writable
    store). ``min_confidence`` (0..1): only the canonical events whose confidence reaches it,
    and those without one. Raises ``StoreError`` for a bad dyad, actor, frequency, date or
    minimum confidence.
    """
    if freq not in FREQS:
        raise StoreError(f"--freq must be one of {', '.join(FREQS)}, got {freq!r}")
    since, until = dates(since, until)
    where, params = filters(dyad, actor, min_confidence)
    require_built(store)
    if since:
        where.append("date >= ?")
        params.append(since)
    if until:
        where.append("date <= ?")
        params.append(until)
    rows = store.con.execute(f"""
        SELECT date_trunc('{freq}', date)::DATE AS period, count(*),
               count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
               count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
               coalesce(sum(goldstein), 0), avg(goldstein), coalesce(sum(n_sources), 0)
        FROM canonical_events WHERE {' AND '.join(where)}
        GROUP BY ALL ORDER BY period""", params).fetchall()
    series = Series(freq, dyad="-".join(parse_dyad(dyad)) if dyad else None,
                    actor=_code(actor, "actor") if actor else None, since=since, until=until,
                    min_confidence=check_min_confidence(min_confidence))
    found = {row[0]: row for row in rows}
    first = period_start(since, freq) if since else (rows[0][0] if rows else None)
    last = period_start(until, freq) if until else (rows[-1][0] if rows else None)
    if first is None or last is None:
        return series
    start = first
    while start <= last:
        end = shift(start, freq, 1) - timedelta(days=1)
        row = found.get(start)
        if row is None:
            series.periods.append(Period(start, end))
        else:
            series.periods.append(Period(
                start, end, int(row[1]), int(row[2]), int(row[3]), int(row[4]), int(row[5]),
                round(float(row[6]), 4), None if row[7] is None else round(float(row[7]), 4),
                int(row[8])))
        start = shift(start, freq, 1)
    return series


# -- plots -------------------------------------------------------------------------------------


def plot(series: Series, path: str | Path) -> Path:
    """Draw the series to ``path``: ``.png`` (matplotlib) or ``.html`` (inline SVG, no scripts)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".png", ".html", ".htm"):
        raise StoreError(f"{path}: --plot writes .png or .html, not {suffix or 'no suffix'}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if suffix == ".png":
            _png(series, path)
        else:
            path.write_text(_html(series), encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"{path}: cannot write the plot: {exc.strerror or exc}") from None
    return path


def _png(series: Series, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    periods = series.periods
    x = list(range(len(periods)))
    fig, ax = plt.subplots(figsize=(max(6.0, min(18.0, 0.35 * len(periods) + 4)), 4.2),
                           dpi=100)
    try:
        bottom = [0] * len(periods)
        for q in range(4):
            heights = [p.quads[q] for p in periods]
            ax.bar(x, heights, bottom=bottom, color=QUAD_COLOURS[q], label=QUAD_NAMES[q],
                   width=0.8)
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylabel("canonical events")
        ax.set_title(series.label)
        step = max(1, len(periods) // 12)
        ax.set_xticks(x[::step])
        ax.set_xticklabels([p.start.isoformat() for p in periods][::step], rotation=45,
                           ha="right", fontsize=8)
        line = ax.twinx()
        means = [p.goldstein_mean if p.goldstein_mean is not None else float("nan")
                 for p in periods]
        line.plot(x, means, color="#2b2b2b", marker="o", markersize=3, linewidth=1.2,
                  label="mean Goldstein")
        line.set_ylim(-10.5, 10.5)
        line.axhline(0, color="#999999", linewidth=0.6, linestyle=":")
        line.set_ylabel("mean Goldstein")
        handles = ax.get_legend_handles_labels()
        more = line.get_legend_handles_labels()
        ax.legend(handles[0] + more[0], handles[1] + more[1], fontsize=7, loc="upper left")
        fig.tight_layout()
        fig.savefig(path, format="png", metadata={"Software": None})
    finally:
        plt.close(fig)


def _html(series: Series) -> str:
    periods = series.periods
    width, height, left, right, top, bottom = 900, 360, 50, 50, 30, 70
    inner_w, inner_h = width - left - right, height - top - bottom
    peak = max([p.events for p in periods] + [1])
    slot = inner_w / max(1, len(periods))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="10">',
             f'<text x="{width / 2}" y="16" text-anchor="middle" font-size="13">'
             f"{html.escape(series.label)}</text>"]
    for tick in range(5):  # left axis: counts
        value = peak * tick / 4
        y = top + inner_h - inner_h * tick / 4
        parts.append(f'<line x1="{left}" x2="{left + inner_w}" y1="{y:.1f}" y2="{y:.1f}" '
                     'stroke="#e5e5e5"/>')
        parts.append(f'<text x="{left - 4}" y="{y + 3:.1f}" text-anchor="end">{value:g}</text>')
    for tick in (-10, -5, 0, 5, 10):  # right axis: Goldstein
        y = top + inner_h * (10 - tick) / 20
        parts.append(f'<text x="{left + inner_w + 4}" y="{y + 3:.1f}">{tick:+d}</text>')
    points = []
    step = max(1, len(periods) // 12)
    for i, p in enumerate(periods):
        x = left + i * slot + slot * 0.1
        y = top + inner_h
        for q in range(4):
            h = inner_h * p.quads[q] / peak
            if h > 0:
                y -= h
                parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{slot * 0.8:.1f}" '
                             f'height="{h:.1f}" fill="{QUAD_COLOURS[q]}"><title>'
                             f"{p.start}: {p.quads[q]} {QUAD_NAMES[q]}</title></rect>")
        if p.goldstein_mean is not None:
            points.append((left + (i + 0.5) * slot,
                           top + inner_h * (10 - p.goldstein_mean) / 20))
        if i % step == 0:
            cx = left + (i + 0.5) * slot
            parts.append(f'<text x="{cx:.1f}" y="{top + inner_h + 12}" text-anchor="end" '
                         f'transform="rotate(-45 {cx:.1f} {top + inner_h + 12})">'
                         f"{p.start.isoformat()}</text>")
    if points:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        parts.append(f'<polyline points="{path}" fill="none" stroke="#2b2b2b" '
                     'stroke-width="1.2"/>')
        parts += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2" fill="#2b2b2b"/>'
                  for x, y in points]
    legend = [*zip(QUAD_NAMES, QUAD_COLOURS, strict=True), ("mean Goldstein", "#2b2b2b")]
    for i, (name, colour) in enumerate(legend):
        x = left + i * 150
        parts.append(f'<rect x="{x}" y="{height - 14}" width="10" height="10" '
                     f'fill="{colour}"/><text x="{x + 14}" y="{height - 5}">{name}</text>')
    parts.append("</svg>")
    head = ("period", "events", *QUAD_NAMES, "Goldstein sum", "Goldstein mean", "sources")
    rows = "\n".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in (
            p.start.isoformat(), p.events, *p.quads, f"{p.goldstein_sum:g}",
            "" if p.goldstein_mean is None else f"{p.goldstein_mean:+.2f}", p.sources))
        + "</tr>" for p in periods)
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(series.label)}</title>"
        "<style>body{font-family:sans-serif;margin:1em}table{border-collapse:collapse;"
        "font-size:12px}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}"
        "</style></head><body>\n" + "".join(parts) + "\n<table><tr>"
        + "".join(f"<th>{html.escape(h)}</th>" for h in head) + f"</tr>\n{rows}\n</table>\n"
        "</body></html>\n")


__all__ = ["FREQS", "Period", "Series", "dates", "filters", "parse_dyad", "period_start", "plot",
           "require_built", "shift", "time_series"]
