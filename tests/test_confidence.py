"""Confidence: the signals of a reading, the fitted model, calibration figures, the command."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventscope.cli import app
from eventscope.confidence import (
    SIGNALS,
    Calibration,
    Sample,
    coder_fingerprint,
    describe,
    fit,
    fold_of,
    out_of_fold,
    recommend,
    reliability,
    shipped,
)
from eventscope.errors import EventscopeError
from eventscope.evaluate import Counts, GoldActor, GoldEvent, score
from eventscope.model import Actor, Article, Event, Modality, Span

TEXT = "Norway sent emergency aid to Iceland on Monday. Chile condemned Peru."
ARTICLE = Article(id="a1", text=TEXT)


def _event(evidence: str = "Norway sent emergency aid to Iceland", source: str = "NOR",
           type_: str = "AID", target: str | None = "ISL", *, how: str = "dictionary",
           number: int = 1, confidence: float | None = None,
           modality: Modality | None = None) -> Event:
    start = TEXT.index(evidence)
    span = Span(evidence, start, start + len(evidence))
    return Event(
        id=f"e{number}", article_id="a1", sentence=0, evidence=span, trigger=span,
        source=Actor(source, source, "GOV", resolved_by=how),
        target=Actor(target, target, "GOV") if target else None,
        plover_type=type_, plover_mode=None, cameo_code="070", cameo_name="", goldstein=7.0,
        quad_class=2, modality=modality or Modality(), confidence=confidence,
    )


# -- signals -----------------------------------------------------------------------------------


def test_signals_say_how_actors_were_read_and_what_is_missing() -> None:
    named = describe(_event())
    assert "source:context" not in named and "target:none" not in named
    guessed = describe(_event(how="context", target=None))
    assert {"source:context", "target:none"} <= set(guessed)
    reported = describe(_event(modality=Modality(reported=True, future=True)))
    assert {"reported", "future"} <= set(reported)
    assert all(name in SIGNALS for name in (*named, *guessed, *reported))


def test_repeated_and_echoed_come_from_the_rest_of_the_article() -> None:
    model = Calibration(0.0, {"repeated": 1.0, "echoed": 0.5})
    one = _event()
    again = replace(_event(number=2), id="e2")
    back = _event("Chile condemned Peru", "ISL", "ACCUSE", "NOR", number=3)
    alone = _event("Chile condemned Peru", "CHL", "ACCUSE", "PER", number=4)
    rated = {e.id: e for e in model.rate([one, again, back, alone])}
    assert "repeated" in rated["e1"].signals and "echoed" in rated["e1"].signals
    assert "echoed" in rated["e3"].signals and "repeated" not in rated["e3"].signals
    assert not {"repeated", "echoed"} & set(rated["e4"].signals)
    assert rated["e1"].confidence > rated["e3"].confidence > rated["e4"].confidence == 0.5


def test_rating_twice_gives_the_same_signals() -> None:
    model = shipped()
    events = model.rate([_event(), _event("Chile condemned Peru", "CHL", "ACCUSE", "PER")])
    assert model.rate(events) == events


# -- the shipped model ---------------------------------------------------------------------------


def test_shipped_weights_were_fitted_to_this_coder() -> None:
    assert shipped().coder == coder_fingerprint(), (
        "the coder changed since the confidence model was fitted: refit it with "
        "eval/calibrate.sh (see docs/confidence.md)")


@pytest.mark.parametrize("weaker", ["context", "anaphora", "word order"])
def test_a_guessed_actor_scores_below_a_named_one(weaker: str) -> None:
    model = shipped()
    named = model.rate([_event()])[0]
    guessed = model.rate([_event(how=weaker)])[0]
    assert guessed.confidence <= named.confidence
    assert f"source:{weaker}" in guessed.signals


def test_every_event_a_coder_writes_has_a_confidence(coder) -> None:
    result = coder.code("Norway sent emergency aid to Iceland on Monday. The foreign ministry "
                        "of Chile condemned Peru on Tuesday.", published="2024-05-01")
    assert result.events
    for event in result.events:
        assert 0.0 <= event.confidence <= 1.0
        assert event.confidence == round(shipped().probability(event.signals), 3)


def test_the_shipped_thresholds_are_recommended_for_alerts_and_trends() -> None:
    model = shipped()
    assert 0.0 < model.threshold("trends") <= model.threshold("alerts") < 1.0
    checked = model.fitted["cross_validated"][0]
    assert checked["ece"] <= 0.08


# -- fitting -----------------------------------------------------------------------------------


def _samples(n: int = 40) -> list[Sample]:
    """Events with "noun" are right a third of the time, the others nine times in ten."""
    out = []
    for i in range(n):
        noun = i % 2 == 0
        correct = (i % 6 == 0) if noun else (i % 10 != 1)
        out.append(Sample(f"art{i}", ("noun",) if noun else (), correct))
    return out


def test_fit_learns_a_signal_that_predicts_errors() -> None:
    intercept, weights = fit(_samples())
    assert weights["noun"] < -1.0
    model = Calibration(intercept, weights)
    assert model.probability(["noun"]) < 0.5 < model.probability([])


def test_a_weight_is_held_to_its_known_direction() -> None:
    # in these samples a context reading is right more often; its weight may not rise
    samples = [Sample(f"a{i}", ("source:context",), True) for i in range(10)]
    samples += [Sample(f"b{i}", (), i % 2 == 0) for i in range(10)]
    _, weights = fit(samples)
    assert weights.get("source:context", 0.0) == 0.0
    _, free = fit([replace(s, signals=("noun",) if s.signals else ()) for s in samples])
    assert free["noun"] > 0.5


def test_cross_validation_never_rates_an_article_with_a_model_fitted_on_it() -> None:
    samples = _samples()
    target = samples[0].article
    # a signal only the target article has: a model that saw it would weigh it
    samples[0] = replace(samples[0], signals=("echoed",), correct=True)
    models = out_of_fold(samples, {s.article for s in samples}, folds=4)
    assert "echoed" not in models[target].weights
    seen = [a for a in models if fold_of(a, 4) != fold_of(target, 4)]
    assert seen and all(models[a].weights.get("echoed", 0) > 0 for a in seen)


def test_reliability_bins_and_expected_calibration_error() -> None:
    table = reliability([(0.95, True), (0.95, True), (0.85, False), (0.15, False)])
    assert [(b.low, b.count) for b in table.bins] == [(0.1, 1), (0.8, 1), (0.9, 2)]
    # gaps: |0.15-0| + |0.85-0| + 2·|0.95-1| over 4 events
    assert table.ece == pytest.approx((0.15 + 0.85 + 0.1) / 4)


def test_recommended_thresholds() -> None:
    curve = {round(t / 20, 2): Counts(tp=tp, fp=fp, fn=100 - tp) for t, (tp, fp) in enumerate(
        [(50, 10)] * 10 + [(40, 8), (35, 5), (30, 3), (25, 2), (20, 1)] + [(10, 0)] * 6)}
    chosen = recommend(curve)
    assert chosen["alerts"] == 0.6  # 30 TP, 3 FP: the first at precision ≥ 0.90, recall ≥ 40%
    assert chosen["trends"] == 0.45  # the last keeping 95% of the recall


def test_alerts_are_never_less_strict_than_trends() -> None:
    """Precise from the start (0.90 at threshold 0): alerts need no threshold of their own, but
    they are no looser than trends."""
    curve = {round(t / 20, 2): Counts(tp=tp, fp=fp, fn=100 - tp) for t, (tp, fp) in enumerate(
        [(50, 5)] * 15 + [(49, 4), (30, 1)] + [(10, 0)] * 4)}
    chosen = recommend(curve)
    assert chosen["trends"] == 0.75
    assert chosen["alerts"] == 0.75


# -- files -------------------------------------------------------------------------------------


def test_a_calibration_file_round_trips(tmp_path: Path) -> None:
    model = Calibration(0.5, {"noun": -1.25, "echoed": 0.75}, "abc", {"alerts": 0.8},
                        {"events": 10})
    loaded = Calibration.load(model.dump(tmp_path / "c.yaml"))
    assert loaded == model


@pytest.mark.parametrize("text, problem", [
    ("intercept: [1\n", "invalid YAML"),
    ("- 1\n", "not a calibration file"),
    ("intercept: 0\nweights: {no_such_signal: 1}\n", "unknown signal(s): no_such_signal"),
    ("intercept: 0\nweights: {noun: high}\n", "must be numbers"),
])
def test_a_bad_calibration_file_is_one_line(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(EventscopeError) as caught:
        Calibration.load(path)
    assert problem in str(caught.value) and "\n" not in str(caught.value)
    assert str(path) in str(caught.value)


# -- in the evaluation -------------------------------------------------------------------------


def test_eval_reports_thresholds_and_calibration() -> None:
    gold = [GoldEvent("a1", "a1#1", "AID", GoldActor("NOR"), GoldActor("ISL"),
                      "Norway sent emergency aid to Iceland")]
    sure = _event(confidence=0.9)
    unsure = _event("Chile condemned Peru", "CHL", "ACCUSE", "PER", number=2, confidence=0.4)
    report = score(gold, {"a1": (ARTICLE, [sure, unsure])})
    assert report.thresholds[0.0].precision == 0.5
    assert report.thresholds[0.5] == Counts(tp=1, fp=0, fn=0)
    assert report.thresholds[0.9] == Counts(tp=1, fp=0, fn=0)
    assert [o.label for o in report.outcomes] == ["tp", "fp"]
    assert report.reliability.count == 2
    assert report.reliability.ece == pytest.approx((0.1 + 0.4) / 2)
    assert "calibration" in report.to_dict() and "0.50" in report.to_dict()["thresholds"]


# -- the command -------------------------------------------------------------------------------

#: articles of our own and gold events, some of which the coder gets right
_ARTICLES = {
    "c1": "Norway sent emergency aid to Iceland on Monday.",
    "c2": "Chile condemned Peru over the border dispute on Tuesday.",
    "c3": "France and Germany signed a defence agreement in Paris on Friday.",
    "c4": "Kenya expelled the Ugandan ambassador on Wednesday.",
    "c5": "Brazil praised Argentina for the trade deal.",
    "c6": "Japan accused China of violating its airspace.",
}
_GOLD = [  # c2 is coded by gold as a protest, so the coder's accusation is wrong
    ("c1", "AID", "NOR", "ISL", "Norway sent emergency aid to Iceland"),
    ("c2", "PROTEST", "CHL", "PER", "Chile condemned Peru"),
    ("c3", "AGREE", "FRA", "DEU", "France and Germany signed a defence agreement"),
    ("c4", "SANCTION", "KEN", "UGA", "Kenya expelled the Ugandan ambassador"),
    ("c5", "SUPPORT", "BRA", "ARG", "Brazil praised Argentina"),
    ("c6", "ACCUSE", "JPN", "CHN", "Japan accused China"),
]


def _corpus(tmp_path: Path) -> tuple[Path, Path]:
    articles = tmp_path / "articles.jsonl"
    articles.write_text("".join(json.dumps({"id": k, "text": v, "published": "2024-05-01"})
                                + "\n" for k, v in _ARTICLES.items()), encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps({
        "article": a, "id": f"{a}#1", "type": t, "also": [],
        "source": {"country": s, "sector": None}, "target": {"country": o, "sector": None},
        "date": None, "location": None, "evidence": e}) + "\n" for a, t, s, o, e in _GOLD),
        encoding="utf-8")
    return gold, articles


@pytest.mark.slow
def test_calibrate_writes_a_model_that_eval_and_the_coder_use(tmp_path: Path) -> None:
    gold, articles = _corpus(tmp_path)
    out = tmp_path / "mine.yaml"
    runner = CliRunner()
    fitted = runner.invoke(app, ["calibrate", str(gold), str(articles), "--out", str(out),
                                 "--folds", "2", "--plot", str(tmp_path / "cv.png")])
    assert fitted.exit_code == 0, fitted.output
    assert "cross-validation by article" in fitted.output
    assert "expected calibration error" in fitted.output
    model = Calibration.load(out)
    assert model.coder == coder_fingerprint()
    assert model.fitted["events"] >= 4 and set(model.recommended) == {"alerts", "trends"}
    assert (tmp_path / "cv.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    evaluated = runner.invoke(app, ["eval", str(gold), str(articles), "--calibration", str(out),
                                    "--plot", str(tmp_path / "eval.png")])
    assert evaluated.exit_code == 0, evaluated.output
    assert "by minimum confidence" in evaluated.output
    assert "expected calibration error" in evaluated.output
    assert (tmp_path / "eval.png").stat().st_size > 10_000


def test_calibrate_with_a_bad_gold_file_is_one_line(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["calibrate", str(gold), str(gold), "--out",
                                      str(tmp_path / "c.yaml")])
    assert result.exit_code != 0
    assert "gold.jsonl:1" in result.output and "Traceback" not in result.output


def test_every_signal_is_documented() -> None:
    page = (Path(__file__).resolve().parents[1] / "docs" / "confidence.md").read_text(
        encoding="utf-8")
    missing = [name for name in SIGNALS if f"| `{name}` |" not in page]
    assert not missing, f"docs/confidence.md lacks the signal(s) {missing}"


@pytest.mark.parametrize("command", [["demo"], ["code", "{article}"]])
def test_a_bad_calibration_in_the_environment_is_one_line(tmp_path: Path, command: list[str],
                                                           monkeypatch) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Norway sent emergency aid to Iceland.", encoding="utf-8")
    monkeypatch.setenv("EVENTSCOPE_CALIBRATION", str(tmp_path / "missing.yaml"))
    result = CliRunner().invoke(app, [c.format(article=article) for c in command])
    assert result.exit_code == 1
    assert "missing.yaml: cannot read calibration" in result.output
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)  # a clean exit, not an error raised
