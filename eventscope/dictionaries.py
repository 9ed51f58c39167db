"""Reading, checking and explaining dictionaries: the library behind ``eventscope dict check``,
``dict show`` and ``explain``, and the user dictionaries of a configuration.

* ``check(paths)`` validates dictionary files (YAML syntax, each file's schema, CAMEO codes,
  duplicate and conflicting patterns, names that name two actors, date ranges of one person
  that overlap) and returns line-numbered issues; a bad entry never stops the others.
* ``show(query)`` lists the dictionary entries a word or phrase matches, and why.
* ``explain(sentence, coder)`` shows the parse, the actors, the candidate patterns of each
  word, the pattern that fired and why each reading was, or was not, coded.
* ``user_dictionaries(paths)`` adds the configured dictionaries (``EVENTSCOPE_DICTS``, or a
  ``dictionaries = [...]`` list in ``eventscope.toml``) to the given ones and opens folders.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from . import actors as actors_mod
from . import verbs as verbs_mod
from .cameo import CameoTable
from .errors import DictionaryError
from .resources import data_files, data_path, entry_lines

CONFIG_FILE = "eventscope.toml"
CONFIG_ENV = "EVENTSCOPE_DICTS"
_WHERE = re.compile(r"^(?P<path>.+?):(?P<line>\d+): (?P<message>.*)$", re.S)


# ---------------------------------------------------------------------------- files

def shipped_files() -> list[Path]:
    """The dictionary files that ship with eventscope: actors, role nouns, verb patterns."""
    actors = [data_path(f"actors/{name}") for name in actors_mod.ACTOR_FILES]
    return [*actors, data_path("actors/roles.yaml"), *data_files("verbs")]


def expand(paths: Iterable[Path | str]) -> list[Path]:
    """Files for paths: a folder stands for the ``.yaml``/``.yml`` files under it, sorted."""
    out: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml")
                           and p.is_file())
            out.extend(p for p in found if p not in out)
        elif path not in out:
            out.append(path)
    return out


def is_actor_file(path: Path) -> bool:
    """The rule that sends a user file to the actor dictionary (else: verb patterns)."""
    return "actor" in path.name.lower() or path.parent.name == "actors"


def configured_dictionaries(cwd: Path | None = None,
                            environ: dict[str, str] | None = None) -> list[Path]:
    """User dictionaries named by ``EVENTSCOPE_DICTS`` (paths separated by the system's path
    separator) and by ``dictionaries = [...]`` in ``eventscope.toml`` in the working directory
    (paths relative to that file)."""
    environ = os.environ if environ is None else environ
    cwd = cwd or Path.cwd()
    found: list[Path] = []
    config = cwd / CONFIG_FILE
    if config.is_file():
        try:
            import tomllib
        except ModuleNotFoundError:  # Python 3.10
            raise DictionaryError(f"{config}: reading it needs Python 3.11 or newer; use "
                                  f"{CONFIG_ENV} instead") from None
        try:
            data = tomllib.loads(config.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise DictionaryError(f"{config}: invalid TOML ({exc})") from None
        listed = data.get("dictionaries", [])
        if not isinstance(listed, list) or not all(isinstance(p, str) for p in listed):
            raise DictionaryError(f"{config}: 'dictionaries' must be a list of paths")
        found.extend(cwd / p for p in listed)
    for item in environ.get(CONFIG_ENV, "").split(os.pathsep):
        if item.strip():
            found.append(Path(item.strip()))
    return found


def user_dictionaries(paths: Iterable[Path | str] | None = None, *, cwd: Path | None = None,
                      environ: dict[str, str] | None = None) -> list[Path]:
    """The configured dictionaries, then ``paths`` (later files win), folders opened."""
    listed = [*configured_dictionaries(cwd, environ), *(paths or [])]
    missing = [str(p) for p in listed if not Path(p).exists()]
    if missing:
        raise DictionaryError(f"dictionary not found: {', '.join(missing)}")
    return expand(listed)


# ---------------------------------------------------------------------------- check

@dataclass(frozen=True)
class Issue:
    path: str
    line: int
    level: str  # error | warning
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.level}: {self.message}"


@dataclass
class CheckReport:
    files: list[Path]
    issues: list[Issue] = field(default_factory=list)
    entries: int = 0

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.level == "error"]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.level == "warning"]

    def summary(self) -> str:
        return (f"{len(self.errors)} error(s), {len(self.warnings)} warning(s) in "
                f"{len(self.files)} file(s), {self.entries} entries")


@dataclass(frozen=True)
class _Located:
    path: Path
    line: int

    def __str__(self) -> str:
        return f"{self.path.name}:{self.line}"


def check(paths: Iterable[Path | str] | None = None, *, cameo: CameoTable | None = None,
          merged: Iterable[Path | str] | None = None) -> CheckReport:
    """Check dictionary files (the shipped ones when ``paths`` is None or empty). A person
    named the same in two of the ``merged`` actor files (the shipped ones by default, which
    the loader merges by name) is one person, whose roles must not overlap across them."""
    files = expand(paths) if paths else shipped_files()
    cameo = cameo or CameoTable.load()
    report = CheckReport(files)
    patterns: dict[tuple[Any, ...], tuple[verbs_mod.Pattern, _Located]] = {}
    names: dict[str, list[tuple[actors_mod.Entry, _Located]]] = {}
    role_nouns: dict[str, tuple[str, _Located]] = {}
    for path in files:
        issue = _issue_of(path, 1)
        try:
            data = actors_mod.load_user_yaml(path)
        except DictionaryError as exc:
            report.issues.append(issue(str(exc)))
            continue
        if data is None:
            report.issues.append(issue("empty file", "warning"))
            continue
        kind = _kind(path, data)
        if kind == "roles":
            if not is_actor_file(path):
                report.issues.append(issue(
                    "a mapping of sectors to role nouns must be in a file named *actor* or in "
                    "an actors/ folder (others are read as lists of verb patterns)"))
                continue
            _check_roles(path, data, report, role_nouns)
            continue
        if not isinstance(data, list):
            report.issues.append(issue(f"expected a list of entries, got "
                                       f"{type(data).__name__}"))
            continue
        looks = _looks_like(data)
        if looks and looks != kind:
            report.issues.append(issue(
                f"its entries look like {looks} but its name sends it to the "
                f"{'actor' if kind == 'actors' else 'verb'} dictionary (files named *actor* or "
                f"in an actors/ folder hold actors; others hold verb patterns)"))
            continue
        lines = entry_lines(path)
        for index, raw in enumerate(data):
            line = lines[index] if index < len(lines) else index + 1
            report.entries += 1
            if kind == "actors":
                _check_actor(path, line, raw, report, names)
            else:
                _check_pattern(path, line, raw, cameo, report, patterns)
    _check_names(names, report)
    together = {Path(p) for p in merged} if merged is not None else \
        {data_path(f"actors/{name}") for name in actors_mod.ACTOR_FILES}
    _check_people_across_files(names, report, together)
    return report


def _issue_of(path: Path, line: int):
    """An issue maker for ``path``: a loader's "path:line: problem" keeps its line."""
    def make(message: str, level: str = "error") -> Issue:
        found = _WHERE.match(message)
        if found and found["path"] == str(path):
            return Issue(str(path), int(found["line"]), level, found["message"])
        if message.startswith(f"{path}: "):
            message = message[len(str(path)) + 2:]
        return Issue(str(path), line, level, message)
    return make


