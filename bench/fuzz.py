"""The fuzz properties of ``tests/test_fuzz.py``, run long: at least 100,000 generated inputs.

    python bench/fuzz.py [--scale 1.0] [--seed N] [--only NAME]

Runs each property of ``tests/fuzzing.py`` with Hypothesis for its share of the inputs (the
readers and parsers many, the coder fewer: each coding takes milliseconds), from a random
seed (printed; ``--seed`` repeats a run), without an example database. Prints, per property
and in all, the inputs tried, the failures (each with its smallest failing input) and the
time. Exit code 1 when anything failed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import fuzzing  # noqa: E402
from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from hypothesis.configuration import set_hypothesis_home_dir  # noqa: E402

#: inputs per property at scale 1 (106,000 in all)
SHARES = {
    "text files": 16_000, "HTML files": 8_000, "JSON Lines files": 14_000,
    "dictionary files": 14_000, "feeds": 16_000, "date phrases": 16_000,
    "place names": 12_000, "coder": 9_000, "batches": 1_000,
}


def properties() -> dict[str, tuple[Any, Callable[[Any], None]]]:
    from eventscope import Coder
    from eventscope.cameo import CameoTable
    from eventscope.enrich.dates import DateResolver
    from eventscope.enrich.places import Gazetteer

    cameo, resolver, gazetteer = CameoTable.load(), DateResolver(), Gazetteer.load()
    coder: list[Any] = []

    def the_coder() -> Any:
        if not coder:
            coder.append(Coder())
        return coder[0]

    return {
        "text files": (fuzzing.file_bytes(), fuzzing.reads_text_file),
        "HTML files": (fuzzing.html_pages(), fuzzing.reads_html_file),
        "JSON Lines files": (fuzzing.jsonl_files(), fuzzing.reads_jsonl_file),
        "dictionary files": (fuzzing.dictionary_yaml(),
                             lambda case: fuzzing.loads_dictionary(case, cameo)),
        "feeds": (fuzzing.feeds(), fuzzing.parses_feed),
        "date phrases": (fuzzing.date_phrases, lambda p: fuzzing.parses_date(p, resolver)),
        "place names": (st.one_of(st.sampled_from(fuzzing.PLACES), fuzzing.odd_texts),
                        lambda n: fuzzing.looks_up_place(n, gazetteer)),
        "coder": (st.one_of(fuzzing.phrases(), fuzzing.texts),
                  lambda t: fuzzing.codes_text(t, the_coder())),
        "batches": (st.lists(st.one_of(fuzzing.texts, fuzzing.phrases()), max_size=4),
                    lambda ts: fuzzing.codes_batch(ts, the_coder())),
    }


def run(name: str, strategy: Any, check: Callable[[Any], None], examples: int,
        start: int) -> tuple[int, str | None, float]:
    """Inputs tried, the failure (None when none) and seconds."""
    tried = 0

    @seed(start)
    @settings(max_examples=examples, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck), print_blob=True)
    @given(strategy)
    def prop(value: Any) -> None:
        nonlocal tried
        tried += 1
        check(value)

    started = time.perf_counter()
    failure = None
    try:
        prop()
    except Exception as exc:  # a failing property: report it and go on with the others
        failure = "\n".join(_describe(exc))
    return tried, failure, time.perf_counter() - started


def _describe(exc: BaseException) -> list[str]:
    """The failure and its smallest input (Hypothesis adds it as a note), for each of the
    distinct failures found."""
    subs = getattr(exc, "exceptions", None)  # an ExceptionGroup (Python 3.11+)
    if isinstance(subs, tuple):
        return [line for sub in subs for line in _describe(sub)]
    lines = [f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"]
    lines += ["  " + " ".join(str(note).split())[:600] for note in getattr(exc, "__notes__", [])]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="inputs per property x this")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--only", action="append", choices=sorted(SHARES))
    args = parser.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory(prefix="eventscope-hypothesis-") as home:
        set_hypothesis_home_dir(home)  # no .hypothesis folder left behind
        run_all(args)


def run_all(args: argparse.Namespace) -> None:
    start = args.seed if args.seed is not None else random.randrange(2**32)
    print(f"seed {start}", flush=True)
    total_tried = total_failed = 0
    total_seconds = 0.0
    for name, (strategy, check) in properties().items():
        if args.only and name not in args.only:
            continue
        examples = max(1, int(SHARES[name] * args.scale))
        tried, failure, seconds = run(name, strategy, check, examples, start)
        total_tried += tried
        total_seconds += seconds
        total_failed += failure is not None
        print(f"{name:<18} {tried:>8,} inputs {0 if failure is None else 1:>3} failures "
              f"{seconds:8.1f} s", flush=True)
        if failure is not None:
            print("  " + failure.replace("\n", "\n  "), flush=True)
    print(f"{'all':<18} {total_tried:>8,} inputs {total_failed:>3} failures "
          f"{total_seconds:8.1f} s", flush=True)
    sys.exit(1 if total_failed else 0)


if __name__ == "__main__":
    main()
