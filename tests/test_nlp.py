"""spaCy loading: the faster attribute ruler and lemmatizer, and sentences by rule."""

from __future__ import annotations

import json

import numpy
import pytest
import spacy
from spacy.attrs import LEMMA, MORPH, POS, TAG
from spacy.lang.en import English
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from eventscope.nlp import (
    CONTEXT,
    Annotator,
    MemoAttributeRuler,
    MemoLemmatizer,
    load,
    model_name,
    pieces,
)
from eventscope.resources import data_path

TRICKY = ("Y'all ain't gonna believe it: nothin' 's wrong, and we gotta go. Let's see "
          "what they're doin' now.")


@pytest.fixture(scope="module")
def models():
    original = spacy.load(model_name())
    original.add_pipe("eventscope_line_breaks", before="parser")
    original.add_pipe("eventscope_clause_heads", after="attribute_ruler")
    return original, load()


def test_load_puts_the_memo_ruler_in_place_with_the_same_patterns(models):
    original, ours = models
    ruler = ours.get_pipe("attribute_ruler")
    assert isinstance(ruler, MemoAttributeRuler)
    assert ruler.patterns == original.get_pipe("attribute_ruler").patterns


def test_memo_ruler_annotates_as_spacy_does(models, shared):
    original, ours = models
    lines = (shared / "data/plover/gsr-dev/articles.jsonl").read_text().splitlines()
    texts = [json.loads(line)["text"] for line in lines if line]
    texts += [data_path("samples/seed-article.txt").read_text(encoding="utf-8"), TRICKY]
    attrs = [TAG, POS, MORPH, LEMMA]
    for ours_doc, their_doc in zip(ours.pipe(texts, disable=["ner"]),
                                   original.pipe(texts, disable=["ner"]), strict=True):
        assert numpy.array_equal(ours_doc.to_array(attrs), their_doc.to_array(attrs))
    doc = ours(TRICKY)
    assert [t.lemma_ for t in doc if t.lower_ in ("ai", "gon", "na")] == ["be", "go", "to"]


def test_memo_ruler_is_bounded_and_still_right(models):
    _, ours = models
    ruler = ours.get_pipe("attribute_ruler")
    texts = [data_path("samples/seed-article.txt").read_text(encoding="utf-8"), TRICKY]
    before = [d.to_array([POS, MORPH, LEMMA]) for d in ours.pipe(texts)]
    ruler.MEMO_SIZE = 5
    ruler._memo.clear()
    try:
        after = [d.to_array([POS, MORPH, LEMMA]) for d in ours.pipe(texts)]
        assert len(ruler._memo) <= 5
    finally:
        del ruler.MEMO_SIZE
    assert all(numpy.array_equal(a, b) for a, b in zip(before, after, strict=True))


def test_load_puts_the_memo_lemmatizer_in_place_with_the_same_tables(models):
    original, ours = models
    lemmatizer = ours.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, MemoLemmatizer)
    assert lemmatizer.lookups.tables == original.get_pipe("lemmatizer").lookups.tables
    assert ours.pipe_names == original.pipe_names


def test_memo_lemmatizer_lemmatises_news_as_spacy_does(models, shared):
    # the same lemmas as spaCy's own on real news, and again once the memo is full; the
    # attribute ruler's exceptions ("ai" → "be") are kept
    original, ours = models
    lines = (shared / "data/news-dev/articles.jsonl").read_text().splitlines()
    texts = [json.loads(line)["text"] for line in lines if line][:12] + [TRICKY]
    theirs = [d.to_array([LEMMA]) for d in original.pipe(texts, disable=["ner"])]
    lemmatizer = ours.get_pipe("lemmatizer")
    lemmatizer.MEMO_SIZE = 50
    lemmatizer._memo.clear()
    try:
        for _ in range(2):  # the second time from the memo
            mine = [d.to_array([LEMMA]) for d in ours.pipe(texts, disable=["ner"])]
            assert all(numpy.array_equal(a, b) for a, b in zip(mine, theirs, strict=True))
            assert len(lemmatizer._memo) <= 50
    finally:
        del lemmatizer.MEMO_SIZE
    doc = ours("They were running the talks.")
    assert [t.lemma_ for t in doc] == ["they", "be", "run", "the", "talk", "."]


def test_patterns_with_operators_are_matched_in_context():
    nlp = English()
    patterns = [{"patterns": [[{"LOWER": "good"}]], "attrs": {"LEMMA": "nice"}},
                {"patterns": [[{"LOWER": "very", "OP": "+"}, {"LOWER": "good"}]],
                 "attrs": {"LEMMA": "fine"}, "index": -1}]  # a later rule wins
    words = "very very good and good".split()
    lemmas = []
    for ruler in (AttributeRuler(nlp.vocab), MemoAttributeRuler(nlp.vocab)):
        ruler.add_patterns(patterns)
        lemmas.append([t.lemma_ for t in ruler(Doc(nlp.vocab, words=words))])
    assert lemmas[0] == lemmas[1] and lemmas[1][2] == "fine" and lemmas[1][4] == "nice"


def sentences(text: str) -> list[str]:
    doc = Annotator(English()).segment(English().make_doc(text))
    return [s.text_with_ws for s in doc.sents]