def _kind(path: Path, data: Any) -> str:
    if isinstance(data, dict):
        return "roles"
    return "actors" if is_actor_file(path) else "verbs"


def _looks_like(data: list[Any]) -> str | None:
    keys = {k for item in data if isinstance(item, dict) for k in item}
    if keys & {"verb", "noun"} and not keys & {"roles", "capitals", "metonyms", "names"}:
        return "verbs"
    if keys & {"roles", "capitals", "metonyms", "names", "aliases"} and not keys & {"verb",
                                                                                    "noun"}:
        return "actors"
    return None


def _check_pattern(path: Path, line: int, raw: Any, cameo: CameoTable, report: CheckReport,
                   seen: dict[tuple[Any, ...], tuple[verbs_mod.Pattern, _Located]]) -> None:
    here = _Located(path, line)
    try:
        pattern = verbs_mod._parse(raw, str(here), cameo)
    except DictionaryError as exc:
        report.issues.append(Issue(str(path), line, "error", str(exc)))
        return
    if not pattern.lemma or not re.fullmatch(r"[a-z][a-z' -]*", pattern.lemma):
        report.issues.append(Issue(str(path), line, "warning",
                                   f"{pattern.kind} {pattern.lemma!r} is not a lower-case word "
                                   f"(patterns match spaCy lemmas)"))
    key = (*pattern.key, pattern.preps)
    if key in seen:
        other, where = seen[key]
        what = f"{pattern.kind} {pattern.lemma!r}" + (f" {pattern.particle!r}"
                                                        if pattern.particle else "")
        if sorted(pattern.objects):
            what += f" with objects {sorted(pattern.objects)}"
        if other.code == pattern.code and other.reverse == pattern.reverse:
            report.issues.append(Issue(str(path), line, "warning",
                                       f"duplicate of {where}: {what}"))
        else:
            report.issues.append(Issue(
                str(path), line, "error",
                f"conflicts with {where}: {what} is coded {pattern.code} here and {other.code} "
                f"there: only one of them can fire (remove one)"))
        return
    seen[key] = (pattern, here)


