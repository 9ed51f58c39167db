"""The actor dictionary and actor resolution.

Countries (names, demonyms, capitals, seats of power), organisations, armed groups and people
with dated roles are matched case-sensitively with spaCy's ``PhraseMatcher``; the head noun of
an actor phrase sets the sector through role nouns ("Russian troops" → RUS MIL); unknown names
resolve through a known country attached to them ("Russian spokesperson X").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from .errors import DictionaryError
from .model import SECTORS, Actor
from .resources import data_path, entry_lines, fingerprint, load_yaml

ACTOR_FILES = ("countries.yaml", "igos.yaml", "groups.yaml", "coalitions.yaml", "people.yaml",
               "people-past.yaml")
#: home "countries" of groups that have no one home state: the group keeps its own code
NO_HOME = frozenset({"IMG"})
METONYM_SECTORS = frozenset(SECTORS) | {"ELI"}
#: dependency labels that stay inside one actor phrase ("the German government",
#: "a spokesperson for the Kremlin", "Ukraine's foreign minister")
_NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "flat", "npadvmod", "nummod",
                      "det", "case", "quantmod"})
_NP_PREPS = frozenset({"of", "for", "from", "in"})
#: "its embassy in Minsk": the capital names the host state, not a venue
_MISSIONS = frozenset({"embassy", "consulate", "mission", "office", "representation"})
#: what is named after the city it was made or held in ("the Paris agreement", "the Minsk
#: agreements", "the Doha talks"): the city is no party to it
NAMED_AFTER_CITIES = frozenset({"agreement", "accord", "deal", "treaty", "talks", "process",
                                 "format", "protocol", "declaration", "convention", "summit",
                                 "conference", "framework"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "within",
                            "around", "throughout", "along", "over"})
#: the C parser where PyYAML has it: only line numbers are read with it (large user files)
_LINE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Role:
    country: str
    sector: str | None
    title: str
    start: date | None
    end: date | None

    def active(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True)
class Entry:
    """One dictionary actor: a country, an organisation, a group, a metonym or a person."""

    name: str
    kind: str  # country | igo | group | person
    country: str | None
    sector: str | None = None
    roles: tuple[Role, ...] = ()
    adjective: bool = False
    capital: bool = False
    #: a group's own code (HMS) where ``country`` is its home country (PSE)
    group: str | None = None
    #: the organisation an organ, agency or mission belongs to and scores as (UNSC: UNO)
    part_of: str | None = None
    #: the states a coalition named as one stands for, each an actor (the E3: FRA, GBR, DEU)
    members: tuple[str, ...] = ()

    def on(self, when: date | None) -> tuple[str | None, str | None]:
        """(country, sector) of this entry on a date; a person out of office is an elite."""
        if not self.roles:
            return self.country, self.sector
        if when is not None:
            for role in self.roles:
                if role.active(when):
                    return role.country, role.sector
            past = [r for r in self.roles if r.start is None or r.start <= when]
            if past:
                latest = max(past, key=lambda r: r.start or date.min)
                return latest.country, "ELI"
            return None, None
        latest = max(self.roles, key=lambda r: r.start or date.min)
        return latest.country, latest.sector


@dataclass(frozen=True)
class Mention:
    """A dictionary match in a Doc: token offsets and the entry it names."""

    start: int
    end: int
    entry: Entry

    def actor(self, doc: Doc, when: date | None, *, sector: str | None = None,
              text: Span | None = None, resolved_by: str = "dictionary") -> Actor | None:
        country, own_sector = self.entry.on(when)
        if country is None or self.entry.members:  # a coalition: its states, each (the
            return None  # coder's ``actors_of``)
        span = text if text is not None else doc[self.start:self.end]
        return Actor(
            text=span.text, country=country, sector=sector or own_sector,
            name=self.entry.name, kind=self.entry.kind, resolved_by=resolved_by,
            start=span.start_char, end=span.end_char, group=self.entry.group,
        )


@dataclass
class ActorDictionary:
    """Terms → entries, role nouns → sectors. Load once; build one matcher per vocab."""

    terms: dict[str, list[Entry]]
    roles: dict[str, str]
    version: str
    problems: list[str] = field(default_factory=list)
    _matchers: dict[int, PhraseMatcher] = field(default_factory=dict, repr=False)
    #: (number of roles, last words of the multi-word roles), rebuilt when roles are added
    _role_ends: tuple[int, frozenset[str]] | None = field(default=None, repr=False)
    #: words of states' names → the states so named (``styled``), filled on first use
    _styles: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, extra: Iterable[Path] = (), *, shipped: bool = True) -> ActorDictionary:
        """The shipped dictionary (unless ``shipped`` is False), extended by user files in the
        same formats. A name a user file defines replaces the shipped entries for that name; a
        user file that maps sectors to nouns (the format of ``roles.yaml``) adds role nouns,
        replacing the shipped sector of a noun it repeats."""
        extra = list(extra)
        paths = [data_path(f"actors/{name}") for name in ACTOR_FILES] if shipped else []
        roles_path = data_path("actors/roles.yaml")
        terms: dict[str, list[Entry]] = {}
        problems: list[str] = []
        for entry, names in _merged_people(entry_names for path in paths
                                           for entry_names in _read_actor_file(path, problems)):
            for name in names:
                bucket = terms.setdefault(name, [])
                if entry not in bucket:
                    bucket.append(entry)
        roles = _read_roles(roles_path) if shipped else {}
        replaceable = set(terms)
        for path in extra:
            data = load_user_yaml(path)
            if isinstance(data, dict):
                roles.update(_read_user_roles(path, data, problems))
                continue
            for entry, names in _read_actor_file(path, problems, data):
                for name in names:
                    if name in replaceable:  # the user's entry overrides the shipped one
                        replaceable.discard(name)
                        terms[name] = []
                    bucket = terms.setdefault(name, [])
                    if entry not in bucket:
                        bucket.append(entry)
        version = fingerprint([*paths, *([roles_path] if shipped else []), *extra])
        return cls(terms, roles, version, problems)

    def styled(self, words: str) -> frozenset[str]:
        """The states whose dictionary names hold ``words`` ("kingdom": Saudi Arabia, Jordan,
        Morocco …, "Kingdom of Saudi Arabia"; "islamic republic": Iran …)."""
        words = words.lower()
        if words not in self._styles:
            pattern = re.compile(rf"\b{re.escape(words)}s?\b", re.IGNORECASE)
            self._styles[words] = frozenset(
                entry.country for term, entries in self.terms.items() if pattern.search(term)
                for entry in entries if entry.kind == "country" and not entry.adjective and
                entry.country)
        return self._styles[words]

    def roll_ups(self) -> dict[str, str]:
        """The roll-up table of this dictionary's entries (see ``roll_up_table``)."""
        return roll_up_table(e for entries in self.terms.values() for e in entries)

    def matcher(self, vocab: Vocab) -> PhraseMatcher:
        key = id(vocab)
        if key not in self._matchers:
            matcher = PhraseMatcher(vocab, attr="ORTH")
            for term in self.terms:
                docs = [_term_doc(vocab, term)]
                if "'" in term:  # news often writes curly apostrophes: "People’s Republic"
                    docs.append(_term_doc(vocab, term.replace("'", "\u2019")))
                matcher.add(term, docs)
            self._matchers[key] = matcher
        return self._matchers[key]

    def mentions(self, doc: Doc, when: date | None = None) -> list[Mention]:
        """Longest non-overlapping dictionary matches in ``doc`` (found once per document and
        date: the prefilter, the coder and the quote finder all ask; the tokens, all they
        depend on, do not change)."""
        key = ("eventscope_mentions", self.version, when)
        found = doc.user_data.get(key)
        if found is None:
            found = doc.user_data[key] = self._mentions(doc, when)
        return list(found)

    def _mentions(self, doc: Doc, when: date | None) -> list[Mention]:
        matcher = self.matcher(doc.vocab)
        spans = []
        for match_id, start, end in matcher(doc):
            term = doc.vocab.strings[match_id]
            entry = self._pick(self.terms.get(term, []), when)
            if entry is not None:
                spans.append(Span(doc, start, end, label=term))
        mentions = []
        for span in filter_spans(spans):
            entry = self._pick(self.terms[span.label_], when)
            if entry is not None and not _in_feature_name(doc, span.start, span.end) and \
                    not _in_longer_name(doc, span.start) and \
                    not _in_region_name(doc, span.start, span.end) and \
                    not _in_masthead(doc, span.start, span.end) and \
                    not (entry.capital and _names_accord(doc, span.end)) and \
                    not _not_its_state(doc, span.start) and not _maker(doc, span.end) and \
                    not (entry.kind == "person" and self._in_other_name(doc, span, entry)):
                mentions.append(Mention(span.start, span.end, entry))
        return sorted(mentions + _abbreviated(doc, mentions), key=lambda m: m.start)

    def _in_other_name(self, doc: Doc, span: Span, entry: Entry) -> bool:
        """Whether part of a known person's name is inside another person's longer name
        ("Jean-Pierre Bemba" is not Karine Jean-Pierre, "Hunter Biden" not Joe Biden): a
        capitalised word right before or after it that is no title or role ("President
        Biden", "the Biden administration") and, before it, does not open the sentence nor
        spell its first name another way ("Rachid" for "Rached")."""
        if span.text == entry.name:
            return False
        sent_start = span.sent.start if doc.has_annotation("SENT_START") else 0
        around = []
        given = entry.name.split()[0].lower()
        if span.start - 1 > sent_start and \
                doc[span.start - 1].lower_[:3] != given[:3]:  # "Rachid" for "Rached"
            around.append(doc[span.start - 1])
        if span.end < len(doc):
            around.append(doc[span.end])
        return any(t.is_alpha and t.is_title and t.lower_ not in _HONORIFICS and
                   self.role_sector(t) is None and t.text not in self.terms
                   for t in around)

    @staticmethod
    def _pick(entries: list[Entry], when: date | None) -> Entry | None:
        """The one entry a term names on a date; None when it stays ambiguous."""
        if len(entries) == 1:
            return entries[0]
        if when is not None:
            active = [e for e in entries
                      if e.roles and any(r.active(when) for r in e.roles)]
            if len(active) == 1:
                return active[0]
        countries = {(e.country, e.kind) for e in entries if not e.roles}
        if len(countries) == 1 and not any(e.roles for e in entries):
            return entries[0]
        return None

    def role_sector(self, token: Token, *, phrases_only: bool = False) -> str | None:
        """The sector a role noun sets: checks multi-word roles ending at ``token`` first
        (only those with ``phrases_only``)."""
        doc = token.doc
        if self._role_ends is None or self._role_ends[0] != len(self.roles):
            self._role_ends = (len(self.roles), frozenset(  # "head of state" ends in
                key.replace("-", " ").rsplit(" ", 1)[1]  # "state", "secretary-general"
                for key in self.roles if " " in key or "-" in key))  # in "general"
        ends = self._role_ends[1]
        phrase_end = token.lower_ in ends or token.lemma_.lower() in ends
        for width in (3, 2) if phrase_end else ():  # only words that end a phrase
            start = token.i - width + 1
            if start >= 0:
                phrase = doc[start:token.i + 1].text.lower()
                if phrase in self.roles:
                    return self.roles[phrase]
                if width == 2 and f"{doc[start].lower_} {token.lemma_.lower()}" in self.roles:
                    return self.roles[f"{doc[start].lower_} {token.lemma_.lower()}"]
        if phrases_only:
            return None
        return self.roles.get(token.lemma_.lower()) or self.roles.get(token.text.lower())


