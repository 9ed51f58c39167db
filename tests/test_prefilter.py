"""The prefilter (what each sentence needs from the models) and the selective pipeline."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path

import pytest
from spacy.lang.en import English

from eventscope.actors import ActorDictionary
from eventscope.cameo import CameoTable
from eventscope.code import ANAPHORIC_NOUNS
from eventscope.enrich.dates import ANAPHORIC_EVENT_NOUNS
from eventscope.enrich.quantities import QuantityExtractor
from eventscope.ingest import article_from_text
from eventscope.model import Span, to_json
from eventscope.nlp import Annotator
from eventscope.prefilter import Plan, Prefilter
from eventscope.quotes import QUOTE
from eventscope.verbs import VerbDictionary

ACTORS = """
- code: RUS
  names: [Russia]
  adjectives: [Russian]
- code: UKR
  names: [Ukraine]
  capitals: [Kyiv]
- name: Joe Biden
  aliases: [Biden]
  roles:
    - {country: USA, sector: GOV, role: President, start: 2021-01-20, end: 2025-01-20}
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
    assert not actors.problems
    verbs = VerbDictionary.load(CameoTable.load(), [folder / "verbs.yaml"], shipped=False)
    quantities = QuantityExtractor()
    return Prefilter.build(actors, verbs, speech=["say"], anaphoric=ANAPHORIC_NOUNS,
                           carried=ANAPHORIC_EVENT_NOUNS, counts=quantities.count_offsets,
                           count_words=quantities.count_words(), quotes=QUOTE,
                           long_sentence=40)


def segmented(text: str):
    return Annotator(English()).segment(English().make_doc(text))


def parsed(prefilter: Prefilter, text: str, article=None) -> list[bool]:
    doc = segmented(text)
    return list(prefilter.plan(doc, article or article_from_text(text, id="t")).parse)


@pytest.mark.parametrize("text, expected", [
    ("Russia struck Kyiv.", True),                       # irregular form of "strike"
    ("Russian forces were striking the city.", True),
    ("The weather was mild.", False),                    # no actor, no event word
    ("Russia hosted a concert.", False),                 # actor, no event word
    ("The storm struck the coast.", False),              # event word, no source
    ("They struck again.", False),                       # a pronoun is never a source
    ("Ukraine imposed sanctions.", True),                # object present
    ("Ukraine imposed a curfew.", False),                # object the pattern needs is missing
    ("Russia handed over two suspects.", True),          # particle present
    ("Russia handed the ball back.", False),             # particle missing
    ("Ukraine fights corruption.", False),               # null pattern only
    ("The attacks on the city went on.", True),          # an event noun may name its actor
    ("Officials in Russia said nothing new.", True),     # a reporting verb with a speaker
    ("Officials said nothing new.", False),              # a reporting verb, no speaker
])
def test_one_sentence(prefilter, text, expected):
    assert parsed(prefilter, text) == [expected]


def test_pronoun_speaker_needs_a_person_named_before(prefilter):
    assert parsed(prefilter, "Biden spoke. The room was full. Then he said it was over.") == \
        [False, False, True]
    assert parsed(prefilter, "The room was full. He said it was over.") == [False, False]


def test_subject_a_pronoun_may_stand_for_is_parsed(prefilter):
    # "He" opening a sentence that is parsed: the sentences before it that name an actor
    assert parsed(prefilter, "Biden spoke first. It rained. He struck Kyiv.") == \
        [True, False, True]
    assert parsed(prefilter, "Biden spoke first. It rained. Later Ukraine struck Kyiv.") == \
        [False, False, True]  # no pronoun subject
    assert parsed(prefilter, "Biden spoke first. It rained. He spoke again.") == \
        [False, False, False]  # nothing parsed that needs him
    # after a closing quotation ("…," he said), up to three sentences back
    text = ("Ukraine spoke. It rained. It rained. It rained. Russia spoke. "
            "\u201cWe struck Kyiv,\u201d he said.")
    assert parsed(prefilter, text) == [False, False, False, False, True, True]
    # and no further back than a sentence parsed anyway that names one
    text = "Biden spoke. Russia struck Kyiv. Ukraine spoke. He struck Kyiv."
    assert parsed(prefilter, text) == [False, True, True, True]


