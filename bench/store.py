"""Store throughput and query latency on a synthetic store, in one run.

    python bench/store.py [--events 1000000] [--ingest 3000] [--runs 9]

1. Bulk: ``--events`` synthetic events (10 per article, 40 countries, 20 CAMEO codes over ten
   years, so about 190,000 dyad-months) are generated inside DuckDB with SQL.
2. Ingest, into that store (so the article id index is realistic): ``--ingest`` synthetic
   articles of 8 events each (16 actor rows, a quote and a quantity) written to a JSON Lines
   file and run through ``Store.ingest`` (reading, the already-stored check, one transaction
   per batch of 16) with a stand-in coder that returns their precomputed events, so the
   figure is the store's share of an ingest run without spaCy; and as many again through
   ``Store.add_many`` alone (the write path).
3. Queries, on the store opened read-only as ``eventscope sql`` opens it, median of
   ``--runs`` warm runs: a floor (a plain scan: ``count(*)`` and ``sum(goldstein)``), the
   dyad/month aggregation (events, mean Goldstein and material conflict per source, target
   and month, over every event) with its result as an Arrow table (``Store.sql_arrow``) and
   as Python rows (``Store.sql``), and an ``events`` query with four filters.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventscope.model import (  # noqa: E402
    Actor,
    Article,
    Event,
    EventDate,
    Quantity,
    Quote,
    Result,
    Span,
    stable_id,
)
from eventscope.store import Store  # noqa: E402

COUNTRIES = ("USA", "RUS", "UKR", "CHN", "IRN", "ISR", "PSE", "SYR", "TUR", "GBR", "FRA",
             "DEU", "POL", "IND", "PAK", "AFG", "IRQ", "SAU", "YEM", "EGY", "LBY", "SDN",
             "ETH", "SOM", "NGA", "MLI", "VEN", "COL", "MEX", "BRA", "JPN", "KOR", "PRK",
             "TWN", "PHL", "MMR", "BLR", "GEO", "ARM", "AZE")
CAMEO = (("010", "STATEMENT", 0.0, 1), ("020", "APPEAL", 3.0, 1), ("030", "AGREE", 4.0, 1),
         ("040", "CONSULT", 1.0, 1), ("051", "SUPPORT", 3.4, 1), ("060", "COOPERATE", 6.0, 2),
         ("070", "AID", 7.0, 2), ("080", "CONCEDE", 5.0, 2), ("090", "INVESTIGATE", -2.0, 3),
         ("100", "REQUEST", -5.0, 3), ("111", "ACCUSE", -2.0, 3), ("120", "REJECT", -4.0, 3),
         ("130", "THREATEN", -4.4, 3), ("140", "PROTEST", -6.5, 3),
         ("150", "MOBILIZE", -7.2, 4), ("163", "COERCE", -8.0, 4), ("170", "COERCE", -7.0, 4),
         ("180", "ASSAULT", -9.0, 4), ("190", "ASSAULT", -10.0, 4),
         ("200", "ASSAULT", -10.0, 4))
SECTORS = ("GOV", "MIL", "COP", "REB", "CVL", None)

DYAD_MONTH = """
SELECT source_country, target_country, date_trunc('month', date) AS month,
       count(*) AS events, avg(goldstein) AS goldstein,
       count(*) FILTER (WHERE quad_class = 4) AS material_conflict
