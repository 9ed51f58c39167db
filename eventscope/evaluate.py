"""Scoring coded events against a hand-annotated gold standard (what ``eventscope eval`` computes).

The gold format and the scoring rules are those of the codebook the gold files follow (the
samples README and CODEBOOK.md beside the gold data):

- A gold event's span is the first occurrence of its ``evidence`` in the article text (if the
  exact text is not there, the first occurrence with runs of whitespace treated as one space;
  if that fails too, ``GoldError``). A predicted event's span is its evidence span.
- A predicted event **matches** a gold event when the spans overlap, the source countries are
  equal, the predicted PLOVER type is the gold ``type`` or in ``also``, and the predicted target
  country (``None`` when there is no target, or the target has no country) is the gold
  target's country (``None`` for a null target) or in ``also_target``. The gold country
  ``IGO`` stands for any international organisation: it matches every predicted actor whose
  ``kind`` is ``"igo"``, a person acting for one (the UN Secretary-General: a shipped
  organisation's code) and the code ``IGO`` itself.
- Codes are rolled up before they are compared, gold and predicted alike (``roll_ups``,
  default: the shipped actor dictionary's, ``actors.roll_up_table``): an organ, agency or
  mission scores as the organisation it is ``part_of`` (UNSC, UNHRC, WFP, UNIFIL, MONUSCO → UNO;
  Frontex, the ECB → EUR), and a group's own code as its home country (HMS → PSE; an
  international NGO's as its seat, MSF → CHE). A predicted actor with a ``group`` also matches
  by the group's own code, so a gold actor of a group (``{"country": "PSE", "group":
  "Hamas"}``, or one coded ``HMS``) matches a prediction of PSE, of PSE with group HMS, or of
  HMS. The gold ``group`` itself is the annotator's name of the group and is not compared.
- Predicted events are first made distinct by (span, source country, type, target country,
  negated), codes rolled up; the extra copies are counted as ``duplicates`` and otherwise
  ignored.
- Negated and hypothetical predictions are not assertions and are left out of scoring, except
  that a gold event with ``negated: true`` can be matched by negated predictions (and only by
  them). Asserted predictions can only match gold events that are not negated.
- Matching is one-to-one, by maximum bipartite matching within each article: the matched
  pairs are true positives (TP); unmatched gold events are false negatives (FN).
- An unmatched prediction that would match some gold event of the same article apart from the
  span is **neutral** (a restatement, say in the key-points box). Every other unmatched
  asserted prediction is a false positive (FP); other unmatched non-asserted predictions, and
  predictions whose CAMEO code PLOVER drops (01 public statements, 02 appeals: no PLOVER
  type), are ``left_out``.
- Precision = TP / (TP + FP), recall = TP / gold events, F1 their harmonic mean (each 0 when
  undefined); micro-averaged over the articles, and per article and per PLOVER type (TP and FN
  count under the gold type, FP and neutral under the predicted type).
- Attributes are scored as accuracy over the matched pairs: source sector (every pair; a
  null gold sector wants a prediction without sector),
  target sector (pairs whose predicted target is the gold target, not an ``also_target``),
  date (where the gold ``date`` is not null; equal ISO strings) and location (where the gold
  ``location`` is not null; equal names, ignoring case). Sectors are compared by their first
  three letters, as gold files may carry compound codes such as ``REFKUR``.
- Only articles in the gold file are scored; predicted articles without gold are counted as
  ``unscored``; gold articles without predictions count all their gold events as FN and are
  listed as ``unpredicted``. With ``only`` (a ``Split``: ``load_split`` reads one article id a
  line, ``#`` comments), only the articles listed are scored, and the report names the split.

Every error gets a cause, from the predictions (for a miss) or the gold events (for a false
positive) whose spans overlap its span; the first rule that applies decides:

- a missed gold event: a prediction agreeing in source, type and target but ``negated or
  hypothetical`` (or, asserted, ``matched elsewhere``: one-to-one matching gave it to another
  gold event); one agreeing in source and type: ``missing target`` (it has none) or ``wrong
  target``; in source and target: ``wrong type``; in type and target, or in type alone:
  ``wrong source``. With no such prediction the cause is ``no event``, which a tracer (the
  ``explain`` trace of the span's sentence, ``explain_tracer``) splits into ``missing target``
  (a dictionary trigger of the gold type, or of one of its ``also`` types, fired in the
  sentence and its reading found the source), ``no source`` (such a trigger fired, with no
  source found) and ``no trigger`` (none did). A gold article without predictions:
  ``article not coded``.
- a false positive: a gold event on its span that it matches but for polarity: ``negated or
  hypothetical``; one agreeing in source and type: ``missing target`` or ``wrong target``; in
  source and target: ``wrong type``; in type and target, or in type alone: ``wrong source``;
  none of these (or no gold event on the span at all): ``not an event``.
- Restatements are neutral and no error.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from eventscope.confidence import THRESHOLDS, Reliability, reliability
from eventscope.errors import GoldError
from eventscope.model import PLOVER_TYPES, Actor, Article, Event

_NO_TYPE = "-"
_Fail = Callable[[str], GoldError]
_EVIDENCE_WIDTH = 90
_NAMES_SHOWN = 5


# -- gold ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldActor:
    country: str
    sector: str | None = None
    #: the armed group, party, movement or NGO, as the annotator named it (not compared)
    group: str | None = None


@dataclass(frozen=True)
class GoldEvent:
    """One hand-annotated event (one line of a gold file)."""

    article: str
    id: str
    type: str
    source: GoldActor
    target: GoldActor | None
    evidence: str
    also: tuple[str, ...] = ()
    also_target: tuple[str | None, ...] = ()
    date: str | None = None
    location: str | None = None
    negated: bool = False
    note: str | None = None


def load_gold(path: str | Path) -> list[GoldEvent]:
    """The gold events of a JSON Lines file; ``GoldError`` naming file:line for a bad line."""
    where = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise GoldError(f"{where}: cannot read gold file: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise GoldError(f"{where}: not valid UTF-8 at byte offset {exc.start}") from exc
    events: list[GoldEvent] = []
    first_lines: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            event = _gold_line(line, f"{where}:{number}")
            if event.id in first_lines:
                raise GoldError(
                    f"{where}:{number}: duplicate gold id {event.id!r}"
                    f" (first on line {first_lines[event.id]})"
                )
            first_lines[event.id] = number
            events.append(event)
    if not events:
        raise GoldError(f"{where}: no gold events (expected one JSON object per line)")
    return events


def _gold_line(line: str, where: str) -> GoldEvent:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise GoldError(f"{where}: invalid JSON: {exc.msg} (column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise GoldError(f"{where}: expected a JSON object, got {_kind(record)}")
    return _gold_event(record, where)


def _gold_event(record: dict[str, Any], where: str) -> GoldEvent:
    def fail(message: str) -> GoldError:
        return GoldError(f"{where}: {message}")

    target = record.get("target")
    return GoldEvent(
        article=_required_string(record, "article", fail),
        id=_required_string(record, "id", fail),
        type=_plover_type(record.get("type"), "type", fail),
        also=tuple(_plover_type(t, "also", fail) for t in _list(record, "also", fail)),
        source=_gold_actor(record.get("source"), "source", fail),
        target=None if target is None else _gold_actor(target, "target", fail),
        also_target=tuple(_also_target(c, fail) for c in _list(record, "also_target", fail)),
        evidence=_required_string(record, "evidence", fail),
        date=_optional_string(record, "date", fail),
        location=_optional_string(record, "location", fail),
        negated=_flag(record, "negated", fail),
        note=_optional_string(record, "note", fail),
    )


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _required_string(record: dict[str, Any], name: str, fail: _Fail) -> str:
    value = record.get(name)
    if not isinstance(value, str) or not value.strip():
        raise fail(f"'{name}' must be a non-empty string, got {value!r}")
    return value


def _optional_string(record: dict[str, Any], name: str, fail: _Fail) -> str | None:
    value = record.get(name)
    if value is not None and not isinstance(value, str):
        raise fail(f"'{name}' must be a string or null, got {value!r}")
    return value or None


def _flag(record: dict[str, Any], name: str, fail: _Fail) -> bool:
    value = record.get(name, False)
    if not isinstance(value, bool):
        raise fail(f"'{name}' must be true or false, got {value!r}")
    return value


def _list(record: dict[str, Any], name: str, fail: _Fail) -> list[Any]:
    value = record.get(name)
    if value is None:
        return []
    if not isinstance(value, list):
        raise fail(f"'{name}' must be a list, got {value!r}")
    return value


def _plover_type(value: Any, name: str, fail: _Fail) -> str:
    if value not in PLOVER_TYPES:
        raise fail(f"'{name}' must hold PLOVER types ({', '.join(PLOVER_TYPES)}), got {value!r}")
    return value


def _gold_actor(value: Any, name: str, fail: _Fail) -> GoldActor:
    if not isinstance(value, dict):
        raise fail(f"'{name}' must be an object with a 'country', got {value!r}")
    country, sector, group = value.get("country"), value.get("sector"), value.get("group")
    if not isinstance(country, str) or not country.strip():
        raise fail(f"'{name}.country' must be a non-empty string, got {country!r}")
    if sector is not None and not isinstance(sector, str):
        raise fail(f"'{name}.sector' must be a string or null, got {sector!r}")
    if group is not None and not isinstance(group, str):
        raise fail(f"'{name}.group' must be a string or null, got {group!r}")
    return GoldActor(country=country, sector=sector or None, group=group or None)


def _also_target(value: Any, fail: _Fail) -> str | None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise fail(f"'also_target' must hold country codes or null, got {value!r}")
    return value


# -- splits --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Split:
    """A named part of a gold file: the articles to score (``eventscope eval --only FILE``)."""

    name: str
    ids: frozenset[str]


def load_split(path: str | Path) -> Split:
    """The article ids of a split file (one id a line; ``#`` starts a comment), named by the
    file's stem; ``GoldError`` for a file that cannot be read or lists no id."""
    where = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise GoldError(f"{where}: cannot read the list of articles: {exc.strerror or exc}"
                        ) from exc
    except UnicodeDecodeError as exc:
        raise GoldError(f"{where}: not valid UTF-8 at byte offset {exc.start}") from exc
    ids = [line.split("#", 1)[0].strip() for line in text.splitlines()]
    ids = [i for i in ids if i]
    if not ids:
        raise GoldError(f"{where}: no article ids (expected one id a line)")
    return Split(name=Path(path).stem, ids=frozenset(ids))


# -- the report ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    neutral: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _ratio(2 * self.precision * self.recall, self.precision + self.recall)

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.tp + other.tp,
            self.fp + other.fp,
            self.fn + other.fn,
            self.neutral + other.neutral,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "neutral": self.neutral,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(frozen=True)
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": self.value}


@dataclass(frozen=True)
class EventRow:
    """A missed gold event or a false positive, as the user needs to see it, with the cause of
    the error (``CAUSES``) and what decided it."""

    id: str
    article: str
    source: str | None
    type: str
    target: str | None
    evidence: str
    cause: str | None = None
    #: the prediction (for a miss) or gold event (for a false positive) that decided the cause
    detail: str | None = None
    #: the span (character offsets into the article) of the gold evidence or the prediction
    start: int | None = None
    end: int | None = None
    #: the sentence of the span and the ``explain`` trace of it (with a tracer only)
    sentence: str | None = None
    trace: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = {
            "id": self.id,
            "article": self.article,
            "source": self.source,
            "type": self.type,
            "target": self.target,
            "evidence": self.evidence,
            "cause": self.cause,
            "detail": self.detail,
        }
        if self.trace is not None:
            data["sentence"] = self.sentence
            data["trace"] = self.trace
        return data


#: why a gold event was missed, or a prediction is wrong (see the module docstring)
MISS_CAUSES = (
    "no trigger", "no source", "no event", "wrong source", "wrong type", "missing target",
    "wrong target", "negated or hypothetical", "matched elsewhere", "article not coded",
)
FP_CAUSES = ("not an event", "wrong source", "wrong type", "missing target", "wrong target",
             "negated or hypothetical")
CAUSES = tuple(dict.fromkeys((*MISS_CAUSES, *FP_CAUSES)))


@dataclass(frozen=True)
class Outcome:
    """How one distinct prediction scored: "tp" (matched a gold event), "fp", "neutral" (a
    restatement) or "left out" (not asserted, or no PLOVER type, and matched nothing)."""

    article: str
    event: Event
    label: str


@dataclass(frozen=True)
class CauseCount:
    missed: int = 0
    false_positives: int = 0

    @property
    def total(self) -> int:
        return self.missed + self.false_positives


@dataclass(frozen=True)
class Report:
    micro: Counts
    articles: dict[str, Counts]
    types: dict[str, Counts]
    source_sector: Accuracy = Accuracy()
    target_sector: Accuracy = Accuracy()
    date: Accuracy = Accuracy()
    location: Accuracy = Accuracy()
    missed: tuple[EventRow, ...] = ()
    false_positives: tuple[EventRow, ...] = ()
    #: predicted articles that have no gold events
    unscored: int = 0
    #: gold articles with no predictions at all
    unpredicted: tuple[str, ...] = ()
    #: negated or hypothetical predictions that matched nothing (not scored)
    left_out: int = 0
    #: predicted events dropped as copies of another (same span, actors, type, polarity)
    duplicates: int = 0
    #: the name of the split scored (``only``), None for the whole gold file
    split: str | None = None
    #: every distinct prediction of a scored article and how it scored
    outcomes: tuple[Outcome, ...] = ()
    #: micro counts when only the events of at least each confidence are kept (empty when no
    #: prediction carries a confidence)
    thresholds: dict[float, Counts] = field(default_factory=dict)
    #: predicted confidence against the share correct, over the TP and FP predictions
    reliability: Reliability | None = None

    def causes(self) -> dict[str, CauseCount]:
        """Errors by cause: missed gold events and false positives, most frequent first."""
        counts: dict[str, CauseCount] = {}
        for row in self.missed:
            old = counts.get(row.cause or "?", CauseCount())
            counts[row.cause or "?"] = CauseCount(old.missed + 1, old.false_positives)
        for row in self.false_positives:
            old = counts.get(row.cause or "?", CauseCount())
            counts[row.cause or "?"] = CauseCount(old.missed, old.false_positives + 1)
        order = {cause: index for index, cause in enumerate(CAUSES)}
        return dict(sorted(counts.items(),
                           key=lambda item: (-item[1].total, order.get(item[0], len(order)))))

    def to_dict(self) -> dict[str, Any]:
        errors = len(self.missed) + len(self.false_positives)
        return {
            "split": self.split,
            "micro": self.micro.to_dict(),
            "articles": {name: counts.to_dict() for name, counts in self.articles.items()},
            "types": {name: counts.to_dict() for name, counts in self.types.items()},
            "accuracy": {
                "source_sector": self.source_sector.to_dict(),
                "target_sector": self.target_sector.to_dict(),
                "date": self.date.to_dict(),
                "location": self.location.to_dict(),
            },
            "missed": [row.to_dict() for row in self.missed],
            "false_positives": [row.to_dict() for row in self.false_positives],
            "causes": {
                cause: {"missed": c.missed, "false_positives": c.false_positives,
                        "total": c.total, "share": _ratio(c.total, errors)}
                for cause, c in self.causes().items()
            },
            "unscored": self.unscored,
            "unpredicted": list(self.unpredicted),
            "left_out": self.left_out,
            "duplicates": self.duplicates,
            "thresholds": {f"{t:.2f}": c.to_dict() for t, c in self.thresholds.items()},
            "calibration": self.reliability.to_dict() if self.reliability else None,
        }


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


# -- scoring -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SentenceTrace:
    """What a tracer says about the sentence of an error: its text, the PLOVER types its
    dictionary triggers fired with (the pattern's own and the one intent, threat or refusal
    turn it into), and the ``explain`` trace as text."""

    sentence: str
    fired: frozenset[str]
    text: str
    #: the types among ``fired`` whose reading found its source actor
    sourced: frozenset[str] = frozenset()


#: (article, start, end) → the trace of the sentence(s) holding that span, or None
Tracer = Callable[[Article, int, int], "SentenceTrace | None"]


@dataclass(frozen=True)
class _ArticleScore:
    counts: Counts
    types: dict[str, Counts]
    accuracy: tuple[Accuracy, Accuracy, Accuracy, Accuracy]
    missed: list[EventRow]
    false_positives: list[EventRow]
    left_out: int = 0
    duplicates: int = 0
    outcomes: list[Outcome] = field(default_factory=list)


@dataclass
class _Totals:
    """Accumulates the article scores into a report (local to one ``score`` call)."""

    articles: dict[str, Counts] = field(default_factory=dict)
    types: dict[str, Counts] = field(default_factory=dict)
    accuracy: tuple[Accuracy, ...] = (Accuracy(), Accuracy(), Accuracy(), Accuracy())
    missed: list[EventRow] = field(default_factory=list)
    false_positives: list[EventRow] = field(default_factory=list)
    left_out: int = 0
    duplicates: int = 0
    outcomes: list[Outcome] = field(default_factory=list)

    def add(self, article_id: str, result: _ArticleScore) -> None:
        self.articles[article_id] = result.counts
        for name, counts in result.types.items():
            _count(self.types, name, counts)
        self.accuracy = tuple(a + b for a, b in zip(self.accuracy, result.accuracy, strict=True))
        self.missed.extend(result.missed)
        self.false_positives.extend(result.false_positives)
        self.left_out += result.left_out
        self.duplicates += result.duplicates
        self.outcomes.extend(result.outcomes)


@dataclass(frozen=True)
class _Codes:
    """Compares gold codes with predicted actors under the codebook's roll-up."""

    table: Mapping[str, str]
    #: codes of international organisations: a person acting for one is of one
    organisations: frozenset[str] = frozenset()

    def up(self, code: str | None) -> str | None:
        return self.table.get(code, code) if code is not None else None

    def same(self, gold_country: str | None, actor: Actor | None) -> bool:
        """Gold country against a predicted actor: both rolled up (UNSC → UNO, HMS → PSE); a
        predicted group matches by its own code or its country; ``IGO`` matches any
        international organisation, and a person acting for one (the UN Secretary-General)."""
        predicted = actor.country if actor else None
        if gold_country is None or predicted is None:
            return gold_country == predicted
        if gold_country == "IGO" and actor is not None and (
                actor.kind == "igo" or actor.kind == "person" and
                (predicted in self.organisations or self.up(predicted) in self.organisations)):
            return True
        wanted = self.up(gold_country)
        group = actor.group if actor is not None else None
        return wanted == self.up(predicted) or (group is not None and wanted == self.up(group))

    def agree(self, gold: GoldEvent, event: Event) -> tuple[bool, bool, bool]:
        """Whether the source, the type and the target agree (the span aside)."""
        countries = (gold.target.country if gold.target else None, *gold.also_target)
        return (
            self.same(gold.source.country, event.source),
            event.plover_type in (gold.type, *gold.also),
            any(self.same(country, event.target) for country in countries),
        )

    def matches(self, gold: GoldEvent, event: Event) -> bool:
        """Whether the event matches the gold event in everything but the span."""
        return _polarity(gold, event) and all(self.agree(gold, event))


def _polarity(gold: GoldEvent, event: Event) -> bool:
    return event.modality.negated if gold.negated else event.modality.asserted


def score(
    gold: Sequence[GoldEvent],
    predicted: Mapping[str, tuple[Article, Sequence[Event]]],
    *,
    only: Split | Collection[str] | None = None,
    roll_ups: Mapping[str, str] | None = None,
    tracer: Tracer | None = None,
) -> Report:
    """Scores the predicted events of each gold article (see the module docstring for rules).

    ``only``: score only these articles (a ``Split``, or article ids; every id must have gold
    events). ``roll_ups``: the code roll-up table (default: the shipped actor dictionary's,
    ``actors.roll_up_table``). ``tracer``: explains the sentence of each error, which tells
    "no trigger" from "no source" and attaches the trace to the error's row.
    """
    split_name = only.name if isinstance(only, Split) else None
    if only is not None:
        ids = only.ids if isinstance(only, Split) else frozenset(only)
        known = {event.article for event in gold}
        unknown = sorted(ids - known)
        if unknown:
            shown = ", ".join(unknown[:_NAMES_SHOWN]) + (", …" if len(unknown) > _NAMES_SHOWN
                                                         else "")
            raise GoldError(f"{split_name or 'only'}: {len(unknown)} article id(s) without gold "
                            f"events: {shown}")
        gold = [event for event in gold if event.article in ids]
        predicted = {key: value for key, value in predicted.items() if key in ids}
    if roll_ups is None:
        roll_ups = _shipped_roll_ups()
    codes = _Codes(roll_ups, _shipped_organisations())
    by_article = _by_article(gold)
    totals = _Totals()
    for article_id, gold_events in by_article.items():
        if article_id in predicted:
            article, events = predicted[article_id]
            totals.add(article_id, _score_article(gold_events, article, events, codes, tracer))
        else:
            totals.add(article_id, _score_article(gold_events, None, (), codes, tracer))
    source_sector, target_sector, date, location = totals.accuracy
    thresholds: dict[float, Counts] = {}
    if any(e.confidence is not None for _, events in predicted.values() for e in events):
        thresholds = _at_thresholds(by_article, predicted, codes, THRESHOLDS)
    return Report(
        micro=sum(totals.articles.values(), Counts()),
        articles=totals.articles,
        types=_in_type_order(totals.types),
        source_sector=source_sector,
        target_sector=target_sector,
        date=date,
        location=location,
        missed=tuple(totals.missed),
        false_positives=tuple(totals.false_positives),
        unscored=sum(1 for article_id in predicted if article_id not in by_article),
        unpredicted=tuple(a for a in by_article if a not in predicted),
        left_out=totals.left_out,
        duplicates=totals.duplicates,
        split=split_name,
        outcomes=tuple(totals.outcomes),
        thresholds=thresholds,
        reliability=reliability([(o.event.confidence, o.label == "tp") for o in totals.outcomes
                                 if o.label in ("tp", "fp") and o.event.confidence is not None])
        if thresholds else None,
    )


def threshold_curve(
    gold: Sequence[GoldEvent],
    predicted: Mapping[str, tuple[Article, Sequence[Event]]],
    *,
    only: Split | Collection[str] | None = None,
    roll_ups: Mapping[str, str] | None = None,
    steps: int = 100,
) -> dict[float, Counts]:
    """Micro counts at minimum confidence 0, 1/steps, …, 1 (the precision-recall curve)."""
    if only is not None:
        ids = only.ids if isinstance(only, Split) else frozenset(only)
        gold = [event for event in gold if event.article in ids]
    by_article = _by_article(gold)
    codes = _Codes(roll_ups if roll_ups is not None else _shipped_roll_ups(),
                   _shipped_organisations())
    return _at_thresholds(by_article, predicted, codes,
                          [round(i / steps, 4) for i in range(steps + 1)])


def _by_article(gold: Sequence[GoldEvent]) -> dict[str, list[GoldEvent]]:
    by_article: dict[str, list[GoldEvent]] = {}
    for event in gold:
        by_article.setdefault(event.article, []).append(event)
    return by_article


def _at_thresholds(by_article: Mapping[str, Sequence[GoldEvent]],
                   predicted: Mapping[str, tuple[Article, Sequence[Event]]], codes: _Codes,
                   thresholds: Sequence[float]) -> dict[float, Counts]:
    return {threshold: sum((_score_article(gold_events,
                                           *_kept(predicted.get(article_id), threshold),
                                           codes).counts
                            for article_id, gold_events in by_article.items()), Counts())
            for threshold in thresholds}


def _kept(found: tuple[Article, Sequence[Event]] | None, threshold: float
          ) -> tuple[Article | None, list[Event]]:
    """An article's predictions of at least ``threshold`` confidence (unknown counts as 0)."""
    if found is None:
        return None, []
    article, events = found
    return article, [e for e in events if (e.confidence or 0.0) >= threshold]


def explain_tracer(coder: Any) -> Tracer:
    """A tracer over a ``Coder``: the sentences of the article that hold the span (split as
    the coder splits them), explained by ``dictionaries.explain`` on their own, on the
    article's publication date."""
    from .dictionaries import explain

    bounds: dict[str, list[tuple[int, int]]] = {}
    explained: dict[tuple[str, int, int], SentenceTrace] = {}

    def sentences(article: Article) -> list[tuple[int, int]]:
        if article.id not in bounds:
            annotator = getattr(coder, "annotator", None)
            if annotator is not None:
                doc = annotator.segment(coder.nlp.make_doc(article.text))
            else:
                doc = coder.nlp(article.text)
            bounds[article.id] = [(s.start_char, s.end_char) for s in doc.sents]
        return bounds[article.id]

    def trace(article: Article, start: int, end: int) -> SentenceTrace | None:
        held = [(a, b) for a, b in sentences(article) if a < max(end, start + 1) and start < b]
        if not held:
            return None
        key = (article.id, held[0][0], held[-1][1])
        if key not in explained:
            text = article.text[key[1]:key[2]].strip()
            explanation = explain(text, coder, published=article.published)
            fired = frozenset(t for r in explanation.readings for t in r.plover)
            sourced = frozenset(t for r in explanation.readings if r.sourced for t in r.plover)
            explained[key] = SentenceTrace(text, fired, explanation.text(), sourced)
        return explained[key]

    return trace


def _shipped_roll_ups() -> Mapping[str, str]:
    from .actors import shipped_roll_ups

    return shipped_roll_ups()


def _shipped_organisations() -> frozenset[str]:
    from .actors import shipped_organisations

    return shipped_organisations()


def _in_type_order(types: dict[str, Counts]) -> dict[str, Counts]:
    order = {name: index for index, name in enumerate(PLOVER_TYPES)}
    return dict(sorted(types.items(), key=lambda item: (order.get(item[0], len(order)), item[0])))


def _score_article(
    gold: Sequence[GoldEvent],
    article: Article | None,
    events: Sequence[Event],
    codes: _Codes,
    tracer: Tracer | None = None,
) -> _ArticleScore:
    if article is None:
        return _unpredicted_article(gold)
    spans = [_gold_span(article.text, g) for g in gold]
    predictions, duplicates = _distinct(events, codes)
    edges = [
        [j for j, p in enumerate(predictions) if _overlap(span, p) and codes.matches(g, p)]
        for g, span in zip(gold, spans, strict=True)
    ]
    pairs = _max_matching(edges)
    types: dict[str, Counts] = {}
    for i, g in enumerate(gold):
        _count(types, g.type, Counts(tp=1) if i in pairs else Counts(fn=1))
    matched = set(pairs.values())
    unmatched = [p for j, p in enumerate(predictions) if j not in matched]
    neutral = [p for p in unmatched if _restates(p, gold, codes)]
    wrong = [p for p in unmatched
             if p.modality.asserted and p.plover_type and not _restates(p, gold, codes)]
    for p in neutral:
        _count(types, p.plover_type or _NO_TYPE, Counts(neutral=1))
    for p in wrong:
        _count(types, p.plover_type or _NO_TYPE, Counts(fp=1))
    errors = _Errors(article, gold, spans, predictions, codes, tracer)
    labels = {id(p): "tp" for p in (predictions[j] for j in matched)}
    labels.update({id(p): "neutral" for p in neutral})
    labels.update({id(p): "fp" for p in wrong})
    outcomes = [Outcome(article.id, p, labels.get(id(p), "left out")) for p in predictions]
    return _ArticleScore(
        counts=Counts(
            tp=len(pairs), fp=len(wrong), fn=len(gold) - len(pairs), neutral=len(neutral)
        ),
        types=types,
        accuracy=_attribute_accuracy([(gold[i], predictions[j]) for i, j in pairs.items()],
                                     codes),
        missed=[errors.missed(i) for i in range(len(gold)) if i not in pairs],
        false_positives=[errors.false_positive(p) for p in wrong],
        left_out=len(unmatched) - len(neutral) - len(wrong),
        duplicates=duplicates,
        outcomes=outcomes,
    )


def _unpredicted_article(gold: Sequence[GoldEvent]) -> _ArticleScore:
    types: dict[str, Counts] = {}
    for g in gold:
        _count(types, g.type, Counts(fn=1))
    return _ArticleScore(
        counts=Counts(fn=len(gold)),
        types=types,
        accuracy=_attribute_accuracy([], _Codes({})),
        missed=[replace(_gold_row(g), cause="article not coded") for g in gold],
        false_positives=[],
    )


@dataclass
class _Errors:
    """Classifies the errors of one article by cause (see the module docstring)."""

    article: Article
    gold: Sequence[GoldEvent]
    spans: Sequence[tuple[int, int]]
    predictions: Sequence[Event]
    codes: _Codes
    tracer: Tracer | None
    _traces: dict[tuple[int, int], SentenceTrace | None] = field(default_factory=dict)

    def missed(self, index: int) -> EventRow:
        gold, span = self.gold[index], self.spans[index]
        near = [p for p in self.predictions if _overlap(span, p)]
        trace = self._trace(span)
        cause, decider = self._miss_cause(gold, near)
        detail = f"predicted {_codes_text(decider)}" if decider is not None else None
        if cause == "no event" and trace is not None:
            fired = trace.fired & {gold.type, *gold.also}
            sourced = trace.sourced & fired
            cause = "missing target" if sourced else "no source" if fired else "no trigger"
            detail = ("fired " + ", ".join(sorted(sourced)) + " with its source, no target"
                      if sourced else "fired " + ", ".join(sorted(fired)) if fired else
                      "fired " + ", ".join(sorted(trace.fired)) if trace.fired else
                      "no trigger fired")
        return replace(_gold_row(gold), cause=cause, detail=detail, start=span[0], end=span[1],
                       sentence=trace.sentence if trace else None,
                       trace=trace.text if trace else None)

    def _miss_cause(self, gold: GoldEvent, near: Sequence[Event]) -> tuple[str, Event | None]:
        agreements = [(p, self.codes.agree(gold, p)) for p in near]
        for p, agree in agreements:
            if all(agree):
                return ("matched elsewhere" if _polarity(gold, p) else
                        "negated or hypothetical"), p
        for test, cause in _PARTIAL_AGREEMENTS:
            for p, agree in agreements:
                if test(agree):
                    return cause or _target_cause(p), p
        return "no event", None

    def false_positive(self, event: Event) -> EventRow:
        span = (event.evidence.start, event.evidence.end)
        near = [g for g, s in zip(self.gold, self.spans, strict=True) if _overlap(s, event)]
        cause, decider = self._fp_cause(event, near)
        trace = self._trace(span)
        detail = f"gold {decider.id} {_gold_text(decider)}" if decider is not None else None
        return replace(_event_row(event), cause=cause, detail=detail, start=span[0],
                       end=span[1], sentence=trace.sentence if trace else None,
                       trace=trace.text if trace else None)

    def _fp_cause(self, event: Event, near: Sequence[GoldEvent]
                  ) -> tuple[str, GoldEvent | None]:
        agreements = [(g, self.codes.agree(g, event)) for g in near]
        for test, cause in ((all, "negated or hypothetical"), *_PARTIAL_AGREEMENTS):
            for g, agree in agreements:
                if test(agree):
                    return cause or _target_cause(event), g
        return "not an event", None

    def _trace(self, span: tuple[int, int]) -> SentenceTrace | None:
        if self.tracer is None:
            return None
        if span not in self._traces:
            self._traces[span] = self.tracer(self.article, *span)
        return self._traces[span]


#: how a prediction and a gold event that agree in part differ, by (source, type, target)
#: agreement, first match wins; None: the target differs (``_target_cause``)
_PARTIAL_AGREEMENTS = (
    (lambda a: a[0] and a[1], None),
    (lambda a: a[0] and a[2], "wrong type"),
    (lambda a: a[1] and a[2], "wrong source"),
    (lambda a: a[1], "wrong source"),
)


def _target_cause(event: Event) -> str:
    has_target = event.target is not None and event.target.country is not None
    return "wrong target" if has_target else "missing target"


def _codes_text(event: Event) -> str:
    def actor(a: Actor | None) -> str:
        if a is None or a.country is None:
            return "-"
        return f"{a.country}({a.group})" if a.group and a.group != a.country else a.country

    flags = "" if event.modality.asserted else (
        " (negated)" if event.modality.negated else " (hypothetical)")
    return f"{actor(event.source)} {event.plover_type or event.cameo_code or _NO_TYPE} " \
           f"{actor(event.target)}{flags}"


def _gold_text(gold: GoldEvent) -> str:
    return f"{gold.source.country} {gold.type} {gold.target.country if gold.target else '-'}"


def _restates(event: Event, gold: Sequence[GoldEvent], codes: _Codes) -> bool:
    """Whether the event matches some gold event of its article apart from the span."""
    return any(codes.matches(g, event) for g in gold)


def _count(types: dict[str, Counts], name: str, counts: Counts) -> None:
    types[name] = types.get(name, Counts()) + counts


def _distinct(events: Sequence[Event], codes: _Codes) -> tuple[list[Event], int]:
    """The events, one per (span, source, type, target, negated) with codes rolled up, and how
    many were dropped."""
    seen: set[tuple[Any, ...]] = set()
    distinct = []
    for event in events:
        key = (
            event.evidence.start,
            event.evidence.end,
            codes.up(event.source.country),
            event.plover_type,
            codes.up(event.target.country) if event.target else None,
            event.modality.negated,
        )
        if key not in seen:
            seen.add(key)
            distinct.append(event)
    return distinct, len(events) - len(distinct)


def _overlap(span: tuple[int, int], event: Event) -> bool:
    return event.evidence.start < span[1] and span[0] < event.evidence.end


def _max_matching(edges: Sequence[Sequence[int]]) -> dict[int, int]:
    """A maximum bipartite matching of left nodes to right nodes, by augmenting paths."""
    owner: dict[int, int] = {}
    for left in range(len(edges)):
        _augment(left, edges, owner, set())
    return {left: right for right, left in owner.items()}


def _augment(
    left: int, edges: Sequence[Sequence[int]], owner: dict[int, int], seen: set[int]
) -> bool:
    for right in edges[left]:
        if right in seen:
            continue
        seen.add(right)
        if right not in owner or _augment(owner[right], edges, owner, seen):
            owner[right] = left
            return True
    return False


def _gold_span(text: str, gold: GoldEvent) -> tuple[int, int]:
    start = text.find(gold.evidence)
    if start >= 0:
        return start, start + len(gold.evidence)
    span = _find_ignoring_whitespace(text, gold.evidence)
    if span is None:
        raise GoldError(
            f"gold event {gold.id}: evidence not found in article {gold.article!r}:"
            f" {_shorten(gold.evidence)!r}"
        )
    return span


def _find_ignoring_whitespace(text: str, needle: str) -> tuple[int, int] | None:
    """The first occurrence of the needle, runs of whitespace counting as one space."""
    words = needle.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(word) for word in words)
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else None