def _term_doc(vocab: Vocab, term: str) -> Doc:
    """Tokenise a dictionary term the way spaCy's English tokenizer would."""
    from spacy.lang.en import English

    global _EN_TOKENIZER
    if _EN_TOKENIZER is None:
        _EN_TOKENIZER = English().tokenizer
    words = [t.text for t in _EN_TOKENIZER(term)]
    return Doc(vocab, words=words)


_EN_TOKENIZER: Any = None


# ----------------------------------------------------------------------------- loading

class _TextDates(yaml.SafeLoader):
    """A SafeLoader that leaves dates as text (the entry's own check reports a bad one)."""


_TextDates.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def load_user_yaml(path: Path) -> Any:
    """A user dictionary file; an impossible date ("2024-13-01") fails its entry, not the
    whole file."""
    try:
        return load_yaml(path)
    except DictionaryError as exc:
        try:
            return yaml.load(path.read_text(encoding="utf-8"), Loader=_TextDates)
        except (yaml.YAMLError, OSError, UnicodeDecodeError, ValueError):
            raise exc from None  # the first message names the file (and line)



def _read_actor_file(path: Path, problems: list[str], data: Any = None
                     ) -> Iterator[tuple[Entry, list[str]]]:
    if data is None:
        data = load_yaml(path)
    if not isinstance(data, list):
        kind = type(data).__name__
        raise DictionaryError(f"{path}: expected a list of actor entries, got {kind}")
    lines: list[int] | None = None  # found again only for an entry with a problem
    for index, raw in enumerate(data):
        try:
            yield from _parse_actor(raw)
        except (DictionaryError, KeyError, TypeError, ValueError) as exc:
            if lines is None:
                lines = entry_lines(path)
            line = lines[index] if index < len(lines) else index + 1
            problems.append(f"{path}:{line}: {exc}")


