"""Event places: gazetteer look-ups, disambiguation and attachment through the parse."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventscope.enrich.places import Gazetteer
from eventscope.ingest import article_from_text

SEED = Path(__file__).resolve().parents[2] / "shared" / "samples" / "seed-article.txt"
PUBLISHED = date(2024, 11, 18)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_load_is_shared(gazetteer):
    assert Gazetteer.load() is gazetteer


@pytest.mark.parametrize(("name", "kwargs", "expected"), [
    ("Kursk", {}, ("Kursk", "RUS", "city", 538560)),
    ("Kursk", {"kind": "region"}, ("Kursk", "RUS", "region", 538555)),
    ("Kharkov", {}, ("Kharkiv", "UKR", "city", 706483)),  # an alternate name
    ("Kiev", {}, ("Kyiv", "UKR", "city", 703448)),
    ("Donetsk", {"kind": "region"}, ("Donetsk", "UKR", "region", 709716)),
    ("Pokrovsk", {"countries": ["RUS"]}, ("Pokrovsk", "UKR", "city", 704422)),  # primary name
    ("Paris", {}, ("Paris", "FRA", "city", 2988507)),  # the largest
    ("Paris", {"countries": ["USA"]}, ("Paris", "USA", "city", 4717560)),  # event's country
    ("Paris", {"article_countries": ["USA", "FRA"]}, ("Paris", "USA", "city", 4717560)),
    ("Punjab", {"countries": ["PAK"]}, ("Punjab", "PAK", "region", 1167710)),
    ("Punjab", {"countries": ["IND"]}, ("Punjab", "IND", "region", 1259223)),
    ("Khan Younis", {}, ("Khan Yunis", "PSE", "city", 281124)),
    ("Tigray", {}, ("Tigray", "ETH", "region", 444187)),
    ("North Kivu", {}, ("North Kivu", "COD", "region", 206938)),
    ("Texas", {}, ("Texas", "USA", "region", 4736286)),
    ("Georgia", {}, ("Georgia", "GEO", "country", 614540)),  # a country's name: the country
    ("Niger", {}, ("Niger", "NER", "country", 2440476)),
    # a smaller town by a spelling of its name close to the primary one ("Janīn")
    ("Jenin", {}, ("Janin", "PSE", "city", 283506)),
    # a region's own name before a city abroad known by it only as a spelling ("Borna"),
    # while a city at home keeps its region's name ("New York" is the city)
    ("Borno", {}, ("Borno", "NGA", "region", 2346794)),
    ("New York", {}, ("New York City", "USA", "city", 5128581)),
])
def test_lookup(gazetteer, name, kwargs, expected):
    place = gazetteer.lookup(name, **kwargs)
    assert place is not None
    assert (place.name, place.country, place.feature, place.geonames_id) == expected
    assert place.lat is not None and place.lon is not None


@pytest.mark.parametrize("name", ["March", "May", "Sunday", "august"])
def test_a_month_or_a_day_is_no_place(gazetteer, name):
    """ "took Kherson in March": not the town of March in England."""
    assert gazetteer.lookup(name) is None


def test_article_countries_are_read_from_the_text(gazetteer):
    text = ("Talks in Tbilisi: Georgia and the Georgian government met U.S. officials. Let us "
            "see, said the Russians, and the United States agreed. C\u00f4te d'Ivoire too.")
    assert gazetteer._article_countries(text, []) == ["GEO", "USA", "CIV", "RUS"]
    assert gazetteer._article_countries("Let us see what the georgian said.", []) == []


def test_unknown_names(gazetteer):
    assert gazetteer.lookup("Narnia") is None
    # a smaller town's alternate names unlike its own are not read ("Engannim" for Jenin)
    assert gazetteer.lookup("Engannim") is None
    assert gazetteer.lookup("Plateau") is None  # a region only with a region word
    assert gazetteer.lookup("Plateau", kind="region").country == "NGA"


def test_countries_have_their_continent(gazetteer):
    assert [gazetteer.continent(c) for c in ("NIC", "ARE", "GBR", "COD", "FJI", "BRA")] == \
        ["NA", "AS", "EU", "AF", "OC", "SA"]
    assert gazetteer.continent("XYZ") is None and gazetteer.continent(None) is None


def test_countries_have_capital_coordinates(gazetteer):
    ukraine = gazetteer.country("UKR")
    assert ukraine.geonames_id == 690791
    assert ukraine.lat == pytest.approx(50.45, abs=0.1) and ukraine.lon == pytest.approx(30.52,
                                                                                         abs=0.1)
    assert gazetteer.country("NATO") is None


def _locate(coder, text: str):
    article = article_from_text(text, id="t", published=PUBLISHED)
    doc = coder.nlp(text)
    events = coder.events.code_doc(doc, article)
    return Gazetteer.load().locate(doc, article, events)


def _location_of(events, trigger: str):
    found = {e.location for e in events if e.trigger.text == trigger}
    assert len(found) == 1, [(e.trigger.text, e.location) for e in events]
    return found.pop()


def _assert_placed(coder, text: str, trigger: str, name: str) -> None:
    """The event of ``trigger`` is placed at ``name`` by the text itself (no fallback)."""
    location = _location_of(_locate(coder, text), trigger)
    assert location is not None and location.name == name and not location.fallback


def _assert_unplaced(coder, text: str) -> None:
    """The text's verbal events are coded and placed nowhere."""
    verbal = [e for e in _locate(coder, text) if e.quad_class in (1, 3)]
    assert verbal and all(e.location is None for e in verbal)


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # cities
    ("Kyiv said Russian forces attacked Ukrainian soldiers in Kursk.", "attacked",
     ("Kursk", "RUS", "city", False)),
    ("Russian forces attacked Ukrainian positions near Kharkiv on Tuesday.", "attacked",
     ("Kharkiv", "UKR", "city", False)),
    ("Israeli forces killed ten Palestinians in Khan Younis on Sunday.", "killed",
     ("Khan Yunis", "PSE", "city", False)),
    ("Sudanese army troops attacked RSF fighters in El Fasher in North Darfur.", "attacked",
     ("El Fasher", "SDN", "city", False)),
    ("Russian forces attacked the city of Pokrovsk in the Donetsk region.", "attacked",
     ("Pokrovsk", "UKR", "city", False)),
    # attacks: the object and "on" are places, an actor that acts is not
    ("Russian missiles hit Kyiv on Monday.", "hit", ("Kyiv", "UKR", "city", False)),
    ("Russian missile strikes on Kyiv killed five civilians.", "strikes",
     ("Kyiv", "UKR", "city", False)),
    ("Hamas fighters fired rockets at Tel Aviv.", "fired", ("Tel Aviv", "ISR", "city", False)),
    # regions
    ("Ukrainian drones struck an oil depot in Russia's Kursk region last Tuesday.", "struck",
     ("Kursk", "RUS", "region", False)),
    ("Russian troops shelled the Donetsk region yesterday.", "shelled",
     ("Donetsk", "UKR", "region", False)),
    ("Nigerian troops killed 20 Boko Haram fighters in Borno State in March.", "killed",
     ("Borno", "NGA", "region", False)),
    ("Mexican soldiers arrested cartel members in Sinaloa on Friday.", "arrested",
     ("Sinaloa", "MEX", "region", False)),
    # Paris, Texas and Paris, France
    ("U.S. police arrested dozens of protesters in Paris, Texas, on Saturday.", "arrested",
     ("Paris", "USA", "city", False)),
    ("French troops held military exercises near Paris.", "held",
     ("Paris", "FRA", "city", False)),
    # country level
    ("Turkish forces shelled Kurdish fighters in northern Syria.", "shelled",
     ("Syria", "SYR", "country", True)),
    ("Russian forces shelled Ukrainian troops.", "shelled", ("Ukraine", "UKR", "country", True)),
])
def test_event_locations(coder, text, trigger, expected):
    location = _location_of(_locate(coder, text), trigger)
    assert location is not None
    assert (location.name, location.country, location.feature, location.fallback) == expected
    assert location.geonames_id and location.lat is not None and location.lon is not None