def _check_actor(path: Path, line: int, raw: Any, report: CheckReport,
                 names: dict[str, list[tuple[actors_mod.Entry, _Located]]]) -> None:
    here = _Located(path, line)
    try:
        parsed = list(actors_mod._parse_actor(raw))
    except (DictionaryError, KeyError, TypeError, ValueError) as exc:
        message = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
        report.issues.append(Issue(str(path), line, "error", message))
        return
    for entry, listed in parsed:
        for name in listed:
            names.setdefault(name, []).append((entry, here))
        if entry.roles:
            _check_roles_dates(entry, here, report)


def _check_roles_dates(entry: actors_mod.Entry, here: _Located, report: CheckReport,
                       others: tuple[actors_mod.Role, ...] = (), there: str = "") -> None:
    """Roles of one person whose date ranges overlap: the person is two actors at once
    (with ``others``, the roles of the same person's other entry, ``there``)."""
    roles = list(entry.roles)
    pairs = [(a, b) for a in roles for b in others] if others else \
        [(a, b) for i, a in enumerate(roles) for b in roles[i + 1:]]
    for a, b in pairs:
        start = max(a.start or date.min, b.start or date.min)
        end = min(a.end or date.max, b.end or date.max)
        if start >= end or (a.country, a.sector) == (b.country, b.sector):
            continue
        if a.start is None and a.end is None or b.start is None and b.end is None:
            continue  # an undated role is the default, used when no dated role applies
        report.issues.append(Issue(
            str(here.path), here.line, "error",
            f"{entry.name}: roles overlap from {_day(start)} to {_day(end)}: "
            f"{a.country} {a.sector or ''} {a.title!r} and {b.country} {b.sector or ''} "
            f"{b.title!r}{there} (the first listed wins; end one before the other starts)"))


def _check_people_across_files(names: dict[str, list[tuple[actors_mod.Entry, _Located]]],
                               report: CheckReport, together: set[Path]) -> None:
    """A person named the same in two entries of the actor files read ``together`` (in
    people.yaml and people-past.yaml, or twice in one) is one person with the roles of both:
    roles of the two entries that overlap."""
    people: dict[str, list[tuple[actors_mod.Entry, _Located]]] = {}
    for found in names.values():
        for entry, where in found:
            if entry.roles and where.path in together and \
                    (entry, where) not in people.setdefault(entry.name, []):
                people[entry.name].append((entry, where))
    for found in people.values():
        for k, (entry, where) in enumerate(found):
            for other, elsewhere in found[:k]:
                _check_roles_dates(entry, where, report, other.roles, f" (in {elsewhere})")


