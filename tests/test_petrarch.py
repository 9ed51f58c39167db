"""PETRARCH/TABARI dictionaries → eventscope dictionaries, and the validation records.

The real files are read at test time from ``../shared/data/petrarch-validation/`` (never copied
into the repository). Coding the 284 validation records is done once per module."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from eventscope.actors import ActorDictionary
from eventscope.cameo import CameoTable
from eventscope.cli import app
from eventscope.petrarch import (
    Coding,
    ImportReport,
    Lemmatizer,
    _pdate,
    _surface_forms,
    codings,
    import_petrarch,
    normal_code,
    read_lines,
    read_records,
    split_code,
    validate,
)
from eventscope.verbs import VerbDictionary, _parse

ROOT = Path(__file__).resolve().parents[1]
VALIDATION = "data/petrarch-validation"


@pytest.fixture(scope="module")
def folder(shared) -> Path:
    path = shared / VALIDATION
    if not (path / "PETR.UnitTest.records.xml").exists():
        pytest.skip("the PETRARCH validation files are not in ../shared")
    return path


@pytest.fixture(scope="module")
def dicts(folder) -> Path:
    return folder / "dictionaries"


@pytest.fixture(scope="module")
def lemma(coder) -> Lemmatizer:
    return Lemmatizer(nlp=coder.nlp)


@pytest.fixture(scope="module")
def report(folder, coder):
    """The validation run: every record coded once, with the records' own dictionaries."""
    return validate(folder / "PETR.UnitTest.records.xml", nlp=coder.nlp)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _load(out: Path, cameo: CameoTable | None = None, extra: tuple[str, ...] = ()):
    files = sorted(out.rglob("*.yaml"))
    actors = ActorDictionary.load([p for p in files if p.parent.name == "actors"],
                                  shipped=False)
    verbs = VerbDictionary.load(cameo or CameoTable.load(),
                                [p for p in files if p.parent.name == "verbs"], shipped=False)
    return actors, verbs


# -- codes and dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(("code", "expected"), [
    ("ISRMIL", ("ISR", "MIL", "")),
    ("PSEREBHMS", ("PSE", "REB", "HMS")),
    ("IGOCOPITP", ("IGO", "COP", "ITP")),
    ("ARN", ("ARN", None, "")),
    ("ORCHOB", ("ORCHOB", None, "")),      # no sector part: the whole code is the country
    ("HOBCIV", ("HOBCIV", None, "")),      # CIV is not an eventscope sector (CVL is)
    ("---GOV", (None, "GOV", "")),
    ("---", (None, None, "")),
    ("pse", ("PSE", None, "")),
])
def test_actor_codes_split_into_country_and_sector(code, expected):
    assert split_code(code) == expected


def test_codes_compare_up_to_the_sector():
    assert normal_code("ARNGOVFRM") == "ARNGOV"
    assert normal_code("PSEREBHMS") == "PSEREB"
    assert normal_code("---") == "---"
    assert normal_code("---GOV") == "---GOV"
    assert normal_code("HOBCIV") == "HOBCIV"


def test_petrarch_dates_have_two_or_four_digit_years():
    assert _pdate("950601") == date(1995, 6, 1)
    assert _pdate("100201") == date(2010, 2, 1)
    assert _pdate("19230101") == date(1923, 1, 1)
    with pytest.raises(ValueError):
        _pdate("2004017")


def test_comments_are_skipped_and_codes_with_hashes_kept(tmp_path):
    path = _write(tmp_path / "x.txt", "<!-- one line -->\n# a comment\nA [B] # note\n<!--\n"
                  "several\nlines -->\n- * X [###]\n\n<! -- odd -->\n")
    assert list(read_lines(path)) == [(3, "A [B]"), (7, "- * X [###]")]


def test_names_are_written_as_in_news():
    assert "Minas Tirith" in _surface_forms("MINAS_TIRITH")
    assert "Prince of Dol Amroth" in _surface_forms("PRINCE OF DOL AMROTH")
    assert {"The AU", "the AU"} <= set(_surface_forms("THE_AU"))
    assert "IMF" in _surface_forms("IMF")
    assert "Al-Qaeda" in _surface_forms("AL-QAEDA")


# -- verb dictionaries ----------------------------------------------------------------------------

