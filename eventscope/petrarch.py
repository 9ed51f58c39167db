"""PETRARCH and TABARI dictionaries in, eventscope dictionaries out; their validation records.

``import_petrarch`` converts the text formats of PETRARCH-1/TABARI and PETRARCH-2 (the
validation dictionaries, ``CAMEO.2.0.txt``, the Phoenix actor and agent files) into eventscope's
YAML formats and reports, line by line, what it could not convert and why.

Verb dictionaries: synsets (``&CURRENCY`` followed by ``+DOLLARS`` lines), verb blocks
(``--- ATTACK [190] ---``) listing verbs (``SEND {SENT SENDING}``, compound verbs ``+CORDON_OFF``,
a verb's own code ``DOWNPLAY [014]``) and patterns (``- * (TO BORDER) [154]``,
``- * DIPLOMATIC TIES [901]``, ``- * FOR &ECONSANCT [172]``). ``*`` is the verb; words after it
are its object phrase (all of them must occur in it), a first preposition is the particle
(``(PREP ...)`` in PETRARCH-2), a final bare preposition introduces the target; ``+``, ``$`` and
``%`` mark target, source and a compound actor; ``[A:B]`` codes the reciprocal event B
(target → source) as ``reverse``. What eventscope's patterns cannot say is reported: words
before the verb (``SAID WOULD *``), a source after the verb (``* FROM $``), skipped phrases
(``^``), null codes (``[---]``, which block coding), codes outside CAMEO.

Actor dictionaries: ``UNITED_STATES_ [USA]`` with synonym lines ``+AMERICA``, codes on their own
lines, date-restricted codes (``[USAGOV 20090120-20170120]``, ``[HOB <950601]``,
``[HOBREB >990816]``: first matching restriction wins, an unrestricted code is the default).
Agents (``PRESIDENT [~GOV]``, plurals in ``{...}``, ``!PERSON!`` substitution sets) become role
nouns. A CAMEO actor code is split into eventscope's country and sector at the first
three-letter part that is an eventscope sector (``ISRMIL`` → ISR MIL, ``PSEREBHMS`` → PSE REB,
HMS dropped and reported); a code without one is kept whole as the country (``ORCHOB``).

``validate`` codes the PETRARCH/TABARI validation records (``PETR.UnitTest.records.xml``) with
their own dictionaries imported, and counts the records that code exactly as expected.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import product
from pathlib import Path
from typing import Any

from .cameo import CameoCode, CameoTable
from .errors import DictionaryError
from .model import SECTORS
from .verbs import NULL_CODE

SECTOR_CODES = frozenset(SECTORS) | {"ELI"}
#: actor codes that name no actor
NULL_CODES = frozenset({"---", "+++", "###", ""})
#: words that can be a verb's particle or introduce its target
PREPOSITIONS = frozenset("""about above across after against along among around as at away back
before behind below beneath beside between beyond by down during for from in inside into near
of off on onto out outside over past through throughout to toward towards under until up upon
with within without""".split())
#: words dropped from object phrases: they are not lemmas of a noun phrase's content words
FUNCTION_WORDS = frozenset("""a an the its their his her our my your this that these those some
any and or""".split())
NEGATIONS = frozenset({"not", "n't", "no", "never", "neither", "nor"})
#: auxiliaries before the verb that a pattern may carry without changing what it means
AUXILIARIES = frozenset({"have", "has", "had", "is", "are", "was", "were", "be", "been", "being",
                         "am"})


# ---------------------------------------------------------------------------- reading lines

def _strip_hash(line: str) -> str:
    """The line without its ``#`` comment (a ``#`` inside ``[...]`` is part of a code)."""
    depth = 0
    for i, char in enumerate(line):
        if char == "[":
            depth += 1
        elif char == "]":
            depth = max(depth - 1, 0)
        elif char == "#" and depth == 0:
            return line[:i]
    return line


def read_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, text) of the lines that carry content: ``#`` comments, XML comments
    (``<!-- ... -->``, one line or several) and blank lines are skipped."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read dictionary file ({exc.strerror})") from None
    in_comment = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw
        if in_comment:
            if "-->" not in line:
                continue
            line = line.split("-->", 1)[1]
            in_comment = False
        line = re.sub(r"<!--.*?-->", "", line)
        if "<!--" in line:
            line, in_comment = line.split("<!--", 1)[0], True
        if line.lstrip().startswith("<!"):  # "<! -- ... -->"
            continue
        line = _strip_hash(line).rstrip()
        if line.strip():
            yield number, line


# ---------------------------------------------------------------------------- report

@dataclass(frozen=True)
class Skipped:
    """A dictionary line that was not converted (or only in part: ``partial``), and why."""

    path: str
    line: int
    reason: str
    text: str
    partial: bool = False

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}: {self.text.strip()}"


@dataclass
class ImportReport:
    """What ``import_petrarch`` wrote and what it left out."""

    written: list[Path] = field(default_factory=list)
    converted: Counter[str] = field(default_factory=Counter)
    skipped: list[Skipped] = field(default_factory=list)

    def skip(self, path: Path | str, line: int, reason: str, text: str, *,
             partial: bool = False) -> None:
        self.skipped.append(Skipped(Path(path).name, line, reason, text, partial))

    def by_reason(self, partial: bool | None = None) -> Counter[str]:
        return Counter(s.reason for s in self.skipped if partial in (None, s.partial))

    def summary(self) -> str:
        lines = ["converted: " + ", ".join(f"{n} {what}" for what, n in
                                           sorted(self.converted.items()))]
        lines += [f"wrote {path}" for path in self.written]
        for partial, title in ((True, "converted with losses"), (False, "not converted")):
            reasons = self.by_reason(partial)
            if reasons:
                lines.append(f"{title}: {sum(reasons.values())} line(s), by reason:")
                lines += [f"  {count:6d}  {reason}" for reason, count in reasons.most_common()]
        return "\n".join(lines)