def _day(value: date) -> str:
    return "the start" if value == date.min else "open end" if value == date.max else \
        value.isoformat()


def _check_names(names: dict[str, list[tuple[actors_mod.Entry, _Located]]],
                 report: CheckReport) -> None:
    """A name given to two different actors (not told apart by dates) is never coded."""
    for name, found in names.items():
        codes = {(e.country, e.sector, e.kind) for e, _ in found if not e.roles}
        dated = [e for e, _ in found if e.roles]
        if len(codes) > 1 or (codes and dated) or len({e.name for e in dated}) > 1:
            first, *others = found
            where = ", ".join(str(w) for _, w in others)
            report.issues.append(Issue(
                str(first[1].path), first[1].line, "warning",
                f"name {name!r} also names another actor ({where}): it is left uncoded where "
                f"the date does not tell them apart"))


def _check_roles(path: Path, data: dict[Any, Any], report: CheckReport,
                 seen: dict[str, tuple[str, _Located]]) -> None:
    problems: list[str] = []
    roles = actors_mod._read_user_roles(path, data, problems)
    issue = _issue_of(path, 1)
    report.issues.extend(issue(p) for p in problems)
    lines = _key_lines(path)
    for noun, sector in roles.items():
        report.entries += 1
        here = _Located(path, lines.get(sector, 1))
        if noun in seen and seen[noun][0] != sector:
            report.issues.append(Issue(str(path), here.line, "warning",
                                       f"role noun {noun!r} is {sector} here and "
                                       f"{seen[noun][0]} in {seen[noun][1]}"))
        seen.setdefault(noun, (sector, here))


def _key_lines(path: Path) -> dict[str, int]:
    import yaml

    try:
        node = yaml.compose(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, OSError):
        return {}
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(k.value): k.start_mark.line + 1 for k, _ in node.value}


# ---------------------------------------------------------------------------- show

@dataclass(frozen=True)
class Match:
    """A dictionary entry a word or phrase matches."""

    kind: str  # actor | role | verb | noun
    where: str  # file:line
    entry: str  # what the entry says
    why: str  # how the query meets it
    fires: bool = True  # whether the query alone satisfies the entry

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "where": self.where, "entry": self.entry, "why": self.why,
                "fires": self.fires}


def _read(path: Path) -> Any:
    """A dictionary file's data, parsed once per version of the file (C parser if present)."""
    import yaml

    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        stamp = 0
    key = (str(path), stamp)
    if key not in _READ:
        try:
            loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
            _READ[key] = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        except (yaml.YAMLError, OSError, UnicodeDecodeError, ValueError):
            _READ[key] = actors_mod.load_user_yaml(path)  # raises with file and line
    return _READ[key]


_READ: dict[tuple[str, int], Any] = {}


def actor_entries(paths: Iterable[Path]) -> Iterator[tuple[str, actors_mod.Entry, str]]:
    """(name, entry, file:line) of every actor name in actor files."""
    for path in paths:
        try:
            data = _read(path)
        except DictionaryError:
            continue
        if not isinstance(data, list):
            continue
        lines = entry_lines(path)
        for index, raw in enumerate(data):
            line = lines[index] if index < len(lines) else index + 1
            try:
                parsed = list(actors_mod._parse_actor(raw))
            except (DictionaryError, KeyError, TypeError, ValueError):
                continue
            for entry, names in parsed:
                for name in names:
                    yield name, entry, f"{path.name}:{line}"


