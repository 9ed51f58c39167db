"""The verb/event dictionary: verb lemmas with particles and object nouns, and nominal events,
mapped to CAMEO codes. One YAML file per CAMEO root under ``data/verbs/``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from .cameo import CameoTable
from .errors import DictionaryError
from .resources import data_files, entry_lines, fingerprint, load_yaml

#: the code of a pattern that matches but codes nothing: it keeps less specific patterns of its
#: word from firing ("strike a deal" is no attack)
NULL_CODE = "---"
DEFAULT_TARGET_PREPS = ("to", "against", "on", "with", "toward", "towards", "at", "into", "upon")
_FIELDS = {"verb", "noun", "code", "objects", "particle", "preps", "of", "note", "reverse"}
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
#: verbs whose direct object may be the recipient, what is given coming after "with"
#: ("provided Pakistan with weapons", "supplied Russia with drones")
_WITH_THEME = frozenset({"provide", "supply", "equip", "furnish", "arm"})
#: particles the parser reads as adverbs after the object ("handed the villages *back*",
#: "called the strike *off*")
_SPLIT_PARTICLES = frozenset({"back", "off", "out", "away", "down", "over", "up"})
#: the C parser where PyYAML has it: only line numbers are read with it (large user files)


@dataclass(frozen=True)
class Pattern:
    """One dictionary entry. ``where`` is ``file:line`` so every coded event can cite it."""

    kind: str  # verb | noun
    lemma: str
    code: str
    where: str
    particle: str | None = None
    objects: frozenset[str] = frozenset()
    preps: tuple[str, ...] = DEFAULT_TARGET_PREPS
    of: str = "target"  # nouns: what an "of X" phrase names
    #: the code of the reciprocal event, target → source ("X visited Y": Y hosted X); None
    reverse: str | None = None

    @property
    def specificity(self) -> int:
        return (2 if self.particle else 0) + (2 if self.objects else 0)

    @property
    def key(self) -> tuple[str, str, str | None, frozenset[str]]:
        """What a pattern matches: two patterns with one key are duplicates (or conflict)."""
        return (self.kind, self.lemma, self.particle, self.objects)


@dataclass
class VerbDictionary:
    verbs: dict[str, list[Pattern]]
    nouns: dict[str, list[Pattern]]
    version: str
    problems: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, cameo: CameoTable, extra: Iterable[Path] = (), *,
             shipped: bool = True) -> VerbDictionary:
        """The shipped patterns (unless ``shipped`` is False), extended by user files. A user
        pattern with the same word, particle and objects as an earlier one replaces it."""
        extra = list(extra)
        paths = [*(data_files("verbs") if shipped else []), *extra]
        user = set(extra)
        verbs: dict[str, list[Pattern]] = {}
        nouns: dict[str, list[Pattern]] = {}
        problems: list[str] = []
        for path in paths:
            data = load_yaml(path) or []
            if not isinstance(data, list):
                raise DictionaryError(f"{path}: expected a list of patterns")
            lines = entry_lines(path)
            for index, raw in enumerate(data):
                line = lines[index] if index < len(lines) else index + 1
                try:
                    pattern = _parse(raw, f"{path.name}:{line}", cameo)
                except DictionaryError as exc:
                    problems.append(f"{path}:{line}: {exc}")
                    continue
                table = verbs if pattern.kind == "verb" else nouns
                bucket = table.setdefault(pattern.lemma, [])
                same = [i for i, p in enumerate(bucket) if p.key == pattern.key] \
                    if path in user else []
                if same:
                    bucket[same[0]] = pattern
                else:
                    bucket.append(pattern)
        return cls(verbs, nouns, fingerprint(paths), problems)

    def __len__(self) -> int:
        return sum(len(v) for v in self.verbs.values()) + sum(len(v) for v in self.nouns.values())

    def match_verb(self, token: Token, *, objects: bool = True) -> Pattern | None:
        """The most specific verb pattern whose particle and object requirements ``token``
        meets (with ``objects`` False, of the patterns that require no object)."""
        candidates = self.verbs.get(token.lemma_.lower())
        if not candidates:
            return None
        particles = _particles(token)
        # a particle the parser attaches as one ("called out China for …": out) before a
        # preposition
        attached = {c.lower_ for c in token.children if c.dep_ == "prt"}
        lemmas = object_lemmas(token)
        # the object's own noun before its modifiers: "withdraw its military attaches" is
        # about the attaches
        heads = {w for c in token.children if c.dep_ in _OBJECT_DEPS
                 for w in (c.lemma_.lower(), c.lower_)}
        best: Pattern | None = None
        best_score = -1.0
        for pattern in candidates:
            if pattern.particle and pattern.particle not in particles or \
                    pattern.objects and not objects:
                continue
            score = pattern.specificity + (1 if pattern.particle in attached else 0)
            if pattern.objects:
                width = objects_width(pattern.objects, lemmas | _prep_objects(
                    token, pattern.particle))
                if not width:
                    continue
                score += width - 1  # "diplomatic ties" is more specific than "ties"
                if heads & pattern.objects:
                    score += 0.5
            if best is None or score > best_score:
                best, best_score = pattern, score
        return None if best is not None and best.code == NULL_CODE else best

    def match_noun(self, token: Token) -> Pattern | None:
        """The noun pattern of ``token``: one whose ``objects`` are among the noun's
        modifiers ("trade war", "press release") or its "of" or "on" complement ("the closure
        of the border", "a ban on imports") before a plain one."""
        candidates = self.nouns.get(token.lemma_.lower())
        if not candidates:
            return None
        modifiers = {w for c in token.children if c.dep_ in ("compound", "amod", "nmod")
                     for w in (c.lemma_.lower(), c.lower_)}
        modifiers |= {w for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "on")
                      for g in c.children if g.dep_ == "pobj"  # "the closure of the border",
                      for w in (g.lemma_.lower(), g.lower_)}  # "a ban on imports"
        best: Pattern | None = None
        best_score = -1
        for pattern in candidates:
            score = 0
            if pattern.objects:
                score = objects_width(pattern.objects, modifiers)
                if not score:
                    continue
            if score > best_score:
                best, best_score = pattern, score
        return None if best is None or best.code == NULL_CODE else best