def _attribute_accuracy(
    pairs: Sequence[tuple[GoldEvent, Event]], codes: _Codes
) -> tuple[Accuracy, Accuracy, Accuracy, Accuracy]:
    source = target = date = location = Accuracy()
    for gold, event in pairs:
        source += _judge(_sector(gold.source.sector) == _sector(event.source.sector))
        if gold.target and event.target and codes.same(gold.target.country, event.target):
            target += _judge(_sector(gold.target.sector) == _sector(event.target.sector))
        if gold.date is not None:
            date += _judge(event.date.value == gold.date)
        if gold.location is not None:
            name = event.location.name if event.location else None
            location += _judge(name is not None and name.casefold() == gold.location.casefold())
    return source, target, date, location


def _judge(correct: bool) -> Accuracy:
    return Accuracy(int(correct), 1)


def _sector(sector: str | None) -> str | None:
    return sector[:3].upper() if sector else None


def _gold_row(gold: GoldEvent) -> EventRow:
    return EventRow(
        id=gold.id,
        article=gold.article,
        source=gold.source.country,
        type=gold.type,
        target=gold.target.country if gold.target else None,
        evidence=gold.evidence,
    )


def _event_row(event: Event) -> EventRow:
    return EventRow(
        id=event.id,
        article=event.article_id,
        source=event.source.country,
        type=event.plover_type or _NO_TYPE,
        target=event.target.country if event.target else None,
        evidence=event.evidence.text,
    )


