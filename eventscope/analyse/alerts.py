"""The escalation index of a dyad, and alerts when it jumps.

For each directed dyad (source → target) and period, the escalation index is the period's
share of material-conflict events (QuadClass 4) minus that share over the dyad's previous
``baseline`` periods, plus the fall of the mean Goldstein score against the same baseline
divided by 20, so each part lies in −1..1 and the index in −2..2 (a dyad with no earlier
events is measured against a neutral baseline: share 0, Goldstein 0). It counts asserted
canonical events, so a happening reported by forty outlets counts once. An alert is raised for
a period whose index reaches the threshold with at least ``min_events`` events, and lists the
events that drive it: that period's material-conflict events and those below the baseline's
mean Goldstein, most hostile first.

Defaults: weekly periods, a baseline of the 4 previous periods, threshold 0.5, at least 3
events. ``min_confidence`` leaves out the canonical events whose confidence is below it,
in the periods measured and in their baselines alike (events without a confidence, stored
before events were rated, are kept); the command line and the API default to the shipped
recommended threshold for alerts, ``confidence.shipped().threshold("alerts")``, these
functions to none.

A dyad that has been at war for months has a baseline of war and raises nothing; one that
turns from talks to strikes does, in the period it turns.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

from ..errors import StoreError
from ..store import check_min_confidence, confidence_condition
from .trends import FREQS, dates, filters, period_start, require_built, shift

THRESHOLD = 0.5
BASELINE = 4
MIN_EVENTS = 3
DRIVERS = 5
#: the Goldstein scale's span (−10..+10): a fall of the mean divided by it lies in −1..1
GOLDSTEIN_SPAN = 20.0


@dataclass
class DyadPeriod:
    """The escalation index of one dyad in one period, with what it is made of."""

    source: str
    target: str
    start: date
    end: date
    events: int
    material_conflict: int
    share: float  # of material-conflict events in the period
    goldstein_mean: float | None
    baseline_events: int
    baseline_share: float
    baseline_goldstein: float
    index: float

    @property
    def dyad(self) -> str:
        return f"{self.source}-{self.target}"


@dataclass
class Alert(DyadPeriod):
    """A dyad-period whose index reached the threshold, and the events that drive it."""

    drivers: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["dyad"] = self.dyad
        return data


def index(share: float, goldstein_mean: float | None, baseline_share: float,
          baseline_goldstein: float) -> float:
    """The escalation index from its parts (see the module doc)."""
    fall = 0.0 if goldstein_mean is None else (baseline_goldstein - goldstein_mean)
    return (share - baseline_share) + fall / GOLDSTEIN_SPAN


def escalation(store, *, freq: str = "week", baseline: int = BASELINE,
               dyad: str | None = None, actor: str | None = None,
               since: date | str | None = None, until: date | str | None = None,
               min_confidence: float | None = None) -> list[DyadPeriod]:
    """The escalation index of every dyad in every period in which it has events (periods
    from ``since`` to ``until``; earlier periods still make the baseline), counting the
    canonical events whose confidence reaches ``min_confidence`` and those without one."""
    if freq not in FREQS:
        raise StoreError(f"--freq must be one of {', '.join(FREQS)}, got {freq!r}")
    if baseline < 1:
        raise StoreError(f"--baseline must be 1 or more periods, got {baseline}")
    since, until = dates(since, until)
    where, params = filters(dyad, actor, min_confidence)
    where.append("target_country IS NOT NULL AND source_country IS NOT NULL")
    if until:
        where.append("date <= ?")
        params.append(until)
    require_built(store)
    rows = store.con.execute(f"""
        SELECT source_country, target_country, date_trunc('{freq}', date)::DATE AS period,
               count(*), count(*) FILTER (WHERE quad_class = 4),
               coalesce(sum(goldstein), 0), count(goldstein)
        FROM canonical_events WHERE {' AND '.join(where)}
        GROUP BY ALL ORDER BY source_country, target_country, period""", params).fetchall()
    by_dyad: dict[tuple[str, str], dict[date, tuple[int, int, float, int]]] = {}
    for source, target, period, n, conflict, gold_sum, gold_n in rows:
        by_dyad.setdefault((source, target), {})[period] = (int(n), int(conflict),
                                                            float(gold_sum), int(gold_n))
    first = period_start(since, freq) if since else None
    out: list[DyadPeriod] = []
    for (source, target), periods in by_dyad.items():
        for start, (n, conflict, gold_sum, gold_n) in periods.items():
            if first is not None and start < first:
                continue
            base = [periods.get(shift(start, freq, -k)) for k in range(1, baseline + 1)]
            base = [b for b in base if b is not None]
            base_n = sum(b[0] for b in base)
            base_conflict = sum(b[1] for b in base)
            base_gold_n = sum(b[3] for b in base)
            base_share = base_conflict / base_n if base_n else 0.0
            base_gold = sum(b[2] for b in base) / base_gold_n if base_gold_n else 0.0
            share = conflict / n if n else 0.0
            mean = gold_sum / gold_n if gold_n else None
            out.append(DyadPeriod(
                source, target, start, shift(start, freq, 1) - timedelta(days=1), n, conflict,
                round(share, 4), None if mean is None else round(mean, 4), base_n,
                round(base_share, 4), round(base_gold, 4),
                round(index(share, mean, base_share, base_gold), 4)))
    out.sort(key=lambda d: (d.start, d.source, d.target))
    return out


def alerts(store, *, threshold: float = THRESHOLD, freq: str = "week",
           baseline: int = BASELINE, min_events: int = MIN_EVENTS, dyad: str | None = None,
           actor: str | None = None, since: date | str | None = None,
           until: date | str | None = None, drivers: int = DRIVERS,
           min_confidence: float | None = None) -> list[Alert]:
    """The dyad-periods whose escalation index is at least ``threshold`` with at least
    ``min_events`` events, in period order (then highest index first), each with up to
    ``drivers`` of the canonical events that drive it; only canonical events whose
    confidence reaches ``min_confidence`` (and those without one) count and drive."""
    found = [d for d in escalation(store, freq=freq, baseline=baseline, dyad=dyad, actor=actor,
                                   since=since, until=until, min_confidence=min_confidence)
             if d.events >= min_events and d.index >= threshold]
    found.sort(key=lambda d: (d.start, -d.index, d.source, d.target))
    minimum = check_min_confidence(min_confidence)
    return [Alert(**asdict(d), drivers=_drivers(store, d, drivers, minimum)) for d in found]


def _drivers(store, period: DyadPeriod, limit: int, minimum: float | None
             ) -> list[dict[str, Any]]:
    sure = f"AND {confidence_condition('c.confidence')}" if minimum else ""
    cursor = store.con.execute(f"""
        SELECT c.id, c.date, c.source_country, c.source_sector, c.target_country,
               c.target_sector, c.plover_type, c.cameo_code, c.cameo_name, c.goldstein,
               c.quad_class, c.location_name, c.evidence_text, c.n_sources, c.story_id,
               s.title AS story_title, c.confidence
        FROM canonical_events c LEFT JOIN stories s ON s.id = c.story_id
        WHERE c.asserted AND c.source_country = ? AND c.target_country = ?
          AND c.date BETWEEN ? AND ?
          AND (c.quad_class = 4 OR c.goldstein < ?) {sure}
        ORDER BY c.quad_class = 4 DESC, c.goldstein NULLS LAST, c.n_sources DESC, c.date,
                 c.id
        LIMIT ?""", [period.source, period.target, period.start, period.end,
                     period.baseline_goldstein, *([minimum] if minimum else []),
                     max(0, limit)])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


__all__ = ["Alert", "BASELINE", "DRIVERS", "DyadPeriod", "MIN_EVENTS", "THRESHOLD", "alerts",
           "escalation", "index"]
