"""The DuckDB store, on real database files in a temporary folder.

Most tests build coded results directly (no spaCy); the tests that ingest files use the
session's Coder, and the crash and disk-full tests run the real command line in a subprocess.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import os
import resource
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pytest
from typer.testing import CliRunner

import eventscope.cli as cli
import eventscope.store as store_mod
from eventscope.errors import StoreError
from eventscope.ingest import read_articles
from eventscope.model import (
    Actor,
    Article,
    Event,
    EventDate,
    Location,
    Modality,
    Quantity,
    Quote,
    Result,
    Span,
    stable_id,
)
from eventscope.store import GDELT_COLUMNS, SCHEMA_VERSION, Store

# -- synthetic results -------------------------------------------------------------------------


def _article(article_id: str, sentences: list[str], published: date | None) -> Article:
    return Article(id=article_id, text="\n".join(sentences), url=f"https://example.org/{article_id}",
                   outlet="Example", title=sentences[0], published=published,
                   path=f"{article_id}.txt")


def _span(article: Article, piece: str) -> Span:
    start = article.text.index(piece)
    return Span(piece, start, start + len(piece))


def _event(article: Article, sentence: int, evidence: str, trigger: str, source: Actor,
           target: Actor | None, plover: str, cameo: str, goldstein: float, quad: int,
           when: str | None, location: Location | None = None,
           quantities: tuple[Quantity, ...] = (), modality: Modality = Modality()) -> Event:
    span = _span(article, evidence)
    return Event(
        id=stable_id(article.id, evidence, cameo), article_id=article.id,
        sentence=sentence, evidence=span, trigger=_span(article, trigger), source=source,
        target=target, plover_type=plover, plover_mode=None, cameo_code=cameo,
        cameo_name=f"name of {cameo}", goldstein=goldstein, quad_class=quad, modality=modality,
        date=EventDate(when, "day" if when else None), location=location,
        quantities=quantities, pattern="test.yaml:1", coder_version="0.1.0",
        dictionary_version="test",
    )


RUS_MIL = Actor("Russian troops", "RUS", "MIL", "Russia")
UKR = Actor("Ukraine", "UKR", None, "Ukraine")
USA_GOV = Actor("The United States", "USA", "GOV", "United States")
USA = Actor("Washington", "USA", None, "United States")
CHN = Actor("Beijing", "CHN", None, "China")
NATO = Actor("NATO", "NATO", "IGO", "North Atlantic Treaty Organization", kind="igo")
KURSK = Location("Kursk", "RUS", 538560, 51.73, 36.19, "city")
KYIV = Location("Kyiv", "UKR", 703448, 50.45, 30.52, "city")


def synthetic_results() -> list[Result]:
    """Three articles, five events: one or two per filter value."""
    a1 = _article("art-1", ["Fighting near Kursk",
                            "Russian troops attacked Ukrainian positions near Kursk.",
                            "Ukraine condemned Russia for the attack."], date(2024, 5, 10))
    e1 = _event(a1, 1, "Russian troops attacked Ukrainian positions near Kursk", "attacked",
                RUS_MIL, UKR, "ASSAULT", "190", -10.0, 4, "2024-05-10", KURSK)
    e2 = _event(a1, 2, "Ukraine condemned Russia", "condemned", UKR,
                Actor("Russia", "RUS", None, "Russia"), "ACCUSE", "111", -2.0, 3, "2024-05-10")
    r1 = Result(article=a1, events=(e1, e2),
                glance=(_span(a1, "Russian troops attacked"), _span(a1, "Ukraine condemned")))

    a2 = _article("art-2", ["Aid and talks",
                            "The United States sent $1 billion in aid to Ukraine.",
                            "Washington held talks with Beijing over 200 km of border.",
                            '"We stand with Ukraine," the secretary said.'], date(2024, 6, 20))
    money = Quantity("$1 billion", 1e9, "USD", "money", *_offsets(a2, "$1 billion"))
    distance = Quantity("200 km", 200.0, "km", "distance", *_offsets(a2, "200 km"))
    e3 = _event(a2, 1, "The United States sent $1 billion in aid to Ukraine", "sent", USA_GOV,
                UKR, "AID", "070", 7.0, 2, "2024-06-20", KYIV, quantities=(money,))
    e4 = _event(a2, 2, "Washington held talks with Beijing", "held", USA, CHN, "CONSULT", "040",
                1.0, 1, "2024-06-21", modality=Modality(future=True))
    quote = Quote(id="q-1", article_id="art-2", speaker=USA_GOV, speaker_text="the secretary",
                  text=_span(a2, '"We stand with Ukraine,"'), verb="said", about=(UKR,),
                  stance=0.8)
    r2 = Result(article=a2, events=(e3, e4), quotes=(quote,), quantities=(money, distance))

    a3 = _article("art-3", ["NATO warns", "NATO warned of consequences."], None)
    e5 = _event(a3, 1, "NATO warned of consequences", "warned", NATO, None, "THREATEN", "138",
                -7.0, 3, None)
    r3 = Result(article=a3, events=(e5,))
    return [r1, r2, r3]


def _offsets(article: Article, piece: str) -> tuple[int, int]:
    span = _span(article, piece)
    return span.start, span.end


RESULTS = synthetic_results()
EVENT = {label: event for label, event in zip(
    ("e1", "e2", "e3", "e4", "e5"), [e for r in RESULTS for e in r.events], strict=True)}


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "store.duckdb") as opened:
        opened.add_many(RESULTS)
        yield opened


@pytest.fixture(scope="module")
def store_file(tmp_path_factory) -> Path:
    """A closed store holding the synthetic results, for read-only tests."""
    path = tmp_path_factory.mktemp("store") / "events.duckdb"
    with Store.open(path) as opened:
        opened.add_many(RESULTS)
    return path


def _consistent(path: Path) -> tuple[int, int]:
    """Articles and events of a store, checking that every article is whole."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        broken = con.execute("""
            SELECT a.id FROM articles a
            LEFT JOIN (SELECT article_id, count(*) n FROM events GROUP BY 1) e
              ON e.article_id = a.id
            WHERE a.n_events <> coalesce(e.n, 0)
        """).fetchall()
        orphans = con.execute("SELECT count(*) FROM events WHERE article_id NOT IN "
                              "(SELECT id FROM articles)").fetchone()[0]
        articles, distinct = con.execute(
            "SELECT count(*), count(DISTINCT id) FROM articles").fetchone()
        events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        con.close()
    assert broken == [] and orphans == 0
    assert articles == distinct
    return articles, events


# -- schema and writing ------------------------------------------------------------------------


def test_a_new_store_has_the_schema_and_its_version(tmp_path):
    path = tmp_path / "sub" / "new.duckdb"
    with Store.open(path) as opened:
        assert opened.schema_version() == SCHEMA_VERSION
        names, rows = opened.sql("SHOW TABLES")
        tables = {row[0] for row in rows}
    assert {"schema_version", "articles", "events", "actors", "quotes", "quantities",
            "glance", "locations"} <= tables
    assert path.read_bytes()[8:12] == b"DUCK"


def test_add_stores_every_kind_of_row(store):
    assert store.counts() == {
        "articles": 3, "events": 5,
        "actors": 9 + 2,  # source and target of each event (one has no target), speaker, about
        "quotes": 1,
        "quantities": 2,  # the money once (attached to its event), the distance once
        "glance": 2,
    }
    _, rows = store.sql("SELECT event_id, kind FROM quantities ORDER BY kind")
    assert rows == [(None, "distance"), (EVENT["e3"].id, "money")]
    _, rows = store.sql("SELECT rank, text FROM glance ORDER BY rank")
    assert rows == [(1, "Russian troops attacked"), (2, "Ukraine condemned")]
    _, rows = store.sql("SELECT name, country, geonames_id FROM locations ORDER BY name")
    assert rows == [("Kursk", "RUS", 538560), ("Kyiv", "UKR", 703448)]
    _, rows = store.sql("SELECT role, country FROM actors WHERE quote_id = 'q-1' ORDER BY role")
    assert rows == [("about", "UKR"), ("speaker", "USA")]
    _, rows = store.sql("SELECT speaker_country, stance, verb FROM quotes")
    assert rows == [("USA", 0.8, "said")]


def test_stored_spans_slice_the_stored_article_text(store):
    _, rows = store.sql("""SELECT a.text, e.evidence_text, e.evidence_start, e.evidence_end,
                                  e.trigger_text, e.trigger_start, e.trigger_end
                           FROM events e JOIN articles a ON a.id = e.article_id""")
    for text, evidence, start, end, trigger, t_start, t_end in rows:
        assert text[start:end] == evidence
        assert text[t_start:t_end] == trigger


def test_an_event_row_keeps_every_field(store):
    row = store.events(type="AID")[0]
    e3 = EVENT["e3"]
    assert row["id"] == e3.id and row["article_id"] == "art-2"
    assert (row["source_country"], row["source_sector"], row["source_name"]) == (
        "USA", "GOV", "United States")
    assert (row["target_country"], row["plover_type"], row["cameo_code"]) == ("UKR", "AID", "070")
    assert (row["goldstein"], row["quad_class"]) == (7.0, 2)
    assert row["date"] == date(2024, 6, 20) and row["date_precision"] == "day"
    assert (row["location_name"], row["location_lat"], row["location_lon"]) == (
        "Kyiv", 50.45, 30.52)
    assert row["pattern"] == "test.yaml:1" and row["dictionary_version"] == "test"
    assert store.events(type="CONSULT")[0]["future"] is True


def test_adding_a_stored_article_again_is_refused_and_replace_replaces(store):
    with pytest.raises(StoreError, match="already stored"):
        store.add(RESULTS[0])
    assert store.counts()["events"] == 5
    shorter = Result(article=RESULTS[0].article, events=RESULTS[0].events[:1])
    store.add(shorter, replace=True)
    assert store.counts()["articles"] == 3
    assert store.counts()["events"] == 4
    assert store.counts()["glance"] == 0


def test_a_failed_batch_stores_nothing(store):
    new = Result(article=_article("art-9", ["New", "Ukraine condemned Russia."], None))
    with pytest.raises(StoreError, match="art-1"):
        store.add_many([new, RESULTS[0]])  # art-1 is already stored: the batch fails whole
    assert not store.has("art-9")
    assert store.counts()["articles"] == 3


def test_delete_article_removes_all_its_rows(store):
    assert store.delete_article("art-2") is True
    assert store.delete_article("art-2") is False
    counts = store.counts()
    assert (counts["articles"], counts["events"], counts["quotes"], counts["quantities"]) == (
        2, 3, 0, 0)
    assert not store.has("art-2") and store.has("art-1")


# -- querying ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, ["e1", "e2", "e3", "e4", "e5"]),
    ({"actor": "USA"}, ["e3", "e4"]),
    ({"actor": "rus"}, ["e1", "e2"]),
    ({"source": "RUS"}, ["e1"]),
    ({"target": "UKR"}, ["e1", "e3"]),
    ({"type": "ASSAULT"}, ["e1"]),
    ({"type": "threaten"}, ["e5"]),
    ({"cameo": "19"}, ["e1"]),
    ({"cameo": "04"}, ["e4"]),
    ({"cameo": "111"}, ["e2"]),
    ({"since": "2024-06-01"}, ["e3", "e4"]),
    ({"until": "2024-05-31"}, ["e1", "e2"]),
    ({"since": date(2024, 6, 21), "until": "2024-06-21"}, ["e4"]),
    ({"place": "kursk"}, ["e1"]),
    ({"place": "UKR"}, ["e3"]),
    ({"text": "TALKS"}, ["e4"]),
    ({"limit": 2}, ["e1", "e2"]),
    ({"limit": 0}, []),
    ({"actor": "USA", "since": "2024-06-21"}, ["e4"]),
    ({"text": "'; DROP TABLE events; --"}, []),
])
def test_events_filters(store_file, filters, expected):
    with Store.open(store_file, read_only=True) as opened:
        rows = opened.events(**filters)
        assert [row["id"] for row in rows] == [EVENT[label].id for label in expected]
        assert opened.counts()["events"] == 5


@pytest.mark.parametrize(("filters", "message"), [
    ({"cameo": "19 OR 1=1"}, "--cameo"),
    ({"since": "yesterday"}, "--since"),
    ({"until": "2024-13-01"}, "--until"),
    ({"actor": "USA'--"}, "--actor"),
    ({"limit": -1}, "--limit"),
])
def test_bad_filter_values_are_refused(store_file, filters, message):
    with Store.open(store_file, read_only=True) as opened, pytest.raises(StoreError,
                                                                          match=message):
        opened.events(**filters)


def test_sql_reads(store_file):
    with Store.open(store_file, read_only=True) as opened:
        names, rows = opened.sql(
            "WITH d AS (SELECT source_country s, target_country t FROM events) "
            "SELECT s, t, count(*) n FROM d WHERE t IS NOT NULL GROUP BY ALL ORDER BY s, t")
        assert names == ["s", "t", "n"]
        assert rows[0] == ("RUS", "UKR", 1)
        assert opened.sql("DESCRIBE events")[1]
        assert opened.sql("EXPLAIN SELECT * FROM events")[1]
        assert opened.sql("PRAGMA table_info('articles')")[1]


@pytest.mark.parametrize("query", [
    "DELETE FROM events",
    "DROP TABLE events",
    "INSERT INTO glance VALUES ('x', 1, 'x', 0, 1)",
    "UPDATE events SET goldstein = 0",
    "CREATE TABLE x (i INTEGER)",
    "COPY events TO 'leak.csv'",
    "ATTACH 'other.duckdb' AS other",
    "SET threads = 1",
    "SELECT 1; DELETE FROM events",
])
def test_sql_refuses_writes(store, query):
    with pytest.raises(StoreError, match="refused|one SQL statement"):
        store.sql(query)
    assert store.counts()["events"] == 5


def test_sql_errors_are_one_line(store):
    with pytest.raises(StoreError, match="SQL error") as info:
        store.sql("SELECT nope FROM events")
    assert "\n" not in str(info.value)


# -- export ------------------------------------------------------------------------------------


def test_export_parquet_is_partitioned_by_month(store_file, tmp_path):
    out = tmp_path / "parquet"
    with Store.open(store_file, read_only=True) as opened:
        assert opened.export("parquet", out) == 5
    assert sorted(p.name for p in out.iterdir()) == ["month=2024-05", "month=2024-06",
                                                      "month=unknown"]
    table = ds.dataset(out, format="parquet", partitioning="hive").to_table()
    assert table.num_rows == 5
    months = dict(zip(table.column("id").to_pylist(), table.column("month").to_pylist(),
                      strict=True))
    assert months[EVENT["e1"].id] == "2024-05" and months[EVENT["e5"].id] == "unknown"
    con = duckdb.connect()
    rows = con.execute("SELECT month, count(*), min(goldstein) FROM read_parquet(?, "
                       "hive_partitioning = true) GROUP BY month ORDER BY month",
                       [str(out / "*" / "*.parquet")]).fetchall()
    assert rows == [("2024-05", 2, -10.0), ("2024-06", 2, 1.0), ("unknown", 1, -7.0)]


def test_export_parquet_refuses_a_folder_that_is_not_empty(store_file, tmp_path):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine")
    with Store.open(store_file, read_only=True) as opened, pytest.raises(StoreError,
                                                                          match="not an empty"):
        opened.export("parquet", tmp_path / "full")
    assert (tmp_path / "full" / "keep.txt").read_text() == "mine"


def test_export_csv_and_jsonl_read_back(store_file, tmp_path):
    with Store.open(store_file, read_only=True) as opened:
        opened.export("csv", tmp_path / "events.csv")
        opened.export("jsonl", tmp_path / "events.jsonl")
    with (tmp_path / "events.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    lines = [json.loads(line) for line in
             (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    for got in (rows, lines):
        assert [row["id"] for row in got] == [EVENT[f"e{i}"].id for i in range(1, 6)]
        assert got[0]["source_country"] == "RUS" and got[0]["plover_type"] == "ASSAULT"
        assert got[0]["article_url"] == "https://example.org/art-1"
        assert str(got[0]["date"]) == "2024-05-10"
    assert lines[0]["goldstein"] == -10.0 and lines[3]["future"] is True


def test_export_gdelt_has_the_61_gdelt_columns_and_types(store_file, tmp_path):
    out = tmp_path / "events.export.CSV"
    with Store.open(store_file, read_only=True) as opened:
        assert opened.export("gdelt", out) == 5
    assert len(GDELT_COLUMNS) == 61
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 5 and {len(row) for row in rows} == {61}
    by_id = {int(row[0]): dict(zip(GDELT_COLUMNS, row, strict=True)) for row in rows}
    e1 = by_id[int(EVENT["e1"].id, 16) >> 1]
    assert (e1["Day"], e1["MonthYear"], e1["Year"]) == ("20240510", "202405", "2024")
    assert float(e1["FractionDate"]) == pytest.approx(2024 + 131 / 365, abs=1e-4)
    assert (e1["Actor1Code"], e1["Actor1Name"], e1["Actor1CountryCode"], e1["Actor1Type1Code"]) \
        == ("RUSMIL", "RUSSIA", "RUS", "MIL")
    assert (e1["Actor2Code"], e1["Actor2CountryCode"]) == ("UKR", "UKR")
    assert (e1["EventCode"], e1["EventBaseCode"], e1["EventRootCode"]) == ("190", "190", "19")
    assert (e1["QuadClass"], float(e1["GoldsteinScale"]), e1["IsRootEvent"]) == ("4", -10.0, "1")
    assert (e1["ActionGeo_Type"], e1["ActionGeo_FullName"], e1["ActionGeo_FeatureID"]) == (
        "4", "Kursk", "538560")
    assert float(e1["ActionGeo_Lat"]) == 51.73 and float(e1["ActionGeo_Long"]) == 36.19
    assert e1["SOURCEURL"] == "https://example.org/art-1"
    e5 = by_id[int(EVENT["e5"].id, 16) >> 1]
    assert (e5["Actor1Code"], e5["Actor1KnownGroupCode"], e5["Actor2Code"]) == (
        "NATOIGO", "NATO", "")
    assert e5["Day"] == "" and e5["ActionGeo_Type"] == "0"
    for row in by_id.values():
        assert 0 <= int(row["GlobalEventID"]) < 2**63
        assert row["QuadClass"] in {"1", "2", "3", "4"}
        assert len(row["DATEADDED"]) == 14 and row["DATEADDED"].isdigit()
        assert row["NumMentions"] == row["NumSources"] == row["NumArticles"] == "1"
    # a GDELT reader: tab-separated, no header, typed columns
    con = duckdb.connect()
    typed = con.execute(
        "SELECT typeof(column00), typeof(column01), typeof(column04), typeof(column30), "
        "count(*) FROM read_csv(?, delim = '\t', header = false, all_varchar = false) "
        "GROUP BY ALL", [str(out)]).fetchall()
    assert typed == [("BIGINT", "BIGINT", "DOUBLE", "DOUBLE", 5)]
    assert len(con.execute("SELECT * FROM read_csv(?, delim = '\t', header = false)",
                           [str(out)]).description) == 61


# -- opening -----------------------------------------------------------------------------------


def test_a_file_that_is_not_duckdb_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("these are my notes, not a database\n")
    for read_only in (False, True):
        with pytest.raises(StoreError, match="not a DuckDB database") as info:
            Store.open(path, read_only=read_only)
        assert "\n" not in str(info.value)
    assert path.read_text() == "these are my notes, not a database\n"
    empty = tmp_path / "empty.duckdb"
    empty.write_bytes(b"")
    with pytest.raises(StoreError, match="not a DuckDB database"):
        Store.open(empty)


def test_opening_problems_say_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="no store here"):
        Store.open(tmp_path / "missing.duckdb", read_only=True)
    assert not (tmp_path / "missing.duckdb").exists()
    with pytest.raises(StoreError, match="is a folder"):
        Store.open(tmp_path)
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE mine (i INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not an eventscope store"):
        Store.open(other)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create its folder"):
        Store.open(blocker / "store.duckdb")


def _set_version(path: Path, version: int) -> None:
    con = duckdb.connect(str(path))
    con.execute("UPDATE schema_version SET version = ?", [version])
    con.close()


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "s.duckdb"
    Store.open(path).close()
    _set_version(path, SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="newer than this eventscope.*upgrade eventscope"):
        Store.open(path, read_only=True)


def test_an_older_schema_is_migrated_in_place(tmp_path, monkeypatch):
    path = tmp_path / "s.duckdb"
    with Store.open(path) as opened:
        opened.add(RESULTS[0])
    monkeypatch.setattr(store_mod, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setattr(store_mod, "MIGRATIONS", {
        SCHEMA_VERSION: ("ALTER TABLE events ADD COLUMN tone DOUBLE",)})
    with Store.open(path, read_only=True) as opened:  # a reader migrates it too
        assert opened.schema_version() == SCHEMA_VERSION + 1
        names, rows = opened.sql("SELECT id, tone FROM events")
        assert names == ["id", "tone"] and len(rows) == 2
    with Store.open(path) as opened:  # the migrated tables take new rows
        opened.add(RESULTS[1])
        assert opened.counts()["events"] == 4
        assert opened.events(type="AID")[0]["tone"] is None
    monkeypatch.setattr(store_mod, "SCHEMA_VERSION", SCHEMA_VERSION + 2)
    with pytest.raises(StoreError, match="cannot be migrated.*re-ingest"):
        Store.open(path)


def _group_result() -> Result:
    article = _article("art-g", ["Rockets fired", "Hamas fired rockets at Ashkelon.",
                                 "Islamic State fighters attacked Iraqi troops."],
                       date(2024, 7, 1))
    hamas = Actor("Hamas", "PSE", "REB", "Hamas", kind="group", group="HMS")
    isis = Actor("Islamic State fighters", "ISIS", "REB", "Islamic State", kind="group",
                 group="ISIS")
    israel = Actor("Ashkelon", "ISR", None, "Israel")
    events = (
        _event(article, 1, "Hamas fired rockets at Ashkelon", "fired", hamas, israel,
               "ASSAULT", "190", -10.0, 4, "2024-07-01"),
        _event(article, 2, "Islamic State fighters attacked Iraqi troops", "attacked", isis,
               Actor("Iraqi troops", "IRQ", "MIL", "Iraq"), "ASSAULT", "190", -10.0, 4,
               "2024-07-01"),
    )
    return Result(article=article, events=events)


#: the columns each schema version added, by table
ADDED_IN = {2: {"events": ("source_group", "target_group"), "actors": ("group_code",)},
            3: {"events": ("confidence", "signals")}}


def _old_store(path: Path, version: int, results: list[Result]) -> Path:
    """A store as the eventscope of schema ``version`` wrote it: its tables (without the
    columns added since), its rows and its version."""
    dropped: dict[str, set[str]] = {}
    for added_in, added in ADDED_IN.items():
        if added_in > version:
            for table, columns in added.items():
                dropped.setdefault(table, set()).update(columns)
    rows = store_mod.Rows()
    for result in results:
        rows.add(result)
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, "
                "applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)")
    for table, spec in store_mod.SCHEMA.items():
        kept = [(name, kind, rule) for name, kind, rule in spec
                if name not in dropped.get(table, ())]
        columns = ", ".join(f'"{name}" {kind} {rule}'.rstrip() for name, kind, rule in kept)
        con.execute(f"CREATE TABLE {table} ({columns})")
        batch = store_mod.arrow_table(table, rows.columns(table)).select(
            [name for name, _, _ in kept])
        con.register("batch", batch)
        con.execute(f"INSERT INTO {table} SELECT * FROM batch")
        con.unregister("batch")
    for name, query in store_mod.VIEWS.items():
        con.execute(f"CREATE VIEW {name} AS {query}")
    con.execute("INSERT INTO schema_version (version) VALUES (?)", [version])
    con.close()
    return path


def test_a_version_1_store_gets_the_group_columns(tmp_path):
    path = _old_store(tmp_path / "s.duckdb", 1, [RESULTS[0]])
    with Store.open(path) as opened:
        assert opened.schema_version() == SCHEMA_VERSION == 3
        assert opened.counts()["events"] == 2
        opened.add(_group_result())
        (hamas,) = opened.events(actor="HMS")
        assert (hamas["source_country"], hamas["source_group"]) == ("PSE", "HMS")
        assert [e["source_group"] for e in opened.events(source="PSE")] == ["HMS"]
        _, rows = opened.sql("SELECT country, group_code FROM actors WHERE role = 'source' "
                             "AND group_code IS NOT NULL ORDER BY country")
        assert rows == [("ISIS", "ISIS"), ("PSE", "HMS")]
        out = tmp_path / "groups.CSV"
        opened.export("gdelt", out)
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True))
            for line in out.read_text(encoding="utf-8").splitlines()]
    codes = {(r["Actor1Code"], r["Actor1CountryCode"], r["Actor1KnownGroupCode"]) for r in rows}
    assert {("PSEREB", "PSE", "HMS"), ("ISISREB", "", "ISIS")} <= codes


# -- confidence --------------------------------------------------------------------------------

#: the confidence of each synthetic event: e4 has none (stored before events were rated)
CONFIDENCE = {"e1": 0.9, "e2": 0.3, "e3": 0.6, "e4": None, "e5": 0.59}
#: the events that reach 0.6, and e4, which has no confidence and is kept
SURE = ["e1", "e3", "e4"]


def _rated(results: list[Result]) -> list[Result]:
    by_id = {EVENT[label].id: value for label, value in CONFIDENCE.items()}
    return [dataclasses.replace(result, events=tuple(
        dataclasses.replace(e, confidence=by_id[e.id],
                            signals=() if by_id[e.id] is None else ("source:context", "noun"))
        for e in result.events)) for result in results]


@pytest.fixture(scope="module")
def rated_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("rated") / "rated.duckdb"
    with Store.open(path) as opened:
        opened.add_many(_rated(RESULTS))
    return path


def test_events_keep_their_confidence_and_signals(rated_file):
    with Store.open(rated_file, read_only=True) as opened:
        rows = {row["id"]: row for row in opened.events()}
    assert rows[EVENT["e1"].id]["confidence"] == 0.9
    assert rows[EVENT["e1"].id]["signals"] == ["source:context", "noun"]
    assert rows[EVENT["e4"].id]["confidence"] is None


@pytest.mark.parametrize(("minimum", "expected"), [
    (None, ["e1", "e2", "e3", "e4", "e5"]),
    (0.0, ["e1", "e2", "e3", "e4", "e5"]),
    (0.6, SURE),
    ("0.6", SURE),
    (0.95, ["e4"]),
    (1, ["e4"]),
])
def test_min_confidence_filters_at_query_time_and_keeps_unrated_events(rated_file, minimum,
                                                                        expected):
    with Store.open(rated_file, read_only=True) as opened:
        rows = opened.events(min_confidence=minimum)
        assert [row["id"] for row in rows] == [EVENT[label].id for label in expected]
        assert opened.counts()["events"] == 5  # filtering deletes nothing


def test_min_confidence_combines_with_the_other_filters(rated_file):
    with Store.open(rated_file, read_only=True) as opened:
        assert [r["id"] for r in opened.events(actor="USA", min_confidence=0.7)] == [
            EVENT["e4"].id]
        assert [r["id"] for r in opened.events(min_confidence=0.6, limit=2)] == [
            EVENT["e1"].id, EVENT["e3"].id]


@pytest.mark.parametrize("value", [1.5, -1, -0.01, float("nan"), "high", True])
def test_a_bad_min_confidence_is_one_line(rated_file, value):
    with Store.open(rated_file, read_only=True) as opened:
        for call in (lambda: opened.events(min_confidence=value),
                     lambda: opened.confidence_counts(value)):
            with pytest.raises(StoreError, match="--min-confidence must be a number from 0 "
                                                 "to 1") as info:
                call()
            assert "\n" not in str(info.value)


def test_confidence_counts(rated_file):
    with Store.open(rated_file, read_only=True) as opened:
        assert opened.confidence_counts(0.6) == (5, 2, 1)
        assert opened.confidence_counts() == (5, 4, 1)


def test_export_with_min_confidence_writes_the_filtered_events_with_their_confidence(
        rated_file, tmp_path):
    with Store.open(rated_file, read_only=True) as opened:
        assert opened.export("jsonl", tmp_path / "sure.jsonl", min_confidence=0.6) == 3
        assert opened.export("gdelt", tmp_path / "sure.CSV", min_confidence=0.6) == 3
        assert opened.export("parquet", tmp_path / "sure", min_confidence=0.6) == 3
        assert opened.export("csv", tmp_path / "all.csv") == 5
        with pytest.raises(StoreError, match="--min-confidence"):
            opened.export("csv", tmp_path / "bad.csv", min_confidence=2)
    lines = [json.loads(line) for line in (tmp_path / "sure.jsonl").read_text().splitlines()]
    assert [(r["id"], r["confidence"]) for r in lines] == [
        (EVENT[label].id, CONFIDENCE[label]) for label in SURE]
    assert lines[0]["signals"] == ["source:context", "noun"]
    assert len((tmp_path / "sure.CSV").read_text().splitlines()) == 3
    table = ds.dataset(tmp_path / "sure", format="parquet", partitioning="hive").to_table()
    assert sorted(table.column("id").to_pylist()) == sorted(EVENT[label].id for label in SURE)
    with (tmp_path / "all.csv").open(encoding="utf-8", newline="") as handle:
        assert [row["confidence"] for row in csv.DictReader(handle)] == [
            "0.9", "0.3", "0.6", "", "0.59"]
    assert not (tmp_path / "bad.csv").exists()


def test_a_version_2_store_is_migrated_and_keeps_every_event_without_confidence(tmp_path):
    path = _old_store(tmp_path / "s.duckdb", 2, RESULTS)
    con = duckdb.connect(str(path), read_only=True)
    names = [r[0] for r in con.execute("DESCRIBE events").fetchall()]
    con.close()
    assert "confidence" not in names and "target_group" in names  # as schema 2 made it
    with Store.open(path, read_only=True) as opened:  # a reader migrates it
        assert opened.schema_version() == SCHEMA_VERSION == 3
        rows = opened.events()
        assert [r["id"] for r in rows] == [EVENT[f"e{i}"].id for i in range(1, 6)]
        assert {(r["confidence"], r["signals"]) for r in rows} == {(None, None)}
        assert rows[0]["source_country"] == "RUS" and rows[0]["location_name"] == "Kursk"
        # not known to be unsure: kept by every minimum
        assert len(opened.events(min_confidence=1.0)) == 5
        assert opened.confidence_counts(0.6) == (5, 0, 5)
    article = _article("art-new", ["Rated", "Russian troops attacked."], date(2024, 7, 1))
    event = _event(article, 1, "Russian troops attacked", "attacked", RUS_MIL, UKR,
                   "ASSAULT", "190", -10.0, 4, "2024-07-01")
    low = dataclasses.replace(event, confidence=0.2, signals=("source:context",))
    with Store.open(path) as opened:  # the migrated tables take rated rows
        opened.add(Result(article=article, events=(low,)))
        assert opened.counts()["events"] == 6
        (new,) = opened.events(since="2024-07-01")
        assert (new["confidence"], new["signals"]) == (0.2, ["source:context"])
        assert low.id not in {r["id"] for r in opened.events(min_confidence=0.6)}
        assert len(opened.events(min_confidence=0.6)) == 5


class RatingCoder:
    """Codes the first sentence of each article as one event rated 0.8 (no spaCy); with
    ``rate=False`` leaves it unrated, as a coder that does not rate events."""

    batch_size = 4

    def __init__(self, rate: bool = True):
        self.rate = rate

    def pipe(self, articles):
        for article in articles:
            yield self.code_article(article)

    def code_article(self, article):
        sentence = article.text.splitlines()[1]
        start = article.text.index(sentence)
        span = Span(sentence, start, start + len(sentence))
        event = Event(id=stable_id(article.id, sentence), article_id=article.id, sentence=1,
                      evidence=span, trigger=span, source=RUS_MIL, target=UKR,
                      plover_type="ASSAULT", plover_mode=None, cameo_code="190",
                      cameo_name="fight", goldstein=-10.0, quad_class=4,
                      confidence=0.8 if self.rate else None)
        return Result(article=article, events=(event,))


def test_cli_ingest_reports_confidence_and_asks_to_recode_unrated_events(tmp_path,
                                                                         monkeypatch):
    db = _old_store(tmp_path / "old.duckdb", 2, RESULTS)
    corpus = _corpus(tmp_path / "corpus", 2)
    coder = RatingCoder()
    monkeypatch.setattr(cli, "_coder", lambda model, dictionaries: coder)
    result = _invoke("ingest", str(corpus), "--db", str(db), "--min-confidence", "0.7")
    assert result.exit_code == 0, result.output
    assert "stored 2 event(s)" in result.stdout
    assert "2 of 7 stored event(s) reach confidence 0.7" in result.stdout
    assert "5 events have no confidence: run `eventscope ingest --recode`" in result.stdout
    # every event is stored, whatever the minimum: it filters only when reading
    result = _invoke("ingest", str(_corpus(tmp_path / "more", 3)), "--db", str(db),
                     "--min-confidence", "0.9")
    assert "ingested 1 article(s)" in result.stdout  # the other two were stored already
    assert "0 of 8 stored event(s) reach confidence 0.9" in result.stdout
    with Store.open(db, read_only=True) as opened:
        assert opened.counts()["events"] == 8
    # a coder that rates nothing itself: recoding would not help, so no hint
    coder.rate = False
    result = _invoke("ingest", str(_corpus(tmp_path / "unrated", 4)), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "no confidence" not in result.stdout and "reach confidence" not in result.stdout
    for value in ("1.5", "-1"):
        result = _invoke("ingest", str(corpus), "--db", str(db), "--min-confidence", value)
        assert result.exit_code == 1
        assert "--min-confidence must be a number from 0 to 1" in _one_error(result)



def test_ingest_recode_rates_the_events_stored_without_confidence(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus", 3)
    db = tmp_path / "s.duckdb"
    with Store.open(db) as opened:
        opened.ingest([corpus], RatingCoder(rate=False))  # an older coder: no confidence
        assert opened.confidence_counts() == (3, 0, 3)
    monkeypatch.setattr(cli, "_coder", lambda model, dictionaries: RatingCoder())
    result = _invoke("ingest", str(corpus), "--db", str(db))
    assert "3 events have no confidence: run `eventscope ingest --recode`" in result.stdout
    result = _invoke("ingest", str(corpus), "--db", str(db), "--recode")
    assert result.exit_code == 0, result.output
    assert "recoded 3" in result.stdout and "no confidence" not in result.stdout
    with Store.open(db, read_only=True) as opened:
        assert opened.confidence_counts(0.8) == (3, 3, 0)


# -- ingesting files ---------------------------------------------------------------------------

STORY = (
    "{title}\n"
    "Russian forces shelled Ukrainian positions near Kharkiv on {day}, local officials said.\n"
    "Ukraine condemned the attack and called on NATO to send more air defence systems.\n"
    "The United States announced new sanctions against Russia after the attack.\n"
)


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text = STORY.format(title=f"Report number {i}", day=f"day {i}")
        (folder / f"story-{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def test_ingest_recode_and_report(tmp_path, coder):
    corpus = _corpus(tmp_path / "corpus", 3)
    (corpus / "feed.jsonl").write_text(
        json.dumps({"id": "wire-1", "published": "2024-06-02",
                    "text": "Iran condemned the United States and Israel for the strikes."})
        + "\n" + '{"id": "wire-2", "text": \n', encoding="utf-8")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    path = tmp_path / "store.duckdb"
    seen = []
    with Store.open(path) as opened:
        report = opened.ingest([corpus], coder, published=date(2024, 6, 1), batch_size=2,
                               progress=lambda r: seen.append((r.stored, len(r.failed))))
        assert (report.ingested, report.skipped, report.recoded) == (4, 0, 0)
        assert sorted(where for where, _ in report.failed) == [
            str(corpus / "binary.txt"), f"{corpus / 'feed.jsonl'}:2"]
        assert all(reason for _, reason in report.failed)
        assert seen and seen[-1] == (4, 2)
        counts = opened.counts()
        assert counts["articles"] == 4 and counts["events"] == report.events > 0
        ids = sorted(row["id"] for row in opened.events())

        again = opened.ingest([corpus], coder)
        assert (again.ingested, again.skipped, again.events) == (0, 4, 0)
        assert opened.counts() == counts

        recoded = opened.ingest([corpus], coder, recode=True, published=date(2024, 6, 1))
        assert (recoded.ingested, recoded.recoded, recoded.skipped) == (0, 4, 0)
        assert opened.counts() == counts
        assert sorted(row["id"] for row in opened.events()) == ids
    assert _consistent(path) == (4, counts["events"])


class StubCoder:
    """Codes nothing, and fails on the article whose text mentions 'boom' (no spaCy)."""

    batch_size = 4

    def pipe(self, articles):
        for article in articles:
            yield self.code_article(article)

    def code_article(self, article):
        if "boom" in article.text:
            raise RuntimeError("the parser gave up\nsecond line")
        return Result(article=article)


def test_ingest_reports_unreadable_files_and_coder_failures_and_stores_the_rest(tmp_path):
    corpus = _corpus(tmp_path / "corpus", 6)
    (corpus / "boom.txt").write_text("Explosion\nThe boom was heard across the whole city.\n")
    (corpus / "zero.txt").write_bytes(b"")
    secret = corpus / "secret.txt"
    secret.write_text("Secret\nRussian forces shelled the positions of the Ukrainian army.\n")
    secret.chmod(0o000)
    unreadable = not os.access(secret, os.R_OK)  # root reads it anyway
    try:
        with Store.open(tmp_path / "s.duckdb") as opened:
            report = opened.ingest([corpus], StubCoder())
            assert report.ingested == 6 + (0 if unreadable else 1)
            failed = dict(report.failed)
            assert failed[str(corpus / "zero.txt")] == "file is empty"
            assert "could not be coded: the parser gave up" in failed[str(corpus / "boom.txt")]
            if unreadable:
                assert failed[str(secret)].startswith("cannot read file")
            assert not opened.has("boom")
            assert opened.counts()["articles"] == report.ingested
    finally:
        secret.chmod(0o644)


def test_ingest_expands_globs_and_skips_repeats_within_a_run(tmp_path, coder):
    corpus = _corpus(tmp_path / "corpus", 2)
    with Store.open(tmp_path / "s.duckdb") as opened:
        report = opened.ingest([str(corpus / "*.txt"), corpus / "story-000.txt",
                                str(corpus / "*.nothing")], coder)
    assert (report.ingested, report.skipped) == (2, 1)
    assert report.failed == [(str(corpus / "*.nothing"), "file not found")]


# -- the command line --------------------------------------------------------------------------


def _invoke(*args: str):
    return CliRunner().invoke(cli.app, list(args), catch_exceptions=True)


def _stderr(result) -> str:
    try:
        return result.stderr
    except ValueError:
        return result.output


def _one_error(result) -> str:
    """The run's single error line (and no traceback)."""
    assert "Traceback" not in result.output + _stderr(result)
    lines = [line for line in _stderr(result).splitlines() if line.startswith("error:")]
    assert len(lines) == 1, _stderr(result)
    return lines[0]