def show(query: str, *, paths: Iterable[Path] = (), shipped: bool = True, nlp: Any = None,
         cameo: CameoTable | None = None, when: date | None = None) -> list[Match]:
    """The entries that ``query`` (a word or phrase) matches, most specific first."""
    cameo = cameo or CameoTable.load()
    files = [*(shipped_files() if shipped else []), *expand(paths)]
    actor_files = [p for p in files if p.suffix in (".yaml", ".yml") and _is_actorish(p)]
    verb_files = [p for p in files if p not in actor_files]
    words = query.split()
    lemmas = _lemmas(query, nlp)
    out: list[Match] = []
    lowered = query.lower()
    for name, entry, where in actor_entries(p for p in actor_files if not _is_roles(p)):
        if name == query:
            why, fires = "the name, exactly (names match case-sensitively)", True
        elif name.lower() == lowered:
            why, fires = f"the name {name!r} differs in case: it does not match", False
        elif f" {query} " in f" {name} ":
            why, fires = f"part of the longer name {name!r}", False
        else:
            continue
        out.append(Match("actor", where, _describe_entry(entry, when), why, fires))
    for path in actor_files:
        if not _is_roles(path):
            continue
        data = _read(path) if path.exists() else None
        if not isinstance(data, dict):
            continue
        lines = _key_lines(path)
        for sector, nouns in data.items():
            for noun in nouns or []:
                noun_l = str(noun).lower()
                if noun_l == lowered or (len(words) == 1 and noun_l in lemmas):
                    out.append(Match("role", f"{path.name}:{lines.get(str(sector), 1)}",
                                     f"role noun {noun_l!r} → sector {sector}",
                                     "the head noun of an actor phrase sets its sector"))
    shipped_verbs = set(data_files("verbs"))
    verbs = verbs_mod.VerbDictionary.load(cameo, [p for p in verb_files if p not in shipped_verbs],
                                          shipped=shipped)
    for table, kind in ((verbs.verbs, "verb"), (verbs.nouns, "noun")):
        for lemma in lemmas:
            for pattern in table.get(lemma, []):
                fires, why = _pattern_fit(pattern, lemmas, {w.lower() for w in words})
                out.append(Match(kind, pattern.where, describe_pattern(pattern, cameo),
                                 why, fires))
        for patterns in table.values():
            for pattern in patterns:
                if pattern.lemma in lemmas:
                    continue
                if pattern.objects and verbs_mod.objects_width(pattern.objects, lemmas):
                    out.append(Match(kind, pattern.where, describe_pattern(pattern, cameo),
                                     f"the query is among its objects (the {kind} "
                                     f"{pattern.lemma!r} must be there too)", False))
    out.sort(key=lambda m: (not m.fires, m.kind != "actor", -_score(m)))
    return out


def _score(match: Match) -> int:
    return match.entry.count("objects") * 2 + match.entry.count("particle") * 2


def _is_actorish(path: Path) -> bool:
    return is_actor_file(path) or path.name == "roles.yaml"


def _is_roles(path: Path) -> bool:
    if path.name == "roles.yaml" or path.name.endswith(".roles.yaml"):
        return True
    try:
        return isinstance(_read(path), dict)
    except DictionaryError:
        return False


def _lemmas(query: str, nlp: Any) -> set[str]:
    words = [w.lower() for w in re.findall(r"[\w'-]+", query)]
    out = set(words)
    if nlp is not None and words:
        out.update(t.lemma_.lower() for t in nlp(query))
    return out


def _pattern_fit(pattern: verbs_mod.Pattern, lemmas: set[str], words: set[str]
                 ) -> tuple[bool, str]:
    needs = []
    if pattern.particle and pattern.particle not in words:
        needs.append(f"the particle {pattern.particle!r}")
    if pattern.objects and not verbs_mod.objects_width(pattern.objects, lemmas):
        needs.append(f"one of the objects {sorted(pattern.objects)[:6]}")
    if needs:
        return False, f"its word matches; it also needs {' and '.join(needs)}"
    if pattern.code == verbs_mod.NULL_CODE:
        return True, "matches, and codes nothing (a null pattern)"
    met = ["word", *(["particle"] if pattern.particle else []),
           *(["object"] if pattern.objects else [])]
    return True, f"matches ({', '.join(met)})"