FROM events
WHERE target_country IS NOT NULL
GROUP BY ALL
ORDER BY events DESC
"""
FLOOR = "SELECT count(*), sum(goldstein) FROM events"


def synthetic_results(n: int, seed: int = 0) -> list[Result]:
    """``n`` coded articles of 8 events each (ids distinct from the bulk ones)."""
    results = []
    for i in range(n):
        sentences = [f"Report {seed}-{i}"] + [
            f"{COUNTRIES[(i + k) % 40]} forces acted against {COUNTRIES[(i * 7 + k) % 40]} "
            f"in the event number {k} of this synthetic report." for k in range(8)]
        text = "\n".join(sentences)
        article = Article(id=f"bench-{seed}-{i}", text=text, url=f"https://bench/{seed}/{i}",
                          published=date(2024, 1, 1) + timedelta(days=i % 365), path="bench")
        events = []
        offset = len(sentences[0]) + 1
        for k, sentence in enumerate(sentences[1:]):
            code, plover, goldstein, quad = CAMEO[(i + k) % len(CAMEO)]
            source = Actor(sentence[:3], sentence[:3], SECTORS[k % 6], resolved_by="dictionary",
                           start=offset, end=offset + 3)
            target = Actor(COUNTRIES[(i * 7 + k) % 40], COUNTRIES[(i * 7 + k) % 40])
            events.append(Event(
                id=stable_id(article.id, k), article_id=article.id, sentence=k + 1,
                evidence=Span(sentence, offset, offset + len(sentence)),
                trigger=Span("acted", offset + 11, offset + 16), source=source, target=target,
                plover_type=plover, plover_mode=None, cameo_code=code, cameo_name=plover.title(),
                goldstein=goldstein, quad_class=quad,
                date=EventDate(article.published.isoformat(), "day"), pattern="bench:1",
                coder_version="0.1.0", dictionary_version="bench"))
            offset += len(sentence) + 1
        quote = Quote(id=stable_id(article.id, "q"), article_id=article.id,
                      speaker=events[0].source, speaker_text="an official",
                      text=events[0].evidence, verb="said", about=(events[0].target,))
        quantity = Quantity("8", 8.0, "count", "count", 0, 1)
        results.append(Result(article=article, events=tuple(events), quotes=(quote,),
                              quantities=(quantity,)))
    return results


def bulk_events(store: Store, n_events: int) -> None:
    """``n_events`` synthetic events (10 per article) and their articles, generated in SQL."""
    articles = max(1, n_events // 10)
    countries = list(COUNTRIES)
    codes = [c[0] for c in CAMEO]
    plovers = [c[1] for c in CAMEO]
    scores = [c[2] for c in CAMEO]
    quads = [c[3] for c in CAMEO]
    con = store.con
    con.begin()
    con.execute("""
        INSERT INTO articles (id, url, title, published, language, path, text, n_events,
                              n_quotes, coder_version, dictionary_version, ingested_at)
        SELECT 'syn-' || i, 'https://synthetic/' || i, 'Synthetic ' || i,
               DATE '2015-01-01' + CAST(i % 3650 AS INTEGER), 'en', 'synthetic',
               'Synthetic article ' || i, 10, 0, '0.1.0', 'synthetic', now()::TIMESTAMP
        FROM range(?) t(i)
    """, [articles])
    con.execute("""
        INSERT INTO events (id, article_id, sentence, evidence_text, evidence_start,
            evidence_end, source_country, source_sector, source_kind, target_country,
            target_kind, plover_type, cameo_code, cameo_name, goldstein, quad_class, negated,
            future, hypothetical, reported, date, date_precision, date_from_text, pattern,
            coder_version, dictionary_version)
        SELECT printf('%016x', i), 'syn-' || (i // 10), i % 10, 'synthetic evidence', 0, 18,
               $countries[1 + (hash(i) % 40)::INTEGER],
               ['GOV', 'MIL', 'COP', 'REB', 'CVL', NULL][1 + (hash(i + 1) % 6)::INTEGER],
               'country',
               CASE WHEN hash(i + 2) % 10 = 0 THEN NULL
                    ELSE $countries[1 + (hash(i + 3) % 40)::INTEGER] END,
               'country',
               $plovers[1 + (hash(i + 4) % 20)::INTEGER],
               $codes[1 + (hash(i + 4) % 20)::INTEGER], 'synthetic',
               $scores[1 + (hash(i + 4) % 20)::INTEGER],
               $quads[1 + (hash(i + 4) % 20)::INTEGER],
               false, false, false, false,
               DATE '2015-01-01' + CAST((i // 10) % 3650 AS INTEGER), 'day', false,
               'synthetic:1', '0.1.0', 'synthetic'
        FROM range($n) t(i)
    """, {"countries": countries, "plovers": plovers, "codes": codes, "scores": scores,
          "quads": quads, "n": n_events})
    con.commit()
    con.execute("CHECKPOINT")


def median_ms(fn, runs: int) -> float:
    fn()  # warm up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


class PrecodedCoder:
    """Stands in for ``Coder``: the precomputed events of each article, no spaCy."""

    batch_size = 16

    def __init__(self, results: list[Result]):
        self.results = {r.article.id: r for r in results}

    def pipe(self, articles):
        for article in articles:
            coded = self.results[article.id]
            yield Result(article=article, events=coded.events, quotes=coded.quotes,
                         quantities=coded.quantities)


def write_jsonl(results: list[Result], path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for r in results:
            a = r.article
            handle.write(json.dumps({"id": a.id, "url": a.url, "text": a.text,
                                     "published": a.published.isoformat()}) + "\n")


def rate(label: str, articles: int, events: int, seconds: float) -> None:
    print(f"{label:<46} {articles / seconds:8,.0f} articles/s {events / seconds:9,.0f} events/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--ingest", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.duckdb"
        with Store.open(path) as store:
            start = time.perf_counter()
            bulk_events(store, args.events)
            print(f"generated {args.events:,} events in SQL in {time.perf_counter() - start:.1f} s"
                  f"\n")

            results = synthetic_results(args.ingest, seed=1)
            corpus = Path(folder) / "corpus.jsonl"
            write_jsonl(results, corpus)
            events = sum(len(r.events) for r in results)
            start = time.perf_counter()
            report = store.ingest([corpus], PrecodedCoder(results))
            seconds = time.perf_counter() - start
            assert report.ingested == len(results) and not report.failed, report
            rate("Store.ingest, coding excluded (16 per commit)", len(results), events, seconds)

            results = synthetic_results(args.ingest, seed=2)
            start = time.perf_counter()
            for i in range(0, len(results), 16):
                store.add_many(results[i:i + 16])
            rate("Store.add_many alone (16 per commit)", len(results), events,
                 time.perf_counter() - start)
            counts = store.counts()
        size = path.stat().st_size / 2**20
        print(f"store: {counts['events']:,} events, {counts['articles']:,} articles, "
              f"{size:.0f} MiB\n")

        with Store.open(path, read_only=True) as store:
            groups = store.sql_arrow(DYAD_MONTH).num_rows
            floor = median_ms(lambda: store.sql(FLOOR), args.runs)
            arrow = median_ms(lambda: store.sql_arrow(DYAD_MONTH), args.runs)
            rows = median_ms(lambda: store.sql(DYAD_MONTH), args.runs)
            filtered = median_ms(lambda: store.events(actor="RUS", type="ASSAULT",
                                                      since="2020-01-01", until="2020-12-31",
                                                      limit=100), args.runs)
        print(f"{'query (median of ' + str(args.runs) + ' warm runs)':<50} {'ms':>7} "
              f"{'vs floor':>9}")
        for label, ms in (
            ("floor: scan (count, sum goldstein)", floor),
            (f"dyad/month aggregation, {groups:,} groups, Arrow", arrow),
            (f"dyad/month aggregation, {groups:,} groups, rows", rows),
            ("events: actor, type, since, until, limit 100", filtered),
        ):
            print(f"{label:<50} {ms:7.1f} {ms / floor:8.1f}x")
        verdict = "meets" if arrow < 200 else "MISSES"
        print(f"\ndyad/month aggregation {verdict} the 200 ms target ({arrow:.1f} ms as Arrow, "
              f"{rows:.1f} ms as Python rows)")


if __name__ == "__main__":
    main()