def objects_width(items: frozenset[str], lemmas: set[str]) -> int:
    """Words in the longest object item all of whose words are among ``lemmas`` (0: none).
    An item is one lemma ("sanction") or several that must all occur ("diplomatic tie")."""
    width = 0
    for item in items:
        if item in lemmas:
            width = max(width, 1)
        elif " " in item:
            words = item.split()
            if all(word in lemmas for word in words):
                width = max(width, len(words))
    return width


def _particles(token: Token) -> set[str]:
    out = set()
    for child in token.children:
        if child.dep_ in ("prt", "prep", "agent", "dative") or child.i == token.i + 1 or \
                child.dep_ == "advmod" and child.lower_ in _SPLIT_PARTICLES:
            out.add(child.lower_)
    if token.i + 1 < len(token.doc):
        out.add(token.doc[token.i + 1].lower_)
    return out


def _prep_objects(token: Token, particle: str | None) -> set[str]:
    """Object lemmas after the pattern's own preposition: "went on *strike*", "pulled out of
    the *talks*", "called for the *release* of"."""
    if not particle:
        return set()
    out: set[str] = set()
    for child in token.children:
        if child.lower_ == particle or (child.dep_ == "prt" and child.lower_ == particle):
            for grand in child.children:
                if grand.dep_ == "pobj":
                    out.update(_noun_lemmas(grand))
                elif grand.dep_ == "prep":  # "out of the talks"
                    for pobj in grand.children:
                        if pobj.dep_ == "pobj":
                            out.update(_noun_lemmas(pobj))
            if child.dep_ == "prt":
                for sibling in token.children:
                    if sibling.dep_ == "prep":
                        for pobj in sibling.children:
                            if pobj.dep_ == "pobj":
                                out.update(_noun_lemmas(pobj))
    return out


#: Latin nouns of diplomatic usage that the tagger reads as verbs ("declared three diplomats
#: persona non grata", with "persona" a VBP heading the small clause)
_LATIN_NOUNS = frozenset({"persona", "personae"})


def object_lemmas(token: Token) -> set[str]:
    """Lemmas of the verb's object nouns: the direct object (or passive subject), its
    compounds, conjuncts and of/in-complements ("$5 billion in aid", "the use of missiles")."""
    out: set[str] = set()
    for child in token.children:
        if child.dep_ in _OBJECT_DEPS:
            out.update(_noun_lemmas(child))
        elif child.dep_ in ("prt",):
            for grand in child.children:
                if grand.dep_ == "dobj":
                    out.update(_noun_lemmas(grand))
        elif child.dep_ == "ccomp" and (child.pos_ in ("NOUN", "PROPN") or
                                        child.lower_ in _LATIN_NOUNS):
            out.update(_noun_lemmas(child))  # a small clause: "declared X persona non grata"
        elif child.dep_ == "ccomp" and child.pos_ == "ADJ" and \
                any(c.dep_ == "nsubj" for c in child.children):
            out.add(child.lemma_.lower())  # "holds Israel responsible"
        elif child.dep_ in ("advcl", "xcomp") and child.pos_ == "ADJ" and \
                any(c.dep_ == "dobj" and c.i < child.i for c in token.children):
            out.add(child.lemma_.lower())  # "held the United States fully responsible"
        elif child.dep_ == "ccomp" and child.pos_ == "VERB" and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            for subject in child.children:  # "allowed aid trucks to enter Gaza", parsed
                if subject.dep_ == "nsubj":  # with the trucks as the infinitive's subject
                    out.update(_noun_lemmas(subject))
        elif _as_complement(child) and any(c.dep_ == "dobj" for c in token.children):
            for noun in (child, *child.children):  # "declared X as persona non grata"
                if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("pobj", "advcl") and \
                        noun.lemma_.lower() != "part":  # not "as part of a mission"
                    out.update(_noun_lemmas(noun))
    if token.lemma_.lower() in _WITH_THEME and any(c.dep_ == "dobj" for c in token.children):
        for child in token.children:  # "provided Pakistan with weapons": the weapons
            if child.dep_ == "prep" and child.lower_ == "with":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        out.update(_noun_lemmas(pobj))
    # "sanctions imposed by"; not "its demand that Rwanda withdraw" (a clause with a subject)
    if (token.dep_ == "acl" or perfect_participle(token) or finite_modifier(token)) and \
            token.head.pos_ in ("NOUN", "PROPN") and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        out.update(_noun_lemmas(token.head))
    return out


