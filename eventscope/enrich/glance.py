"""At a Glance: 3 to 6 key points of an article, each an exact extract with its offsets.

``Glancer().glance(doc, article, events)`` picks whole sentences of the article (or their main
clause), so every point is ``article.text[span.start:span.end]`` and can be shown highlighted
in the article.

Candidates
    Every sentence of the body. Left out: the outlet's key-points box (it stays metadata in
    ``Article.key_points`` and is never counted twice), headings (a line of at most
    ``HEADING_WORDS`` words without final punctuation), bullet lines, and fragments of fewer
    than ``MIN_WORDS`` words. The title line (the first line, when it is the article's title)
    is a candidate, but weighs ``TITLE_WEIGHT`` as much as a body sentence: body sentences say
    the same with their facts attached.
Trimming
    A sentence of more than ``MAX_WORDS`` words is cut down to its main clause: leading
    framing (prepositional phrases and adverbial clauses before the subject), then trailing
    adverbial clauses, conjuncts and prepositional phrases are dropped from the edges while
    the rest keeps at least ``MIN_WORDS`` words and the main verb's subject. The result is
    still one contiguous substring with exact offsets.
Ranking
    score = (salience + ``BASE``) × position × style, where
      * salience sums the weights of the distinct events whose trigger lies in the extract
        (the heaviest counts fully, the next half, then a quarter …); an event weighs
        |Goldstein| / 10, × ``MATERIAL_WEIGHT`` for material conflict or cooperation (QuadClass
        2 and 4), × 0.6 when negated or hypothetical, × 0.8 when future or reported, × 0.5 for
        CAMEO codes outside PLOVER; plus 0.1 per distinct actor (up to 4) and
        ``QUANTITY_BONUS`` when an event carries quantities;
      * position falls linearly from 1 for the first candidate to 0.5 for the last (news puts
        the most important first);
      * style is 0.85 for a sentence that opens with an anaphor or a connective ("This",
        "However,", …) and 0.7 for one that is mostly a direct quotation.
Redundancy
    Candidates are taken best first; one is dropped when at least ``OVERLAP`` of its content
    words (base forms, stop words left out) are in a point already chosen, or when every event it
    carries (source, PLOVER type, target) restates events of the chosen points. If that leaves
    fewer than 3 points, the event rule is relaxed first, then the overlap rule.
Number of points
    ceil(candidates / 5), at least 3 and at most 6; an article with fewer than 3 candidates
    gives what it has (1 or 2 points, none for an empty one). Points come in article order.

``rouge(candidate, reference, n)`` is ROUGE-N (recall, precision, F1) over lowercased word
tokens, to compare a glance with an outlet's own key points.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from lemminflect import getAllLemmas
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventscope.model import Article, Event, Span

__all__ = ["Glancer", "rouge"]

MIN_POINTS = 3
MAX_POINTS = 6
MAX_WORDS = 40
MIN_WORDS = 6
HEADING_WORDS = 15
TITLE_WEIGHT = 0.6
BASE = 0.15
MATERIAL_WEIGHT = 1.5
QUANTITY_BONUS = 0.15
OVERLAP = 0.5
SENTENCES_PER_POINT = 5

_FINAL_PUNCT = tuple(".!?…\"”’')")
_BULLET_RE = re.compile(r"\s*(?:[-•*–—]|\d{1,2}[.)])\s")
_WORD_RE = re.compile(r"\w+(?:['’]\w+)*")
_QUOTED_RE = re.compile(r"[“\"][^”\"]*[”\"]")
_ANAPHORIC_OPENERS = frozenset({"this", "these", "that", "those", "it", "its", "they", "their",
                                "he", "she", "his", "her", "however", "but", "and", "also",
                                "meanwhile", "moreover", "such", "there"})
#: dependents of the main verb that can go when a sentence is cut to its main clause
_EDGE_DEPS = frozenset({"advcl", "conj", "cc", "parataxis", "punct", "prep", "npadvmod",
                        "advmod", "mark", "intj", "dep", "meta"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})


@dataclass
class _Candidate:
    order: int
    start: int
    end: int
    text: str
    title: bool
    events: list[Event] = field(default_factory=list)
    words: frozenset[str] = frozenset()
    score: float = 0.0

    @property
    def keys(self) -> frozenset[tuple[str | None, str | None, str | None]]:
        return frozenset(_event_key(e) for e in self.events)


class Glancer:
    """Chooses an article's key points (see the module doc for the rules)."""

    def __init__(self) -> None:
        self.min_points = MIN_POINTS
        self.max_points = MAX_POINTS

    def glance(self, doc: Doc, article: Article, events: Sequence[Event]) -> tuple[Span, ...]:
        """The key points of the article, in article order."""
        candidates = self._candidates(doc, article)
        if not candidates:
            return ()
        order = sorted(range(len(events)), key=lambda k: events[k].trigger.start)
        triggers = [events[k].trigger.start for k in order]
        for candidate in candidates:
            inside = order[bisect.bisect_left(triggers, candidate.start):
                           bisect.bisect_left(triggers, candidate.end)]
            candidate.events = [events[k] for k in sorted(inside)]
            candidate.score = _score(candidate, len(candidates))
        wanted = min(len(candidates),
                     max(self.min_points, min(self.max_points,
                                              math.ceil(len(candidates) / SENTENCES_PER_POINT))))
        chosen = _select(candidates, wanted)
        chosen.sort(key=lambda c: c.start)
        return tuple(Span(c.text, c.start, c.end) for c in chosen)

    # ------------------------------------------------------------------ candidates
    def _candidates(self, doc: Doc, article: Article) -> list[_Candidate]:
        text = article.text
        box = article.key_points_box
        title_line = _title_line(text, article.title)
        out: list[_Candidate] = []
        for sent in doc.sents:
            start, end = _strip(text, sent.start_char, sent.end_char)
            if end <= start:
                continue
            if box is not None and start < box.end and end > box.start:
                continue
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            whole_line = not text[line_start:start].strip() and not text[end:line_end].strip()
            words = _WORD_RE.findall(text[start:end])
            if _BULLET_RE.match(text, line_start) and not text[line_start:start].strip("-•*–— "):
                continue
            if whole_line and len(words) <= HEADING_WORDS and not text[start:end].endswith(
                    _FINAL_PUNCT):
                continue  # a heading
            if len(words) < MIN_WORDS:
                continue
            is_title = title_line is not None and start >= title_line[0] and \
                end <= title_line[1]
            start, end = _trim(sent, start, end)
            content = frozenset(base_form(t.lower_) for t in doc.char_span(
                start, end, alignment_mode="expand") or ()
                if t.is_alpha and not t.is_stop)
            out.append(_Candidate(len(out), start, end, text[start:end], is_title,
                                  words=content))
        return out


