"""Throughput of the full pipeline next to its floors, on the same texts, in one run.

    python bench/throughput.py [--corpus news|seed|sentences] [--articles N] [--workers W]
                               [--partitions P] [--repeat R]

Texts (``--corpus``): ``news`` (default), the Lee background corpus, 300 articles of ABC (the
Australian Broadcasting Corporation) news from 2001–2002 on politics, conflict, disasters,
courts, business and sport, which gensim ships with its tests (``pip install -e ".[bench]"``
installs it; only the text file is read), and the bundled seed article; ``seed``, the seed
article alone (a dense war-news article); ``sentences``, the PLOVER gold-standard sentences
(if ../shared is beside the repository) grouped twelve to an article: every one was chosen
because it states an event, so nothing can be left unparsed. Cycled to N articles (default:
each text once).

Floors: spaCy tokenisation only, and the naive pipeline: ``spacy.load`` of the same model with
its default components, parsing every sentence. Then eventscope's full pipeline (prefilter, the
models where its plan needs them, coding and enrichment), and the same with ``parse_all`` (every
sentence through every component). Each line is the best of ``--repeat`` rounds (default 3),
every round running each line once in turn. Prints
articles/s, words/s, the ratio of each to the naive floor, the share of tokens parsed and of
tokens given named entities, whether the two eventscope runs coded the same events, quotes and
quantities, and the peak resident memory of the process.

Then (unless ``--workers 0``) the same texts on the ``LocalCluster`` that ``eventscope batch``
starts, of ``--workers`` processes (2 by default, one thread each), started and warmed (spaCy
and the dictionaries loaded, four articles coded on each worker) before timing, in rounds as
above: "eventscope on N Dask workers" codes the texts split round-robin into ``--partitions``
tasks and returns only counts (no Parquet, like the full-pipeline line); "batch on N workers,
with Parquet" is ``run_batch`` on the texts as one JSON Lines file in partitions of the same
size: planning, reading, coding and writing the Parquet tables.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import resource
import sys
import tempfile
import time
from dataclasses import replace
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
CORPORA = ("news", "seed", "sentences")


def lee_corpus() -> list[str]:
    """The Lee background corpus from gensim's test data, without importing gensim."""
    spec = importlib.util.find_spec("gensim")
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        path = Path(folder) / "test" / "test_data" / "lee_background.cor"
        if path.exists():
            return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                    if line.strip()]
    return []


def corpus(n: int | None = None, kind: str = "news") -> list[str]:
    """The benchmark texts, cycled to ``n`` (each once when ``n`` is None)."""
    seed = data_path("samples/seed-article.txt").read_text(encoding="utf-8")
    if kind == "news":
        texts = lee_corpus()
        if not texts:
            sys.exit("--corpus news needs the Lee corpus that gensim ships: "
                     "pip install -e '.[bench]' (or choose --corpus seed)")
        texts.append(seed)
    elif kind == "seed":
        texts = [seed]
    else:
        if not GSR.exists():
            sys.exit(f"--corpus sentences needs {GSR}")
        lines = [json.loads(line)["text"] for line in GSR.read_text().splitlines() if line]
        texts = [" ".join(lines[i:i + 12]) for i in range(0, len(lines), 12)]
    n = len(texts) if n is None else n
    return [texts[i % len(texts)] for i in range(n)]


def report(label: str, seconds: float, articles: int, words: int) -> None:
    print(f"{label:<40} {articles / seconds:8.1f} articles/s {words / seconds:10.0f} words/s")


