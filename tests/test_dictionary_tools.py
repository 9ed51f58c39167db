"""Dictionary tools: ``dict check`` (line-numbered errors), user dictionaries that extend or
override the shipped ones (``--dict``, ``EVENTSCOPE_DICTS``, ``eventscope.toml``), ``dict show``
and ``explain``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventscope import DictionaryError
from eventscope.actors import ActorDictionary
from eventscope.cameo import CameoTable
from eventscope.cli import app
from eventscope.code import EventCoder, Lexicon
from eventscope.dictionaries import (
    check,
    configured_dictionaries,
    expand,
    explain,
    show,
    user_dictionaries,
)
from eventscope.ingest import article_from_text
from eventscope.verbs import VerbDictionary

BAD_VERBS = """\
- verb: shell
  code: "190"
- verb: shell
  code: "190"
- verb: shell
  code: "195"
- verb: blockade
  code: "999"
- verb: storm
  cod: "190"
- just a string
- verb: besiege
  code: "191"
"""
BAD_ACTORS = """\
- name: Jane Roe
  aliases: [Roe]
  roles:
    - {country: USA, sector: GOV, role: Secretary, start: 2020-01-01, end: 2022-01-01}
    - {country: GBR, sector: GOV, role: Envoy, start: 2021-06-01, end: 2023-01-01}
- name: Bad Date
  roles:
    - {country: USA, start: 2020-13-01}
- code: gon
  names: [Gondor]
  metonyms: {}
- code: ARN
  name: Arnor
  names: [Arnor, Fornost]
  metonyms: {}
- code: FOR
  names: [Fornost]
  metonyms: {}
"""


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _issues(report) -> set[tuple[str, int, str]]:
    return {(Path(i.path).name, i.line, i.level) for i in report.issues}


# -- check -----------------------------------------------------------------------------------------


def test_the_shipped_dictionaries_check_without_errors():
    report = check()
    assert report.errors == [], "\n".join(map(str, report.errors))
    assert len(report.files) > 20 and report.entries > 2000


def test_check_reports_each_problem_with_its_file_and_line(tmp_path):
    verbs = _write(tmp_path / "my_verbs.yaml", BAD_VERBS)
    actors = _write(tmp_path / "my_actors.yaml", BAD_ACTORS)
    report = check([tmp_path])
    assert report.files == [actors, verbs]
    found = _issues(report)
    assert ("my_verbs.yaml", 3, "warning") in found           # duplicate of line 1
    assert ("my_verbs.yaml", 5, "error") in found             # conflict: 195 vs 190
    assert ("my_verbs.yaml", 7, "error") in found             # unknown CAMEO code 999
    assert ("my_verbs.yaml", 9, "error") in found             # unknown field 'cod'
    assert ("my_verbs.yaml", 11, "error") in found            # not a mapping
    assert ("my_actors.yaml", 1, "error") in found            # Jane Roe's roles overlap
    assert ("my_actors.yaml", 6, "error") in found            # impossible date
    assert ("my_actors.yaml", 9, "error") in found            # lower-case code
    assert ("my_actors.yaml", 12, "warning") in found         # Fornost names two actors
    messages = "\n".join(map(str, report.issues))
    assert "unknown CAMEO code '999'" in messages
    assert "roles overlap from 2021-06-01 to 2022-01-01" in messages
    assert "bad date '2020-13-01'" in messages
    assert len(report.errors) == 7


def test_check_catches_yaml_errors_and_misrouted_files(tmp_path):
    _write(tmp_path / "broken.yaml", "- verb: [unclosed\n  code: 1\n")
    _write(tmp_path / "actors" / "sanctions.yaml", "- verb: sanction\n  code: \"163\"\n")
    report = check([tmp_path])
    messages = {Path(i.path).name: str(i) for i in report.issues}
    assert "broken.yaml:2: error: invalid YAML" in messages["broken.yaml"]
    assert "look like verbs" in messages["sanctions.yaml"]


def test_malformed_entries_fail_alone_and_the_rest_loads(tmp_path, coder):
    verbs_file = _write(tmp_path / "my_verbs.yaml", BAD_VERBS)
    actors_file = _write(tmp_path / "my_actors.yaml", BAD_ACTORS)
    actors = ActorDictionary.load([actors_file], shipped=False)
    verbs = VerbDictionary.load(CameoTable.load(), [verbs_file], shipped=False)
    assert any(p.startswith(f"{actors_file}:6: ") and "bad date" in p for p in actors.problems)
    assert any(p.startswith(f"{actors_file}:9: ") for p in actors.problems)
    assert any(p.startswith(f"{verbs_file}:7: ") for p in verbs.problems)
    assert any(p.startswith(f"{verbs_file}:11: ") for p in verbs.problems)
    assert "Arnor" in actors.terms and "Roe" in actors.terms
    assert "besiege" in verbs.verbs


# -- user dictionaries extend and override ---------------------------------------------------------


def test_user_files_extend_and_override_the_shipped_ones(tmp_path, coder):
    actors_file = _write(tmp_path / "actors" / "middle_earth.yaml", """\