def test_person_named_with_a_country_is_parsed_and_needs_entities_first(prefilter):
    text = "Russian spokesman Ivan Petrovsky spoke. It rained. Petrovsky struck a deal."
    doc = segmented(text)
    plan = prefilter.plan(doc, article_from_text(text, id="t"))
    assert plan.parse == (True, False, True)
    assert [doc[i].text for i in plan.people] == ["Petrovsky"]


def test_quotation_keeps_every_sentence_it_spans_and_its_attribution(prefilter):
    text = ("It rained. \u201cWe will never give up. Not one metre. Never,\u201d the "
            "minister said. It rained.")
    assert parsed(prefilter, text) == [False, True, True, True, False]
    # the sentence ending in a colon, and the one after the closing mark (as quotes.py looks)
    text = "The minister said this:\n\u201cWe will never give up this land.\u201d It rained."
    assert parsed(prefilter, text) == [True, True, True]


@pytest.mark.parametrize("text, expected", [
    ("About 500 troops arrived.", True),                 # a counted noun of the lexicon
    ("About 200 Afghans arrived.", True),                # a nationality (capitalised plural)
    ("Police say 12 were killed.", True),                # a casualty verb
    ("The toll stands at 45.", True),                    # a toll noun before the number
    ("A new blaze closed the road.", False),             # "a" counts nothing here
    ("The bridge is 500 metres long.", False),           # a unit, read without the parse
])
def test_counts(prefilter, text, expected):
    assert parsed(prefilter, text) == [expected]


def test_long_sentences_are_parsed_for_the_glance(prefilter):
    words = "the people of the town and the farmers in the hills".split()  # 10 words
    assert parsed(prefilter, " ".join(words * 4) + " waited.") == [True]  # 41 words
    assert parsed(prefilter, " ".join(words * 3) + " waited.") == [False]


def test_anaphoric_noun_after_an_event_is_parsed(prefilter):
    text = "Russia struck Kyiv. The decision came late. It rained. The decision came late."
    assert parsed(prefilter, text) == [True, True, False, False]


def test_key_points_box_is_never_parsed(prefilter):
    text = "Key points\n- Russia struck Kyiv\n- More to come\n\nRussia struck Kyiv again."
    box = Span(text[:text.index("\n\n")], 0, text.index("\n\n"))
    article = replace(article_from_text(text, id="a"), key_points_box=box)
    flags = parsed(prefilter, text, article)
    assert flags[-1] is True and not any(flags[:-1])


# -- the selective pipeline against a full parse ------------------------------------------


def coded(result) -> tuple:
    """What the selective pipeline must not change; sentence numbers may, where a skipped
    sentence is split by rule and not by the parser."""
    return ([replace(e, sentence=0) for e in result.events], result.quotes,
            result.quantities)


@dataclass(frozen=True)
class _NoEntitiesAfterCoding(Plan):
    def after_coding(self, doc, events, done):
        return []


class _Edited:
    """The coder's own prefilter, with one rule sentence left out of each plan or no
    entities recognised after coding: to show that what the plan asks for matters."""

    def __init__(self, prefilter: Prefilter, unparsed: int | None, entities: bool):
        self.prefilter, self.unparsed, self.entities = prefilter, unparsed, entities

    def plan(self, doc, article) -> Plan:
        plan = self.prefilter.plan(doc, article)
        if self.unparsed is not None:
            plan = replace(plan, parse=tuple(k != self.unparsed and p
                                             for k, p in enumerate(plan.parse)))
        if not self.entities:
            plan = _NoEntitiesAfterCoding(**{f.name: getattr(plan, f.name)
                                             for f in fields(plan)})
        return plan

    def before_coding(self, plan, doc, article):
        return self.prefilter.before_coding(plan, doc, article)


def selective(coder, article, *, unparsed: int | None = None, entities: bool = True):
    """``article`` coded as ``Coder.pipe`` codes it, with the prefilter edited as asked."""
    docs, coded = coder._code_selectively(
        [article], coder.annotator, _Edited(coder.prefilter, unparsed, entities))
    return coder._enrich(docs[0], article, *coded[0])


def plan_of(coder, article) -> Plan:
    return coder.prefilter.plan(coder.annotator.segment(coder.nlp.make_doc(article.text)),
                                article)