def _merged_people(found: Iterable[tuple[Entry, list[str]]]
                   ) -> list[tuple[Entry, list[str]]]:
    """The entries read, with a person named the same in two entries made one, holding the
    roles and names of both (``people.yaml`` holds roles from 2015 on, ``people-past.yaml``
    those of 1975 to 2014)."""
    merged: list[tuple[Entry, list[str]]] = []
    people: dict[str, int] = {}
    for entry, names in found:
        at = people.get(entry.name) if entry.kind == "person" else None
        if at is None:
            if entry.kind == "person":
                people[entry.name] = len(merged)
            merged.append((entry, names))
            continue
        known, known_names = merged[at]
        roles = tuple(sorted({*known.roles, *entry.roles},
                             key=lambda r: (r.start or date.min, r.end or date.max)))
        merged[at] = (replace(known, roles=roles, country=roles[-1].country),
                      [*known_names, *(n for n in names if n not in known_names)])
    return merged


def _names(raw: dict[str, Any], key: str) -> list[str]:
    value = raw.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DictionaryError(f"{key!r} must be a list of non-empty strings")
    return [v.strip() for v in value]


def _parse_actor(raw: Any) -> Iterator[tuple[Entry, list[str]]]:
    if not isinstance(raw, dict):
        raise DictionaryError(f"an actor entry must be a mapping, got {raw!r}")
    if "roles" in raw:  # a person
        name = str(raw["name"])
        roles = tuple(_parse_role(r) for r in raw["roles"] or [])
        if not roles:
            raise DictionaryError(f"person {name!r} has no roles")
        entry = Entry(name=name, kind="person", country=roles[-1].country, roles=roles)
        yield entry, [name, *_names(raw, "aliases")]
        return
    if "code" not in raw:
        raise DictionaryError("missing required field 'code' (or 'roles' for a person)")
    code = str(raw["code"]).strip()
    if not code.isupper():
        raise DictionaryError(f"code {code!r} must be upper-case")
    name = str(raw.get("name") or code)
    if "members" in raw:  # a coalition of states named as one: each state acts
        members = tuple(_names(raw, "members"))
        if len(members) < 2 or not all(m.isupper() and len(m) == 3 for m in members):
            raise DictionaryError(f"'members' of {code} must list two or more state codes "
                                  f"(ISO 3166-1 alpha-3), got {raw['members']!r}")
        yield Entry(name=name, kind="country", country=code, members=members), \
            _names(raw, "names")
        return
    group = part_of = None
    if "capitals" in raw or "metonyms" in raw or ("adjectives" in raw and "sector" not in raw
                                                   and "country" not in raw):
        kind, country, sector = "country", code, None
    elif "country" in raw:
        # a group (or an international NGO): its home country (or seat) and its own code;
        # one without a home state (IMG) keeps its own code as country
        kind, sector, group = "group", str(raw.get("sector") or "REB"), code
        home = str(raw["country"]).strip()
        country = code if home in NO_HOME else home
    else:
        kind, country, sector = "igo", code, str(raw.get("sector") or "IGO")
        part_of = _part_of(raw, code)
    if "part_of" in raw and kind != "igo":
        raise DictionaryError(f"'part_of' of {code}: only organisations roll up to another")
    if sector is not None and sector not in METONYM_SECTORS:
        raise DictionaryError(f"unknown sector {sector!r} for {code}")
    roles: tuple[Role, ...] = ()
    if "governs" in raw:  # a group that took power: its state's government from that date
        if kind != "group":
            raise DictionaryError(f"'governs' of {code}: only a group (an entry with a "
                                  f"country) takes power")
        since = _date(raw["governs"])
        if since is None:
            raise DictionaryError(f"'governs' of {code}: the date the group took power "
                                  f"(YYYY-MM-DD), got {raw['governs']!r}")
        roles = (Role(country=country, sector=sector, title=name, start=None, end=since),
                 Role(country=country, sector="GOV", title=name, start=since, end=None))
    base = Entry(name=name, kind=kind, country=country, sector=sector, group=group,
                 part_of=part_of, roles=roles)
    yield base, _names(raw, "names")
    adjectives = _names(raw, "adjectives")
    if adjectives:
        adjective = Entry(name=name, kind=kind, country=country, sector=sector, adjective=True,
                          group=group, part_of=part_of, roles=roles)
        yield adjective, adjectives
    capitals = _names(raw, "capitals")
    if capitals:
        yield Entry(name=name, kind=kind, country=country, sector="GOV", capital=True), capitals
    seats = _names(raw, "seat")  # an organisation's seat standing for it ("Brussels")
    if seats:
        if kind != "igo":
            raise DictionaryError(f"'seat' of {code}: only an organisation has a seat; a "
                                  f"country's seat of power is one of its capitals")
        yield replace(base, capital=True), seats
    metonyms = raw.get("metonyms") or {}
    if not isinstance(metonyms, dict):
        raise DictionaryError(f"'metonyms' of {code} must map sectors to lists of names")
    for sector_code, names in metonyms.items():
        if sector_code not in METONYM_SECTORS:
            raise DictionaryError(f"unknown sector {sector_code!r} in metonyms of {code}")
        listed = _names({"m": names}, "m")
        if listed:
            yield Entry(name=name, kind=kind, country=country, sector=sector_code,
                        group=group, part_of=part_of), listed


