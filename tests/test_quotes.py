"""Quotes: speakers, their actors, what the quote is about, stance, and stance events."""

from __future__ import annotations

from datetime import date

import pytest

from eventscope.ingest import read_articles


@pytest.fixture(scope="module")
def seed(coder, shared):
    path = shared / "samples" / "seed-article.txt"
    article = next(iter(read_articles([path], published=date(2024, 11, 18))))
    return coder.code_article(article)


def test_seed_quotes_have_speakers_with_opposite_stances(seed):
    by_speaker = {q.speaker_text.split()[-1]: q for q in seed.quotes if q.speaker_text}
    macron, peskov = by_speaker["Macron"], by_speaker["Peskov"]
    assert (macron.speaker.country, macron.speaker.sector) == ("FRA", "GOV")
    assert (peskov.speaker.country, peskov.speaker.sector) == ("RUS", "GOV")
    assert macron.stance > 0 > peskov.stance


def test_seed_spokesperson_of_a_government_resolves(seed):
    german = [q for q in seed.quotes if q.speaker and q.speaker.country == "DEU"]
    assert german and german[0].speaker.sector == "GOV"


def test_criticism_in_a_quote_is_an_accuse_event(seed):
    quoted = [e for e in seed.events if e.pattern == "quote-stance"]
    assert [(e.source.country, e.plover_type, e.target.country) for e in quoted] == [
        ("FRA", "ACCUSE", "RUS")]


def test_quote_offsets_point_into_the_text(seed):
    for quote in seed.quotes:
        assert seed.article.text[quote.text.start:quote.text.end] == quote.text.text


def test_pronoun_speaker_after_a_quote_split_over_sentences(coder):
    text = ("Turkish President Recep Tayyip Erdogan spoke in Ankara on Monday. "
            "\u201cWe will never accept this aggression. Sweden has betrayed its promises,\u201d "
            "he said.")
    quotes = coder.code(text, published="2024-06-01").quotes
    assert len(quotes) == 1
    quote = quotes[0]
    assert quote.speaker.country == "TUR" and quote.stance < 0
    assert "Sweden" in quote.text.text and [a.country for a in quote.about] == ["SWE"]


def test_indirect_quote_is_found(coder):
    text = "Kenya's foreign minister said that Somalia had violated the border agreement."
    quotes = coder.code(text, published="2024-06-01").quotes
    assert len(quotes) == 1 and not quotes[0].direct
    assert quotes[0].speaker.country == "KEN" and quotes[0].stance < 0


def test_praise_in_a_quote_is_a_support_event(coder):
    text = ("Indian Prime Minister Narendra Modi said: \u201cJapan has been a generous and "
            "reliable partner for our people.\u201d")
    result = coder.code(text, published="2024-06-01")
    assert [(e.source.country, e.plover_type, e.target.country)
            for e in result.events if e.pattern == "quote-stance"] == [("IND", "SUPPORT", "JPN")]


@pytest.mark.parametrize("text, must, must_not", [
    # whom an attack is done to is not judged by condemning it, whoever did it
    ("\u201cWe strongly condemn the Russian missile strike on Kyiv,\u201d the German foreign "
     "ministry said.", [("DEU", "ACCUSE", "RUS")], [("DEU", "ACCUSE", "UKR")]),
    ("\u201cThe brutal shelling of Armenian villages by Azerbaijan must stop,\u201d the French "
     "foreign minister said.", [("FRA", "ACCUSE", "AZE")], [("FRA", "ACCUSE", "ARM")]),
    ("\u201cRussia is bombing Ukraine every night with cruel indifference,\u201d the Polish "
     "prime minister said.", [("POL", "ACCUSE", "RUS")], [("POL", "ACCUSE", "UKR")]),
    # a doer of the judged act still is
    ("\u201cThe Syrian regime is a brutal and criminal dictatorship,\u201d the French "
     "foreign minister said.", [("FRA", "ACCUSE", "SYR")], []),
])
def test_victims_of_a_judged_attack_are_not_judged(coder, text, must, must_not):
    found = {(e.source.country, e.plover_type, e.target.country if e.target else None)
             for e in coder.code(text, published="2024-06-01").events}
    assert set(must) <= found and not set(must_not) & found, found


@pytest.mark.parametrize("text, must, must_not", [
    # a quotation that names nobody judges what its speaker is said to refer to
    ("\u201cThis is a blatant act of aggression,\u201d said Iranian Foreign Minister Abbas "
     "Araghchi, referring to the Israeli strikes.", [("IRN", "ACCUSE", "ISR")], []),
    ("\u201cIt is a shameful and cowardly crime,\u201d the Kenyan president said, referring "
     "to the attack by al-Shabaab.", [("KEN", "ACCUSE", "SOM")], []),
    # not when what it refers to names nobody, nor when the words judge nothing
    ("\u201cThis is a blatant act of aggression,\u201d the minister said, referring to the "
     "strikes.", [], [("*", "ACCUSE", "*")]),
    ("\u201cWe discussed many things today,\u201d said Iranian Foreign Minister Abbas "
     "Araghchi, referring to the talks with Oman.", [], [("IRN", "ACCUSE", "*")]),
])
def test_a_quotation_judges_what_it_refers_to(coder, text, must, must_not):
    found = {(e.source.country, e.plover_type, e.target.country if e.target else None)
             for e in coder.code(text, published="2025-03-12").events}
    assert set(must) <= found, found
    assert not any(all(x in ("*", y) for x, y in zip(triple, f, strict=True))
                   for triple in must_not for f in found), found


def test_a_question_reported_judges_no_one(coder):
    # "unsure whether suspected terrorist mastermind X is in Pakistan": a question asked, no
    # claim, so the words of the name's epithet are no criticism by the one who asks
    result = coder.code("US officials say they are unsure whether suspected terrorist "
                        "mastermind Osama bin Laden is in Pakistan.", published="2001-12-01")
    assert not [e for e in result.events if e.pattern == "quote-stance"]
    # the same words told as a claim still judge
    result = coder.code("US officials say the terrorist mastermind Osama bin Laden is a "
                        "murderer.", published="2001-12-01")
    assert [e for e in result.events if e.pattern == "quote-stance"
            and e.plover_type == "ACCUSE"]


def test_a_place_named_in_a_quote_is_not_whom_it_judges(coder):
    # "the terrorist outrages in the United States": where they happened, not whom the
    # speaker criticises; the state named as the subject is judged
    result = coder.code('"The terrorist outrages in the United States last September brought '
                        'home the pain of ordinary people," the British prime minister said.',
                        published="2001-12-01")
    assert not [e for e in result.events if e.pattern == "quote-stance"]
    assert not [e for e in result.events if e.target is not None and e.target.country == "USA"]
    # (judged by the quote's stance, or as an actor judged harshly in what is said: once)
    result = coder.code('"Russia is a terrorist state," the Ukrainian president said.',
                        published="2024-12-01")
    assert [(e.source.country, e.plover_type, e.target.country) for e in result.events
            if e.target is not None] == [("UKR", "ACCUSE", "RUS")]
