"""Coverage of the shipped actor dictionary for the international news of 2019-2026: heads of
state and government, ministers, junta leaders, heads of international organisations, armed
groups, organisations and role nouns resolve to the codebook's country and sector on a date."""

from __future__ import annotations

import re
from datetime import date

import pytest
from states import UN_MEMBERS

from eventscope.actors import ActorDictionary, Entry, roll_up

#: the 193 member states of the United Nations plus Taiwan, Kosovo, Palestine and the Holy See
STATES = [*UN_MEMBERS, "TWN", "XKX", "PSE", "VAT"]
#: role titles that make a person the head of state or of government (or the state's leader)
LEADER = re.compile(r"President|Prime Minister|Chancellor|Premier|King|Queen|Emperor|Emir|Sultan|"
                    r"Taoiseach|Head of Government|Prince|Grand Duke|Pope|Chief Minister|"
                    r"Supreme Leader|Chairman|Chairwoman|Chief Adviser|Member of the Presidency|"
                    r"Minister of State|Secretary of State for Foreign Affairs|General Secretary|"
                    r"Head of State|Chief of State|Leader")


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def _resolve(actors: ActorDictionary, term: str, when: date) -> tuple[str | None, str | None]:
    """(country, sector) that ``term`` codes as on ``when``, the way the coder picks an entry."""
    entries = actors.terms.get(term, [])
    assert entries, f"{term!r} is not in the dictionary"
    entry = ActorDictionary._pick(entries, when)
    assert entry is not None, f"{term!r} is ambiguous on {when}"
    return entry.on(when)


# -- people -------------------------------------------------------------------------------------

PEOPLE = [
    # (term as written in news, publication date, country, sector)
    ("Kais Saied", "2023-05-01", "TUN", "GOV"),
    ("Saied", "2025-01-10", "TUN", "GOV"),
    ("Abdelmadjid Tebboune", "2024-03-01", "DZA", "GOV"),
    ("Mohammed VI", "2022-06-01", "MAR", "GOV"),
    ("Mohammed Shia al-Sudani", "2024-02-01", "IRQ", "GOV"),
    ("Najib Mikati", "2023-10-20", "LBN", "GOV"),
    ("Joseph Aoun", "2024-01-10", "LBN", "MIL"),
    ("Joseph Aoun", "2025-03-01", "LBN", "GOV"),
    ("Abdul Hamid Dbeibah", "2022-08-27", "LBY", "GOV"),
    ("Khalifa Haftar", "2020-01-12", "LBY", "MIL"),
    ("Mohamed bin Zayed", "2023-12-01", "ARE", "GOV"),
    ("Rashad al-Alimi", "2024-01-15", "YEM", "GOV"),
    ("Abdul-Malik al-Houthi", "2024-01-15", "YEM", "REB"),
    ("Ismail Haniyeh", "2023-11-01", "PSE", "REB"),
    ("Naim Qassem", "2025-01-05", "LBN", "REB"),
    ("Abdel Fattah al-Burhan", "2023-06-01", "SDN", "GOV"),
    ("Hemedti", "2024-04-15", "SDN", "REB"),
    ("Abiy Ahmed", "2021-11-01", "ETH", "GOV"),
    ("Isaias Afwerki", "2022-10-01", "ERI", "GOV"),
    ("Hassan Sheikh Mohamud", "2024-01-02", "SOM", "GOV"),
    ("William Ruto", "2023-03-01", "KEN", "GOV"),
    ("Paul Kagame", "2025-01-28", "RWA", "GOV"),
    ("Félix Tshisekedi", "2025-01-28", "COD", "GOV"),
    ("Corneille Nangaa", "2025-02-01", "COD", "REB"),
    ("Assimi Goïta", "2023-08-01", "MLI", "GOV"),
    ("Ibrahim Traoré", "2024-05-01", "BFA", "GOV"),
    ("Abdourahamane Tchiani", "2023-08-10", "NER", "GOV"),
    ("Mamady Doumbouya", "2022-01-10", "GIN", "GOV"),
    ("Mahamat Idriss Déby", "2024-05-23", "TCD", "GOV"),
    ("Bola Tinubu", "2024-08-01", "NGA", "GOV"),
    ("Ousmane Sonko", "2024-06-01", "SEN", "GOV"),
    ("Emmerson Mnangagwa", "2023-08-27", "ZWE", "GOV"),
    ("Min Aung Hlaing", "2019-06-01", "MMR", "MIL"),
    ("Min Aung Hlaing", "2023-02-01", "MMR", "GOV"),
    ("Sheikh Hasina", "2024-07-20", "BGD", "GOV"),
    ("Muhammad Yunus", "2025-01-01", "BGD", "GOV"),
    ("Anwar Ibrahim", "2024-05-01", "MYS", "GOV"),
    ("Ferdinand Marcos Jr.", "2024-06-17", "PHL", "GOV"),
    ("Paetongtarn Shinawatra", "2025-06-01", "THA", "GOV"),
    ("To Lam", "2025-01-01", "VNM", "GOV"),
    ("Shavkat Mirziyoyev", "2022-07-02", "UZB", "GOV"),
    ("Aleksandar Vučić", "2023-05-05", "SRB", "GOV"),
    ("Maia Sandu", "2024-10-21", "MDA", "GOV"),
    ("Robert Fico", "2024-05-15", "SVK", "GOV"),
    ("Alexander Stubb", "2024-08-01", "FIN", "GOV"),
    ("Kyriakos Mitsotakis", "2023-09-01", "GRC", "GOV"),
    ("Albin Kurti", "2023-05-30", "XKX", "GOV"),
    ("Pope Francis", "2024-09-01", "VAT", "GOV"),
    ("Leo XIV", "2025-06-01", "VAT", "GOV"),
    ("Gustavo Petro", "2025-01-27", "COL", "GOV"),
    ("Daniel Noboa", "2024-01-09", "ECU", "GOV"),
    ("Nayib Bukele", "2025-03-16", "SLV", "GOV"),
    ("Dina Boluarte", "2023-01-15", "PER", "GOV"),
    ("Alix Didier Fils-Aimé", "2025-03-01", "HTI", "GOV"),
    ("Christopher Luxon", "2024-03-01", "NZL", "GOV"),
    ("James Marape", "2023-05-22", "PNG", "GOV"),
    ("Tulsi Gabbard", "2025-06-20", "USA", "SPY"),
    ("Karim Khan", "2024-05-20", "ICC", "JUD"),
    ("Rafael Grossi", "2025-06-13", "IAE", "GOV"),
    ("Kristalina Georgieva", "2023-04-11", "IMF", "GOV"),
    ("Moussa Faki Mahamat", "2023-07-27", "AFU", "GOV"),
    ("Tedros", "2023-05-05", "WHO", "GOV"),
    # people-past.yaml (1975-2014); a person of both files is one person with the roles of
    # both; out of office later, an elite of their state
    ("Putin", "2003-05-01", "RUS", "GOV"),
    ("Stoltenberg", "2010-01-01", "NOR", "GOV"),
    ("Stoltenberg", "2020-01-01", "NATO", "GOV"),
    ("Yasser Arafat", "2001-12-01", "PSE", "GOV"),
    ("Pervez Musharraf", "2001-12-01", "PAK", "GOV"),
    ("Laurent Gbagbo", "2005-01-01", "CIV", "GOV"),
    ("Laurent Gbagbo", "2024-01-01", "CIV", "ELI"),
    ("Nelson Mandela", "1985-06-01", "ZAF", "OPP"),
    ("Nelson Mandela", "1996-06-01", "ZAF", "GOV"),
    ("Kofi Annan", "2000-06-01", "UNO", "GOV"),
]


