"""Batch coding on Dask: a real LocalCluster of 2 worker processes against Store.ingest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventscope.batch import (
    BatchError,
    code_partition,
    finished_partitions,
    is_batch,
    open_batch,
    open_for_reading,
    plan,
    run_batch,
)
from eventscope.store import SCHEMA, Store

PAIRS = [("Russia", "Ukraine"), ("France", "Germany"), ("China", "Japan"), ("India", "Pakistan"),
         ("Israel", "Iran"), ("Turkey", "Greece"), ("Brazil", "Argentina"), ("Egypt", "Sudan"),
         ("Poland", "Belarus"), ("Kenya", "Somalia")]
FRENCH = ("La Russie et l'Ukraine\nLe gouvernement de la Russie a annoncé des sanctions contre "
          "l'Ukraine et les discussions avec la France sont pour le moment suspendues.\n")


def article(i: int) -> str:
    a, b = PAIRS[i % len(PAIRS)]
    return (f"{a} and {b} clash over border\n"
            f"{a} accused {b} of violating the ceasefire on Monday. "
            f"Officials in {b} said {a} had shelled villages near the border. "
            f"{a} imposed sanctions on {b} on Tuesday. "
            f"The foreign ministers of {a} and {b} will hold talks in Geneva next week, "
            f"and {a} agreed to release prisoners.\n")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    """6 text files and a French one in a folder, and a JSON Lines file of 6 lines: 4
    articles, a malformed line and an id that the folder already has."""
    root = tmp_path_factory.mktemp("corpus")
    folder = root / "texts"
    folder.mkdir()
    for i in range(6):
        (folder / f"a{i:02d}.txt").write_text(article(i), encoding="utf-8")
    (folder / "zz-french.txt").write_text(FRENCH, encoding="utf-8")
    lines = [json.dumps({"id": f"feed-{i}", "url": f"https://example.org/{i}",
                         "published": f"2024-06-0{i + 1}", "text": article(6 + i)})
             for i in range(4)]
    lines.append('{"id": "broken", "text": ')
    lines.append(json.dumps({"id": "a01", "text": article(9)}))
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(folder), str(root / "feed.jsonl")]


@pytest.fixture(scope="module")
def stored(corpus, coder, tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "events.duckdb"
    with Store.open(path) as store:
        report = store.ingest(corpus, coder)
    return path, report


@pytest.fixture(scope="module")
def batch(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("batch") / "out"
    report = run_batch(corpus, out, workers=2, partition_size=4)
    return out, report


def test_plan_cuts_json_lines_into_line_ranges(corpus):
    partitions = plan(corpus, partition_size=4)
    assert [[u.name.rsplit("/", 1)[-1] for u in p.units] for p in partitions] == [
        ["a00.txt", "a01.txt", "a02.txt", "a03.txt"],
        ["a04.txt", "a05.txt", "zz-french.txt"],
        ["feed.jsonl:1-4"],
        ["feed.jsonl:5-6"],
    ]
    assert plan(corpus, partition_size=4) == partitions  # the same ids every time
    assert len({p.id for p in partitions}) == 4
    # an output folder inside an input folder is not read as input
    inside = Path(corpus[0]) / "out" / "_done"
    inside.mkdir(parents=True)
    (inside / "x.json").write_text("{}")
    try:
        assert plan(corpus, partition_size=4, exclude=inside.parent) == partitions
    finally:
        (inside / "x.json").unlink()
        inside.rmdir()
        inside.parent.rmdir()
    lines = Path(corpus[1]).read_bytes().splitlines(keepends=True)
    tail = partitions[3].units[0]
    assert (tail.offset, tail.length) == (sum(map(len, lines[:4])), len(lines[4]) + len(lines[5]))


def rows(con, table: str) -> list[tuple]:
    columns = [name for name, _, _ in SCHEMA[table] if name != "ingested_at"]
    names = ", ".join(f'"{name}"' for name in columns)
    return sorted(con.execute(f"SELECT {names} FROM {table}").fetchall(), key=repr)


def test_batch_on_two_workers_equals_ingest(batch, stored):
    out, report = batch
    store_path, ingested = stored
    assert report.partitions == 4 and report.coded == 4 and not report.failed_partitions
    assert report.articles - report.duplicates == ingested.ingested == 10
    assert report.duplicates == 1  # a01 again in the feed: kept where it came first
    with Store.open(store_path, read_only=True) as store:
        con = open_batch(out)
        try:
            for table in SCHEMA:
                assert rows(con, table) == rows(store.con, table), table
            ids = con.execute("SELECT id FROM events ORDER BY id").fetchall()
            assert len(ids) > 30
            assert ids == store.con.execute("SELECT id FROM events ORDER BY id").fetchall()
        finally:
            con.close()
    # the same failures, each in its partition's report, and the run went on
    assert sorted((where, reason) for _, where, reason in report.failed) == sorted(
        ingested.failed)
    reasons = {where.rsplit("/", 1)[-1]: reason for _, where, reason in report.failed}
    assert "English" in reasons["zz-french.txt"] and "invalid JSON" in reasons["feed.jsonl:5"]
    reports = finished_partitions(out)
    french = next(r for r in reports.values() if any("zz-french" in i for i in r.inputs))
    assert [where.rsplit("/", 1)[-1] for where, _ in french.failed] == ["zz-french.txt"]
    assert french.articles == 2


def test_rerun_skips_finished_partitions(batch, corpus):
    out, _ = batch
    parts = sorted(out.glob("*/part-*.parquet"))
    assert len(parts) == 4 * len(SCHEMA)
    mtimes = {p: p.stat().st_mtime_ns for p in parts}
    again = run_batch(corpus, out)  # no unfinished partition: no cluster is started
    assert (again.partitions, again.finished, again.coded, again.duplicates) == (4, 4, 0, 0)
    assert {p: p.stat().st_mtime_ns for p in parts} == mtimes
    assert {r.run for r in finished_partitions(out).values()} == {1}


def test_rerun_codes_only_unfinished_partitions(batch, corpus, stored):
    out, _ = batch
    last = plan(corpus, partition_size=4)[-1]
    (out / "_done" / f"{last.id}.json").unlink()  # as if the run had died while coding it
    others = {p: p.stat().st_mtime_ns for p in out.glob("*/part-*.parquet")
              if last.id not in p.name}
    again = run_batch(corpus, out, workers=2)
    assert (again.finished, again.coded, again.duplicates) == (3, 1, 1)
    assert {p: p.stat().st_mtime_ns for p in others} == others
    assert finished_partitions(out)[last.id].run == 3
    with Store.open(stored[0], read_only=True) as store, open_for_reading(out) as batched:
        for table in SCHEMA:
            assert rows(batched.con, table) == rows(store.con, table), table


def test_cli_reads_a_batch_folder(batch, stored, corpus):
    from typer.testing import CliRunner

    from eventscope.cli import app

    out, _ = batch
    store_path, _ = stored
    runner = CliRunner()
    query = "SELECT plover_type, count(*) AS n FROM events GROUP BY ALL ORDER BY ALL"
    answers = [runner.invoke(app, ["sql", query, "--db", str(db), "-f", "csv"])
               for db in (out, store_path)]
    assert all(a.exit_code == 0 for a in answers) and answers[0].output == answers[1].output
    assert "ASSAULT" in answers[0].output
    exported = [runner.invoke(app, ["export", str(out.parent / f"{name}.csv"), "-f", "csv",
                                    "--db", str(db)])
                for name, db in (("batch", out), ("store", store_path))]
    assert all(e.exit_code == 0 for e in exported), exported[0].output
    assert (out.parent / "batch.csv").read_text() == (out.parent / "store.csv").read_text()
    counts = {db: runner.invoke(app, ["events", "--source", "RUS", "-f", "jsonl", "--db",
                                      str(db)]).output.count("\n") for db in (out, store_path)}
    assert counts[out] == counts[store_path] > 0
    result = runner.invoke(app, ["batch", *corpus, "--out", str(out)])  # all finished
    assert result.exit_code == 0, result.output
    assert "coded 0 partition(s) of 4 (4 finished before, 0 failed)" in result.output


def test_open_batch_refuses_other_folders(tmp_path):
    assert not is_batch(tmp_path)
    with pytest.raises(BatchError, match="not a batch output folder"):
        open_batch(tmp_path)
    with pytest.raises(Exception, match="is a folder"):
        open_for_reading(tmp_path)


def test_code_partition_in_process(corpus, coder, tmp_path):
    partition = plan(corpus, partition_size=4)[3]
    report = code_partition(partition, tmp_path, coder)
    assert report.articles == 1 and [w.rsplit("/", 1)[-1] for w, _ in report.failed] == [
        "feed.jsonl:5"]


class _Unrated:
    """Codes each article as one event without a confidence (no spaCy)."""

    batch_size = 8

    def pipe(self, articles):
        from eventscope.model import Actor, Event, Result, Span

        for article in articles:
            span = Span(article.text[:10], 0, 10)
            yield Result(article=article, events=(Event(
                id=f"{article.id}-0", article_id=article.id, sentence=0, evidence=span,
                trigger=span, source=Actor("Russia", "RUS"), target=None, plover_type="ACCUSE",
                plover_mode=None, cameo_code="111", cameo_name="criticize", goldstein=-2.0,
                quad_class=3),))


def test_a_batch_folder_of_schema_2_is_read_with_empty_confidence(corpus, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "old"
    report = code_partition(plan(corpus, partition_size=4)[0], out, _Unrated())
    events = out / "events" / f"part-{report.id}.parquet"
    # as eventscope wrote it before events were rated: no confidence, no signals
    pq.write_table(pq.read_table(events).drop_columns(["confidence", "signals"]), events)
    (out / "_batch.json").write_text(json.dumps(
        {"format": 1, "schema_version": 2, "partition_size": 4, "runs": 1}))
    with open_for_reading(out) as batched:
        rows = batched.events()
        assert len(rows) == 4 and {r["confidence"] for r in rows} == {None}
        assert len(batched.events(min_confidence=0.9)) == 4
    with pytest.raises(BatchError, match="holds store schema version 2.*new --out folder"):
        run_batch(corpus, out)
