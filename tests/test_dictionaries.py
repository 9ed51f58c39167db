"""The shipped dictionaries (coverage of CAMEO, PLOVER, states, metonyms, organisations, groups
and people) and the robustness of the loaders on user files."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from states import UN_MEMBERS

from eventscope import DictionaryError
from eventscope.actors import ActorDictionary, Entry
from eventscope.cameo import CameoTable
from eventscope.model import PLOVER_TYPES
from eventscope.resources import load_yaml
from eventscope.verbs import NULL_CODE, Pattern, VerbDictionary

#: the G20's member countries (the European Union and the African Union are members too)
G20 = ("ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA").split()
HEAD_TITLES = {"President", "Prime Minister", "Chancellor", "Premier", "King", "Queen",
               "Emperor", "Emir", "Crown Prince"}
ON = date(2024, 6, 1)


@pytest.fixture(scope="module")
def cameo() -> CameoTable:
    return CameoTable.load()


@pytest.fixture(scope="module")
def verbs(coder) -> VerbDictionary:
    """The shipped verb dictionary, as the session Coder loaded it (no user files)."""
    assert isinstance(coder.verbs, VerbDictionary)
    return coder.verbs


@pytest.fixture(scope="module")
def actors(coder) -> ActorDictionary:
    """The shipped actor dictionary, as the session Coder loaded it (no user files)."""
    assert isinstance(coder.actors, ActorDictionary)
    return coder.actors


def _patterns(dictionary: VerbDictionary) -> list[Pattern]:
    """The patterns that code something (null patterns, ``code: "---"``, code nothing)."""
    return [p for table in (dictionary.verbs, dictionary.nouns)
            for patterns in table.values() for p in patterns if p.code != NULL_CODE]


def _entries(actors: ActorDictionary, term: str) -> list[Entry]:
    return actors.terms.get(term, [])


# -- the shipped verb dictionary -----------------------------------------------------------------


def test_shipped_verb_dictionary_loads_without_problems(verbs):
    assert verbs.problems == []
    nulls = sum(1 for table in (verbs.verbs, verbs.nouns) for patterns in table.values()
                for p in patterns if p.code == NULL_CODE)
    assert len(verbs) == len(_patterns(verbs)) + nulls > nulls


def test_every_pattern_code_is_in_the_cameo_table(cameo, verbs):
    unknown = [(p.where, p.code) for p in _patterns(verbs) if p.code not in cameo]
    assert unknown == []


@pytest.mark.parametrize("root", [f"{n:02d}" for n in range(1, 21)])
def test_every_cameo_root_has_at_least_5_patterns(cameo, verbs, root):
    assert root in cameo
    count = sum(1 for p in _patterns(verbs) if cameo.root(p.code) == root)
    assert count >= 5, f"CAMEO {root}: {count} patterns"


@pytest.mark.parametrize(("code", "kind"), [
    ("085", "CONCEDE"),  # lifting sanctions (CODEBOOK: ease/lift sanctions)
    ("0813", "CONCEDE"), ("0814", "CONCEDE"),  # lifting a curfew, a state of emergency
    ("0871", "CONCEDE"),  # declaring a ceasefire or truce
    ("0863", "CONCEDE"),  # allowing aid in
    ("0841", "RETREAT"), ("0874", "RETREAT"),  # releases and withdrawals stay RETREAT
    ("163", "SANCTION"),  # sanctions, embargoes, tariffs (CODEBOOK: SANCTION, COERCE also)
    ("192", "ASSAULT"),  # capturing territory (CODEBOOK: ASSAULT)
    ("0831", "RETREAT"),  # resignations (PLOVER: RETREAT, mode resign)
])
def test_codebook_rows_of_the_cameo_table(cameo, code, kind):
    assert cameo.get(code).plover_type == kind


def test_every_plover_type_has_at_least_10_patterns(cameo, verbs):
    counts = Counter(cameo.get(p.code).plover_type for p in _patterns(verbs))
    thin = {t: counts[t] for t in PLOVER_TYPES if counts[t] < 10}
    assert len(PLOVER_TYPES) == 16
    assert thin == {}


def test_pattern_locations_name_their_file_and_line(verbs):
    for pattern in _patterns(verbs):
        name, _, line = pattern.where.rpartition(":")
        assert name.endswith(".yaml") and line.isdigit() and int(line) >= 1, pattern.where


# -- the shipped actor dictionary ----------------------------------------------------------------


def test_un_member_list_in_this_test_is_193_distinct_codes():
    assert len(UN_MEMBERS) == 193
    assert len(set(UN_MEMBERS)) == 193


def test_actor_dictionary_covers_every_un_member_plus_taiwan_kosovo_palestine(actors):
    countries = {e.country for entries in actors.terms.values() for e in entries
                 if e.kind == "country" and not e.roles}
    missing = sorted((set(UN_MEMBERS) | {"TWN", "XKX", "PSE"}) - countries)
    assert missing == []


def test_shipped_actor_dictionary_loads_without_problems(actors):
    assert actors.problems == []


@pytest.mark.parametrize(
    ("term", "country", "sector"),
    [
        ("Kremlin", "RUS", "GOV"),
        ("Pentagon", "USA", "MIL"),
        ("Downing Street", "GBR", "GOV"),
        ("White House", "USA", "GOV"),
    ],
)
def test_metonyms_name_the_state_and_sector(actors, term, country, sector):
    assert [e.on(ON) for e in _entries(actors, term)] == [(country, sector)]


@pytest.mark.parametrize(("term", "code"), [("NATO", "NATO"), ("European Union", "EUR"),
                                            ("EU", "EUR"), ("United Nations", "UNO")])
def test_international_organisations_have_their_codes(actors, term, code):
    entries = _entries(actors, term)
    assert [(e.kind, e.country) for e in entries] == [("igo", code)]


@pytest.mark.parametrize(
    ("term", "home"),
    [("Hamas", "PSE"), ("Hezbollah", "LBN"), ("Houthis", "YEM"), ("Wagner", "RUS")],
)
def test_armed_groups_are_in_the_dictionary(actors, term, home):
    entries = _entries(actors, term)
    assert entries, term
    assert all(e.kind == "group" for e in entries)
    assert {e.country for e in entries} == {home}


def _heads_on(actors: ActorDictionary, when: date) -> dict[str, set[str]]:
    """Country → names of people holding a head of state or government role on ``when``."""
    heads: dict[str, set[str]] = {}
    for entries in actors.terms.values():
        for entry in entries:
            if entry.kind != "person":
                continue
            for role in entry.roles:
                if role.title in HEAD_TITLES and role.active(when):
                    country, sector = entry.on(when)
                    assert sector == "GOV", (entry.name, role)
                    heads.setdefault(role.country, set()).add(entry.name)
    return heads


@pytest.mark.parametrize("country", [*G20, "UKR"])
def test_g20_countries_and_ukraine_have_a_head_in_office_on_2024_06_01(actors, country):
    heads = _heads_on(actors, ON)
    assert heads.get(country), f"no head of state or government of {country} on {ON}"


@pytest.mark.parametrize(("name", "country"), [("Joe Biden", "USA"), ("Vladimir Putin", "RUS"),
                                               ("Volodymyr Zelensky", "UKR")])
def test_known_heads_resolve_to_their_government_on_2024_06_01(actors, name, country):
    (entry,) = _entries(actors, name)
    assert entry.on(ON) == (country, "GOV")


def test_a_person_resolves_by_the_date_in_and_out_of_office(actors):
    (trump,) = _entries(actors, "Donald Trump")
    assert trump.kind == "person"
    assert trump.on(date(2018, 6, 1)) == ("USA", "GOV")
    assert trump.on(date(2022, 6, 1)) == ("USA", "ELI")
    assert trump.on(date(2025, 6, 1)) == ("USA", "GOV")


# -- loading user files --------------------------------------------------------------------------

USER_ACTORS = """\
# user actors
- code: ZZA
  name: Zedland Alliance
  names: [Zedland Alliance]
  country: UKR
  sector: REB