def _part_of(raw: dict[str, Any], code: str) -> str | None:
    """The organisation an organ, agency or mission rolls up to (``part_of: UNO``)."""
    parent = raw.get("part_of")
    if parent is None:
        return None
    if not isinstance(parent, str) or not parent.strip().isupper():
        raise DictionaryError(f"'part_of' of {code} must be an upper-case code, got {parent!r}")
    parent = parent.strip()
    if parent == code:
        raise DictionaryError(f"'part_of' of {code} names the organisation itself")
    return parent


def roll_up_table(entries: Iterable[Entry]) -> dict[str, str]:
    """Finer codes → the code they score as (the codebook's roll-up): an organ, agency or
    mission → its organisation, transitively (UNSC, UNIFIL → UNO); a group's or NGO's own code
    → its home country (HMS → PSE, MSF → CHE). Codes not listed score as themselves."""
    table: dict[str, str] = {}
    for entry in entries:
        if entry.part_of is not None and entry.country is not None:
            table[entry.country] = entry.part_of
        if entry.group is not None and entry.country is not None and entry.country != entry.group:
            table[entry.group] = entry.country
    resolved: dict[str, str] = {}
    for code in table:
        seen = {code}
        top = table[code]
        while top in table and top not in seen:  # a cycle stops where it closes
            seen.add(top)
            top = table[top]
        resolved[code] = top
    return resolved


