"""The Python API: ``Coder().code(text, published=...)`` and ``Coder().pipe(articles)``."""

from __future__ import annotations

import bisect
import dataclasses
import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from spacy.tokens import Doc

from . import nlp as nlp_mod
from .actors import ActorDictionary
from .cameo import CameoTable
from .code import ANAPHORIC_NOUNS, ArticleState, EventCoder, Lexicon
from .confidence import Calibration, shipped
from .enrich.dates import ANAPHORIC_EVENT_NOUNS, DateResolver
from .enrich.glance import MAX_WORDS, Glancer
from .enrich.places import Gazetteer
from .enrich.quantities import QuantityExtractor
from .ingest import article_from_text
from .model import Article, Event, Quantity, Quote, Result, Span
from .nlp import MAX_TOKENS, Annotator
from .prefilter import Prefilter
from .quotes import QUOTE, QuoteFinder
from .sections import SECTION_CHARS, sections


class Coder:
    """Loads spaCy and the dictionaries once; codes one article or streams many.

    >>> result = Coder().code("Russian forces shelled Kharkiv.", published="2024-05-01")
    >>> [(e.source.country, e.plover_type, e.target.country) for e in result.events]
    """

    ZONE = 8  # model batches per memory zone (see ``pipe``)

    def __init__(self, model: str | None = None, *, dictionaries: Iterable[Path] = (),
                 batch_size: int = 16, parse_all: bool | None = None,
                 max_tokens: int = MAX_TOKENS, section_chars: int = SECTION_CHARS,
                 calibration: Calibration | str | Path | None = None):
        self.nlp = nlp_mod.load(model)
        #: the confidence model (``confidence.py``): a calibration file written by
        #: ``eventscope calibrate`` (or EVENTSCOPE_CALIBRATION), else the shipped one
        if calibration is None:
            calibration = os.environ.get("EVENTSCOPE_CALIBRATION") or None
        if isinstance(calibration, (str, Path)):
            calibration = Calibration.load(calibration)
        self.calibration = calibration or shipped()
        cameo = CameoTable.load()
        extra = [Path(p) for p in dictionaries]
        self.actors = ActorDictionary.load([p for p in extra if _is_actor_file(p)])
        from .verbs import VerbDictionary

        self.verbs = VerbDictionary.load(cameo, [p for p in extra if not _is_actor_file(p)])
        self.places = Gazetteer.load()
        self.events = EventCoder(self.actors, self.verbs, cameo, Lexicon.load(),
                                 places=self.places)
        self.quotes = QuoteFinder(self.events)
        self.dates = DateResolver()
        self.quantities = QuantityExtractor()
        self.glancer = Glancer()
        self.batch_size = batch_size
        #: a longer text is coded in sections (see sections.py)
        self.section_chars = section_chars
        # built now, outside any memory zone (see ``pipe``): it must outlive every batch
        self.actors.matcher(self.nlp.vocab)
        #: runs the models only where the prefilter's plan needs them (see prefilter.py), on
        #: pieces of at most ``max_tokens`` tokens
        self.annotator = Annotator(self.nlp, batch_size=batch_size, max_tokens=max_tokens)
        #: None with ``parse_all`` (or EVENTSCOPE_PARSE_ALL=1): every sentence is annotated
        self.prefilter: Prefilter | None = None
        if parse_all is None:
            parse_all = os.environ.get("EVENTSCOPE_PARSE_ALL", "").lower() in ("1", "true", "yes")
        if not parse_all:
            self.prefilter = Prefilter.build(
                self.actors, self.verbs, speech=self.quotes.reporting,
                anaphoric=ANAPHORIC_NOUNS, carried=ANAPHORIC_EVENT_NOUNS,
                counts=self.quantities.count_offsets,
                count_words=self.quantities.count_words(), quotes=QUOTE,
                long_sentence=MAX_WORDS, nlp=self.nlp,
                characterising=(*self.events.lex.words.get("characterise", ()),
                                *self.events.lex.words.get("asking", ()),
                                *self.events.lex.words.get("dismay", ()),
                                *self.events.lex.words.get("member_removal", ()),
                                *self.events.lex.words.get("recognition", ())),
                with_objects=_with_objects(self.events.lex.words),
                noun_objects={noun: [w for phrase in self.events.lex.words.get("in_force", ())
                                     for w in phrase.split() if w not in ("in", "into")]
                              for noun in self.events.lex.words.get("truce_nouns", ())},
                places=lambda name: self.places.lookup(name) is not None,
                statements=self.events.lex.words.get("statement_nouns", ()),
                evidence=self.events.lex.words.get("evidence_nouns", ()),
                described=(*self.events.lex.words.get("group_nouns", ()),
                           *self.events.lex.words.get("bloc_nouns", ()),
                           *self.events.lex.words.get("pair_nouns", ()),
                           *self.events.lex.words.get("arms", ())))  # "drones hit …": the
        # attacker the article told striking there

    @property
    def problems(self) -> list[str]:
        """Dictionary entries that could not be loaded (file:line: problem)."""
        return [*self.actors.problems, *self.verbs.problems]

    def code(self, text: str, *, published: date | str | None = None, id: str | None = None,
             title: str | None = None, url: str | None = None) -> Result:
        when = date.fromisoformat(published) if isinstance(published, str) else published
        article = article_from_text(text, id=id, published=when, title=title, url=url)
        return self.code_article(article)

    def code_article(self, article: Article) -> Result:
        return next(self.pipe([article]))

    def pipe(self, articles: Iterable[Article]) -> Iterator[Result]:
        """Code many articles: the models see them in batches of ``batch_size``, the coder in
        groups of ``ZONE`` batches.

        Memory stays flat however many articles stream through: each group is parsed and
        coded inside a spaCy memory zone, so the words it brought into the vocabulary (new
        names, numbers) are freed with its documents; results hold no spaCy objects. (A
        word is looked up afresh in each group, so groups are larger than model batches.)"""
        size = self.batch_size * self.ZONE
        group: list[Article] = []
        for article in articles:
            if len(article.text) > self.section_chars:
                if group:
                    yield from self._code_batch(group)
                    group = []
                yield self._code_sections(article)
                continue
            group.append(article)
            if len(group) == size:
                yield from self._code_batch(group)
                group = []
        if group:
            yield from self._code_batch(group)

    def _code_sections(self, article: Article) -> Result:
        """A long text, section by section (see sections.py), as one result: what starts in
        each section itself, with the sentences numbered through the whole text; the glance
        is that of the first section."""
        events: list[Event] = []
        quotes: list[Quote] = []
        quantities: list[Quantity] = []
        glance: tuple[Span, ...] = ()
        sentences = 0  # in the sections before
        state = ArticleState(article)  # people named, antecedents: carried on
        for number, section in enumerate(sections(article.text, self.section_chars)):
            starts: list[list[int]] = []
            (result,) = self._code_batch(
                [dataclasses.replace(article, text=section.blanked(article.text))], starts,
                state)
            first = bisect.bisect_left(starts[0], section.own_start)
            last = bisect.bisect_left(starts[0], section.own_end)

            def owned(at: int, section=section) -> bool:
                return section.own_start <= at < section.own_end

            events += [dataclasses.replace(e, sentence=e.sentence - first + sentences)
                       for e in result.events if owned(e.evidence.start)]
            quotes += [q for q in result.quotes if owned(q.text.start)]
            quantities += [q for q in result.quantities if owned(q.start)]
            if number == 0:
                glance = result.glance
            sentences += last - first
        events = self.calibration.rate(events)  # "repeated" over the whole text
        return Result(article=article, events=tuple(events), quotes=tuple(quotes),
                      glance=glance, quantities=tuple(quantities))

    def _code_batch(self, articles: list[Article],
                    sentence_starts: list[list[int]] | None = None,
                    state: ArticleState | None = None) -> list[Result]:
        """Code a group of articles in one memory zone; ``sentence_starts`` receives the
        character offset of each sentence of each article; ``state``: what coding remembers
        (for the one section of a long text in ``articles``)."""
        with self.nlp.memory_zone():
            if self.prefilter is None:
                docs = self._parse_all(articles, self.annotator)
                coded = [self._code(doc, a, state) for doc, a in zip(docs, articles, strict=True)]
            else:
                docs, coded = self._code_selectively(articles, self.annotator, self.prefilter,
                                                     state)
            if sentence_starts is not None:
                sentence_starts += [[s.start_char for s in doc.sents] for doc in docs]
            try:
                return [self._enrich(doc, article, *found)
                        for doc, article, found in zip(docs, articles, coded, strict=True)]
            finally:
                self.quantities.forget()  # the number phrases the plans read, group by group

    def _parse_all(self, articles: list[Article], annotator: Annotator) -> list[Doc]:
        """Every sentence annotated: the whole pipeline over each text, or, for a text longer
        than the annotator's ``max_tokens``, the annotator over all of it (in pieces)."""
        docs = [nlp_mod.make_doc(self.nlp, a.text) for a in articles]
        short = [doc for doc in docs if len(doc) <= annotator.max_tokens]
        for _ in self.nlp.pipe(short, batch_size=self.batch_size):
            pass  # annotated in place
        for doc in docs:
            if len(doc) > annotator.max_tokens:
                annotator.segment(doc)
                annotator.parse([doc], [[(0, len(doc))]])
                annotator.entities([doc], [[(0, len(doc))]])
        return docs

    def _code_selectively(self, articles: list[Article], annotator: Annotator,
                          prefilter: Prefilter, state: ArticleState | None = None
                          ) -> tuple[list[Doc], list[_Coded]]:
        """Parse what the plans need, recognise the entities coding needs, code, then
        recognise the entities enrichment needs where events were found."""
        docs = [annotator.segment(nlp_mod.make_doc(self.nlp, a.text)) for a in articles]
        plans = [prefilter.plan(doc, a) for doc, a in zip(docs, articles, strict=True)]
        annotator.parse(docs, [plan.parse_runs() for plan in plans])
        people = [prefilter.before_coding(plan, doc, a)
                  for plan, doc, a in zip(plans, docs, articles, strict=True)]
        annotator.entities(docs, people)
        coded = [self._code(doc, a, state) for doc, a in zip(docs, articles, strict=True)]
        annotator.entities(docs, [plan.after_coding(doc, events, done) for plan, doc, (events, _),
                                  done in zip(plans, docs, coded, people, strict=True)])
        return docs, coded

    def _code(self, doc: Doc, article: Article, state: ArticleState | None = None) -> _Coded:
        """Events and quotes of one parsed article (with the events its quotes imply)."""
        quotes, stance_events = self.quotes.find(doc, article)
        events = self.events.code_doc(doc, article, quotes=quotes, state=state)
        # a judgement the rules already coded in its sentence ("Kyiv said Russian troops
        # carried out a brutal attack": the accusation of the reported attack) is one event,
        # and so is one the rules coded as a threat ("said any Indian aggression would be
        # met with a swift response")
        told = {(e.sentence, e.source.country, kind, e.target.country if e.target else None)
                for e in events
                for kind in ((e.plover_type, "ACCUSE") if e.plover_type == "THREATEN"
                             else (e.plover_type,))}
        stance_events = [dataclasses.replace(e, signals=("stance", "quoted"))
                         for e in stance_events
                         if (e.sentence, e.source.country, e.plover_type,
                             e.target.country if e.target else None) not in told]
        events = sorted([*events, *stance_events],
                        key=lambda e: (e.evidence.start, e.evidence.end, e.id))
        return self.calibration.rate(events), quotes

    def _enrich(self, doc: Doc, article: Article, events: list[Event],
                quotes: list[Quote]) -> Result:
        """Dates, places and quantities of the events, then the glance."""
        events = self.dates.resolve(doc, article, events)
        events = self.places.locate(doc, article, events)
        quantities = self.quantities.extract(doc, article)
        events = self.quantities.attach(events, quantities, doc=doc)
        glance = self.glancer.glance(doc, article, events)
        return Result(article=article, events=tuple(events), quotes=tuple(quotes),
                      glance=tuple(glance), quantities=tuple(quantities))