# -- scoring and choosing ----------------------------------------------------------------------


def _event_key(event: Event) -> tuple[str | None, str | None, str | None]:
    return (event.source.country, event.plover_type or event.cameo_code,
            event.target.country if event.target else None)


def _event_weight(event: Event) -> float:
    weight = abs(event.goldstein) / 10 if event.goldstein is not None else 0.3
    if event.quad_class in (2, 4):
        weight *= MATERIAL_WEIGHT
    modality = event.modality
    if modality.negated or modality.hypothetical:
        weight *= 0.6
    elif modality.future or modality.reported:
        weight *= 0.8
    if event.plover_type is None:
        weight *= 0.5
    return weight


def _score(candidate: _Candidate, total: int) -> float:
    best: dict[tuple[str | None, str | None, str | None], float] = {}
    for event in candidate.events:
        key = _event_key(event)
        best[key] = max(best.get(key, 0.0), _event_weight(event))
    salience = sum(w * 0.5 ** i for i, w in enumerate(sorted(best.values(), reverse=True)))
    actors = {a.country for e in candidate.events for a in (e.source, e.target)
              if a is not None and a.country}
    salience += 0.1 * min(len(actors), 4)
    if any(e.quantities for e in candidate.events):
        salience += QUANTITY_BONUS
    position = 1.0 - 0.5 * candidate.order / max(total - 1, 1)
    style = 1.0
    first = _WORD_RE.match(candidate.text)
    if first and first.group(0).lower() in _ANAPHORIC_OPENERS:
        style *= 0.85
    quoted = sum(len(m.group(0)) for m in _QUOTED_RE.finditer(candidate.text))
    if quoted > 0.5 * len(candidate.text):
        style *= 0.7
    if candidate.title:
        style *= TITLE_WEIGHT
    return (salience + BASE) * position * style


def _select(candidates: list[_Candidate], wanted: int) -> list[_Candidate]:
    ranked = sorted(candidates, key=lambda c: (-c.score, c.order))
    chosen: list[_Candidate] = []
    for check_events, check_words in ((True, True), (False, True), (False, False)):
        for candidate in ranked:
            if len(chosen) >= wanted:
                return chosen
            if candidate in chosen:
                continue
            if check_words and any(_overlap(candidate.words, c.words) >= OVERLAP
                                   for c in chosen):
                continue
            if check_events and candidate.keys and candidate.keys <= frozenset().union(
                    *(c.keys for c in chosen)):
                continue
            chosen.append(candidate)
    return chosen


def _overlap(words: frozenset[str], other: frozenset[str]) -> float:
    if not words:
        return 1.0 if not other else 0.0
    return len(words & other) / len(words)


# -- text helpers ------------------------------------------------------------------------------


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without the white space at either end."""
    piece = text[start:end]
    left = piece.lstrip()
    if not left:
        return end, end
    return start + len(piece) - len(left), start + len(piece.rstrip())


def _title_line(text: str, title: str | None) -> tuple[int, int] | None:
    """The offsets of the first non-empty line when it is the article's title."""
    if not title:
        return None
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            start = offset + len(line) - len(line.lstrip())
            end = offset + len(line.rstrip())
            return (start, end) if line.strip() == title.strip() else None
        offset += len(line) + 1
    return None


