"""Coding: verb and noun patterns on spaCy's dependency parse → events.

For each sentence: find triggers (dictionary verbs with their particles and objects, nominal
events), then read the structure around them:

* source: the subject, the passive agent ("by X"), the controller of an infinitive ("X plans
  to send"), the possessor of a nominal event ("Russia's invasion"); conjuncts and appositions
  give one event each ("NATO members, particularly the UK and France, …");
* target: the object, the recipient, or the object of against/on/to/with…;
* modality: negation, intent ("plans to send" → AGREE), threat ("threatened to strike" →
  THREATEN), refusal ("declined to provide" → REJECT), permission and modals (hypothetical),
  reporting verbs ("X said Y attacked Z" → reported);
* anaphora: "the decision", "the move", "this development" stand for the actor of the last
  main-clause event of the article.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span, Token

from . import model
from .actors import ActorDictionary, Mention, np_tokens, resolve
from .cameo import CameoTable
from .model import Actor, Event, EventDate, Modality
from .resources import data_path, fingerprint, load_yaml
from .verbs import Pattern, VerbDictionary

CODER_VERSION = "0.1.0"
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
CONFLICT = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "SANCTION", "PROTEST", "THREATEN"})
REACTIONS = frozenset({"SUPPORT", "ACCUSE", "REJECT", "REQUEST"})
#: types that need no target ("troops were deployed", "protesters rallied")
INTRANSITIVE = frozenset({"MOBILIZE", "PROTEST", "RETREAT", "AGREE", "CONSULT"})
DIPLOMATIC = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE"})
#: types the PLOVER manual says require a recipient ("Requires recipient: Yes")
NEEDS_RECIPIENT = frozenset({"COOPERATE", "AID", "SANCTION"})
ANAPHORIC_NOUNS = frozenset({"decision", "move", "step", "development", "announcement",
                             "action", "measure", "shift", "policy", "authorization",
                             "authorisation", "approval", "escalation"})
_SUBJECT_DEPS = ("nsubj", "csubj", "expl")
_RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})
_NOMINAL_SOURCE_PREPS = ("by", "from")



@dataclass(frozen=True)
class Lexicon:
    """``modality.yaml``: the words that change what an embedded event means."""

    words: dict[str, frozenset[str]]
    intent_codes: dict[str, str]
    threat_codes: dict[str, str]
    refusal_codes: dict[str, str]
    version: str

    @classmethod
    def load(cls) -> Lexicon:
        path = data_path("modality.yaml")
        raw: dict[str, Any] = load_yaml(path)
        words = {k: frozenset(str(w).lower() for w in v) for k, v in raw.items()
                 if isinstance(v, list)}
        return cls(words, dict(raw["intent_codes"]), dict(raw["threat_codes"]),
                   dict(raw["refusal_codes"]), fingerprint([path]))

    def has(self, kind: str, word: str) -> bool:
        return word in self.words.get(kind, frozenset())


@dataclass
class ArticleState:
    """What coding remembers across the sentences of one article."""

    article: model.Article
    people: dict[str, Actor] = field(default_factory=dict)
    #: source actor of the last main-clause, non-reaction event (antecedent of "the decision")
    antecedent: Actor | None = None
    anaphors: dict[str, Actor] = field(default_factory=dict)
    #: source of the last asserted event of each PLOVER type ("the strikes" → its attacker)
    last_by_type: dict[str, Actor] = field(default_factory=dict)
    mention_tokens: frozenset[int] = frozenset()


@dataclass
class _Role:
    """A trigger's reading: who, to whom, how (modality) and which code in the end."""

    code: str
    sources: list[Actor]
    targets: list[Actor]
    modality: Modality
    tokens: list[Token]


