"""Load test of the events endpoint: a bounded, loopback-only run against a real server.

    python bench/serve.py [--events 100000] [--rate 50] [--seconds 10] [--workers 16]

1. Builds a temporary store of ``--events`` synthetic events (10 per article, 40 countries,
   20 CAMEO codes over ten years) in SQL, as ``bench/store.py`` does.
2. Starts ``eventscope serve`` on 127.0.0.1 (a free port) over it.
3. Floor: the median latency of ``GET /health`` (two ``count(*)``), 100 requests one at a
   time.
4. Load: ``--rate`` requests per second for ``--seconds`` seconds (open loop: request ``i``
   is sent at ``i / rate`` seconds, from a pool of ``--workers`` threads), cycling through
   ``GET /api/events`` queries: no filter, an actor, a type and a date range, a source and
   target, a CAMEO prefix, a deep page (offset 50,000) and an evidence-text search, each a
   page of 100 events with the total count. Prints the achieved rate, p50, p90, p99 and the
   maximum latency, and the errors (any non-200 answer). Then stops the server and deletes
   the store. Nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from store import bulk_events  # noqa: E402  (bench/store.py)

from eventscope.store import Store  # noqa: E402

QUERIES = [
    {},
    {"actor": "USA"},
    {"type": "ASSAULT", "since": "2020-01-01", "until": "2021-12-31"},
    {"source": "RUS", "target": "UKR"},
    {"cameo": "19"},
    {"offset": 50_000},
    {"text": "evidence", "quad_class": 4},
]


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int, log: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-m", "eventscope.cli", "serve", "--db", str(db), "--host",
         "127.0.0.1", "--port", str(port), "--no-stories"],
        stdout=log.open("wb"), stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited: {log.read_text()}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    process.kill()
    raise SystemExit(f"the server did not start: {log.read_text()}")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rate", type=float, default=50.0)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=16)
    args = parser.parse_args()
    if not (0 < args.rate <= 500 and 0 < args.seconds <= 120):
        raise SystemExit("keep the run bounded: --rate at most 500, --seconds at most 120")

    with tempfile.TemporaryDirectory(prefix="eventscope-bench-serve-") as folder:
        db = Path(folder) / "bench.duckdb"
        started = time.perf_counter()
        with Store.open(db) as store:
            bulk_events(store, args.events)
            n = store.con.execute("SELECT count(*) FROM events").fetchone()[0]
        print(f"store: {n:,} events in {time.perf_counter() - started:.1f} s")

        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(db, port, Path(folder) / "server.log")
        try:
            with httpx.Client(base_url=base, timeout=10,
                              limits=httpx.Limits(max_connections=args.workers)) as http:
                floor = []
                for _ in range(100):
                    t = time.perf_counter()
                    http.get("/health").raise_for_status()
                    floor.append((time.perf_counter() - t) * 1000)
                for query in QUERIES:  # warm up each query once
                    http.get("/api/events", params={"limit": 100, **query}).raise_for_status()
                run(http, args, statistics.median(floor))
        finally:
            server.terminate()
            server.wait(timeout=10)


def run(http: httpx.Client, args: argparse.Namespace, floor_ms: float) -> None:
    total = int(args.rate * args.seconds)
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start = time.perf_counter() + 0.05

    def one(i: int) -> None:
        delay = start + i / args.rate - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        params = {"limit": 100, **QUERIES[i % len(QUERIES)]}
        t = time.perf_counter()
        try:
            response = http.get("/api/events", params=params)
            ok = response.status_code == 200
            problem = f"{response.status_code} for {params}"
        except httpx.HTTPError as exc:
            ok, problem = False, f"{type(exc).__name__} for {params}"
        elapsed = (time.perf_counter() - t) * 1000
        with lock:
            latencies.append(elapsed)
            if not ok:
                errors.append(problem)

    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        list(pool.map(one, range(total)))
    wall = time.perf_counter() - start
    p50 = percentile(latencies, 50)
    print(f"floor: GET /health median {floor_ms:.1f} ms")
    print(f"load: {total} requests to GET /api/events in {wall:.1f} s = "
          f"{total / wall:.1f} requests/s (target {args.rate:g}/s), {len(errors)} errors")
    print(f"latency: p50 {p50:.1f} ms ({p50 / floor_ms:.1f}x floor), "
          f"p90 {percentile(latencies, 90):.1f} ms, p99 {percentile(latencies, 99):.1f} ms, "
          f"max {max(latencies):.1f} ms")
    for problem in errors[:5]:
        print(f"  error: {problem}")


if __name__ == "__main__":
    main()