def interleaved(lines: dict, texts: list[str], words: int, repeat: int) -> dict[str, float]:
    """Best seconds of each line over ``repeat`` rounds, each round running every line once
    in turn, so that a slower spell of a shared machine weighs on all lines alike."""
    best = dict.fromkeys(lines, float("inf"))
    for _ in range(repeat):
        for label, fn in lines.items():
            start = time.perf_counter()
            fn(texts)
            best[label] = min(best[label], time.perf_counter() - start)
    for label, seconds in best.items():
        report(label, seconds, len(texts), words)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=CORPORA, default="news")
    parser.add_argument("--articles", type=int, default=None, help="default: each text once")
    parser.add_argument("--workers", type=int, default=2,
                        help="Dask worker processes (0: no Dask runs)")
    parser.add_argument("--partitions", type=int, default=6, help="Dask tasks")
    parser.add_argument("--repeat", type=int, default=3, help="rounds (best kept)")
    args = parser.parse_args()
    texts = corpus(args.articles, args.corpus)
    words = sum(len(t.split()) for t in texts)
    coder = Coder()
    every = Coder(parse_all=True)
    naive = spacy.load(model_name())
    print(f"{len(texts)} articles ({args.corpus}), {words} words, model "
          f"{naive.meta['name']} {naive.meta['version']}, components {naive.pipe_names}\n")
    articles = [article_from_text(t, id=str(i), published=date(2002, 1, 1))
                for i, t in enumerate(texts)]
    list(naive.pipe(texts[:4]))
    list(coder.pipe(articles[:4]))
    list(every.pipe(articles[:4]))

    annotator = coder.annotator
    results: list = []
    reference: list = []
    lines = {
        "floor: tokenise only": lambda ts: [naive.make_doc(t) for t in ts],
        "floor: spaCy, every sentence parsed": lambda ts: list(naive.pipe(ts, batch_size=16)),
        "eventscope full pipeline": lambda _: results.__setitem__(
            slice(None), list(coder.pipe(articles))),
        "eventscope, every sentence parsed": lambda _: reference.__setitem__(
            slice(None), list(every.pipe(articles))),
    }
    annotator.tokens = annotator.parsed = annotator.recognised = 0
    seconds = interleaved(lines, texts, words, args.repeat)
    tok, parse, fast, slow = seconds.values()
    shares = (annotator.parsed / annotator.tokens, annotator.recognised / annotator.tokens)
    print()
    print(f"events coded: {sum(len(r.events) for r in results)}, quotes: "
          f"{sum(len(r.quotes) for r in results)}, quantities: "
          f"{sum(len(r.quantities) for r in results)}")
    differ = sum(1 for a, b in zip(results, reference, strict=True) if _coded(a) != _coded(b))
    print(f"articles whose events, quotes or quantities differ from the full parse: {differ}")
    print(f"tokens parsed: {shares[0]:.1%}; tokens given named entities: {shares[1]:.1%}")
    print(f"ratio full pipeline / naive parse floor (throughput): {parse / fast:.2f}x")
    print(f"ratio full pipeline, every sentence parsed / naive parse floor: {parse / slow:.2f}x")
    print(f"ratio tokenise floor / naive parse floor: {parse / tok:.2f}x")
    if args.workers:
        print()
        dask = dask_runs(articles, args.workers, args.partitions, words, args.repeat)
        print(f"ratio {args.workers} Dask workers / full pipeline (throughput): "
              f"{fast / dask:.2f}x")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MiB")


def _coded(result) -> tuple:
    """What the selective parse must not change (sentence numbers may: see prefilter.py)."""
    return (tuple(replace(e, sentence=0) for e in result.events), result.quotes,
            result.quantities)


def _code_on_worker(articles: list, coder_name: str) -> tuple[int, int]:
    """A Dask task: code the articles with the worker's coder; only the counts come back."""
    with worker_coder(coder_name) as coder:
        results = list(coder.pipe(articles))
    return len(results), sum(len(r.events) for r in results)


def dask_runs(articles: list, n_workers: int, n_partitions: int, words: int,
              repeat: int) -> float:
    """Time the articles on a warm LocalCluster; the seconds of the coding-only run."""
    from distributed import Client

    start = time.perf_counter()
    with local_cluster(n_workers) as cluster, Client(cluster) as client:
        name = register_coder(client)  # each worker loads spaCy and the dictionaries
        warm = [client.submit(_code_on_worker, articles[:4], name, workers=[address],
                              pure=False) for address in client.scheduler_info()["workers"]]
        client.gather(warm)
        print(f"Dask LocalCluster: {n_workers} worker processes started and warmed in "
              f"{time.perf_counter() - start:.1f} s")
        parts = [articles[i::n_partitions] for i in range(n_partitions)]
        counts: list[tuple[int, int]] = []
        batches: list = []

        def on_workers(_):
            futures = [client.submit(_code_on_worker, part, name, pure=False) for part in parts]
            counts[:] = client.gather(futures)

        with tempfile.TemporaryDirectory() as folder:
            feed = Path(folder) / "articles.jsonl"
            feed.write_text("".join(
                json.dumps({"id": a.id, "published": a.published.isoformat(), "text": a.text})
                + "\n" for a in articles), encoding="utf-8")
            size = -(-len(articles) // n_partitions)

            def batch(_):  # a new output folder each round: a re-run would skip everything
                out = Path(folder) / f"out-{len(batches)}"
                batches.append(run_batch([feed], out, client=client, partition_size=size))

            label = f"eventscope on {n_workers} Dask workers"
            seconds = interleaved({label: on_workers,
                                   f"batch on {n_workers} workers, with Parquet": batch},
                                  articles, words, repeat)[label]
    last = batches[-1]
    print(f"events coded on the workers: {sum(n for _, n in counts)} ({len(parts)} tasks); "
          f"by batch: {last.events} ({last.coded} partitions, {len(last.failed)} failures)")
    return seconds


if __name__ == "__main__":
    main()
