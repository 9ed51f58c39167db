"""At a Glance: key points on the seed article and on articles of our own, and ROUGE."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from eventscope.enrich.glance import MAX_WORDS, Glancer, base_form, rouge
from eventscope.ingest import article_from_text

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"
PUBLISHED = date(2024, 6, 1)
STOP = frozenset("""a an and are as at be by for from has have in is it its of on or that the
this to was were will with""".split())

SUDAN = """Sudan's army and RSF clash in Darfur as aid agencies warn of famine
Heavy fighting
The Sudanese army launched airstrikes on Rapid Support Forces positions near El Fasher on \
Tuesday, killing at least 40 fighters, according to military sources.
The RSF accused the army of bombing civilian neighbourhoods and said 12 civilians were killed \
and 30 others wounded in the raids.
The United Nations said tens of thousands of people have fled El Fasher since May, and the \
World Food Programme warned that famine conditions were spreading across North Darfur, where \
markets have run out of grain and clinics have closed, leaving families with nowhere to turn \
as the rainy season approaches and roads become impassable for the trucks that carry food.
Diplomacy
Egypt and Saudi Arabia called on both sides to return to talks in Jeddah.
The European Union pledged €25 million in humanitarian aid for Sudanese refugees in Chad.
Aid workers said the money would not be enough.
"""

TAIWAN = """China stages drills around Taiwan
At a Glance
- China sends warships toward Taiwan
- Taipei condemns the drills
China deployed 12 warships and 30 aircraft near Taiwan on Monday, the island's defence \
ministry said.
Taiwan condemned the drills as a provocation and put its forces on alert.
The United States urged China to show restraint.
Japan said it was watching the situation closely.
"""


@pytest.fixture(scope="module")
def glancer() -> Glancer:
    return Glancer()


def glance(coder, glancer, text, article_id="g"):
    article = article_from_text(text, id=article_id, published=PUBLISHED)
    doc = coder.nlp(article.text)
    events = coder.events.code_doc(doc, article)
    return article, glancer.glance(doc, article, events)


def content(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if w not in STOP}


def check_points(article, points):
    """Exact extracts, in article order, outside the box, not near-duplicates."""
    for point in points:
        assert article.text[point.start:point.end] == point.text
        assert point.text == point.text.strip() and point.text
        box = article.key_points_box
        if box is not None:
            assert point.end <= box.start or point.start >= box.end
    assert [p.start for p in points] == sorted(p.start for p in points)
    assert all(a.end <= b.start for a, b in zip(points, points[1:], strict=False))
    for i, a in enumerate(points):
        for b in points[i + 1:]:
            words_a, words_b = content(a.text), content(b.text)
            assert len(words_a & words_b) / min(len(words_a), len(words_b)) < 0.5, (a, b)


# -- the seed ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(coder, glancer):
    path = SAMPLES / "seed-article.txt"
    if not path.exists():
        pytest.skip("../shared/samples/seed-article.txt is not beside the repository")
    return glance(coder, glancer, path.read_text(encoding="utf-8"), "seed-article")


def test_seed_glance(seed):
    article, points = seed
    assert 3 <= len(points) <= 6
    check_points(article, points)
    texts = [p.text for p in points]
    assert any("ATACMS" in t for t in texts)  # the news: Biden's authorization
    assert any("North Korean troops" in t for t in texts)
    for text in texts:  # sentences, not headings
        assert text[-1] in ".!?”\"" and len(text.split()) >= 6


def test_seed_glance_never_uses_the_box(seed):
    article, points = seed
    box = article.key_points_box
    assert box is not None and len(article.key_points) == 5
    assert all(p.start >= box.end for p in points)


def test_seed_rouge_against_its_own_box(seed):
    article, points = seed
    candidate = "\n".join(p.text for p in points)
    reference = "\n".join(k.text for k in article.key_points)
    r1 = rouge(candidate, reference, 1)
    r2 = rouge(candidate, reference, 2)
    assert r1[0] >= 0.5 and r1[2] >= 0.35
    assert r2[0] >= 0.2


# -- articles of our own -----------------------------------------------------------------------


def test_sudan_article(coder, glancer):
    article, points = glance(coder, glancer, SUDAN)
    assert len(points) == 3
    check_points(article, points)
    assert all(p.text not in ("Heavy fighting", "Diplomacy") for p in points)
    assert points[0].text.startswith("The Sudanese army launched airstrikes")


def test_box_is_metadata_not_a_point(coder, glancer):
    article, points = glance(coder, glancer, TAIWAN)
    assert article.key_points_box is not None
    assert 3 <= len(points) <= 4
    check_points(article, points)
    assert points[0].text.startswith("China deployed 12 warships")


def test_two_sentences_give_at_most_two_points(coder, glancer):
    text = ("China deployed 12 warships near Taiwan on Monday, the island's defence ministry "
            "said. Taiwan condemned the drills as a provocation.")
    article, points = glance(coder, glancer, text)
    assert 1 <= len(points) <= 2
    check_points(article, points)


def test_one_sentence_and_no_events(coder, glancer):
    article, points = glance(coder, glancer,
                             "The weather in Nairobi was mild and sunny for most of the week.")
    assert [p.text for p in points] == [article.text.strip()]
    article = article_from_text("Kenya votes.", id="g", published=PUBLISHED)
    assert glancer.glance(coder.nlp(article.text), article, []) == ()


def test_overlong_sentences_are_cut_to_their_main_clause(coder, glancer):
    text = (
        "In a statement released late on Thursday after a meeting of the security cabinet in "
        "Jerusalem, Prime Minister Benjamin Netanyahu said Israel would continue its military "
        "operations in Rafah until Hamas released all the hostages, while rejecting calls "
        "from Washington, Paris and London for an immediate ceasefire and more aid.\n"
        "Egypt condemned the operation in Rafah on Friday.\n"
        "Qatar said talks on a ceasefire in Gaza would resume next week in Doha.\n")
    article, points = glance(coder, glancer, text)
    check_points(article, points)
    first = points[0]
    assert first.text.startswith("Prime Minister Benjamin Netanyahu said Israel")
    assert len(re.findall(r"\w+", first.text)) <= MAX_WORDS + 5
    assert first.text.endswith("more aid.")


def test_restated_events_and_repeated_words_are_dropped(coder, glancer):
    text = ("Russia launched missile attacks on Ukraine on Sunday, officials in Kyiv said.\n"
            "Poland scrambled jets as Russia launched missile attacks on Ukraine overnight.\n"
            "The United Nations called for restraint from all sides in the conflict.\n"
            "Ukraine asked its allies in Europe for more air defence systems.\n"
            "Russia launched missile attacks on Ukraine again on Monday.\n")
    article, points = glance(coder, glancer, text)
    check_points(article, points)
    assert sum("Russia launched missile attacks" in p.text for p in points) == 1


# -- ROUGE -------------------------------------------------------------------------------------


def test_rouge_unigrams_and_bigrams():
    assert rouge("the cat sat", "the cat sat down", 1) == pytest.approx((0.75, 1.0, 6 / 7))
    assert rouge("the cat sat", "the cat sat down", 2) == pytest.approx((2 / 3, 1.0, 0.8))
    assert rouge("The CAT, sat!", "the cat sat", 1) == pytest.approx((1.0, 1.0, 1.0))


def test_rouge_clips_repeated_ngrams_and_handles_empty_text():
    recall, precision, f1 = rouge("the the the", "the cat", 1)
    assert (recall, precision) == pytest.approx((0.5, 1 / 3))
    assert f1 == pytest.approx(0.4)
    assert rouge("", "the cat", 1) == (0.0, 0.0, 0.0)
    assert rouge("a b", "c d", 2) == (0.0, 0.0, 0.0)
    with pytest.raises(ValueError):
        rouge("a", "a", 0)


def test_redundancy_compares_base_forms_read_without_the_parse():
    assert [base_form(w) for w in ("strikes", "struck", "missiles", "russian", "was")] == [
        "strike", "strike", "missile", "russian", "be"]