VERBS = """\
&TIETYPES
+MILITARY
+ECONOMIC

--- RESTORE  [050]  ---
RESTORE
- * DIPLOMATIC TIES [064]
- * &TIETYPES TIES [061]
- SAID WOULD * [173]
- * TIES (WITH +) [062]
- * CARD [---]
- * NOT RELATIONS [112]

--- LEAVE [032:033] ---
LEAVE {LEFT LEAVING LEAVES}
+BREAK_DOWN {+BROKE_DOWN +BROKEN_DOWN}
WIRE_+TAP [1711]
- * (FOR TALKS) [031]
- * FROM $ [043]
- * XYZ [999]
"""


def test_verb_patterns_convert_with_their_semantics(tmp_path, coder):
    path = _write(tmp_path / "test.verbs.txt", VERBS)
    out = tmp_path / "out"
    report = import_petrarch([path], [], out, nlp=coder.nlp)
    data = yaml.safe_load((out / "verbs" / "test.verbs.yaml").read_text())
    by_code = {}
    for entry in data:
        by_code.setdefault(entry["code"], []).append(entry)
    assert by_code["050"][0] == {"verb": "restore", "code": "050",
                                 "note": "test.verbs.txt:6: RESTORE"}
    assert by_code["064"][0]["objects"] == ["diplomatic tie"]
    assert set(by_code["061"][0]["objects"]) == {"military tie", "economic tie"}
    assert by_code["062"][0]["particle"] == "with"
    assert by_code["---"][0]["objects"] == ["card"]  # a null pattern: matches, codes nothing
    assert by_code["032"][0]["reverse"] == "033"      # [032:033]: the reciprocal event
    assert {e["verb"] for e in by_code["032"]} == {"leave", "break"}
    broke = [e for e in by_code["032"] if e.get("particle") == "down"]
    assert broke and broke[0]["verb"] == "break"      # +BREAK_DOWN: verb and particle
    reasons = {(s.line, s.reason) for s in report.skipped}
    assert (9, "words before the verb") in reasons
    assert (12, "negation inside the pattern") in reasons
    assert (17, "multi-word verb with words before the verb") in reasons
    assert (19, "source after the verb ($)") in reasons
    assert (20, "code not in CAMEO") in reasons
    # what was written loads without problems
    _, verbs = _load(out)
    assert verbs.problems == []


def test_converted_patterns_match_in_a_parse(tmp_path, coder):
    _write(tmp_path / "v.txt", VERBS)
    out = tmp_path / "out"
    import_petrarch([tmp_path / "v.txt"], [], out, nlp=coder.nlp)
    _, verbs = _load(out)

    def fired(text: str, word: str) -> str | None:
        doc = coder.nlp(text)
        token = next(t for t in doc if t.text == word)
        pattern = verbs.match_verb(token)
        return pattern.code if pattern else None

    assert fired("Arnor restored full diplomatic ties with Gondor.", "restored") == "064"
    assert fired("Arnor restored economic ties with Gondor.", "restored") == "061"
    assert fired("Arnor restored relations with Gondor.", "restored") == "050"
    assert fired("Arnor restored the card to Gondor.", "restored") is None  # null pattern
    assert fired("The envoy left Gondor for talks.", "left") == "031"


def test_reverse_codes_add_the_reciprocal_event(tmp_path, coder):
    _write(tmp_path / "v.txt", "--- VISIT [042:043] ---\nVISIT\n")
    out = tmp_path / "out"
    import_petrarch([tmp_path / "v.txt"], [], out, nlp=coder.nlp)
    verbs = VerbDictionary.load(CameoTable.load(), [out / "verbs" / "v.yaml"])
    from eventscope.code import EventCoder, Lexicon

    events_coder = EventCoder(coder.actors, verbs, CameoTable.load(), Lexicon.load(),
                              codebook=False)
    from eventscope.ingest import article_from_text

    article = article_from_text("Germany visited France.", id="t", published=date(2024, 1, 1))
    events = events_coder.code_doc(coder.nlp(article.text), article)
    assert codings(events, verbs) == {Coding("DEU", "FRA", "042"), Coding("FRA", "DEU", "043")}


# -- actor and agent dictionaries -----------------------------------------------------------------

ACTORS = """\
ARNOR_  [ARN]
+ARNORIAN
WASHINGTON  [USAGOV]
GOLLUM  # dated codes only
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
BROKEN  [ARN 2004017-20061201]
ZIMBABWE
\t[RHO <790606]
\t[ZBW]
LORIEN [ELR/GAL]
"""
AGENTS = """\
!PERSON! = MAN, MEN
PRESIDENT [~GOV]
FOREIGN_MINISTER [~GOVFRM]
CONGRESS!PERSON! [~LEG]
MSF {}  [NGO~]
"""