@functools.lru_cache(maxsize=1)
def shipped_roll_ups() -> dict[str, str]:
    """The roll-up table of the shipped organisation and group dictionaries."""
    problems: list[str] = []
    entries = [entry for name in ("igos.yaml", "groups.yaml")
               for entry, _ in _read_actor_file(data_path(f"actors/{name}"), problems)]
    return roll_up_table(entries)


@functools.lru_cache(maxsize=1)
def shipped_organisations() -> frozenset[str]:
    """The codes of the shipped international organisations, with their organs, agencies
    and missions (UNO, NATO, UNSC, HCR …)."""
    problems: list[str] = []
    return frozenset(entry.country for entry, _ in
                     _read_actor_file(data_path("actors/igos.yaml"), problems)
                     if entry.kind == "igo" and entry.country)


def roll_up(code: str | None, table: dict[str, str] | None = None) -> str | None:
    """The code ``code`` scores as (UNSC → UNO, HMS → PSE, NATO → NATO): by the shipped
    dictionary's ``part_of`` fields and group homes, or by ``table`` (``roll_up_table``)."""
    if code is None:
        return None
    return (shipped_roll_ups() if table is None else table).get(code, code)


def _parse_role(raw: Any) -> Role:
    if not isinstance(raw, dict):
        raise DictionaryError(f"a role must be a mapping, got {raw!r}")
    if "sector" in raw and raw["sector"] is None:
        sector = None  # "sector: null": the country alone
    else:
        sector = str(raw.get("sector") or "GOV")
        if sector not in METONYM_SECTORS:
            raise DictionaryError(f"unknown sector {sector!r} in role {raw!r}")
    start, end = _date(raw.get("start")), _date(raw.get("end"))
    if start and end and end < start:
        raise DictionaryError(f"role ends before it starts: {raw!r}")
    return Role(country=str(raw["country"]), sector=sector, title=str(raw.get("role") or ""),
                start=start, end=end)


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise DictionaryError(f"bad date {value!r} (use YYYY-MM-DD)") from None


def _read_user_roles(path: Path, data: dict[Any, Any], problems: list[str]) -> dict[str, str]:
    """Role nouns of a user file (sector → nouns); bad sectors are problems, not failures."""
    lines: dict[str, int] = {}
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=_LINE_LOADER)
        if isinstance(node, yaml.MappingNode):
            lines = {str(k.value): k.start_mark.line + 1 for k, _ in node.value}
    except yaml.YAMLError:
        pass
    roles: dict[str, str] = {}
    for sector, nouns in data.items():
        where = f"{path}:{lines.get(str(sector), 1)}"
        if sector not in METONYM_SECTORS:
            problems.append(f"{where}: unknown sector {sector!r} (use one of "
                            f"{', '.join(sorted(METONYM_SECTORS))})")
            continue
        if not isinstance(nouns, list) or not all(isinstance(n, str) and n.strip()
                                                  for n in nouns):
            problems.append(f"{where}: the role nouns of {sector} must be a list of strings")
            continue
        for noun in nouns:
            roles[" ".join(noun.lower().split())] = sector
    return roles


def _read_roles(path: Path) -> dict[str, str]:
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise DictionaryError(f"{path}: expected a mapping of sector → role nouns")
    roles: dict[str, str] = {}
    for sector, nouns in data.items():
        if sector not in METONYM_SECTORS:
            raise DictionaryError(f"{path}: unknown sector {sector!r}")
        for noun in nouns or []:
            roles.setdefault(str(noun).lower(), sector)
    return roles


# ----------------------------------------------------------------------------- resolution

def np_tokens(head: Token, preps: frozenset[str] = _NP_PREPS) -> list[Token]:
    """The tokens of the actor phrase headed by ``head``: modifiers and of/for-phrases, not
    relative clauses, appositions or conjuncts."""
    out = [head]
    for child in head.children:
        if child.dep_ in _NP_DEPS:
            out.extend(np_tokens(child, preps))
        elif child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out.extend(np_tokens(pobj, preps))
    return out