# each: text, the rule sentence that must be parsed, what the full parse finds there
CASES = {
    "person remembered by surname": (
        "Russian Foreign Ministry spokesman Ivan Petrovsky spoke to reporters in the morning. "
        "The weather in the capital was mild. Petrovsky later condemned the attack on "
        "Belgorod by Ukraine.", 0,
        lambda r: any(e.source.text == "Petrovsky" and e.source.country == "RUS"
                      for e in r.events)),
    "pronoun speaker of an indirect quote": (
        "Vladimir Putin met reporters in Moscow on Monday. The room was crowded and warm. He "
        "said that the new sanctions would fail.", 2,
        lambda r: any(q.speaker_text == "He" and q.speaker and q.speaker.country == "RUS"
                      for q in r.quotes)),
    "quotation over three sentences": (
        "The weather was mild. \u201cRussia is a brutal terrorist state, and we are grateful "
        "to the United States for its generous and wonderful help. The attacks must stop. We "
        "will not allow this,\u201d Volodymyr Zelensky said.", 1,  # the stance of each clause
        lambda r: [(e.source.country, e.plover_type, e.target.country) for e in r.events
                   if e.pattern == "quote-stance"] == [("UKR", "SUPPORT", "USA")]),
    "subject a later pronoun stands for": (
        "The weather in the capital was mild. Malian Foreign Minister Abdoulaye Diop spoke "
        "to reporters in Bamako on Friday. He condemned the Algerian strikes.", 1,
        lambda r: [(e.source.country, e.plover_type, e.target.country) for e in r.events] ==
        [("MLI", "ACCUSE", "DZA")]),
    "issuer of the statement named later": (
        "The weather in the capital was mild. Ghana's foreign ministry put out a statement "
        "late on Monday. The statement condemned the raid by Togo.", 1,
        lambda r: [(e.source.country, e.plover_type, e.target.country) for e in r.events] ==
        [("GHA", "ACCUSE", "TGO")]),
    "a nationality counted": (
        "The weather was mild. About 200 Afghans crossed into Iran on Tuesday. A new road "
        "was opened.", 1,
        lambda r: [(q.value, q.unit) for q in r.quantities] == [(200.0, "person")]),
    "a doer from context placed, in an article naming no actor": (
        "The weather was mild. Police in Lagos fired tear gas at protesters on Monday. A new "
        "road was opened.", 1,
        lambda r: [(e.source.country, e.plover_type, e.target.country) for e in r.events
                   if e.plover_type == "COERCE"] == [("NGA", "COERCE", "NGA")]),
    "a date carried back to the event before": (
        "Israel struck targets in Gaza. The decision, announced on Tuesday, came after weeks "
        "of debate. The weather was mild.", 1,
        lambda r: [e.date.text for e in r.events if e.plover_type == "ASSAULT"] ==
        ["Tuesday"]),
}


@pytest.mark.parametrize("name", CASES)
def test_selective_pipeline_keeps_what_each_rule_protects(coder, full_coder, name):
    text, needed, found = CASES[name]
    article = article_from_text(text, id=name, published=date(2024, 5, 1))
    full = full_coder.code_article(article)
    assert found(full)  # the case exercises its rule
    fast = coder.code_article(article)
    assert coded(fast) == coded(full) and fast.glance == full.glance
    assert not all(plan_of(coder, article).parse)  # something was left unparsed
    # and without what the rule asks for, the result would not be the same
    assert not found(selective(coder, article, unparsed=needed))


def test_entities_after_coding_are_needed(coder, full_coder):
    text, _, found = CASES["a nationality counted"]
    article = article_from_text(text, id="n", published=date(2024, 5, 1))
    assert found(selective(coder, article))
    assert not found(selective(coder, article, entities=False))