_Coded = tuple[list[Event], list[Quote]]


def _with_objects(words: dict[str, frozenset[str]]) -> dict[str, list[str]]:
    """Verbs that are triggers with one of some words in their sentence: "gave the envoy 48
    hours" (a deadline), "ordered Pakistani diplomats to leave" (an expulsion), "said the
    claims were baseless" (a denial: a verb of reporting or characterising with a word that
    calls a claim untrue), "will respond strongly" (a threat: a verb of response with a
    forceful adverb, a hostile act answered or a right reserved), "added five banks to its
    sanctions list" (a verb of listing with a list)."""
    found: dict[str, list[str]] = {"give": list(words.get("deadline_nouns", ()))}
    for verb in words.get("responding", ()):  # "reserved the right to respond"
        found.setdefault(verb, []).append("right")
    for key, verbs in (("envoys", words.get("request", ())),
                       ("forceful", words.get("responding", ())),
                       ("answered_acts", words.get("responding", ())),
                       ("list_nouns", (*words.get("listing", ()),
                                       *words.get("delisting", ()))),
                       ("refuted", (*words.get("reporting", ()),
                                    *words.get("characterise", ())))):
        for verb in verbs:
            found.setdefault(verb, []).extend(words.get(key, ()))
    return found


def _is_actor_file(path: Path) -> bool:
    return "actor" in path.name.lower() or path.parent.name == "actors"