def test_actors_agents_and_dated_codes_convert(tmp_path):
    actors_file = _write(tmp_path / "t.actors.txt", ACTORS)
    agents_file = _write(tmp_path / "t.agents.txt", AGENTS)
    out = tmp_path / "out"
    report = import_petrarch([], [actors_file, agents_file], out)
    reasons = {(s.path, s.line, s.reason) for s in report.skipped}
    assert ("t.actors.txt", 9, "malformed code (date '2004017' is neither YYYYMMDD nor "
            "YYMMDD)") in reasons
    assert ("t.actors.txt", 13, "several codes for one actor (kept the first)") in reasons
    assert ("t.agents.txt", 5, "prefix agent code (XXX~)") in reasons
    actors, _ = _load(out)
    assert actors.problems == []
    arnor = actors.terms["Arnor"][0]
    assert (arnor.country, arnor.sector) == ("ARN", None)
    assert actors.terms["Arnorian"][0].country == "ARN"
    washington = actors.terms["Washington"][0]
    assert (washington.country, washington.sector) == ("USA", "GOV")
    gollum = actors.terms["Smeagol"][0]
    assert gollum.on(date(1995, 1, 1)) == ("HOB", None)
    assert gollum.on(date(1995, 6, 1)) == ("HOB", "GOV")
    assert gollum.on(date(1999, 8, 15)) == ("HOB", "GOV")   # ranges include their last day
    assert gollum.on(date(1999, 8, 17)) == ("HOB", "REB")   # "> 990816": after that day
    zimbabwe = actors.terms["Zimbabwe"][0]
    assert zimbabwe.on(date(1978, 12, 23)) == ("RHO", None)
    assert zimbabwe.on(date(2001, 1, 1)) == ("ZBW", None)   # the undated code is the default
    assert actors.roles["president"] == "GOV" and actors.roles["presidents"] == "GOV"
    assert actors.roles["foreign ministers"] == "GOV"
    assert actors.roles["congressmen"] == "LEG"


# -- the real files -------------------------------------------------------------------------------


def test_the_validation_dictionaries_convert_and_load(tmp_path, dicts, coder):
    out = tmp_path / "validate"
    report = import_petrarch(
        [dicts / "PETR.Validate.verbs.txt"],
        [dicts / "PETR.Validate.actors.txt", dicts / "PETR.Validate.agents.txt"], out,
        extra_codes=True, nlp=coder.nlp)
    assert report.converted["verb patterns"] > 400
    assert report.converted["actors"] > 100
    assert report.converted["actors with dated codes"] >= 5
    assert report.converted["role nouns"] > 100
    reasons = report.by_reason()
    assert reasons["words before the verb"] > 0
    assert (out / "codes.csv").exists()  # the dictionary's own non-CAMEO codes (345, 903, …)
    codes = (out / "codes.csv").read_text().split()[1:]
    assert {"345", "903", "1717"} <= set(codes)
    from eventscope.petrarch import extended_cameo

    actors, verbs = _load(out, extended_cameo(codes))
    assert actors.problems == [] and verbs.problems == []
    assert actors.terms["Minas Tirith"][0].country == "GON"


def test_cameo_and_phoenix_dictionaries_convert(tmp_path, dicts, coder):
    out = tmp_path / "phoenix"
    report = import_petrarch(
        [dicts / "CAMEO.2.0.txt"],
        [dicts / "Phoenix.Countries.actors.txt", dicts / "Phoenix.International.actors.txt",
         dicts / "Phoenix.MilNonState.actors.txt", dicts / "Phoenix.agents.txt"], out,
        nlp=coder.nlp)
    assert report.converted["verb patterns"] > 30000
    assert report.converted["actors"] > 5000
    assert report.converted["actors with dated codes"] > 10000
    assert report.converted["role nouns"] > 3000
    reasons = report.by_reason()
    for reason in ("words before the verb", "reverse-only code [:X]",
                   "role codes after the sector dropped", "verb transformation (~)"):
        assert reasons[reason] > 0, reason
    # a malformed date fails its line only, with the line number
    assert any(s.path == "Phoenix.International.actors.txt" and "2004017" in s.reason
               for s in report.skipped)
    cameo = CameoTable.load()
    text = (out / "verbs" / "CAMEO.2.0.yaml").read_text()
    chunks = text.split("\n- ")[1:]
    assert len(chunks) == report.converted["verb patterns"]
    for chunk in chunks[::40]:  # every entry follows the schema (a sample: all take long)
        _parse(yaml.safe_load("- " + chunk)[0], "x", cameo)
    roles = yaml.safe_load((out / "actors" / "Phoenix.agents.roles.yaml").read_text())
    assert "police" in roles["COP"]