@pytest.mark.parametrize(("term", "day", "country", "sector"), PEOPLE)
def test_person_codes_as_the_state_they_act_for(actors, term, day, country, sector):
    assert _resolve(actors, term, date.fromisoformat(day)) == (country, sector)


@pytest.mark.parametrize(("term", "day", "country", "sector"), [
    # before, during and after a term of office: out of office a person is an elite (ELI)
    ("Kais Saied", "2019-10-22", None, None),
    ("Kais Saied", "2019-10-23", "TUN", "GOV"),
    ("Mohamed Bazoum", "2022-01-01", "NER", "GOV"),
    ("Mohamed Bazoum", "2024-01-01", "NER", "ELI"),
    ("Sanna Marin", "2021-06-01", "FIN", "GOV"),
    ("Sanna Marin", "2024-06-01", "FIN", "ELI"),
    ("Mohamed Hamdan Dagalo", "2021-01-01", "SDN", "GOV"),
    ("Mohamed Hamdan Dagalo", "2023-05-01", "SDN", "REB"),
    ("Tammy Bruce", "2025-05-01", "USA", "GOV"),
])
def test_a_role_holds_only_within_its_dates(actors, term, day, country, sector):
    entries = actors.terms[term]
    entry = ActorDictionary._pick(entries, date.fromisoformat(day)) or entries[0]
    assert entry.on(date.fromisoformat(day)) == (country, sector)


def _leaders_on(actors: ActorDictionary, when: date) -> set[str]:
    people: set[Entry] = {e for entries in actors.terms.values() for e in entries
                          if e.kind == "person"}
    return {role.country for person in people for role in person.roles
            if role.active(when) and LEADER.search(role.title)}


@pytest.mark.parametrize("day", ["2019-07-01", "2021-06-15", "2023-06-01", "2025-06-01",
                                 "2026-10-01"])
def test_every_state_has_a_leader_on_the_dictionary_at_any_date(actors, day):
    assert sorted(set(STATES) - _leaders_on(actors, date.fromisoformat(day))) == []


#: states with no one leader on a date: Switzerland's Federal Council is collective, San
#: Marino's two Captains Regent change every six months; and states not yet independent
NO_ONE_LEADER = {"CHE", "SMR"}
INDEPENDENT = {"SSD": "2011-07-09", "TLS": "2002-05-20", "XKX": "2008-02-17",
               "MNE": "2006-06-03", "ERI": "1993-05-24"}


