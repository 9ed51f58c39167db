"""Event dates: when the happening itself took place, read from the text.

``DateResolver().resolve(doc, article, events)`` gives each event an
:class:`~eventscope.model.EventDate`:

* a date phrase of the event's clause (a spaCy ``DATE`` entity, or a ``TIME`` entity that names
  a day: "Sunday night") resolved against the article's publication date: ``from_text=True``,
  ``text`` the phrase as written (with a leading "since", "until", "before", "after", "by" or
  "from" when the sentence has one: "since February 2022");
* otherwise the publication date (``from_text=False``, precision ``day``), or no date at all
  (``value=None``) when the article has no publication date.

Which phrase belongs to which event comes from the dependency parse. A date phrase is in reach
of an event when both are in one sentence and the date is not inside the subtree of *another*
event's trigger that does not govern this one ("X attacked Y on Monday after Z had shelled W
on Sunday": Monday is X's, Sunday is Z's), nor in a phrase naming another happening ("after
the attack on its embassy on April 1"). A phrase inside a relative clause, participle or
apposition counts only when that modifier hangs on a subject or on the trigger itself: "This
decision, announced on November 17, marks ..." dates the events of "marks"; "Russia attacked
Kharkiv, a city captured in 2022" does not date the attack. Among the phrases in reach the
nearest in the tree wins (then the nearest in the text). A date on an anaphoric event noun
("This decision, announced on November 17") also dates the events of the nearest preceding
sentence that has events and no date of its own: the decision *is* that event.

Resolution (dateparser does the parsing, always ``languages=["en"]``, with ``RELATIVE_BASE``
the publication date and ``PREFER_DATES_FROM="past"``; so "on December 30" in an article of
2025-01-03 is 2024-12-30):

* precision is ``day``, ``month`` or ``year``; a month-precision value is the first day of the
  month ("in March", "February 2022" → ``2022-02-01``) and a year-precision value the first of
  January ("in 2014" → ``2014-01-01``). Month-only and year-only phrases are resolved here, not
  by dateparser: a bare month is the latest such month not after the publication month.
* "next Tuesday", "tomorrow", "later this month", or a clause with "will"/"shall" (or a future
  modality on the event) prefers future dates: "will meet on Tuesday" is the Tuesday after
  publication. Otherwise a phrase without a year never resolves after the publication date.
* a weekday that is the publication's weekday is the publication date ("on Monday" in a Monday
  article is that Monday).
* phrases that name no point in time are skipped: durations ("three years", "decades"),
  decades ("the 1990s"), seasons of the past ("recent weeks", "the coming months"), and
  week-precision phrases ("last week", "earlier this week").
* without a publication date only absolute phrases ("November 17, 2024", "in 2022") resolve; a
  relative or year-less phrase ("yesterday", "on Monday", "November 17") keeps its text with
  ``value=None``. The resolver never uses the current date.

dateparser is called only on date-entity texts, its parser is warmed up once in the
constructor, and results are cached per (phrase, base date, preference).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from dateparser.date import DateDataParser
from spacy.tokens import Doc, Span, Token

from ..model import Article, Event, EventDate
from ..nlp import sentence_bounds

#: entity labels read as dates (TIME only when it names a day: "Sunday night")
DATE_LABELS = frozenset({"DATE"})
#: nouns that stand for the event of an earlier sentence ("this decision")
ANAPHORIC_EVENT_NOUNS = frozenset({
    "decision", "move", "step", "announcement", "authorization", "authorisation", "approval",
    "action", "measure", "decree", "development", "shift", "escalation",
})
_ANAPHORIC_DETERMINERS = frozenset({"this", "that", "these", "those", "the", "its", "their"})
#: prepositions kept in ``EventDate.text`` because they change what the date means
_KEPT_PREPOSITIONS = frozenset({"since", "until", "till", "before", "after", "by", "from"})
#: modifiers through which a date reaches an event only when they hang on a subject
_MODIFIER_DEPS = frozenset({"relcl", "acl", "appos"})
#: prepositions whose noun phrase is another happening, with a date of its own
_OTHER_HAPPENING_PREPS = frozenset({"after", "before", "following", "despite", "like",
                                    "unlike", "than", "instead"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo"})

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")], start=1)
    for name in names
}
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"),
         ("thursday", "thu", "thur", "thurs"), ("friday", "fri"), ("saturday", "sat"),
         ("sunday", "sun")])
    for name in names
}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_DAYISH = re.compile(
    r"\b(?:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + "|" + _MONTH_RE +
    r"|yesterday|today|tonight)\b\.?", re.IGNORECASE)
_LEADING = re.compile(
    r"^(?:(?:on|in|at|since|from|by|until|till|during|as of|of|the|earlier|later|"
    r"early|late|mid|the end of|end of|the start of|start of|the beginning of|"
    r"beginning of|the middle of|middle of|the night of|the morning of|the evening of|"
    r"the afternoon of|the weekend of)\s+|mid-)", re.IGNORECASE)
_TRAILING = re.compile(
    r"\s+(?:morning|afternoon|evening|night|overnight|midday|noon|at dawn|at dusk)$",
    re.IGNORECASE)
_NUMBER_WORDS = ("a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                 "several|a few|few|many|some|couple of|a couple of|hundreds of|"
                 "thousands of|\\d[\\d,.]*")
_UNITS = (r"(?:day|week|weekend|fortnight|month|year|decade|century|centurie|hour|minute|"
          r"season)")
_DURATION = re.compile(
    rf"^(?:(?:the\s+(?:past|last|next|previous|coming|recent|first|final)\s+"
    rf"(?:(?:{_NUMBER_WORDS})\s+)?)|(?:(?:past|recent|previous|coming)\s+"
    rf"(?:(?:{_NUMBER_WORDS})\s+)?)|(?:(?:{_NUMBER_WORDS})\s+))(?:more\s+)?{_UNITS}"
    rf"s?(?:\s+(?:later|earlier|long|old))?$|^{_UNITS}s$", re.IGNORECASE)
_VAGUE = re.compile(
    r"\b(?:decades?|centur(?:y|ies)|\d{2,4}s|annual(?:ly)?|daily|weekly|monthly|quarterly|"
    r"recent|recently|the past|the coming|the next|so far|previous|ages?|lifetime|era)\b",
    re.IGNORECASE)
_YEAR = re.compile(r"^(?:the\s+year\s+)?(\d{4})$", re.IGNORECASE)
_MONTH_ONLY = re.compile(rf"^({_MONTH_RE})\.?$", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"^({_MONTH_RE})\.?,?\s+(?:of\s+)?(\d{{4}})$", re.IGNORECASE)
_WEEKDAY_ONLY = re.compile(
    r"^(?:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\.?$", re.IGNORECASE)
_FUTURE_WORDS = re.compile(r"\b(?:next|coming|upcoming|tomorrow|later)\b", re.IGNORECASE)
_ORDINAL_DAY = re.compile(r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$", re.IGNORECASE)
_EXPLICIT_YEAR = re.compile(r"\b\d{4}\b")
_BARE_NUMBERS = re.compile(r"^[\d\s/.,:-]+$")  # "24/7", "11/17": too ambiguous
_RANGE = re.compile(r"^(.*?\d)\s*(?:-|–|to|and)\s*\d{1,2}(,?\s+\d{4})?$")

_END_OF_DAY = timedelta(hours=23, minutes=59, seconds=59)
#: two fixed, far-apart bases: a phrase is absolute when both give the same date
_PROBE_BASES = (datetime(2001, 3, 14), datetime(2013, 9, 22))
_CACHE_LIMIT = 20_000


@dataclass(frozen=True)
class ParsedDate:
    """A resolved phrase: ISO value and precision (``day``, ``month`` or ``year``)."""

    value: str
    precision: str


@dataclass(frozen=True)
class _Mention:
    span: Span
    root: Token
    text: str
    #: the noun the phrase hangs on, when it is an anaphoric event noun ("this decision")
    anaphor: Token | None


class DateResolver:
    """Dates events from their clause's date phrases; construct once, reuse for many docs."""

    def __init__(self) -> None:
        self._parsers: dict[tuple[datetime, str], DateDataParser] = {}
        self._cache: dict[tuple[str, date | None, bool], ParsedDate | None] = {}
        # warm dateparser up now (language data and its regexes), not on the first article
        self.parse("November 17, 2024", date(2024, 11, 18))
        self.parse("last Tuesday", date(2024, 11, 18))

    def __reduce__(self) -> tuple[type[DateResolver], tuple[()]]:
        return (DateResolver, ())  # pickled without its caches (to a Dask worker)

    # ------------------------------------------------------------------ public
    def resolve(self, doc: Doc, article: Article, events: list[Event]) -> list[Event]:
        """``events`` with ``.date`` filled (``dataclasses.replace``), in the same order."""
        published = article.published if isinstance(article.published, date) else None
        default = (EventDate(published.isoformat(), "day", False) if published is not None
                   else EventDate(None))
        if not events:
            return []
        mentions = self._mentions(doc)
        starts = doc.to_array("IDX").tolist()
        triggers = [trigger_token(doc, starts, e.trigger.start, e.trigger.end) for e in events]
        # a date mention, and a trigger that blocks it, count only in the event's own
        # sentence: grouped by sentence, a long document costs no more per event
        by_sentence: dict[int, list[_Mention]] = {}
        for mention in mentions:
            by_sentence.setdefault(sentence_bounds(mention.root)[0], []).append(mention)
        triggers_by_sentence: dict[int, set[int]] = {}
        for trigger in triggers:
            if trigger is not None:
                triggers_by_sentence.setdefault(sentence_bounds(trigger)[0], set()).add(
                    trigger.i)
        resolved: list[EventDate | None] = [None] * len(events)
        for index, (event, trigger) in enumerate(zip(events, triggers, strict=True)):
            if trigger is None or not mentions:
                continue
            sentence = sentence_bounds(trigger)[0]
            others = [doc[i] for i in triggers_by_sentence[sentence] if i != trigger.i]
            for mention in _in_reach(trigger, by_sentence.get(sentence, []), others):
                when = self._event_date(mention, event, trigger, published)
                if when is not None:
                    resolved[index] = when
                    break
        self._carry_to_antecedents(events, triggers, mentions, resolved, published)
        return [replace(event, date=when if when is not None else default)
                for event, when in zip(events, resolved, strict=True)]

    def parse(self, text: str, published: date | None, *, future: bool = False
              ) -> ParsedDate | None:
        """Resolve one date phrase against a publication date (None: relative phrases cannot
        resolve, absolute ones can). None when the phrase names no point in time."""
        phrase = _normalise(text)
        if not phrase:
            return None
        future = future or bool(_FUTURE_WORDS.search(phrase))
        key = (phrase, published, future)
        if key in self._cache:
            return self._cache[key]
        if published is None:
            first = self._parse_on(phrase, _PROBE_BASES[0], future)
            second = self._parse_on(phrase, _PROBE_BASES[1], future)
            result = first if first is not None and first == second else None
        else:
            base = datetime(published.year, published.month, published.day)
            result = self._parse_on(phrase, base, future)
        if len(self._cache) >= _CACHE_LIMIT:
            self._cache.clear()
        self._cache[key] = result
        return result

    # ------------------------------------------------------------------ parsing
    def _parse_on(self, phrase: str, base: datetime, future: bool) -> ParsedDate | None:
        if _DURATION.match(phrase) or _VAGUE.search(phrase):
            return None
        match = _YEAR.match(phrase)
        if match:
            year = int(match.group(1))
            return ParsedDate(f"{year:04d}-01-01", "year") if 1800 <= year <= 2200 else None
        match = _MONTH_YEAR.match(phrase)
        if match:
            month = _MONTHS[match.group(1).lower()]
            return ParsedDate(f"{int(match.group(2)):04d}-{month:02d}-01", "month")
        match = _MONTH_ONLY.match(phrase)
        if match:
            month = _MONTHS[match.group(1).lower()]
            year = base.year
            if future and month < base.month:
                year += 1
            elif not future and month > base.month:
                year -= 1
            return ParsedDate(f"{year:04d}-{month:02d}-01", "month")
        if _WEEKDAY_ONLY.match(phrase) and not future:
            if _WEEKDAYS[phrase.rstrip(".").lower()] == base.weekday():
                return ParsedDate(base.date().isoformat(), "day")
        match = _ORDINAL_DAY.match(phrase)
        if match:  # "the 12th": that day of the publication's month, or of the month before
            return _day_of_month(int(match.group(1)), base.date(), future)
        if _BARE_NUMBERS.match(phrase) and not _EXPLICIT_YEAR.search(phrase):
            return None
        ranged = _RANGE.match(phrase)
        if ranged:  # "March 3-5", "3 to 5 March 2024": the first day
            phrase = ranged.group(1) + (ranged.group(2) or "")
        try:
            data = self._parser(base, future).get_date_data(phrase)
        except (ValueError, OverflowError, TypeError, re.error):
            return None  # a phrase dateparser cannot take ("the 99th of Smarch")
        when = data.date_obj
        if when is None:
            return None
        # a time-zone word ("1 met": Middle European Time) makes the date aware; the day is
        # what counts here
        when = when.replace(tzinfo=None)
        period = data.period
        if not future and when > base + _END_OF_DAY and not _EXPLICIT_YEAR.search(phrase):
            return None  # "the 24th" read as a later day of this month: not a past date
        if period == "year":
            return ParsedDate(f"{when.year:04d}-01-01", "year")
        if period == "month":
            return ParsedDate(f"{when.year:04d}-{when.month:02d}-01", "month")
        if period in ("day", "time"):
            return ParsedDate(when.date().isoformat(), "day")
        return None  # week: no point in time

    def _parser(self, base: datetime, future: bool) -> DateDataParser:
        prefer = "future" if future else "past"
        key = (base, prefer)
        parser = self._parsers.get(key)
        if parser is None:
            if len(self._parsers) >= 256:
                self._parsers.clear()
            parser = DateDataParser(languages=["en"], settings={
                "RELATIVE_BASE": base,
                "PREFER_DATES_FROM": prefer,
                "PREFER_DAY_OF_MONTH": "first",
                "RETURN_TIME_AS_PERIOD": False,
                "STRICT_PARSING": False,
            })
            self._parsers[key] = parser
        return parser

    # ------------------------------------------------------------------ attachment
    def _mentions(self, doc: Doc) -> list[_Mention]:
        out = []
        for ent in doc.ents:
            if ent.label_ not in DATE_LABELS and not (ent.label_ == "TIME"
                                                      and _DAYISH.search(ent.text)):
                continue
            root = ent.root
            start = ent.start
            head = root.head
            if head.dep_ == "prep" and head.lower_ in _KEPT_PREPOSITIONS \
                    and head.i == ent.start - 1:
                start = head.i
            text = doc[start:ent.end].text
            out.append(_Mention(ent, root, text, _anaphor(root)))
        return out

    def _event_date(self, mention: _Mention, event: Event, trigger: Token,
                    published: date | None) -> EventDate | None:
        future = _is_future(event, trigger)
        parsed = self.parse(mention.span.text, published, future=future)
        if parsed is None:
            if published is None and self.parse(mention.span.text, _PROBE_BASES[0].date(),
                                                 future=future) is not None:
                return EventDate(None, None, True, mention.text)  # relative: needs a base
            return None
        return EventDate(parsed.value, parsed.precision, True, mention.text)

    def _carry_to_antecedents(self, events: list[Event], triggers: list[Token | None],
                              mentions: list[_Mention], resolved: list[EventDate | None],
                              published: date | None) -> None:
        """ "This decision, announced on November 17, ...": the date of the decision is the
        date of the event the decision refers to (the nearest earlier sentence's events)."""
        by_sentence: dict[int, list[int]] = {}
        for index, trigger in enumerate(triggers):
            if trigger is not None:
                by_sentence.setdefault(sentence_bounds(trigger)[0], []).append(index)
        sentence_starts = sorted(by_sentence)
        for mention in mentions:
            if mention.anaphor is None:
                continue
            here = sentence_bounds(mention.root)[0]
            earlier = [s for s in sentence_starts if s < here]
            if not earlier:
                continue
            previous = earlier[-1]
            # only the sentence right before (or the one before that, across a heading)
            gap = len(list(mention.root.doc[previous:here].sents))
            if gap > 2:
                continue
            for index in by_sentence[previous]:
                if resolved[index] is not None:
                    continue
                trigger = triggers[index]
                assert trigger is not None
                when = self._event_date(mention, events[index], trigger, published)
                if when is not None:
                    resolved[index] = when


