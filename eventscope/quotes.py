"""Quotes: who said what, about whom, with what stance.

Direct quotes are the text between quotation marks; the speaker is the subject of the nearest
reporting verb outside the quote ("Macron praised the move, stating, “…”"). The stance toward
each actor named in the quote is a lexicon score of the clause that names it (negation flips a
word's sign), so a quote of praise or criticism also yields a SUPPORT or ACCUSE event by the
speaker's actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from . import model
from .model import Actor, Event, EventDate, Modality, Quote
from .resources import data_path, load_yaml

if TYPE_CHECKING:
    from .code import EventCoder

_QUOTE = re.compile(r"[“\"]([^”\"]{8,}?)[”\"]")
_SPEECH_EXTRA = frozenset({"describe", "call", "write", "add", "tell", "stating", "state"})
STANCE_THRESHOLD = 0.5
PRAISE_CODE = "051"
CRITICISE_CODE = "111"


@dataclass(frozen=True)
class StanceLexicon:
    words: dict[str, float]
    verbs: dict[str, float]
    negators: frozenset[str]

    @classmethod
    def load(cls) -> StanceLexicon:
        raw = load_yaml(data_path("stance.yaml"))
        words: dict[str, float] = {}
        for sign, key in ((1.0, "positive"), (-1.0, "negative")):
            for weight, items in raw[key].items():
                for word in items:
                    words[str(word).lower()] = sign * float(weight)
        verbs = {str(k).lower(): float(v) for k, v in raw["verbs"].items()}
        return cls(words, verbs, frozenset(str(w).lower() for w in raw["negators"]))

    def score(self, tokens: list[Token]) -> float:
        """Mean valence of the scored words, each flipped by a negator up to 3 tokens before."""
        values = []
        for index, token in enumerate(tokens):
            value = self.words.get(token.lemma_.lower(), self.words.get(token.lower_))
            if value is None:
                continue
            window = tokens[max(0, index - 3):index]
            if any(t.lower_ in self.negators for t in window):
                value = -value
            values.append(value)
        return sum(values) / len(values) if values else 0.0


class QuoteFinder:
    """Finds quotes in a parsed article, using the event coder's actor resolution."""

    def __init__(self, coder: EventCoder):
        self.coder = coder
        self.lexicon = StanceLexicon.load()
        self.reporting = coder.lex.words["reporting"] | _SPEECH_EXTRA | frozenset(
            self.lexicon.verbs)

    def find(self, doc: Doc, article: model.Article) -> tuple[list[Quote], list[Event]]:
        """The article's quotes and the SUPPORT/ACCUSE events their stance implies."""
        from .code import ArticleState

        state = ArticleState(article)
        mentions = {i: m for m in self.coder.actors.mentions(doc, article.published)
                    for i in range(m.start, m.end)}
        box = article.key_points_box
        quotes: list[Quote] = []
        events: list[Event] = []
        for match in _QUOTE.finditer(doc.text):
            start, end = match.span(1)
            if box is not None and box.start <= start < box.end:
                continue
            inside = [t for t in doc if start <= t.idx < end]
            if len(inside) < 3:
                continue
            verb = self._reporting_verb(doc, start, end)
            speaker: Actor | None = None
            speaker_text = None
            if verb is not None:
                subject, _ = self.coder.subject(verb)
                if subject is not None:
                    speaker_text = subject.text
                    found = self.coder.actors_of(subject, mentions, state)
                    speaker = found[0] if found else None
            about = self._about(inside, mentions, article.published)
            verb_value = self.lexicon.verbs.get(verb.lemma_.lower(), 0.0) if verb else 0.0
            stance = _clamp(self.lexicon.score(inside) + verb_value)
            span = model.Span(doc.text[start:end], start, end)
            quote_id = model.stable_id(article.id, start, end)
            quotes.append(Quote(
                id=quote_id, article_id=article.id, speaker=speaker, speaker_text=speaker_text,
                text=span, verb=verb.lemma_ if verb is not None else None,
                about=tuple(a for a, _ in about), stance=round(stance, 3),
            ))
            if speaker is not None:
                events.extend(self._stance_events(doc, article, speaker, about))
        return quotes, events

    def _reporting_verb(self, doc: Doc, start: int, end: int) -> Token | None:
        """The reporting verb nearest the quote, outside it, in its sentence (or the one
        before it when that ends in a colon)."""
        sent = doc.char_span(start, start, alignment_mode="expand")
        anchor = sent.sent if sent is not None and len(sent) else None
        if anchor is None:
            token = next((t for t in doc if t.idx >= start), doc[-1])
            anchor = token.sent
        candidates = [t for t in anchor if t.pos_ in ("VERB", "AUX")
                      and not (start <= t.idx < end)
                      and t.lemma_.lower() in self.reporting]
        if not candidates and anchor.start > 0:
            previous = doc[anchor.start - 1].sent
            if previous.text.rstrip().endswith(":"):
                candidates = [t for t in previous if t.pos_ == "VERB"
                              and t.lemma_.lower() in self.reporting]
        if not candidates:
            return None
        return min(candidates, key=lambda t: min(abs(t.idx - start), abs(t.idx - end)))

    def _about(self, inside: list[Token], mentions: dict, when: date | None
               ) -> list[tuple[Actor, float]]:
        """Actors named in the quote, each with the stance of the clause naming it."""
        out: list[tuple[Actor, float]] = []
        seen: set[int] = set()
        lo, hi = inside[0].i, inside[-1].i + 1
        for token in inside:
            mention = mentions.get(token.i)
            if mention is None or mention.start in seen:
                continue
            seen.add(mention.start)
            actor = mention.actor(token.doc, when)
            if actor is None or any(a.country == actor.country for a, _ in out):
                continue
            clause = _clause(token)
            tokens = [t for t in clause.subtree if lo <= t.i < hi]
            out.append((actor, self.lexicon.score(tokens)))
        return out

    def _stance_events(self, doc: Doc, article: model.Article, speaker: Actor,
                       about: list[tuple[Actor, float]]) -> list[Event]:
        events = []
        for actor, stance in about:
            if actor.country == speaker.country or abs(stance) < STANCE_THRESHOLD:
                continue
            code = PRAISE_CODE if stance > 0 else CRITICISE_CODE
            info = self.coder.cameo.get(code)
            token = doc.char_span(actor.start, actor.end, alignment_mode="expand")
            clause = _clause(token.root) if token is not None else None
            if clause is None:
                continue
            sub = list(clause.subtree)
            start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
            evidence = model.Span(doc.text[start:end], start, end)
            published = article.published
            events.append(Event(
                id=model.stable_id(article.id, start, end, speaker.country, code,
                                   actor.country),
                article_id=article.id, sentence=_sentence_index(doc, start),
                evidence=evidence, trigger=evidence, source=speaker, target=actor,
                plover_type=info.plover_type, plover_mode=info.plover_mode, cameo_code=code,
                cameo_name=info.name, goldstein=info.goldstein, quad_class=info.quad_class,
                modality=Modality(),
                date=EventDate(published.isoformat(), "day", False) if published
                else EventDate(None),
                pattern="quote-stance", coder_version=self.coder_version,
                dictionary_version=self.coder.dictionary_version,
            ))
        return events

    @property
    def coder_version(self) -> str:
        from .code import CODER_VERSION

        return CODER_VERSION


def _clause(token: Token) -> Token:
    """The verb heading the clause a token sits in."""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node


def _sentence_index(doc: Doc, char: int) -> int:
    for index, sent in enumerate(doc.sents):
        if sent.start_char <= char < sent.end_char:
            return index
    return 0


def _clamp(value: float) -> float:
    return max(-1.0, min(1.0, value))
