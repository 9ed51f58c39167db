"""Stories and canonical events, on real stores in a temporary folder.

The corpus test codes five short articles with the session's Coder: three outlets report the
same strike in different words, two report an unrelated meeting. The other tests build coded
results directly (no spaCy) to pin down one rule each.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from corpus import MEETING, STRIKE
from typer.testing import CliRunner

from eventscope.analyse.stories import (
    TABLES,
    build_stories,
    ensure_built,
    is_built,
    lead,
    open_built,
    read_stories,
    story_glance,
    tokens,
)
from eventscope.analyse.trends import time_series
from eventscope.cli import app
from eventscope.errors import StoreError
from eventscope.ingest import article_from_text
from eventscope.model import Actor, Article, Event, EventDate, Location, Modality, Result, Span
from eventscope.store import Store

ROOT = Path(__file__).resolve().parents[1]
MONDAY = date(2024, 6, 3)

def corpus_articles() -> list[Article]:
    return [article_from_text(text, published=MONDAY, outlet=outlet,
                              url=f"https://{outlet.lower()}.example/{i}")
            for i, (outlet, text) in enumerate(STRIKE + MEETING)]


@pytest.fixture(scope="module")
def corpus_results(coder) -> list[Result]:
    return list(coder.pipe(corpus_articles()))


@pytest.fixture
def corpus_store(tmp_path, corpus_results):
    with Store.open(tmp_path / "corpus.duckdb") as store:
        store.add_many(corpus_results)
        build_stories(store)
        yield store


# -- the corpus: three outlets on one strike, two on a meeting -----------------------------------


def test_the_corpus_makes_two_stories(corpus_store):
    found = read_stories(corpus_store)
    assert len(found) == 2
    strike, meeting = found
    assert sorted(a["outlet"] for a in strike["articles"]) == ["AP", "BBC", "Reuters"]
    assert sorted(a["outlet"] for a in meeting["articles"]) == ["AFP", "Reuters"]
    assert "Kharkiv" in strike["title"]
    assert strike["n_articles"] == 3 and strike["n_outlets"] == 3
    assert strike["first_date"] == strike["last_date"] == MONDAY
    assert {"RUS"} <= set(strike["countries"])
    assert {"ARG", "BRA"} <= set(meeting["countries"])


def test_the_strike_is_one_canonical_event_with_three_sources(corpus_store):
    con = corpus_store.con
    raw = con.execute("SELECT count(*) FROM events WHERE quad_class = 4").fetchone()[0]
    assert raw >= 3  # every outlet's report stays queryable
    rows = con.execute("SELECT id, source_country, plover_type, n_sources, n_outlets, n_events "
                       "FROM canonical_events WHERE quad_class = 4").fetchall()
    assert len(rows) == 1
    canonical_id, source, plover, n_sources, n_outlets, n_events = rows[0]
    assert (source, plover, n_sources, n_outlets, n_events) == ("RUS", "ASSAULT", 3, 3, raw)
    sources = con.execute(
        "SELECT s.article_id, s.outlet, s.evidence_text, s.evidence_start, s.evidence_end, "
        "a.text FROM canonical_sources s JOIN articles a ON a.id = s.article_id "
        "WHERE s.canonical_id = ?", [canonical_id]).fetchall()
    assert {outlet for _, outlet, *_ in sources} == {"Reuters", "AP", "BBC"}
    for _, _, evidence, start, end, text in sources:  # every span is verifiable
        assert text[start:end] == evidence


def test_every_raw_event_belongs_to_exactly_one_canonical_event(corpus_store):
    con = corpus_store.con
    raw = con.execute("SELECT count(*) FROM events").fetchone()[0]
    listed = con.execute("SELECT count(*), count(DISTINCT event_id) FROM canonical_sources"
                         ).fetchone()
    assert listed == (raw, raw)
    assert con.execute("SELECT count(*) FROM canonical_sources WHERE representative"
                       ).fetchone()[0] == con.execute("SELECT count(*) FROM canonical_events"
                                                      ).fetchone()[0]


def test_a_story_has_its_own_glance_of_exact_spans(corpus_store):
    for story in read_stories(corpus_store):
        points = story["glance"]
        assert 3 <= len(points) <= 6
        texts = dict(corpus_store.con.execute("SELECT id, text FROM articles").fetchall())
        for point in points:
            assert texts[point["article_id"]][point["start"]:point["end"]] == point["text"]
        words = [set(tokens(p["text"])) for p in points]
        for i in range(len(words)):  # no near-duplicates
            for j in range(i):
                shared = len(words[i] & words[j]) / min(len(words[i]), len(words[j]))
                assert shared < 0.5
        assert points[0]["support"] >= 1  # the point several outlets make comes first


def test_rebuilding_replaces_the_tables(corpus_store):
    def snapshot():
        out = {}
        for table in TABLES:
            query = (f"SELECT * FROM {table}" if table != "stories_build" else
                     "SELECT fingerprint, articles, events, stories, canonical_events "
                     "FROM stories_build")
            out[table] = sorted(map(repr, corpus_store.con.execute(query).fetchall()))
        return out

    first = snapshot()
    assert is_built(corpus_store)
    assert ensure_built(corpus_store) is None  # current: nothing to do
    report = ensure_built(corpus_store, rebuild=True)
    assert report.stories == 2 and report.canonical_events == len(first["canonical_events"])
    assert snapshot() == first
    assert len(first["stories_build"]) == 1


def test_the_tables_follow_the_store(corpus_store, corpus_results):
    results = corpus_results
    corpus_store.add(_result("later", "Chinese coast guard rams Philippine boat\nThe Chinese "
                             "coast guard rammed a Philippine supply boat near the Second "
                             "Thomas Shoal.", date(2024, 6, 20),
                             [("The Chinese coast guard rammed", CHN, PHL, "COERCE", "170",
                               -7.0, 4, None)]))
    assert not is_built(corpus_store)
    assert ensure_built(corpus_store).stories == 3
    corpus_store.delete_article(results[0].article.id)
    assert not is_built(corpus_store)
    ensure_built(corpus_store)
    counts = corpus_store.con.execute(
        "SELECT n_sources FROM canonical_events WHERE plover_type = 'ASSAULT'").fetchall()
    assert counts == [(2,)]


def test_a_read_only_store_is_not_built(tmp_path, corpus_results):
    path = tmp_path / "ro.duckdb"
    with Store.open(path) as store:
        store.add_many(corpus_results)
    with Store.open(path, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            build_stories(store)


def test_stories_command(tmp_path, corpus_results):
    path = tmp_path / "cli.duckdb"
    with Store.open(path) as store:
        store.add_many(corpus_results)
    runner = CliRunner()
    result = runner.invoke(app, ["stories", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert "reported by 3 source(s): AP, BBC, Reuters" in result.output
    assert "reported by 2 source(s): AFP, Reuters" in result.output
    assert "built 2 stories" in result.stderr
    result = runner.invoke(app, ["stories", "--db", str(path), "--format", "json",
                                 "--min-sources", "3"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert len(found) == 1 and found[0]["n_articles"] == 3
    assert found[0]["events"][0]["n_sources"] == 3
    assert len(found[0]["events"][0]["sources"]) >= 3
    assert "built" not in result.stderr  # the second run read the current tables


def test_analysis_commands_do_not_load_spacy(tmp_path, corpus_results):
    path = tmp_path / "nospacy.duckdb"
    with Store.open(path) as store:
        store.add_many(corpus_results)
    script = (
        "import sys\nfrom typer.testing import CliRunner\nfrom eventscope.cli import app\n"
        f"db = {str(path)!r}\n"
        "for args in (['stories'], ['trends', '--actor', 'RUS'], ['alerts']):\n"
        "    result = CliRunner().invoke(app, [*args, '--db', db])\n"
        "    assert result.exit_code == 0, result.output\n"
        "assert 'spacy' not in sys.modules, 'spaCy was imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr


# -- rules, on coded results made by hand ------------------------------------------------------

RUS = Actor("Russian forces", "RUS", "MIL", "Russia")
UKR = Actor("Ukraine", "UKR", None, "Ukraine")
CHN = Actor("China", "CHN", "GOV", "China")
PHL = Actor("the Philippines", "PHL", None, "Philippines")
KHARKIV = Location("Kharkiv", "UKR", 706483, 49.98, 36.25, "city")
ODESA = Location("Odesa", "UKR", 698740, 46.48, 30.73, "city")


def _result(name: str, text: str, published: date | None, events: list[tuple],
            outlet: str = "Example") -> Result:
    """A coded article; each event is (evidence, source, target, PLOVER, CAMEO, Goldstein,
    QuadClass, location[, modality])."""
    url = f"https://{outlet.lower()}.example/{name}"
    article = Article(id=Article.make_id(url, text), text=text, url=url, outlet=outlet,
                      title=text.split("\n")[0], published=published)
    coded = []
    for i, (evidence, source, target, plover, cameo, goldstein, quad, where, *rest) in \
            enumerate(events):
        start = text.index(evidence)
        span = Span(evidence, start, start + len(evidence))
        coded.append(Event(
            id=f"{article.id}-{i}", article_id=article.id, sentence=0, evidence=span,
            trigger=span, source=source, target=target, plover_type=plover, plover_mode=None,
            cameo_code=cameo, cameo_name=cameo, goldstein=goldstein, quad_class=quad,
            modality=rest[0] if rest else Modality(),
            date=EventDate(published.isoformat() if published else None, "day"),
            location=where))
    sentences = [s for s in text.split("\n")[1:] if s]
    glance = []
    for sentence in sentences:
        start = text.index(sentence)
        glance.append(Span(sentence, start, start + len(sentence)))
    return Result(article=article, events=tuple(coded), glance=tuple(glance))


def _build(tmp_path, results: list[Result]) -> Store:
    store = Store.open(tmp_path / "rules.duckdb")
    store.add_many(results)
    build_stories(store)
    return store


def _story_sizes(store) -> list[int]:
    return sorted(r[0] for r in store.con.execute("SELECT n_articles FROM stories").fetchall())


STRIKE_TEXT = ("Russian strike hits Kharkiv\nRussian forces struck an energy facility in Kharkiv "
               "overnight with drones and missiles, regional governor Oleh Syniehubov said.")


def test_the_same_text_a_week_apart_is_two_stories(tmp_path):
    event = [("Russian forces struck", RUS, UKR, "ASSAULT", "190", -10.0, 4, KHARKIV)]
    store = _build(tmp_path, [
        _result("a", STRIKE_TEXT, MONDAY, event, "Reuters"),
        _result("b", STRIKE_TEXT, date(2024, 6, 4), event, "AP"),
        _result("c", STRIKE_TEXT, date(2024, 6, 11), event, "BBC"),
    ])
    assert _story_sizes(store) == [1, 2]
    assert store.con.execute("SELECT count(*) FROM canonical_events").fetchone()[0] == 2


def test_different_cities_or_actors_are_different_stories(tmp_path):
    odesa = STRIKE_TEXT.replace("Kharkiv", "Odesa")
    store = _build(tmp_path, [
        _result("a", STRIKE_TEXT, MONDAY,
                [("Russian forces struck", RUS, UKR, "ASSAULT", "190", -10.0, 4, KHARKIV)]),
        _result("b", odesa, MONDAY,
                [("Russian forces struck", RUS, UKR, "ASSAULT", "190", -10.0, 4, ODESA)]),
        _result("c", STRIKE_TEXT.replace("Russian", "Chinese"), MONDAY,
                [("Chinese forces struck", CHN, PHL, "ASSAULT", "190", -10.0, 4, None)]),
    ])
    assert _story_sizes(store) == [1, 1, 1]


def test_canonical_events_merge_unknown_targets_and_keep_modality_apart(tmp_path):
    text = ("Russian strike hits Kharkiv\nRussian forces struck Kharkiv. Russia attacked "
            "Ukraine again. Russia did not attack the city of Sumy, officials insisted.")
    store = _build(tmp_path, [_result("a", text, MONDAY, [
        ("Russian forces struck", RUS, None, "ASSAULT", "190", -10.0, 4, KHARKIV),
        ("Russia attacked Ukraine", RUS, UKR, "ASSAULT", "190", -10.0, 4, None),
        ("Russia did not attack", RUS, UKR, "ASSAULT", "190", -10.0, 4, None,
         Modality(negated=True)),
    ])])
    rows = store.con.execute("SELECT target_country, asserted, n_events FROM canonical_events "
                             "ORDER BY asserted").fetchall()
    assert rows == [("UKR", False, 1), ("UKR", True, 2)]


def test_copied_wire_evidence_merges_across_stories(tmp_path):
    wire = "Russian forces shelled the Kharkiv region for the third night running"
    first = f"Kharkiv shelled again\n{wire}, the governor said."
    second = ("Grain exports rise\nUkraine's grain exports rose in May, traders said. Ports "
              f"handled record volumes. Prices fell slightly. {wire}, the agency reported.")
    events = [(wire, RUS, UKR, "ASSAULT", "190", -10.0, 4, None)]
    store = _build(tmp_path, [_result("a", first, MONDAY, events, "Reuters"),
                              _result("b", second, date(2024, 6, 4), events, "Wire")])
    assert _story_sizes(store) == [1, 1]
    rows = store.con.execute("SELECT n_sources FROM canonical_events").fetchall()
    assert rows == [(2,)]


def test_lead_and_tokens():
    text = "Title line\nFirst sentence here. Second one! Third? Fourth is left out."
    assert lead("Title line", text) == "Title line\nFirst sentence here. Second one! Third?"
    assert tokens("Russia's missiles struck the cities") == ["russia", "missile", "struck",
                                                              "city"]


def test_story_glance_prefers_points_several_articles_make():
    points = [
        ("a", 1, "Russian missiles struck the Kharkiv power station", 0, 10, 0.9),
        ("a", 2, "The mayor asked residents to stay calm and indoors", 11, 20, 0.9),
        ("b", 1, "Missiles struck the power station in Kharkiv overnight", 0, 10, 0.8),
        ("b", 2, "Repair crews restored electricity by the evening", 11, 20, 0.8),
        ("c", 1, "Schools in the city were closed for the day", 0, 10, 0.7),
    ]
    chosen = story_glance(points)
    assert chosen[0][2] == "Russian missiles struck the Kharkiv power station"
    assert chosen[0][5] == 1
    assert len(chosen) == 3  # one point said twice, then two single ones fill up to three
    assert all("Missiles struck the power station" not in c[2] for c in chosen)


def _rated(result: Result, confidence: float | None) -> Result:
    return dataclasses.replace(result, events=tuple(
        dataclasses.replace(e, confidence=confidence) for e in result.events))


def test_a_canonical_event_is_as_sure_as_its_surest_report(tmp_path):
    strike = [("Russian forces struck", RUS, UKR, "ASSAULT", "190", -10.0, 4, KHARKIV)]
    shoal = ("Chinese coast guard rams Philippine boat\nThe Chinese coast guard rammed a "
             "Philippine supply boat near the Second Thomas Shoal.")
    ramming = [("The Chinese coast guard rammed", CHN, PHL, "COERCE", "170", -7.0, 4, None)]
    store = _build(tmp_path, [
        _rated(_result("a", STRIKE_TEXT, MONDAY, strike, "Reuters"), 0.4),
        _rated(_result("b", STRIKE_TEXT, MONDAY, strike, "AP"), 0.8),
        _result("c", STRIKE_TEXT, MONDAY, strike, "BBC"),  # stored before events were rated
        _result("d", shoal, MONDAY, ramming, "Reuters"),
    ])
    rows = store.con.execute("SELECT plover_type, n_sources, confidence FROM canonical_events "
                             "ORDER BY plover_type").fetchall()
    assert rows == [("ASSAULT", 3, 0.8), ("COERCE", 1, None)]
    events = [e for story in read_stories(store) for e in story["events"]]
    assert sorted((e["plover_type"], e["confidence"]) for e in events) == [
        ("ASSAULT", 0.8), ("COERCE", None)]
    store.close()


def test_story_tables_of_an_older_layout_are_rebuilt(tmp_path):
    strike = [("Russian forces struck", RUS, UKR, "ASSAULT", "190", -10.0, 4, KHARKIV)]
    store = _build(tmp_path, [_rated(_result("a", STRIKE_TEXT, MONDAY, strike), 0.3)])
    # as an eventscope without confidence built them
    store.con.execute("ALTER TABLE canonical_events DROP COLUMN confidence")
    assert not is_built(store)
    path = store.path
    store.close()
    with Store.open(path, read_only=True) as old:
        with pytest.raises(StoreError, match="built by an older eventscope; rebuild them with: "
                                             "eventscope stories"):
            time_series(old, min_confidence=0.5)
    store, report = open_built(path)
    with store:
        assert report is not None and report.canonical_events == 1
        assert store.con.execute("SELECT confidence FROM canonical_events").fetchall() == [
            (0.3,)]
        assert time_series(store, min_confidence=0.5).periods == []
    store, report = open_built(path)
    store.close()
    assert report is None  # current now
