"""The Python API: ``Coder().code(text, published=...)`` and ``Coder().pipe(articles)``."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from . import nlp as nlp_mod
from .actors import ActorDictionary
from .cameo import CameoTable
from .code import EventCoder, Lexicon
from .enrich.dates import DateResolver
from .enrich.glance import Glancer
from .enrich.places import Gazetteer
from .enrich.quantities import QuantityExtractor
from .ingest import article_from_text
from .model import Article, Result
from .nlp import SelectiveParser
from .prefilter import Prefilter
from .quotes import QuoteFinder


class Coder:
    """Loads spaCy and the dictionaries once; codes one article or streams many.

    >>> result = Coder().code("Russian forces shelled Kharkiv.", published="2024-05-01")
    >>> [(e.source.country, e.plover_type, e.target.country) for e in result.events]
    """

    def __init__(self, model: str | None = None, *, dictionaries: Iterable[Path] = (),
                 batch_size: int = 16, parse_all: bool | None = None):
        self.nlp = nlp_mod.load(model)
        cameo = CameoTable.load()
        extra = [Path(p) for p in dictionaries]
        self.actors = ActorDictionary.load([p for p in extra if _is_actor_file(p)])
        from .verbs import VerbDictionary

        self.verbs = VerbDictionary.load(cameo, [p for p in extra if not _is_actor_file(p)])
        self.events = EventCoder(self.actors, self.verbs, cameo, Lexicon.load())
        self.quotes = QuoteFinder(self.events)
        self.dates = DateResolver()
        self.places = Gazetteer.load()
        self.quantities = QuantityExtractor()
        self.glancer = Glancer()
        self.batch_size = batch_size
        # built now, outside any memory zone (see ``pipe``): it must outlive every batch
        self.actors.matcher(self.nlp.vocab)
        #: parses only the sentences that can hold an event or a quote (see prefilter.py);
        #: None with ``parse_all`` (or EVENTSCOPE_PARSE_ALL=1): every sentence is parsed
        self.parser: SelectiveParser | None = None
        if parse_all is None:
            parse_all = os.environ.get("EVENTSCOPE_PARSE_ALL", "").lower() in ("1", "true", "yes")
        if not parse_all:
            prefilter = Prefilter.build(self.actors, self.verbs, self.quotes.reporting, self.nlp)
            self.parser = SelectiveParser(self.nlp, prefilter.keep, batch_size=batch_size)

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
        """Code many articles, parsing them in batches of ``batch_size``.

        Memory stays flat however many articles stream through: each batch is parsed and
        coded inside a spaCy memory zone, so the words it brought into the vocabulary (new
        names, numbers) are freed with its documents; results hold no spaCy objects."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) == self.batch_size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def _code_batch(self, articles: list[Article]) -> list[Result]:
        stream = ((a.text, a) for a in articles)
        with self.nlp.memory_zone():
            docs = self.parser.pipe(stream) if self.parser is not None else \
                self.nlp.pipe(stream, as_tuples=True, batch_size=self.batch_size)
            return [self._enrich(doc, article) for doc, article in docs]

    def _enrich(self, doc, article: Article) -> Result:
        """Code one parsed article, then enrich: quotes, dates, places, quantities, glance."""
        events = self.events.code_doc(doc, article)
        quotes, stance_events = self.quotes.find(doc, article)
        events = sorted([*events, *stance_events],
                        key=lambda e: (e.evidence.start, e.evidence.end, e.id))
        events = self.dates.resolve(doc, article, events)
        events = self.places.locate(doc, article, events)
        quantities = self.quantities.extract(doc, article)
        events = self.quantities.attach(events, quantities, doc=doc)
        glance = self.glancer.glance(doc, article, events)
        return Result(article=article, events=tuple(events), quotes=tuple(quotes),
                      glance=tuple(glance), quantities=tuple(quantities))


def _is_actor_file(path: Path) -> bool:
    return "actor" in path.name.lower() or path.parent.name == "actors"