- code: GON
  name: Gondor
  names: [Gondor, Minas Tirith]
  metonyms: {}
- code: RUS
  name: Russia
  names: []
  metonyms: {MIL: [Kremlin]}
""")
    roles_file = _write(tmp_path / "actors" / "roles.yaml", "CVL: [hobbit]\nMIL: [ranger]\n")
    verbs_file = _write(tmp_path / "verbs.yaml", """\
- verb: shell
  code: "195"
- verb: restore
  objects: [diplomatic tie]
  code: "064"
  reverse: "064"
- verb: shoot
  objects: [video, film]
  code: "---"
""")
    cameo = CameoTable.load()
    actors = ActorDictionary.load([actors_file, roles_file])
    verbs = VerbDictionary.load(cameo, [verbs_file])
    assert actors.problems == [] and verbs.problems == []
    assert actors.terms["Gondor"][0].country == "GON"                    # extended
    kremlin = actors.terms["Kremlin"]
    assert [(e.country, e.sector) for e in kremlin] == [("RUS", "MIL")]  # overridden
    assert actors.roles["hobbit"] == "CVL" and actors.roles["ranger"] == "MIL"
    assert actors.roles["troop"] == "MIL"                                # shipped nouns stay

    def pattern(text: str, word: str):
        token = next(t for t in coder.nlp(text) if t.text == word)
        return verbs.match_verb(token)

    assert pattern("Russia shelled Kharkiv.", "shelled").code == "195"  # overrides 194
    tie = pattern("Gondor restored full diplomatic ties with Rohan.", "restored")
    assert tie.code == "064" and tie.reverse == "064"                   # two-word object
    assert pattern("Gondor restored ties with Rohan.", "restored").code != "064"
    assert pattern("Russian troops shot a video in Kharkiv.", "shot") is None  # null pattern
    assert pattern("Russian troops shot at Ukrainian positions.", "shot") is not None

    events = EventCoder(actors, verbs, cameo, Lexicon.load())
    article = article_from_text("Gondor shelled Minas Morgul, where Russian troops waited.",
                                id="t", published=date(2024, 1, 1))
    coded = events.code_doc(coder.nlp(article.text), article)
    assert [(e.source.country, e.cameo_code) for e in coded] == [("GON", "195")]


def test_configured_dictionaries_come_from_the_environment_and_eventscope_toml(tmp_path):
    first = _write(tmp_path / "a" / "verbs.yaml", "- verb: shell\n  code: \"195\"\n")
    second = _write(tmp_path / "b" / "actors.yaml", "- code: GON\n  names: [Gondor]\n")
    _write(tmp_path / "eventscope.toml", 'dictionaries = ["a"]\n')
    environ = {"EVENTSCOPE_DICTS": str(tmp_path / "b")}
    assert configured_dictionaries(tmp_path, environ) == [tmp_path / "a", tmp_path / "b"]
    extra = _write(tmp_path / "c.yaml", "- verb: storm\n  code: \"190\"\n")
    assert user_dictionaries([extra], cwd=tmp_path, environ=environ) == [first, second, extra]
    with pytest.raises(DictionaryError, match="not found"):
        user_dictionaries([tmp_path / "missing.yaml"], cwd=tmp_path, environ={})
    _write(tmp_path / "eventscope.toml", "dictionaries = 3\n")
    with pytest.raises(DictionaryError, match="must be a list"):
        configured_dictionaries(tmp_path, {})


def test_folders_stand_for_their_yaml_files(tmp_path):
    b = _write(tmp_path / "x" / "b.yaml", "[]\n")
    a = _write(tmp_path / "x" / "sub" / "a.yml", "[]\n")
    _write(tmp_path / "x" / "notes.txt", "")
    assert expand([tmp_path / "x"]) == [b, a]


# -- show and explain ------------------------------------------------------------------------------


def test_show_lists_the_entries_a_word_matches(coder):
    matches = show("Kremlin", nlp=coder.nlp)
    actor = next(m for m in matches if m.kind == "actor")
    assert actor.fires and "RUS GOV" in actor.entry and actor.where.startswith("countries.yaml:")
    lower = show("kremlin", nlp=coder.nlp)
    assert any(m.kind == "actor" and not m.fires and "differs in case" in m.why for m in lower)
    phrase = show("impose sanctions", nlp=coder.nlp)
    assert phrase[0].fires and phrase[0].kind == "verb" and "163" in phrase[0].entry
    assert any(not m.fires and "also needs" in m.why for m in phrase)
    assert show("qwzxv", nlp=coder.nlp) == []


def test_explain_shows_parse_actors_patterns_and_outcome(coder):
    explanation = explain("Russian forces shelled Ukrainian positions near Kharkiv.", coder,
                          published=date(2024, 6, 1))
    assert [t["text"] for t in explanation.tokens][:3] == ["Russian", "forces", "shelled"]
    assert {a["code"] for a in explanation.actors} >= {"RUS", "UKR"}
    reading = next(r for r in explanation.readings if r.text == "shelled")
    assert reading.fired and reading.fired.startswith("19_fight.yaml:")
    assert any(c.verdict == "fires" for c in reading.candidates)
    assert reading.outcome.startswith("coded: RUS MIL → UKR 194")
    assert [e.cameo_code for e in explanation.events] == ["194"]
    text = explanation.text()
    assert "parse:" in text and "actors found:" in text and "⇒ coded" in text
    json.dumps(explanation.to_dict())


def test_explain_says_why_nothing_was_coded(coder):
    explanation = explain("The soldiers shelled the village.", coder)
    reading = next(r for r in explanation.readings if r.text == "shelled")
    assert reading.outcome.startswith("not coded")
    assert any("source: no actor" in step for step in reading.steps)
    assert explanation.events == []
    quiet = explain("The weather was mild.", coder)
    assert "no word of the sentence is in the verb dictionary" in quiet.text()


# -- the command line ----------------------------------------------------------------------------


def test_cli_dict_check(tmp_path):
    runner = CliRunner()
    shipped = runner.invoke(app, ["dict", "check"])
    assert shipped.exit_code == 0, shipped.output
    assert shipped.output.strip().splitlines()[-1].startswith("0 error(s)")
    bad = _write(tmp_path / "my_verbs.yaml", BAD_VERBS)
    result = runner.invoke(app, ["dict", "check", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:7: error: unknown CAMEO code '999'" in result.output


def test_cli_dict_show():
    result = CliRunner().invoke(app, ["dict", "show", "Kremlin", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data[0]["kind"] == "actor" and data[0]["fires"]
    none = CliRunner().invoke(app, ["dict", "show", "qwzxv"])
    assert none.exit_code == 1


def test_cli_explain_and_code_with_user_dictionaries(tmp_path, monkeypatch):
    _write(tmp_path / "dicts" / "actors" / "middle_earth.yaml",
           "- code: GON\n  name: Gondor\n  names: [Gondor]\n  metonyms: {}\n"
           "- code: MOR\n  name: Mordor\n  names: [Mordor]\n  metonyms: {}\n")
    _write(tmp_path / "dicts" / "verbs" / "siege.yaml", "- verb: besiege\n  code: \"191\"\n")
    runner = CliRunner()
    result = runner.invoke(app, ["explain", "Mordor besieged Gondor.", "--json",
                                 "--dict", str(tmp_path / "dicts")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output[result.output.index("{"):])
    assert [(e["source"]["country"], e["cameo_code"], e["target"]["country"])
            for e in data["events"]] == [("MOR", "191", "GON")]
    article = _write(tmp_path / "story.txt", "Siege\nMordor besieged Gondor on Monday.\n")
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "eventscope.toml", 'dictionaries = ["dicts"]\n')
    coded = runner.invoke(app, ["code", str(article), "--published", "2024-01-01"])
    assert coded.exit_code == 0, coded.output
    events = [json.loads(line) for line in coded.output.splitlines() if line.startswith("{")]
    assert [(e["source"]["country"], e["cameo_code"]) for e in events] == [("MOR", "191")]


def test_a_person_in_two_merged_files_must_not_hold_overlapping_roles(tmp_path):
    # the loader makes one person of a name in people.yaml and people-past.yaml: their roles
    # across the two files must not overlap (the person would be two actors at once)
    recent = _write(tmp_path / "people_actors.yaml", """
- name: Ana Example
  roles:
    - {country: CHL, sector: GOV, role: President, start: 2014-03-11, end: 2018-03-11}
""")
    past = _write(tmp_path / "past_actors.yaml", """
- name: Ana Example
  roles:
    - {country: CHL, sector: LEG, role: Senator, start: 2006-03-11, end: 2014-06-01}
""")
    report = check([recent, past], merged=[recent, past])
    (issue,) = report.errors
    assert issue.path == str(past) and "Ana Example: roles overlap from 2014-03-11 to " \
        "2014-06-01" in issue.message and "people_actors.yaml:2" in issue.message
    # files not merged are separate dictionaries; roles that follow each other are fine
    assert check([recent, past], merged=[]).errors == []
    _write(past, past.read_text().replace("2014-06-01", "2014-03-11"))
    assert check([recent, past], merged=[recent, past]).errors == []
    # the same name twice in one file is one person too
    _write(recent, recent.read_text() + recent.read_text().replace(
        "CHL, sector: GOV, role: President", "CHL, sector: LEG, role: Senator"))
    (issue,) = check([recent], merged=[recent]).errors
    assert "Ana Example: roles overlap from 2014-03-11 to 2018-03-11" in issue.message