@pytest.mark.parametrize("day", ["1995-06-01", "2005-06-01", "2012-06-01"])
def test_every_state_had_a_leader_before_2015(actors, day):
    # people-past.yaml: the heads of state and government of 1975 to 2014
    when = date.fromisoformat(day)
    states = {s for s in STATES if s not in NO_ONE_LEADER and
              date.fromisoformat(INDEPENDENT.get(s, "1900-01-01")) <= when}
    assert sorted(states - _leaders_on(actors, when)) == []


def test_a_person_in_both_people_files_is_one_entry(actors):
    (putin,) = actors.terms["Vladimir Putin"]
    assert actors.terms["Putin"] == [putin]
    starts = [role.start for role in putin.roles]
    assert starts == sorted(starts) and starts[0] < date(2000, 1, 1) < date(2012, 1, 1) < \
        starts[-1]
    assert putin.country == "RUS"


# -- groups, organisations, demonyms -----------------------------------------------------------

@pytest.mark.parametrize(("term", "country", "sector", "group"), [
    ("CODECO", "COD", "REB", "CDC"),
    ("FDLR", "COD", "REB", "FDLR"),
    ("Wazalendo", "COD", "MIL", "WAZ"),
    ("Islamic State Sahel", "MLI", "REB", "ISSP"),
    ("Ansarul Islam", "BFA", "REB", "ANSI"),
    ("Lakurawa", "NGA", "REB", "LAKU"),
    ("Ansar al-Sunna", "MOZ", "REB", "ISM"),
    ("Badr Organization", "IRQ", "MIL", "BADR"),
    ("Lions' Den", "PSE", "REB", "LDEN"),
    ("Arakan Rohingya Salvation Army", "MMR", "REB", "ARSA"),
    ("United Wa State Army", "MMR", "REB", "UWSA"),
    ("Azov Brigade", "UKR", "MIL", "AZOV"),
    ("Estado Mayor Central", "COL", "REB", "EMC"),
    ("Los Lobos", "ECU", "CRM", "LOB"),
    ("Gran Grif", "HTI", "CRM", "GRG"),
    ("Barrio 18", "SLV", "CRM", "B18"),
    ("Cartel de los Soles", "VEN", "CRM", "CDS2"),
])
def test_group_codes_as_home_country_and_sector(actors, term, country, sector, group):
    (entry,) = actors.terms[term]
    assert (entry.kind, entry.country, entry.sector, entry.group) == ("group", country,
                                                                        sector, group)
    assert roll_up(group) == country


@pytest.mark.parametrize(("term", "code", "scores_as"), [
    ("UNAMA", "UNAMA", "UNO"),
    ("UNSMIL", "UNSMIL", "UNO"),
    ("MINURSO", "MINURSO", "UNO"),
    ("International Maritime Organization", "IMO", "UNO"),
    ("EUNAVFOR Aspides", "ASPI", "EUR"),
    ("EULEX", "EULEX", "EUR"),
    ("SAMIDRC", "SAMIDRC", "SAD"),
    ("ECOWAS Standby Force", "ESF", "WAS"),
    ("New Development Bank", "NDB", "BRICS"),
    ("Andean Community", "ANDC", "ANDC"),
])
def test_organisation_bodies_roll_up(actors, term, code, scores_as):
    (entry,) = actors.terms[term]
    assert entry.kind == "igo" and entry.country == code
    assert roll_up(code) == scores_as


@pytest.mark.parametrize(("term", "country"), [("Gazans", "PSE"), ("Rohingya", "MMR")])
def test_demonyms(actors, term, country):
    assert {e.country for e in actors.terms[term]} == {country}


# -- role nouns ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("noun", "sector"), [
    ("foreign office", "GOV"), ("presidential palace", "GOV"), ("army chief", "MIL"),
    ("peacekeeper", "MIL"), ("warplane", "MIL"), ("police chief", "COP"),
    ("spy agency", "SPY"), ("lower house", "LEG"), ("prosecution", "JUD"),
    ("armed group", "REB"), ("suicide bomber", "REB"), ("opposition figure", "OPP"),
    ("mourner", "CVL"), ("tanker", "BUS"), ("state media", "MED"), ("state television", "MED"),
    ("ayatollah", "REL"), ("think tank", "NGO"), ("bandit", "CRM"), ("political party", "PTY"),
])
def test_role_nouns(actors, noun, sector):
    assert actors.roles[noun] == sector


# -- in sentences (the shipped spaCy pipeline) -------------------------------------------------

@pytest.mark.parametrize(("text", "published", "source"), [
    ("Tunisian President Kais Saied criticised France on Monday.", "2023-05-01", ("TUN", "GOV")),
    ("Ibrahim Traoré accused France of backing jihadists.", "2024-05-01", ("BFA", "GOV")),
    ("Hemedti criticised Egypt on Monday.", "2024-06-01", ("SDN", "REB")),
])
def test_named_people_code_as_the_source_in_sentences(coder, text, published, source):
    result = coder.code(text, published=published)
    assert source in {(e.source.country, e.source.sector) for e in result.events}
