"""Quotes: who said what, about whom, with what stance.

Direct quotes are the text between quotation marks; the speaker is the subject of the nearest
reporting verb outside the quote ("Macron praised the move, stating, “…”"). The stance toward
each actor named in the quote is a lexicon score of the clause that names it (negation flips a
word's sign), so a quote of praise or criticism also yields a SUPPORT or ACCUSE event by the
speaker's actor; a reported clause ("X said that …") yields one only where it condemns an
actor it names as a doer ("said attacks by Israeli settlers were unacceptable").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from . import model
from .actors import locative, np_tokens
from .model import Actor, Event, EventDate, Modality, Quote
from .resources import data_path, load_yaml

if TYPE_CHECKING:
    from .code import EventCoder

#: a direct quotation; group 1 holds its words (8 characters at least)
QUOTE = re.compile(r"[“\"]([^”\"]{8,}?)[”\"]")
_SPEECH_EXTRA = frozenset({"describe", "call", "write", "add", "tell", "stating", "state"})
STANCE_THRESHOLD = 0.5
#: hostile acts a quoted reaction after them may judge, and how many sentences back
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN"})
REACTION_REACH = 2
PRAISE_CODE = "051"
CRITICISE_CODE = "111"


@dataclass(frozen=True)
class StanceLexicon:
    words: dict[str, float]
    verbs: dict[str, float]
    negators: frozenset[str]
    starts: frozenset[str] = frozenset()  # first words of the entries of several words

    @classmethod
    def load(cls) -> StanceLexicon:
        raw = load_yaml(data_path("stance.yaml"))
        words: dict[str, float] = {}
        for sign, key in ((1.0, "positive"), (-1.0, "negative")):
            for weight, items in raw[key].items():
                for word in items:
                    words[str(word).lower()] = sign * float(weight)
        verbs = {str(k).lower(): float(v) for k, v in raw["verbs"].items()}
        starts = frozenset(re.split(r"[ -]", w)[0] for w in words if re.search(r"[ -]", w))
        return cls(words, verbs, frozenset(str(w).lower() for w in raw["negators"]), starts)

    def _phrase(self, tokens: list[Token], index: int) -> tuple[float | None, int]:
        """The valence of an entry of two or three adjacent tokens starting at ``index``
        (the tokenizer splits "race-baiting" into three), the last one by its lemma."""
        if tokens[index].lower_ not in self.starts:
            return None, 1
        for size in (3, 2):
            span = tokens[index:index + size]
            if len(span) < size or span[-1].i != span[0].i + size - 1:
                continue
            head = "".join(t.lower_ + t.whitespace_ for t in span[:-1])
            value = self.words.get(head + span[-1].lemma_.lower(),
                                   self.words.get(head + span[-1].lower_))
            if value is not None:
                return value, size
        return None, 1

    def negated(self, tokens: list[Token], index: int) -> bool:
        """A negator up to 3 tokens before, with no noun or verb in between ("not very
        helpful", "no good"; but not "never accept this aggression")."""
        for back in range(index - 1, max(-1, index - 4), -1):
            token = tokens[back]
            if token.lower_ in self.negators:
                return True
            if token.pos_ in ("NOUN", "PROPN", "VERB"):
                return False
        return False

    def score(self, tokens: list[Token]) -> float:
        """Mean valence of the scored words, each flipped by a negator just before it; an
        entry of several words ("war crime", "race-baiting") is scored at its first token."""
        values = []
        covered = -1  # the last token of a phrase scored
        for index, token in enumerate(tokens):
            if index <= covered:
                continue
            value, size = self._phrase(tokens, index)
            if value is None:
                value = self.words.get(token.lemma_.lower(), self.words.get(token.lower_))
            covered = index + size - 1
            if value is None:
                continue
            if self.negated(tokens, index):
                value = -value
            values.append(value)
        return sum(values) / len(values) if values else 0.0


class QuoteFinder:
    """Finds quotes in a parsed article, using the event coder's actor resolution."""

    def __init__(self, coder: EventCoder):
        self.coder = coder
        self.lexicon = coder.stance  # loaded once, by the event coder
        self.reporting = coder.lex.words["reporting"] | _SPEECH_EXTRA | frozenset(
            self.lexicon.verbs)

    def find(self, doc: Doc, article: model.Article) -> tuple[list[Quote], list[Event]]:
        """The article's quotes (direct, then indirect) and the SUPPORT/ACCUSE events their
        stance implies."""
        from .code import ArticleState

        state = ArticleState(article)
        mentions = {i: m for m in self.coder.actors.mentions(doc, article.published)
                    for i in range(m.start, m.end)}
        box = article.key_points_box
        quotes: list[Quote] = []
        events: list[Event] = []
        covered: list[tuple[int, int]] = []
        starts = doc.to_array("IDX").tolist()
        sentences = _Sentences(doc)
        people = _People(doc, mentions, starts)
        previous: Actor | None = None  # the last direct quote's speaker
        for match in QUOTE.finditer(article.text):
            start, end = match.span(1)
            if box is not None and box.start <= start < box.end:
                continue
            inside = list(doc[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)])
            if len(inside) < 3:
                continue
            covered.append((start, end))
            verb = self._reporting_verb(doc, start, end, sentences)
            quote, stance_events = self._quote(doc, article, state, mentions, inside, verb,
                                               start, end, people, direct=True,
                                               previous=previous)
            if quote.speaker is not None and quote.speaker.country:
                previous = quote.speaker
            quotes.append(quote)
            events.extend(stance_events)
        verbs = doc.to_array("POS") == VERB
        for i in verbs.nonzero()[0].tolist():
            verb = doc[i]
            clause = self._indirect(verb, covered, box)
            if clause is None:
                continue
            tokens = list(clause.subtree)
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            quote, stance_events = self._quote(doc, article, state, mentions, tokens, verb,
                                               start, end, people, direct=False)
            if quote.speaker is not None:
                quotes.append(quote)
                events.extend(stance_events)
        quotes.sort(key=lambda q: q.text.start)
        return quotes, events

    def _quote(self, doc: Doc, article: model.Article, state, mentions: dict,
               inside: list[Token], verb: Token | None, start: int, end: int,
               people: _People, *, direct: bool,
               previous: Actor | None = None) -> tuple[Quote, list[Event]]:
        speaker: Actor | None = None
        speaker_text = None
        if verb is not None:
            subject, _ = self.coder.subject(verb)
            if subject is not None:
                phrase = sorted(np_tokens(subject), key=lambda t: t.i)
                speaker_text = doc[phrase[0].i:phrase[-1].i + 1].text
                if subject.pos_ == "PRON":
                    speaker = people.last(state, subject.idx)
                else:
                    found = self.coder.actors_of(subject, mentions, state)
                    speaker = found[0] if found else self._same_speaker(subject, previous)
        about = self._about(inside, mentions, article.published)
        named = tuple(a for a, _ in about)
        stance = _clamp(self.lexicon.score(inside) + self._verb_stance(verb))
        span = model.Span(article.text[start:end], start, end)
        quote = Quote(
            id=model.stable_id(article.id, start, end), article_id=article.id, speaker=speaker,
            speaker_text=speaker_text, text=span,
            verb=verb.lemma_ if verb is not None else None,
            about=named, stance=round(stance, 3), direct=direct,
        )
        # A direct quote's praise or criticism is an event of its own. An indirect one
        # ("X said that …") is an event only where it condemns whom it names as a doer ("said
        # attacks by settlers were unacceptable"); what it reports ("X said that Y attacked Z")
        # is coded as a reported event already, and whom an act in it is done to, or where, is
        # not judged; nor is anyone in what is denied ("denied that Togo had violated …").
        denied = verb is not None and (self.coder.lex.has("denial", verb.lemma_.lower()) or
                                       any(c.dep_ == "neg" for c in verb.children))
        # neither is whom a judged attack is done to ("condemn the strike on Kyiv")
        about = [(a, v) for a, v in about if a.start is None or (
            span := doc.char_span(a.start, a.end, alignment_mode="expand")) is None or
            not self.coder.suffers(span.root)]
        judged = about if direct else [] if denied else [
            (a, v) for a, v in about if v <= -STANCE_THRESHOLD and a.start is not None
            and _as_doer(doc.char_span(a.start, a.end, alignment_mode="expand"))]
        if direct and not about and verb is not None and abs(stance) >= STANCE_THRESHOLD:
            # "…," he said, referring to the Israeli strikes: the doers of what he refers to;
            # "a positive step," she said of the Ugandan decision
            judged = [(a, stance) for a in self._referred_to(verb, mentions, state)]
        if direct and not about and not judged and speaker is not None and speaker.country \
                and stance <= -STANCE_THRESHOLD:
            # "This is a blatant violation of our sovereignty," Syria's ministry said, after
            # Israel struck Syria: criticism of whoever did the act against its state
            judged = [(a, stance) for a in self._act_against(doc, start, speaker, mentions,
                                                             state)]
        events = self._stance_events(doc, article, speaker, judged, span) if speaker else []
        return quote, events

    def _referred_to(self, verb: Token, mentions: dict, state) -> list[Actor]:
        """The doers of the act a quotation's speaker is said to refer to ("…," she said,
        referring to the strikes by Israel; "…," he said of the British decision), if the
        text names them."""
        for prep in verb.children:  # "said of the British decision", "said about"
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None) \
                if prep.dep_ == "prep" and prep.lower_ in ("of", "about") else None
            if noun is not None:
                found = [a for a in self.coder.doers(noun, mentions, state)
                         if a.resolved_by not in ("anaphora", "context")]
                if found:
                    return found
        for clause in verb.children:
            if clause.dep_ not in ("advcl", "xcomp") or clause.lemma_.lower() != "refer":
                continue
            for prep in clause.children:
                noun = next((c for c in prep.children if c.dep_ == "pobj"), None) \
                    if prep.dep_ == "prep" and prep.lower_ == "to" else None
                if noun is not None and self.coder.verbs.match_noun(noun) is not None:
                    return [a for a in self.coder.doers(noun, mentions, state)
                            if a.resolved_by not in ("anaphora", "context")]
        return []

    def _act_against(self, doc: Doc, start: int, speaker: Actor, mentions: dict,
                     state) -> list[Actor]:
        """The doers of the hostile act that the last two sentences before a quotation tell
        was done to its speaker's state (its subject names another state, the rest of its
        clause the speaker's), or nobody."""
        before = [s for s in doc.sents if s.end_char <= start][-REACTION_REACH:]
        for sent in reversed(before):
            for verb in sent:
                pattern = self.coder.verbs.match_verb(verb) if verb.pos_ == "VERB" else None
                if pattern is None or \
                        self.coder.cameo.get(pattern.code).plover_type not in HOSTILE or \
                        any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
                    continue  # not an act to be done ("ordered Myanmar to take measures")
                subject, passive = self.coder.subject(verb)
                if subject is None or passive:
                    continue
                doers = [a for a in self.coder.actors_of(subject, mentions, state)
                         if a.resolved_by not in ("anaphora", "context") and a.country
                         and a.country != speaker.country]
                inside = {t.i for t in subject.subtree}
                done_to = any(mentions[t.i].entry.country == speaker.country
                              for t in verb.subtree if t.i in mentions and t.i not in inside)
                if doers and done_to:
                    return doers
        return []

    def _same_speaker(self, subject: Token, previous: Actor | None) -> Actor | None:
        """ "…," the ministry added: a definite role noun that names no country speaks for
        the country of the quotation before, if that speaker's role is the same kind."""
        if previous is None or previous.kind == "person" or subject.pos_ != "NOUN" or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
            return None
        sector = self.coder.actors.role_sector(subject)
        if sector is None or sector != (previous.sector or "GOV"):
            return None
        return replace(previous, text=subject.text, sector=sector, resolved_by="context",
                       start=subject.idx, end=subject.idx + len(subject.text))

    def _verb_stance(self, verb: Token | None) -> float:
        """The reporting verb's own stance, or that of the verb it elaborates: "praised the
        move, stating …", "criticized it, with X describing it as …"."""
        node = verb
        for _ in range(4):
            if node is None:
                return 0.0
            value = self.lexicon.verbs.get(node.lemma_.lower())
            if value:
                return value
            if node.head.i == node.i:
                return 0.0
            node = node.head
        return 0.0

    def _indirect(self, verb: Token, covered: list[tuple[int, int]], box) -> Token | None:
        """The that-clause of a reporting verb outside direct quotes ("X said that Y …")."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.reporting:
            return None
        if box is not None and box.start <= verb.idx < box.end:
            return None
        for child in verb.children:
            if child.dep_ == "ccomp" and len(list(child.subtree)) >= 4:
                tokens = list(child.subtree)
                lo, hi = tokens[0].idx, tokens[-1].idx
                if _within(covered, lo) or _within(covered, hi):
                    return None
                return child
        return None

    def _reporting_verb(self, doc: Doc, start: int, end: int,
                        index: _Sentences) -> Token | None:
        """The reporting verb nearest the quote, outside it: in the sentences the quote spans
        or the one it ends in ("“…. …,” he said"), else in the sentence before it when that
        ends in a colon."""
        sentences = index.overlapping(start, end + 2)
        candidates = [t for sent in sentences for t in sent
                      if t.pos_ in ("VERB", "AUX") and not (start <= t.idx < end)
                      and t.lemma_.lower() in self.reporting]
        if not candidates and sentences and sentences[0].start > 0:
            previous = doc[sentences[0].start - 1].sent
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
            head = token.doc[mention.start:mention.end].root
            if locative(head):
                continue  # "the terrorist outrages in the United States": where, not whom
            clause = _clause(token)
            if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
                continue  # "unsure whether suspected terrorist X is there": a question asked
            tokens = [t for t in clause.subtree if lo <= t.i < hi]
            out.append((actor, self.lexicon.score(tokens)))
        return out

    def _stance_events(self, doc: Doc, article: model.Article, speaker: Actor,
                       about: list[tuple[Actor, float]], quoted: model.Span) -> list[Event]:
        """The speaker's praise or criticism of each actor judged: its evidence is the clause
        naming the actor where the quotation's sentence names it, else the quotation itself
        (the doers of an act told in the sentences before it)."""
        events = []
        opening = doc.char_span(quoted.start, quoted.end, alignment_mode="expand")
        first = opening.sent.start_char if opening is not None else quoted.start
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
            if start < first:  # named sentences before: the quotation is what judges them
                start, end = quoted.start, quoted.end
            evidence = model.Span(article.text[start:end], start, end)
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


def _as_doer(span: Span | None) -> bool:
    """Whether a name stands in its clause as a doer: not inside an object ("tortured Liberian
    refugees"), nor after a preposition other than "by" or a noun's "of" ("crimes against
    Serb civilians", "ordered out of Nigeria", "under Belarusian dictator …")."""
    if span is None:
        return False
    token = span.root
    for _ in range(12):
        if token.dep_ in ("ccomp", "ROOT") or token.head.i == token.i:
            return True
        if token.dep_ in ("dobj", "iobj", "dative", "attr", "oprd"):
            return False
        if token.dep_ == "pobj" and not (token.head.lower_ == "by" or  # "attacks by X", an
                                         token.head.lower_ == "of" and  # agent; "the claims
                                         token.head.head.pos_ in ("NOUN", "PROPN")):  # of X"
            return False
        token = token.head
    return True


def _sentence_index(doc: Doc, char: int) -> int:
    """The index of the sentence holding ``char`` (0 when none does)."""
    index = doc.user_data.get(_SENTENCE_INDEX)
    if index is None or index[0] != len(doc):
        sents = list(doc.sents)
        index = (len(doc), [s.start_char for s in sents], [s.end_char for s in sents])
        doc.user_data[_SENTENCE_INDEX] = index
    _, starts, ends = index
    k = bisect.bisect_right(starts, char) - 1
    return k if k >= 0 and char < ends[k] else 0


_SENTENCE_INDEX = "eventscope_quote_sentences"


def _within(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` lies in one of ``spans`` (sorted, not overlapping)."""
    k = bisect.bisect_right(spans, (at, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]


def _clamp(value: float) -> float:
    return max(-1.0, min(1.0, value))


class _Sentences:
    """The sentences of a doc, found by character offsets without a pass over the doc."""

    def __init__(self, doc: Doc):
        self.sents = list(doc.sents)
        self.starts = [s.start_char for s in self.sents]
        self.ends = [s.end_char for s in self.sents]

    def overlapping(self, start: int, last: int) -> list[Span]:
        """The sentences that start at or before ``last`` and end after ``start``."""
        stop = bisect.bisect_right(self.starts, last)
        return [s for s in self.sents[bisect.bisect_right(self.ends, start):stop]
                if s.start_char <= last and s.end_char > start]


class _People:
    """ "he said": the last person named before the pronoun, from an index of the tokens of
    person mentions (or, when the coder remembers people by name, by looking back)."""

    def __init__(self, doc: Doc, mentions: dict, starts: list[int]):
        self.doc = doc
        self.mentions = mentions
        self.starts = starts
        self.persons = sorted(i for i, m in mentions.items() if m.entry.kind == "person")

    def last(self, state, before: int) -> Actor | None:
        doc, end = self.doc, bisect.bisect_left(self.starts, before)
        if not state.people:
            k = bisect.bisect_left(self.persons, end) - 1
            if k < 0:
                return None
            return self.mentions[self.persons[k]].actor(doc, state.article.published)
        for token in reversed(doc[:end]):
            mention = self.mentions.get(token.i)
            if mention is not None and mention.entry.kind == "person":
                return mention.actor(doc, state.article.published)
            known = state.people.get(token.text)
            if known is not None:
                return known
        return None