def test_kursk_coordinates(coder):
    location = _location_of(_locate(coder, "Kyiv said Russian forces attacked Ukrainian "
                                           "soldiers in Kursk."), "attacked")
    assert location.geonames_id == 538560
    assert location.lat == pytest.approx(51.7, abs=0.1)
    assert location.lon == pytest.approx(36.2, abs=0.1)


@pytest.mark.parametrize("text", [
    "French President Emmanuel Macron praised Germany's decision.",
    # a verbal event is not placed by a place inside its object
    "France condemned Russia's war in Ukraine.",
    # nor by the place of another happening
    "Iran threatened to strike Israel after the attack on its embassy in Damascus.",
])
def test_no_place(coder, text):
    _assert_unplaced(coder, text)


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("China condemned the United States in a speech at the United Nations in New York on "
     "Thursday.", "condemned", "New York City"),
    ("Russia and Ukraine will hold talks in Istanbul next Tuesday.", "hold", "Istanbul"),
    ("Putin met Xi Jinping in Beijing during his visit to China.", "met", "Beijing"),
])
def test_verbal_events_take_their_own_locative(coder, text, trigger, name):
    _assert_placed(coder, text, trigger, name)


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("US envoy John Cole visited Minsk on Thursday.", "visited", "Minsk"),
    ("Indian Prime Minister Narendra Modi travelled to Moscow for talks with Vladimir Putin.",
     "travelled", "Moscow"),
    ("Kenya's president flew to Addis Ababa to meet the Ethiopian prime minister.", "flew",
     "Addis Ababa"),
])
def test_a_visit_is_placed_where_the_visitor_went(coder, text, trigger, name):
    _assert_placed(coder, text, trigger, name)