def _trim(sent: SpacySpan, start: int, end: int) -> tuple[int, int]:
    """The main clause of an overlong sentence, as offsets into the text.

    Dependents of the clause's spine that reach an edge of the sentence (an adverbial clause,
    a conjunct, a prepositional phrase, …) are cut off, framing before the subject first:
    each step cuts the smallest one that brings the sentence within ``MAX_WORDS`` words, or
    else the largest one that leaves at least ``MIN_WORDS`` words. The main verb's subject
    is never cut.
    """
    tokens = [t for t in sent if start <= t.idx < end]
    if _count(tokens) <= MAX_WORDS:
        return start, end
    terminal: list[Token] = []
    while tokens and tokens[-1].is_punct and tokens[-1].text in ".!?…\"”’'":
        terminal.insert(0, tokens.pop())
    core = {t.i for t in tokens}
    by_index = {t.i: t for t in tokens}
    last_index = max(core) if core else -1
    for _ in range(12):
        words = _count(by_index[i] for i in core)
        if words <= MAX_WORDS or not core:
            break
        subjects = {c.i for c in sent.root.children if c.dep_ in _SUBJECT_DEPS and c.i in core}
        # framing before the subject goes first ("In a statement on Thursday, …"); without a
        # subject of the main verb the parse of the left side is unsure, and it stays
        sides = [_edge_subtrees(sent.root, core, right=False)] if subjects else []
        sides.append(_edge_subtrees(sent.root, core, right=True))
        edge = None
        for side in sides:
            viable = [(words - _count(by_index[i] for i in e), e) for e in side
                      if not e & subjects]
            viable = [v for v in viable if v[0] >= MIN_WORDS]
            enough = [v for v in viable if v[0] <= MAX_WORDS]
            if enough:
                edge = max(enough, key=lambda v: v[0])[1]
                break
            if viable and edge is None:
                edge = min(viable, key=lambda v: v[0])[1]
        if edge is None:
            break
        core -= edge
    kept = [by_index[i] for i in sorted(core)]
    while kept and (kept[0].is_punct or kept[0].dep_ in ("cc", "mark")):
        kept.pop(0)
    while kept and (kept[-1].is_punct or kept[-1].dep_ in ("cc", "mark")):
        kept.pop()
    if not kept:
        return start, end
    if kept[-1].i == last_index and terminal:
        kept.extend(terminal)
    return kept[0].idx, kept[-1].idx + len(kept[-1].text)


@functools.lru_cache(maxsize=16384)
def base_form(word: str) -> str:
    """A word's base form read from the word alone (lemminflect's lexicon: noun, else verb,
    else adjective), so that it is the same whether or not its sentence was parsed:
    "strikes", "struck" → "strike"."""
    lemmas = getAllLemmas(word)
    for upos in ("NOUN", "VERB", "ADJ"):
        if upos in lemmas:
            return lemmas[upos][0].lower()
    return word


def _count(tokens: Iterable[Token]) -> int:
    return sum(1 for t in tokens if not t.is_punct)


def _edge_subtrees(root: Token, core: set[int], *, right: bool) -> list[set[int]]:
    """The subtrees along the right (or left) spine of ``root`` that reach that edge of
    ``core`` and whose dependency says they can go."""
    out = []
    edge = max(core) if right else min(core)
    node = root
    for _ in range(40):
        kids = [c for c in node.children if c.i in core and (c.i > node.i if right
                                                              else c.i < node.i)]
        if not kids:
            break
        node = max(kids, key=lambda c: c.i) if right else min(kids, key=lambda c: c.i)
        subtree = {t.i for t in node.subtree} & core
        low, high = min(subtree), max(subtree)
        contiguous = subtree == {i for i in core if low <= i <= high}
        if node.dep_ in _EDGE_DEPS and contiguous and (high if right else low) == edge:
            out.append(subtree)
    return out


# -- ROUGE -------------------------------------------------------------------------------------


def _ngrams(text: str, n: int) -> Counter[tuple[str, ...]]:
    words = _WORD_RE.findall(text.lower())
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def rouge(candidate: str, reference: str, n: int) -> tuple[float, float, float]:
    """ROUGE-N of a candidate against a reference: (recall, precision, F1) over the counts of
    n-grams of lowercased word tokens (clipped matches). Empty sides give zeros.

    >>> rouge("the cat sat", "the cat sat down", 1)
    (0.75, 1.0, 0.8571428571428571)
    """
    if n < 1:
        raise ValueError("n must be at least 1")
    cand, ref = _ngrams(candidate, n), _ngrams(reference, n)
    matched = sum((cand & ref).values())
    total_ref, total_cand = sum(ref.values()), sum(cand.values())
    recall = matched / total_ref if total_ref else 0.0
    precision = matched / total_cand if total_cand else 0.0
    f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
    return recall, precision, f1