def describe_pattern(pattern: verbs_mod.Pattern, cameo: CameoTable) -> str:
    parts = [f"{pattern.kind} {pattern.lemma!r}"]
    if pattern.particle:
        parts.append(f"particle {pattern.particle!r}")
    if pattern.objects:
        objects = sorted(pattern.objects)
        more = f" +{len(objects) - 6} more" if len(objects) > 6 else ""
        parts.append(f"objects {objects[:6]}{more}")
    code = pattern.code
    if code == verbs_mod.NULL_CODE:
        parts.append("→ --- (null: codes nothing)")
    else:
        info = cameo.get(code) if code in cameo else None
        label = f"{info.name}, {info.plover_type or 'no PLOVER type'}" if info else "?"
        parts.append(f"→ {code} ({label})")
    if pattern.reverse:
        parts.append(f"reverse {pattern.reverse}")
    return " ".join(parts)


def _describe_entry(entry: actors_mod.Entry, when: date | None) -> str:
    if entry.roles:
        roles = "; ".join(
            f"{r.country} {r.sector or ''} {r.title} {r.start or '…'}–{r.end or '…'}".strip()
            for r in entry.roles)
        country, sector = entry.on(when or date.today())
        return f"{entry.name} (person): {roles} → now {country} {sector or ''}".strip()
    extra = (f", group {entry.group}" if entry.group else "") + \
        (f", scores as {entry.part_of}" if entry.part_of else "")
    return f"{entry.name} ({entry.kind}) → {entry.country} {entry.sector or ''}".strip() + extra


# ---------------------------------------------------------------------------- explain

@dataclass
class Candidate:
    pattern: str  # description
    where: str
    verdict: str  # fires | not met: ... | outranked


@dataclass
class Reading:
    """One word that a pattern could make an event of, and what came of it."""

    token: int
    text: str
    kind: str  # verb | noun
    candidates: list[Candidate]
    fired: str | None = None
    steps: list[str] = field(default_factory=list)
    outcome: str = ""
    #: the fired pattern's CAMEO code, the code it gives here after intent, threat or refusal
    #: (None where that is no event), and the PLOVER types of the two
    code: str | None = None
    coded_as: str | None = None
    plover: list[str] = field(default_factory=list)
    #: whether the reading found its source actor (so that a missing target, not a missing
    #: doer, is what kept it from being an event)
    sourced: bool = False


@dataclass
class Explanation:
    sentence: str
    tokens: list[dict[str, Any]]
    actors: list[dict[str, Any]]
    readings: list[Reading]
    events: list[Any]

    def to_dict(self) -> dict[str, Any]:
        from .model import to_dict

        return {
            "sentence": self.sentence,
            "tokens": self.tokens,
            "actors": self.actors,
            "readings": [{"token": r.token, "text": r.text, "kind": r.kind,
                          "candidates": [vars(c) for c in r.candidates], "fired": r.fired,
                          "steps": r.steps, "outcome": r.outcome, "code": r.code,
                          "coded_as": r.coded_as, "plover": r.plover,
                          "sourced": r.sourced}
                         for r in self.readings],
            "events": [to_dict(e) for e in self.events],
        }

    def text(self) -> str:
        lines = [f"sentence: {self.sentence}", "", "parse:"]
        for t in self.tokens:
            lines.append(f"  {t['i']:>3} {t['text']:<16} {t['lemma']:<14} {t['pos']:<6} "
                         f"{t['dep']:<10} → {t['head']}")
        lines.append("")
        lines.append("actors found:" if self.actors else "actors found: none")
        for a in self.actors:
            group = f" {a['group']}" if a.get("group") else ""
            lines.append(f"  {a['text']!r} → {a['code']} ({a['name']}, {a['kind']}{group})")
        lines.append("")
        if not self.readings:
            lines.append("no word of the sentence is in the verb dictionary")
        for r in self.readings:
            lines.append(f"{r.kind} {r.text!r} (token {r.token}):")
            for c in r.candidates:
                lines.append(f"  [{c.verdict}] {c.pattern}  ({c.where})")
            for step in r.steps:
                lines.append(f"  - {step}")
            lines.append(f"  ⇒ {r.outcome}")
        lines.append("")
        lines.append(f"events: {len(self.events)}")
        for e in self.events:
            target = f"{e.target.country} {e.target.sector or ''}".strip() if e.target else "-"
            flags = [k for k in ("negated", "future", "hypothetical", "reported")
                     if getattr(e.modality, k)]
            source = f"{e.source.country} {e.source.sector or ''}".strip()
            lines.append(f"  {source} → {target}: "
                         f"{e.cameo_code} {e.cameo_name} [{e.plover_type or '-'}] "
                         f"{','.join(flags)} ({e.pattern})")
        return "\n".join(lines)


