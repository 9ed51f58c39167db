"""The data model: small frozen dataclasses, serialised to plain JSON-ready dicts.

Every record says where it came from (``resolved_by``, ``pattern``, ``from_text``) so that a
coded event can be verified against the article: evidence spans are character offsets into
``Article.text``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from dataclasses import dataclass, field
from datetime import date
from typing import Any

SECTORS = (
    "GOV", "MIL", "REB", "OPP", "CVL", "BUS", "MED", "JUD", "LEG", "IGO", "COP", "SPY",
    "PTY", "REL", "EDU", "LAB", "HLH", "NGO", "REF", "CRM", "INS",
)
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


def stable_id(*parts: object, length: int = 16) -> str:
    """A deterministic hex id from the parts (same input, same id, on every machine)."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass(frozen=True)
class Span:
    """A piece of the article: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    language: str = "en"
    path: str | None = None
    #: the outlet's own key-points box ("At a Glance"), kept as metadata and not coded twice
    key_points: tuple[Span, ...] = ()
    key_points_box: Span | None = None

    @staticmethod
    def make_id(url: str | None, text: str) -> str:
        return stable_id(url) if url else stable_id(text)


@dataclass(frozen=True)
class Actor:
    """Who: ``country`` is ISO 3166-1 alpha-3 or an organisation code (UNO, EUR, NATO…).

    An armed group, party, movement or NGO has its home country in ``country`` and its own
    code in ``group`` (Hamas: PSE, HMS)."""

    text: str
    country: str | None
    sector: str | None = None
    name: str | None = None
    kind: str = "country"  # country | igo | group | person | unknown
    #: where the code came from: dictionary, attachment, ner, anaphora, default
    resolved_by: str = "dictionary"
    start: int | None = None
    end: int | None = None
    #: the armed group, party, movement or NGO the actor belongs to, by its dictionary code
    #: (HMS); ``country`` is then its home country (PSE), or the group's own code where it has
    #: no one home state
    group: str | None = None


@dataclass(frozen=True)
class Modality:
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    reported: bool = False

    @property
    def asserted(self) -> bool:
        return not (self.negated or self.hypothetical)


@dataclass(frozen=True)
class EventDate:
    value: str | None  # ISO date, or None when neither the text nor the article gives one
    precision: str | None = None  # day | month | year
    from_text: bool = False
    text: str | None = None


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None  # city | region | country
    fallback: bool = False  # True when only the country level was known


@dataclass(frozen=True)
class Quantity:
    text: str
    value: float
    unit: str
    kind: str  # troops | money | casualties | distance | mass | weapons | count
    start: int
    end: int
    upper: float | None = None


@dataclass(frozen=True)
class Event:
    id: str
    article_id: str
    sentence: int
    evidence: Span
    trigger: Span
    source: Actor
    target: Actor | None
    plover_type: str | None
    plover_mode: str | None
    cameo_code: str
    cameo_name: str
    goldstein: float | None
    quad_class: int
    modality: Modality = field(default_factory=Modality)
    date: EventDate = field(default_factory=lambda: EventDate(None))
    location: Location | None = None
    quantities: tuple[Quantity, ...] = ()
    pattern: str = ""
    coder_version: str = ""
    dictionary_version: str = ""
    #: the probability (0..1) that a person coding by the codebook would code the same
    #: source, type and target from this sentence, fitted on gold (see confidence.py); None
    #: for an event stored before confidence existed
    confidence: float | None = None
    #: the named facts of the reading that the confidence is computed from ("source:context",
    #: "target:none", "noun", "repeated"), see ``confidence.SIGNALS``
    signals: tuple[str, ...] = ()


@dataclass(frozen=True)
class Quote:
    id: str
    article_id: str
    speaker: Actor | None
    speaker_text: str | None
    text: Span
    verb: str | None
    about: tuple[Actor, ...] = ()
    stance: float = 0.0
    direct: bool = True


@dataclass(frozen=True)
class Result:
    """What coding one article produces."""

    article: Article
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    glance: tuple[Span, ...] = ()
    #: every quantity found in the article (events carry the ones attached to them)
    quantities: tuple[Quantity, ...] = ()


def json_schema(cls: type = Result) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a model class's ``to_dict`` output, derived from the
    dataclasses themselves so it cannot drift from the code."""
    definitions: dict[str, Any] = {}
    root = _schema_of(cls, definitions)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"eventscope {cls.__name__}",
        **root,
        "$defs": definitions,
    }


def _schema_of(tp: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [_schema_of(a, definitions) for a in typing.get_args(tp)]
        return {"anyOf": options}
    if origin is tuple or origin is list:
        return {"type": "array", "items": _schema_of(typing.get_args(tp)[0], definitions)}
    if tp is type(None):
        return {"type": "null"}
    if dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in definitions:
            definitions[name] = {}  # placeholder against recursion
            hints = typing.get_type_hints(tp)
            definitions[name] = {
                "type": "object",
                "description": (tp.__doc__ or name).strip().splitlines()[0],
                "properties": {f.name: _schema_of(hints[f.name], definitions)
                               for f in dataclasses.fields(tp)},
                "required": [f.name for f in dataclasses.fields(tp)],
                "additionalProperties": False,
            }
        return {"$ref": f"#/$defs/{name}"}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if tp in simple:
        return {"type": simple[tp]}
    if tp is date:
        return {"type": "string", "format": "date"}
    raise TypeError(f"no JSON Schema for {tp!r}")


def to_dict(obj: Any) -> Any:
    """A JSON-ready structure of any model object (dates as ISO strings, tuples as lists)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    if isinstance(obj, date):
        return obj.isoformat()
    return obj


def to_json(obj: Any) -> str:
    """Canonical one-line JSON: same object, byte-identical text."""
    return json.dumps(to_dict(obj), ensure_ascii=False, sort_keys=False, separators=(",", ":"))
