"""Quantities: each kind, written-out and vague numbers, ranges, currencies, and attachment to
events, on sentences of our own from several regions and on the seed article."""

from __future__ import annotations

import pickle
from datetime import date
from pathlib import Path

import pytest

from eventscope.enrich.quantities import QuantityExtractor, bound, parse_number
from eventscope.ingest import article_from_text

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"
PUBLISHED = date(2024, 6, 1)


@pytest.fixture(scope="module")
def extractor() -> QuantityExtractor:
    return QuantityExtractor()


def extract(coder, extractor, text):
    article = article_from_text(text, id="q", published=PUBLISHED)
    return extractor.extract(coder.nlp(article.text), article)


def found(coder, extractor, text):
    """(text, value, upper, unit, kind) of each quantity."""
    return [(q.text, q.value, q.upper, q.unit, q.kind)
            for q in extract(coder, extractor, text)]


# -- numbers without the parse -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("50,000", 50000), ("56.2 billion", 56.2e9), ("5bn", 5e9), ("300m", 3e8), ("10k", 1e4),
    ("two dozen", 24), ("twenty-five", 25), ("half a million", 5e5), ("a hundred", 100),
    ("two hundred thousand", 2e5), ("1.5 million", 1.5e6), ("500 crore", 5e9),
])
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


def test_parse_number_rejects_words_that_are_not_numbers():
    assert parse_number("a") is None
    assert parse_number("several") is None


# -- each kind ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # troops and personnel
    ("Russia moved 50,000 troops to the region of Kursk.",
     ("50,000 troops", 50000, None, "person", "troops")),
    ("Chad sent some 700 soldiers to the border with Sudan.",
     ("some 700 soldiers", 700, None, "person", "troops")),
    ("A 10,000-strong force was massed near the border of Venezuela.",
     ("10,000-strong", 10000, None, "person", "troops")),
    ("India deployed 1,200 peacekeepers to South Sudan.",
     ("1,200 peacekeepers", 1200, None, "person", "troops")),
    # money, with currencies
    ("The U.S. has provided over $56.2 billion in security assistance to Ukraine.",
     ("over $56.2 billion", 56.2e9, None, "USD", "money")),
    ("The European Union pledged €25 million in aid to Sudan.",
     ("€25 million", 25e6, None, "EUR", "money")),
    ("Britain announced £300m for Gaza relief.", ("£300m", 3e8, None, "GBP", "money")),
    ("Japan offered $5bn to the Philippines for coastal defence.",
     ("$5bn", 5e9, None, "USD", "money")),
    ("Germany approved 2 billion euros for the fund.",
     ("2 billion euros", 2e9, None, "EUR", "money")),
    ("Colombia received 5 million dollars from the fund.",
     ("5 million dollars", 5e6, None, "USD", "money")),
    ("Kyiv raised 10 billion hryvnias in bonds.",
     ("10 billion hryvnias", 1e10, None, "UAH", "money")),
    # casualties: the unit is the casualty type
    ("Israeli strikes on Gaza killed at least 30 people on Tuesday.",
     ("at least 30 people", 30, None, "killed", "casualties")),
    ("The bombing in Mogadishu left 14 dead.", ("14 dead", 14, None, "killed", "casualties")),
    ("At least 156 killed in the floods and clashes in Myanmar.",
     ("At least 156 killed", 156, None, "killed", "casualties")),
    ("Houthi drones hit the port, wounding 12 people.",
     ("12 people", 12, None, "wounded", "casualties")),
    ("Two hundred villagers were injured in the attack in Burkina Faso.",
     ("Two hundred villagers", 200, None, "wounded", "casualties")),
    ("The death toll in the Derna floods rose to 4,000 on Sunday.",
     ("4,000", 4000, None, "killed", "casualties")),
    ("Nearly 25,000 Sudanese have been displaced by the fighting.",
     ("Nearly 25,000 Sudanese", 25000, None, "displaced", "casualties")),
    ("More than 150 civilians died in the fighting in Tigray.",
     ("More than 150 civilians", 150, None, "killed", "casualties")),
    ("The army said 3,000 deaths were recorded in Haiti this year.",
     ("3,000 deaths", 3000, None, "killed", "casualties")),
    # distances and ranges: converted to km
    ("The Storm Shadow has a range of 500 kilometers.",
     ("500 kilometers", 500, None, "km", "distance")),
    ("North Korea tested a missile with a range of 300 km.",
     ("300 km", 300, None, "km", "distance")),
    ("The ships sailed 100 miles from the coast of Taiwan.",
     ("100 miles", 160.934, None, "km", "distance")),
    ("The missile has a 500-kilometre range, officials in Seoul said.",
     ("500-kilometre", 500, None, "km", "distance")),
    # masses: converted to kg
    ("The missiles carry 450 kg warheads.", ("450 kg", 450, None, "kg", "mass")),
    ("Aid workers delivered 1,000 tonnes of grain to Yemen.",
     ("1,000 tonnes", 1e6, None, "kg", "mass")),
    ("Israel received 2,000-pound bombs from the United States.",
     ("2,000-pound", 907.185, None, "kg", "mass")),
    # weapons: the unit is the weapon noun's lemma
    ("Russia launched 40 drones at Odesa overnight.",
     ("40 drones", 40, None, "drone", "weapons")),
    ("Iran fired 12 ballistic missiles at Israel.",
     ("12 ballistic missiles", 12, None, "missile", "weapons")),
    ("The United States sent 31 Abrams tanks to Ukraine.",
     ("31 Abrams tanks", 31, None, "tank", "weapons")),
    ("Pakistan bought three Chinese warships and 40 armoured vehicles.",
     ("40 armoured vehicles", 40, None, "vehicle", "weapons")),
    # people counted without a casualty word
    ("Police in Nairobi faced 2 million people in the streets.",
     ("2 million people", 2e6, None, "person", "count")),
])
def test_each_kind(coder, extractor, text, expected):
    quantities = found(coder, extractor, text)
    got = [q for q in quantities if q[0] == expected[0]]
    assert got, f"{expected[0]!r} not in {quantities}"
    text_, value, upper, unit, kind = got[0]
    assert (unit, kind) == expected[3:]
    assert value == pytest.approx(expected[1], rel=1e-4)
    assert upper == (pytest.approx(expected[2]) if expected[2] is not None else None)


