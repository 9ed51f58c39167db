"""Quantities: the numbers an article states, with their kind and a normalised unit.

``QuantityExtractor().extract(doc, article)`` finds every quantity of the article in text
order (the outlet's key-points box is skipped, it is metadata); ``attach(events, quantities)``
gives each event the quantities tied to it. The words are data: ``data/quantities.yaml``.

Kinds and units
---------------
======================  ====================================================================
kind                    unit
======================  ====================================================================
``troops``              ``person`` ("50,000 troops", "a 50,000-strong force")
``casualties``          the casualty type: ``killed``, ``wounded``, ``displaced``,
                        ``missing``, ``captured``, ``detained`` or ``casualties`` (a toll of
                        unstated kind). What is counted is always people, so the unit says
                        *what happened to them*: "156 killed", "30 people were injured",
                        "killing three civilians", "the death toll rose to 56",
                        "tens of thousands of people have fled".
``count``               ``person``: people counted without a casualty word ("200
                        protesters", "2 million people").
``money``               the ISO 4217 code; the value is in units of that currency, never
                        converted ("$56.2 billion" → 56.2e9 USD, "€5bn", "£300m",
                        "5 million dollars", "300 million euros").
``distance``            ``km``; miles (1.609344 km), nautical miles and metres are converted,
                        the text keeps what was written ("500 kilometers", "a 300-km range").
``mass``                ``kg``; tonnes and tons (metric, 1,000 kg) and pounds are converted
                        ("450 kg warheads", "2,000-pound bombs").
``weapons``             the weapon noun's lemma ("40 drones" → ``drone``, "12 ballistic
                        missiles" → ``missile``, "12 HIMARS" → ``himars``).
======================  ====================================================================

Numbers
-------
* Digits with thousands separators and decimals, scale words and abbreviations ("1.5
  million", "$5bn", "£300m", "10k"), and written-out numbers ("twenty-five", "two dozen" → 24,
  "half a million" → 500,000, "a hundred").
* Ranges set ``value`` to the lower and ``upper`` to the higher figure: "between 10 and 15",
  "10-15", "10 to 15", "$5-6 billion" (the scale of the second figure carries to the first).
* Vague amounts are ranges too, read literally: a plural of a scale S means 2·S to 10·S − 1,
  "tens of S" 20·S to 100·S − 1, "hundreds of S" 200·S to 1000·S − 1. So "hundreds of" →
  200–999, "thousands of" → 2,000–9,999, "tens of thousands" → 20,000–99,999, "dozens of" →
  24–99, "millions" → 2,000,000–9,999,999; "a few S" → 2·S–5·S, "several S" → 3·S–9·S,
  "a couple of S" → 2·S–3·S.
* Qualifiers stay in ``Quantity.text`` and leave the figure as written: "nearly 25,000" →
  25,000; "up to 4,000" → 4,000; "more than 150" → 150; "at least 156" → 156. ``bound(q)``
  reads them back: ``exact``, ``about``, ``at_least``, ``at_most`` or ``range``.
* A number without a unit or a counted noun we know (years, days, "32 countries") is not a
  quantity.

Attachment rule
---------------
A quantity is attached to an event of its sentence when

1. its span lies inside the event's evidence span, unless rule 2 or 3 binds it to other
   events of the sentence and not to this one ("Russia deployed 5,000 troops to Belarus and
   attacked Ukraine": the troops go with the deployment only), or
2. the event's trigger is on the quantity's path of syntactic heads up to the first clause
   boundary: the quantity is in the trigger's subtree, or in the subtree of the trigger's
   object, without crossing into a clause of its own (a that-clause, an adverbial clause,
   a coordinated clause, parataxis); relative and participial clauses on nouns are
   crossed, since they describe the noun ("missiles, which have a range of 300 km"); or
3. the quantity is a casualty count and the trigger is the subject of a verb on that path
   ("Israeli strikes on Gaza killed 30 people"), or the path crosses a participial
   adverbial clause that states the result ("launched drone attacks, killing three
   civilians").
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import weakref
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from spacy.tokens import Doc, Token

from eventscope.errors import DictionaryError
from eventscope.model import Article, Event, Quantity, Span
from eventscope.nlp import sentence_bounds
from eventscope.resources import data_path, load_yaml

__all__ = ["CountWords", "QuantityExtractor", "bound", "parse_number"]

# -- numbers -----------------------------------------------------------------------------------

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7,
           "billion": 1e9, "trillion": 1e12}
_ABBREVIATIONS = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12,
                  "trn": 1e12}
#: vague amounts: the multipliers (low, high) of a scale
_VAGUE_PLURALS = {"tens": (2, 9.99), "dozens": (2.4, 9.99), "scores": (4, 9.99),
                  "hundreds": (2, 9.99), "thousands": (2, 9.99), "millions": (2, 9.99),
                  "billions": (2, 9.99)}
_VAGUE_BASE = {"tens": 10, "dozens": 10, "scores": 10, "hundreds": 100, "thousands": 1e3,
               "millions": 1e6, "billions": 1e9}
_FEW = {"a few": (2, 5), "several": (3, 9), "a couple of": (2, 3)}

_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS_WORDS = ("ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                "nineteen|zero")
_SMALL_RE = rf"(?:(?:{_TENS_WORDS})(?:[\s-](?:{_ONES_WORDS})\b)?|{_TEENS_WORDS}|{_ONES_WORDS})"
_SCALE_RE = r"(?:hundred|thousand|lakh|million|crore|billion|trillion)"
_WORDNUM_RE = (rf"(?:half\s+a|an?|{_SMALL_RE})(?:[\s-]+(?:{_SMALL_RE}|dozen|{_SCALE_RE}))*"
               r"(?![\w-])")
_DIGITS_RE = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_ABBR_RE = r"(?:bn|mln|mn|trn|tn|k|m|b)"
_NUMX_RE = rf"(?:{_DIGITS_RE}(?:\s*{_SCALE_RE}\b|{_ABBR_RE}\b)?|{_WORDNUM_RE})"
_VAGUE_RE = (r"(?:(?:tens|hundreds|dozens|scores)\s+of\s+(?:thousands|millions|billions)"
             r"|(?:a\s+few|several|a\s+couple\s+of)\s+(?:dozen|hundred|thousand|million|billion)"
             r"|tens|hundreds|dozens|scores|thousands|millions|billions)(?:\s+of\b)?")
_MODIFIERS = {
    "about": ("about", "around", "approximately", "roughly", "some", "an estimated",
              "estimated", "close to", "nearly", "almost", "just under", "just over",
              "an approximate"),
    "at_least": ("more than", "over", "at least", "upwards of", "in excess of", "well over",
                 "no fewer than", "no less than", "as many as", "as much as", "a minimum of"),
    "at_most": ("up to", "at most", "fewer than", "less than", "under", "no more than",
                "a maximum of", "as few as", "as little as"),
    "exact": ("a total of", "a further", "an additional", "another", "exactly", "precisely",
              "only", "just"),
}
_MODIFIER_BOUND = {m: kind for kind, words in _MODIFIERS.items() for m in words}
_MODIFIER_RE = "|".join(sorted((re.escape(m).replace(r"\ ", r"\s+") for m in _MODIFIER_BOUND),
                               key=len, reverse=True))
_PERCENT_RE = re.compile(r"\s*(?:%|per\s*cent\b|percent\b|percentage\b)", re.IGNORECASE)
#: "no one was hurt", "one in five people": no count
_NOT_A_COUNT_RE = re.compile(r"(?:\b(?:no|not|none|nobody)|\b(?:\d+|one|a)\s+(?:in|out\s+of))\s+$",
                             re.IGNORECASE)
_OF_RE = re.compile(r"\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?", re.IGNORECASE)
_STRONG = "strong"

#: clause heads a quantity's path does not leave (it stays inside its own clause)
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "parataxis", "csubj", "csubjpass", "conj"})
#: dependency labels of the pre-modifiers between a number and its noun
_PREMODIFIERS = frozenset({"amod", "compound", "nmod", "punct", "nummod", "quantmod", "advmod",
                           "poss", "case", "det", "npadvmod"})
#: verbs whose subject is the victim ("12 soldiers died", "thousands fled")
_VICTIM_SUBJECT = frozenset({"die", "flee", "perish", "disappear"})
_TOLL_VERBS = frozenset({"rise", "climb", "reach", "stand", "hit", "increase", "jump", "soar",
                         "top", "exceed", "pass", "surpass", "grow"})


def parse_number(text: str) -> float | None:
    """The value of a number written with digits, scale words or words.

    >>> parse_number("56.2 billion"), parse_number("two dozen"), parse_number("5bn")
    (56200000000.0, 24.0, 5000000000.0)
    """
    text = text.strip().lower()
    match = re.fullmatch(rf"({_DIGITS_RE})\s*({_SCALE_RE}|{_ABBR_RE})?", text)
    if match:
        value = float(match.group(1).replace(",", ""))
        scale = match.group(2)
        if scale:
            value = _times(value, _SCALES.get(scale) or _ABBREVIATIONS[scale])
        return value
    return _words_value(text)


def _words_value(text: str) -> float | None:
    total = current = 0.0
    factor = 1.0
    has_number = False
    for word in re.split(r"[\s-]+", text.lower()):
        if word == "half":
            factor = 0.5
        elif word in ("a", "an"):
            continue
        elif word in _SMALL:
            current += _SMALL[word]
            has_number = True
        elif word == "dozen":
            current = (current or 1) * 12
            has_number = True
        elif word == "hundred":
            current = (current or 1) * 100
            has_number = True
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0.0
            has_number = True
        else:
            return None
    return (total + current) * factor if has_number else None


def _vague_value(text: str) -> tuple[float, float] | None:
    words = " ".join(text.lower().split())
    words = words[: -len(" of")] if words.endswith(" of") else words
    for few, (low, high) in _FEW.items():
        if words.startswith(few + " "):
            scale = 12.0 if words.endswith("dozen") else _SCALES[words.rsplit(" ", 1)[1]]
            return low * scale, high * scale
    parts = words.split(" of ")
    if len(parts) == 2:  # "tens of thousands"
        low, high = _VAGUE_PLURALS[parts[0]]
        scale = _VAGUE_BASE[parts[0]] * _VAGUE_BASE[parts[1]]
        return round(low * scale), round((high + 0.01) * scale) - 1
    if words in _VAGUE_PLURALS:
        low, high = _VAGUE_PLURALS[words]
        scale = _VAGUE_BASE[words]
        return round(low * scale), round((high + 0.01) * scale) - 1
    return None


def bound(quantity: Quantity) -> str:
    """How the figure is qualified: ``range`` (a range or a vague amount), ``about``,
    ``at_least``, ``at_most`` or ``exact``, read from the words before it."""
    if quantity.upper is not None:
        return "range"
    text = " ".join(quantity.text.lower().split())
    for modifier in sorted(_MODIFIER_BOUND, key=len, reverse=True):
        if text.startswith(modifier + " "):
            return _MODIFIER_BOUND[modifier]
    return "exact"


# -- the lexicon -------------------------------------------------------------------------------


def _plural_re(word: str) -> str:
    words = [re.escape(w) for w in word.split()]
    words[-1] += r"(?:e?s)?"
    return r"\s+".join(words)


@dataclass(frozen=True)
class QuantityLexicon:
    """``data/quantities.yaml``: nouns, units and currencies."""

    troops: frozenset[str]
    people: frozenset[str]
    weapons: frozenset[str]
    weapons_with_modifier: frozenset[str]
    weapon_modifiers: frozenset[str]
    casualty_nouns: dict[str, str]
    casualty_verbs: dict[str, str]
    casualty_words: dict[str, str]
    toll_nouns: frozenset[str]
    distance: dict[str, float]
    mass: dict[str, float]
    currency_symbols: dict[str, str]
    currency_codes: frozenset[str]
    currency_words: dict[str, str]

    @classmethod
    def load(cls) -> QuantityLexicon:
        path = data_path("quantities.yaml")
        raw: Any = load_yaml(path)

        def words(key: str) -> frozenset[str]:
            value = raw.get(key) if isinstance(raw, dict) else None
            if not isinstance(value, list):
                raise DictionaryError(f"{path}: '{key}' must be a list of words")
            return frozenset(str(w).lower() for w in value)

        def table(key: str, cast: Any = str, lower: bool = True) -> dict[str, Any]:
            value = raw.get(key) if isinstance(raw, dict) else None
            if not isinstance(value, dict):
                raise DictionaryError(f"{path}: '{key}' must be a mapping")
            try:
                return {(str(k).lower() if lower else str(k)): cast(v) for k, v in value.items()}
            except (TypeError, ValueError) as exc:
                raise DictionaryError(f"{path}: bad value in '{key}' ({exc})") from None

        return cls(
            troops=words("troops"), people=words("people"), weapons=words("weapons"),
            weapons_with_modifier=words("weapons_with_modifier"),
            weapon_modifiers=words("weapon_modifiers"),
            casualty_nouns=table("casualty_nouns"), casualty_verbs=table("casualty_verbs"),
            casualty_words=table("casualty_words"), toll_nouns=words("toll_nouns"),
            distance=table("distance", float), mass=table("mass", float),
            currency_symbols=table("currency_symbols", str, lower=False),
            currency_codes=frozenset(str(c) for c in raw.get("currency_codes", [])),
            currency_words=table("currency_words"),
        )

    def pattern(self) -> re.Pattern[str]:
        """The regular expression of a number phrase: qualifier, currency, figure, unit."""
        symbols = "|".join(re.escape(s) for s in sorted(self.currency_symbols, key=len,
                                                        reverse=True))
        codes = "|".join(sorted(self.currency_codes))
        currency = rf"(?:{symbols}|(?-i:{codes})\s?)"
        units = [*self.distance, *self.mass, *self.currency_words]
        unit_words = "|".join(_plural_re(u) for u in sorted(units, key=len, reverse=True))
        unit = (rf"(?:(?:\s+|\s*-\s*)(?:pounds\s+sterling|{unit_words})\b"
                rf"|\s+(?-i:{codes})\b|\s*-\s*{_STRONG}\b)")
        core = (rf"(?:between\s+(?:(?P<cur2>{currency})\s?)?(?P<b1>{_NUMX_RE})\s+and\s+"
                rf"(?:{currency}\s?)?(?P<b2>{_NUMX_RE})"
                rf"|(?:from\s+)?(?P<r1>{_NUMX_RE})\s*(?:-|–|—|to\b)\s*(?:{currency})?"
                rf"(?P<r2>{_NUMX_RE})"
                rf"|(?P<vague>{_VAGUE_RE})"
                rf"|(?P<one>{_NUMX_RE}))")
        lead = r"(?<![\w$€£¥₹₽₴₪₩.,/\-–])"
        return re.compile(
            rf"{lead}(?P<mod>(?:{_MODIFIER_RE})\s+)?(?:(?P<cur>{currency})\s?)?{core}"
            rf"(?P<unit>{unit})?(?![\w%])",
            re.IGNORECASE,
        )


# -- extraction --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Anchor:
    """Where a quantity sits in the parse: its sentence, its path of heads, the subjects of
    the verbs on that path (for casualties) and whether it crossed a result clause."""

    sentence: tuple[int, int]
    path: frozenset[int]
    subjects: frozenset[int]
    result_path: frozenset[int]


@dataclass
class _Found:
    start: int
    end: int
    value: float
    upper: float | None
    kind: str | None = None
    unit: str | None = None
    pending_of: bool = False  # "30 of the 40 drones": takes the next quantity's noun


@dataclass(frozen=True)
class CountWords:
    """What makes a number a count: a noun (lemma) or casualty word right after it ("500
    troops", "12 killed"; a capitalised plural, a nationality, counts people too), or a
    casualty verb (lemma) or toll noun anywhere in its sentence ("killing 12", "the toll
    stands at 45")."""

    nouns: frozenset[str]
    words: frozenset[str]
    verbs: frozenset[str]
    tolls: frozenset[str]


#: white space at either end of a text longer than this is not searched for numbers
_BLANK = 1000
#: at most how many texts' number phrases are remembered (a group of the coder holds fewer)
FOUND_CACHE = 512


class QuantityExtractor:
    """Finds quantities in parsed articles and attaches them to events (see the module doc)."""

    def __init__(self) -> None:
        self.lexicon = QuantityLexicon.load()
        self._pattern = self.lexicon.pattern()
        self._symbol_codes = {s.lower(): c for s, c in self.lexicon.currency_symbols.items()}
        self._word_codes = {" ".join(k.split()): v for k, v in
                            self.lexicon.currency_words.items()}
        self._anchors: weakref.WeakKeyDictionary[Quantity, _Anchor] = (
            weakref.WeakKeyDictionary())
        #: the number phrases of the texts of the group being coded: its plans read them
        #: (``count_offsets``) before their extraction does; ``forget`` after each group
        self._found: OrderedDict[tuple[str, int, int], list[re.Match[str]]] = OrderedDict()

    def __getstate__(self) -> dict[str, Any]:
        """Picklable (for worker processes): the parse cache of ``extract`` stays behind."""
        state = dict(self.__dict__)
        state["_anchors"] = None
        state["_found"] = OrderedDict()
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._anchors = weakref.WeakKeyDictionary()

    # ------------------------------------------------------------------ public
    def extract(self, doc: Doc, article: Article) -> list[Quantity]:
        """All quantities of the article in text order, leaving out the key-points box."""
        text = article.text
        starts = doc.to_array("IDX").tolist()
        found: list[_Found] = []
        for match in self._matches(text, article.key_points_box):
            item = self._read(match, doc, starts)
            if item is not None:
                found.append(item)
        for index, item in enumerate(found):
            if item.pending_of and item.kind is None and index + 1 < len(found):
                following = found[index + 1]
                if following.kind is not None and _OF_RE.fullmatch(
                        text[item.end:following.start]):
                    item.kind, item.unit = following.kind, following.unit
        out = []
        for item in found:
            if item.kind is None or item.unit is None:
                continue
            quantity = Quantity(text=text[item.start:item.end], value=item.value,
                                unit=item.unit, kind=item.kind, start=item.start,
                                end=item.end, upper=item.upper)
            out.append(quantity)
            self._anchors[quantity] = _anchor(doc, quantity)
        return out

    def count_offsets(self, text: str, box: Span | None = None) -> Iterator[int]:
        """Where the number phrases are whose kind is read from the parse (a count: the noun
        after the number says what is counted), as character offsets into ``text``."""
        for match in self._matches(text, box):
            groups = match.groupdict()
            if not (groups.get("cur") or groups.get("cur2") or groups.get("unit")):
                yield match.start()

    def forget(self) -> None:
        """Drop the number phrases remembered for the texts coded last."""
        self._found.clear()

    def count_words(self) -> CountWords:
        """The words one of which must be in a sentence for a count there to be read."""
        lex = self.lexicon
        nouns = {*lex.troops, *lex.people, *lex.weapons, *lex.weapons_with_modifier,
                 *lex.casualty_nouns}
        return CountWords(nouns=frozenset(p for w in nouns for p in w.split()),
                          words=frozenset(lex.casualty_words),
                          verbs=frozenset({*lex.casualty_verbs, *_VICTIM_SUBJECT}),
                          tolls=frozenset(p for w in lex.toll_nouns for p in w.split()))

    def _matches(self, text: str, box: Span | None) -> list[re.Match[str]]:
        """The number phrases of ``text`` outside the key-points box, less percentages and
        phrases that count nothing ("no one", "one in five"); remembered for the last
        texts of a batch."""
        key = (text, box.start if box is not None else -1, box.end if box is not None else -1)
        found = self._found.get(key)
        if found is None:
            found = list(self._search(text, box))
            self._found[key] = found
            if len(self._found) > FOUND_CACHE:
                self._found.popitem(last=False)
        return found

    def _search(self, text: str, box: Span | None) -> Iterator[re.Match[str]]:
        # leading and trailing white space (a long text's section is coded blanked out
        # around it, see sections.py) holds no number and costs the pattern time at every
        # character: it is skipped when long
        low, high = len(text) - len(text.lstrip()), len(text.rstrip())
        if low < _BLANK and len(text) - high < _BLANK:
            low, high = 0, len(text)
        for match in self._pattern.finditer(text, low, high):
            if box is not None and match.start() < box.end and match.end() > box.start:
                continue
            if _PERCENT_RE.match(text, match.end()) or _NOT_A_COUNT_RE.search(
                    text, max(0, match.start() - 16), match.start()):
                continue
            yield match

    def attach(self, events: Sequence[Event], quantities: Iterable[Quantity],
               doc: Doc | None = None) -> list[Event]:
        """Each event with the quantities tied to it (``dataclasses.replace``), by the rule in
        the module doc. The parse comes from ``extract``; pass ``doc`` for quantities made
        elsewhere (without either, only rule 1, the evidence span, applies)."""
        quantities = list(quantities)
        anchors: dict[int, _Anchor | None] = {}
        for index, quantity in enumerate(quantities):
            anchor = _anchor(doc, quantity) if doc is not None else None
            if anchor is None:
                try:
                    anchor = self._anchors.get(quantity)
                except TypeError:
                    anchor = None
            anchors[index] = anchor
        # a quantity inside an event's evidence that is bound by the parse to another event
        # of the sentence belongs to that one ("deployed 5,000 troops and attacked Ukraine")
        # (only the events whose trigger lies in the quantity's sentence can be bound to it,
        # and only the quantities that start inside an evidence span lie inside it: found by
        # bisection, so that a long document costs no more per event)
        by_trigger = sorted(range(len(events)), key=lambda k: events[k].trigger.start)
        trigger_starts = [events[k].trigger.start for k in by_trigger]
        bound_to: dict[int, set[str]] = {}
        tied_to: dict[str, set[int]] = {}
        for i, q in enumerate(quantities):
            near = events
            anchor = anchors[i]
            if anchor is not None:
                low, high = anchor.sentence
                near = [events[k] for k in by_trigger[bisect.bisect_left(trigger_starts, low):
                                                      bisect.bisect_left(trigger_starts, high)]]
            bound_to[i] = {e.id for e in near if _on_path(e, q, anchor)}
            for event_id in bound_to[i]:
                tied_to.setdefault(event_id, set()).add(i)
        unbound = sorted((q.start, i) for i, q in enumerate(quantities) if not bound_to[i])
        unbound_starts = [start for start, _ in unbound]
        out = []
        for event in events:
            evidence = event.evidence
            inside = {i for _, i in unbound[bisect.bisect_left(unbound_starts, evidence.start):
                                            bisect.bisect_right(unbound_starts, evidence.end)]
                      if _inside(evidence, quantities[i])}
            tied = [quantities[i] for i in sorted(tied_to.get(event.id, set()) | inside)]
            if tied:
                merged = list(event.quantities)
                merged += [q for q in tied if q not in merged]
                merged.sort(key=lambda q: (q.start, q.end))
                event = dataclasses.replace(event, quantities=tuple(merged))
            out.append(event)
        return out

    # ------------------------------------------------------------------ reading one match
    def _read(self, match: re.Match[str], doc: Doc, starts: list[int]) -> _Found | None:
        groups = match.groupdict()
        value_upper = self._figures(groups)
        if value_upper is None:
            return None
        value, upper = value_upper
        item = _Found(match.start(), match.end(), value, upper)
        scale_word = bool(re.search(rf"\b{_SCALE_RE}\b|\d(?:{_ABBR_RE})\b",
                                    match.group(0), re.IGNORECASE))
        abbreviated_m = bool(re.search(r"\dm\b", match.group(0), re.IGNORECASE))
        currency = self._currency(groups.get("cur") or groups.get("cur2"), groups.get("unit"),
                                  scale_word)
        unit_text = " ".join((groups.get("unit") or "").replace("-", " ").lower().split())
        if currency is not None:
            item.kind, item.unit = "money", currency
            return item
        if unit_text:
            return self._measure(item, unit_text)
        # a count: the noun after the number says what is counted
        noun_from = match.end()
        self._count(item, doc, starts, noun_from, match.string)
        if item.kind is None and abbreviated_m:
            return None  # "500m" without a currency or a counted noun: metres or millions?
        item.pending_of = item.kind is None
        return item

    def _figures(self, groups: dict[str, str | None]) -> tuple[float, float | None] | None:
        if groups.get("vague"):
            found = _vague_value(groups["vague"] or "")
            return (float(found[0]), float(found[1])) if found else None
        first = groups.get("b1") or groups.get("r1")
        second = groups.get("b2") or groups.get("r2")
        if first and second:
            low, high = parse_number(first), parse_number(second)
            if low is None or high is None:
                return None
            if _scale_of(first) == 1:  # "5 to 6 million", "$5-6bn": the scale carries over
                low = _times(low, _scale_of(second))
            if high <= low:
                return None
            return low, high
        one = groups.get("one")
        value = parse_number(one) if one else None
        return (value, None) if value is not None else None

    def _currency(self, symbol: str | None, unit: str | None, scale_word: bool) -> str | None:
        if symbol:
            key = symbol.strip().lower()
            if key in self._symbol_codes:
                return self._symbol_codes[key]
            return symbol.strip().upper()
        if not unit:
            return None
        words = " ".join(unit.replace("-", " ").split())
        if words.upper() in self.lexicon.currency_codes:
            return words.upper()
        lowered = words.lower()
        if lowered in ("pounds sterling", "pound sterling", "sterling"):
            return "GBP"
        singular = _singular(lowered, self._word_codes)
        if singular is None:
            return None
        if singular == "pound" and not scale_word:
            return None  # "2,000 pounds" of explosives: a mass
        return self._word_codes[singular]

    def _measure(self, item: _Found, unit_text: str) -> _Found | None:
        if unit_text == _STRONG:
            item.kind, item.unit = "troops", "person"
            return item
        for kind, table, normal in (("distance", self.lexicon.distance, "km"),
                                    ("mass", self.lexicon.mass, "kg")):
            singular = _singular(unit_text, table)
            if singular is not None:
                factor = table[singular]
                item.kind, item.unit = kind, normal
                item.value = _converted(item.value, factor)
                item.upper = _converted(item.upper, factor) if item.upper is not None else None
                return item
        return None

    def _count(self, item: _Found, doc: Doc, starts: list[int], at: int, text: str) -> None:
        """Reads the counted noun after a number (or the casualty word) into ``item``."""
        index = bisect.bisect_left(starts, at)
        if index >= len(doc):
            return
        first = doc[index]
        if text[at:first.idx].strip():
            return
        number = _token_before(doc, starts, at)
        word = first.lower_
        if word in self.lexicon.casualty_words and first.pos_ in ("VERB", "ADJ", "NOUN"):
            item.kind, item.unit = "casualties", self.lexicon.casualty_words[word]
            item.end = first.idx + len(first.text)
            return
        head = _noun_head(doc, index, sentence_bounds(first)[1])
        if head is None:
            if number is not None:
                self._bare_number(item, number)
            return
        lemma = head.lemma_.lower()
        lower = head.lower_
        item.end = head.idx + len(head.text)
        modifiers = {t.lower_ for t in doc[index:head.i]} | {t.lemma_.lower()
                                                              for t in doc[index:head.i]}
        lexicon = self.lexicon
        if lemma in lexicon.casualty_nouns or lower in lexicon.casualty_nouns:
            kind = lexicon.casualty_nouns.get(lemma) or lexicon.casualty_nouns[lower]
            if kind == "casualties":  # "30 victims were killed"
                kind = self._casualty_context(head, item) or kind
            item.kind, item.unit = "casualties", kind
        elif self._is_weapon(head, lemma, lower, modifiers):
            item.kind, item.unit = "weapons", _weapon_unit(head, lemma, lower)
        elif lemma in lexicon.troops or lower in lexicon.troops or lemma in lexicon.people \
                or lower in lexicon.people or (head.ent_type_ == "NORP"
                                               and head.tag_ in ("NNPS", "NNS")):
            casualty = self._casualty_context(head, item)
            if casualty:
                item.kind, item.unit = "casualties", casualty
            elif lemma in lexicon.troops or lower in lexicon.troops:
                item.kind, item.unit = "troops", "person"
            else:
                item.kind, item.unit = "count", "person"
        else:
            item.end = at

    def _bare_number(self, item: _Found, number: Token) -> None:
        """A number standing alone as victims ("killing 12", "12 were killed") or as a
        death toll ("the death toll rose to 56")."""
        node = number
        while node.dep_ in ("nummod", "compound", "quantmod") and node.head.tag_ == "CD":
            node = node.head
        head = node.head
        if node.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in \
                self.lexicon.casualty_verbs:
            item.kind, item.unit = "casualties", self.lexicon.casualty_verbs[head.lemma_.lower()]
        elif node.dep_ == "nsubj" and head.lemma_.lower() in _VICTIM_SUBJECT:
            item.kind, item.unit = "casualties", self.lexicon.casualty_verbs[head.lemma_.lower()]
        elif node.dep_ == "pobj" and head.dep_ == "prep":
            holder = head.head
            if self._is_toll(holder) or (holder.lemma_.lower() in _TOLL_VERBS and any(
                    self._is_toll(c) for c in holder.children if c.dep_ == "nsubj")):
                item.kind, item.unit = "casualties", self._toll_kind(holder)

    def _is_toll(self, token: Token) -> bool:
        return token.lemma_.lower() in self.lexicon.toll_nouns

    def _toll_kind(self, holder: Token) -> str:
        words = {t.lemma_.lower() for t in holder.subtree}
        if words & {"injury", "injured", "wounded"}:
            return "wounded"
        if words & {"casualty"} and not words & {"death", "dead"}:
            return "casualties"
        return "killed"

    def _casualty_context(self, head: Token, item: _Found) -> str | None:
        """The casualty type when counted people are victims: objects of "killed", subjects
        of "were killed"/"died", followed by "killed"/"dead", or with a relative "who were
        killed"."""
        verbs = self.lexicon.casualty_verbs
        doc = head.doc
        after = doc[head.i + 1] if head.i + 1 < len(doc) else None
        if after is not None and after.lower_ in self.lexicon.casualty_words and \
                (after.tag_ in ("VBN", "JJ") or after.head.i == head.i) and \
                not (head.dep_ == "nsubj" and head.head.i == after.i):  # not "troops killed X"
            item.end = after.idx + len(after.text)
            return self.lexicon.casualty_words[after.lower_]
        for child in head.children:
            if child.dep_ in ("acl", "relcl", "amod") and child.lemma_.lower() in verbs and \
                    child.i > head.i:
                return verbs[child.lemma_.lower()]
        node = head
        while node.head.i != node.i and item.start <= node.head.idx < item.end:
            node = node.head  # "tens of thousands of people": the phrase's own head
        while node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN", "NUM"):
            node = node.head
        governor = node.head
        lemma = governor.lemma_.lower()
        if node.dep_ in ("dobj", "nsubjpass") and lemma in verbs:
            return verbs[lemma]
        if node.dep_ == "nsubj" and lemma in _VICTIM_SUBJECT:
            return verbs[lemma]
        if node.dep_ == "dobj" and lemma == "leave":  # "left 30 people dead"
            for child in governor.children:
                if child.lower_ in self.lexicon.casualty_words and child.i > node.i:
                    return self.lexicon.casualty_words[child.lower_]
        return None

    def _is_weapon(self, head: Token, lemma: str, lower: str, modifiers: set[str]) -> bool:
        weapons = self.lexicon.weapons
        if lemma in weapons or lower in weapons or lower.rstrip("s") in weapons:
            return True
        if lemma in self.lexicon.weapons_with_modifier:
            return bool(modifiers & (self.lexicon.weapon_modifiers | weapons))
        return False


# -- helpers -----------------------------------------------------------------------------------


def _singular(word: str, table: dict[str, Any]) -> str | None:
    for candidate in (word, word[:-1] if word.endswith("s") else None,
                      word[:-2] if word.endswith("es") else None):
        if candidate and candidate in table:
            return candidate
    return None


def _scale_of(number: str) -> float:
    match = re.search(rf"({_SCALE_RE})\s*$|\d({_ABBR_RE})$", number.strip(), re.IGNORECASE)
    if match is None:
        return 1.0
    word = (match.group(1) or match.group(2)).lower()
    return _SCALES.get(word) or _ABBREVIATIONS[word]


def _times(value: float, factor: float) -> float:
    """``value * factor`` without binary noise (8.2 million is 8200000.0, not 8199999.99…)."""
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


def _converted(value: float, factor: float) -> float:
    return round(_times(value, factor), 3)


def _weapon_unit(head: Token, lemma: str, lower: str) -> str:
    if head.pos_ == "PROPN" or head.tag_ in ("NNP", "NNPS"):
        return lower[:-1] if lower.endswith("s") and lower not in ("atacms", "himars",
                                                                  "abrams") else lower
    return lemma


def _token_before(doc: Doc, starts: list[int], at: int) -> Token | None:
    index = bisect.bisect_left(starts, at) - 1
    return doc[index] if 0 <= index < len(doc) else None


def _noun_head(doc: Doc, index: int, limit: int) -> Token | None:
    """The head noun of the phrase that starts at ``doc[index]``: pre-modifiers ("North
    Korean", "ballistic", "Storm Shadow", "long-range") are skipped."""
    for i in range(index, min(limit, index + 7)):
        token = doc[i]
        if token.dep_ in _PREMODIFIERS and token.head.i > token.i and token.pos_ not in (
                "VERB", "AUX", "ADP", "CCONJ") or (token.pos_ == "VERB" and token.dep_ == "amod"
                                                   and token.head.i > token.i):
            if token.tag_ in ("CD",) and i > index:
                return None  # another number: a new phrase
            continue
        if token.pos_ in ("NOUN", "PROPN") or token.lower_ in ("dead", "wounded", "injured"):
            return token
        return None
    return None


def _anchor(doc: Doc | None, quantity: Quantity) -> _Anchor | None:
    if doc is None:
        return None
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    node = span.root
    sent = node.sent
    path = {node.idx}
    result_path: set[int] = set()
    subjects: set[int] = set()
    crossed = False
    for _ in range(40):
        head = node.head
        if head.i == node.i:
            break
        if node.dep_ in _CLAUSE_DEPS and node.pos_ in ("VERB", "AUX"):
            if node.dep_ == "advcl" and node.tag_ in ("VBG", "VBN") and not crossed:
                crossed = True  # "…, killing three civilians": the result of the act
            else:
                break
        node = head
        (result_path if crossed else path).add(node.idx)
        if node.pos_ in ("VERB", "AUX"):
            for child in node.children:
                if child.dep_ in ("nsubj", "nsubjpass", "agent"):
                    for token in (child, *(c for c in child.children if c.dep_ == "conj")):
                        subjects.add(token.idx)
                        subjects.update(t.idx for t in token.subtree
                                        if t.pos_ in ("NOUN", "PROPN"))
    return _Anchor((sent.start_char, sent.end_char), frozenset(path), frozenset(subjects),
                   frozenset(result_path))


def _inside(evidence: Any, quantity: Quantity) -> bool:
    return evidence.start <= quantity.start and quantity.end <= evidence.end


def _on_path(event: Event, quantity: Quantity, anchor: _Anchor | None) -> bool:
    """Rules 2 and 3 of the module doc: the parse ties the quantity to the event."""
    if anchor is None:
        return False
    start, end = anchor.sentence
    if not start <= event.trigger.start < end:
        return False
    if event.trigger.start in anchor.path:
        return True
    if quantity.kind == "casualties":
        return event.trigger.start in anchor.subjects or event.trigger.start in \
            anchor.result_path
    return False