def resolve(head: Token, mentions: dict[int, Mention], dictionary: ActorDictionary,
            when: date | None, people: dict[str, Actor] | None = None, *,
            state_sector: str | None = "GOV") -> Actor | None:
    """The actor named by the phrase headed by ``head``, or None.

    Country: the dictionary match nearest the head (the head itself first), else a
    remembered person of the article. Sector: the head's role noun, else the match's own,
    else ``state_sector`` for a state named alone ("Russia said", "Tehran").
    """
    doc = head.doc
    own = mentions.get(head.i)
    if own is not None and patron(doc, own):
        return None
    role = specific_role(head, dictionary) if own is None else None
    if role is None and own is None and head.pos_ == "PROPN":  # "Foreign Minister Ama Owusu"
        role = next((dictionary.role_sector(c) for c in titles(head, dictionary)), None)
    tokens = np_tokens(head)
    ids = {t.i for t in tokens}
    found = [m for m in {mentions[t.i] for t in tokens if t.i in mentions
                         and not _named_after(doc[t.i], mentions[t.i])}
             if not patron(doc, m)]
    # "talks in Cairo": a capital after a locative preposition may be a venue, not a party
    venues = {mentions[t.i] for t in tokens
              if t.i in mentions and mentions[t.i].entry.capital and locative(t)}
    lo, hi = min(ids), max(ids) + 1
    phrase = doc[lo:hi]
    if own is not None and own.entry.kind == "country" and own.entry.sector is not None:
        # a state body named as one state's whose owner is another state ("Peru's Congress",
        # "the Colombian Senate"): the owner's body of that kind
        owner = next((mentions[c.i] for c in head.children
                      if c.dep_ in ("poss", "amod") and c.i in mentions and
                      mentions[c.i].entry.kind == "country" and
                      mentions[c.i].entry.sector is None and
                      mentions[c.i].entry.country != own.entry.country), None)
        if owner is not None:
            return owner.actor(doc, when, text=doc[lo:hi], sector=own.entry.sector,
                               resolved_by="attachment")
    if own is not None:
        # a state named alone ("Russia said", "Tehran") acts as its government
        state = own.entry.kind == "country" and not own.entry.adjective \
            and own.entry.sector is None
        how = "venue" if own.entry.capital and locative(head) and \
            head.head.head.lemma_.lower() not in _MISSIONS else "dictionary"
        sector = state_sector if state else "CVL" if _counted_people(head, own) else None
        return own.actor(doc, when, text=phrase, sector=sector, resolved_by=how)
    if found:
        # "a Papua New Guinea-based spokesman for the US embassy": where one is based names
        # one's country only where nothing else does ("the London-based rights group")
        found.sort(key=lambda m: (seat(doc, m), _distance(doc, m, head), m.start))
        best = found[0]
        if role in ("GOV", "MIL", "COP") and best.entry.kind == "group" and best.entry.sector:
            role = None  # "a spokesperson for Hamas", "the group's leader", "the commander of
            # the SDF", "Hezbollah fighters": the group's sector
        # "Ukraine's foreign minister", "the German government"
        how = "venue" if best in venues else "dictionary" if role is None else "attachment"
        if role is None and head.lower_ in COUNTS and _counted_people(doc[best.start], best):
            role = "CVL"  # "thousands of Kenyans"
        return best.actor(doc, when, sector=role, text=phrase, resolved_by=how)
    if people and head.pos_ != "PROPN":  # "Yusov's comments": a person named before
        head = next((t for t in tokens if t.pos_ == "PROPN" and t.text in people
                     and t.dep_ in ("poss", "compound")), head)
    if people and (head.pos_ == "PROPN" or head.text[:1].isupper() and head.dep_ in (
            "nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos")):  # "Murkomen", tagged as
        known = people.get(head.text)  # a common noun, is the person named before
        if known is not None:
            return Actor(text=phrase.text, country=known.country, sector=known.sector,
                         name=known.name, kind="person", resolved_by="coreference",
                         start=phrase.start_char, end=phrase.end_char)
    return None


#: roles anyone's side may hold: "the leader of the opposition party" is of the opposition
_GENERIC_ROLES = frozenset({"leader", "member", "head", "chief", "spokesman", "spokesperson",
                            "spokeswoman", "official", "representative", "figure"})


def specific_role(head: Token, dictionary: ActorDictionary) -> str | None:
    """The sector of a role noun, or of the body a generic role is "of" or "for" ("the
    leader of the main opposition party": OPP; "a spokesman for the army": MIL), or of the
    people a count with no role of its own counts ("Dozens of Israeli settlers": CVL), or of
    a role noun that modifies a noun with none ("a gang massacre", "a police raid")."""
    role = dictionary.role_sector(head)
    if role is None and head.pos_ == "NOUN":
        role = next((r for c in head.children if c.dep_ == "compound" and c.i == head.i - 1
                     and c.pos_ == "NOUN"  # not a name's own word ("Security Council")
                     and (r := dictionary.role_sector(c)) is not None), None)
    if head.lemma_.lower() in _GENERIC_ROLES or role is None and head.lower_ in COUNTS:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "for"):
                for node in child.children:
                    inner = dictionary.role_sector(node) if node.dep_ == "pobj" else None
                    if inner is not None:
                        return inner
    return role


def _counted_people(token: Token, mention: Mention) -> bool:
    """Whether a nationality's plural names people counted ("three Americans", "40
    Palestinians", "thousands of Kenyans"): civilians, not their state's side ("the
    Palestinians accused Israel")."""
    if not mention.entry.adjective or mention.end - mention.start != 1 or \
            token.tag_ not in ("NNS", "NNPS") and not token.lower_.endswith("s"):
        return False
    if any(c.dep_ == "nummod" for c in token.children):
        return True
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in COUNTS


def titles(name: Token, dictionary: ActorDictionary) -> list[Token]:
    """The role nouns that title a name ("Foreign Minister" of "Foreign Minister Ama Owusu")."""
    return [c for c in name.children
            if c.dep_ == "compound" and dictionary.role_sector(c) is not None]