- name: Ann Example
  roles:
    - {country: FRA, sector: GOV, role: Minister, start: 2020/06/01, end: null}
- name: Bob Example
  aliases: [Bob Ex]
  roles:
    - {country: DEU, sector: GOV, role: Minister, start: 2020-01-01, end: null}
- name: No Code Group
  names: [No Code Group]
  country: ESP
"""


@pytest.fixture(scope="module")
def user_actors(tmp_path_factory) -> ActorDictionary:
    path = tmp_path_factory.mktemp("user-actors") / "file.yaml"
    path.write_text(USER_ACTORS, encoding="utf-8")
    return ActorDictionary.load(extra=[path])


def test_user_actor_file_reports_each_bad_entry_with_its_file_and_line(user_actors):
    assert len(user_actors.problems) == 2, user_actors.problems
    bad_date, no_code = user_actors.problems
    assert "file.yaml:7:" in bad_date and "2020/06/01" in bad_date
    assert "file.yaml:14:" in no_code and "code" in no_code


def test_user_actor_file_good_entries_load_beside_the_shipped_ones(user_actors):
    assert [(e.kind, e.country, e.sector) for e in user_actors.terms["Zedland Alliance"]] == [
        ("group", "UKR", "REB")
    ]
    (bob,) = user_actors.terms["Bob Ex"]
    assert bob.on(ON) == ("DEU", "GOV")
    assert "Ann Example" not in user_actors.terms
    assert "No Code Group" not in user_actors.terms
    assert user_actors.terms["Kremlin"]


def test_user_actor_entry_missing_code_is_reported_in_words(user_actors):
    no_code = user_actors.problems[1]
    assert "missing" in no_code.lower() or "required" in no_code.lower(), no_code


def test_out_of_range_yaml_date_raises_dictionary_error_naming_the_file(tmp_path):
    path = tmp_path / "dates_actors.yaml"
    path.write_text(
        "- name: Ann Example\n  roles:\n"
        "    - {country: FRA, sector: GOV, role: Minister, start: 2020-13-45}\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError, match="dates_actors.yaml"):
        load_yaml(path)


USER_VERBS = """\
# user verbs
- verb: zorble
  code: "111"

