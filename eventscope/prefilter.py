"""What an article needs from spaCy's statistical models: a cheap pass over its tokens.

Tagging, parsing and named-entity recognition are most of the cost of coding an article, and
most sentences of a news article cannot yield anything the later stages keep. Before the
models run, the article is tokenised and split into sentences by rule, and :meth:`Prefilter.plan`
reads each sentence's words (every inflected form of each dictionary word is known) to decide
what it needs. Each rule below restates what a stage reads, so that a sentence left out could
not have changed that stage's output:

============================  ==================================================================
stage (what it reads)         a sentence is tagged, parsed and lemmatised when it has
============================  ==================================================================
events (code.py): a trigger   a word of a verb or noun pattern with the particle and one of the
with a source actor           objects that pattern needs (or a characterising verb, "give"
                              with a deadline noun, a verb of request with an envoy:
                              "ordered the diplomats to leave", a verb of response with a
                              forceful adverb, a hostile act or a right reserved: "will
                              respond strongly", "to any aggression", a verb of dismay:
                              "was horrified by the attack", a verb of listing with a list,
                              a verb of recognition, or a truce noun with a word of taking
                              effect: "the ceasefire took effect"), and a possible
                              source: a dictionary actor, a capitalised word that is named
                              elsewhere in a sentence
                              with a dictionary actor, or a name of a dictionary person named
                              in full (a person remembered by surname), or an
                              event or anaphoric noun ("the decision", "the strikes"), or,
                              in an article that names an actor, a pronoun, a role noun or a
                              noun for one named before ("it", "the army", "the bloc": a doer
                              from context), and in one that names none, such a word in a
                              sentence naming a place the gazetteer knows ("Police in Lagos
                              fired tear gas": placed there)
people (code.py)              a dictionary actor and a capitalised word that comes again in a
                              sentence with a trigger word ("Russian spokesman Dmitry Peskov")
subjects pronouns stand for   a possible source, up to three sentences before a sentence parsed
(code.py)                     whose subject may be a pronoun ("He condemned …", "…," he said)
                              or a statement ("the statement said": its issuer), or that tells
                              an act again ("condemned the move": the last act's doer), back
                              to the first such sentence parsed anyway
indirect quotes (quotes.py)   a reporting verb and a speaker: a dictionary actor, or a pronoun
and allegations (code.py)     after a person of the dictionary; or a noun of evidence and such
                              a speaker ("presented evidence that Venezuela meddled …")
direct quotes (quotes.py)     a part of a quotation, or the closing words after it; and the
                              sentence before one when it ends in a colon
dates carried back (dates)    an anaphoric event noun within two sentences of an event sentence
counts (quantities.py)        a number whose counted noun is read from the parse ("500 troops")
glance trimming (glance.py)   more than ``MAX_WORDS`` words (a long key point is cut by its parse)
============================  ==================================================================

No sentence of the outlet's key-points box is ever parsed (no stage reads it).

Named entities are needed in fewer places, so they are recognised apart from the parse and
later: before coding, in the sentences that may name a person with a country (the coder
remembers such people); after coding (:meth:`Plan.after_coding`), in the sentences that hold an
event (its date, place and quantities are read there), a count (a nationality counts people:
"200 Palestinians") or a date phrase on an anaphoric noun up to two sentences after an event.

The tests are generous: words anywhere in the sentence, never the relations the stages check.
The selective parse codes the same events, quotes and quantities as a parse of every sentence
on the seed article, the PLOVER gold sentences and the news texts of ``bench/throughput.py``;
``Coder(parse_all=True)`` parses everything.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from lemminflect import getAllInflections, getAllInflectionsOOV
from spacy.language import Language
from spacy.tokens import Doc, Token

from .actors import ActorDictionary, Mention, name_head, resolve_person
from .enrich.quantities import CountWords
from .model import Article, Event, Span
from .nlp import sentence_bounds
from .verbs import NULL_CODE, VerbDictionary

#: pronouns that may be the subject of a reporting verb ("he said"): the quote finder gives
#: them the last person of the dictionary named before
SPEAKER_PRONOUNS = frozenset({"i", "we", "he", "she", "it", "they", "you", "who", "one",
                              "this", "that", "these", "those", "which", "someone",
                              "somebody", "everyone", "everybody", "nobody", "anyone"})
#: pronouns the coder resolves to a doer named before (code.py)
CONTEXT_PRONOUNS = frozenset({"he", "she", "his", "her", "him", "it", "its", "they", "their",
                              "them", "we", "i", "our", "us"})
#: a date phrase on an anaphoric noun may belong to the event of up to this many sentences
#: before (as dates.py carries it)
CARRY_SENTENCES = 2
#: third-person pronouns that may stand for a subject named before ("He condemned …")
SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
#: a pronoun or "the statement" may stand for a subject named this many sentences before
ANTECEDENT_SENTENCES = 3
#: a counted noun comes within this many tokens of its number (quantities.py looks 7 ahead)
COUNT_REACH = 10
Runs = list[tuple[int, int]]


@dataclass(frozen=True)
class Requirement:
    """What a pattern needs besides its own word: a particle, and one object item (each item
    a tuple of words that must all appear, each as one of its forms)."""

    particle: str | None
    objects: tuple[tuple[frozenset[str], ...], ...]

    def met(self, words: frozenset[str]) -> bool:
        if self.particle is not None and self.particle not in words:
            return False
        if not self.objects:
            return True
        return any(all(forms & words for forms in item) for item in self.objects)


@dataclass(frozen=True)
class Plan:
    """What one article needs: which of its rule sentences to parse, and the tokens that may
    need named entities (people before coding; counts and anaphoric nouns after)."""

    sentences: tuple[tuple[int, int], ...]  # token ranges of the sentences found by rule
    parse: tuple[bool, ...]  # per sentence
    people: tuple[int, ...]  # tokens that may be a person named with a country
    counts: tuple[int, ...]  # first tokens of counts
    anaphors: tuple[int, ...]  # tokens of anaphoric event nouns

    def parse_runs(self) -> Runs:
        """Token ranges to parse: runs of adjacent sentences kept."""
        return _runs(span for span, keep in zip(self.sentences, self.parse, strict=True)
                     if keep)

    def after_coding(self, doc: Doc, events: Sequence[Event], done: Runs) -> Runs:
        """Sentences of the parsed ``doc`` that need entities once its events are known
        (less those in ``done``, which have them already)."""
        starts = doc.to_array("IDX").tolist()
        triggers = [max(0, bisect.bisect_right(starts, e.trigger.start) - 1) for e in events]
        sentences = [(s.start, s.end) for s in doc.sents]
        firsts = [start for start, _ in sentences]

        def index(token: int) -> int:
            return bisect.bisect_right(firsts, token) - 1

        with_events = {index(t) for t in triggers}
        wanted = set(with_events)
        for at in self.counts:  # a nationality counted: "200 Afghans" (NORP, NNPS or NNS)
            end = min(sentences[index(at)][1], at + COUNT_REACH)
            if any(doc[i].tag_ in ("NNPS", "NNS") and doc[i].text[0].isupper()
                   for i in range(at, end)):
                wanted.add(index(at))
        wanted |= {k for k in map(index, self.anaphors)
                   if any(k - gap in with_events for gap in range(1, CARRY_SENTENCES + 1))}
        return _runs(sentences[k] for k in sorted(wanted)
                     if not any(a <= sentences[k][0] < b for a, b in done))


@dataclass(frozen=True)
class Prefilter:
    """Word forms that make a sentence worth parsing, and the plan built from them."""

    triggers: dict[str, tuple[Requirement, ...]]  # word form → what its patterns need
    event_nouns: frozenset[str]  # forms of event and anaphoric nouns that may name an actor
    carry_nouns: frozenset[str]  # forms of the nouns a date phrase may be carried back from
    speech_words: frozenset[str]  # reporting verbs and nouns of evidence, every form
    actors: ActorDictionary
    counts: Callable[[str, Span | None], Iterable[int]]  # text → offsets of counts
    count_words: frozenset[str]  # what may follow a count (forms of nouns, casualty words)
    count_context: frozenset[str]  # what may make a count anywhere in its sentence
    quotes: re.Pattern[str]  # a direct quotation (group 1: its words)
    long_sentence: int  # more words than this: the glance cuts it by its parse
    #: pronouns and role nouns: a doer the coder finds from context ("it", "the army", "the
    #: bloc") in an article that names some actor
    context_words: frozenset[str] = frozenset()
    #: forms of the nouns of a statement: "the statement said" is the one issued before
    statements: frozenset[str] = frozenset()
    #: forms of the nouns that stand for the last act told ("the decision", "the move"): its
    #: doer is the last main clause's, whether or not that clause coded an event
    anaphoric: frozenset[str] = frozenset()
    #: whether a name is a place the gazetteer knows: in an article that names no actor, a
    #: doer from context may still be placed ("Police in Lagos fired tear gas …": Nigeria's)
    places: Callable[[str], bool] | None = None

    @classmethod
    def build(cls, actors: ActorDictionary, verbs: VerbDictionary, *, speech: Iterable[str],
              anaphoric: Iterable[str], carried: Iterable[str],
              counts: Callable[[str, Span | None], Iterable[int]],
              count_words: CountWords,
              quotes: re.Pattern[str], long_sentence: int,
              nlp: Language | None = None, characterising: Iterable[str] = (),
              with_objects: Mapping[str, Iterable[str]] | None = None,
              statements: Iterable[str] = (), described: Iterable[str] = (),
              evidence: Iterable[str] = (),
              noun_objects: Mapping[str, Iterable[str]] | None = None,
              places: Callable[[str], bool] | None = None) -> Prefilter:
        """Index the dictionaries by surface form. ``nlp`` (optional) adds the irregular
        forms of its lemmatizer's exception tables; ``characterising`` verbs ("called the
        vote a fraud") are triggers whatever their object, and the verbs of
        ``with_objects`` with one of the objects given ("gave the envoy 48 hours");
        ``statements`` are the nouns of "the statement said", ``described`` those that
        stand for an actor named before ("the group", "the bloc", "the two sides") and
        ``evidence`` those whose holder alleges what they show, as a speaker does ("had
        evidence that …"); the nouns of ``noun_objects`` are triggers with one of the words
        given ("a ceasefire … took effect"); ``places`` tells a place the gazetteer knows."""
        irregular = _irregular_forms(nlp)
        triggers: dict[str, list[Requirement]] = {}
        for lemma in characterising:
            for form in _forms(lemma, "VERB", irregular):
                triggers.setdefault(form, []).append(Requirement(None, ()))
        for upos, table in (("VERB", with_objects or {}), ("NOUN", noun_objects or {})):
            for lemma, objects in table.items():
                need = Requirement(None, tuple((frozenset(_forms(w, None, irregular)),)
                                               for w in sorted(objects)))
                for form in _forms(lemma, upos, irregular):
                    triggers.setdefault(form, []).append(need)
        for kind, table in (("VERB", verbs.verbs), ("NOUN", verbs.nouns)):
            for lemma, patterns in table.items():
                needs = {Requirement(p.particle, tuple(
                    tuple(frozenset(_forms(w, None, irregular)) for w in item.split())
                    for item in sorted(p.objects))) for p in patterns if p.code != NULL_CODE}
                if not needs:
                    continue
                for form in _forms(lemma, kind, irregular):
                    triggers.setdefault(form, []).extend(sorted(needs, key=repr))

        def forms(words: Iterable[str], upos: str) -> frozenset[str]:
            return frozenset(f for w in words for f in _forms(w, upos, irregular))

        return cls({k: tuple(v) for k, v in triggers.items()},
                   forms([*verbs.nouns, *anaphoric], "NOUN"), forms(carried, "NOUN"),
                   forms(speech, "VERB") | forms(evidence, "NOUN"), actors, counts,
                   forms(count_words.nouns, "NOUN") | count_words.words,
                   forms(count_words.verbs, "VERB") | forms(count_words.tolls, "NOUN"),
                   quotes, long_sentence,
                   forms((*(r for r in actors.roles if " " not in r), *described), "NOUN")
                   | CONTEXT_PRONOUNS,
                   forms(statements, "NOUN"), forms(anaphoric, "NOUN"), places)

    def plan(self, doc: Doc, article: Article) -> Plan:
        """The plan for a tokenised ``doc`` of ``article`` (sentence starts set by rule)."""
        text = _Text(doc, article, self.actors)
        has_trigger = [any(need.met(w) for word in w for need in self.triggers.get(word, ()))
                       for w in text.words]
        people, source = self._people(text, has_trigger)
        named = list(source)
        if any(text.has_actor):
            source = [s or bool(w & self.context_words)
                      for s, w in zip(source, text.words, strict=True)]
        else:  # a doer from context placed where its sentence says ("Police in Lagos …")
            source = [s or bool(w & self.context_words) and self._names_place(text, k)
                      for k, (s, w) in enumerate(zip(source, text.words, strict=True))]
        event = [t and (s or bool(w & self.event_nouns))
                 for t, s, w in zip(has_trigger, source, text.words, strict=True)]
        keep = [e or self._speaker(text, k) for k, e in enumerate(event)]
        for k in {k for _, k in people}:
            keep[k] = True
        for k in self._quoted(text):
            keep[k] = True
        counts = []
        for char in self.counts(article.text, text.box):
            at, k = text.token_at(char), text.sentence_at(char)
            if self._may_count(text, at, k):
                keep[k] = True
                counts.append(at)
        anaphors = []
        for k, (a, b) in enumerate(text.sentences):
            if sum(1 for t in doc[a:b] if not t.is_punct) > self.long_sentence:
                keep[k] = True
            if text.words[k] & self.carry_nouns:
                anaphors.extend(i for i in range(a, b) if text.lower[i] in self.carry_nouns)
                if any(event[k - gap] for gap in range(1, CARRY_SENTENCES + 1) if k >= gap):
                    keep[k] = True
        planned = list(keep)
        for k in range(len(text.sentences)):
            if not (planned[k] and self._refers_back(text, k)):
                continue
            for j in range(k - 1, max(-1, k - 1 - ANTECEDENT_SENTENCES), -1):
                if named[j]:
                    keep[j] = True
                    if planned[j]:
                        break
        keep = [k and not boxed for k, boxed in zip(keep, text.in_box(), strict=True)]
        return Plan(tuple(text.sentences), tuple(keep), tuple(sorted(i for i, _ in people)),
                    tuple(counts), tuple(anaphors))

    def _names_place(self, text: _Text, k: int) -> bool:
        """Whether sentence ``k`` names a place the gazetteer knows: a run of up to three
        capitalised words (the coder places a doer from context there)."""
        if self.places is None:
            return False
        doc = text.doc
        a, b = text.sentences[k]
        for i in range(a, b):
            token = doc[i]
            if not (token.is_alpha and token.text[:1].isupper()):
                continue
            for end in range(i + 1, min(i + 4, b + 1)):
                if not doc[end - 1].text[:1].isupper():
                    break
                if self.places(doc[i:end].text):
                    return True
        return False

    @staticmethod
    def _people(text: _Text, has_trigger: list[bool]
                ) -> tuple[list[tuple[int, int]], list[bool]]:
        """Capitalised words (outside dictionary actors) that may be a person named with a
        country and come again in a sentence with a trigger, as (token, sentence); and which
        sentences have a possible source: a dictionary actor, or such a word named with a
        country elsewhere."""
        where: dict[str, list[tuple[int, int]]] = {}
        for k, (a, b) in enumerate(text.sentences):
            for i in range(a, b):
                if _capitalised(text, i):
                    where.setdefault(text.doc[i].text, []).append((i, k))
        people: list[tuple[int, int]] = []
        source = list(text.has_actor)
        for word, found in where.items():
            for i, k in found:
                if word in text.person_words:  # a name of a person the dictionary knows
                    source[k] = True
                others = [m for j, m in found if j != i]
                if text.has_actor[k] and any(has_trigger[m] for m in others):
                    people.append((i, k))
                if any(text.has_actor[m] for m in others):
                    source[k] = True
        return people, source

    def _refers_back(self, text: _Text, k: int) -> bool:
        """Whether sentence ``k`` may have a subject named in the sentences before: a
        third-person pronoun as its first word ("He condemned …") or after a closing
        quotation ("…," he said), a statement ("the statement said": its issuer's), or an
        act told again ("condemned the move": the doer of the last main clause's act)."""
        a, b = text.sentences[k]
        doc, lower = text.doc, text.lower
        first = next((i for i in range(a, b) if not doc[i].is_punct), None)
        if first is not None and lower[first] in SUBJECT_PRONOUNS:
            return True
        if any(lower[i] in SUBJECT_PRONOUNS and (
                doc[i - 1].is_quote or doc[i - 1].is_punct and i > 1 and doc[i - 2].is_quote)
                for i in range(max(a, 1), b)):
            return True
        return any((lower[i] in self.statements or lower[i] in self.anaphoric) and
                   {"the", "this", "that"} & set(lower[max(a, i - 3):i]) for i in range(a, b))

    def _speaker(self, text: _Text, k: int) -> bool:
        """A reporting verb with a possible speaker: a dictionary actor, or a pronoun after
        a person of the dictionary (the quote finder's speakers)."""
        if not text.words[k] & self.speech_words:
            return False
        a, b = text.sentences[k]
        return text.has_actor[k] or any(text.lower[i] in SPEAKER_PRONOUNS
                                        for i in range(max(a, text.first_person + 1), b))

    def _quoted(self, text: _Text) -> set[int]:
        """Sentences a quotation spans or ends in (up to two characters after its closing
        mark), and the one before when it ends in a colon: where the quote finder looks."""
        out: set[int] = set()
        box = text.box
        for match in self.quotes.finditer(text.article.text):
            start, end = match.span(1)
            if box is not None and box.start <= start < box.end:
                continue
            first = text.sentence_at(start)
            out.update(range(first, text.sentence_at(end + 2) + 1))
            if first > 0:
                a, b = text.sentences[first - 1]
                if text.doc[a:b].text.rstrip().endswith(":"):
                    out.add(first - 1)
        return out

    def before_coding(self, plan: Plan, doc: Doc, article: Article) -> Runs:
        """Sentences of the parsed ``doc`` that need entities before coding: those where a
        capitalised word that comes again in the article heads a phrase holding a dictionary
        actor ("Russian spokesman Dmitry Peskov"), or stands in apposition to one ("Tanzanian
        opposition leader Tundu Lissu"), as a person the coder remembers must; not a word of
        a name the dictionary knows ("Mr" of "Mr Arafat"), which the coder need not remember."""
        if not plan.people:
            return []
        mentions = {i: m for m in self.actors.mentions(doc, article.published)
                    for i in range(m.start, m.end)}
        heads = [i for i in plan.people if not _of_known_name(doc[i], mentions) and
                 resolve_person(doc[i], mentions, self.actors, article.published) is not None]
        return _runs(sentence_bounds(doc[i]) for i in heads)

    def _may_count(self, text: _Text, at: int, k: int) -> bool:
        """Whether the number at token ``at`` of sentence ``k`` can be read as a count: a
        counted noun or a casualty word soon after it ("500 heavily armed troops", "200
        Afghans"), or a casualty verb or toll noun in its sentence ("killing 12", "the toll
        stands at 45")."""
        if text.words[k] & self.count_context:
            return True
        end = min(text.sentences[k][1], at + COUNT_REACH)
        return any(text.lower[i] in self.count_words or (
            text.lower[i].endswith("s") and text.doc[i].is_alpha
            and text.doc[i].text[0].isupper()) for i in range(at, end))


class _Text:
    """One tokenised article as the plan reads it: sentences by rule, lower-case words,
    which tokens are dictionary actors, and offsets."""

    def __init__(self, doc: Doc, article: Article, actors: ActorDictionary):
        self.doc = doc
        self.article = article
        self.box = article.key_points_box
        self.sentences = [(s.start, s.end) for s in doc.sents]
        self.lower = [t.lower_ for t in doc]
        self.words = [frozenset(self.lower[a:b]) for a, b in self.sentences]
        self.named = [False] * len(doc)
        self.first_person = len(doc)
        self.person_words: set[str] = set()  # "Kim", "Austin": of a person named in full
        for mention in actors.mentions(doc, article.published):
            self.named[mention.start:mention.end] = [True] * (mention.end - mention.start)
            if mention.entry.kind == "person":
                self.first_person = min(self.first_person, mention.start)
                self.person_words.update(t.text for t in doc[mention.start:mention.end])
        self.has_actor = [any(self.named[a:b]) for a, b in self.sentences]
        self._starts = doc.to_array("IDX").tolist()
        self._firsts = [a for a, _ in self.sentences]

    def token_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self._starts, char) - 1)

    def sentence_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self._firsts, self.token_at(char)) - 1)

    def in_box(self) -> list[bool]:
        """Per sentence, whether it overlaps the outlet's key-points box."""
        box, doc = self.box, self.doc
        if box is None:
            return [False] * len(self.sentences)
        return [doc[a].idx < box.end and doc[b - 1].idx + len(doc[b - 1]) > box.start
                for a, b in self.sentences]