# ---------------------------------------------------------------------- helpers

def _day_of_month(day: int, base: date, future: bool) -> ParsedDate | None:
    year, month = base.year, base.month
    if not future and day > base.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    elif future and day < base.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    try:
        return ParsedDate(date(year, month, day).isoformat(), "day")
    except ValueError:
        return None


def _normalise(text: str) -> str:
    phrase = " ".join(text.replace("\u2019", "'").split()).strip(" ,;:")
    phrase = re.sub(r"'s$", "", phrase)
    for _ in range(4):
        stripped = _LEADING.sub("", phrase).strip()
        stripped = _TRAILING.sub("", stripped).strip()
        if stripped == phrase:
            break
        phrase = stripped
    return phrase


def trigger_token(doc: Doc, starts: list[int], start: int, end: int) -> Token | None:
    """The token of an event trigger span (char offsets; ``starts`` is ``[t.idx for t in
    doc]``): the token itself, or the syntactic root of a longer span (a quote's)."""
    index = bisect.bisect_right(starts, start) - 1
    if index < 0:
        return None
    token = doc[index]
    if not token.idx <= start < token.idx + max(len(token.text), 1):
        return None
    if end <= token.idx + len(token.text):
        return token
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else token


def _ancestors_or_self(token: Token) -> list[Token]:
    return [token, *token.ancestors]


