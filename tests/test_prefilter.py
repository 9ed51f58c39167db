"""The prefilter (which sentences to parse) and the selective parse built on it."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from spacy.lang.en import English
from spacy.pipeline import Sentencizer

from eventscope.actors import ActorDictionary
from eventscope.cameo import CameoTable
from eventscope.ingest import article_from_text
from eventscope.model import Span, to_json
from eventscope.nlp import line_breaks
from eventscope.prefilter import Prefilter
from eventscope.verbs import VerbDictionary

ACTORS = """
- code: RUS
  names: [Russia]
  adjectives: [Russian]
- code: UKR
  names: [Ukraine]
  capitals: [Kyiv]
"""

VERBS = """
- verb: strike
  code: "190"
- verb: impose
  objects: [sanction, embargo]
  code: "163"
- verb: hand
  particle: over
  code: "0841"
- verb: fight
  objects: [corruption]
  code: "---"
- noun: attack
  code: "190"
"""


@pytest.fixture(scope="module")
def prefilter(tmp_path_factory) -> Prefilter:
    folder = tmp_path_factory.mktemp("dicts")
    (folder / "actors.yaml").write_text(ACTORS, encoding="utf-8")
    (folder / "verbs.yaml").write_text(VERBS, encoding="utf-8")
    actors = ActorDictionary.load([folder / "actors.yaml"], shipped=False)
    verbs = VerbDictionary.load(CameoTable.load(), [folder / "verbs.yaml"], shipped=False)
    return Prefilter.build(actors, verbs, ["say"])


def kept(prefilter: Prefilter, text: str, article=None) -> list[bool]:
    nlp = English()
    doc = line_breaks(Sentencizer()(nlp.make_doc(text)))
    return prefilter.keep(doc, article)


@pytest.mark.parametrize("text, expected", [
    ("Russia struck Kyiv.", True),                       # irregular form of "strike"
    ("Russian forces were striking the city.", True),
    ("The weather was mild.", False),                    # no actor, no event word
    ("Russia hosted a concert.", False),                 # actor, no event word
    ("The storm struck the coast.", False),              # event word, no actor
    ("They struck again.", True),                        # a pronoun may be resolved
    ("Ukraine imposed sanctions.", True),                # object present
    ("Ukraine imposed a curfew.", False),                # object the pattern needs is missing
    ("Russia handed over two suspects.", True),          # particle present
    ("Russia handed the ball back.", False),             # particle missing
    ("Ukraine fights corruption.", False),               # null pattern only
    ("The attacks on Kyiv went on.", True),              # noun pattern, plural
    ("Officials in Russia said nothing new.", True),     # a reporting verb: quotes
])
def test_sentence_kept_only_with_actor_and_event_word(prefilter, text, expected):
    assert kept(prefilter, text) == [expected]


def test_quotation_keeps_its_sentence_and_the_one_before(prefilter):
    text = "The minister spoke at noon. \u201cWe will never give up this land.\u201d It rained."
    assert kept(prefilter, text) == [True, True, False]


def test_key_points_box_is_never_parsed(prefilter):
    text = "Key points\n- Russia struck Kyiv\n- More to come\n\nRussia struck Kyiv again."
    box = Span(text[:text.index("\n\n")], 0, text.index("\n\n"))
    article = article_from_text(text, id="a")
    article = type(article)(**{**article.__dict__, "key_points_box": box})
    flags = kept(prefilter, text, article)
    assert flags[-1] is True and not any(flags[:-1])


def test_skipped_sentences_keep_text_and_offsets(coder):
    text = ("The weather in the capital was mild and dry.\n\nRussian forces shelled Kharkiv "
            "on Monday, officials said. The market opened late.")
    doc = coder.parser(text)
    full = coder.nlp(text)
    assert doc.text == text and [t.idx for t in doc] == [t.idx for t in full]
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences[0] == "The weather in the capital was mild and dry."
    skipped = next(doc.sents)
    assert all(t.tag_ == "" and not t.ent_type_ for t in skipped)  # not parsed
    assert {t.dep_ for t in skipped} <= {"ROOT", "dep"}
    shelled = next(t for t in doc if t.text == "shelled")
    assert shelled.pos_ == "VERB" and shelled.lemma_ == "shell"
    assert [c.dep_ for c in shelled.children if c.text == "forces"] == ["nsubj"]


def unnumbered(events) -> list:
    return [replace(e, sentence=0) for e in events]


@pytest.fixture(scope="module")
def full_coder():
    from eventscope import Coder

    return Coder(parse_all=True)


def test_selective_and_full_parse_code_the_same_events(coder, full_coder):
    text = (Path(__file__).resolve().parents[1] / "eventscope" / "data" / "samples" /
            "seed-article.txt").read_text(encoding="utf-8")
    article = article_from_text(text, id="seed", published=date(2024, 11, 18))
    assert coder.parser is not None and full_coder.parser is None
    fast, slow = coder.code_article(article), full_coder.code_article(article)
    # sentence numbers may differ where a skipped line is split by rule, not by the parser
    assert unnumbered(fast.events) == unnumbered(slow.events) and len(fast.events) > 10
    assert fast.quotes == slow.quotes and fast.glance == slow.glance
    assert fast.quantities == slow.quantities


def test_selective_parse_loses_no_gold_event(coder, full_coder, shared):
    """On the PLOVER gold-standard sentences the selective parse finds what the full parse
    finds (the prefilter never drops a sentence the coder would code)."""
    lines = (shared / "data/plover/gsr-dev/articles.jsonl").read_text().splitlines()
    articles = [article_from_text(r["text"], id=r["id"], published=date(2000, 1, 1))
                for r in map(json.loads, lines) if r]
    fast = {r.article.id: r.events for r in coder.pipe(articles)}
    slow = {r.article.id: r.events for r in full_coder.pipe(articles)}
    assert fast == slow
    assert sum(map(len, fast.values())) > 100


def test_new_words_do_not_stay_in_the_vocabulary(coder):
    """Streaming memory is flat: the names and numbers a batch brings are freed with it."""
    def article(i: int):
        text = (f"Russian forces shelled Kharkiv on Monday, said Zorvak{i}ian Quellbrandt{i}. "
                f"The strike destroyed {i}71{i} homes near Vylkoz{i}ka.")
        return article_from_text(text, id=f"n{i}", published=date(2024, 5, 1))

    list(coder.pipe([article(0)]))
    vocab = coder.nlp.vocab
    before = len(vocab.strings), sum(1 for _ in vocab)  # (len(vocab) counts freed ones too)
    results = list(coder.pipe(article(i) for i in range(1, 40)))
    assert (len(vocab.strings), sum(1 for _ in vocab)) == before
    assert "Quellbrandt7" not in vocab.strings
    assert all(r.events for r in results)
    # the results hold plain values, valid after the batch's memory was freed
    assert all(json.loads(to_json(r))["article"]["id"] == f"n{i}"
               for i, r in enumerate(results, 1))
