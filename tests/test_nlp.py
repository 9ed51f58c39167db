"""spaCy loading: the faster attribute ruler, and sentences by rule."""

from __future__ import annotations

import json

import numpy
import pytest
import spacy
from spacy.attrs import LEMMA, MORPH, POS, TAG
from spacy.lang.en import English
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from eventscope.nlp import Annotator, MemoAttributeRuler, load, model_name
from eventscope.resources import data_path

TRICKY = ("Y'all ain't gonna believe it: nothin' 's wrong, and we gotta go. Let's see "
          "what they're doin' now.")


@pytest.fixture(scope="module")
def models():
    original = spacy.load(model_name())
    original.add_pipe("eventscope_line_breaks", before="parser")
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