# -- the text report -----------------------------------------------------------------------------


def format_report(report: Report, *, errors: bool = False) -> str:
    """A plain-text report: the split (if any), micro scores, attributes, per article, per
    type, then the errors: as two lists, or with ``errors`` a table of their causes and every
    error by sentence, with its cause and the sentence's trace where the report has one."""
    split = [f"split {report.split}: {len(report.articles)} articles"] if report.split else []
    if errors:
        listing = [*_cause_table(report), *_errors_by_sentence(report)]
    else:
        listing = [*_rows("missed gold events (FN)", report.missed),
                   *_rows("false positives (FP)", report.false_positives)]
    sections = [
        split,
        _counts_line("micro", report.micro),
        _accuracy_line(report),
        _notes_line(report),
        _table("article", report.articles),
        _table("type", report.types),
        _confidence_tables(report),
        listing,
    ]
    return "\n".join(line for section in sections for line in section) + "\n"


def _confidence_tables(report: Report) -> list[str]:
    """Precision and recall at each confidence threshold, and the calibration table."""
    if not report.thresholds:
        return []
    lines = ["", "by minimum confidence (events below it dropped):",
             f"{'min':>5}  {'P':>6}  {'R':>6}  {'F1':>6}  {'TP':>4}  {'FP':>4}"]
    for threshold, c in report.thresholds.items():
        lines.append(f"{threshold:>5.2f}  {c.precision:>6.3f}  {c.recall:>6.3f}  {c.f1:>6.3f}"
                     f"  {c.tp:>4}  {c.fp:>4}")
    if report.reliability is not None:
        lines += ["", *report.reliability.lines()]
    return lines