# ---------------------------------------------------------------------------- lemmas

class Lemmatizer:
    """spaCy's lemmatizer on single words with a given tag (the coder compares lemmas)."""

    def __init__(self, model: str | None = None, nlp: Any = None):
        self._model = model
        self._nlp: Any = nlp
        self._cache: dict[tuple[str, str], str] = {}

    def __call__(self, word: str, tag: str = "NN") -> str:
        word = word.lower()
        key = (word, tag)
        if key not in self._cache:
            if not word.isascii() or not re.fullmatch(r"[a-z][a-z'.-]*", word):
                self._cache[key] = word
            else:
                self._cache[key] = self._lemma(word, tag)
        return self._cache[key]

    def _lemma(self, word: str, tag: str) -> str:
        from spacy.tokens import Doc

        if self._nlp is None:
            from . import nlp as nlp_mod

            self._nlp = nlp_mod.load(self._model)
        pos = "VERB" if tag.startswith("VB") else "NOUN"
        doc = Doc(self._nlp.vocab, words=[word], pos=[pos], tags=[tag])
        lemma = self._nlp.get_pipe("lemmatizer")(doc)[0].lemma_.lower()
        return lemma or word

    def verb_lemmas(self, base: str, forms: list[str]) -> list[str]:
        """Lemmas of a verb and its forms (given, or the regular ones PETRARCH generates):
        a form the lemmatizer reads differently ("cordoned" → "cordone") adds its lemma."""
        base = base.lower()
        lemmas = [self(base, "VB")]
        if forms:
            tagged = [(f.lower(), "VBD") for f in forms]
        elif lemmas[0] == base:
            stem = base[:-1] if base.endswith("e") else base
            plural = base + ("es" if base.endswith(("s", "x", "z", "ch", "sh")) else "s")
            past = (base[:-1] + "ied") if base.endswith("y") and base[-2:-1] not in "aeiou" \
                else stem + "ed"
            tagged = [(plural, "VBZ"), (past, "VBD"), (stem + "ing", "VBG")]
        else:
            tagged = []
        for form, tag in tagged:
            lemma = self(form, "VBG" if form.endswith("ing") else tag)
            if lemma not in lemmas:
                lemmas.append(lemma)
        return lemmas

    def object_words(self, word: str) -> list[str]:
        """The lemmas a pattern word may have in a parse: "ties" → tie; "improved" → improve
        or improved (a participle or an adjective)."""
        word = word.lower().strip("_")
        out = [self(word, "NNS" if word.endswith("s") else "NN")]
        if word.endswith(("ing", "ed")):
            out.append(self(word, "VBG" if word.endswith("ing") else "VBN"))
            out.append(word)
        return list(dict.fromkeys(out))


# ---------------------------------------------------------------------------- verb dictionaries

@dataclass
class _Verb:
    word: str
    before: list[str]
    after: list[str]
    forms: list[str]
    code: str | None
    line: int
    text: str


@dataclass
class _Block:
    name: str
    code: str | None
    line: int
    verbs: list[_Verb] = field(default_factory=list)
    #: (line, pattern body, code, the line as written)
    patterns: list[tuple[int, str, str, str]] = field(default_factory=list)


@dataclass
class VerbFile:
    synsets: dict[str, list[list[str]]]
    blocks: list[_Block]


_CODE = re.compile(r"\[([^\]]*)\]")


def _words(text: str) -> list[str]:
    """PETRARCH words: ``_`` joins words that must be adjacent (treated as a space here)."""
    return [w for chunk in text.split() for w in chunk.split("_") if w]


def read_verb_file(path: Path, report: ImportReport) -> VerbFile:
    synsets: dict[str, list[list[str]]] = {}
    blocks: list[_Block] = []
    synset: str | None = None
    block: _Block | None = None
    for number, line in read_lines(path):
        stripped = line.strip()
        if stripped.startswith("---"):
            head = stripped.strip("-").strip()
            codes = _CODE.findall(head)
            name = _CODE.sub("", head).strip()
            block = _Block(name, codes[0].strip() if codes else None, number)
            blocks.append(block)
            synset = None
        elif stripped.startswith("&") and line[0] == "&":
            synset = stripped.split()[0].rstrip("_")
            synsets.setdefault(synset, [])
            block = None
        elif stripped.startswith("+") and synset is not None:
            synsets[synset].append(_words(stripped[1:].replace("{", " ").replace("}", " ")))
        elif stripped.startswith("-"):
            codes = _CODE.findall(stripped)
            if block is None:
                report.skip(path, number, "pattern outside a verb block", stripped)
            elif not codes:
                report.skip(path, number, "pattern without a [code]", stripped)
            else:
                body = stripped[1:stripped.rfind("[")]
                block.patterns.append((number, body, codes[-1].strip(), stripped))
        elif stripped.startswith("~"):
            report.skip(path, number, "verb transformation (~)", stripped)
        elif block is not None:
            verb = _parse_verb_line(stripped, number)
            if verb is None:
                report.skip(path, number, "unreadable verb line", stripped)
            else:
                block.verbs.append(verb)
        else:
            report.skip(path, number, "line outside a synset or verb block", stripped)
    return VerbFile(synsets, blocks)


def _parse_verb_line(text: str, number: int) -> _Verb | None:
    codes = _CODE.findall(text)
    main = _CODE.sub(" ", text)
    forms_text = " ".join(re.findall(r"\{([^}]*)\}", main))
    main = re.sub(r"\{[^}]*\}", " ", main)
    words = [w for chunk in main.split() for w in chunk.split("_") if w]
    if not words:
        return None
    index = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    verb = words[index].lstrip("+")
    forms = []
    for form in forms_text.split():
        parts = [p for p in form.split("_") if p]
        marked = [p for p in parts if p.startswith("+")]
        forms.append((marked[0] if marked else parts[0]).lstrip("+"))
    if not verb or not re.fullmatch(r"[A-Za-z][A-Za-z'-]*", verb):
        return None
    return _Verb(verb, [w.lstrip("+") for w in words[:index]],
                 [w.lstrip("+") for w in words[index + 1:]], [f for f in forms if f],
                 codes[0].strip() if codes else None, number, text)


