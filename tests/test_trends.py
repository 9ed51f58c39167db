"""Trends and escalation alerts over canonical events, on real stores in a temporary folder.

The first tests code the strike-and-meeting corpus of ``test_stories`` with the session's
Coder; the escalation tests write coded results made by hand (no spaCy): a dyad that talks for
weeks, then threatens, then strikes.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from corpus import MEETING, STRIKE
from typer.testing import CliRunner

from eventscope.analyse.alerts import alerts, escalation, index
from eventscope.analyse.stories import build_stories
from eventscope.analyse.trends import plot, time_series
from eventscope.cli import app
from eventscope.errors import StoreError
from eventscope.ingest import article_from_text
from eventscope.model import Actor, Article, Event, EventDate, Location, Result, Span
from eventscope.store import Store

MONDAY = date(2024, 6, 3)


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory, coder):
    path = tmp_path_factory.mktemp("trends") / "corpus.duckdb"
    articles = [article_from_text(text, published=MONDAY, outlet=outlet,
                                  url=f"https://{outlet.lower()}.example/{i}")
                for i, (outlet, text) in enumerate(STRIKE + MEETING)]
    with Store.open(path) as store:
        store.add_many(list(coder.pipe(articles)))
    return path


def test_the_strike_is_counted_once_with_three_sources(corpus_file):
    with Store.open(corpus_file) as store:
        raw = store.con.execute("SELECT count(*) FROM events WHERE source_country = 'RUS'"
                                ).fetchone()[0]
        assert raw >= 3
        series = time_series(store, actor="RUS")  # builds the canonical events first
        # the strike (three outlets) and Ukraine's accusation of it (two outlets)
        assert [(p.start, p.events, p.material_conflict, p.verbal_conflict, p.sources)
                for p in series.periods] == [(MONDAY, 2, 1, 1, 5)]
        assert series.periods[0].goldstein_sum < -5
        dyad = time_series(store, dyad="RUS-UKR", freq="day")
        assert [(p.start, p.events, p.sources) for p in dyad.periods] == [(MONDAY, 1, 3)]
        everyone = time_series(store, freq="month")
        assert len(everyone.periods) == 1
        period = everyone.periods[0]
        assert period.start == date(2024, 6, 1) and period.end == date(2024, 6, 30)
        assert period.material_conflict == 1 and period.verbal_cooperation >= 1


def test_trends_command_and_plots(corpus_file, tmp_path):
    runner = CliRunner()
    png, page = tmp_path / "rus.png", tmp_path / "rus.html"
    result = runner.invoke(app, ["trends", "--db", str(corpus_file), "--actor", "RUS",
                                 "--plot", str(png), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["periods"][0]["material_conflict"] == 1 and data["periods"][0]["sources"] == 5
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    result = runner.invoke(app, ["trends", "--db", str(corpus_file), "--dyad", "RUS-UKR",
                                 "--freq", "day", "--since", "2024-06-01", "--until",
                                 "2024-06-05", "--plot", str(page)])
    assert result.exit_code == 0, result.output
    assert "canonical events, RUS-UKR, by day" in result.stdout
    html = page.read_text()
    assert "<svg" in html and "<script" not in html.lower() and "http" not in html.replace(
        "http://www.w3.org/2000/svg", "")
    assert html.count("<tr>") == 1 + 5  # header and the five days, zeros filled in
    result = runner.invoke(app, ["trends", "--db", str(corpus_file), "--dyad", "RUS",
                                 "--plot", str(tmp_path / "x.pdf")])
    assert result.exit_code == 1 and "--dyad must be two actor codes" in result.stderr


def test_bad_arguments_are_one_error(corpus_file, tmp_path):
    with Store.open(corpus_file) as store:
        with pytest.raises(StoreError, match="not both"):
            time_series(store, dyad="RUS-UKR", actor="RUS")
        with pytest.raises(StoreError, match="--freq"):
            time_series(store, freq="year")
        with pytest.raises(StoreError, match="--since"):
            time_series(store, since="June")
        with pytest.raises(StoreError, match="is after --until"):
            alerts(store, since="2024-06-10", until="2024-06-01")
        with pytest.raises(StoreError, match=r"\.png or \.html"):
            plot(time_series(store), tmp_path / "chart.pdf")


# -- escalation --------------------------------------------------------------------------------

VEN = Actor("Venezuela", "VEN", "GOV", "Venezuela")
COL = Actor("Colombia", "COL", "GOV", "Colombia")
RUS = Actor("Russia", "RUS", "MIL", "Russia")
UKR = Actor("Ukraine", "UKR", None, "Ukraine")
PLACES = {name: Location(name, country, None, None, None, "city") for name, country in (
    ("Caracas", "VEN"), ("Bogota", "COL"), ("Cucuta", "COL"), ("Maracaibo", "VEN"),
    ("Arauca", "COL"), ("Kharkiv", "UKR"), ("Odesa", "UKR"), ("Dnipro", "UKR"))}
START = date(2024, 1, 1)  # a Monday
#: (kind, CAMEO, PLOVER, Goldstein, QuadClass, sentence)
KINDS = {
    "talks": ("040", "CONSULT", 1.0, 1,
              "Venezuelan and Colombian officials held talks in {city} on {topic}."),
    "threat": ("138", "THREATEN", -7.0, 3,
               "Venezuela threatened Colombia with force over {topic}, speaking in {city}."),
    "strike": ("190", "ASSAULT", -10.0, 4,
               "Venezuelan troops attacked Colombian border posts near {city} over {topic}."),
}
TOPICS = ("trade", "migration", "smuggling", "oil", "fishing rights", "the river border",
          "energy", "bridges", "tariffs", "refugees", "security", "water")
#: week -> the dyad's happenings: (kind, weekday, city, outlets reporting it)
WEEKS = {
    0: [("talks", 0, "Caracas", 1), ("talks", 3, "Bogota", 2), ("talks", 5, "Cucuta", 1)],
    1: [("talks", 1, "Bogota", 1), ("talks", 4, "Maracaibo", 1), ("talks", 6, "Caracas", 1)],
    2: [("talks", 0, "Cucuta", 2), ("talks", 3, "Caracas", 1), ("talks", 6, "Bogota", 1)],
    3: [("talks", 1, "Maracaibo", 1), ("talks", 4, "Bogota", 1), ("talks", 6, "Cucuta", 1)],
    4: [("talks", 0, "Caracas", 1), ("talks", 3, "Bogota", 1), ("threat", 5, "Maracaibo", 2)],
    5: [("talks", 0, "Cucuta", 1), ("threat", 2, "Caracas", 2), ("threat", 5, "Bogota", 1)],
    6: [("strike", 0, "Cucuta", 3), ("strike", 3, "Arauca", 2), ("strike", 6, "Bogota", 2),
        ("talks", 2, "Caracas", 1)],
}
ALERT_WEEK = START + timedelta(weeks=6)


def _results(confidence: dict[str, float | None] | None = None) -> list[Result]:
    """The dyads' reports; ``confidence``: the confidence of each kind of VEN-COL event
    (the war's events have none, as if stored before events were rated)."""
    results = []
    n = 0
    for week, happenings in WEEKS.items():
        for kind, weekday, city, outlets in happenings:
            cameo, plover, goldstein, quad, sentence = KINDS[kind]
            day = START + timedelta(weeks=week, days=weekday)
            n += 1
            text = sentence.format(city=city, topic=TOPICS[n % len(TOPICS)])
            for outlet in range(outlets):
                results.append(_result(f"h{n}-{outlet}", f"{kind.title()} in {city}\n{text}",
                                       day, VEN, COL, cameo, plover, goldstein, quad, city,
                                       (confidence or {}).get(kind)))
    # a dyad at war all along: its baseline is war, so it raises nothing after its first week
    for week in range(7):
        for weekday, city in ((1, "Kharkiv"), (4, "Odesa"), (6, "Dnipro")):
            day = START + timedelta(weeks=week, days=weekday)
            text = (f"Russian strike on {city}\nRussian forces struck {city} on {day}, "
                    f"hitting district {weekday + week * 7}.")
            results.append(_result(f"war-{day}", text, day, RUS, UKR, "190", "ASSAULT", -10.0,
                                   4, city))
    return results


def _result(name, text, day, source, target, cameo, plover, goldstein, quad, city,
            confidence=None) -> Result:
    url = f"https://outlet{name[-1]}.example/{name}"
    article = Article(id=Article.make_id(url, text), text=text, url=url,
                      outlet=f"Outlet {name[-1]}", title=text.split("\n")[0], published=day)
    sentence = text.split("\n")[1]
    start = text.index(sentence)
    span = Span(sentence, start, start + len(sentence))
    event = Event(id=f"{article.id}-0", article_id=article.id, sentence=1, evidence=span,
                  trigger=span, source=source, target=target, plover_type=plover,
                  plover_mode=None, cameo_code=cameo, cameo_name=plover, goldstein=goldstein,
                  quad_class=quad, date=EventDate(day.isoformat(), "day"),
                  location=PLACES[city], confidence=confidence)
    return Result(article=article, events=(event,), glance=(span,))


@pytest.fixture(scope="module")
def dyad_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("alerts") / "dyad.duckdb"
    with Store.open(path) as store:
        store.add_many(_results())
        build_stories(store)
    return path


def test_the_index_formula():
    assert index(1.0, -10.0, 0.0, 1.0) == pytest.approx(1.0 + 11 / 20)
    assert index(0.0, 1.0, 0.0, 1.0) == 0.0
    assert index(0.5, None, 0.25, 0.0) == pytest.approx(0.25)


def test_one_strike_reported_three_times_counts_once(dyad_file):
    with Store.open(dyad_file, read_only=True) as store:
        series = time_series(store, dyad="VEN-COL", since=START)
        assert [p.events for p in series.periods] == [3, 3, 3, 3, 3, 3, 4]
        last = series.periods[-1]
        assert (last.material_conflict, last.verbal_cooperation, last.sources) == (3, 1, 8)


def test_the_index_rises_with_the_shift_and_alerts_in_the_right_week(dyad_file):
    with Store.open(dyad_file, read_only=True) as store:
        weekly = {d.start: d for d in escalation(store, dyad="VEN-COL")}
        assert sorted(weekly) == [START + timedelta(weeks=w) for w in range(7)]
        before = [weekly[START + timedelta(weeks=w)].index for w in range(6)]
        assert max(before) < 0.5  # talks, then threats: warmer, no alert
        assert before[5] > before[3]  # the threats already push it up
        jump = weekly[ALERT_WEEK]
        assert jump.index >= 0.5 and jump.share == 0.75 and jump.baseline_share == 0.0
        found = alerts(store)
    assert [(a.dyad, a.start) for a in found] == [("RUS-UKR", START), ("VEN-COL", ALERT_WEEK)]
    alert = found[1]
    assert alert.events == 4 and alert.material_conflict == 3
    assert [d["plover_type"] for d in alert.drivers] == ["ASSAULT"] * 3
    assert sorted(d["n_sources"] for d in alert.drivers) == [2, 2, 3]
    assert all(START + timedelta(weeks=6) <= d["date"] <= START + timedelta(weeks=6, days=6)
               for d in alert.drivers)


def test_alert_options(dyad_file):
    with Store.open(dyad_file, read_only=True) as store:
        assert [a.dyad for a in alerts(store, since=START + timedelta(weeks=1))] == ["VEN-COL"]
        assert alerts(store, dyad="VEN-COL", min_events=5) == []
        assert alerts(store, dyad="VEN-COL", threshold=1.9) == []
        # by month: January's talks are the baseline of February's threats and strikes
        monthly = escalation(store, dyad="VEN-COL", freq="month")
        assert [(d.start, d.events, d.material_conflict) for d in monthly] == [
            (date(2024, 1, 1), 13, 0), (date(2024, 2, 1), 9, 3)]
        assert [a.start for a in alerts(store, dyad="VEN-COL", freq="month")] == [
            date(2024, 2, 1)]


def test_alerts_command(dyad_file):
    runner = CliRunner()
    result = runner.invoke(app, ["alerts", "--db", str(dyad_file), "--actor", "COL",
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert [(a["dyad"], a["start"]) for a in found] == [("VEN-COL", ALERT_WEEK.isoformat())]
    assert len(found[0]["drivers"]) == 3
    result = runner.invoke(app, ["alerts", "--db", str(dyad_file), "--dyad", "VEN-COL"])
    assert result.exit_code == 0, result.output
    assert f"{ALERT_WEEK} to {ALERT_WEEK + timedelta(days=6)}  VEN-COL" in result.stdout
    assert "reported by 3 source(s)" in result.stdout


# -- confidence --------------------------------------------------------------------------------

#: threats are sure, strikes are not; talks and the war were stored before events were rated
RATED = {"talks": None, "threat": 0.9, "strike": 0.2}


@pytest.fixture(scope="module")
def rated_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("rated") / "rated.duckdb"
    with Store.open(path) as store:
        store.add_many(_results(RATED))
        build_stories(store)
    return path


def test_min_confidence_leaves_unsure_canonical_events_out_of_trends(rated_file):
    with Store.open(rated_file, read_only=True) as store:
        counts = {m: [p.events for p in time_series(store, dyad="VEN-COL", since=START,
                                                    min_confidence=m).periods]
                  for m in (None, 0.1, 0.5)}
        war = time_series(store, dyad="RUS-UKR", since=START, min_confidence=1.0)
        cucuta = store.con.execute(
            "SELECT n_sources, confidence FROM canonical_events WHERE plover_type = 'ASSAULT' "
            "AND location_name = 'Cucuta'").fetchall()
    assert counts[None] == counts[0.1] == [3, 3, 3, 3, 3, 3, 4]
    assert counts[0.5] == [3, 3, 3, 3, 3, 3, 1]  # the three strikes (0.2) are left out
    assert [p.events for p in war.periods] == [3] * 7  # no confidence: kept
    assert cucuta == [(3, 0.2)]


def test_min_confidence_decides_which_alerts_are_raised(rated_file):
    with Store.open(rated_file, read_only=True) as store:
        assert [(a.dyad, a.start) for a in alerts(store, min_confidence=0.1)] == [
            ("RUS-UKR", START), ("VEN-COL", ALERT_WEEK)]
        sure = alerts(store, min_confidence=0.5)
        weekly = {d.start: d for d in escalation(store, dyad="VEN-COL", min_confidence=0.5)}
        driven = alerts(store, dyad="VEN-COL", min_confidence=0.1)[0].drivers
        with pytest.raises(StoreError, match="--min-confidence must be a number from 0 to 1"):
            alerts(store, min_confidence=1.5)
        with pytest.raises(StoreError, match="--min-confidence"):
            time_series(store, min_confidence=-1)
    assert [(a.dyad, a.start) for a in sure] == [("RUS-UKR", START)]
    assert (weekly[ALERT_WEEK].events, weekly[ALERT_WEEK].material_conflict) == (1, 0)
    assert [d["confidence"] for d in driven] == [0.2] * 3


def _recommend(monkeypatch, **thresholds: float) -> None:
    """Make the shipped calibration recommend these thresholds."""
    import eventscope.confidence as confidence

    monkeypatch.setattr(confidence, "shipped",
                        lambda: SimpleNamespace(threshold=lambda use: thresholds[use]))


def test_trends_and_alerts_commands_default_to_the_recommended_thresholds(rated_file,
                                                                          monkeypatch):
    from eventscope.confidence import shipped

    runner = CliRunner()
    db = ["--db", str(rated_file), "--format", "json"]
    result = runner.invoke(app, ["trends", "--dyad", "VEN-COL", *db])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["min_confidence"] == shipped().threshold("trends")
    _recommend(monkeypatch, trends=0.5, alerts=0.5)
    result = runner.invoke(app, ["trends", "--dyad", "VEN-COL", "--since", str(START), *db])
    assert [p["events"] for p in json.loads(result.stdout)["periods"]][-1] == 1
    result = runner.invoke(app, ["alerts", "--actor", "COL", *db])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []
    result = runner.invoke(app, ["alerts", "--actor", "COL", "--min-confidence", "0", *db])
    assert [a["start"] for a in json.loads(result.stdout)] == [ALERT_WEEK.isoformat()]
    _recommend(monkeypatch, trends=0.1, alerts=0.1)
    result = runner.invoke(app, ["alerts", "--actor", "COL", *db])
    assert [a["start"] for a in json.loads(result.stdout)] == [ALERT_WEEK.isoformat()]
    result = runner.invoke(app, ["alerts", "--actor", "COL", "--min-confidence", "0.5",
                                 "--db", str(rated_file)])
    assert "no alerts (threshold 0.5, at least 3 events, confidence 0.5 or more)" in (
        result.stdout)
    for command in ("trends", "alerts"):
        for value in ("1.5", "-1"):
            result = runner.invoke(app, [command, "--min-confidence", value, *db])
            assert result.exit_code == 1, result.output
            lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
            assert lines == [f"error: --min-confidence must be a number from 0 to 1, got "
                             f"{float(value)}"], result.stderr
            assert "Traceback" not in result.output