def explain(sentence: str, coder: Any, *, published: date | None = None) -> Explanation:
    """Why ``coder`` (an ``eventscope.Coder``) codes ``sentence`` as it does."""
    from .code import ArticleState
    from .ingest import article_from_text

    # a sentence of few words, a headline or a name list, can fail the language test that
    # whole articles must pass: explaining it is still worth it
    article = article_from_text(sentence, id="explain", published=published,
                                check_language=False)
    doc = coder.nlp(article.text)
    events_coder = coder.events
    mentions = {i: m for m in coder.actors.mentions(doc, published)
                for i in range(m.start, m.end)}
    tokens = [{"i": t.i, "text": t.text, "lemma": t.lemma_, "pos": t.pos_, "tag": t.tag_,
               "dep": t.dep_, "head": t.head.i} for t in doc]
    actors = []
    for mention in sorted(set(mentions.values()), key=lambda m: m.start):
        country, sector = mention.entry.on(published)
        actors.append({"text": doc[mention.start:mention.end].text,
                       "code": f"{country or '?'} {sector or ''}".strip(),
                       "name": mention.entry.name, "kind": mention.entry.kind,
                       "group": mention.entry.group,
                       "start": mention.start, "end": mention.end})
    quotes, _ = coder.quotes.find(doc, article)
    events = events_coder.code_doc(doc, article, quotes=quotes)
    state = ArticleState(article)
    state.mention_tokens = frozenset(mentions)
    readings = []
    for token in doc:
        reading = _reading(token, coder, mentions, state, events)
        if reading is not None:
            readings.append(reading)
    return Explanation(article.text, tokens, actors, readings, events)