def test_records_are_read_with_their_environment(folder):
    environment, records = read_records(folder / "PETR.UnitTest.records.xml")
    assert len(records) == 284
    assert environment.verbs == "PETR.Validate.verbs.txt"
    assert "SYNSET" in environment.include
    first = records[0]
    assert first.id == "DEMO-00" and first.date == date(1995, 1, 1)
    assert first.expected == {Coding("ARN", "GON", "064")}
    assert first.text.startswith("Arnor is about to restore full diplomatic ties with Gondor")


def test_validation_pass_rate(report):
    by_category = report.by_category()
    assert {"DEMO", "ACTOR", "VERB", "AGENT", "COMPOUND", "PARSING", "PATTERN", "DATE",
            "MODIFY", "SYNSET", "ERROR"} == set(by_category)
    assert len(report.included) == 281  # AGENTS and COMPOUNDx are not in <Include>
    rate = report.passed / len(report.included)
    assert rate >= 0.42, report.table()  # 122 of 281 (43.4%) when this was written
    table = report.table()
    assert table.splitlines()[0].split() == ["category", "records", "exact", "rate"]
    assert "all" in table


@pytest.mark.parametrize("record", [
    "DEMO-00",      # verb with an object phrase, source and target
    "SYNSET-01",    # DIPLOMATIC TIES outranks the synset pattern
    "SYNSET-03",    # &TIETYPES TIES
    "SYNSET-10",    # a multi-word synset member: golden goblin galleons
    "VERB-02",      # +BREAK_DOWN
    "DEMO-29",      # +CORDON_OFF
    "DATE-04",      # a date-restricted code
    "DATE-19",      # "> date" restriction
    "DATE-20",      # "< date" restriction before the default code
    "AGENTS-10",    # agents set the sector on both sides
    "ACTOR-10",     # synonyms (+THE_HERMIT_KINGDOM) and a target preposition
    "DISCARD-03",   # a discard phrase
])
def test_records_that_code_exactly(report, record):
    outcome = next(o for o in report.outcomes if o.record.id == record)
    assert outcome.passed, (outcome.record.text, outcome.record.expected, outcome.got)


def test_the_report_lists_failures_as_json(report):
    data = report.to_dict()
    assert data["records"] == 281 and data["exact"] == report.passed
    assert len(data["failures"]) == 281 - report.passed
    failure = data["failures"][0]
    assert {"id", "category", "expected", "got", "why"} <= failure.keys()
    json.dumps(data)


# -- the command line ----------------------------------------------------------------------------


def test_cli_import_petrarch(tmp_path, dicts):
    out = tmp_path / "imported"
    result = CliRunner().invoke(app, [
        "dict", "import-petrarch", str(dicts / "PETR.Validate.verbs.txt"),
        str(dicts / "PETR.Validate.actors.txt"), str(dicts / "PETR.Validate.agents.txt"),
        "--out", str(out), "--details"])
    assert result.exit_code == 0, result.output
    assert "not converted:" in result.output
    assert "PETR.Validate.verbs.txt:" in result.output  # --details: file:line of each
    assert (out / "verbs" / "PETR.Validate.verbs.yaml").exists()
    assert (out / "actors" / "PETR.Validate.actors.yaml").exists()
    # the validation actors give Sam Gamgee overlapping dated codes on purpose: check says so
    check = CliRunner().invoke(app, ["dict", "check", str(out / "actors")])
    assert check.exit_code == 1, check.output
    assert "PETR.Validate.actors.yaml:" in check.output
    assert "Sam Gamgee: roles overlap from 2010-01-09 to 2010-01-13" in check.output


def test_cli_validate_petrarch_prints_the_table(folder):
    result = CliRunner().invoke(app, ["validate-petrarch",
                                      str(folder / "PETR.UnitTest.records.xml"), "--failures"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split() == ["category", "records", "exact", "rate"]
    assert "SYNSET" in result.output and "expected" in result.output


def test_import_report_summary_counts_reasons():
    report = ImportReport()
    report.skip("a.txt", 3, "words before the verb", "- SAID *")
    report.skip("a.txt", 4, "words before the verb", "- WILL *")
    assert "2  words before the verb" in report.summary()
    assert str(report.skipped[0]) == "a.txt:3: words before the verb: - SAID *"