def tree_path(a: Token, b: Token) -> tuple[list[Token], list[Token]] | None:
    """Tokens from ``a`` up to the lowest common ancestor, and from below it down to ``b``;
    None when they are in different trees (sentences)."""
    up = _ancestors_or_self(a)
    positions = {t.i: n for n, t in enumerate(up)}
    down: list[Token] = []
    node = b
    while node.i not in positions:
        down.append(node)
        if node.head.i == node.i:
            return None  # different trees (sentences)
        node = node.head
    return up[:positions[node.i] + 1], list(reversed(down))


def _in_reach(trigger: Token, mentions: list[_Mention], others: list[Token]) -> list[_Mention]:
    """The date mentions an event can take, nearest first."""
    governing = {t.i for t in _ancestors_or_self(trigger)}
    blockers = [t for t in others if t.i not in governing]
    ranked = []
    for mention in mentions:
        if sentence_bounds(mention.root)[0] != sentence_bounds(trigger)[0]:
            continue
        path = tree_path(trigger, mention.root)
        if path is None:
            continue
        up, down = path
        if any(mention.root.i == b.i or b.is_ancestor(mention.root) for b in blockers):
            continue
        if not _modifiers_ok(down, trigger, governing) or _other_happening(down, mention):
            continue
        distance = len(up) - 1 + len(down)
        ranked.append((distance, abs(mention.root.i - trigger.i), mention.span.start, mention))
    ranked.sort(key=lambda r: r[:3])
    return [r[3] for r in ranked]