def finite_modifier(token: Token) -> bool:
    """A past-tense verb the parser read as an adjective of its object: "Niger's military
    seized power", with "seized" a modifier of "power" (a finite verb is no modifier)."""
    return token.dep_ == "amod" and token.tag_ == "VBD"


def perfect_participle(token: Token) -> bool:
    """A perfect tense the parser read as an adjective: "Peru has frozen relations", with
    "frozen" a modifier of "relations" and "has" the clause's verb."""
    if token.dep_ != "amod" or token.tag_ != "VBN" or token.i == 0:
        return False
    have = token.doc[token.i - 1]
    return have.lemma_ == "have" and have.pos_ in ("VERB", "AUX") and token.head.head.i == have.i


def _as_complement(token: Token) -> bool:
    """Whether a verb's dependent is an "as" complement: a preposition ("as a threat") or a
    verbless clause the parser marks with "as"."""
    if token.dep_ == "prep":
        return token.lower_ == "as"
    return token.dep_ == "advcl" and token.pos_ in ("NOUN", "PROPN") and \
        any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)


def _noun_lemmas(noun: Token) -> set[str]:
    """Lemmas, and the words as written: the lemmatiser cuts some plurals that are words of
    their own ("headquarters" → "headquarter")."""
    out = {noun.lemma_.lower(), noun.lower_}
    for child in noun.children:
        if child.dep_ in ("compound", "conj", "amod", "nmod"):  # nmod: a title the parser
            out.update((child.lemma_.lower(), child.lower_))  # hangs so ("U.S. Secretary of
            # State Antony Blinken")
        elif child.dep_ == "prep" and child.lower_ in ("of", "in"):
            for pobj in child.children:  # not "towns in the West Bank": a place's name
                if pobj.dep_ == "pobj" and (child.lower_ == "of" or pobj.pos_ != "PROPN"):
                    out.update(_noun_lemmas(pobj))
    return out



def _parse(raw: Any, where: str, cameo: CameoTable) -> Pattern:
    if not isinstance(raw, dict):
        raise DictionaryError(f"a pattern must be a mapping, got {raw!r}")
    unknown = set(raw) - _FIELDS
    if unknown:
        raise DictionaryError(f"unknown field(s) {sorted(unknown)} (allowed: {sorted(_FIELDS)})")
    if ("verb" in raw) == ("noun" in raw):
        raise DictionaryError(f"a pattern needs exactly one of 'verb' or 'noun': {raw!r}")
    kind = "verb" if "verb" in raw else "noun"
    lemma = str(raw[kind]).strip().lower()
    code = str(raw.get("code", "")).strip()
    if code not in cameo and code != NULL_CODE:
        raise DictionaryError(f"unknown CAMEO code {code!r} for {kind} {lemma!r}")
    objects = raw.get("objects") or []
    preps = raw.get("preps")
    for name in ("particle", "objects", "preps"):
        values = raw.get(name)
        if any(isinstance(v, bool) for v in (values if isinstance(values, list) else [values])):
            raise DictionaryError(f"{name} of {kind} {lemma!r} holds a word YAML reads as a "
                                  "boolean: quote it (\"on\", \"off\", \"yes\", \"no\")")
    of = str(raw.get("of") or "target")
    if of not in ("target", "source", "theme"):
        raise DictionaryError(f"'of' must be target, source or theme, not {of!r}")
    reverse = str(raw["reverse"]).strip() if raw.get("reverse") is not None else None
    if reverse is not None and reverse not in cameo:
        raise DictionaryError(f"unknown CAMEO code {reverse!r} in 'reverse' of {kind} {lemma!r}")
    return Pattern(
        kind=kind,
        lemma=lemma,
        code=code,
        where=where,
        particle=str(raw["particle"]).lower() if raw.get("particle") else None,
        objects=frozenset(" ".join(str(o).lower().split()) for o in objects),
        preps=tuple(str(p).lower() for p in preps) if preps else DEFAULT_TARGET_PREPS,
        of=of,
        reverse=reverse,
    )