def _expand(tokens: list[str], synsets: dict[str, list[list[str]]], depth: int = 0
            ) -> list[list[str]]:
    """Every token list the synsets (``&NAME``) in ``tokens`` stand for."""
    if depth > 5:
        raise ValueError("synsets nested too deep")
    slots: list[list[list[str]]] = []
    for token in tokens:
        if token.startswith("&"):
            name = token.rstrip("_")
            if name not in synsets:
                raise KeyError(name)
            members: list[list[str]] = []
            for member in synsets[name]:
                members.extend(_expand(member, synsets, depth + 1))
            slots.append(members)
        else:
            slots.append([[token]])
    return [[w for part in combo for w in part] for combo in product(*slots)]


@dataclass
class _Reading:
    particle: str | None
    preps: tuple[str, ...]
    items: list[str]  # the object phrase: lemmas, space-separated (alternative lemmas)


def _tokens(body: str) -> list[str]:
    body = body.replace("(", " ( ").replace(")", " ) ").replace("{", " { ").replace("}", " } ")
    out = []
    for chunk in body.split():
        if chunk in "(){}":
            out.append(chunk)
            continue
        out.extend(p for p in re.split(r"_", chunk) if p)
    return out


def _read_pattern(tokens: list[str], verb: _Verb, lemma: Lemmatizer) -> _Reading | str:
    """What eventscope's pattern fields can say of one expanded pattern, or why not."""
    if "*" not in tokens:
        return "no verb position (*) in the pattern"
    star = tokens.index("*")
    pre, post = tokens[:star], tokens[star + 1:]
    if "%" in pre:
        return "compound-subject condition (% before the verb)"
    for word in pre:
        if word == "$" or word.lower() in AUXILIARIES:
            continue
        if word == "+":
            return "target before the verb (+ *)"
        return "words before the verb"
    if verb.before:
        return "multi-word verb with words before the verb"
    if "$" in post:
        return "source after the verb ($)"
    if "^" in post:
        return "skipped phrase (^)"
    if "%" in post:
        return "compound actor after the verb (%)"
    if "*" in post:
        return "two verb positions (*)"
    # prepositional phrases: "(TO BORDER)"; noun phrases: "{ARMS SHIPMENT}"
    phrases: list[list[str]] = []
    words: list[str] = []
    current: list[str] | None = None
    for token in post:
        if token == "(":
            current = []
        elif token == ")":
            if current is not None:
                phrases.append(current)
            current = None
        elif token in "{}":
            continue
        elif current is not None:
            current.append(token)
        else:
            words.append(token)
    words = [*verb.after, *words]
    target_at_end = bool(words) and words[-1] == "+"
    if "+" in words:
        where = words.index("+")
        if where not in (0, len(words) - 1) or words.count("+") > 1:
            return "target marker (+) inside the phrase"
        words = [w for w in words if w != "+"]
    particle: str | None = None
    preps: tuple[str, ...] = ()
    lowered = [w.lower() for w in words]
    if len(phrases) > 1 or (phrases and lowered and lowered[0] in PREPOSITIONS):
        return "more than one prepositional phrase"
    if any(w in NEGATIONS for w in lowered) or any(w.lower() in NEGATIONS
                                                    for p in phrases for w in p):
        return "negation inside the pattern"
    content = lowered
    if phrases:
        phrase = [w.lower() for w in phrases[0] if w != "+"]
        if not phrase or phrase[0] not in PREPOSITIONS:
            return "prepositional phrase without a preposition"
        particle = phrase[0]
        content = [*lowered, *phrase[1:]]
    elif lowered and lowered[0] in PREPOSITIONS:
        particle, content = lowered[0], lowered[1:]
    trailing: list[str] = []
    while content and content[-1] in PREPOSITIONS:
        trailing.insert(0, content.pop())
    if trailing and particle is None:
        particle = trailing.pop(0)  # "* MEMOS FROM": the preposition must be there
    if trailing:
        preps = tuple(trailing)
    elif target_at_end and particle and not content:
        preps = (particle,)
    kept = [w for w in content if w not in PREPOSITIONS and w not in FUNCTION_WORDS]
    if any(not re.fullmatch(r"[a-z0-9][a-z0-9'.-]*", w) for w in kept):
        return "unreadable word in the pattern"
    options = [lemma.object_words(w) for w in kept]
    items = [" ".join(dict.fromkeys(combo)) for combo in product(*options)][:8]
    return _Reading(particle, preps, items)


def _split_code(raw: str) -> tuple[str | None, str | None, str | None]:
    """(code, reverse, problem) of a pattern code: ``190``, ``032:033``, ``:173``; a null code
    (``---``) is eventscope's null code, a pattern that matches and codes nothing."""
    raw = raw.strip()
    code, _, reverse = raw.partition(":")
    code, reverse = code.strip(), reverse.strip()
    if code in ("", NULL_CODE):
        if reverse and reverse != NULL_CODE:
            return None, None, "reverse-only code [:X]"
        return NULL_CODE, None, None
    return code, (reverse if reverse and reverse != NULL_CODE else None), None


@dataclass
class _Out:
    lemma: str
    code: str
    particle: str | None
    preps: tuple[str, ...]
    items: list[str]
    reverse: str | None
    note: str