def _reading(token: Any, coder: Any, mentions: dict[int, Any], state: Any,
             events: list[Any]) -> Reading | None:
    verbs, cameo, ec = coder.verbs, coder.events.cameo, coder.events
    lemma = token.lemma_.lower()
    # the coder's readings by rule before the dictionary's (code.py: characterising verbs,
    # deadlines)
    special = (ec._characterisation(token, mentions, state) or ec._deadline(token)) \
        if token.pos_ == "VERB" else None
    if special is not None:
        kind, candidates, chosen = "verb", [special, *verbs.verbs.get(lemma, [])], special
    elif token.pos_ == "VERB" and lemma in verbs.verbs:
        kind, candidates = "verb", verbs.verbs[lemma]
        chosen = verbs.match_verb(token)
    elif token.pos_ in ("NOUN", "PROPN") and lemma in verbs.nouns:
        kind, candidates = "noun", verbs.nouns[lemma]
        chosen = verbs.match_noun(token)
    else:
        return None
    particles = verbs_mod._particles(token)
    objects = verbs_mod.object_lemmas(token)
    listed = []
    for pattern in candidates:
        if pattern is chosen:
            verdict = "fires"
        elif kind == "verb" and pattern.particle and pattern.particle not in particles:
            verdict = f"not met: no particle {pattern.particle!r} (has {sorted(particles)})"
        elif kind == "verb" and pattern.objects and not verbs_mod.objects_width(
                pattern.objects, objects | verbs_mod._prep_objects(token, pattern.particle)):
            verdict = f"not met: no object among {sorted(pattern.objects)[:6]} " \
                      f"(objects: {sorted(objects)})"
        elif pattern.code == verbs_mod.NULL_CODE:
            verdict = "null pattern: it matched and codes nothing"
        else:
            verdict = "outranked by a more specific pattern" if chosen else "matched"
        listed.append(Candidate(describe_pattern(pattern, cameo), pattern.where, verdict))
    reading = Reading(token.i, token.text, kind, listed, chosen.where if chosen else None)
    mine = [e for e in events if e.trigger.start == token.idx]
    if chosen is None:
        reading.outcome = ("not coded: a null pattern matched" if any(
            c.verdict.startswith("null") for c in listed) else "not coded: no pattern matched")
        return reading
    reading.code = reading.coded_as = chosen.code
    try:
        _steps(token, chosen, kind, ec, mentions, state, reading)
    except Exception as exc:  # the explanation must never break the command
        reading.steps.append(f"(could not trace the reading: {exc})")
    for code in dict.fromkeys((reading.code, reading.coded_as)):
        info = cameo.get(code) if code and code in cameo else None
        if info is not None and info.plover_type:
            reading.plover.append(info.plover_type)
    if mine:
        shown = ", ".join(f"{e.source.country} {e.source.sector or ''}".strip() + " → " +
                          (f"{e.target.country} {e.target.sector or ''}".strip()
                           if e.target else "-") + f" {e.cameo_code}" for e in mine)
        reading.outcome = f"coded: {shown}"
    elif not reading.outcome:
        reading.outcome = "not coded"
    return reading


def _steps(token: Any, pattern: Any, kind: str, ec: Any, mentions: dict[int, Any], state: Any,
           reading: Reading) -> None:
    steps = reading.steps
    modality, transform = ec._modality(token)
    flags = [k for k in ("negated", "future", "hypothetical", "reported")
             if getattr(modality, k)]
    steps.append(f"modality: {', '.join(flags) or 'asserted'}"
                 + (f"; transform: {transform}" if transform else ""))
    code = ec._transform(pattern.code, transform, modality)
    reading.coded_as = code
    if code is None:
        reading.outcome = f"not coded: a {transform} of this act is no event"
        return
    if code != pattern.code:
        steps.append(f"code {pattern.code} becomes {code} ({transform})")
    if kind == "verb":
        if ec._embeds_trigger(token, pattern, mentions, state):
            reading.outcome = "not coded here: its infinitive complement is the event"
            return
        if ec._helps_outcome(token):
            reading.outcome = "not coded: help to an outcome, with no one helped"
            return
        subject, passive = ec.subject(token)
        steps.append(f"subject: {subject.text!r}" + (" (passive agent)" if passive else "")
                     if subject is not None else "subject: none found")
        sources = ec.actors_of(subject, mentions, state) if subject is not None else []
        steps.append("source: " + (", ".join(_code(a) for a in sources) or
                                   "no actor in the subject"))
        reading.sourced = bool(sources)
        role = ec._read_verb(token, pattern, mentions, state)
    else:
        if ec._background(token):
            reading.outcome = "not coded: a nominal event in a background frame"
            return
        role = ec._read_noun(token, pattern, mentions, state)
    if role is None:
        kind_name = ec.cameo.get(code).plover_type
        reading.outcome = ("not coded: no source actor, or no target where "
                           f"{kind_name or 'this code'} needs one")
        return
    reading.sourced = True
    steps.append("targets: " + (", ".join(_code(a) for a in role.targets) or "none"))


def _code(actor: Any) -> str:
    return f"{actor.country} {actor.sector or ''}".strip() + f" ({actor.text!r}, " \
        f"{actor.resolved_by})"