def _modifiers_ok(down: list[Token], trigger: Token, governing: set[int]) -> bool:
    """A relative clause, participle or apposition on the way down to the date must hang on
    a subject, or on the trigger or one of its governors."""
    for token in down:
        if token.dep_ in _MODIFIER_DEPS:
            head = token.head
            if head.i in governing or head.dep_ in _SUBJECT_DEPS:
                continue
            return False
    return True


def _other_happening(down: list[Token], mention: _Mention) -> bool:
    """ "threatened to retaliate after the attack on its embassy on April 1": the date is the
    attack's. A date right after the preposition ("after April 1") stays in reach."""
    for token in down:
        if token.dep_ == "prep" and token.lower_ in _OTHER_HAPPENING_PREPS and \
                mention.root.head.i != token.i:
            return True
    return False


def _is_future(event: Event, trigger: Token) -> bool:
    if event.modality.future:
        return True
    node = trigger
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUXILIARIES for c in node.children):
            return True
        if node.dep_ not in ("xcomp", "conj", "ccomp") or node.head.i == node.i:
            break
        node = node.head
    return False


def _anaphor(root: Token) -> Token | None:
    """The anaphoric event noun a date phrase hangs on: "This decision, announced on
    November 17" → decision."""
    node = root
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ in ("pobj", "npadvmod", "prep", "nmod") or \
                (node.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN")):
            if head.pos_ == "NOUN" and node.dep_ in ("acl", "relcl", "prep"):
                if head.lemma_.lower() in ANAPHORIC_EVENT_NOUNS and any(
                        c.dep_ in ("det", "poss") and c.lower_ in _ANAPHORIC_DETERMINERS
                        for c in head.children) and head.dep_ in _SUBJECT_DEPS:
                    return head
                return None
            node = head
            continue
        return None
    return None


__all__ = ["DATE_LABELS", "DateResolver", "ParsedDate", "tree_path", "trigger_token"]