def test_rule_sentences_end_at_line_breaks_and_give_quotes_to_the_next():
    assert sentences("A headline\nThe body starts here.") == ["A headline\n",
                                                               "The body starts here."]
    assert sentences('It is close to being decided. "San Miguel" crossed the line.') == [
        "It is close to being decided. ", '"San Miguel" crossed the line.']
    assert sentences("\u201cWe stay.\u201d He left.") == ["\u201cWe stay.\u201d ", "He left."]


# -- long texts: the models see bounded pieces ---------------------------------------------------


def _lines(n: int, words: int = 5) -> Doc:
    text = "".join(" ".join(f"w{i}x{k}" for k in range(words)) + ".\n" for i in range(n))
    return Annotator(English()).segment(English().make_doc(text))


def test_runs_that_fit_stay_one_model_input():
    doc = _lines(10)
    assert pieces(doc, [(0, 14), (20, 40)], limit=100) == [[(0, 14, 0, 14), (20, 40, 20, 40)]]
    assert pieces(doc, [(0, 14), (20, 40)], limit=30) == [[(0, 14, 0, 14)], [(20, 40, 20, 40)]]


def test_a_long_run_is_cut_at_line_starts_with_context_on_both_sides():
    doc = _lines(40)  # 7 tokens a line ("w0x0 ... w0x4", ".", "\n")
    groups = pieces(doc, [(0, len(doc))], limit=50)
    owned = [(own_start, own_end) for group in groups for _, _, own_start, own_end in group]
    assert owned[0][0] == 0 and owned[-1][1] == len(doc)
    assert all(a[1] == b[0] for a, b in zip(owned, owned[1:], strict=False))  # no gap
    for group in groups:
        (start, end, own_start, own_end), = group
        assert own_end - own_start <= 50
        assert own_start == 0 or "\n" in doc[own_start - 1].text  # a line start
        assert start == max(0, own_start - CONTEXT) and end == min(len(doc), own_end + CONTEXT)


def test_a_line_longer_than_a_piece_is_cut_at_sentences_or_anywhere():
    doc = Annotator(English()).segment(English().make_doc("One two three. " * 30 + "x " * 80))
    groups = pieces(doc, [(0, len(doc))], limit=40)
    owned = [(g[0][2], g[0][3]) for g in groups]
    assert all(end - start <= 40 for start, end in owned) and owned[-1][1] == len(doc)
    assert all(doc[start].is_sent_start for start, _ in owned[1:4])


SEED = data_path("samples/seed-article.txt").read_text(encoding="utf-8")
ARTICLES = [SEED, *(f"{title}\n{body}" for title, body in (
    ("Strike", "Russian missiles struck Kharkiv's main power station on Monday, Ukrainian "
     "officials said. \u201cThey will pay for this,\u201d the governor said."),
    ("Talks", "Brazil's foreign minister met his Argentine counterpart in Buenos Aires on "
     "Monday. The two ministers agreed to expand cooperation on energy."),
))]


@pytest.fixture(scope="module")
def whole_coder():
    from eventscope import Coder

    return Coder(max_tokens=10**7)


@pytest.fixture(scope="module")
def small_piece_coder():
    from eventscope import Coder

    return Coder(max_tokens=120)


@pytest.mark.slow
@pytest.mark.parametrize("copies", [1, 3, 8])
def test_a_long_text_coded_in_pieces_gives_the_events_of_a_whole_parse(
        whole_coder, small_piece_coder, coder, copies):
    from eventscope import to_dict

    text = "\n\n".join(ARTICLES[k % len(ARTICLES)] for k in range(copies * len(ARTICLES)))
    results = [to_dict(c.code(text, published="2024-11-18", id="long"))
               for c in (whole_coder, small_piece_coder, coder)]
    assert results[0]["events"] and results[0]["quotes"]
    assert results[0] == results[1] == results[2]
    for event in results[1]["events"]:
        span = event["evidence"]
        assert text[span["start"]:span["end"]] == span["text"]


def test_texts_over_spacys_million_characters_are_accepted():
    assert load().max_length >= 10**8


def test_runs_without_white_space_are_tokenised_in_linear_time():
    # found by tests/test_fuzz.py: spaCy's tokenizer took a minute over 20,000 quotation marks
    import time

    from eventscope.nlp import LONG_RUN, make_doc

    nlp = English()
    text = 'He said "' + '"' * 20_000 + ' no.\n(' + "x" * 250 + ") Russia attacked."
    started = time.perf_counter()
    doc = make_doc(nlp, text)
    assert time.perf_counter() - started < 2
    assert doc.text == text and max(len(t) for t in doc) <= LONG_RUN
    assert [t.text for t in make_doc(nlp, "Russia attacked.")] == ["Russia", "attacked", "."]


def test_a_noun_heading_a_clause_with_subject_and_object_is_its_verb(models):
    _, ours = models
    doc = ours("Pakistan's foreign office said Islamabad \"categorically rejects\" India's "
               "claims.")
    rejects = next(t for t in doc if t.text == "rejects")
    assert (rejects.pos_, rejects.tag_, rejects.lemma_) == ("VERB", "VBZ", "reject")
    # a noun with no object of its own stays a noun
    doc = ours("Pakistan's rejection of the claims was swift.")
    assert next(t for t in doc if t.text == "rejection").pos_ == "NOUN"