def name_head(token: Token) -> Token:
    """The last word of the name a word is part of: a given name or a title ("Mr",
    "President") stands for the whole name, read at its head."""
    return token.head if token.dep_ == "compound" and token.head.pos_ == "PROPN" else token


def resolve_person(token: Token, mentions: dict[int, Mention], dictionary: ActorDictionary,
                   when: date | None, *, state_sector: str | None = "GOV") -> Actor | None:
    """The actor a person's name stands for: from its own phrase ("Russian spokesman Dmitry
    Peskov"), else from the phrase it is in apposition with ("Tanzanian opposition leader
    Tundu Lissu", parsed with "leader" as head; "Lissu, the Tanzanian opposition leader")."""
    token = name_head(token)
    around = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if token.dep_ == "appos" and token.head.pos_ == "NOUN":
        around.insert(0, token.head)
    for head in (token, *around):
        actor = resolve(head, mentions, dictionary, when, state_sector=state_sector)
        if actor is not None:
            return actor
    return None


#: "Iran-aligned militias", "Rwanda-backed rebels": the state named is their patron, not them
_PATRONAGE = frozenset({"aligned", "backed", "allied", "affiliated", "linked", "sponsored",
                        "supported", "funded", "armed", "friendly", "trained", "leaning",
                        "brokered", "mediated", "recognised", "recognized", "designated"})


#: "Iran's proxies", "Israel's militia ally": those related to a state, not the state
_RELATED = frozenset({"proxy", "ally", "partner", "client", "satellite", "surrogate"})


def patron(doc: Doc, mention: Mention) -> bool:
    """Whether a mention names a patron ("Iran-aligned", "Rwanda-backed", "pro-Russian"), the
    other side of a relation ("Iran's proxies", "Russia's allies") or of a stance
    ("anti-Israel")."""
    end, start = mention.end, mention.start
    if end + 1 < len(doc) and doc[end].text in ("-", "–") and \
            doc[end + 1].lower_ in _PATRONAGE:
        return True
    if start >= 2 and doc[start - 1].text in ("-", "–") and \
            doc[start - 2].lower_ in ("pro", "anti"):
        return True  # "pro-Russian separatists", "anti-Israel protesters": for or against it
    root = doc[end - 1]
    return root.dep_ == "poss" and root.head.lemma_.lower() in _RELATED


#: heads that count the people of their "of" phrase ("dozens of settlers", "thousands of
#: troops"): the phrase's role is theirs
COUNTS = frozenset({"dozens", "hundreds", "thousands", "tens", "scores", "millions",
                     "dozen", "hundred", "thousand", "group", "groups", "number", "crowd",
                     "crowds", "contingent", "unit", "batch", "team", "squad", "band",
                     "member", "members"})


#: "the Gulf of Oman", "the Sea of Japan": a name of waters, not the state it is named after
_FEATURES = frozenset({"sea", "gulf", "bay", "strait", "straits", "ocean", "channel", "lake"})


#: the joining words of Portuguese, Spanish, French and Italian place names
_NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "del", "di", "du", "des"})


def _in_longer_name(doc: Doc, start: int) -> bool:
    """Whether the match at ``start`` ends a longer place name joined by a particle
    ("Mocimboa da Praia" is no Praia, "Vila do Conde" no state of that name): a capitalised
    word, then a lower-case particle, right before it."""
    return start >= 2 and doc[start - 1].text in _NAME_PARTICLES and \
        doc[start - 2].is_alpha and doc[start - 2].text[0].isupper()


def _in_feature_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the match ``doc[start:end]`` is part of the name of a sea, gulf or strait
    ("the Gulf of Oman", "the South China Sea", "the Persian Gulf")."""
    before = start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].is_title and \
        doc[start - 2].lower_ in _FEATURES
    after = end < len(doc) and doc[end].is_title and doc[end].lower_ in _FEATURES
    return before or after


def _not_its_state(doc: Doc, start: int) -> bool:
    """Whether the match at ``start`` names no state that acts: an ethnic group ("ethnic
    Albanians in Serbia", "ethnic-Russian residents"), a people of where it lives, not the
    state of its name; or a polity's past ("the former Soviet republic of Georgia", "a
    former French colony", "the two post-Soviet countries"), the state it once belonged to,
    not the one it is; or what spans a region ("the Inter-American Commission", "pan-African
    unity")."""
    before = [t.lower_ for t in doc[max(start - 2, 0):start]]
    if before[-1:] == ["former"] and start + 1 < len(doc) and \
            doc[start + 1].lower_ in _POLITIES:  # read before the parse: no lemmas
        return True
    if before in (["post", "-"], ["ex", "-"], ["pre", "-"], ["inter", "-"], ["pan", "-"]):
        return True  # "post-Soviet", "the Inter-American Commission", "pan-African"
    return before[-1:] == ["ethnic"] or before == ["ethnic", "-"]


def _maker(doc: Doc, end: int) -> bool:
    """Whether the match ending at ``end`` only says where a thing was made ("US-made
    Apaches", "Iranian-built drones"): the maker's country, not who uses it."""
    after = [t.lower_ for t in doc[end:end + 2]]
    return len(after) == 2 and after[0] == "-" and after[1] in _MADE


#: the words after a country's name and a hyphen that say where a thing was made
_MADE = frozenset({"made", "built", "manufactured", "designed", "supplied", "produced"})


#: what a state was once part or possession of ("the former Soviet republic of Georgia")
_POLITIES = frozenset({"republic", "republics", "colony", "colonies", "territory",
                       "territories", "protectorate", "protectorates", "province", "provinces",
                       "satellite", "satellites", "state", "states", "dominion", "dominions"})


#: words of address the entity recogniser may take into a name ("Mr Biden")
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "sheikh",
                         "gen", "general", "col", "colonel", "lt", "maj", "major", "adm",
                         "president", "senator", "sen", "rep", "prince", "king", "queen",
                         "emir", "ayatollah", "imam", "pope", "marshal", "field"})