# -- written-out, vague and qualified numbers, and ranges --------------------------------------


@pytest.mark.parametrize(("text", "quantity", "value", "upper", "qualifier"), [
    ("Tens of thousands of people have fled El Fasher in Sudan.",
     "Tens of thousands of people", 20000, 99999, "range"),
    ("Two dozen rockets were fired at Haifa from Lebanon.", "Two dozen rockets", 24, None,
     "exact"),
    ("Hundreds of protesters were arrested in Tbilisi.", "Hundreds of protesters", 200, 999,
     "range"),
    ("Thousands of soldiers remain in Mali.", "Thousands of soldiers", 2000, 9999, "range"),
    ("Dozens of Palestinians were killed in Rafah.", "Dozens of Palestinians", 24, 99, "range"),
    ("A few hundred troops stayed in Niger.", "A few hundred troops", 200, 500, "range"),
    ("Nearly 25,000 troops joined the exercise in Poland.", "Nearly 25,000 troops", 25000,
     None, "about"),
    ("Up to 4,000 soldiers could be sent to Haiti.", "Up to 4,000 soldiers", 4000, None,
     "at_most"),
    ("More than 150 drones were launched at Kyiv.", "More than 150 drones", 150, None,
     "at_least"),
    ("At least 156 people were killed in Gaza.", "At least 156 people", 156, None,
     "at_least"),
    ("Between 10 and 15 soldiers were wounded in Kashmir.", "Between 10 and 15 soldiers", 10,
     15, "range"),
    ("Rebels seized 10-15 tanks in eastern Congo.", "10-15 tanks", 10, 15, "range"),
    ("The package is worth $5-6 billion for Israel.", "$5-6 billion", 5e9, 6e9, "range"),
    ("Between $3 billion and $4 billion went to Egypt.", "Between $3 billion and $4 billion",
     3e9, 4e9, "range"),
    ("Half a million refugees crossed into Poland.", "Half a million refugees", 5e5, None,
     "exact"),
])
def test_numbers_in_words_vague_and_ranges(coder, extractor, text, quantity, value, upper,
                                           qualifier):
    quantities = {q.text: q for q in extract(coder, extractor, text)}
    assert quantity in quantities, list(quantities)
    q = quantities[quantity]
    assert q.value == pytest.approx(value)
    assert q.upper == (pytest.approx(upper) if upper is not None else None)
    assert bound(q) == qualifier


