"""Peak memory of ``eventscope ingest`` as the corpus grows: N articles against 10 x N;
and, with ``--long``, of ``eventscope code`` on one document as it grows.

    python bench/memory.py [--articles N] [--factor F] [--corpus news|seed|sentences]
    python bench/memory.py --long [--sizes 10K,100K,1M,5M] [--corpus news|seed|sentences]

Writes N and F x N articles (a corpus of bench/throughput.py, cycled) to JSON Lines
files and runs ``eventscope ingest FILE --db STORE`` on each in a fresh process (both at once:
one core each), then prints each process's peak resident memory and their ratio. Every article
gets a closing line of made-up names and reference numbers never seen before, as real news
brings new names and numbers: a process that kept every string it ever saw would grow with
the corpus. Streaming with bounded memory means the ratio stays near 1.

``--long`` writes one text file per size (the corpus's articles, each with its closing line,
as paragraphs of one document, cut at a paragraph near the size), codes each with
``eventscope code FILE --format jsonl`` in a fresh process, one after the other, and prints
each run's peak resident memory, time, seconds per MB (less the start-up: loading spaCy, the
dictionaries and the gazetteer, timed on a two-line text first) and events: bounded memory
means the peak stays flat, linear time a flat seconds per MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import CORPORA, corpus  # noqa: E402

SYLLABLES = ("ka", "lo", "vi", "ren", "dus", "mar", "tel", "os", "bri", "zan", "ho", "quet",
             "sil", "ur", "pa", "nev", "gor", "ith", "cal", "fen")


def novel_line(rng: random.Random) -> str:
    """A line of names and numbers unlike any other article's."""
    def name() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(4)).capitalize()

    return (f"Reporting by {name()} {name()} in {name()}; editing by {name()} "
            f"(ref. {rng.randrange(10**9)}-{rng.randrange(10**6)}).")


def write_corpus(path: Path, n: int, kind: str) -> None:
    rng = random.Random(n)
    texts = corpus(kind=kind)
    start = date(2024, 1, 1)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            record = {"id": f"a{i}", "published": (start + timedelta(days=i % 365)).isoformat(),
                      "text": texts[i % len(texts)] + "\n\n" + novel_line(rng)}
            handle.write(json.dumps(record) + "\n")


def write_long(path: Path, size: int, kind: str) -> None:
    """One document of about ``size`` bytes: the corpus's articles as paragraphs."""
    rng = random.Random(size)
    texts = corpus(kind=kind)
    parts = ["A long report"]
    length = len(parts[0])
    i = 0
    while length < size:
        part = texts[i % len(texts)] + "\n\n" + novel_line(rng)
        parts.append(part)
        length += len(part.encode("utf-8")) + 2
        i += 1
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")


def parse_size(value: str) -> int:
    units = {"K": 1000, "M": 1000_000}
    value = value.strip().upper()
    return int(float(value[:-1]) * units[value[-1]]) if value[-1] in units else int(value)


def long_documents(sizes: list[int], kind: str) -> None:
    cli = Path(sys.executable).with_name("eventscope")
    startup = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for size in [0, *sizes]:
            path = Path(folder) / f"long-{size}.txt"
            if size:
                write_long(path, size, kind)
            else:  # the start-up: loading spaCy, the dictionaries and the gazetteer
                path.write_text("A note\nRussian forces shelled Kharkiv on Monday.\n")
            actual = path.stat().st_size
            command = [str(cli), "code", str(path), "--published", "2024-05-01",
                       "--format", "jsonl"]
            started = time.perf_counter()
            process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            events = sum(1 for _ in process.stdout)  # type: ignore[union-attr]
            _, status, usage = os.wait4(process.pid, 0)
            seconds = time.perf_counter() - started
            if os.waitstatus_to_exitcode(status) != 0:
                error = process.stderr.read().decode(errors="replace").strip().splitlines()
                sys.exit(f"coding {actual:,} bytes failed: {error[-1] if error else '?'}")
            if not size:
                startup = seconds
                print(f"start-up ({actual} bytes): peak RSS {usage.ru_maxrss / 1024:6.0f} MiB, "
                      f"{seconds:6.1f} s")
                continue
            print(f"{actual:>10,} bytes: peak RSS {usage.ru_maxrss / 1024:6.0f} MiB, "
                  f"{seconds:6.1f} s ({(seconds - startup) / (actual / 1e6):5.1f} s/MB after "
                  f"start-up), {events:,} events")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--corpus", choices=CORPORA, default="news")
    parser.add_argument("--long", action="store_true", help="one document of each size")
    parser.add_argument("--sizes", default="10K,100K,1M,5M")
    args = parser.parse_args()
    if args.long:
        long_documents([parse_size(s) for s in args.sizes.split(",")], args.corpus)
        return
    sizes = (args.articles, args.articles * args.factor)
    cli = Path(sys.executable).with_name("eventscope")
    with tempfile.TemporaryDirectory() as folder:
        runs = {}
        for n in sizes:
            feed = Path(folder) / f"articles-{n}.jsonl"
            write_corpus(feed, n, args.corpus)
            command = [str(cli), "ingest", str(feed), "--db", str(Path(folder) / f"{n}.duckdb")]
            runs[n] = (subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE), time.perf_counter())
        peaks = {}
        for n, (process, started) in runs.items():
            _, status, usage = os.wait4(process.pid, 0)
            seconds = time.perf_counter() - started
            process.returncode = os.waitstatus_to_exitcode(status)
            if process.returncode != 0:
                error = process.stderr.read().decode(errors="replace").strip().splitlines()
                sys.exit(f"ingest of {n} articles failed: {error[-1] if error else '?'}")
            peaks[n] = usage.ru_maxrss / 1024
            print(f"{n:>7} articles: peak RSS {peaks[n]:7.0f} MiB "
                  f"({seconds:.0f} s, {n / seconds:.1f} articles/s)")
    small, large = sizes
    print(f"ratio peak RSS {large} / {small} articles: {peaks[large] / peaks[small]:.3f}")


if __name__ == "__main__":
    main()