@pytest.mark.parametrize(("text", "trigger", "name"), [
    # what a "where" clause tells happened at the place it follows
    ("Putin flew to Pyongyang, where he signed a defence pact with Kim Jong Un.", "signed",
     "Pyongyang"),
    # with the time the parser may hang the clause on between them
    ("Modi travelled to Dhaka on Monday, where he met Bangladeshi leader Muhammad Yunus.",
     "met", "Dhaka"),
    # a named part of a place is in that place
    ("Police fired tear gas at protesters in the Three Arms Zone of Abuja.", "fired",
     "Abuja"),
])
def test_a_where_clause_and_a_named_part_take_their_place(coder, text, trigger, name):
    _assert_placed(coder, text, trigger, name)


@pytest.mark.parametrize("text", [
    # a "where" clause on a time or a thing names no place
    "Talks resumed on Monday, where Russia accused Ukraine of sabotage.",
    "France praised the agreement, where Germany welcomed the deal.",
])
def test_a_where_clause_on_no_place_places_nothing(coder, text):
    _assert_unplaced(coder, text)


@pytest.mark.parametrize("text", [
    # a meeting or a call is not placed by a destination ("to") of its own
    "Macron spoke by phone to Zelensky about the talks.",
    "Turkey's foreign minister said he would talk to Russia about the grain deal.",
])
def test_only_a_visit_goes_to_a_place(coder, text):
    _assert_unplaced(coder, text)


def test_same_order_and_deterministic(coder):
    text = "Russian forces attacked Kherson on Monday after Ukrainian drones struck Belgorod."
    article = article_from_text(text, id="t", published=PUBLISHED)
    doc = coder.nlp(text)
    events = coder.events.code_doc(doc, article)
    gazetteer = Gazetteer.load()
    first = gazetteer.locate(doc, article, events)
    assert [e.id for e in first] == [e.id for e in events]
    assert first == gazetteer.locate(doc, article, events)
    assert {e.trigger.text: e.location.name for e in first} == {"attacked": "Kherson",
                                                               "struck": "Belgorod"}
    assert gazetteer.locate(doc, article, []) == []


def test_seed_article_deployment_is_in_kursk(coder):
    if not SEED.exists():
        pytest.skip("shared/samples/seed-article.txt is not beside the repository")
    events = _locate(coder, SEED.read_text(encoding="utf-8"))
    mobilised = [e for e in events if e.plover_type == "MOBILIZE" and "Kursk" in
                 SEED.read_text(encoding="utf-8")[e.evidence.start:e.evidence.end + 80]]
    assert mobilised
    for event in mobilised:
        assert event.location is not None
        assert (event.location.name, event.location.country) == ("Kursk", "RUS")
        assert not event.location.fallback