def test_numbers_that_are_not_quantities(coder, extractor):
    text = ("On November 17, 2024, the 2022 invasion was discussed by 32 countries; F-16 jets "
            "and S-300 systems, 20% of the budget and 12 percent of the vote were mentioned.")
    assert extract(coder, extractor, text) == []


def test_negated_and_ratio_numbers_are_no_counts(coder, extractor):
    text = "No one was hurt in Gaza, and one in five people in Darfur is hungry."
    assert extract(coder, extractor, text) == []


def test_scaled_decimals_are_exact(coder, extractor):
    got = found(coder, extractor, "Some 8.2 million people have been displaced in Sudan.")
    assert got[0][1] == 8200000.0


def test_extractor_pickles_for_worker_processes(coder, extractor):
    text = "Russia launched 40 drones at Odesa overnight."
    copy = pickle.loads(pickle.dumps(extractor))
    assert found(coder, copy, text) == found(coder, extractor, text)


def test_a_count_of_of_takes_the_noun_of_the_whole(coder, extractor):
    got = found(coder, extractor, "Ukraine said it shot down 30 of the 40 drones.")
    assert [(t, v, u) for t, v, _, u, _ in got] == [("30", 30, "drone"), ("40 drones", 40,
                                                                          "drone")]


def test_offsets_and_text_order(coder, extractor):
    text = ("Russia launched 40 drones and 12 missiles at Kharkiv, killing three civilians, "
            "after moving 5,000 troops and $2 billion of equipment 80 km closer.")
    article = article_from_text(text, id="q", published=PUBLISHED)
    quantities = extractor.extract(coder.nlp(text), article)
    assert [q.kind for q in quantities] == ["weapons", "weapons", "casualties", "troops",
                                            "money", "distance"]
    for q in quantities:
        assert article.text[q.start:q.end] == q.text
    assert [q.start for q in quantities] == sorted(q.start for q in quantities)


def test_key_points_box_is_skipped(coder, extractor):
    text = ("Kenya sends police to Haiti\n"
            "Key Points\n"
            "- Kenya sends 400 police officers to Haiti\n"
            "- The mission costs $600 million\n"
            "Kenya sent 400 police officers to Haiti on Tuesday, the first of 1,000 promised.\n")
    article = article_from_text(text, id="q", published=PUBLISHED)
    quantities = extractor.extract(coder.nlp(text), article)
    assert [q.text for q in quantities] == ["400 police officers"]
    assert quantities[0].start > article.key_points_box.end


# -- attachment --------------------------------------------------------------------------------


def coded(coder, extractor, text):
    article = article_from_text(text, id="q", published=PUBLISHED)
    doc = coder.nlp(article.text)
    quantities = extractor.extract(doc, article)
    return extractor.attach(coder.events.code_doc(doc, article), quantities), quantities


