"""Throughput of the full pipeline next to its floors, on the same texts, in one run.

    python bench/throughput.py [--corpus mixed|news|sentences] [--articles N] [--workers W]
                               [--partitions P] [--repeat R]

Texts (``--corpus``): ``news``, the bundled sample article (a real news article, with
headlines, a key-points box and background paragraphs); ``sentences``, the PLOVER
gold-standard sentences (if ../shared is beside the repository) grouped twelve to an article:
every one was chosen because it states an event, so this is the densest text there is;
``mixed`` (default), both. Cycled to N articles.

Floors: spaCy tokenisation only, and the naive pipeline: ``spacy.load`` of the same model with
its default components, parsing every sentence. Then eventscope's full pipeline (prefilter,
parse of the kept sentences, coding and enrichment), and the same with ``parse_all`` (every
sentence parsed: what the prefilter saves). Each line is the best of ``--repeat`` passes.
Prints articles/s, words/s, the ratio of each to the naive floor, the share of sentences and
tokens the prefilter kept, and the peak resident memory of the process.

Then the same texts on the ``LocalCluster`` that ``eventscope batch`` starts, of ``--workers``
processes (2 by default, one thread each), started and warmed (spaCy and the dictionaries
loaded, one article coded on each worker) before timing: "eventscope on N Dask workers" codes
the texts split round-robin into ``--partitions`` tasks and returns only counts (no Parquet,
like the full-pipeline line); "batch on N workers, with Parquet" is ``run_batch`` on the texts
as one JSON Lines file in partitions of the same size: planning, reading, coding and writing
the Parquet tables.
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

import spacy  # noqa: E402

from eventscope import Coder  # noqa: E402
from eventscope.batch import local_cluster, register_coder, run_batch, worker_coder  # noqa: E402
from eventscope.ingest import article_from_text  # noqa: E402
from eventscope.nlp import model_name  # noqa: E402
from eventscope.resources import data_path  # noqa: E402

GSR = ROOT.parent / "shared" / "data" / "plover" / "gsr-dev" / "articles.jsonl"


def corpus(n: int, kind: str = "mixed") -> list[str]:
    texts = []
    if kind in ("mixed", "news"):
        texts.append(data_path("samples/seed-article.txt").read_text(encoding="utf-8"))
    if kind in ("mixed", "sentences") and GSR.exists():
        lines = [json.loads(line)["text"] for line in GSR.read_text().splitlines() if line]
        # group single sentences into article-sized texts of ~12 sentences
        texts += [" ".join(lines[i:i + 12]) for i in range(0, len(lines), 12)]
    if not texts:
        sys.exit(f"no texts for --corpus {kind}: {GSR} is missing")
    return [texts[i % len(texts)] for i in range(n)]


def timed(label: str, fn, texts: list[str], words: int, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn(texts)
        best = min(best, time.perf_counter() - start)
    print(f"{label:<40} {len(texts) / best:8.1f} articles/s {words / best:10.0f} words/s")
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("mixed", "news", "sentences"), default="mixed")
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--workers", type=int, default=2, help="Dask worker processes")
    parser.add_argument("--partitions", type=int, default=6, help="Dask tasks")
    parser.add_argument("--repeat", type=int, default=2, help="passes per line (best kept)")
    args = parser.parse_args()
    texts = corpus(args.articles, args.corpus)
    words = sum(len(t.split()) for t in texts)
    coder = Coder()
    full = Coder(parse_all=True)
    naive = spacy.load(model_name())
    print(f"{len(texts)} articles ({args.corpus}), {words} words, model "
          f"{naive.meta['name']} {naive.meta['version']}, components {naive.pipe_names}\n")
    articles = [article_from_text(t, id=str(i), published=date(2024, 11, 18))
                for i, t in enumerate(texts)]
    for warm in (naive, coder.nlp, full.nlp):
        list(warm.pipe(texts[:2]))
    list(coder.pipe(articles[:2]))
    list(full.pipe(articles[:2]))
    repeat = args.repeat

    tok = timed("floor: tokenise only", lambda ts: [naive.make_doc(t) for t in ts], texts,
                words, repeat)
    parse = timed("floor: spaCy, every sentence parsed", lambda ts: list(
        naive.pipe(ts, batch_size=16)), texts, words, repeat)
    selective = coder.parser
    selective.parsed = selective.seen = 0
    pre = timed("prefilter + parse of kept sentences", lambda ts: list(
        selective.pipe((a.text, a) for a in articles)), texts, words, repeat)
    kept, seen = selective.parsed, selective.seen
    tokens = _kept_tokens(coder, articles)
    results = []
    fast = timed("eventscope full pipeline", lambda _: results.__setitem__(
        slice(None), list(coder.pipe(articles))), texts, words, repeat)
    every = timed("eventscope, every sentence parsed", lambda _: list(full.pipe(articles)),
                  texts, words, repeat)
    print()
    print(f"events coded: {sum(len(r.events) for r in results)}")
    print(f"prefilter kept {kept / max(seen, 1):.1%} of the sentences, "
          f"{tokens[0] / max(tokens[1], 1):.1%} of the tokens")
    print(f"ratio full pipeline / naive parse floor (throughput): {parse / fast:.2f}x")
    print(f"ratio full pipeline, every sentence parsed / naive parse floor: {parse / every:.2f}x")
    print(f"ratio prefilter + parse / naive parse floor: {parse / pre:.2f}x")
    print(f"ratio tokenise floor / naive parse floor: {parse / tok:.2f}x")
    print()
    dask = dask_runs(articles, args.workers, args.partitions, words)
    print(f"ratio {args.workers} Dask workers / full pipeline (throughput): {fast / dask:.2f}x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MiB")


def _kept_tokens(coder: Coder, articles: list) -> tuple[int, int]:
    """Tokens in the sentences the prefilter keeps, and all tokens."""
    kept = total = 0
    for article in articles:
        doc = coder.parser.segment(coder.nlp.make_doc(article.text))
        flags = coder.parser.keep(doc, article)
        for sent, keep in zip(doc.sents, flags, strict=True):
            total += len(sent)
            kept += len(sent) if keep else 0
    return kept, total


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