def convert_verbs(path: Path, report: ImportReport, lemma: Lemmatizer,
                  known: CameoTable | set[str]) -> list[_Out]:
    """The patterns of one PETRARCH verb dictionary in eventscope's terms."""
    parsed = read_verb_file(path, report)
    out: list[_Out] = []
    claimed: dict[tuple[str, str | None, str | None], int] = {}
    lemmas_of: dict[tuple[str, tuple[str, ...]], list[str]] = {}

    def verb_lemmas(verb: _Verb) -> list[str]:
        key = (verb.word, tuple(verb.forms))
        if key not in lemmas_of:
            lemmas_of[key] = lemma.verb_lemmas(verb.word, verb.forms)
        return lemmas_of[key]

    def usable(code: str, number: int, text: str) -> bool:
        if code == NULL_CODE or code in known:
            return True
        report.skip(path, number, "code not in CAMEO", text)
        return False

    def add(entry: _Out, number: int) -> bool:
        items = []
        for item in entry.items or [None]:
            key = (entry.lemma, entry.particle, item)
            if key in claimed:
                continue  # PETRARCH's first pattern wins
            claimed[key] = number
            items.append(item)
        if not items:
            return False
        entry.items = [i for i in items if i is not None]
        out.append(entry)
        return True

    for block in parsed.blocks:
        for verb in block.verbs:
            lemmas = verb_lemmas(verb)
            own = verb.code if verb.code is not None else block.code
            code, reverse, problem = _split_code(own or "---")
            if verb.before:
                report.skip(path, verb.line, "multi-word verb with words before the verb",
                            verb.text)
                continue
            if problem is None and code not in (None, NULL_CODE) and \
                    usable(code, verb.line, verb.text):
                if reverse is not None and reverse not in known:
                    reverse = None
                particle = verb.after[0].lower() if verb.after else None
                added = [add(_Out(lem, code, particle, (), [], reverse,
                                  f"{path.name}:{verb.line}: {verb.text.strip()}"), verb.line)
                         for lem in lemmas]
                if not any(added):
                    report.skip(path, verb.line, "duplicate of an earlier verb", verb.text)
        for number, body, raw_code, text in block.patterns:
            code, reverse, problem = _split_code(raw_code)
            if problem is not None:
                report.skip(path, number, problem, text)
                continue
            assert code is not None
            if not usable(code, number, text):
                continue
            if reverse is not None and reverse not in known:
                report.skip(path, number, "reverse code not in CAMEO (kept the main code)", text,
                            partial=True)
                reverse = None
            try:
                variants = _expand(_tokens(body), parsed.synsets)
            except KeyError as exc:
                report.skip(path, number, f"undefined synset {exc.args[0]}", text)
                continue
            except ValueError as exc:
                report.skip(path, number, str(exc), text)
                continue
            produced = 0
            reasons: Counter[str] = Counter()
            readings: dict[tuple[str, ...], tuple[dict[Any, list[str]], Counter[str]]] = {}
            for verb in block.verbs:
                if verb.before:
                    continue
                after = tuple(verb.after)
                if after not in readings:  # verbs of a block share their readings
                    readings[after] = _group_readings(variants, verb, lemma)
                groups, failed = readings[after]
                reasons.update(failed)
                for (particle, preps), items in groups.items():
                    plain = [i for i in items if i]
                    if "" in items and plain:
                        plain = []  # one variant has no object: it matches any object
                    for lem in verb_lemmas(verb):
                        if add(_Out(lem, code, particle, preps, plain, reverse,
                                    f"{path.name}:{number}: {text.strip()}"), number):
                            produced += 1
                        else:
                            reasons["duplicate of an earlier pattern"] += 1
            if not produced:
                reason = reasons.most_common(1)[0][0] if reasons else "no usable verb in the block"
                report.skip(path, number, reason, text)
    return out


def _group_readings(variants: list[list[str]], verb: _Verb, lemma: Lemmatizer
                    ) -> tuple[dict[tuple[str | None, tuple[str, ...]], list[str]], Counter[str]]:
    """The readings of a pattern's variants, grouped by particle and target prepositions (one
    eventscope pattern each, with the variants' object phrases), and why others failed."""
    groups: dict[tuple[str | None, tuple[str, ...]], list[str]] = {}
    failed: Counter[str] = Counter()
    for tokens in variants:
        reading = _read_pattern(tokens, verb, lemma)
        if isinstance(reading, str):
            failed[reading] += 1
            continue
        bucket = groups.setdefault((reading.particle, reading.preps), [])
        for item in reading.items or [""]:
            if item not in bucket:
                bucket.append(item)
    return groups, failed