def test_attach_by_evidence_and_by_the_parse(coder, extractor):
    events, _ = coded(coder, extractor, "China deployed 12 warships near Taiwan on Monday.")
    [event] = [e for e in events if e.plover_type == "MOBILIZE"]
    assert [q.text for q in event.quantities] == ["12 warships"]


def test_each_clause_keeps_its_quantities(coder, extractor):
    events, _ = coded(coder, extractor,
                      "Russia deployed 5,000 troops to Belarus and attacked Ukraine with 40 "
                      "drones.")
    by_type = {e.plover_type: [q.text for q in e.quantities] for e in events}
    assert by_type["MOBILIZE"] == ["5,000 troops"]
    assert by_type["ASSAULT"] == ["40 drones"]


def test_casualties_of_a_result_clause_go_with_the_attack(coder, extractor):
    events, _ = coded(coder, extractor,
                      "Russia launched drone attacks on Ukraine, killing three civilians.")
    [attack] = [e for e in events if e.plover_type == "ASSAULT"]
    assert [(q.text, q.unit) for q in attack.quantities] == [("three civilians", "killed")]


def test_detentions_are_counted_and_attached(coder, extractor):
    events, _ = coded(coder, extractor, "Turkey detained two German journalists in Istanbul.")
    [event] = [e for e in events if e.plover_type == "COERCE"]
    assert [(q.text, q.value, q.unit, q.kind) for q in event.quantities] == [
        ("two German journalists", 2, "detained", "casualties")]


def test_events_without_quantities_are_unchanged(coder, extractor):
    events, quantities = coded(coder, extractor, "Egypt rejected Israel's proposal on Tuesday.")
    assert events and quantities == []
    assert all(not e.quantities for e in events)
    assert extractor.attach(events, []) == events


@pytest.fixture(scope="module")
def seed(coder, extractor):
    path = SAMPLES / "seed-article.txt"
    if not path.exists():
        pytest.skip("../shared/samples/seed-article.txt is not beside the repository")
    article = article_from_text(path.read_text(encoding="utf-8"), id="seed-article",
                                published=date(2024, 11, 18))
    doc = coder.nlp(article.text)
    quantities = extractor.extract(doc, article)
    events = extractor.attach(coder.events.code_doc(doc, article), quantities)
    return article, quantities, events


def test_seed_quantities(seed):
    _, quantities, _ = seed
    assert [(q.text, q.value, q.unit, q.kind) for q in quantities] == [
        ("50,000 troops", 50000, "person", "troops"),
        ("500 kilometers", 500, "km", "distance"),
        ("450 kg", 450, "kg", "mass"),
        ("over $56.2 billion", 56.2e9, "USD", "money"),
    ]


def test_seed_attachment(seed):
    _, _, events = seed
    mobilize = [e for e in events if e.plover_type == "MOBILIZE" and "50,000 troops" in
                e.evidence.text + " " + " ".join(q.text for q in e.quantities)]
    assert mobilize and [(q.value, q.kind) for q in mobilize[0].quantities] == [
        (50000, "troops")]
    aid = [e for e in events if e.plover_type == "AID" and e.trigger.text == "provided"]
    assert aid and [(q.value, q.unit) for q in aid[0].quantities] == [(56.2e9, "USD")]
    for event in events:
        for q in event.quantities:
            assert event.evidence.start >= 0 and q.text in ("50,000 troops",
                                                            "over $56.2 billion")


def test_count_offsets_are_the_numbers_read_from_the_parse(extractor):
    text = "Some 500 troops, $2 billion and a 300-km road; 40 drones. No one was hurt."
    words = [text[i:].split()[0] for i in extractor.count_offsets(text)]
    # money and measures are read without the parse, "no one" counts nothing; "a" may count
    assert words == ["Some", "a", "40"]


def test_count_words_are_what_a_count_counts(extractor):
    words = extractor.count_words()
    assert {"troop", "people", "drone"} <= words.nouns and "blaze" not in words.nouns
    assert "kill" in words.verbs and "toll" in words.tolls and "killed" in words.words