def _of_known_name(token: Token, mentions: dict[int, Mention]) -> bool:
    """Whether a capitalised word is part of a name the dictionary knows: the name it is a
    compound of ("Mr" of "Mr Arafat", "President" of "President Musharraf") is a person
    mention."""
    mention = mentions.get(name_head(token).i)
    return mention is not None and mention.entry.kind == "person"


def _capitalised(text: _Text, i: int) -> bool:
    """Whether token ``i`` is a capitalised word outside dictionary actors: part of a name
    the dictionary may not know."""
    token = text.doc[i]
    return not text.named[i] and token.is_alpha and token.text[0].isupper() \
        and not token.is_stop


def _runs(spans: Iterable[tuple[int, int]]) -> Runs:
    """Adjacent or repeated token ranges joined, in order."""
    out: Runs = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _forms(word: str, upos: str | None, irregular: dict[str, set[str]]) -> set[str]:
    """``word`` and its inflections (all parts of speech when ``upos`` is None)."""
    out = {word}
    found = getAllInflections(word, upos=upos) if upos else getAllInflections(word)
    if not found:
        for pos in ([upos] if upos else ["NOUN", "VERB"]):
            found.update(getAllInflectionsOOV(word, upos=pos))
    for forms in found.values():
        out.update(f.lower() for f in forms)
    out |= irregular.get(word, set())
    return out


def _irregular_forms(nlp: Language | None) -> dict[str, set[str]]:
    """lemma → irregular forms, from the lemmatizer's exception tables ("struck" → strike)."""
    out: dict[str, set[str]] = {}
    if nlp is None or "lemmatizer" not in nlp.component_names:
        return out
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return out
    table = lookups.get_table("lemma_exc")
    for pos in ("verb", "noun"):
        for form, lemmas in (table.get(pos) or {}).items():
            for lemma in lemmas:
                out.setdefault(lemma, set()).add(form)
    return out