def _verb_yaml(patterns: list[_Out], source: str) -> str:
    lines = [f"# Verb patterns converted from {source} (PETRARCH/TABARI format).",
             "# note: the dictionary line each pattern comes from.", ""]
    for p in patterns:
        lines.append(f"- verb: {json.dumps(p.lemma)}")
        if p.particle:
            lines.append(f"  particle: {json.dumps(p.particle)}")
        if p.items:
            lines.append(f"  objects: {json.dumps(p.items, ensure_ascii=False)}")
        if p.preps:
            lines.append(f"  preps: {json.dumps(list(p.preps))}")
        lines.append(f"  code: {json.dumps(p.code)}")
        if p.reverse:
            lines.append(f"  reverse: {json.dumps(p.reverse)}")
        lines.append(f"  note: {json.dumps(p.note, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------- actor codes

def split_code(code: str) -> tuple[str | None, str | None, str]:
    """(country, sector, dropped) of a CAMEO actor code, as eventscope's actors hold them.

    The code is read in three-letter parts; the first part after the first that is an
    eventscope sector is the sector, what precedes it the country and what follows it is
    dropped: ``ISRMIL`` → (ISR, MIL, ""), ``PSEREBHMS`` → (PSE, REB, "HMS"),
    ``IGOCOPITP`` → (IGO, COP, "ITP"). A code without a sector part is all country
    (``ORCHOB``, ``IGOEEU``); ``---`` is (None, None, "")."""
    code = code.strip().upper()
    if code in NULL_CODES or not code:
        return None, None, ""
    if code.startswith("---"):
        country, rest = None, code[3:]
        sector = rest[:3] if rest[:3] else None
        return country, sector, rest[3:]
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    for i, part in enumerate(parts[1:], start=1):
        if part in SECTOR_CODES:
            return "".join(parts[:i]), part, "".join(parts[i + 1:])
    return code, None, ""


def code_form(country: str | None, sector: str | None) -> str:
    """An actor as a CAMEO-style code: country (``---`` when unknown) followed by sector."""
    return f"{country or '---'}{sector or ''}"


def normal_code(code: str) -> str:
    """A CAMEO actor code as far as eventscope can hold it (see ``split_code``)."""
    country, sector, _ = split_code(code)
    if country is None and sector is None:
        return "---"
    return code_form(country, sector)


# ---------------------------------------------------------------------------- actor files

_DATED = re.compile(r"^\s*([A-Za-z0-9~+#/-]*)\s*(?:(<|>)\s*(\d+)|(\d+)\s*-\s*(\d+))?\s*$")


def _pdate(text: str) -> date:
    """A PETRARCH date: YYYYMMDD or YYMMDD (00-29 → 20xx, 30-99 → 19xx)."""
    if len(text) == 6:
        year = int(text[:2])
        text = f"{2000 + year if year < 30 else 1900 + year}{text[2:]}"
    if len(text) != 8:
        raise ValueError(f"date {text!r} is neither YYYYMMDD nor YYMMDD")
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


@dataclass
class _CodeSpec:
    code: str
    start: date | None
    end: date | None  # exclusive
    line: int
    text: str


def _parse_codes(text: str, number: int) -> list[_CodeSpec]:
    """The codes in ``[...]`` groups of a line: plain or date-restricted."""
    out = []
    for group in _CODE.findall(text):
        match = _DATED.match(group)
        if match is None:
            raise ValueError(f"unreadable code [{group}]")
        code, op, day, first, last = match.groups()
        start = end = None
        if op == "<":
            end = _pdate(day)
        elif op == ">":
            start = _pdate(day) + timedelta(days=1)
        elif first:
            start, end = _pdate(first), _pdate(last) + timedelta(days=1)
            if end <= start:
                raise ValueError(f"date range ends before it starts: [{group}]")
        out.append(_CodeSpec(code.strip(), start, end, number, text))
    return out


@dataclass
class _Actor:
    names: list[tuple[str, int]]
    codes: list[_CodeSpec] = field(default_factory=list)
    plurals: list[str] = field(default_factory=list)
    line: int = 0
    text: str = ""


def read_actor_file(path: Path, report: ImportReport) -> tuple[list[_Actor], dict[str, list[str]]]:
    """Entries (names, codes) and ``!SET!`` substitution sets of an actor or agent file."""
    entries: list[_Actor] = []
    substitutions: dict[str, list[str]] = {}
    current: _Actor | None = None
    for number, line in read_lines(path):
        stripped = line.strip()
        if re.match(r"^![A-Z]+!\s*=", stripped):
            name, _, members = stripped.partition("=")
            substitutions[name.strip()] = [m.strip() for m in members.split(",") if m.strip()]
            continue
        try:
            if stripped.startswith("["):
                if current is None:
                    report.skip(path, number, "code without an actor", stripped)
                    continue
                current.codes.extend(_parse_codes(stripped, number))
            elif stripped.startswith("+"):
                if current is None:
                    report.skip(path, number, "synonym without an actor", stripped)
                    continue
                name = _CODE.sub("", stripped[1:]).strip()
                if name:
                    current.names.append((name, number))
                current.codes.extend(_parse_codes(stripped, number))
            else:
                text = _CODE.sub("", stripped)
                plurals = re.findall(r"\{([^}]*)\}", text)
                name = re.sub(r"\{[^}]*\}", "", text).strip()
                current = _Actor([(name, number)] if name else [], line=number, text=stripped)
                current.plurals = [p for group in plurals for p in group.split()]
                if "{" in text and not any(plurals):
                    current.plurals = ["{}"]  # no plural at all
                entries.append(current)
                current.codes.extend(_parse_codes(stripped, number))
        except ValueError as exc:
            report.skip(path, number, f"malformed code ({exc})", stripped)
    return entries, substitutions


_LOWER_WORDS = frozenset({"of", "the", "and", "for", "de", "du", "la", "le", "des", "in", "on",
                          "al", "el", "bin", "von", "van", "da", "do", "dos"})


def _surface_forms(name: str) -> list[str]:
    """How a PETRARCH name (upper case, ``_`` for spaces) is written in news: "Minas Tirith",
    "Prince of Dol Amroth", "The AU" and "the AU"; a short word is kept in capitals as well
    as capitalised ("IMF", "Imf"), since actor names match case-sensitively."""
    words = [w for w in name.replace("_", " ").split() if w]
    if not words:
        return []
    if len(words) == 1 and len(re.sub(r"[^A-Za-z]", "", words[0])) <= 5:
        word = words[0]
        forms = [word.upper(), _title(word)]
        return list(dict.fromkeys(forms))
    options: list[list[str]] = []
    for i, word in enumerate(words):
        lower = word.lower()
        if i > 0 and lower in _LOWER_WORDS:
            options.append([lower])
        elif len(re.sub(r"[^A-Za-z]", "", word)) <= 3 and lower not in _LOWER_WORDS:
            options.append(list(dict.fromkeys([word.upper(), _title(word)])))
        else:
            options.append([_title(word)])
    forms = [" ".join(combo) for combo in product(*options)][:8]
    if words[0].lower() == "the":
        forms += ["the" + form[3:] for form in forms]
    return list(dict.fromkeys(forms))


def _title(word: str) -> str:
    """Capitalise each part of a word: "al-qaeda" → "Al-Qaeda", "u.n." → "U.N."."""
    return re.sub(r"[A-Za-z]+", lambda m: m.group(0)[0].upper() + m.group(0)[1:].lower(),
                  word.lower())


@dataclass
class _ActorOut:
    kind: str  # country | person
    name: str
    names: list[str]
    country: str | None = None
    sector: str | None = None
    roles: list[dict[str, Any]] = field(default_factory=list)
    note: str = ""


def convert_actors(path: Path, report: ImportReport
                   ) -> tuple[list[_ActorOut], dict[str, list[str]]]:
    """Actors (countries, sector metonyms, dated entries) and agents (role nouns) of a file."""
    entries, substitutions = read_actor_file(path, report)
    actors: list[_ActorOut] = []
    roles: dict[str, list[str]] = {}
    for entry in entries:
        if not entry.names:
            report.skip(path, entry.line, "entry without a name", entry.text)
            continue
        if not entry.codes:
            report.skip(path, entry.line, "entry without a code (or a discard phrase)",
                        entry.text)
            continue
        if any("~" in c.code for c in entry.codes):
            _convert_agent(path, entry, substitutions, roles, report)
            continue
        codes = []
        for spec in entry.codes:
            if "/" in spec.code:
                report.skip(path, spec.line, "several codes for one actor (kept the first)",
                            spec.text, partial=True)
                spec = _CodeSpec(spec.code.split("/")[0], spec.start, spec.end, spec.line,
                                 spec.text)
            country, sector, dropped = split_code(spec.code)
            if country is None and sector is None:
                report.skip(path, spec.line, "null actor code", spec.text)
                continue
            if country is None:
                report.skip(path, spec.line, "code without a country", spec.text)
                continue
            if dropped:
                report.skip(path, spec.line, "role codes after the sector dropped", spec.text,
                            partial=True)
            codes.append((spec, country, sector))
        if not codes:
            continue
        names = list(dict.fromkeys(form for name, _ in entry.names
                                   for form in _surface_forms(name)))
        if not names:
            report.skip(path, entry.line, "entry without a usable name", entry.text)
            continue
        label = _title(entry.names[0][0].replace("_", " ").strip())
        note = f"{path.name}:{entry.line}"
        dated = [c for c in codes if c[0].start or c[0].end]
        if not dated and len(codes) > 1:
            report.skip(path, codes[1][0].line, "second undated code (kept the first)",
                        codes[1][0].text, partial=True)
        if not dated:
            spec, country, sector = codes[0]
            actors.append(_ActorOut("country", label, names, country, sector, note=note))
            continue
        roles_out = []
        for spec, country, sector in [*dated, *[c for c in codes if c not in dated][:1]]:
            role: dict[str, Any] = {"country": country, "sector": sector}
            if spec.start:
                role["start"] = spec.start.isoformat()
            if spec.end:
                role["end"] = spec.end.isoformat()
            roles_out.append(role)
        actors.append(_ActorOut("person", label, names, roles=roles_out, note=note))
    return actors, roles


def _convert_agent(path: Path, entry: _Actor, substitutions: dict[str, list[str]],
                   roles: dict[str, list[str]], report: ImportReport) -> None:
    code = entry.codes[0].code.replace(" ", "")
    if not code.startswith("~"):
        report.skip(path, entry.line, "prefix agent code (XXX~)", entry.text)
        return
    sector = code[1:4]
    if sector not in SECTOR_CODES:
        report.skip(path, entry.line, f"agent code {code[1:]} is not an eventscope sector",
                    entry.text)
        return
    if len(code) > 4:
        report.skip(path, entry.line, "role codes after the sector dropped", entry.text,
                    partial=True)
    phrases: list[str] = []
    for name, _ in entry.names:
        expanded = [name]
        for key, members in substitutions.items():
            if key in name:
                expanded = [n.replace(key, m) for n in expanded for m in members]
        phrases.extend(expanded)
    plural_given = [p for p in entry.plurals if p != "{}"]
    nouns: list[str] = []
    for phrase in phrases:
        words = [w.lower() for w in phrase.replace("_", " ").split() if w]
        if not words:
            continue
        if len(words) > 3:
            report.skip(path, entry.line, "role phrase longer than three words", entry.text)
            continue
        nouns.append(" ".join(words))
        if not entry.plurals:
            plural = _plural(words[-1])
            if plural != words[-1]:
                nouns.append(" ".join([*words[:-1], plural]))
    for plural in plural_given:
        words = [w.lower() for w in plural.replace("_", " ").split() if w]
        if 0 < len(words) <= 3:
            nouns.append(" ".join(words))
    bucket = roles.setdefault(sector, [])
    bucket.extend(n for n in dict.fromkeys(nouns) if n not in bucket)


def _plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("ss", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith(("s", "men")):
        return word  # already plural: "officials", "servicemen"
    return word + "s"


def _actors_yaml(actors: list[_ActorOut], source: str) -> str:
    lines = [f"# Actors converted from {source} (PETRARCH/TABARI format).",
             "# Entries with date-restricted codes are written as people with dated roles; the",
             "# first role active on an article's date wins, a role without dates is the default.",
             ""]
    for actor in actors:
        lines.append(f"# {actor.note}")
        if actor.kind == "person":
            lines.append(f"- name: {json.dumps(actor.name, ensure_ascii=False)}")
            aliases = [n for n in actor.names if n != actor.name]
            lines.append(f"  aliases: {json.dumps(aliases, ensure_ascii=False)}")
            lines.append("  roles:")
            for role in actor.roles:
                lines.append(f"    - {json.dumps(role)}")
            continue
        lines.append(f"- code: {json.dumps(actor.country)}")
        lines.append(f"  name: {json.dumps(actor.name, ensure_ascii=False)}")
        if actor.sector:
            lines.append("  names: []")
            names = json.dumps(actor.names, ensure_ascii=False)
            lines.append(f"  metonyms: {{{actor.sector}: {names}}}")
        else:
            lines.append(f"  names: {json.dumps(actor.names, ensure_ascii=False)}")
            lines.append("  metonyms: {}")
    return "\n".join(lines) + "\n"


def _roles_yaml(roles: dict[str, list[str]], source: str) -> str:
    lines = [f"# Role nouns (agents) converted from {source} (PETRARCH/TABARI format).",
             "# Sector → the nouns that give an actor phrase its sector.", ""]
    for sector in sorted(roles):
        lines.append(f"{sector}: {json.dumps(roles[sector], ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------- import

def import_petrarch(verb_files: Iterable[Path], actor_files: Iterable[Path], out: Path, *,
                    cameo: CameoTable | None = None, extra_codes: bool = False,
                    model: str | None = None, nlp: Any = None) -> ImportReport:
    """Convert PETRARCH/TABARI verb and actor (or agent) dictionaries into ``out``:
    ``out/verbs/NAME.yaml``, ``out/actors/NAME.yaml`` (and ``out/actors/NAME.roles.yaml`` for
    agents). Codes outside CAMEO are reported and left out unless ``extra_codes`` (then they
    are kept and listed in ``out/codes.csv``, for ``validate``)."""
    cameo = cameo or CameoTable.load()
    report = ImportReport()
    lemma = Lemmatizer(model, nlp)
    verbs_dir, actors_dir = out / "verbs", out / "actors"
    verb_files, actor_files = list(verb_files), list(actor_files)
    used_codes: set[str] = set()
    for path in verb_files:
        known: Any = cameo
        if extra_codes:
            known = _AnyCode(cameo, used_codes)
        patterns = convert_verbs(path, report, lemma, known)
        report.converted["verb patterns"] += len(patterns)
        target = verbs_dir / f"{_stem(path)}.yaml"
        _write(target, _verb_yaml(patterns, path.name))
        report.written.append(target)
    for path in actor_files:
        actors, roles = convert_actors(path, report)
        if actors:
            report.converted["actors"] += sum(a.kind == "country" for a in actors)
            report.converted["actors with dated codes"] += sum(a.kind == "person"
                                                               for a in actors)
            target = actors_dir / f"{_stem(path)}.yaml"
            _write(target, _actors_yaml(actors, path.name))
            report.written.append(target)
        if roles:
            report.converted["role nouns"] += sum(len(v) for v in roles.values())
            target = actors_dir / f"{_stem(path)}.roles.yaml"
            _write(target, _roles_yaml(roles, path.name))
            report.written.append(target)
    extra = sorted(used_codes - {c.code for c in cameo})
    if extra_codes and extra:
        target = out / "codes.csv"
        _write(target, "code\n" + "".join(f"{c}\n" for c in extra))
        report.written.append(target)
    return report


class _AnyCode:
    """Accepts every code (for validation runs), remembering those outside CAMEO."""

    def __init__(self, cameo: CameoTable, used: set[str]):
        self.cameo = cameo
        self.used = used

    def __contains__(self, code: object) -> bool:
        if isinstance(code, str) and re.fullmatch(r"[0-9A-Za-z?]{1,6}", code):
            self.used.add(code)
            return True
        return False


def _stem(path: Path) -> str:
    name = path.name
    return name[:-4] if name.endswith(".txt") else path.stem


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def extended_cameo(codes: Iterable[str], base: CameoTable | None = None) -> CameoTable:
    """The CAMEO table with ``codes`` added as labels without a PLOVER type or score."""
    base = base or CameoTable.load()
    table = {c.code: c for c in base}
    for code in codes:
        if code not in table:
            table[code] = CameoCode(code, f"dictionary code {code}", None, 0, None, None)
    return CameoTable(table)


# ---------------------------------------------------------------------------- validation records

@dataclass(frozen=True)
class Coding:
    """One event as the validation records write it: source, target and event codes."""

    source: str
    target: str
    code: str

    def __str__(self) -> str:
        return f"{self.source} {self.target} {self.code}"


@dataclass(frozen=True)
class Record:
    id: str
    category: str
    date: date | None
    text: str
    expected: frozenset[Coding]
    error: str | None = None


@dataclass(frozen=True)
class Environment:
    """The ``<Environment>`` of a records file: its dictionaries and included categories."""

    verbs: str | None
    actors: tuple[str, ...]
    agents: str | None
    discards: str | None
    include: tuple[str, ...]


def read_records(path: Path) -> tuple[Environment, list[Record]]:
    """The environment and the ``<Sentence>`` records of a PETRARCH validation file."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise DictionaryError(f"{path}: cannot read validation records ({exc})") from None
    env = root.find("Environment")

    def text(tag: str) -> str | None:
        node = env.find(tag) if env is not None else None
        return node.text.strip() if node is not None and node.text else None

    actors = tuple(a.strip() for a in (text("Actorfile") or "").split(",") if a.strip())
    environment = Environment(text("Verbfile"), actors, text("Agentfile"), text("Discardfile"),
                              tuple((text("Include") or "").split()))
    records = []
    for node in root.iter("Sentence"):
        raw = node.findtext("Text") or ""
        when = (node.get("date") or "").strip()
        try:
            day = _pdate(when) if when else None
        except ValueError:
            day = None
        expected = frozenset(
            Coding(normal_code(c.get("sourcecode", "")), normal_code(c.get("targetcode", "")),
                   (c.get("eventcode") or "").strip())
            for c in node.iter("EventCoding")
            if c.get("eventcode") and c.get("noevents", "").lower() != "true")
        records.append(Record(
            id=(node.get("id") or "").strip(), category=(node.get("category") or "").strip(),
            date=day, text=" ".join(raw.split()), expected=expected,
            error=next((c.get("error") for c in node.iter("EventCoding") if c.get("error")),
                       None)))
    return environment, records


def read_discards(path: Path) -> list[tuple[str, bool]]:
    """Discard phrases (lower case) and whether each discards the whole story (``+``)."""
    out = []
    for _, line in read_lines(path):
        phrase = line.strip()
        story = phrase.startswith("+")
        phrase = " ".join(phrase.lstrip("+").replace("_", " ").lower().split())
        if phrase:
            out.append((phrase, story))
    return out


def discarded(text: str, discards: list[tuple[str, bool]]) -> str | None:
    """The discard phrase ``text`` contains (as whole words), if any."""
    lowered = " " + " ".join(re.findall(r"[\w'-]+", text.lower())) + " "
    for phrase, _ in discards:
        if f" {phrase} " in lowered:
            return phrase
    return None


@dataclass
class Outcome:
    record: Record
    got: frozenset[Coding]
    included: bool
    why: str = ""

    @property
    def passed(self) -> bool:
        return self.got == self.record.expected


@dataclass
class ValidationReport:
    outcomes: list[Outcome]
    imported: ImportReport
    include: tuple[str, ...]

    @property
    def included(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.included]

    @property
    def passed(self) -> int:
        return sum(o.passed for o in self.included)

    def by_category(self) -> dict[str, tuple[int, int]]:
        table: dict[str, list[int]] = {}
        for outcome in self.included:
            row = table.setdefault(outcome.record.category, [0, 0])
            row[0] += 1
            row[1] += outcome.passed
        return {k: (v[0], v[1]) for k, v in sorted(table.items())}

    def table(self) -> str:
        rows = [f"{'category':<10} {'records':>7} {'exact':>6} {'rate':>7}"]
        for category, (total, passed) in self.by_category().items():
            rows.append(f"{category:<10} {total:>7} {passed:>6} {passed / total:>7.1%}")
        total = len(self.included)
        rate = self.passed / total if total else 0.0
        rows.append(f"{'all':<10} {total:>7} {self.passed:>6} {rate:>7.1%}")
        left_out = len(self.outcomes) - total
        if left_out:
            names = sorted({o.record.category for o in self.outcomes if not o.included})
            rows.append(f"({left_out} record(s) in categories not in <Include>: "
                        f"{', '.join(names)})")
        return "\n".join(rows)

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": len(self.included),
            "exact": self.passed,
            "rate": round(self.passed / len(self.included), 4) if self.included else 0.0,
            "by_category": {k: {"records": t, "exact": p}
                            for k, (t, p) in self.by_category().items()},
            "not_included": [o.record.id for o in self.outcomes if not o.included],
            "failures": [{"id": o.record.id, "category": o.record.category,
                          "expected": sorted(map(str, o.record.expected)),
                          "got": sorted(map(str, o.got)), "why": o.why}
                         for o in self.included if not o.passed],
            "not_converted": dict(self.imported.by_reason().most_common()),
        }


def codings(events: Iterable[Any], verbs: Any) -> frozenset[Coding]:
    """The asserted events (not negated, not hypothetical) as validation codings, with the
    reciprocal event of a pattern that has a ``reverse`` code."""
    patterns = {p.where: p for table in (verbs.verbs, verbs.nouns)
                for bucket in table.values() for p in bucket}
    out = set()
    for event in events:
        if event.modality.negated or event.modality.hypothetical:
            continue
        source = code_form(event.source.country, event.source.sector)
        target = (code_form(event.target.country, event.target.sector)
                  if event.target is not None else "---")
        out.add(Coding(source, target, event.cameo_code))
        pattern = patterns.get(event.pattern)
        if pattern is not None and pattern.reverse and event.target is not None:
            out.add(Coding(target, source, pattern.reverse))
    return frozenset(out)


def validate(records_path: Path, dictionaries: Path | None = None, *, model: str | None = None,
             nlp: Any = None, keep: Path | None = None) -> ValidationReport:
    """Code every record with the records' own dictionaries, imported, and compare.

    The dictionaries are looked for in ``dictionaries``, else next to the records file or in
    its ``dictionaries/`` folder. Codes outside CAMEO that the verb dictionary uses are kept as
    labels for this run. ``keep`` keeps the imported dictionaries in that folder."""
    import tempfile

    from . import nlp as nlp_mod
    from .actors import ActorDictionary
    from .code import EventCoder, Lexicon
    from .model import Article
    from .verbs import VerbDictionary

    environment, records = read_records(records_path)
    folder = _dictionary_folder(records_path, dictionaries, environment)

    def find(name: str | None) -> Path | None:
        if not name:
            return None
        path = folder / name
        if not path.exists():
            raise DictionaryError(f"{path}: dictionary named by {records_path.name} not found")
        return path

    verb_file = find(environment.verbs)
    actor_files = [p for p in (*map(find, environment.actors), find(environment.agents)) if p]
    discard_file = find(environment.discards)
    nlp = nlp or nlp_mod.load(model)
    with tempfile.TemporaryDirectory() as tmp:
        out = keep or Path(tmp)
        imported = import_petrarch([verb_file] if verb_file else [], actor_files, out,
                                   extra_codes=True, model=model, nlp=nlp)
        codes_file = out / "codes.csv"
        extra = codes_file.read_text().split()[1:] if codes_file.exists() else []
        cameo = extended_cameo(extra)
        files = [p for p in imported.written if p.suffix == ".yaml"]
        actors = ActorDictionary.load([p for p in files if p.parent.name == "actors"],
                                      shipped=False)
        verbs = VerbDictionary.load(cameo, [p for p in files if p.parent.name == "verbs"],
                                    shipped=False)
    coder = EventCoder(actors, verbs, cameo, Lexicon.load(), codebook=False)
    discards = read_discards(discard_file) if discard_file else []
    include = set(environment.include)
    outcomes = []
    for record, doc in zip(records, nlp.pipe(r.text for r in records), strict=True):
        included = not include or record.category in include
        phrase = discarded(record.text, discards)
        if phrase is not None:
            outcomes.append(Outcome(record, frozenset(), included, f"discarded ({phrase})"))
            continue
        article = Article(id=record.id, text=record.text, published=record.date)
        got = codings(coder.code_doc(doc, article), verbs)
        outcomes.append(Outcome(record, got, included))
    return ValidationReport(outcomes, imported, environment.include)


def _dictionary_folder(records: Path, given: Path | None, env: Environment) -> Path:
    if given is not None:
        return given
    for folder in (records.parent / "dictionaries", records.parent):
        if env.verbs and (folder / env.verbs).exists():
            return folder
    return records.parent