- verb: frobnicate
  code: "999"
- noun: blockade-run
  code: "1711"
- verb: glorp
  particle: out
  code: "042"
"""


def test_user_verb_file_reports_an_unknown_cameo_code_by_line_and_loads_the_rest(
    tmp_path, cameo
):
    path = tmp_path / "file.yaml"
    path.write_text(USER_VERBS, encoding="utf-8")
    assert "999" not in cameo
    verbs = VerbDictionary.load(cameo, extra=[path])
    problems = [p for p in verbs.problems if "file.yaml" in p]
    assert len(problems) == 1, verbs.problems
    assert "file.yaml:5:" in problems[0] and "999" in problems[0]
    assert "frobnicate" not in verbs.verbs
    (zorble,) = verbs.verbs["zorble"]
    assert (zorble.code, zorble.where) == ("111", "file.yaml:2")
    (glorp,) = verbs.verbs["glorp"]
    assert (glorp.code, glorp.particle, glorp.where) == ("042", "out", "file.yaml:9")
    assert verbs.nouns["blockade-run"][0].where == "file.yaml:7"
    assert "shell" in verbs.verbs  # the shipped patterns are still there


INVALID_YAML = """\
- verb: attack
  code: "190"
- verb: [unclosed
  code: "190"
"""


def test_invalid_yaml_verb_file_raises_dictionary_error_naming_file_and_line(tmp_path, cameo):
    path = tmp_path / "broken.yaml"
    path.write_text(INVALID_YAML, encoding="utf-8")
    with pytest.raises(DictionaryError) as caught:
        VerbDictionary.load(cameo, extra=[path])
    message = str(caught.value)
    assert str(path) in message
    line = int(message.split(f"{path}:", 1)[1].split(":", 1)[0])
    assert line in (3, 4, 5), message
    assert "YAML" in message


# -- organisation roll-up and groups ----------------------------------------------------------


@pytest.mark.parametrize(("term", "code", "parent"), [
    ("UN Security Council", "UNSC", "UNO"), ("UNIFIL", "UNIFIL", "UNO"),
    ("MONUSCO", "MONUSCO", "UNO"), ("World Food Programme", "WFP", "UNO"),
    ("UNRWA", "UNRWA", "UNO"), ("Frontex", "FRONTEX", "EUR"),
])
def test_organs_agencies_and_missions_keep_their_code_and_roll_up(actors, term, code, parent):
    from eventscope.actors import roll_up

    (entry,) = _entries(actors, term)
    assert (entry.kind, entry.country, entry.part_of) == ("igo", code, parent)
    assert roll_up(code) == parent
    assert roll_up(code, actors.roll_ups()) == parent


def test_organisations_of_their_own_do_not_roll_up():
    from eventscope.actors import roll_up

    for code in ("UNO", "EUR", "NATO", "AFU", "ICC", "IAE", "IMF", "WBK", "WTO"):
        assert roll_up(code) == code


def test_every_part_of_names_a_shipped_organisation(actors):
    codes = {e.country for entries in actors.terms.values() for e in entries if e.kind == "igo"}
    parents = {e.part_of for entries in actors.terms.values() for e in entries if e.part_of}
    assert parents and parents <= codes


@pytest.mark.parametrize(("term", "seat", "code"), [
    ("Amnesty International", "GBR", "AMN"), ("Human Rights Watch", "USA", "HRW"),
    ("Doctors Without Borders", "CHE", "MSF"), ("ICRC", "CHE", "IRC"),
    ("Crisis Group", "BEL", "ICG"),
])
def test_international_ngos_are_their_seat_country_with_sector_ngo(actors, term, seat, code):
    (entry,) = _entries(actors, term)
    assert (entry.kind, entry.country, entry.sector, entry.group) == ("group", seat, "NGO", code)


def test_groups_carry_their_own_code_and_their_home_country(actors):
    (hamas,) = _entries(actors, "Hamas")
    assert (hamas.country, hamas.sector, hamas.group) == ("PSE", "REB", "HMS")
    (islamic_state,) = _entries(actors, "ISIS")  # transnational: no one home state
    assert (islamic_state.country, islamic_state.group) == ("ISIS", "ISIS")


def test_a_group_mention_becomes_an_actor_with_its_group(coder):
    from eventscope.actors import ActorDictionary

    doc = coder.nlp("Hezbollah fired rockets.")
    actors = ActorDictionary.load()
    (mention,) = actors.mentions(doc, ON)
    actor = mention.actor(doc, ON)
    assert (actor.country, actor.sector, actor.kind, actor.group) == ("LBN", "REB", "group",
                                                                     "HEZ")


PART_OF = """\
- code: ZLB
  name: Zedland Bureau
  names: [Zedland Bureau]
  sector: IGO
  part_of: XYZ
- code: ZLC
  name: Zedland Council
  names: [Zedland Council]
  sector: IGO
  part_of: ZLB
- code: ZLD
  name: Bad Roll-up
  names: [Bad Roll-up]
  sector: IGO
  part_of: [XYZ]
- code: ZLE
  name: Zedland Front
  names: [Zedland Front]
  country: UKR
  part_of: XYZ
"""


GOVERNS = """\
- code: ZFR
  name: Zedland Front
  names: [Zedland Front]
  country: UKR
  sector: REB
  governs: 2022-03-01
- code: ZLF
  name: Zedland Forum
  names: [Zedland Forum]
  sector: IGO
  governs: 2022-03-01
- code: ZLG
  name: Zedland Guard
  names: [Zedland Guard]
  country: UKR
  governs: soon
"""


def _load_user_actors(tmp_path, name: str, text: str,
                      problems: list[tuple[int, str]]) -> ActorDictionary:
    """A user actor file loaded alone, with the problems expected: (line, words) each."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    loaded = ActorDictionary.load(extra=[path], shipped=False)
    assert len(loaded.problems) == len(problems), loaded.problems
    for problem, (line, words) in zip(loaded.problems, problems, strict=True):
        assert f"{name}:{line}:" in problem and words in problem, problem
    return loaded


def test_a_group_that_governs_is_its_state_s_government_from_that_date(tmp_path):
    loaded = _load_user_actors(tmp_path, "groups.yaml", GOVERNS,
                               [(7, "only a group"), (12, "YYYY-MM-DD")])
    (front,) = loaded.terms["Zedland Front"]
    assert front.on(date(2021, 5, 1)) == ("UKR", "REB")
    assert front.on(date(2023, 5, 1)) == ("UKR", "GOV")
    (taliban,) = _entries(ActorDictionary.load(), "Taliban")
    assert taliban.on(date(2020, 1, 1)) == ("AFG", "REB")
    assert taliban.on(date(2022, 1, 1)) == ("AFG", "GOV")


def test_user_part_of_is_validated_and_rolls_up_transitively(tmp_path):
    from eventscope.actors import roll_up

    loaded = _load_user_actors(tmp_path, "orgs.yaml", PART_OF,
                               [(11, "part_of"), (16, "only organisations")])
    table = loaded.roll_ups()
    assert roll_up("ZLC", table) == roll_up("ZLB", table) == "XYZ"
    assert roll_up("UKR", table) == "UKR"


def test_a_yaml_error_spread_over_lines_is_reported_on_one_line(tmp_path):
    # found by tests/test_fuzz.py: PyYAML's message for a NUL byte spans two lines
    path = tmp_path / "actors.yaml"
    path.write_text("\x00countries: []\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as raised:
        load_yaml(path)
    assert "\n" not in str(raised.value) and "invalid YAML" in str(raised.value)


def test_no_word_of_the_data_files_is_read_as_a_boolean():
    """YAML 1.1 reads a bare no, yes, on, off, true or false as a boolean: a lexicon word such
    as "no" (a negator) or "false" (a judgement) must be quoted, or it is silently lost."""
    import yaml

    from eventscope.resources import data_path

    def booleans(node, where):
        if isinstance(node, bool):
            yield where
        elif isinstance(node, dict):
            for key, value in node.items():
                yield from booleans(key, where)
                yield from booleans(value, f"{where}/{key}")
        elif isinstance(node, list):
            for item in node:
                yield from booleans(item, where)

    root = data_path("stance.yaml").parent
    found = [f"{path.relative_to(root)}: {where}" for path in sorted(root.rglob("*.yaml"))
             for where in booleans(yaml.safe_load(path.read_text(encoding="utf-8")), "")]
    assert not found, found


def test_a_word_yaml_reads_as_a_boolean_is_an_error_naming_file_and_pattern(tmp_path, cameo):
    """ "preps: [from, on]": YAML 1.1 reads the bare word "on" as true, which would silently
    never match; the loader reports it in one line with its file and line, as any bad
    pattern, and leaves the pattern out."""
    path = tmp_path / "my_verbs.yaml"
    path.write_text('- verb: recapture\n  code: "192"\n  preps: [from, on]\n', encoding="utf-8")
    loaded = VerbDictionary.load(cameo, extra=[path], shipped=False)
    assert len(loaded) == 0  # the bad pattern is left out, and said so
    [message] = loaded.problems
    assert message.startswith(f"{path}:1:") and "recapture" in message and "boolean" in message
    assert "\n" not in message


COALITIONS = """\
- code: ZTRIO
  name: Zed Trio
  names: [Zed Trio]
  members: [FRA, DEU, ITA]
- code: ZDUO
  name: Zed Solo
  names: [Zed Solo]
  members: [FRA]
- code: ZBAD
  name: Zed Bad
  names: [Zed Bad]
  members: [France, Germany]
"""


def test_a_coalition_names_two_or_more_states_and_is_no_actor_of_its_own(tmp_path):
    loaded = _load_user_actors(tmp_path, "coalitions.yaml", COALITIONS,
                               [(5, "two or more state codes"), (9, "two or more state codes")])
    (trio,) = loaded.terms["Zed Trio"]
    assert trio.members == ("FRA", "DEU", "ITA")
    (e3,) = _entries(ActorDictionary.load(), "E3")
    assert set(e3.members) == {"FRA", "DEU", "GBR"}
