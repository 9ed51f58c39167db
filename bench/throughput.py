"""Throughput of the full pipeline next to its floors, on the same texts, in one run.

    python bench/throughput.py [--articles N] [--repeat R]

Texts: the bundled sample article and the PLOVER gold-standard sentences (if ../shared is
beside the repository), cycled to N articles. Floors: spaCy tokenisation only, and spaCy's full
parse of every sentence (the naive pipeline). Prints articles/s, words/s, the ratio of each
stage to the parse floor, and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventscope import Coder  # noqa: E402
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
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