class EventCoder:
    """Codes the sentences of parsed articles with the actor and verb dictionaries."""

    def __init__(self, actors: ActorDictionary, verbs: VerbDictionary, cameo: CameoTable,
                 lexicon: Lexicon):
        self.actors = actors
        self.verbs = verbs
        self.cameo = cameo
        self.lex = lexicon
        self.dictionary_version = f"{actors.version}-{verbs.version}-{lexicon.version}"

    # ------------------------------------------------------------------ article level
    def code_doc(self, doc: Doc, article: model.Article,
                 state: ArticleState | None = None) -> list[Event]:
        """The events of one article; ``state`` carries what the sections of a long text
        before this one remembered (see sections.py)."""
        if state is None:
            state = ArticleState(article)
        state.article = article
        when = article.published
        mentions = {m_tok: m for m in self.actors.mentions(doc, when)
                    for m_tok in range(m.start, m.end)}
        self._remember_people(doc, mentions, state)
        state.mention_tokens = frozenset(mentions)
        skip = article.key_points_box
        events: list[Event] = []
        for index, sent in enumerate(doc.sents):
            if skip is not None and sent.start_char < skip.end and sent.end_char > skip.start:
                continue
            events.extend(self.code_sentence(sent, index, mentions, state))
        return events

    def _remember_people(self, doc: Doc, mentions: dict[int, Mention],
                         state: ArticleState) -> None:
        """Unknown people introduced with a country ("Russian spokesperson Ivan Petrov") are
        remembered by surname for later sentences."""
        for ent in doc.ents:
            if ent.label_ != "PERSON" or any(t.i in mentions for t in ent):
                continue
            actor = resolve(ent.root, mentions, self.actors, state.article.published)
            if actor is not None:
                state.people.setdefault(ent.root.text, actor)
                state.people.setdefault(ent.text, actor)

    # ------------------------------------------------------------------ sentence level
    def code_sentence(self, sent: Span, index: int, mentions: dict[int, Mention],
                      state: ArticleState) -> list[Event]:
        consumed: set[int] = set()
        readings: list[tuple[Token, Pattern, _Role | None]] = []
        for token in sent:
            if token.pos_ == "VERB":
                pattern = self.verbs.match_verb(token)
                if pattern is None or self._embeds_trigger(token):
                    continue
                consumed.update(_object_tokens(token, pattern))
                readings.append((token, pattern, self._read_verb(token, pattern, mentions,
                                                                 state)))
        for token in sent:
            if token.pos_ in ("NOUN", "PROPN") and token.i not in consumed:
                pattern = self.verbs.match_noun(token)
                if pattern is not None:
                    readings.append((token, pattern, self._read_noun(token, pattern, mentions,
                                                                     state)))
        events: list[Event] = []
        seen: set[tuple[Any, ...]] = set()
        for trigger, pattern, role in sorted(readings, key=lambda r: r[0].i):
            if role is None:
                continue
            for source in role.sources:
                targets = [t for t in role.targets if not _same(source, t)]
                for target in targets or [None]:
                    event = self._event(sent, index, trigger, pattern, role, source, target,
                                        state)
                    key = (event.evidence.start, event.evidence.end, source.country,
                           event.cameo_code, target.country if target else None)
                    if key not in seen:
                        seen.add(key)
                        events.append(event)
            if role.sources and trigger.dep_ in ("ROOT", "conj") and role.modality.asserted:
                info = self.cameo.get(role.code)
                if info.plover_type not in REACTIONS:
                    state.antecedent = role.sources[0]
            if role.sources and role.modality.asserted:
                kind = self.cameo.get(role.code).plover_type
                if kind:
                    state.last_by_type[kind] = role.sources[0]
        return _subsume(events)

    def _embeds_trigger(self, verb: Token) -> bool:
        """A control verb whose infinitive is itself a trigger is coded through that trigger
        ("agreed to send weapons" is one event, not two)."""
        if self._controls_object(verb):
            return False  # "urged X to stop": the request is an event of its own
        for child in verb.children:
            if child.dep_ == "xcomp" and child.pos_ == "VERB" and self.verbs.match_verb(child):
                return True
        return False

    # ------------------------------------------------------------------ verbs
    def _read_verb(self, verb: Token, pattern: Pattern, mentions: dict[int, Mention],
                   state: ArticleState) -> _Role | None:
        modality, transform = self._modality(verb)
        code = self._transform(pattern.code, transform, modality)
        if code is None:
            return None
        modality = self._settle(pattern.code, code, transform, modality)
        subject, passive = self.subject(verb)
        sources = self.actors_of(subject, mentions, state) if subject is not None else []
        targets: list[Actor] = []
        if passive:
            for child in verb.children:
                if child.dep_ == "nsubjpass" and not pattern.objects:
                    targets = self.actors_of(child, mentions, state)
        if not targets:
            targets = self._verb_targets(verb, pattern, mentions, state)
        if not sources:
            return None
        if not targets:
            targets = self._adjunct_target(verb, sources, mentions, state)
        if not targets:
            targets = self._domestic_target(verb, pattern, passive, sources[0])
        if not sources:
            return None
        kind = self.cameo.get(code).plover_type
        if kind in DIPLOMATIC:  # "talks in Cairo": the venue of a meeting is not a party
            targets = [t for t in targets if t.resolved_by != "venue"]
        if not targets and kind in NEEDS_RECIPIENT:
            return None
        tokens = [verb, *(_object_tokens(verb, pattern))]
        return _Role(code, sources, targets, modality, tokens)

    def subject(self, verb: Token) -> tuple[Token | None, bool]:
        """The token naming who acts, and whether the clause is passive (source = agent)."""
        node = verb
        for _ in range(8):
            for child in node.children:
                if child.dep_ == "agent":
                    pobj = [g for g in child.children if g.dep_ == "pobj"]
                    if pobj:
                        return pobj[0], True
            for child in node.children:
                if child.dep_ in _SUBJECT_DEPS and child.dep_ != "expl":
                    if child.lower_ in _RELATIVE and node.dep_ == "relcl":
                        return node.head, False
                    return child, False
            if node.dep_ == "relcl":  # "forces that were sent": no subject of their own
                return None, False
            if node.dep_ == "xcomp":
                head = node.head
                if self._controls_object(head):
                    for child in head.children:
                        if child.dep_ in ("dobj", "dative") and child.i < node.i:
                            return child, False
                node = head
                continue
            if node.dep_ in ("conj", "acomp") or (node.dep_ == "advcl"
                                                  and node.tag_ in ("VBG", "VBN")
                                       and not any(c.dep_ == "mark" for c in node.children)):
                node = node.head
                continue
            if node.dep_ == "acl" and node.tag_ == "VBG":
                return node.head, False
            if node.dep_ == "pcomp":  # "its policy of not providing", "Germany's refusal to"
                noun = node.head.head
                for child in noun.children:
                    if child.dep_ == "poss" and child.pos_ != "PRON":
                        return child, False
                if noun.dep_ in ("dobj", "pobj", "attr"):
                    node = noun.head if noun.dep_ != "pobj" else noun.head.head
                    continue
            break
        return None, False

    def _controls_object(self, verb: Token) -> bool:
        lemma = verb.lemma_.lower()
        return self.lex.has("permission", lemma) or self.lex.has("request", lemma)

    def _verb_targets(self, verb: Token, pattern: Pattern, mentions: dict[int, Mention],
                      state: ArticleState) -> list[Actor]:
        holders = [verb]
        holders.extend(_object_tokens(verb, pattern))
        holders.extend(c for c in verb.children if c.dep_ == "dobj")  # "held talks with X"
        for child in verb.children:
            if child.dep_ == "dobj" and not pattern.objects:
                found = [a for a in self.actors_of(child, mentions, state)
                         if a.resolved_by != "venue"]  # "hosted talks in Cairo"
                if found:
                    return found
            if child.dep_ == "prt":
                holders.append(child)
        for child in verb.children:
            if child.dep_ == "dative":
                node = _pobj(child) if child.pos_ == "ADP" else child
                if node is not None:
                    found = self.actors_of(node, mentions, state)
                    if found:
                        return found
        for holder in holders:
            for child in holder.children:
                if child.dep_ in ("prep", "dative") and child.lower_ in pattern.preps:
                    node = _pobj(child)
                    if node is not None and child.lower_ == "with" and node.i not in mentions \
                            and self.actors.role_sector(node) is None:
                        continue  # "strike with U.S. missiles": an instrument, not a party
                    if node is not None:
                        found = self.actors_of(node, mentions, state)
                        if found:
                            return found
        return []

    def _adjunct_target(self, verb: Token, sources: list[Actor], mentions: dict[int, Mention],
                        state: ArticleState) -> list[Actor]:
        """A light-verb act with no recipient in its arguments ("authorized the use of
        missiles", "removed restrictions that limited Ukraine's ability") takes the other party
        named in its object or prepositional adjunct ("In an escalation of U.S. support for
        Ukraine, …")."""
        countries = {s.country for s in sources}
        holders = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        for clause in clauses:  # "demanded that the US cancel …"
            holders += [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        holders += clauses  # "warned that it would respond if Israel invaded"
        holders += [c for c in verb.children if c.dep_ == "prep"
                    and c.lower_ not in self.lex.words["background_preps"]]
        for child in holders:
            for token in _without_purpose(child):
                if token.i in mentions and token.dep_ in ("pobj", "poss", "compound", "amod",
                                                          "nsubj", "nsubjpass", "dobj", "appos",
                                                          "conj", "nmod"):
                    found = self.actors_of(token, mentions, state)
                    found = [a for a in found if a.country not in countries]
                    if found:
                        return found[:1]
        return []

    def _domestic_target(self, verb: Token, pattern: Pattern, passive: bool,
                         source: Actor) -> list[Actor]:
        """A target named only by a role noun ("jailed opposition members", "fired on
        protesters") belongs to the source's own country: a domestic event."""
        heads = []
        for child in verb.children:
            if (child.dep_ == "dobj" and not pattern.objects) or \
                    (child.dep_ == "nsubjpass" and passive):
                heads.append(child)
            elif child.dep_ == "prep" and child.lower_ in pattern.preps:
                node = _pobj(child)
                if node is not None:
                    heads.append(node)
        for head in heads:
            of_phrases = [_pobj(c) for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
            for token in [head, *(t for t in of_phrases if t is not None)]:
                sector = self.actors.role_sector(token)
                if sector is not None and source.country and source.kind == "country":
                    return [Actor(text=token.text, country=source.country, sector=sector,
                                  kind="country", resolved_by="domestic", start=token.idx,
                                  end=token.idx + len(token.text))]
        return []

    # ------------------------------------------------------------------ nouns
    def _read_noun(self, noun: Token, pattern: Pattern, mentions: dict[int, Mention],
                   state: ArticleState) -> _Role | None:
        if self._background(noun):
            return None
        modality, transform = self._modality(noun)
        code = self._transform(pattern.code, transform, modality)
        if code is None:
            return None
        modality = self._settle(pattern.code, code, transform, modality)
        info = self.cameo.get(code)
        sources: list[Actor] = []
        targets: list[Actor] = []
        for child in noun.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i in mentions:
                sources = sources or self.actors_of(child, mentions, state)
            elif child.dep_ == "prep":
                node = _pobj(child)
                if node is None:
                    continue
                word = child.lower_
                if word in _NOMINAL_SOURCE_PREPS or (word == "of" and pattern.of == "source"):
                    sources = sources or self.actors_of(node, mentions, state)
                elif word in pattern.preps or (word == "of" and pattern.of == "target") or \
                        word == "for":
                    targets = targets or self.actors_of(node, mentions, state)
        if not sources:
            sources = self._inherited_source(noun, mentions, state)
        if not targets and info.plover_type in REACTIONS:
            targets = self._clause_subject_actor(noun, mentions, state)
        if not sources or (not targets and info.plover_type not in INTRANSITIVE):
            return None
        return _Role(code, sources, targets, modality, [noun])

    def _background(self, noun: Token) -> bool:
        """Nominal events in temporal or hypothetical frames are background, not news:
        "since the Russian invasion", "the threat of attacks"."""
        if noun.dep_ == "pobj" and noun.head.lower_ in self.lex.words["background_preps"]:
            return True
        node = noun
        for _ in range(3):
            if node.dep_ in ("pobj",) and node.head.dep_ == "prep":
                parent = node.head.head
                if parent.lemma_.lower() in self.lex.words["hypothetical_nouns"]:
                    return True
                node = parent
                continue
            break
        return False

    def _inherited_source(self, noun: Token, mentions: dict[int, Mention],
                          state: ArticleState) -> list[Actor]:
        """A listed nominal takes the possessor of the phrase that lists it:
        "Russia's aggression, including the deployment of troops"."""
        node = noun
        for _ in range(2):
            if node.dep_ != "pobj" or node.head.dep_ != "prep":
                return []
            parent = node.head.head
            if parent.pos_ not in ("NOUN", "PROPN"):
                return []
            for child in parent.children:
                if child.dep_ == "poss" and child.pos_ != "PRON":
                    return self.actors_of(child, mentions, state)
            node = parent
        return []

    def _clause_subject_actor(self, noun: Token, mentions: dict[int, Mention],
                              state: ArticleState) -> list[Actor]:
        """A reaction noun reacts to its clause's subject: "the decision met with approval"."""
        node = noun
        while node.dep_ in ("pobj", "prep", "dobj") and node.head.i != node.i:
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                for child in node.children:
                    if child.dep_ in ("nsubj", "nsubjpass"):
                        return self.actors_of(child, mentions, state)
                return []
        return []

    # ------------------------------------------------------------------ modality
    def _modality(self, trigger: Token) -> tuple[Modality, str | None]:
        """Flags and the transform (intent, threat, refusal) from the trigger's governors."""
        negated = future = hypothetical = reported = False
        future_modal = False
        transform: str | None = None
        node = trigger
        for _ in range(6):
            for child in node.children:
                if child.dep_ == "neg":
                    negated = not negated
                elif child.dep_ == "aux":
                    word = child.lower_
                    if word in self.lex.words["hypothetical_modals"]:
                        hypothetical = True
                    elif word in self.lex.words["future_modals"]:
                        future = future_modal = True
            dep, head = node.dep_, node.head
            lemma = head.lemma_.lower()
            infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children)
            if dep == "xcomp" or (dep in ("acomp",) and infinitive):
                if transform is None:
                    if self.lex.has("refusal", lemma):
                        transform = "refusal"
                    elif self.lex.has("threat", lemma):
                        transform = "threat"
                    elif self.lex.has("intent", lemma):
                        transform = "intent"
                    elif self.lex.has("permission", lemma) or self.lex.has("request", lemma):
                        hypothetical = True
                    elif lemma in self.lex.words["hypothetical_nouns"]:
                        hypothetical = True
                node = head
                continue
            if dep == "ccomp":
                if lemma == "deny":
                    negated = not negated
                elif self.lex.has("reporting", lemma):
                    reported = True
                node = head
                continue
            if dep == "conj":
                node = head
                continue
            if dep in ("acl", "advcl", "relcl") and infinitive:
                hypothetical = True  # purpose: "missiles to strike targets", "to reinforce"
                break
            if dep == "advcl":
                marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
                if marks & {"if", "unless", "whether"}:
                    hypothetical = True
                break
            if dep == "pcomp":  # "its policy of not providing" / "the ability to use"
                noun = head.head
                if noun.lemma_.lower() in self.lex.words["hypothetical_nouns"] - {"policy"}:
                    hypothetical = True
                break
            if dep in ("pobj", "dobj") and trigger.pos_ in ("NOUN", "PROPN"):
                governor = head if dep == "dobj" else head.head
                lemma = governor.lemma_.lower()
                if node is trigger and governor.pos_ == "VERB" and any(
                        self.lex.has(k, lemma) for k in ("request", "permission", "intent",
                                                         "refusal", "threat")):
                    hypothetical = True  # "demanded the withdrawal of", "called for talks"
                    break
                node = governor
                if node.pos_ == "VERB" and dep == "dobj":
                    continue
                break
            break
        if negated and transform is None:
            transform = "negation"
        elif future_modal and transform is None:
            transform = "future"
        return Modality(negated=negated, future=future, hypothetical=hypothetical,
                        reported=reported), transform

    def _transform(self, code: str, transform: str | None, modality: Modality) -> str | None:
        """The code an embedded act becomes; None when nothing is to be coded."""
        if transform is None:
            return code
        kind = self.cameo.get(code).plover_type or ""
        if transform == "intent":
            if kind in COOPERATIVE or kind == "REQUEST":
                return self.lex.intent_codes.get(kind, code)
            if kind in CONFLICT:
                return self.lex.threat_codes.get(kind, self.lex.threat_codes["default"])
            return code
        if transform == "future":
            if kind in COOPERATIVE:
                return self.lex.intent_codes.get(kind, code)
            if kind in CONFLICT - {"THREATEN"}:
                return self.lex.threat_codes.get(kind, self.lex.threat_codes["default"])
            return code
        if transform == "threat":
            if kind in CONFLICT:
                return self.lex.threat_codes.get(kind, self.lex.threat_codes["default"])
            return self.lex.intent_codes.get(kind, code)
        if transform in ("refusal", "negation"):
            if kind in COOPERATIVE:
                return self.lex.refusal_codes.get(kind, self.lex.refusal_codes["default"])
            if transform == "refusal":
                return None  # "refused to attack" is no attack and no event
            return code  # a negated conflict act stays, flagged negated
        return code

    @staticmethod
    def _settle(original: str, code: str, transform: str | None, modality: Modality) -> Modality:
        """A negation turned into a refusal is a statement, not a negated event; an intent or
        threat is about the future."""
        if transform == "negation" and code != original:
            return replace(modality, negated=False)
        if transform in ("intent", "threat", "future") and code != original:
            return replace(modality, future=True)
        return modality

    # ------------------------------------------------------------------ actors
    def actors_of(self, token: Token, mentions: dict[int, Mention],
                state: ArticleState) -> list[Actor]:
        """Actors of a phrase: its own, its appositions' and its conjuncts' (one each)."""
        out: list[Actor] = []
        for head in _expand(token):
            actor = resolve(head, mentions, self.actors, state.article.published, state.people)
            if actor is None:
                actor = self._anaphor(head, state)
            if actor is not None and not any(_same(actor, a) for a in out):
                out.append(actor)
        return out

    def _anaphor(self, head: Token, state: ArticleState) -> Actor | None:
        """ "the decision", "this move": the actor of the last main-clause event."""
        lemma = head.lemma_.lower()
        event_noun = self.verbs.match_noun(head)
        if lemma not in ANAPHORIC_NOUNS and event_noun is None:
            return None
        dets = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
        if not dets & {"the", "this", "that", "these", "those", "its", "their"}:
            return None
        if any(c.dep_ in ("prep", "amod", "compound", "poss") and c.i in state.mention_tokens
               for c in head.children):
            return None  # "the Russian strikes" names its own actor
        if lemma in ANAPHORIC_NOUNS:
            actor = state.anaphors.get(lemma) or state.antecedent
        else:  # "condemned the strikes": the source of the last event of that type
            kind = self.cameo.get(event_noun.code).plover_type if event_noun else None
            actor = state.last_by_type.get(kind or "")
        if actor is None:
            return None
        state.anaphors.setdefault(lemma, actor)
        return Actor(text=head.text, country=actor.country, sector=actor.sector,
                     name=actor.name, kind=actor.kind, resolved_by="anaphora",
                     start=head.idx, end=head.idx + len(head.text))

    # ------------------------------------------------------------------ output
    def _event(self, sent: Span, index: int, trigger: Token, pattern: Pattern, role: _Role,
               source: Actor, target: Actor | None, state: ArticleState) -> Event:
        article = state.article
        info = self.cameo.get(role.code)
        starts = [t.idx for t in role.tokens]
        ends = [t.idx + len(t.text) for t in role.tokens]
        for actor in (source, target):
            if actor is not None and actor.start is not None and actor.end is not None \
                    and sent.start_char <= actor.start < sent.end_char:
                starts.append(actor.start)
                ends.append(actor.end)
        start, end = max(min(starts), sent.start_char), min(max(ends), sent.end_char)
        text = article.text  # = doc.text, which spaCy rebuilds on every call
        evidence = model.Span(text[start:end], start, end)
        trig = model.Span(trigger.text, trigger.idx, trigger.idx + len(trigger.text))
        published = article.published
        when = (EventDate(published.isoformat(), "day", False) if isinstance(published, date)
                else EventDate(None))
        event_id = model.stable_id(article.id, start, end, source.country, source.sector,
                                   role.code, target.country if target else None)
        return Event(
            id=event_id, article_id=article.id, sentence=index, evidence=evidence,
            trigger=trig, source=source, target=target, plover_type=info.plover_type,
            plover_mode=info.plover_mode, cameo_code=role.code, cameo_name=info.name,
            goldstein=info.goldstein, quad_class=info.quad_class, modality=role.modality,
            date=when, pattern=pattern.where, coder_version=CODER_VERSION,
            dictionary_version=self.dictionary_version,
        )


# ---------------------------------------------------------------------- helpers

def _pobj(prep: Token) -> Token | None:
    for child in prep.children:
        if child.dep_ in ("pobj", "pcomp"):
            return child
    return None


def _expand(token: Token) -> list[Token]:
    """The phrase head, its conjuncts and appositions ("the UK and France")."""
    out = [token]
    for child in token.children:
        if child.dep_ in ("conj", "appos"):
            out.extend(_expand(child))
    return out


def _without_purpose(token: Token) -> Iterator[Token]:
    """The subtree of ``token`` without its infinitival purpose clauses ("to strike …")."""
    yield token
    for child in token.children:
        if child.dep_ in ("acl", "advcl", "xcomp", "relcl") and any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in child.children):
            continue
        yield from _without_purpose(child)


def _object_tokens(verb: Token, pattern: Pattern) -> list[Token]:
    """The object nouns a pattern with ``objects`` consumed ("launched *attacks*")."""
    if not pattern.objects:
        return []
    out = []
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "prt"):
            for token in child.subtree:
                if token.lemma_.lower() in pattern.objects and token.pos_ in ("NOUN", "PROPN"):
                    out.append(token)
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in pattern.objects:
        out.append(verb.head)
    return out


def _subsume(events: list[Event]) -> list[Event]:
    """Within a sentence, an event without target restates one of the same source and type
    that has a target ("launched attacks on Ukraine, targeting infrastructure")."""
    targeted = {(e.source.country, e.plover_type) for e in events if e.target is not None}
    return [e for e in events
            if e.target is not None or (e.source.country, e.plover_type) not in targeted]


def _same(a: Actor, b: Actor) -> bool:
    return a.country == b.country and (a.sector == b.sector or None in (a.sector, b.sector))


__all__ = ["CODER_VERSION", "EventCoder", "Lexicon", "np_tokens"]