@pytest.fixture
def session_coder(monkeypatch, coder):
    monkeypatch.setattr(cli, "_coder", lambda model, dictionaries: coder)
    return coder


def test_cli_ingest_events_export_sql(tmp_path, session_coder):
    corpus = _corpus(tmp_path / "corpus", 3)
    (corpus / "bad.jsonl").write_text('{"text": 1}\n', encoding="utf-8")
    db = str(tmp_path / "cli.duckdb")
    result = _invoke("ingest", str(corpus), "--db", db, "--published", "2024-06-01")
    assert result.exit_code == 0, result.output
    assert "ingested 3 article(s)" in result.stdout
    assert "skipped 0 already present, failed 1" in result.stdout
    assert f"failed: {corpus / 'bad.jsonl'}:1: 'text' must be a string" in result.stdout

    result = _invoke("ingest", str(corpus), "--db", db)
    assert "ingested 0 article(s), recoded 0, skipped 3 already present" in result.stdout

    result = _invoke("events", "--db", db, "--source", "RUS", "--type", "ASSAULT",
                     "--since", "2024-06-01", "--until", "2024-06-01", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 3 and {r["target_country"] for r in rows} == {"UKR"}
    assert all(r["date"] == "2024-06-01" for r in rows)

    result = _invoke("events", "--db", db, "--actor", "NATO", "--limit", "2", "-f", "csv")
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert len(rows) == 2 and rows[0]["target_country"] == "NATO"

    result = _invoke("events", "--db", db, "--cameo", "19", "--text", "shelled")
    assert result.exit_code == 0 and "ASSAULT" in result.stdout

    out = tmp_path / "events.tsv"
    result = _invoke("export", "--format", "gdelt", str(out), "--db", db)
    assert result.exit_code == 0, result.output
    assert {len(line.split("\t")) for line in out.read_text().splitlines()} == {61}

    result = _invoke("sql", "SELECT count(*) AS n FROM articles", "--db", db, "-f", "jsonl")
    assert json.loads(result.stdout) == {"n": 3}
    result = _invoke("sql", "DELETE FROM events", "--db", db)
    assert result.exit_code == 1
    assert "refused: DELETE" in _one_error(result)
    assert _consistent(Path(db))[0] == 3


def test_cli_errors_are_one_line(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n")
    for args in (("events", "--db", str(notes)), ("sql", "SELECT 1", "--db", str(notes)),
                 ("ingest", str(notes), "--db", str(notes))):
        result = _invoke(*args)
        assert result.exit_code == 1
        assert "not a DuckDB database" in _one_error(result)
    assert notes.read_text() == "not a database\n"
    result = _invoke("events", "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 1 and "no store here" in _one_error(result)
    result = _invoke("events", "--db", str(tmp_path / "none.duckdb"), "--since", "soon")
    assert "no store here" in _one_error(result)


def test_cli_events_and_export_with_min_confidence(rated_file, tmp_path):
    result = _invoke("events", "--db", str(rated_file), "--min-confidence", "0.6", "-f", "jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    with Store.open(rated_file, read_only=True) as opened:
        assert [r["id"] for r in rows] == [r["id"] for r in opened.events(min_confidence=0.6)]
    assert [(r["id"], r["confidence"]) for r in rows] == [
        (EVENT[label].id, CONFIDENCE[label]) for label in SURE]
    result = _invoke("events", "--db", str(rated_file), "--type", "ASSAULT")
    assert result.exit_code == 0 and "conf." in result.stdout and "0.90" in result.stdout
    out = tmp_path / "sure.jsonl"
    result = _invoke("export", "--format", "jsonl", str(out), "--db", str(rated_file),
                     "--min-confidence", "0.6")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("exported 3 event(s)")
    assert len(out.read_text().splitlines()) == 3
    for command in (("events",), ("export", "--format", "csv", str(tmp_path / "x.csv"))):
        for value in ("1.5", "-1", "nan"):
            result = _invoke(*command, "--db", str(rated_file), "--min-confidence", value)
            assert result.exit_code == 1, result.output
            assert f"--min-confidence must be a number from 0 to 1, got {float(value)}" in (
                _one_error(result))
    assert not (tmp_path / "x.csv").exists()


# -- crashes and bad disks ---------------------------------------------------------------------

CLI = [sys.executable, "-m", "eventscope.cli"]


def test_kill_9_mid_ingest_loses_nothing_committed_and_resumes(tmp_path, coder, session_coder):
    corpus = _corpus(tmp_path / "corpus", 60)
    db = tmp_path / "crash.duckdb"
    Store.open(db).close()  # the schema is committed; the next write is the first article
    wal = Path(f"{db}.wal")
    process = subprocess.Popen([*CLI, "ingest", str(corpus), "--db", str(db),
                                "--batch-size", "2"], cwd=tmp_path,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not (wal.exists() and wal.stat().st_size > 0):
            assert process.poll() is None, "ingest ended before writing anything"
            assert time.monotonic() < deadline, "ingest wrote nothing within 60 s"
            time.sleep(0.005)
        time.sleep(0.05)  # a few more batches, then kill it wherever it is
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == -signal.SIGKILL
    stored, _ = _consistent(db)
    assert 0 < stored < 60, f"{stored} articles stored: the kill did not land mid-ingest"

    result = _invoke("ingest", str(corpus), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert f"ingested {60 - stored} article(s), recoded 0, skipped {stored}" in result.stdout
    expected = sorted(e.id for r in coder.pipe(read_articles([corpus])) for e in r.events)
    with Store.open(db, read_only=True) as opened:
        assert sorted(row["id"] for row in opened.events()) == expected
    assert _consistent(db) == (60, len(expected))


def _no_big_files(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_a_full_disk_gives_one_line_and_keeps_the_store(tmp_path, session_coder):
    db = tmp_path / "full.duckdb"
    with Store.open(db) as opened:
        opened.add_many(RESULTS)
    corpus = _corpus(tmp_path / "corpus", 12)
    run = subprocess.run([*CLI, "ingest", str(corpus), "--db", str(db), "--batch-size", "4"],
                         cwd=tmp_path, capture_output=True, text=True,
                         preexec_fn=_no_big_files(8_000), timeout=120)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "cannot write to the store" in errors[0], run.stderr
    assert "disk full?" in errors[0]
    stored, _ = _consistent(db)
    assert 3 <= stored < 15
    with Store.open(db, read_only=True) as opened:
        assert {row["id"] for row in opened.events(type="AID")} == {EVENT["e3"].id}
    result = _invoke("ingest", str(corpus), "--db", str(db))  # space again: the rest goes in
    assert result.exit_code == 0, result.output
    assert _consistent(db)[0] == 15


def test_a_read_only_folder_gives_one_line_and_keeps_the_store(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    db = folder / "s.duckdb"
    with Store.open(db) as opened:
        opened.add_many(RESULTS[:2])
    before = db.read_bytes()
    db.chmod(0o444)
    folder.chmod(0o555)
    try:
        if os.access(db, os.W_OK) or os.access(folder, os.W_OK):
            pytest.skip("permissions are not enforced for this user (root)")
        with pytest.raises(StoreError, match="permission denied|not writable") as info:
            with Store.open(db) as opened:
                opened.add(RESULTS[2])
        assert "\n" not in str(info.value)
        with pytest.raises(StoreError, match="cannot create|permission denied"):
            Store.open(folder / "new.duckdb")
    finally:
        folder.chmod(0o755)
        db.chmod(0o644)
    assert db.read_bytes() == before
    assert _consistent(db) == (2, 4)