def _cause_table(report: Report) -> list[str]:
    causes = report.causes()
    total = len(report.missed) + len(report.false_positives)
    width = max([len("cause"), *(len(cause) for cause in causes)])
    lines = ["", f"errors by cause: {total} ({len(report.missed)} missed, "
                 f"{len(report.false_positives)} false positives)",
             f"{'cause':<{width}}  {'missed':>6}  {'FP':>4}  {'total':>5}  {'share':>6}"]
    for cause, c in causes.items():
        lines.append(f"{cause:<{width}}  {c.missed:>6}  {c.false_positives:>4}  {c.total:>5}"
                     f"  {_ratio(c.total, total):>6.1%}")
    lines.append(f"restatements (neutral, not errors): {report.micro.neutral}")
    return lines


def _errors_by_sentence(report: Report) -> list[str]:
    """Every error, grouped by the sentence that holds it, with the sentence's trace once."""
    rows = [("missed", row) for row in report.missed]
    rows += [("FP", row) for row in report.false_positives]
    groups: dict[tuple[str, str], list[tuple[str, EventRow]]] = {}
    for kind, row in sorted(rows, key=lambda item: (item[1].article, item[1].start or 0)):
        key = (row.article, row.sentence if row.sentence is not None else row.evidence)
        groups.setdefault(key, []).append((kind, row))
    lines = ["", f"errors by sentence: {len(groups)} sentences"]
    for (article, text), members in groups.items():
        lines += ["", f"[{article}] {' '.join(text.split())}"]
        for kind, row in members:
            detail = f" ({row.detail})" if row.detail else ""
            lines.append(f"  {kind:<6} {row.id}  {row.source or '-'} {row.type} "
                         f"{row.target or '-'}: {row.cause}{detail}")
        trace = members[0][1].trace
        if trace:
            lines += [f"    | {line}" for line in trace.splitlines()]
    return lines