def test_skipped_sentences_keep_text_and_offsets(coder):
    text = ("The weather in the capital was mild and dry.\n\nRussian forces shelled Kharkiv "
            "on Monday, officials said. The market opened late.")
    article = article_from_text(text, id="w")
    doc = coder.annotator.segment(coder.nlp.make_doc(text))
    plan = coder.prefilter.plan(doc, article)
    assert plan.parse == (False, True, False)
    coder.annotator.parse([doc], [plan.parse_runs()])
    full = coder.nlp(text)
    assert doc.text == text and [t.idx for t in doc] == [t.idx for t in full]
    skipped = next(doc.sents)
    assert skipped.text.strip() == "The weather in the capital was mild and dry."
    assert all(t.tag_ == "" and not t.ent_type_ for t in skipped)  # not parsed
    assert {t.dep_ for t in skipped} <= {"ROOT", "dep"}
    shelled = next(t for t in doc if t.text == "shelled")
    assert shelled.pos_ == "VERB" and shelled.lemma_ == "shell"
    assert [c.dep_ for c in shelled.children if c.text == "forces"] == ["nsubj"]
    assert not any(t.ent_type_ for t in doc)  # entities come later, where needed
    coder.annotator.entities([doc], [[(shelled.sent.start, shelled.sent.end)]])
    assert [t.text for t in doc if t.ent_type_ == "DATE"] == ["Monday"]
    assert not any(t.ent_type_ for t in skipped)


def test_selective_and_full_parse_code_the_same_events(coder, full_coder):
    text = (Path(__file__).resolve().parents[1] / "eventscope" / "data" / "samples" /
            "seed-article.txt").read_text(encoding="utf-8")
    article = article_from_text(text, id="seed", published=date(2024, 11, 18))
    assert coder.prefilter is not None and full_coder.prefilter is None
    fast, slow = coder.code_article(article), full_coder.code_article(article)
    assert coded(fast) == coded(slow) and len(fast.events) > 10
    assert fast.glance == slow.glance


def test_selective_parse_loses_no_gold_event(coder, full_coder, shared):
    """On the PLOVER gold-standard sentences the selective pipeline finds what the full parse
    finds."""
    lines = (shared / "data/plover/gsr-dev/articles.jsonl").read_text().splitlines()
    articles = [article_from_text(r["text"], id=r["id"], published=date(2000, 1, 1))
                for r in map(json.loads, lines) if r]
    fast = [coded(r) for r in coder.pipe(articles)]
    slow = [coded(r) for r in full_coder.pipe(articles)]
    assert fast == slow
    assert sum(len(events) for events, _, _ in fast) > 100


def test_new_words_do_not_stay_in_the_vocabulary(coder):
    """Streaming memory is flat: the names and numbers a group brings are freed with it."""
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
    # the results hold plain values, valid after the group's memory was freed
    assert all(json.loads(to_json(r))["article"]["id"] == f"n{i}"
               for i, r in enumerate(results, 1))


def test_a_pair_named_before_as_the_two_sides_is_parsed(coder, full_coder):
    """ "The two sides", "the two neighbours": the pair the article named before acts, so
    the sentence is parsed like one with a role noun."""
    text = ("Pakistan and Afghanistan exchanged fire on Friday.\n\nThe two sides agreed to a "
            "ceasefire on Sunday.")
    article = article_from_text(text, id="pair", published=date(2025, 3, 12))
    fast, slow = coder.code_article(article), full_coder.code_article(article)
    assert coded(fast) == coded(slow)
    assert {(e.source.country, e.target.country) for e in fast.events
            if e.plover_type == "AGREE"} == {("PAK", "AFG"), ("AFG", "PAK")}


def _before_coding(coder, text, published):
    """The sentences (their texts) the plan gives entities before coding."""
    article = article_from_text(text, id="t", published=published)
    doc = coder.annotator.segment(coder.nlp.make_doc(article.text))
    plan = coder.prefilter.plan(doc, article)
    coder.annotator.parse([doc], [plan.parse_runs()])
    runs = coder.prefilter.before_coding(plan, doc, article)
    return plan, [doc[a:b].text for a, b in runs]


def test_entities_before_coding_only_for_names_the_dictionary_does_not_know(coder):
    # an unknown name with a country, named again, needs the entity recogniser first
    _, runs = _before_coding(coder, "Russian spokesman Ivan Petrovsky spoke. It rained. "
                             "Petrovsky condemned Ukraine.", "2025-03-12")
    assert runs and all("Petrovsky" in run for run in runs)
    # a title of a name the dictionary knows ("Mr" of "Mr Arafat") comes again too, but the
    # coder need not remember that person: no sentence is sent for entities for it
    plan, runs = _before_coding(coder, "Palestinian leader Mr Arafat spoke on Monday. It "
                                "rained. Mr Arafat condemned Israel.", "2001-12-01")
    assert plan.people  # "Mr" comes again: a candidate of the plan
    assert runs == []
