"""Throughput of the full pipeline next to its floors, on the same texts, in one run.

    python bench/throughput.py [--articles N] [--workers W] [--partitions P]

Texts: the bundled sample article and the PLOVER gold-standard sentences (if ../shared is
beside the repository), cycled to N articles. Floors: spaCy tokenisation only, and spaCy's full
parse of every sentence (the naive pipeline). Prints articles/s, words/s, the ratio of each
stage to the parse floor, and the peak resident memory of the process.

Then the full pipeline once more in this process (warm), and the same texts on the
``LocalCluster`` that ``eventscope batch`` starts, of ``--workers`` processes (2 by default, one
thread each), started and warmed (spaCy and the dictionaries loaded, one article coded on each
worker) before timing: "eventscope on N Dask workers" codes the texts split round-robin into
``--partitions`` tasks and returns only counts (no Parquet, like the full-pipeline line);
"batch on N workers, with Parquet" is ``run_batch`` on the texts as one JSON Lines file
in partitions of the same size: planning, reading, coding and writing the Parquet tables.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventscope import Coder  # noqa: E402
from eventscope.batch import local_cluster, register_coder, run_batch, worker_coder  # noqa: E402
from eventscope.ingest import article_from_text  # noqa: E402
from eventscope.resources import data_path  # noqa: E402


def corpus(n: int) -> list[str]:
    texts = [data_path("samples/seed-article.txt").read_text(encoding="utf-8")]
    gsr = ROOT.parent / "shared" / "data" / "plover" / "gsr-dev" / "articles.jsonl"
    if gsr.exists():
        lines = [json.loads(line)["text"] for line in gsr.read_text().splitlines() if line]
        # group single sentences into article-sized texts of ~12 sentences
        texts += [" ".join(lines[i:i + 12]) for i in range(0, len(lines), 12)]
    return [texts[i % len(texts)] for i in range(n)]


def timed(label: str, fn, texts: list[str], words: int) -> float:
    start = time.perf_counter()
    fn(texts)
    seconds = time.perf_counter() - start
    print(f"{label:<34} {len(texts) / seconds:8.1f} articles/s {words / seconds:10.0f} words/s")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--workers", type=int, default=2, help="Dask worker processes")
    parser.add_argument("--partitions", type=int, default=6, help="Dask tasks")
    args = parser.parse_args()
    texts = corpus(args.articles)
    words = sum(len(t.split()) for t in texts)
    coder = Coder()
    nlp = coder.nlp
    print(f"{len(texts)} articles, {words} words, model {nlp.meta['name']} "
          f"{nlp.meta['version']}\n")
    nlp("warm up the pipeline once.")

    tok = timed("floor: tokenise only", lambda ts: [nlp.make_doc(t) for t in ts], texts, words)
    parse = timed("floor: spaCy full parse", lambda ts: list(nlp.pipe(ts, batch_size=16)),
                  texts, words)
    articles = [article_from_text(t, id=str(i), published=date(2024, 11, 18))
                for i, t in enumerate(texts)]
    events = []
    full = timed("eventscope full pipeline", lambda _: events.extend(coder.pipe(articles)),
                 texts, words)
    print()
    print(f"events coded: {sum(len(r.events) for r in events)}")
    print(f"ratio full pipeline / parse floor (throughput): {parse / full:.2f}x")
    print(f"ratio tokenise floor / parse floor (throughput): {parse / tok:.2f}x")
    print()
    # the first pass pays for first calls and memory growth; the Dask workers are warm
    warm = timed("eventscope full pipeline, 2nd pass", lambda _: list(coder.pipe(articles)),
                 texts, words)
    dask = dask_runs(articles, args.workers, args.partitions, words)
    print(f"ratio {args.workers} Dask workers / full pipeline (throughput): {full / dask:.2f}x")
    print(f"ratio {args.workers} Dask workers / full pipeline 2nd pass (throughput): "
          f"{warm / dask:.2f}x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MiB")


def _code_on_worker(articles: list, coder_name: str) -> tuple[int, int]:
    """A Dask task: code the articles with the worker's coder; only the counts come back."""
    with worker_coder(coder_name) as coder:
        results = list(coder.pipe(articles))
    return len(results), sum(len(r.events) for r in results)


def dask_runs(articles: list, n_workers: int, n_partitions: int, words: int) -> float:
    """Time the articles on a warm LocalCluster; the seconds of the coding-only run."""
    from distributed import Client

    start = time.perf_counter()
    with local_cluster(n_workers) as cluster, Client(cluster) as client:
        name = register_coder(client)  # each worker loads spaCy and the dictionaries
        warm = [client.submit(_code_on_worker, articles[:1], name, workers=[address],
                              pure=False) for address in client.scheduler_info()["workers"]]
        client.gather(warm)
        print(f"Dask LocalCluster: {n_workers} worker processes started and warmed in "
              f"{time.perf_counter() - start:.1f} s")
        parts = [articles[i::n_partitions] for i in range(n_partitions)]
        counts: list[tuple[int, int]] = []

        def on_workers(_):
            futures = [client.submit(_code_on_worker, part, name, pure=False) for part in parts]
            counts.extend(client.gather(futures))

        label = f"eventscope on {n_workers} Dask workers"
        seconds = timed(label, on_workers, articles, words)
        with tempfile.TemporaryDirectory() as folder:
            feed = Path(folder) / "articles.jsonl"
            feed.write_text("".join(
                json.dumps({"id": a.id, "published": a.published.isoformat(), "text": a.text})
                + "\n" for a in articles), encoding="utf-8")
            size = -(-len(articles) // n_partitions)
            batch = []
            timed(f"batch on {n_workers} workers, with Parquet",
                  lambda _: batch.append(run_batch([feed], Path(folder) / "out", client=client,
                                                   partition_size=size)),
                  articles, words)
    print(f"events coded on the workers: {sum(n for _, n in counts)} ({len(parts)} tasks); "
          f"by batch: {batch[0].events} ({batch[0].coded} partitions, "
          f"{len(batch[0].failed)} failures)")
    return seconds


if __name__ == "__main__":
    main()