def _counts_line(name: str, counts: Counts) -> list[str]:
    return [
        f"{name}  P={counts.precision:.3f} R={counts.recall:.3f} F1={counts.f1:.3f}"
        f"  TP={counts.tp} FP={counts.fp} FN={counts.fn} neutral={counts.neutral}"
    ]


def _accuracy_line(report: Report) -> list[str]:
    parts = [
        ("source sector", report.source_sector),
        ("target sector", report.target_sector),
        ("date", report.date),
        ("location", report.location),
    ]
    shown = [f"{name} {_accuracy_text(accuracy)}" for name, accuracy in parts]
    return ["accuracy over matched events: " + "  ".join(shown)]


def _accuracy_text(accuracy: Accuracy) -> str:
    if accuracy.value is None:
        return "n/a"
    return f"{accuracy.correct}/{accuracy.total}={accuracy.value:.3f}"


def _notes_line(report: Report) -> list[str]:
    notes = [f"{len(report.articles)} articles scored", f"{report.unscored} unscored (no gold)"]
    if report.unpredicted:
        names = ", ".join(report.unpredicted[:_NAMES_SHOWN])
        more = ", …" if len(report.unpredicted) > _NAMES_SHOWN else ""
        notes.append(f"{len(report.unpredicted)} without predictions ({names}{more})")
    notes.append(f"{report.left_out} negated, hypothetical or non-PLOVER left out")
    notes.append(f"{report.duplicates} duplicates dropped")
    return [", ".join(notes)]


def _table(title: str, rows: Mapping[str, Counts]) -> list[str]:
    width = max([len(title), *(len(name) for name in rows)])
    header = (
        f"{title:<{width}}  {'P':>5}  {'R':>5}  {'F1':>5}  {'TP':>4} {'FP':>4} {'FN':>4} neutral"
    )
    lines = ["", header]
    for name, c in rows.items():
        lines.append(
            f"{name:<{width}}  {c.precision:5.3f}  {c.recall:5.3f}  {c.f1:5.3f}"
            f"  {c.tp:>4} {c.fp:>4} {c.fn:>4} {c.neutral:>7}"
        )
    return lines


def _rows(title: str, rows: Sequence[EventRow]) -> list[str]:
    lines = ["", f"{title}: {len(rows)}"]
    for row in rows:
        lines.append(
            f"  {row.id} [{row.article}]  {row.source or '-'} {row.type} {row.target or '-'}"
            f"  {_shorten(row.evidence)!r}"
        )
    return lines


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EVIDENCE_WIDTH else text[: _EVIDENCE_WIDTH - 1] + "…"