#: the words that end a newspaper's name ("the Washington Post", "the Kyiv Independent")
_MASTHEADS = frozenset({"post", "times", "herald", "tribune", "independent", "journal",
                        "gazette", "chronicle", "observer", "telegraph", "examiner"})


#: what is named after the city it was made or held in ("the Minsk agreements", "the Vienna
#: Convention", "the Washington process", "the Jeddah talks", "the OSCE Minsk Group", "the
#: Rome Statute", "the Brussels agreement")
_ACCORDS = frozenset({"agreement", "agreements", "accord", "accords", "convention",
                      "conventions", "treaty", "protocol", "protocols", "process", "format",
                      "declaration", "communique", "charter", "framework", "talks", "group",
                      "consensus", "memorandum", "statute", "pact", "deal"})


#: what an accord named after a city is about ("the Paris climate agreement")
_ACCORD_KINDS = frozenset({"climate", "peace", "nuclear", "trade", "ceasefire", "security",
                           "grain", "border", "water", "arms"})


def _names_accord(doc: Doc, end: int) -> bool:
    """Whether a capital's name ending at ``end`` names an accord, a process or a forum
    after it, maybe with one word between ("the Paris climate agreement", "the Oslo Peace
    Accords"): no party to it, and no act on its state."""
    return end < len(doc) and doc[end].lower_ in _ACCORDS or \
        end + 1 < len(doc) and doc[end].lower_ in _ACCORD_KINDS and \
        doc[end + 1].lower_ in _ACCORDS


def _in_masthead(doc: Doc, start: int, end: int) -> bool:
    """Whether the match ``doc[start:end]`` begins a newspaper's name ("the Washington Post",
    "the Taipei Times"): a paper named after a place does not speak for its state."""
    return end < len(doc) and doc[end].is_title and doc[end].lower_ in _MASTHEADS and \
        doc[start].is_title and not (end + 1 < len(doc) and doc[end + 1].text == "-")


#: "Latin America", "the Central American country": a region, not the United States
_AMERICAS = frozenset({"america", "american", "americans"})
_AMERICAN_REGIONS = frozenset({"latin", "south", "north", "central"})


def _in_region_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the match ``doc[start:end]`` is the end of a region's name ("Latin America")."""
    return end - start == 1 and doc[start].lower_ in _AMERICAS and start >= 1 and \
        doc[start - 1].is_title and doc[start - 1].lower_ in _AMERICAN_REGIONS


def seat(doc: Doc, mention: Mention) -> bool:
    """Whether a mention says where one is based ("London-based", "a Doha-based mediator")."""
    end = mention.end
    return end + 1 < len(doc) and doc[end].text in ("-", "–") and \
        doc[end + 1].lower_ == "based"


def locative(token: Token) -> bool:
    """Whether a token is the object of a locative preposition ("in Cairo")."""
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS


def _named_after(token: Token, mention: Mention) -> bool:
    """Whether a capital names what it modifies after the city (``NAMED_AFTER_CITIES``:
    "the Paris climate agreement"), not a party to it."""
    if not mention.entry.capital or token.dep_ != "compound":
        return False
    head = token.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # "the Paris climate agreement": up the compound chain only
    return head.lemma_.lower() in NAMED_AFTER_CITIES


def _distance(doc: Doc, mention: Mention, head: Token) -> int:
    """Tree distance from the head to a mention's root token."""
    token = doc[mention.start:mention.end].root
    steps = 0
    while token.i != head.i and token.head.i != token.i and steps < 10:
        token = token.head
        steps += 1
    return steps


def _abbreviated(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Abbreviations an article defines for a name the dictionary knows ("the Bangladesh
    Nationalist Party (BNP) … The BNP denied it"): each later use of the abbreviation, as a
    word of its own, names the same entry."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found: list[Mention] = []
    for mention in mentions:
        at = mention.end
        if at + 2 >= len(doc) or doc[at].text != "(" or doc[at + 2].text != ")":
            continue
        short = doc[at + 1].text
        if not (2 <= len(short) <= 8 and short.isupper() and short.isalnum()) or \
                at + 1 in taken:
            continue
        for token in doc[at + 3:]:
            if token.text == short and token.i not in taken:
                found.append(Mention(token.i, token.i + 1, mention.entry))
                taken.add(token.i)
    return found
