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

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from lemminflect import getLemma
from spacy.tokens import Doc, Span, Token

from . import model
from .actors import (
    COUNTS,
    LOCATIVE_PREPS,
    NAMED_AFTER_CITIES,
    ActorDictionary,
    Entry,
    Mention,
    locative,
    np_tokens,
    patron,
    resolve,
    resolve_person,
    specific_role,
    titles,
)
from .cameo import CameoTable
from .enrich.places import Gazetteer, Place
from .model import Actor, Event, EventDate, Modality
from .quotes import CRITICISE_CODE, PRAISE_CODE, STANCE_THRESHOLD, StanceLexicon
from .resources import data_path, fingerprint, load_yaml
from .verbs import (
    DEFAULT_TARGET_PREPS,
    NULL_CODE,
    Pattern,
    VerbDictionary,
    finite_modifier,
    perfect_participle,
)

CODER_VERSION = "0.1.0"
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
CONFLICT = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "SANCTION", "PROTEST", "THREATEN"})
REACTIONS = frozenset({"SUPPORT", "ACCUSE", "REJECT", "REQUEST"})
#: acts one side does against another: a warning that another does them is no threat
HOSTILE_ACTS = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "SANCTION"})
#: acts that help or side with whom they are done to
HELPING = frozenset({"SUPPORT", "AID", "COOPERATE", "AGREE"})
#: acts one side does to another even on a thing they share ("suspended a treaty with X",
#: "rejected a deal with X"): only a symmetric trigger, not its object, makes them mutual
ONE_SIDED = frozenset({"SANCTION", "REJECT", "ACCUSE", "REQUEST", "THREATEN", "COERCE"})
#: the most states a symmetric act is coded between pair by pair; more act together on no
#: one state ("ministers of five Commonwealth states agreed")
MAX_PAIRED = 3
#: types that need no target ("troops were deployed", "protesters rallied")
INTRANSITIVE = frozenset({"MOBILIZE", "PROTEST", "RETREAT", "AGREE", "CONSULT"})
#: types coded without a target ("troops were deployed"); a withdrawal or release names
#: from whom or whose in news nearly always (CODEBOOK gold: 6 of 8), so it needs its target
TARGETLESS = frozenset({"MOBILIZE"})
#: acts addressed to someone: coded with a null target when that is a collective the text
#: does not name ("urged all sides to …")
ADDRESSED = frozenset({"REQUEST", "THREATEN", "ACCUSE", "SUPPORT", "REJECT"})
#: curfews, states of emergency, martial law and censorship ("shut down the internet"):
#: imposed on the doer's own people unless the text names another's place or outlet; so
#: are threats of them (1323, 1324, and 137 where the act threatened is one of these), and
#: so is their easing (0813, 0814: "lifted the state of emergency"; 081: "lifted the ban
#: on social media")
AT_HOME = frozenset({"1721", "1723", "1724", "1323", "1324", "0813", "0814", "081"})
#: acts that are often domestic: a target of the doer's own country is kept ("police
#: arrested the president", "the junta dissolved parliament")
DOMESTIC_TYPES = frozenset({"COERCE", "ASSAULT", "PROTEST", "SANCTION", "REJECT", "ACCUSE",
                            "REQUEST"})
#: acts whose target named only by a role noun is of the doer's country ("jailed opposition
#: members", "condemned the protesters"); aid "to the island nation" or troops deployed are
#: not, nor "all parties" (a collective target is null)
MATERIAL_DOMESTIC = frozenset({"COERCE", "ASSAULT", "SANCTION", "PROTEST", "ACCUSE",
                               "REQUEST", "REJECT", "THREATEN"})
#: words addressed to a state's bodies named by role alone ("urged the authorities")
TO_STATE_BODIES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN"})
#: the sectors of a state's actors that speak to other states' bodies (its government and
#: forces), not to their own state's
ADDRESSING_SECTORS = frozenset({None, "GOV", "MIL", "COP", "SPY"})
#: the people a state holds at home ("the activist, who was arrested in 2020", "journalist
#: Ihar Losik, who was arrested", in a report on that state: of no nationality said; not
#: people at large, held by whoever the text leaves unsaid)
HELD_AT_HOME = frozenset({"OPP", "PTY", "MED", "NGO"})
#: the sectors of a state's own bodies: an armed group at home acts on its own state's
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
#: reported acts that the reporter accuses their doer of ("X said Y attacked Z")
ALLEGED = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"})
#: CAMEO 128, defy norms or law ("violated UN resolutions")
DEFY_NORMS = "128"
ALLEGATION = "112"
CRIMINAL_CHARGE = "1121"  # charged, indicted, prosecuted
FORCE = "190"  # use conventional military force
CONVICTED = "116"  # found guilty, sentenced
#: arming another, reported by a third, is alleged like an attack ("claimed the UAE has been
#: supplying arms to the RSF")
MILITARY_AID = "072"
#: imposed sanctions, embargoes, tariffs: whom they hit is named or unknown, never guessed as
#: the article's other state (CODEBOOK: SANCTION, COERCE also)
IMPOSED_SANCTIONS = "163"
#: eased sanctions: a name taken off a list of sanctioned or terrorist names
EASED_SANCTIONS = "085"
#: CAMEO's "reduce relations": an organisation suspending or expelling a member state
REDUCE_RELATIONS = "160"
#: relations broken off: with the state recognition is switched from
BROKE_RELATIONS = "161"
#: a state recognised (its government, its independence, the state named)
RECOGNISED = "054"
#: judicial cooperation (extradition, handing over suspects): with the state that receives
JUDICIAL_COOPERATION = "063"
#: reduced relations (16x): talks suspended, ties cut, aid halted
REDUCED_RELATIONS = "16"
#: joint exercises and patrols are military cooperation (CODEBOOK: COOPERATE)
MILITARY_COOPERATION = "062"
#: missiles fired at nobody named, harming nobody, are a show of force (a launch or a test)
AERIAL = "195"
SHOW_OF_FORCE = "150"
#: aid given, of no kind the text tells (goods that arrive: ``cargo`` in modality.yaml)
AID_GIVEN = "070"
#: aid allowed in (CONCEDE): its target is where it goes
AID_ALLOWED = "0863"
#: giving up office: "resigned", "stepped down" (RETREAT, on no one)
RESIGNATION = "0831"
#: signing a formal agreement (PLOVER SUPPORT): where it was signed is no party
SIGN_AGREEMENT = "057"
#: seizures of property (171, 1711 confiscation; not 1712, destruction): a ship seized under
#: no named flag has no target (CODEBOOK gold codes "seized a tanker in the Persian Gulf" so)
SEIZURES = frozenset({"171", "1711"})
#: a claim denied: "dismissed the accusations", "said the claims were baseless"
DENIAL = "016"
#: a demand that persons or property be released
DEMAND_RELEASE = "1053"
DEMAND_ACCESS = "1055"
#: military protection or peacekeeping given to another
PEACEKEEPING = "074"
#: forces that arrive somewhere are deployed there: troops, police
TROOPS_DEPLOYED, POLICE_DEPLOYED = "154", "153"
#: arrest (173) of a place is the capture of territory (192): "M23 rebels captured Goma"
ARREST = "173"
PESSIMISTIC = "012"
OCCUPY = "192"
#: diplomatic and material cooperation (050, 060-064): states that do it together with no
#: other party named do it with each other ("Saudi Arabia and Iran restored relations")
COOPERATING = frozenset({"050", "060", "061", "062", "063", "064"})
#: mediation: its doers mediate between others, never with each other
MEDIATE = "045"
#: sectors of people a state's own forces may act on at home
DOMESTIC_PEOPLE = frozenset({"CVL", "OPP", "MED", "REF", "NGO", "REL"})
#: CAMEO's veto: what it blocks is the vetoed body's measure, whoever that is aimed at
VETO = "129"
#: asylum or refuge given (075): told of armed groups by another, an accusation
REFUGE = "075"
#: acts of a crowd, which acts where it gathers (``_crowd``)
CROWD_ACTS = frozenset({"PROTEST", "REQUEST"})
#: what a speaker says another must do (``_demands``)
DEMAND = "100"
#: a threat, not specified ("said Israel would pay a heavy price")
THREAT = "130"
#: a threat of military force (1381 blockade, 1382 occupation, …)
THREAT_OF_FORCE = "138"
#: a deadline to leave is an expulsion, another an ultimatum (``_deadline``)
EXPULSION = "166"
ULTIMATUM = "139"
#: a building stormed (protesters, 145) by police or troops is raided (170)
STORMED, RAID = "145", "170"
#: a truce or ceasefire (0871 and the other de-escalations of 087)
TRUCE = "087"
#: a truce or ceasefire declared or taking effect
DECLARED_TRUCE = "0871"
#: a visit: the capital a leader arrives in is the host ("arrived in Beijing")
VISIT = "042"
#: investigations (090-094): by the state where one is investigated, like an arrest
INVESTIGATE = "09"
HOST = "043"
#: a diplomatic mission "in" a state is that state's concern ("closed its embassy in Kabul")
MISSIONS = frozenset({"embassy", "consulate", "mission", "legation"})
#: where forces that move themselves go ("massed on the border", "moved into Kherson")
_WHERE_FORCES_GO = frozenset({"to", "into", "toward", "towards", "near", "on", "along", "at",
                              "in", "across", "around", "outside", "inside", "close"})
#: how far after its verb a target is looked for by word order (tokens)
WORD_ORDER_REACH = 10
#: a government that "protests" complains officially (CAMEO 114): a verbal act, not a rally
OFFICIAL_PROTEST = "114"
#: CAMEO 144, obstruct passage (a crowd's), and 191, impose a blockade (a state's)
OBSTRUCTION = "144"
BLOCKADE = "191"
#: types whose doer, where the text names only the state, is its armed forces
MILITARY = frozenset({"ASSAULT", "MOBILIZE"})
DIPLOMATIC = frozenset({"CONSULT", "AGREE", "SUPPORT", "COOPERATE"})
#: types the PLOVER manual says require a recipient ("Requires recipient: Yes")
NEEDS_RECIPIENT = frozenset({"COOPERATE", "AID", "SANCTION"})
#: backing (``backing`` in modality.yaml) coded as "praise or endorse" (CAMEO 051) is
#: material when a state gives it to an armed group: "provide aid, not specified" (070)
MATERIAL_BACKING = frozenset({"051"})
PROVIDE_AID = "070"
#: CAMEO's "discuss by telephone": it goes from caller to called (CODEBOOK)
TELEPHONE = "041"
ANAPHORIC_NOUNS = frozenset({"decision", "move", "step", "development", "announcement",
                             "action", "measure", "shift", "policy", "authorization",
                             "authorisation", "approval", "escalation"})
_SUBJECT_DEPS = ("nsubj", "csubj", "expl")
#: the key of a doc's tokens that name an international organisation (set by ``code``)
_IGO_TOKENS = "eventscope_igo_tokens"
_RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})
#: prepositions that name who tells an act, never whom it is done to
_TOLD_BY = frozenset({"according"})
_NOMINAL_SOURCE_PREPS = ("by", "from")



@dataclass(frozen=True)
class Lexicon:
    """``modality.yaml``: the words that change what an embedded event means."""

    words: dict[str, frozenset[str]]
    intent_codes: dict[str, str]
    threat_codes: dict[str, str]
    refusal_codes: dict[str, str]
    cessation_codes: dict[str, str]
    version: str
    #: region word → the continents a state it describes is on ("central american": NA, SA)
    region_continents: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def load(cls) -> Lexicon:
        path = data_path("modality.yaml")
        raw: dict[str, Any] = load_yaml(path)
        words = {k: frozenset(str(w).lower() for w in v) for k, v in raw.items()
                 if isinstance(v, list)}
        regions = {str(k).lower(): frozenset(str(c) for c in v)
                   for k, v in raw["region_continents"].items()}
        return cls(words, dict(raw["intent_codes"]), dict(raw["threat_codes"]),
                   dict(raw["refusal_codes"]), dict(raw["cessation_codes"]),
                   fingerprint([path]), regions)

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
    #: source of the last asserted event of each trigger word ("struck" → "the strikes")
    last_by_word: dict[str, Actor] = field(default_factory=dict)
    #: the sources of every such event, in order, and the type each event noun told again
    #: was read as, by its offset ("condemned the strikes": of the last striker but itself)
    doers_by_type: dict[str, list[Actor]] = field(default_factory=dict)
    anaphor_kinds: dict[int, str] = field(default_factory=dict)
    mention_tokens: frozenset[int] = frozenset()
    #: the country the article is about: most named in its headline and lead, then anywhere
    main: str | None = None
    #: character offsets where paragraphs start
    paragraphs: list[int] = field(default_factory=list)
    #: the last named person and the last named state or body acting (for "he", "it")
    last_person: list[Actor] = field(default_factory=list)
    last_body: list[Actor] = field(default_factory=list)
    #: the ones named before those (for a pronoun whose own clause names the last ones)
    earlier_person: list[Actor] = field(default_factory=list)
    earlier_body: list[Actor] = field(default_factory=list)
    #: the country of the last named actor of each paragraph ("the army" there)
    paragraph_country: dict[int, str] = field(default_factory=dict)
    #: the two sides of the last main act, where it went both ways ("X met Y. They agreed")
    last_pair: list[Actor] = field(default_factory=list)
    #: the actor each role noun that names no country stood for when an asserted event last
    #: coded it ("university students" the police fired on: "the students" later)
    roles: dict[str, Actor] = field(default_factory=dict)
    #: the country each attacker's last attack on another state hit ("Israeli jets struck
    #: Gaza. Israeli troops also raided a hospital": Gaza's)
    attacked: dict[str, str] = field(default_factory=dict)
    #: the state whose last strike, measure or coercion hit each state ("The United States
    #: imposed tariffs on Canadian steel. Canada vowed to retaliate": against the US)
    hit_by: dict[str, str] = field(default_factory=dict)
    #: who last accused each state ("Pristina denied any involvement": answers its accuser)
    accused_by: dict[str, Actor] = field(default_factory=dict)
    #: of those, the state whose last attack hit each state ("Russia launched missiles at
    #: Ukraine … the air force shot down 40 missiles": Russia's), not its measures
    struck_by: dict[str, str] = field(default_factory=dict)
    #: whom the last attack told without a doer struck, for a claim of it after
    unclaimed: list[Actor] = field(default_factory=list)
    #: the armed group or army whose last asserted attack hit its own state ("The RSF attacked
    #: Port Sudan. A drone strike hit the city's fuel depot": the RSF's war at home)
    fought_at_home: dict[str, Actor] = field(default_factory=dict)

    #: (token, country) of each state named, in order ("the two countries" are the two most
    #: named before)
    named_states: list[tuple[int, str]] = field(default_factory=list)
    #: the root token of each of those names → its country ("the Democratic Republic of the
    #: Congo and Rwanda": conjoined by their roots)
    named_roots: dict[int, str] = field(default_factory=dict)
    #: (start, end, speaker) of each direct quotation whose speaker is known
    speakers: list[tuple[int, int, Actor]] = field(default_factory=list)
    #: (start, end) of every quotation
    quoted: list[tuple[int, int]] = field(default_factory=list)
    #: (start, end) of each direct quotation whose speaker the quotation finder could not
    #: name (a role such as "the foreign ministry", whose state only the context gives)
    unattributed: list[tuple[int, int]] = field(default_factory=list)

    #: the last town or city named as a place, and its paragraph ("the city" told again)
    last_town: tuple[Actor, int] | None = None

    def paragraph(self, offset: int) -> int:
        return bisect_right(self.paragraphs, offset)

    def country_at(self, offset: int) -> str | None:
        """The state the text is about at a character offset: its paragraph's, else the
        article's."""
        return self.paragraph_country.get(self.paragraph(offset)) or self.main


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
                 lexicon: Lexicon, *, codebook: bool = True, places: Gazetteer | None = None):
        #: the project's codebook conventions (a state named alone is its government, its
        #: attacks its forces'; acts without a named target mostly not coded); False gives
        #: the bare codes of PETRARCH-style dictionaries (their validation records)
        self.codebook = codebook
        #: an act on a named place targets the place's state ("shelled Kharkiv": UKR)
        self.places = places
        self.actors = actors
        self.verbs = verbs
        self.cameo = cameo
        self.lex = lexicon
        self.stance = StanceLexicon.load()
        self._characterise_where = _line_of(data_path("modality.yaml"), "characterise:")
        self._listing_where = _line_of(data_path("modality.yaml"), "list_nouns:")
        self._truce_where = _line_of(data_path("modality.yaml"), "truce_nouns:")
        self._mediating_where = _line_of(data_path("modality.yaml"), "mediating:")
        self._recognition_where = _line_of(data_path("modality.yaml"), "recognition:")
        self._refuted_where = _line_of(data_path("modality.yaml"), "refuted:")
        self._wrongdoing_where = _line_of(data_path("modality.yaml"), "wrongdoing:")
        self._deadline_where = _line_of(data_path("modality.yaml"), "deadline_nouns:")
        self._asking_where = _line_of(data_path("modality.yaml"), "asking:")
        self._consequence_where = _line_of(data_path("modality.yaml"), "consequence_verbs:")
        self._demand_where = _line_of(data_path("modality.yaml"), "demand_modals:")
        self._responding_where = _line_of(data_path("modality.yaml"), "responding:")
        self._removal_where = _line_of(data_path("modality.yaml"), "member_removal:")
        self._dismay_where = _line_of(data_path("modality.yaml"), "dismay:")
        self.dictionary_version = f"{actors.version}-{verbs.version}-{lexicon.version}"

    @property
    def state_sector(self) -> str | None:
        return "GOV" if self.codebook else None

    # ------------------------------------------------------------------ article level
    def code_doc(self, doc: Doc, article: model.Article,
                 quotes: Sequence[model.Quote] = (),
                 state: ArticleState | None = None) -> list[Event]:
        """The events of a parsed article; ``quotes`` (with their speakers) let "we" and "I"
        inside a quotation stand for its speaker; ``state`` carries what the sections of a
        long text before this one remembered (see sections.py)."""
        if state is None:
            state = ArticleState(article)
        state.article = article
        state.speakers = [(q.text.start, q.text.end, q.speaker) for q in quotes
                          if q.direct and q.speaker is not None and q.speaker.country]
        state.quoted = [(q.text.start, q.text.end) for q in quotes]
        state.unattributed = [(q.text.start, q.text.end) for q in quotes
                              if q.direct and (q.speaker is None or not q.speaker.country)]
        when = article.published
        mentions = {m_tok: m for m in self.actors.mentions(doc, when)
                    for m_tok in range(m.start, m.end)}
        self._remember_people(doc, mentions, state)
        state.mention_tokens = frozenset(mentions)
        doc.user_data[_IGO_TOKENS] = frozenset(i for i, m in mentions.items()
                                               if m.entry.kind == "igo")
        text = article.text  # = doc.text, which spaCy rebuilds on every call
        state.paragraphs = [0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(text))]
        # the headline and the lead: the first two paragraphs
        state.main = _main_country(doc, mentions, state.paragraphs[2]
                                   if len(state.paragraphs) > 2 else len(text))
        # a seat of international bodies names no state of the story ("flown to The Hague")
        state.named_states = sorted({(m.start, m.entry.country) for m in mentions.values()
                                     if m.entry.kind in ("country", "group")
                                     and m.entry.country and not self.lex.has(
                                         "seats", doc[m.start:m.end].text.lower())})
        state.named_roots = {doc[m.start:m.end].root.i: m.entry.country
                             for m in mentions.values()
                             if m.entry.kind in ("country", "group") and m.entry.country}
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
        remembered for later sentences by surname and by any other of their names that comes
        again ("Getnet" of "Colonel Getnet Adane"); those introduced in apposition ("Tanzanian
        opposition leader Tundu Lissu", "Lissu, the opposition leader") only where a name
        comes again (elsewhere their own sentence names their country already)."""
        again: Counter[str] | None = None  # counted only for an article that names people
        for ent in [*(e for e in doc.ents if e.label_ == "PERSON"),
                    *self._named_in_apposition(doc, mentions)]:
            if any(t.i in mentions for t in ent):
                continue
            if again is None:
                again = Counter(t.text for t in doc)
            when = state.article.published
            actor = resolve(ent.root, mentions, self.actors, when, state_sector=self.state_sector)
            # by each of its names that comes again ("Getnet" of "Colonel Getnet Adane")
            names = [t.text for t in ent if t.pos_ == "PROPN" and again[t.text] > 1]
            if actor is None and names:  # in apposition: only where a name comes again
                actor = resolve_person(ent.root, mentions, self.actors, when,
                                       state_sector=self.state_sector)
            names.append(ent.root.text)
            if actor is not None:
                for name in (*names, ent.text):
                    state.people.setdefault(name, actor)
        self._remember_known_people(doc, mentions, state)

    def _named_in_apposition(self, doc: Doc, mentions: dict[int, Mention]) -> list[Span]:
        """Names the entity recogniser missed, that the parse puts in apposition with a role
        ("Abdullahi Mohamed, a spokesman for Somalia's foreign ministry, said"), outside the
        recognised entities."""
        taken = {t.i for e in doc.ents for t in e}
        out = []
        for token in doc:
            if token.pos_ != "PROPN" or token.i in taken or token.i in mentions or \
                    token.dep_ == "compound" or not token.is_title:
                continue
            roles = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
            if token.dep_ == "appos" and token.head.pos_ == "NOUN":
                roles.append(token.head)
            if not any(self.actors.role_sector(r) is not None for r in roles):
                continue
            start = min((c.i for c in token.children if c.dep_ == "compound" and
                         c.pos_ == "PROPN" and c.i < token.i), default=token.i)
            if not any(i in mentions or i in taken for i in range(start, token.i)):
                out.append(doc[start:token.i + 1])
        return out

    def _remember_known_people(self, doc: Doc, mentions: dict[int, Mention],
                               state: ArticleState) -> None:
        """People of the dictionary named in full stand for the article's later "Kim",
        "Austin" or "Khamenei": their first and last names, which the dictionary cannot
        list alone where two of its people share one (a city's name, a family's). A name
        that two of the article's people share stands for their state where they act for
        the same one ("Sharif" after Shehbaz and Nawaz Sharif: Pakistan, which of them
        unsaid), else for neither."""
        found: dict[str, Actor | None] = {}
        for mention in set(mentions.values()):
            if mention.entry.kind != "person" or mention.end - mention.start < 2:
                continue
            actor = mention.actor(doc, state.article.published, resolved_by="coreference")
            if actor is None:
                continue
            words = [t for t in doc[mention.start:mention.end]  # the sentence may be unparsed
                     if t.text[:1].isupper() and t.text[-1:].isalpha() and len(t.text) > 1
                     and self.actors.role_sector(t) is None]
            for word in {words[0].text, words[-1].text} if words else ():
                known = found.get(word, actor)
                if known is None or known.name == actor.name:
                    found[word] = known
                elif known.country == actor.country:  # one family, one state
                    found[word] = replace(known, name=None, sector=known.sector
                                          if known.sector == actor.sector else None)
                else:
                    found[word] = None
        for word, actor in found.items():
            if actor is not None and word not in self.actors.terms:
                state.people.setdefault(word, actor)

    # ------------------------------------------------------------------ sentence level
    def _common_plural(self, token: Token, mentions: dict[int, Mention]) -> None:
        """A plural that opens a sentence, tagged as a name ("Drones targeted the airport",
        "Airstrikes killed 20 people", its lemma left capitalised), is the common noun the
        dictionaries know in the singular: retagged, with that lemma."""
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if token.tag_ not in ("NNP", "NNPS") or token.i in mentions or not token.is_title or \
                following is None or following.pos_ == "PROPN":
            return  # (not "Drones Inc", a name of two words)
        low = token.lower_
        for stem in (low[:-3] + "y" if low.endswith("ies") else None,
                     low[:-3] + "man" if low.endswith("men") else None,
                     low[:-2] if low.endswith("es") else None,
                     low[:-1] if low.endswith("s") else None):
            if stem and (stem in self.verbs.nouns or stem in self.actors.roles or
                         self.lex.has("arms", stem) or self.lex.has("craft", stem)):
                token.tag_, token.pos_, token.lemma_ = "NNS", "NOUN", stem
                return

    def code_sentence(self, sent: Span, index: int, mentions: dict[int, Mention],
                      state: ArticleState) -> list[Event]:
        self._common_plural(sent[0], mentions)
        consumed: set[int] = set()
        readings: list[tuple[Token, Pattern, _Role | None]] = []
        for token in sent:
            if token.pos_ == "VERB" and not _adjectival_participle(token) and \
                    not self._topic_gerund(token):
                pattern = self._refutation(token) or \
                    self._characterisation(token, mentions, state) or \
                    self._deadline(token) or self._forceful_response(token) \
                    or self._member_removed(token, mentions, state) \
                    or self._listing(token) or self._recognised(token, mentions) \
                    or self._commanded(token) or self._asked(token) or \
                    self._self_moved(token)
                if pattern is None or \
                        self._embeds_trigger(token, pattern, mentions, state) or \
                        self._commands_event(token, pattern) or self._helps_outcome(token) or \
                        pattern.code == DEMAND and self._orders_own_forces(token):
                    continue  # "ordered the army to deploy": the deployment, no demand
                # the object is the verb's event ("launched attacks", "lodged a protest"),
                # unless it names a doer of its own ("ignored a request from the Pope")
                consumed.update(t.i for t in _object_tokens(token, pattern)
                                if not self.doers(t, mentions, state))
                readings.append((token, pattern, self._read_verb(token, pattern, mentions,
                                                                 state)))
        for token in sent:
            if token.pos_ in ("NOUN", "PROPN") and token.i not in consumed and not (
                    token.dep_ == "compound" and
                    self.lex.has("modified_heads", token.head.lemma_.lower())):
                pattern = self.verbs.match_noun(token)
                if pattern is not None:
                    readings.append((token, pattern, self._read_noun(token, pattern, mentions,
                                                                     state)))
        if self.codebook:
            readings += self._wrongdoing(sent, readings, mentions, state)
            readings += self._demands(sent, readings, mentions, state)
            readings += self._dismayed(sent, mentions, state)
            readings += self._switched_from(readings, mentions, state)
            readings += self._truce_in_force(sent, mentions, state)
            readings += self._mediated_between(sent, mentions, state)
        events: list[Event] = []
        seen: set[tuple[Any, ...]] = set()
        for trigger, pattern, role in sorted(readings, key=lambda r: r[0].i):
            if role is None:
                continue
            # a wrongdoing told by another is that other's accusation (``_allegations``), no
            # act of the wrongdoer's own
            wrongdoing = pattern.where == self._wrongdoing_where
            for source, target in [] if wrongdoing else self._pairs(trigger, role, state):
                reading = role
                if self.codebook and source.sector == "GOV" and role.code == OBSTRUCTION:
                    reading = replace(role, code=BLOCKADE)  # "Kenya blockaded Uganda's
                    # ports": a state's blockade, not a crowd's
                elif self.codebook and source.sector in ("CVL", "OPP") and \
                        role.code == BLOCKADE:
                    reading = replace(role, code=OBSTRUCTION)  # "students blockaded
                    # universities": a crowd's obstruction, no state's blockade
                elif self.codebook and source.sector == "GOV" and \
                        self.cameo.get(role.code).plover_type == "PROTEST":
                    reading = replace(role, code=OFFICIAL_PROTEST)  # a state's protest
                if self.codebook and self._arms_rebels(role, source, target):
                    reading = replace(role, code=PROVIDE_AID)  # "backed by Rwanda": material
                event = self._event(sent, index, trigger, pattern, reading, source, target,
                                    state)
                keys = _event_keys(event, trigger)
                if not keys & seen:
                    seen.update(keys)
                    events.append(event)
            if self.codebook and role.modality.asserted and \
                    (role.modality.reported or self._according_to(trigger) is not None) and \
                    (self.cameo.get(role.code).plover_type in ALLEGED or
                     role.code in (MILITARY_AID, DEFY_NORMS) or  # "said the launch violated
                     # UN resolutions": a wrong alleged
                     pattern.where == self._wrongdoing_where or
                     (self.cameo.get(role.code).plover_type == "COOPERATE" or
                      role.code == REFUGE or  # "had given refuge to ELN commanders"
                      role.code in MATERIAL_BACKING and
                      any(self._arms_rebels(role, s, t) for s in role.sources
                          for t in role.targets)) and
                     any(t.sector == "REB" for t in role.targets)):  # "said Congo was
                # working with the FDLR militia", "… was backing the M23 rebels": cooperation
                # with and material backing of armed groups, alleged (not asylum granted)
                for event in self._allegations(sent, index, trigger, pattern, role, mentions,
                                               state):
                    keys = _event_keys(event, trigger)
                    if not keys & seen:
                        seen.update(keys)
                        events.append(event)
                    if event.plover_type == "ACCUSE":  # "… denied the accusation": the
                        state.last_by_type["ACCUSE"] = event.source  # reporter's
                        state.doers_by_type.setdefault("ACCUSE", []).append(event.source)
            if wrongdoing:
                continue
            if role.sources and trigger.dep_ == "ROOT" and role.modality.asserted:
                pairs = {(e.source.country, e.target.country) for e in events
                         if e.trigger.start == trigger.idx and e.target is not None}
                state.last_pair = [e.source for e in events if e.trigger.start == trigger.idx
                                   and e.target is not None
                                   and (e.target.country, e.source.country) in pairs] \
                    if len(pairs) == 2 else []
            if role.sources and trigger.dep_ in ("ROOT", "conj") and role.modality.asserted:
                info = self.cameo.get(role.code)
                if info.plover_type not in REACTIONS:
                    state.antecedent = role.sources[0]
                # a main act whose doer no subject names ("protesters rallied in Kinshasa"):
                # its country is its paragraph's, until a subject names another
                if role.sources[0].kind != "igo":
                    state.paragraph_country.setdefault(state.paragraph(trigger.idx),
                                                       role.sources[0].country or "")
            for event in events:  # one state's asserted act on another
                if event.trigger.start != trigger.idx or not event.modality.asserted or \
                        event.target is None or not event.target.country or \
                        not event.source.country:
                    continue
                if event.plover_type == "ACCUSE":  # (an army accusing its own rebels too)
                    state.accused_by[event.target.country] = event.source
                if event.target.country == event.source.country:
                    if event.plover_type == "ASSAULT" and event.source.sector in ("REB", "MIL") \
                            and event.source.resolved_by != "context":
                        state.fought_at_home[event.source.country] = event.source
                    continue
                if event.plover_type == "ASSAULT":
                    state.attacked[event.source.country] = event.target.country
                    state.struck_by[event.target.country] = event.source.country
                if event.plover_type in ("ASSAULT", "SANCTION", "COERCE"):
                    state.hit_by[event.target.country] = event.source.country
            if role.sources and (role.modality.asserted or self._alleged_of(trigger)):
                kind = self.cameo.get(role.code).plover_type  # "accused X of attacking …
                if kind:  # Egypt condemned the attacks": X's attacks, as alleged
                    state.last_by_type[kind] = role.sources[0]
                    state.last_by_word[trigger.lemma_.lower()] = role.sources[0]
                    state.doers_by_type.setdefault(kind, []).append(role.sources[0])
        if self.codebook:
            self._remember_uncoded_act(sent, readings, mentions, state)
        self._remember_subjects(sent, mentions, state)
        events = _subsume(events)
        self._remember_roles(sent, events, state)
        return events

    def _remember_uncoded_act(self, sent: Span,
                              readings: list[tuple[Token, Pattern, _Role | None]],
                              mentions: dict[int, Mention], state: ArticleState) -> None:
        """A main clause's act that no pattern codes ("The junta postponed the election.") is
        still what "the decision" or "the move" after it is: its doer is the antecedent."""
        root = sent.root
        if root.pos_ != "VERB" or root.lemma_ in ("be", "have") or \
                self.lex.has("reporting", root.lemma_.lower()) or \
                any(token.i == root.i and role is not None and role.sources
                    for token, _, role in readings):
            return  # a coded act's doer is remembered with it
        if not self._modality(root)[0].asserted:
            return
        subject, passive = self.subject(root)
        if subject is None or passive or self.verbs.match_noun(subject) is not None or \
                subject.lemma_.lower() in ANAPHORIC_NOUNS:
            return  # "This decision marks a shift": an act told again, no new doer
        doers = [a for a in self.actors_of(subject, mentions, state)
                 if a.resolved_by not in ("anaphora", "context")]  # a doer named
        if doers:
            state.antecedent = doers[0]

    def _remember_roles(self, sent: Span, events: list[Event], state: ArticleState) -> None:
        """The actor of each role noun of no country named (``unanchored_roles``) that an
        asserted event of the sentence coded, for "the students" told again later."""
        for event in events:
            if not event.modality.asserted:
                continue
            for actor in (event.source, event.target):
                if actor is None or actor.kind != "country" or actor.start is None or \
                        not actor.country or actor.resolved_by == "anaphora":
                    continue
                span = sent.doc.char_span(actor.start, actor.end, alignment_mode="expand")
                if span is None or span.root.i in state.mention_tokens:
                    continue
                lemma = span.root.lemma_.lower()
                if self.lex.has("unanchored_roles", lemma):
                    state.roles[lemma] = actor

    def _remember_subjects(self, sent: Span, mentions: dict[int, Mention],
                           state: ArticleState) -> None:
        """The named subjects of a sentence are what its successors' pronouns and bare role
        nouns ("he", "its troops", "the army") refer to; the main clause's subject last, so
        that it, not one its clause reports, is "it" next ("The ministry said Kabul must
        act. It warned …": the ministry), and a role of the country from context counts
        there ("the ministry")."""
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON"]
        subjects.sort(key=lambda t: t.dep_ == "nsubj" and t.head.dep_ == "ROOT")
        for token in subjects:
            found = [a for a in (resolve(t, mentions, self.actors, state.article.published,
                                         state.people, state_sector=self.state_sector)
                                 for t in _expand(token)
                                 if t.i == token.i or not _former(t))  # not "Yang, a
                     if a is not None and a.country]  # former Chinese diplomat": what he was
            if not found and token.dep_ == "nsubj" and token.head.dep_ == "ROOT" and \
                    token.pos_ == "NOUN" and self.actors.role_sector(token) is not None:
                found = [a for a in self.actors_of(token, mentions, state)
                         if a.country and a.resolved_by != "context"] or \
                    [a for a in self._context(token, mentions, state) if a.country]
                # "The government in Asmara rejected …": Eritrea's, as the phrase says
            if not found:
                continue
            personal = token.i not in mentions and (  # a name, or a person's role; not
                self.lex.has("personal_roles", token.lemma_.lower()) or  # a body's name
                token.pos_ == "PROPN" and self.actors.role_sector(token) is None)  # "Ministry"
            people = [a for a in found if a.kind == "person" or personal]
            bodies = [a for a in found if a.kind != "person" and not personal]
            if people and _people(people) != _people(state.last_person):
                state.earlier_person, state.last_person = state.last_person, people
            if bodies and _countries(bodies) != _countries(state.last_body):
                state.earlier_body, state.last_body = state.last_body, bodies
            if token.dep_ == "nsubj" and token.head.dep_ == "ROOT" and \
                    found[0].kind != "igo":  # a main clause's doer, not a sufferer ("… were
                # detained") or a doer reported in a clause ("the deal means Nauru will take
                # …"); a state's, as no organisation has an army or a government of its own
                state.paragraph_country[state.paragraph(token.idx)] = found[0].country or ""

    def _wrongdoing(self, sent: Span, readings: list[tuple[Token, Pattern, _Role | None]],
                    mentions: dict[int, Mention],
                    state: ArticleState) -> list[tuple[Token, Pattern, _Role | None]]:
        """ "X said Y had violated the accord": a verb of wrongdoing (``wrongdoing`` in
        modality.yaml) that no pattern makes an event of, reported as fact by another, is the
        reporter's accusation of its doer (``_allegations``); the doer's act is no event."""
        read = self._read_with_targets(readings, events_only=False)
        found: list[tuple[Token, Pattern, _Role | None]] = []
        for token in sent:
            if token.pos_ not in ("VERB", "AUX"):
                continue  # every reading below is of a verb ("be", "do" included)
            lemma = token.lemma_.lower()
            short = self._short_of(token)
            implicated = self._implicated(token)  # "was involved in the killing"
            if token.i in read or not (token.pos_ == "VERB" and (
                    self.lex.has("wrongdoing", lemma) or self.lex.has("vote_rigging", lemma))
                                       or implicated or self._culpable(token) or short or
                                       self._incursion(token) or self._abets(token) or
                                       token.pos_ == "VERB" and any(  # "had illegally granted"
                                           c.dep_ == "advmod" and
                                           self.lex.has("wrongful_manner", c.lower_)
                                           for c in token.children)):
                continue
            if self.lex.has("wrongdoing_with_object", lemma) and not any(
                    c.dep_ in ("dobj", "nsubjpass") and  # "the killings were committed by"
                    (self.lex.has("wrongdoing_objects", c.lemma_.lower()) or
                     self.lex.has("breaking", lemma) and  # "broke its promise"
                     self.lex.has("undertakings", c.lemma_.lower()))
                    and not any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                    for c in token.children):  # "posed no threat"
                continue
            modality, _ = self._modality(token)
            if short and modality.reported:  # "not doing enough": the negation is the charge
                modality = replace(modality, negated=False)
            if not (modality.reported and modality.asserted):
                continue
            subject, passive = self.subject(token)
            agent = passive and any(c.dep_ == "agent" for c in token.children)
            if implicated:  # the one said to have been involved is the one blamed
                subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
                passive = False
            sources = self.actors_of(subject, mentions, state) \
                if subject is not None and (not passive or agent) else []
            if not sources and not agent and self.lex.has("vote_rigging", lemma) and any(
                    c.dep_ == "nsubjpass" and self.lex.has("elections", c.lemma_.lower())
                    for c in token.children):
                sources = self._election_holder(token, mentions, state)  # "the opposition
                # says the vote was rigged": by the government holding it
            if not sources and subject is not None and not passive and \
                    subject.lemma_.lower() in ANAPHORIC_NOUNS:  # "said the government's
                sources = [a for c in subject.children if c.dep_ == "poss"  # policies had
                           for a in self.actors_of(c, mentions, state)]  # worsened …": its
            if sources:
                pattern = Pattern("verb", lemma, ALLEGATION, self._wrongdoing_where)
                found.append((token, pattern, _Role(ALLEGATION, sources, [], modality,
                                                    [token])))
        return found

    def _election_holder(self, verb: Token, mentions: dict[int, Mention],
                         state: ArticleState) -> list[Actor]:
        """Whom a charge that a vote was rigged, told with no doer, accuses: the government
        of the state whose opposition, party or people tell it, else of the state the
        report is on."""
        reporter = self._reporter(verb, mentions, state)
        if reporter is None:
            return []
        held = [a for c in verb.children if c.dep_ == "nsubjpass"  # "the election in
                for node in _pobjs(c, ("in",))  # Venezuela": there
                for a in self.actors_of(node, mentions, state) if a.kind == "country"]
        if held:
            country = held[0].country
        elif reporter.sector in ("OPP", "PTY", "CVL"):  # a state's own critics
            country = reporter.country
        else:
            country = state.country_at(verb.idx)
        if not country or self.places is None or self.places.country(country) is None:
            return []
        return [Actor(text=verb.text, country=country, sector="GOV", kind="country",
                      resolved_by="context", start=verb.idx, end=verb.idx + len(verb.text))]

    def _abets(self, verb: Token) -> bool:
        """Whether a verb of backing (``abetting``) has for object, or works "with", an armed
        group called terrorist, militant or extremist ("supported terrorist groups", "funding
        militants", "cooperating with jihadist groups"); not "the fight against" them, nor
        "the victims of terrorism"."""
        if verb.pos_ != "VERB" or not self.lex.has("abetting", verb.lemma_.lower()):
            return False
        backed = [c for c in verb.children if c.dep_ == "dobj"]
        backed += _pobjs(verb, ("with",))  # "was cooperating with jihadist groups"
        return any(self.lex.has("illicit_groups", c.lemma_.lower()) or any(
            m.dep_ in ("amod", "compound") and self.lex.has("illicit_groups", m.lemma_.lower())
            for m in c.children) for c in backed)

    def _dismayed(self, sent: Span, mentions: dict[int, Mention],
                  state: ArticleState) -> list[tuple[Token, Pattern, _Role | None]]:
        """ "was horrified by the Russian attack", "said it was deeply concerned by Israel's
        decision": one dismayed (``dismay``) by another's act criticises its doer (111); the
        one dismayed is the passive's subject, not its agent."""
        found: list[tuple[Token, Pattern, _Role | None]] = []
        for verb in sent:
            if verb.pos_ == "VERB" and verb.tag_ == "VBN":
                lemma = verb.lemma_.lower()
            elif verb.pos_ == "ADJ" and verb.dep_ == "acomp" and verb.lower_.endswith("ed"):
                lemma = getLemma(verb.lower_, upos="VERB")[0]  # "was deeply concerned",
            else:  # tagged as an adjective
                continue
            if not self.lex.has("dismay", lemma):
                continue
            if verb.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in verb.children):
                holder = verb
            elif verb.dep_ == "acomp" and verb.head.lemma_ == "be":
                holder = verb.head  # "was concerned by", read as a copula's complement
            else:
                continue
            subject = next((c for c in holder.children if c.dep_ in ("nsubjpass", "nsubj")),
                           None)
            acts = [node for c in verb.children if c.dep_ in ("agent", "prep") and
                    c.lower_ in ("by", "at", "over") and (node := _pobj(c)) is not None]
            if subject is None or not acts:
                continue
            modality, _ = self._modality(verb)
            sources = self.actors_of(subject, mentions, state)
            own = {s.country for s in sources}
            targets: list[Actor] = []
            for act in acts:  # the doer of an act ("the Russian attack", "Israel's
                # decision"), or one named ("by Russia"); not what nobody did ("the floods")
                if act.pos_ == "NOUN" and (self.verbs.match_noun(act) is not None or
                                           self.lex.has("decision_nouns", act.lemma_.lower())):
                    told = self._anaphor(act, state)  # "by the decision": the last act's
                    targets += self.doers(act, mentions, state) or ([told] if told else [])
                elif act.pos_ == "PROPN":
                    targets += self.actors_of(act, mentions, state)
            targets = [a for a in targets if a.country not in own]
            if sources and targets:
                pattern = Pattern("verb", verb.lemma_.lower(), CRITICISE_CODE,
                                  self._dismay_where)
                found.append((verb, pattern, _Role(CRITICISE_CODE, sources, targets[:2],
                                                   modality, [verb, *acts])))
        return found

    def _incursion(self, verb: Token) -> bool:
        """ "entered Philippine waters", "intruded into its airspace": entering the waters,
        airspace, zone or territory of a state named by a modifier or a pronoun (``incursion``
        in modality.yaml)."""
        if verb.pos_ != "VERB" or not self.lex.has("incursion", verb.lemma_.lower()):
            return False
        nouns = [c for c in verb.children if c.dep_ == "dobj"]
        nouns += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("into", "in")
                  and (p := _pobj(c)) is not None]
        return any(self.lex.has("incursion_objects", n.lemma_.lower()) and any(
            c.dep_ in ("poss", "amod", "compound") and (c.pos_ == "PRON" or c.text[:1].isupper())
            for c in n.children) for n in nouns)

    @staticmethod
    def _short_of(verb: Token) -> bool:
        """ "was not doing enough to stop …", "had done too little to rein in …", "had done
        nothing to stop …", "had taken no steps to protect …": falling short, a charge when
        said of another."""
        lemma = verb.lemma_.lower()
        negated = any(c.dep_ == "neg" for c in verb.children)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "advmod")]
        if lemma == "do":
            return negated and any(c.lower_ == "enough" for c in objects) or any(
                c.lower_ == "little" and any(g.lower_ == "too" for g in c.children) or
                c.lower_ == "nothing" and any(g.dep_ in ("relcl", "acl") for g in c.children)
                for c in objects)
        return lemma == "take" and any(  # "taken no steps to", "not taken any measures to"
            c.lemma_.lower() in ("step", "measure", "action") and
            (negated or any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)) and
            any(g.dep_ in ("relcl", "acl") and g.pos_ == "VERB" for g in c.children)
            for c in objects)

    def _demands(self, sent: Span, readings: list[tuple[Token, Pattern, _Role | None]],
                 mentions: dict[int, Mention],
                 state: ArticleState) -> list[tuple[Token, Pattern, _Role | None]]:
        """ "The EU said Serbia must recognise the passports": what a speaker says another
        must or should do (``demand_modals`` in modality.yaml) is the speaker's demand of it
        (CAMEO 100), and a consequence it says another would suffer ("said Israel would pay a
        heavy price") its threat (130), when no pattern already read the reporting verb as
        an event with a target."""
        read = self._read_with_targets(readings, events_only=True)
        found: list[tuple[Token, Pattern, _Role | None]] = []
        for verb in sent:
            if verb.pos_ != "VERB" or verb.i in read or \
                    not self.lex.has("reporting", verb.lemma_.lower()):
                continue
            modality, _ = self._modality(verb)
            if not modality.asserted:
                continue
            subject, passive = self.subject(verb)
            speakers = self.actors_of(subject, mentions, state) \
                if subject is not None and not passive else []
            if not speakers:
                continue
            for clause in (c for c in verb.children if c.dep_ == "ccomp"):
                marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
                if marks & {"whether", "if"}:
                    continue
                threatened = self._consequence(clause, mentions, state)
                threatened = [a for a in threatened
                              if all(a.country != s.country for s in speakers)]
                if threatened:
                    pattern = Pattern("verb", verb.lemma_.lower(), THREAT,
                                      self._consequence_where)
                    found.append((verb, pattern, _Role(THREAT, speakers, threatened,
                                                       Modality(), [verb, clause])))
                    continue
                due = self._time_for(clause)  # "said it was time for Hamas to accept"
                if not due and not any(c.dep_ == "aux" and
                                       self.lex.has("demand_modals", c.lower_)
                                       for c in clause.children) and not _needs_to(clause) \
                        and not (self.lex.has("insisting", verb.lemma_.lower()) and
                                 _subjunctive(clause)):
                    continue  # "said Serbia must …", "insisted that Togo hand over …"
                addressees = [a for c in (due or clause.children) if c.dep_ == "nsubj"
                              for a in self.actors_of(c, mentions, state)
                              if not any(_same(a, s) for s in speakers)]
                if addressees:
                    pattern = Pattern("verb", verb.lemma_.lower(), DEMAND, self._demand_where)
                    found.append((verb, pattern, _Role(DEMAND, speakers, addressees,
                                                       Modality(), [verb, clause])))
        return found

    def _time_for(self, clause: Token) -> list[Token]:
        """ "it is time for Hamas to accept", "it was necessary for Kenya to deploy": the
        subjects of a "for" clause on a copula's "time" or adjective of need (``due``)."""
        if clause.lemma_ != "be":
            return []
        holders = [clause, *(c for c in clause.children if c.dep_ in ("attr", "acomp"))]
        if not any(c.dep_ in ("attr", "acomp") and self.lex.has("due", c.lemma_.lower())
                   for c in clause.children):
            return []
        return [s for h in holders for c in h.children
                if c.dep_ in ("relcl", "acl", "advcl", "xcomp") and
                any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                for s in c.children if s.dep_ == "nsubj"]

    def _consequence(self, clause: Token, mentions: dict[int, Mention],
                     state: ArticleState) -> list[Actor]:
        """Who a reported clause says "would" or "will" suffer a consequence (``consequence``
        words in modality.yaml): the subject that would pay a price or face consequences,
        the one whose act would be met with a response, the one that would be crushed."""
        if not any(c.dep_ == "aux" and c.lower_ in self.lex.words["future_modals"]
                   for c in clause.children):
            return []
        lemma = clause.lemma_.lower()
        passive = any(c.dep_ == "auxpass" for c in clause.children)
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return []
        objects = {c.lemma_.lower() for c in clause.children if c.dep_ == "dobj"}
        responses = {g.lemma_.lower() for c in clause.children
                     if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
                     if g.dep_ == "pobj"}
        if not passive and self.lex.has("consequence_verbs", lemma) and \
                (lemma == "regret" or any(self.lex.has("consequences", o) for o in objects)):
            return self.actors_of(subjects[0], mentions, state)  # "Israel would pay a price"
        if not passive and self.lex.has("receiving", lemma) and any(
                c.dep_ == "dobj" and self.lex.has("consequences", c.lemma_.lower()) and
                any(m.dep_ == "amod" and self.lex.has("harsh", m.lower_) for m in c.children)
                for c in clause.children):
            return self.actors_of(subjects[0], mentions, state)  # "Israel would receive a
            # crushing response"
        if not passive and lemma == "pay" and not objects and (
                any(c.dep_ == "advmod" and c.lower_ == "dearly" for c in clause.children) or
                any(g.lower_ in ("this", "it") or self._conflict_noun(g) or
                    self.lex.has("wrongdoing_objects", g.lemma_.lower())
                    for g in _pobjs(clause, ("for",)))):
            return self.actors_of(subjects[0], mentions, state)  # "Israel would pay dearly",
            # "Russia will pay for this", "… for its crimes"; not "would pay for the repairs"
        if passive and lemma == "meet" and \
                any(self.lex.has("consequences", r) for r in responses):
            # "any Indian aggression would be met with a response": the aggressor
            return [a for t in subjects[0].subtree if t.i in mentions and t.i != subjects[0].i
                    for a in self.actors_of(t, mentions, state)][:1] or \
                self.actors_of(subjects[0], mentions, state)
        if passive and self.lex.has("crushing", lemma):
            return self.actors_of(subjects[0], mentions, state)  # "Hezbollah would be crushed"
        return []

    def _measure_described(self, verb: Token, pattern: Pattern) -> bool:
        """Whether a coercive verb's subject is a definite coercive measure ("The sanctions
        freeze his assets and bar Americans from dealing with him", "The ban prohibits
        imports"): what the measure told before does, not a new act of anyone's."""
        kinds = ("SANCTION", "COERCE")
        if self.cameo.get(pattern.code).plover_type not in kinds:
            return False
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj":
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        named = self.verbs.match_noun(subject) if subject is not None and \
            subject.pos_ == "NOUN" else None
        return named is not None and self.cameo.get(named.code).plover_type in kinds and \
            any(c.dep_ == "det" and c.lower_ in ("the", "these", "this", "those")
                for c in subject.children)

    def _measure_aimed(self, verb: Token) -> bool:
        """Whether a participle tells what a measure is aimed at ("sanctions targeting
        dozens of tankers", "adopted a package of sanctions against Russia, targeting
        tankers"): the measure's reach, no attack (``aiming``)."""
        if verb.tag_ != "VBG" or not self.lex.has("aiming", verb.lemma_.lower()):
            return False
        if verb.dep_ == "acl":
            carriers = [verb.head]
        elif verb.dep_ == "advcl":
            carriers = [o for c in verb.head.children if c.dep_ == "dobj"
                        for o in (c, *_pobjs(c, ("of",)))]
        else:
            return False
        return any(self._names_measure(c) for c in carriers)

    def _names_measure(self, noun: Token) -> bool:
        """Whether a noun names a measure: a sanction ("sanctions", "an embargo") or a text
        that carries one (``measure_nouns``: "a resolution", "a package")."""
        named = self.verbs.match_noun(noun)
        return named is not None and self.cameo.get(named.code).plover_type == "SANCTION" or \
            self.lex.has("measure_nouns", noun.lemma_.lower())

    def _responded_by(self, verb: Token) -> bool:
        """Whether a response (``responding``: "retaliated", "responded") is told by the act it
        was made by ("retaliated by imposing tariffs", "responded by expelling diplomats"):
        that act, which its own verb codes, is the response; the verb of response is none."""
        return self.lex.has("responding", verb.lemma_.lower()) and any(
            c.dep_ == "prep" and c.lower_ == "by" and
            any(g.dep_ == "pcomp" and g.pos_ == "VERB" and
                self.verbs.match_verb(g) is not None for g in c.children)
            for c in verb.children)

    def _read_with_targets(self, readings: list[tuple[Token, Pattern, _Role | None]], *,
                           events_only: bool) -> set[int]:
        """Tokens a pattern already read with a target (with ``events_only``, as a PLOVER
        event: a statement, 01, does not count)."""
        return {token.i for token, _, role in readings if role is not None and role.targets
                and (not events_only or self.cameo.get(role.code).plover_type)}

    def _culpable(self, verb: Token) -> bool:
        """ "X was responsible for the attack", "X was behind the bombing": a copula whose
        complement blames its subject for an event (a noun of the verb dictionary) or a harm
        ("responsible for the collapse of the truce")."""
        if self.lex.has("bearing", verb.lemma_.lower()):  # "Hamas bears full responsibility
            blame = [c for c in verb.children if c.dep_ == "dobj" and  # for the deaths"
                     c.lemma_.lower() in ("responsibility", "blame")]
            return any((node := _pobj(p)) is not None and (
                self.verbs.match_noun(node) is not None or
                self.lex.has("wrongdoing_objects", node.lemma_.lower()) or
                self.lex.has("harms", node.lemma_.lower()))
                for h in (verb, *blame) if blame for p in h.children
                if p.dep_ == "prep" and p.lower_ == "for")
        if verb.lemma_ != "be":
            return False
        for child in verb.children:
            word = child.lower_
            if child.dep_ == "acomp" and self.lex.has("culpable", word):
                preps = [c for c in child.children if c.dep_ == "prep" and c.lower_ == "for"]
            elif child.dep_ == "prep" and word == "behind" and self.lex.has("culpable", word):
                preps = [child]
            else:
                continue
            for prep in preps:
                node = _pobj(prep)
                if node is not None and (self.verbs.match_noun(node) is not None or
                                         self.lex.has("wrongdoing_objects", node.lemma_.lower())
                                         or self.lex.has("harms", node.lemma_.lower())):
                    return True
        return False

    def _implicated(self, verb: Token) -> bool:
        """ "X was involved in the killing", "was implicated in the bombing": a passive of
        ``implicated`` whose "in" names a hostile act or a harm, its subject the one blamed."""
        if not self.lex.has("implicated", verb.lemma_.lower()) or \
                not any(c.dep_ == "auxpass" for c in verb.children):
            return False
        return any((pattern := self.verbs.match_noun(node)) is not None and
                   self.cameo.get(pattern.code).plover_type in CONFLICT or
                   self.lex.has("wrongdoing_objects", node.lemma_.lower()) or
                   self.lex.has("harms", node.lemma_.lower())
                   for node in _pobjs(verb, ("in",)))

    def _allegations(self, sent: Span, index: int, trigger: Token, pattern: Pattern,
                     role: _Role, mentions: dict[int, Mention],
                     state: ArticleState) -> list[Event]:
        """A statement that another did wrong accuses them: "the navy said Iranian forces
        fired on the tanker" is also the navy's accusation against Iran (CODEBOOK); a
        defence reported ("troops repelled an attack, the mission said") accuses no one."""
        if self.lex.has("defence", trigger.lemma_.lower()):
            return []
        node = self._reporting_verb(trigger)
        if node is not None:
            subject, passive = self.subject(node)
        else:  # "According to the Ukrainian air force, Russia launched 120 drones"
            subject, passive = self._according_to(trigger), False
            node = subject.head.head if subject is not None else None
        if node is None or subject is None or passive:
            return []
        # "aid officials in Nairobi said": not Kenya; "witnesses said", "security sources
        # said": people who saw or leaked it act for nobody (``informants``)
        informed = [range(c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
                    for c in (subject, *subject.conjuncts)
                    if self.lex.has("informants", c.lemma_.lower())]
        speakers = [s for s in self.actors_of(subject, mentions, state)
                    if s.resolved_by != "venue" and
                    not any(s.start is not None and s.start in r for r in informed)]
        # an armed group or the opposition of the speaker's own state is another side too
        # ("Sudan's army said the RSF was committing genocide")
        # and so is its own state to its critics ("Kenya's opposition said the government had
        # failed to protect protesters")
        if any(s.country == a.country and not _critic_of(s, a) for s in speakers
               for a in role.sources if not _insurgent(a)):
            return []  # "… launched joint exercises, the French embassy said": its own act
        if role.code == REFUGE:  # refuge to rebels accuses the giver when their own state
            # tells it ("Colombia said Venezuela had given refuge to ELN commanders"), not
            # when a third party reports it
            speakers = [s for s in speakers if any(t.country == s.country and
                                                   t.sector == "REB" for t in role.targets)]
        if self.cameo.get(role.code).plover_type in ("AID", "COOPERATE"):
            # "France has delivered howitzers to Armenia, the Armenian defence ministry
            # said": the recipient tells of help it got (not its own rebels' arms)
            speakers = [s for s in speakers if not any(
                t.country == s.country and not _insurgent(t) for t in role.targets)]
        accused = {(a.country, a.group if _insurgent(a) else None): a for a in role.sources}
        reading = replace(role, code=ALLEGATION, tokens=[node, *role.tokens],
                          modality=Modality(reported=True))
        return [self._event(sent, index, node, pattern, reading, speaker, target, state)
                for speaker in speakers for target in accused.values()
                if target.country != speaker.country or _insurgent(target) and
                not _insurgent(speaker) or _critic_of(speaker, target)]

    def _warrant_issuer(self, verb: Token, mentions: dict[int, Mention],
                        state: ArticleState) -> list[Actor]:
        """Who issued the warrant an arrest with no doer named was made on ("Duterte arrested
        on ICC warrant", "was detained on a warrant from the International Criminal Court"):
        a court or organisation acts through those who execute its warrant."""
        for warrant in _pobjs(verb, ("on", "under")):
            if warrant.lemma_.lower() != "warrant":
                continue
            issuers = [c for c in warrant.children if c.dep_ in ("compound", "poss", "nmod")]
            issuers += _pobjs(warrant, ("from", "by"))
            found = [a for node in issuers for a in self.actors_of(node, mentions, state)
                     if a.kind == "igo"]
            if found:
                return [replace(a, resolved_by="attachment") for a in found]
        return []

    def _officials_state(self, held: list[Token], mentions: dict[int, Mention],
                         state: ArticleState) -> Actor | None:
        """The state of an official the dictionary knows, held where the text names no
        place and no holder ("Riek Machar has been placed under house arrest", "former
        President Duterte was arrested"): a state's politicians are held by their own state
        (a journalist or a businessman may be held abroad; they are not in the dictionary
        of people)."""
        for head in held:
            found = [mentions[t.i] for node in _expand(head) for t in np_tokens(node)
                     if t.i in mentions]
            mention = next((m for m in found if m.entry.kind == "person"), None)
            owner = next((m for m in found if m.entry.kind == "country" and
                          head.doc[m.end - 1].dep_ == "poss"), None)  # "Uganda's", not
            # "the American activist" (a national, held anywhere)
            if mention is None and owner is not None and owner.start < head.i and \
                    self.actors.role_sector(head) in ("GOV", "OPP", "PTY", "LEG") and \
                    self.places is not None and \
                    self.places.country(owner.entry.country) is not None:
                # "South Sudan's first vice president Riek Machar", "Tunisia's opposition
                # leader Rached Ghannouchi": a state's politician, held by that state
                return Actor(text=head.text, country=owner.entry.country, sector="GOV",
                             kind="country", resolved_by="context", start=head.idx,
                             end=head.idx + len(head.text))
            if mention is None:
                continue
            actor = mention.actor(head.doc, state.article.published)
            if actor is not None and self.places is not None and \
                    self.places.country(actor.country) is not None:  # a state's, not the UN's
                return Actor(text=actor.text, country=actor.country, sector="GOV",
                             kind="country", resolved_by="context", start=actor.start,
                             end=actor.end)
        return None

    def _home_holder(self, token: Token, mentions: dict[int, Mention],
                     state: ArticleState) -> Actor | None:
        """The state a report is on, arresting people of no nationality said, where their
        sentence names no other state ("a wave of arrests targeting critics", in a report on
        Tunisia); arrests "in Moscow" may be another's."""
        if self.places is None or state.main is None or \
                self.places.country(state.main) is None:
            return None
        named = {actor.country for m in mentions.values() if token.sent.start <= m.start <
                 token.sent.end and (actor := m.actor(token.doc, state.article.published))
                 is not None}
        if named - {state.main}:
            return None
        return Actor(text=token.text, country=state.main, sector="GOV", kind="country",
                     resolved_by="context", start=token.idx, end=token.idx + len(token.text))

    def _held_in(self, verb: Token, mentions: dict[int, Mention],
                 state: ArticleState) -> tuple[list[Actor], list[Actor]] | None:
        """A passive arrest, imprisonment or investigation with no agent: the state holding or
        investigating them acts, on the people named. That state is the one of the place
        named ("Americans who were imprisoned in Iran", "was detained in Moscow"), else the
        security force or court that reports it ("Thirteen people were arrested, Kenyan
        police said"); else nobody."""
        if self.places is None or not any(c.dep_ in ("nsubjpass", "auxpass")
                                          for c in verb.children):
            return None
        held = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if held and held[0].lower_ in _RELATIVE and verb.dep_ == "relcl":
            held = [verb.head]
        holder = None
        for child in verb.children:  # "was detained in Moscow", "at Manila airport"
            node = _pobj(child) if child.dep_ == "prep" and child.lower_ in ("in", "at") \
                else None
            if node is None:
                continue
            place = self._place(node, state) or next(iter(self.actors_of(node, mentions,
                                                                         state)), None)
            if place is not None and place.kind == "country":
                holder = replace(place, sector="GOV", resolved_by="place")
                break
        if holder is None and verb.dep_ == "ccomp" and \
                self.lex.has("reporting", verb.head.lemma_.lower()):
            reporter, _ = self.subject(verb.head)
            found = self.actors_of(reporter, mentions, state) if reporter is not None else []
            if found and found[0].sector in ("COP", "JUD", "MIL", "SPY"):
                holder = found[0]
        if holder is None:  # "barred from ASEAN summits": the organisation keeping one out
            holder = next((replace(a, resolved_by="attachment")
                           for node in _pobjs(verb, ("from",))
                           for a in self.actors_of(node, mentions, state) if a.kind == "igo"),
                          None)
        if holder is None:
            holder = self._officials_state(held, mentions, state)
        if holder is None and held and not any(t.i in mentions for head in held
                                               for t in np_tokens(head)) and \
                all({specific_role(_counted_noun(head, COUNTS), self.actors), *(
                    self.actors.role_sector(c) for c in head.children  # "the activist X"
                    if c.dep_ in ("compound", "appos") and c.pos_ == "NOUN")} & HELD_AT_HOME
                    for head in held):
            holder = self._home_holder(verb, mentions, state)  # "the activist, who was
            # arrested in 2020", "journalist Ihar Losik, who was arrested", in a report on
            # Belarus: its critics and journalists, of no nationality said, where the
            # sentence names no other state
            sentenced = self.verbs.match_verb(verb)
            if holder is not None and sentenced is not None and sentenced.code == CONVICTED:
                holder = replace(holder, sector="JUD")  # a court's sentence
        if holder is None:
            return None
        targets = [t for h in held for t in self.targets_of(h, mentions, state)]
        if not targets:
            for head in held:
                counted = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                           and (p := _pobj(c)) is not None] if head.pos_ == "NUM" else []
                # "hundreds of protesters", "three of the journalists": the people counted
                sector = specific_role(counted[0] if counted else head, self.actors)
                if sector not in (None, "MIL", "REB") or head.pos_ == "PROPN":
                    targets.append(replace(holder, text=head.text, sector=sector,
                                           resolved_by="domestic", start=head.idx,
                                           end=head.idx + len(head.text)))
        return [holder], targets

    @staticmethod
    def _not_own_act(source: Actor, target: Actor, state: ArticleState, *,
                     praise: bool = False) -> Actor | None:
        """A state reacting to an act told again by its noun ("Iran condemned the strikes")
        reacts to the last of those acts that was not its own: a state does not condemn its
        own strikes (its opposition may); None where there was no other, and where it
        praises its own ("described the strikes as focused, measured and non-escalatory")."""
        kind = state.anaphor_kinds.get(target.start) if target.start is not None else None
        if kind is None or target.resolved_by != "anaphora" or \
                target.country != source.country or source.sector not in (None, "GOV", "MIL"):
            return target
        if praise:
            return None
        other = next((a for a in reversed(state.doers_by_type.get(kind, []))
                      if a.country and a.country != source.country), None)
        if other is None:
            return None
        return replace(target, country=other.country, sector=other.sector, name=other.name,
                       kind=other.kind, group=other.group)

    def _pairs(self, trigger: Token, role: _Role,
               state: ArticleState) -> list[tuple[Actor, Actor | None]]:
        """(source, target) of each event a reading gives: one per source and target, and
        both ways for a symmetric act ("X and Y agreed", "X met with Y", "talks between X
        and Y")."""
        pairs: list[tuple[Actor, Actor | None]] = []
        kind = self.cameo.get(role.code).plover_type
        if self.lex.has("reciprocity", trigger.lemma_.lower()):  # "vowed to reciprocate":
            # a measure in kind only after one was taken against the one returning it (not
            # "expect that Bangladesh will reciprocate similarly", goodwill)
            return [(s, hitter) for s in role.sources
                    if (hitter := self._last_hitter(s, trigger, state)) is not None]
        for source in role.sources:
            if source.resolved_by == "context" and kind in ADDRESSED and any(
                    t.country == source.country and t.kind == "country" and (
                        t.resolved_by == "dictionary" and t.sector in (None, "GOV") or
                        t.resolved_by == "anaphora" and t.sector in ("GOV", "MIL") and
                        source.sector in ("GOV", "MIL", "COP") and
                        (kind not in REACTIONS or
                         self._not_own_act(source, t, state, praise=kind == "SUPPORT") is None))
                    for t in role.targets):
                continue  # "the governor accused Russia" in a report on Russia: whose
                # governor, unsaid; not Russia's, which the clause names as the accused; nor
                # a state's force condemning "the launch" its own state made (where another
                # state's act of that kind was told, it condemns that one)
            told = [self._not_own_act(source, t, state, praise=kind == "SUPPORT")
                    if kind in REACTIONS else t for t in role.targets]
            targets = [t for t in told if t is not None and (
                not _same(source, t) and (t.country != source.country or source.kind != "igo")
                or t.resolved_by in _DOMESTIC
                or (kind in DOMESTIC_TYPES and t.start != source.start)) and not (
                source.kind == "igo" and t.country == source.country and
                t.resolved_by in ("anaphora", "context"))]  # "ECOWAS said it regretted the
            # decision": another's, never the organisation's own act guessed from context
            if kind == "MOBILIZE" or role.code in (IMPOSED_SANCTIONS, VISIT):  # troops sent
                # to a region of one's own country, tariffs "on the country", a visit to
                # one's own troops: not on itself
                targets = [t for t in targets if t.country != source.country or
                           kind == "MOBILIZE" and t.sector in ("REB", "CRM")]  # (but forces
                # sent "against the gangs" are aimed at them)
            pairs.extend((source, target) for target in targets or [None])
        pairs = [p for pair in pairs for p in self._with_target(pair, role, state)]
        if kind == "COERCE" and self.codebook:  # "Peru's president dissolved Congress",
            pairs = [self._own_legislature(s, t) for s, t in pairs]  # "Congress impeached …"
        sides = {s.country for s in role.sources}
        allies = not self._symmetric(trigger, role) and any(  # "the Malian army and Wagner
            c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children)  # fighters
            for c in trigger.children)  # killed civilians": both did it
        if kind == "ASSAULT" and len(sides) > 1 and not allies:  # "the two sides exchanged
            # fire, killing 12 people on the Indian side": by the other side, not their own
            pairs = [(s, t) for s, t in pairs if t is None or t.country != s.country]
            # (nor "killing a Cambodian soldier" by the Cambodian side: the other side's)
        if not self.codebook or role.code == MEDIATE or not self._symmetric(trigger, role):
            return pairs  # co-mediators are no parties of each other
        if not role.targets and len(sides) > MAX_PAIRED and kind in INTRANSITIVE:
            # "ministers from Australia, Bangladesh, Canada, Malaysia and Nigeria agreed":
            # a multilateral act, each state's on no one state, not twenty pairs
            return [(s, None) for s in {s.country: s for s in role.sources}.values()]
        if not role.targets and len(role.sources) > 1:
            # an army and a rebel group of one country clashing, or a government and its
            # rebels talking: once, scoring compares countries (CODEBOOK, "Several actors")
            return [(a, b) for n, a in enumerate(role.sources)
                    for m, b in enumerate(role.sources) if a.country != b.country
                    or (n < m and a.sector != b.sector and
                        (kind in DOMESTIC_TYPES or "REB" in (a.sector, b.sector)))]
        doc = trigger.doc
        for source in role.sources:
            for target in role.targets:
                if target.country != source.country and target.resolved_by != "venue" \
                        and self._other_party(doc, trigger, target):
                    pairs.append((target, source))
        return pairs

    def _own_legislature(self, source: Actor, target: Actor | None
                         ) -> tuple[Actor, Actor | None]:
        """A coercion between "Congress" or "the Senate" named alone (the dictionary's United
        States', ``shared_legislatures``) and another state's official is at home, in that
        state: a president dissolves or a congress impeaches only its own."""
        def bare(actor: Actor | None) -> bool:
            name = actor.text.lower().removeprefix("the ") if actor is not None else ""
            return actor is not None and actor.country == "USA" and actor.sector == "LEG" \
                and actor.resolved_by == "dictionary" and self.lex.has("shared_legislatures",
                                                                       name)
        if target is None or source.country == target.country:
            return source, target
        if bare(target) and source.kind in ("country", "person"):
            return source, replace(target, country=source.country, resolved_by="context")
        if bare(source) and target.kind in ("country", "person"):
            return replace(source, country=target.country, resolved_by="context"), target
        return source, target

    def _threatened_at_home(self, role: _Role) -> bool:
        """A threat of what is done at home ("prepared to impose martial law"), not of an
        unspecified coercion ("will take appropriate measures"), whose target the text
        leaves to its reader."""
        if not role.code.startswith("13"):
            return False
        first = role.tokens[0]
        pattern = self.verbs.match_verb(first) if first.pos_ == "VERB" else \
            self.verbs.match_noun(first)
        return pattern is not None and pattern.code in AT_HOME

    def _with_target(self, pair: tuple[Actor, Actor | None], role: _Role,
                     state: ArticleState) -> list[tuple[Actor, Actor | None]]:
        """An act with no named target: a protest is against the protesters' own
        government, police or courts act at home, and so do curfews and states of emergency;
        a state's diplomatic measure, denial or agreement in an article on two states is
        against the other (``_counterpart``); other acts need their target named, except
        those that have none (troops deployed, forces withdrawn)."""
        source, target = pair
        if target is not None or not self.codebook:
            return [pair]
        kind = self.cameo.get(role.code).plover_type
        home = Actor(text=source.text, country=source.country, sector="GOV", kind="country",
                     resolved_by="domestic", start=source.start, end=source.end)
        if kind == "PROTEST" and source.kind != "igo" and source.sector not in ("NGO", "GOV"):
            return [(source, home)]
        if kind == "REQUEST" and source.sector in ("CVL", "OPP") and source.kind == "country":
            return [(source, home)]  # "protesters in Dhaka demanded the resignation of …"
        if kind in ("REJECT", "ACCUSE") and source.sector == "OPP" and \
                source.kind in ("country", "person"):
            return [(source, home)]  # "the opposition rejected the results": its government's
        first = role.tokens[0]
        if kind in ADDRESSED and self._collective(role):
            return [pair]  # "called on all parties to …", "vowed to hunt down those responsible"
        if kind in ("COERCE", "ASSAULT") and source.sector in ("COP", "JUD") or \
                (role.code in AT_HOME or self._threatened_at_home(role)) and \
                source.kind in ("country", "person"):
            held = [c for c in role.tokens[0].children
                    if c.dep_ == "dobj" and c.pos_ == "PROPN"]  # "dismissed Prime Minister
            sector = self._title(held[0]) if held else None  # Srettha Thavisin": an official
            return [(source, replace(home, sector=sector or "CVL"))]
        if role.code == ARREST and source.kind == "country" and self.places is not None and \
                first.pos_ == "VERB" and source.sector in ("GOV", "MIL", "SPY") and \
                not any(c.dep_ == "amod" and self.lex.has("foreign", c.lower_)
                        for o in first.children if o.dep_ == "dobj" for c in o.children):
            # troops or a government arresting people of no nationality said: the people of
            # the place named ("arrested three suspects in Quetta"), where one is named (not
            # "foreign journalists")
            place = self._place_after([t for t in first.subtree if t.dep_ == "prep"], state)
            if place is not None:
                return [(source, replace(place, sector="CVL", resolved_by="domestic"
                                         if place.country == source.country else "place"))]
        if kind == "CONSULT" and self._convened(role):
            # "convened a meeting of the security council": at home; a body of states meets
            return [(source, home) if source.kind != "igo" else pair]  # among its members
        if kind == "SANCTION" and role.code != IMPOSED_SANCTIONS or \
                kind in ("AGREE", "REJECT") and \
                source.sector in (None, "GOV") and first.dep_ != "acl" and \
                not any(c.dep_ in ("agent", "auxpass") for c in first.children) and \
                not any(self.lex.has("threat", t.lemma_.lower()) for t in role.tokens):
            other = self._counterpart(source, state)  # "Armenia denies such claims", "Kyiv
            if other is not None:  # agreed to sign": the other of the two
                return [(source, other)]
        if role.code == RESIGNATION and not role.modality.future and first.pos_ == "VERB" and \
                not any(c.dep_ == "dobj" for c in first.children):
            return [pair]  # "the prime minister resigned": on no one (PLOVER RETREAT)
        if role.code in SEIZURES and not role.modality.future and \
                first.pos_ == "VERB" and self._craft_seized(first):
            return [pair]  # "seized a tanker in the Gulf": under a flag the text does not give
        if kind == "THREATEN" and any(
                self.lex.has("retaliation", t.lemma_.lower()) for t in (
                    *role.tokens, *(c for c in first.children if c.dep_ in ("ccomp", "xcomp")))
                ) or kind in ("ASSAULT", "SANCTION", "COERCE") and role.modality.asserted and \
                self._answering(first):
            # "Pakistan vowed to retaliate", "warned it would respond", "India retaliated":
            # against who last struck, sanctioned or coerced it
            hitter = self._last_hitter(source, first, state)
            if hitter is not None:
                return [(source, hitter)]
        if kind == "MOBILIZE" and source.kind in ("country", "person") and \
                first.pos_ == "VERB":
            sector = self._domestic_adversary(first, source, state)
            if sector is not None:  # "deployed the army to quell protests": at home
                return [(source, replace(home, sector=sector))]
        if kind in TARGETLESS and not role.modality.future and (
                first.pos_ == "VERB" or first.dep_ == "dobj" and
                self.lex.has("command", first.head.lemma_.lower()) or self._forces_of(first)):
            return [pair]  # "deployed troops", "ordered a mobilisation"; not a "patrol"
        return []

    def _domestic_adversary(self, verb: Token, source: Actor,
                            state: ArticleState) -> str | None:
        """The sector of the adversary at home a deployment is sent against ("deployed
        police to fight gangs", "the army to quell protests", "sent troops against the
        gangs"): armed groups, criminals, protesters or rebels the text gives no other
        country or name of (a named one is a target of its own), in a clause that names no
        place or state abroad ("sent troops to fight jihadists in Mali")."""
        places = [node for t in verb.subtree if t.dep_ == "prep" and t.lower_ in
                  (*LOCATIVE_PREPS, "to", "into", "from") and (node := _pobj(t)) is not None]
        if self.places is None or any(
                (place := self._place(node, state)) is not None and
                place.country != source.country for node in places):
            return None
        carriers = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        aims = [node for t in carriers for node in _pobjs(t, ("against",))]
        for t in carriers:
            for clause in t.children:
                if clause.dep_ in ("xcomp", "advcl", "acl") and \
                        self.lex.has("countering", clause.lemma_.lower()) and \
                        any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children):
                    aims += [c for c in clause.children if c.dep_ == "dobj"]
        for aim in aims:
            if any(t.i in state.mention_tokens for t in np_tokens(aim, _OWNER_PREPS)) or any(
                    c.dep_ == "amod" and (self.lex.has("foreign", c.lower_) or
                                          c.text[:1].isupper()) for c in aim.children):
                continue  # "Russian saboteurs", "foreign fighters": not at home
            pattern = self.verbs.match_noun(aim)
            if pattern is not None and self.cameo.get(pattern.code).plover_type == "PROTEST":
                return "CVL"  # "to quell protests": the protesters
            sector = self.actors.role_sector(aim)
            if sector in ("REB", "CRM", "CVL", "OPP"):
                return "REB" if sector == "CRM" else sector
        return None

    def _hosted_parties(self, verb: Token, sources: list[Actor],
                        state: ArticleState) -> list[Actor]:
        """Who the host of an event told before met: "Rubio hosted the signing of the peace
        agreement" after "Rwanda and Congo signed a peace agreement" hosts the two the
        article named together, or most (``_pair_ranked``), the host not among them."""
        hosts = {s.country for s in sources}
        for noun in (c for c in verb.children if c.dep_ == "dobj"):
            if not any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children) or \
                    any(t.i in state.mention_tokens for t in noun.subtree) or \
                    self.verbs.match_noun(noun) is None and \
                    not self.lex.has("meetings", noun.lemma_.lower()) and \
                    not self.lex.has("ceremonies", noun.lemma_.lower()):
                continue
            ranked = self._pair_ranked(noun, hosts, state)
            if len(ranked) < 2 or len(ranked) == 3 and ranked[2][1] == ranked[1][1]:
                return []
            return [Actor(text=noun.text, country=country, sector="GOV", kind="country",
                          resolved_by="context", start=noun.idx, end=noun.idx + len(noun.text))
                    for country, _ in ranked[:2]]
        return []

    def _craft_seized(self, verb: Token) -> bool:
        """Whether what a verb seizes is a ship or an aircraft of no owner the text names
        ("seized a tanker", "a vessel … was seized")."""
        seized = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        return bool(seized) and all(
            self.lex.has("craft", c.lemma_.lower()) and
            not any(g.dep_ in ("poss", "compound", "amod", "nmod") and g.pos_ in ("PROPN",
                                                                                "PRON")
                    for g in c.children) for c in seized)

    def _collective(self, role: _Role) -> bool:
        """Whether an act is addressed to a collective the text does not name ("all parties",
        "both sides", "all relevant stakeholders", "those responsible", "the international
        community"): its target is null (CODEBOOK, "Target")."""
        first = role.tokens[0]
        verbs = [first, *(c for c in first.children if c.dep_ == "xcomp")]  # "vowed to hunt"
        words = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "dative")]
        words += [g for v in verbs for c in v.children if c.dep_ == "prep" and
                  c.lower_ in ("on", "upon", "to", "against")
                  for g in c.children if g.dep_ == "pobj"]  # "vowed to retaliate against"
        return any(self._collective_word(word) for word in words)

    def _to_collective(self, verb: Token, pattern: Pattern, targets: list[Actor]) -> bool:
        """Whether a verb is addressed, through its pattern's particle, to a collective
        (``_collective_word``) and the targets are not named inside that phrase."""
        for child in verb.children:
            node = _pobj(child) if child.dep_ == "prep" and pattern.particle is not None and \
                child.lower_ == pattern.particle else None
            if node is not None and self._collective_word(node):
                named = {t.idx for t in node.subtree}
                return not any(t.start in named for t in targets)
        return False

    def _aimed_at_collective(self, verb: Token, state: ArticleState) -> bool:
        """Whether words are aimed at a collective object (``_of_collective``: "Western
        countries", "Western sanctions") that names no actor before its adjuncts (whatever
        "sanctions on Chinese firms" are on)."""
        return any(child.dep_ == "dobj" and self._of_collective(child) and
                   not any(t.i in state.mention_tokens for t in child.subtree if t.i <= child.i)
                   for child in verb.children)

    def _of_collective(self, word: Token) -> bool:
        """Whether a word names a collective of states by an adjective, none of them named
        ("Western countries", "Western sanctions", "the Western draft";
        ``collective_adjectives``)."""
        return any(c.dep_ in ("amod", "compound") and
                   self.lex.has("collective_adjectives", c.lower_) and not c.conjuncts
                   for c in word.children) and \
            not any(c.dep_ == "poss" or c.i < word.i and c.pos_ == "PROPN" and
                    not self.lex.has("collective_adjectives", c.lower_) for c in word.children)

    def _collective_word(self, word: Token) -> bool:
        """Whether a word addressed names a collective, not one actor (``_collective``)."""
        lemma = word.lemma_.lower()
        dets = {c.lower_ for c in word.children if c.dep_ in ("det", "predet")}
        mods = {c.lower_ for c in word.children if c.dep_ == "amod"}
        if self.lex.has("collective_nouns", lemma) and dets & {"all", "both", "each",
                                                               "every"}:
            return True
        if lemma == "community" and "international" in mods:
            return True
        if word.tag_ == "NNS" and (self.lex.has("other_sides", lemma) or
                                   self.lex.has("personal_roles", lemma) or
                                   self.lex.has("pair_nouns", lemma)) and \
                not any(t.pos_ == "PROPN" for t in word.subtree) and (
                any(c.dep_ == "poss" and c.pos_ == "PRON" for c in word.children) or
                any(self.lex.has("foreign", m) for m in mods)):
            return True  # "urged its allies", "appealed to Western leaders"
        if self._of_collective(word):
            return True  # "Western countries", "Western sanctions", "the Western draft"
        if word.lower_ in ("those", "whoever", "anyone") and (
                "responsible" in mods or any(c.dep_ == "prep" and c.lower_ == "behind"
                                             for c in word.children)):
            return True  # "those responsible", "those behind the attack"
        if self.lex.has("unnamed_doers", lemma) and \
                not any(t.pos_ == "PROPN" for t in word.subtree):
            return True  # "hunt down the attackers": whoever they are
        return False

    def _forces_moved(self, verb: Token, mentions: dict[int, Mention],
                      state: ArticleState, *, arms: bool = False) -> list[Actor]:
        """Who deployed or withdrew the forces a passive with no agent names, by their
        country ("Ethiopian troops have been deployed in Somalia": Ethiopia's), or who has
        them deployed ("Burundi has 3,000 troops deployed in Somalia"); with ``arms``, who
        sent the weapons ("Iranian drones were sent to Russia")."""
        # (a participle heading its clause is a passive too: "Troops deployed to the border")
        suffering = ("nsubjpass", "nsubj") if _headline_passive(verb) or _headline_past(verb) \
            else ("nsubjpass",)
        forces = [n for c in verb.children if c.dep_ in suffering
                  for n in (c, *(g for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                                 for g in p.children if g.dep_ == "pobj"))  # "thousands of
                  if self.actors.role_sector(n) in ("MIL", "COP") or  # troops", "police"
                  arms and self.lex.has("arms", n.lemma_.lower())]
        moved = [a for c in forces for a in self.actors_of(c, mentions, state)
                 if a.resolved_by not in ("context", "anaphora")]
        held = verb.head
        if not forces and verb.dep_ == "acl" and verb.tag_ == "VBN" and \
                held.dep_ == "dobj" and held.head.lemma_ == "have" and \
                self.actors.role_sector(held) == "MIL":  # "Burundi has 3,000 troops deployed
            owner = next((c for c in held.head.children if c.dep_ == "nsubj"), None)
            moved = self.actors_of(owner, mentions, state) if owner is not None else []
            # in Somalia": who has them
        if forces and not moved and not any(t.i in mentions for c in forces
                                            for t in c.subtree):
            reporter = self._reporter(verb, mentions, state)  # "the defence ministry said
            if reporter is not None and reporter.sector == "MIL":  # troops had been
                moved = [replace(reporter, resolved_by="context")]  # deployed": its own
        return moved

    def _forces_of(self, noun: Token) -> bool:
        """Whether a nominal deployment names the forces ("the deployment of 50,000
        troops")."""
        return any(c.dep_ == "prep" and c.lower_ == "of" and (node := _pobj(c)) is not None
                   and self.actors.role_sector(node) == "MIL" for c in noun.children)

    def _convened(self, role: _Role) -> bool:
        """Whether a meeting with no other party was called by the doer ("convened an
        all-party meeting", "summoned a meeting of the security committee")."""
        verb = role.tokens[0]
        if verb.pos_ != "VERB" or not self.lex.has("convene", verb.lemma_.lower()):
            return False
        return any(c.dep_ == "dobj" and self.lex.has("meetings", c.lemma_.lower())
                   for c in verb.children)

    def _counterpart(self, source: Actor, state: ArticleState) -> Actor | None:
        """The state an article about a quarrel between two sets against the doer: the
        other of its two most named states, where those two stand out ("New Delhi suspended
        the Indus Water Treaty" in an article on India and Pakistan)."""
        counts = Counter(country for _, country in state.named_states)
        ranked = counts.most_common(3)
        if len(ranked) < 2 or ranked[1][1] < 2 or \
                (len(ranked) == 3 and ranked[2][1] == ranked[1][1]):
            return None
        pair = {ranked[0][0], ranked[1][0]}
        if source.country not in pair:
            return None
        (country,) = pair - {source.country}
        return Actor(text=source.text, country=country, sector="GOV", kind="country",
                     resolved_by="context", start=source.start, end=source.end)

    def _symmetric(self, trigger: Token, role: _Role) -> bool:
        """Whether the act goes both ways: its trigger, its object, or the verb that embeds it
        ("agreed to a ceasefire", "agreed to end the war") is a symmetric word."""
        if (role.code in COOPERATING or role.code == TELEPHONE) and \
                len({s.country for s in role.sources}) > 1 and not role.targets:
            return True  # "Saudi Arabia and Iran restored relations", "X and Y held a phone
            # call": with each other
        if self.cameo.get(role.code).plover_type is None:
            return False  # "X and Y issued a joint statement": said together, to nobody
        sides = {s.country for s in role.sources}
        if len(sides) > 1 and not role.targets and self.cameo.get(role.code).plover_type in \
                COOPERATIVE and any(g.lower_ == "each" and g.dep_ in ("appos", "det", "advmod")
                                    for c in (trigger, *trigger.children)
                                    if c.dep_ in ("nsubj", "advmod") or c is trigger
                                    for g in (c, *c.children)):
            return True  # "Russia and Ukraine each released 100 prisoners": to each other
        if len(sides) == 1 and not sides & {t.country for t in role.targets} and any(
                c.dep_ == "prep" and c.lower_ == "between" for t in role.tokens[1:]
                for c in t.children):
            return False  # "Egypt proposed a truce between Israel and Hamas": the third
            # party's act on both sides, not theirs on it
        if self.cameo.get(role.code).plover_type == "REJECT":
            return False  # "declined to meet Uganda's envoy": the refuser's act alone
        words = [*role.tokens, trigger.head] if trigger.dep_ == "xcomp" else role.tokens
        if self.cameo.get(role.code).plover_type in ONE_SIDED or \
                self.lex.has("acceptance", trigger.lemma_.lower()) or \
                self.lex.has("proposing", trigger.lemma_.lower()):
            words = words[:1]  # "suspended a treaty with Pakistan", "accepted the deal with
            # Israel", "proposed talks with Uganda": the suspender's, the acceptor's, the
            # proposer's act alone
        if self._wished(trigger) and (trigger.pos_ != "VERB" or
                                      len({s.country for s in role.sources}) < 2):
            return False  # "ready to meet Zelensky": the wisher's intent alone; not two
            # who pledge it together, the subjects of its verb ("Russia and Ukraine pledged
            # to resume talks"), but not the parties of a meeting one offers to host
        return any(self.lex.has("symmetric", t.lemma_.lower()) or self._joint(t)
                   for t in words) or _reciprocal(trigger)

    def _wished(self, trigger: Token) -> bool:
        """Whether an act is what one side wishes or offers ("is ready to meet", "wants to
        hold talks with", "offered to negotiate"): through the verbs and adjectives that
        govern it."""
        if trigger.pos_ == "NOUN" and self._ready_for(trigger) is not None:
            return True  # "was ready for talks with Azerbaijan"
        node = trigger
        for _ in range(4):
            if node.dep_ not in ("xcomp", "acomp", "dobj") or node.head.i == node.i:
                return False
            node = node.head
            if self.lex.has("wishes", node.lemma_.lower()):
                return True
        return False

    @staticmethod
    def _joint(noun: Token) -> bool:
        """Whether an act is done together: "joint exercises", "a joint patrol"."""
        return any(c.dep_ in ("amod", "compound") and c.lower_ == "joint" for c in noun.children)

    def _other_party(self, doc: Doc, trigger: Token, actor: Actor) -> bool:
        """Whether an actor is named as the other party of a symmetric act: "with X",
        "between X and Y", or the object of "met X"."""
        if actor.start is None:
            return False
        token = next((t for t in doc[trigger.sent.start:trigger.sent.end]
                      if t.idx <= actor.start < t.idx + len(t.text)), None)
        if token is None:
            return False
        for _ in range(6):
            if token.dep_ in ("conj", "appos", "compound", "poss", "amod", "nmod"):
                token = token.head
                continue
            break
        if token.dep_ == "pobj":
            return token.head.lower_ in ("with", "between")
        return token.dep_ == "dobj" and token.head.i == trigger.i and \
            self.lex.has("symmetric_objects", trigger.lemma_.lower())

    def _arms_rebels(self, role: _Role, source: Actor, target: Actor | None) -> bool:
        """Whether a state's support goes to an armed group or rebels ("the M23 rebels,
        backed by Rwanda", "broke away with support from Armenia"), or is given by force
        ("backed by US airstrikes"): aid, not words (the codebook's SUPPORT is verbal
        backing); praise or thanks stay SUPPORT."""
        if role.code not in MATERIAL_BACKING or \
                not self.lex.has("backing", role.tokens[0].lemma_.lower()):
            return False
        if any(c.dep_ == "agent" and (node := _pobj(c)) is not None and
               self._conflict_noun(node) for c in role.tokens[0].children):
            return True  # "forces backed by US airstrikes": armed, not verbal, backing
        return target is not None and target.sector == "REB" and \
            source.kind in ("country", "person") and source.sector in ("GOV", "MIL")

    def _commanded(self, verb: Token) -> Pattern | None:
        """The verb's pattern; a request's object that is told to act is the one asked, not
        what the request moves ("ordered troops to the border" moves forces; "ordered troops
        to withdraw" asks them to act)."""
        pattern = self.verbs.match_verb(verb)
        if pattern is not None and pattern.objects and self._controls_object(verb) and any(
                c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in verb.children):
            return self.verbs.match_verb(verb, objects=False)
        return pattern

    def _forces_strike(self, verb: Token) -> bool:
        """Whether armed forces are the subject of a verb that also means to criticise
        ("ordered his forces to blast symbols of Arafat's power"): they strike."""
        subject, passive = self.subject(verb)
        if subject is None or passive:
            return False
        forces = _counted_noun(subject, COUNTS)
        return self.actors.role_sector(forces) == "MIL" and forces.pos_ == "NOUN" and \
            not self.lex.has("personal_roles", forces.lemma_.lower())  # not "the army
        # chief blasted the plan": a person criticises

    def _orders_own_forces(self, verb: Token) -> bool:
        """Whether a verb orders the orderer's own forces to act ("ordered the military to
        deploy", "instructed its troops to withdraw"): forces the object names by role alone
        (no state of their own), told to do an act that has a pattern; the act is then
        decided, not asked for."""
        if not self.lex.has("ordering", verb.lemma_.lower()):
            return False
        forces = [c for c in verb.children if c.dep_ == "dobj"]
        if len(forces) != 1 or self.actors.role_sector(
                _counted_noun(forces[0], COUNTS)) not in ("MIL", "COP", "SPY") or any(
                t.ent_type_ or t.pos_ == "PROPN" or
                t.dep_ in ("amod", "compound") and t.text[:1].isupper()
                for t in forces[0].subtree):
            return False  # not "ordered Ugandan troops to …", another's named
        return any(c.dep_ == "xcomp" and c.pos_ == "VERB" and (
            self.verbs.match_verb(c) is not None or self.lex.has("self_moving",
                                                                  c.lemma_.lower()))
            for c in verb.children)

    def _self_moved(self, verb: Token) -> Pattern | None:
        """A verb that moves forces (``self_moving``), with no object, moves its subject
        ("Russian troops massed on the border", "soldiers gathered near Goma"): the verb's
        pattern whose objects name the subject, which now needs none."""
        lemma = verb.lemma_.lower()
        if not self.lex.has("self_moving", lemma) or any(
                c.dep_ in ("dobj", "nsubjpass", "auxpass", "xcomp", "ccomp")
                for c in verb.children):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        ordered = subject is None and verb.dep_ == "xcomp" and \
            self._orders_own_forces(verb.head)
        if ordered:  # "ordered the army to deploy": the army moves
            subject = next(c for c in verb.head.children if c.dep_ == "dobj")
        if subject is None or not any(  # "could not move to make arrests"
                c.dep_ == "prep" and c.lower_ in _WHERE_FORCES_GO for c in verb.children) \
                and not (ordered and lemma in ("deploy", "redeploy")):
            return None
        lemma = _counted_noun(subject, COUNTS).lemma_.lower()  # "thousands of troops"
        return next((replace(p, objects=frozenset())
                     for p in self.verbs.verbs.get(verb.lemma_.lower(), ())
                     if p.particle is None and lemma in p.objects), None)

    def _listing(self, verb: Token) -> Pattern | None:
        """ "added five banks to its sanctions list", "put the ministry on its blacklist",
        "placed Hamas on its list of terrorist organisations": a name put on a list of
        sanctioned names (``sanction_lists``) is sanctioned, one put on a list of terror
        (``illicit_groups``) accused, as one designated a terrorist organisation is; taken
        off such a list ("removed Cuba from its list of state sponsors of terrorism"), eased.
        What is listed is the verb's object; other lists ("visa-free countries") are none."""
        lemma = verb.lemma_.lower()
        adding = self.lex.has("listing", lemma)
        lists = self._lists(verb)
        if not lists or not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
            return None
        words = {t.lemma_.lower() for node in lists for t in node.subtree}
        if words & (self.lex.words["illicit_groups"] | {"terror"}):
            code = CRITICISE_CODE  # "its list of terrorist entities"
        elif words & self.lex.words["sanction_lists"]:
            code = IMPOSED_SANCTIONS
        else:
            return None
        return Pattern("verb", lemma, code if adding else EASED_SANCTIONS,
                       self._listing_where, preps=())

    def _accused_in_clause(self, noun: Token, mentions: dict[int, Mention],
                           state: ArticleState) -> list[Actor]:
        """ "Kenya's accusation that Uganda armed the rebels": an accusation whose "that"
        clause tells what was done accuses that clause's doer."""
        return [a for c in noun.children if c.dep_ in ("acl", "ccomp") and
                any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for s in c.children if s.dep_ == "nsubj" and s.i in mentions
                for a in self.targets_of(s, mentions, state)]

    def _not_ruled_out(self, verb: Token) -> bool:
        """Whether a verb is "rule out" denied: "did not rule out", "refused to rule out"."""
        if verb.lemma_.lower() != "rule" or not any(
                c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            return False
        return any(c.dep_ == "neg" for c in verb.children) or \
            verb.dep_ == "xcomp" and self.lex.has("refusal", verb.head.lemma_.lower())

    def _calls_off(self, verb: Token) -> bool:
        """Whether a verb calls off what its object names (``called_off``: "postponed",
        "called off")."""
        return any(self.lex.has("called_off", p) for p in _verb_phrases(verb))

    def _truce_in_force(self, sent: Span, mentions: dict[int, Mention], state: ArticleState
                        ) -> list[tuple[Token, Pattern, _Role | None]]:
        """ "A ceasefire between Israel and Hezbollah took effect on Wednesday": a truce
        (``truce_nouns``) "between" two sides that takes effect, comes into force or begins
        (``in_force``) is each side's truce with the other (0871)."""
        found: list[tuple[Token, Pattern, _Role | None]] = []
        for noun in sent:
            if noun.dep_ != "nsubj" or not self.lex.has("truce_nouns", noun.lemma_.lower()) \
                    or not self._in_force(noun.head):
                continue
            sides = [a for node in _pobjs(noun, ("between",))
                     for a in self.actors_of(node, mentions, state)]
            if len({a.country for a in sides}) < 2:
                continue
            modality, _ = self._modality(noun.head)
            found.append((noun, Pattern("noun", noun.lemma_.lower(), DECLARED_TRUCE,
                                        self._truce_where),
                          _Role(DECLARED_TRUCE, sides, [], modality, [noun])))
        return found

    def _mediated_between(self, sent: Span, mentions: dict[int, Mention],
                          state: ArticleState) -> list[tuple[Token, Pattern, _Role | None]]:
        """ "Qatari-mediated talks between Israel and Hamas", "a ceasefire between Israel and
        Hezbollah, brokered by the US": who mediated (``mediating``) talks or a truce
        between two sides mediates between them (045)."""
        found: list[tuple[Token, Pattern, _Role | None]] = []
        for verb in sent:
            noun = verb.head
            if verb.tag_ != "VBN" or verb.dep_ not in ("amod", "acl") or \
                    not self.lex.has("mediating", verb.lemma_.lower()) or \
                    not self.lex.has("symmetric", noun.lemma_.lower()):
                continue
            mediators: list[Actor] = []
            if verb.dep_ == "amod":  # "Qatari-mediated", "US-brokered": the state named
                for c in verb.children:  # acts as a state
                    mention = mentions.get(c.i) if c.dep_ in (
                        "npadvmod", "compound", "nmod", "amod") else None
                    actor = mention.actor(verb.doc, state.article.published, sector="GOV" if
                                          mention.entry.kind == "country" else None) \
                        if mention is not None else None
                    if actor is not None and actor.country:
                        mediators.append(actor)
            else:
                mediators = [a for c in verb.children if c.dep_ == "agent"
                             for node in c.children if node.dep_ == "pobj"
                             for a in self.actors_of(node, mentions, state)]
            own = {a.country for a in mediators}
            parties = [a for node in _pobjs(noun, ("between",))
                       for a in self.actors_of(node, mentions, state)
                       if a.country not in own]
            if not mediators or len({a.country for a in parties}) < 2:
                continue
            modality, _ = self._modality(verb)
            found.append((verb, Pattern("verb", verb.lemma_.lower(), MEDIATE,
                                        self._mediating_where),
                          _Role(MEDIATE, mediators, parties, modality, [verb])))
        return found

    def _in_force(self, verb: Token) -> bool:
        """Whether a verb tells that what its subject names takes effect (``in_force``:
        "took effect", "came into force", "began")."""
        return verb.pos_ == "VERB" and any(self.lex.has("in_force", p)
                                           for p in _verb_phrases(verb))

    def _recognised(self, verb: Token, mentions: dict[int, Mention]) -> Pattern | None:
        """ "France recognised Palestine", "Honduras recognised Beijing": a state recognised
        by its name (``recognition``) is recognised as its government is (054); "recognised
        the need" is no recognition."""
        lemma = verb.lemma_.lower()
        if not self.lex.has("recognition", lemma) or not any(
                c.dep_ == "dobj" and c.i in mentions and mentions[c.i].entry.kind == "country"
                for c in verb.children):
            return None
        return Pattern("verb", lemma, RECOGNISED, self._recognition_where)

    def _switched_from(self, readings: list[tuple[Token, Pattern, _Role | None]],
                       mentions: dict[int, Mention], state: ArticleState
                       ) -> list[tuple[Token, Pattern, _Role | None]]:
        """ "switched diplomatic recognition from Taiwan to China": recognition switched
        (``switching``) to one state breaks relations with the state it is switched from."""
        found: list[tuple[Token, Pattern, _Role | None]] = []
        for verb, pattern, role in readings:
            if role is None or self.cameo.get(role.code).plover_type != "SUPPORT" or \
                    verb.pos_ != "VERB" or not self.lex.has("switching", verb.lemma_.lower()):
                continue
            left = [a for node in _pobjs(verb, ("from",))
                    for a in self.targets_of(node, mentions, state)]
            if left and role.sources:
                found.append((verb, replace(pattern, code=BROKE_RELATIONS, preps=("from",)),
                              replace(role, code=BROKE_RELATIONS, targets=left)))
        return found

    def _lists(self, verb: Token) -> list[Token]:
        """The lists a verb of listing puts its object on, or one of delisting takes it off
        (``_listing``)."""
        lemma = verb.lemma_.lower()
        if self.lex.has("listing", lemma):
            preps: tuple[str, ...] = ("to", "on", "onto", "in")
        elif self.lex.has("delisting", lemma):
            preps = ("from", "off")
        else:
            return []
        return [node for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
                and (node := _pobj(c)) is not None
                and self.lex.has("list_nouns", node.lemma_.lower())]

    def _list_keeper(self, verb: Token, mentions: dict[int, Mention],
                     state: ArticleState) -> list[Actor]:
        """ "were added to the EU's sanctions list", "was removed from the US list of state
        sponsors of terrorism": with no doer named, the list's keeper lists."""
        return [a for node in self._lists(verb) for c in node.children
                if c.dep_ in ("poss", "compound", "nmod") and c.i in mentions
                for a in self.actors_of(c, mentions, state)]

    def _commands_event(self, verb: Token, pattern: Pattern) -> bool:
        """A verb of doing whose object is an event noun, in a sense of the verb that its
        object does not give, is coded through that noun ("ordered the expulsion of the
        French ambassador": the expulsion, not an order to France)."""
        return not pattern.objects and self.lex.has("command", verb.lemma_.lower()) and \
            any(c.dep_ == "dobj" and self.verbs.match_noun(c) is not None
                for c in verb.children)

    def _embeds_trigger(self, verb: Token, pattern: Pattern,
                        mentions: dict[int, Mention] | None = None,
                        state: ArticleState | None = None) -> bool:
        """A control verb whose infinitive is itself a trigger is coded through that trigger
        ("agreed to send weapons" is one event, not two); not one whose sense its object
        gives, the infinitive telling what the object is for ("approved a warrant to detain
        the president"), nor one done to an actor, the infinitive its purpose ("telephoned
        his counterpart to discuss the crisis")."""
        if self._controls_object(verb) or self._denies_act(verb):
            return False  # "urged X to stop", "denied arming X": an event of its own
        if mentions is not None and state is not None and any(
                c.dep_ == "dobj" and any(t.i in mentions for t in c.subtree) and
                self.actors_of(c, mentions, state) for c in verb.children):
            return False
        if pattern.objects and any(c.dep_ == "dobj" and c.lemma_.lower() in pattern.objects
                                   for c in verb.children):
            return False
        for child in verb.children:
            if child.dep_ == "xcomp" and child.pos_ == "VERB" and (
                    self.verbs.match_verb(child) or self._forceful_response(child) or
                    self._listing(child)):
                return True
            if child.dep_ == "xcomp" and child.pos_ == "VERB" and \
                    (self.lex.has("aspectual", child.lemma_.lower()) or
                     self.lex.has("command", child.lemma_.lower())) and \
                    any(c.dep_ == "dobj" and self.verbs.match_noun(c) is not None
                        for c in child.children):
                return True  # "vowed to continue attacks": the attacks, threatened
            if child.dep_ == "ccomp" and child.pos_ == "VERB" and \
                    self.lex.has("threat", verb.lemma_.lower()) and \
                    any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "'d")
                        for c in child.children) and \
                    any(c.dep_ == "nsubj" for c in child.children) and \
                    (p := self.verbs.match_verb(child) or
                     self._forceful_response(child)) is not None and \
                    self.cameo.get(p.code).plover_type in CONFLICT:
                return True  # "vowed that the group would respond to the strikes": the
                # response, threatened, not a promise of cooperation (but "vowed that the
                # perpetrators would be punished" promises what others will suffer)
        return False

    # ------------------------------------------------------------------ verbs
    def _read_verb(self, verb: Token, pattern: Pattern, mentions: dict[int, Mention],
                   state: ArticleState) -> _Role | None:
        if pattern.objects and self._act_on_measure(verb, pattern):
            return None  # "approved a sanctions package": the sanctions, read on the noun
        if self._responded_by(verb):
            return None  # "retaliated by imposing tariffs": the tariffs, read on their verb
        if self._measure_described(verb, pattern) or self._measure_aimed(verb):
            return None  # "The sanctions bar Americans from dealing with him": what a
            # measure told before does, no new act; "sanctions targeting tankers": its aim
        if self.lex.has("constituting", verb.lemma_.lower()) and \
                verb.tag_ in ("VBP", "VBZ") and \
                not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and \
                (verb.dep_ == "relcl" or any(c.dep_ == "dobj" and c.pos_ == "PROPN"
                                             for c in verb.children)):
            return None  # "Mali and Niger, which form the Alliance of Sahel States": what
            # they are members of, not an alliance formed
        if self.lex.has("dismay", verb.lemma_.lower()) and verb.tag_ == "VBN" and \
                any(c.dep_ == "agent" for c in verb.children):
            return None  # "was worried by the fighting": the worried one's (``_dismayed``),
            # not the fighters' worry about them
        ceased = self._ceased(verb, pattern.code)
        if ceased is not None:  # "stopped cooperating with X": relations reduced, by the
            pattern = replace(pattern, code=ceased)  # ceasing verb's own modality
        modality, transform = self._modality(verb if ceased is None else verb.head)
        if self._welcomed_guest(verb, mentions):
            pattern = replace(pattern, code=HOST)  # "welcomed Modi to the Elysee Palace"
        if pattern.code == CRITICISE_CODE and self.codebook and \
                self.lex.has("striking_words", verb.lemma_.lower()) and \
                (self._place_struck(verb, state) or self._forces_strike(verb)):
            pattern = replace(pattern, code=FORCE)  # "blasted Gaza City and Jenin": bombed,
            # not criticised
        if (pattern.code == ARREST or pattern.code in SEIZURES) and self._territory(verb):
            pattern = replace(pattern, code=OCCUPY)  # "captured Goma", "seized Goma": a
            # town, not a person or a ship
        if self.cameo.get(pattern.code).plover_type == "MOBILIZE" and \
                any(self._joint(t) for t in _object_tokens(verb, pattern)):
            pattern = replace(pattern, code=MILITARY_COOPERATION)  # "held joint exercises"
        code = self._transform(pattern.code, transform, modality)
        if code is None:
            return None
        if self.codebook and transform in ("intent", "future") and \
                self.cameo.get(code).plover_type == "MOBILIZE" and _condition_subjects(verb):
            code = self.lex.threat_codes["MOBILIZE"]  # "will send troops to Niger if
            # diplomacy fails": a deployment promised on a condition threatens (a plan
            # with none stays a deployment)
        modality = self._settle(pattern.code, code, transform, modality)
        if self.codebook and self.cameo.get(code).plover_type == "REQUEST" and \
                self._protest_manner(verb):
            return None  # "demonstrated in Kirkuk calling for independence": one protest
        subject, passive = self.subject(verb)
        if self.codebook and subject is not None and not passive and \
                verb.lemma_.lower() == "meet" and \
                (self.lex.has("decision_nouns", subject.lemma_.lower()) or
                 self.verbs.match_noun(subject) is not None):
            return None  # "the move met with France's rejection": an act meets no one
        if self.codebook and self.lex.has("threat", verb.lemma_.lower()) and \
                self._danger_foreseen(verb, mentions):
            # "warned that the conflict could spread to Chad": a risk foreseen; harm foreseen
            # from another's act ("Tokyo warned that the detention could damage business
            # confidence") criticises its doer
            warners = self.actors_of(subject, mentions, state) \
                if subject is not None and not passive else []
            blamed = [a for a in self._harm_foreseen_from(verb, mentions, state)
                      if all(a.country != w.country for w in warners)]
            if warners and blamed and modality.asserted:
                return _Role(PESSIMISTIC, warners, blamed, modality, [verb])
            return None
        if self.codebook and subject is not None and not passive and \
                transform in ("intent", "future") and \
                self.lex.has("drafts", subject.lemma_.lower()):
            return None  # "a resolution that aims to impose sanctions on Sudan": a text's
            # content, no one's act yet
        sources = self.actors_of(subject, mentions, state) if subject is not None else []
        if sources and self.codebook and self.lex.has("threat", verb.lemma_.lower()) and \
                self._warned_of_another(verb, sources, mentions, state):
            return None  # "warned that Russia was preparing a new offensive": Russia's act,
            # alleged, no threat of the warner's
        if sources and self.codebook and subject.pos_ == "NOUN" and \
                self.actors.role_sector(subject) is None:  # "the bombing in Moscow that
            sources = [s for s in sources if s.resolved_by != "venue"]  # killed 40 people":
            # where it happened, not who did it (unlike "the government in Kabul")
        partner = _headline_partner(subject) if sources and self.codebook else None
        if partner is not None:  # "Japan, Philippines sign troop pact": both sign
            sources = [*self.actors_of(partner, mentions, state), *sources]
        if subject is not None and not passive and self.codebook and (not sources or all(
                s.resolved_by == "anaphora" for s in sources) and (self.lex.has(
                "accusation_nouns", subject.lemma_.lower()) or
                subject.lemma_.lower() in self.verbs.nouns)):  # "said the accusations were
            sources = self._reporter_acts(verb, code, subject, mentions, state) or sources
            # false and urged …", "said the launch violated resolutions and urged …": the
            # speaker urges, not the accusations' maker nor the launcher
        if subject is None and self.codebook and pattern.where == self._listing_where:
            sources = self._list_keeper(verb, mentions, state)
        if subject is None and self.codebook and not sources and \
                self.cameo.get(code).plover_type == "REJECT" and \
                (named := _claim_noun_before(verb, self.lex)) is not None:
            sources = self.actors_of(named, mentions, state)  # "…, an allegation Abu Dhabi
            # denies", the name parsed as apposed to the accused: the denier
        if subject is None and self.codebook and not sources:
            sources = self._source_by_word_order(verb, mentions, state)
        joined = verb.head if verb.dep_ == "xcomp" and verb.head.dep_ == "conj" else verb
        if not sources and subject is None and self.codebook and joined.dep_ == "conj":
            done = next((c for c in joined.head.children if c.dep_ == "nsubjpass"), None)
            if done is not None:  # "said the case was handled lawfully and urged Japan to
                # …", "said 26 civilians were killed and vowed to retaliate"
                sources = self._reporter_acts(verb, code, done, mentions, state)
        suffered = False  # a passive whose doer is named in the act it was done in
        if subject is None and not sources and self.codebook and \
                any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            sources = self._done_in(verb, mentions, state)  # a passive with no agent
            suffered = bool(sources)
        if subject is None and not sources and self.codebook and \
                self.cameo.get(code).plover_type == "SANCTION" and \
                self.lex.has("recalling", verb.lemma_.lower()):
            recalled = self._envoy_recalled(verb, mentions, state)  # "the Somali ambassador
            if recalled is None:  # was recalled": by Somalia, from his post
                return None
            return _Role(code, recalled[0], recalled[1], modality, [verb])
        if subject is None and not sources and self.codebook and \
                self.cameo.get(code).plover_type in ("ACCUSE", "SANCTION"):
            sources = self._envoys_host(verb, mentions, state)  # "was summoned", "were
            suffered = bool(sources)  # expelled from Burkina Faso"
        if subject is None and not sources and self.codebook and pattern.objects and \
                self.cameo.get(code).plover_type == "SANCTION":
            sources = self._owner_closed(verb, pattern, mentions, state)
            if not sources and any(c.dep_ == "auxpass" for c in verb.children) and \
                    not any(c.dep_ == "agent" for c in verb.children):
                reporter = self._reporter(verb, mentions, state)  # "the US Treasury said
                if reporter is not None and reporter.sector in (None, "GOV") and \
                        reporter.kind == "country":  # sanctions had been imposed
                    sources = [reporter]  # on …": its own, told by the one imposing them
        if subject is None and not sources and self.codebook and \
                self.cameo.get(code).plover_type in ("MOBILIZE", "RETREAT", "AID"):
            sources = self._forces_moved(verb, mentions, state,
                                         arms=self.cameo.get(code).plover_type == "AID")
        if self.codebook and transform == "future" and sources and \
                self._measure_decided(verb, pattern, sources):
            code = pattern.code  # "India will withdraw its own defence attaches from
            # Islamabad", "announced that Mali would break off relations with Ukraine": a
            # measure a state decided, not a threat
        if self.codebook and code == SHOW_OF_FORCE and len({s.country for s in sources}) > 1:
            code = MILITARY_COOPERATION  # "French and Egyptian warships launched war games":
            # exercises of two states' forces are held together (the codebook's joint ones)
        if self.codebook and not passive and self.lex.has("receipt", verb.lemma_.lower()) and \
                (self.cameo.get(pattern.code).plover_type == "AID" or
                 pattern.code == TELEPHONE):  # "received a phone call from Macron": the
            givers = self._givers(verb, mentions, state)  # caller calls (CODEBOOK)
            if not givers or not sources:
                return None  # "Gaza received aid": from whom, unsaid
            return _Role(code, givers, sources, modality, [verb, *_object_tokens(verb, pattern)])
        targets: list[Actor] = []
        if passive or suffered:  # "soldiers were killed in clashes with PKK militants"
            for child in verb.children:
                if child.dep_ in ("nsubjpass", "nsubj") and \
                        self._envoy(child):  # "Ukraine's ambassador to Senegal
                    targets = self._envoy_of(child, mentions, state)  # was summoned"
                if child.dep_ in ("nsubjpass", "nsubj") and not pattern.objects and not targets:
                    targets = self.targets_of(child, mentions, state)
            if verb.dep_ == "acl" and verb.tag_ == "VBN" and not pattern.objects:
                targets = self.targets_of(verb.head, mentions, state)  # "activist detained by
        if not targets and sources and self.codebook and \
                self.cameo.get(code).plover_type in ("ASSAULT", "COERCE"):
            targets = self._owned_acted_on(verb, passive, sources[0], mentions, state)
        if not targets:
            targets = self._verb_targets(verb, pattern, mentions, state)
        left: set[int] = set()  # "demanded that external forces withdraw from Congolese
        if self.codebook and self.cameo.get(code).plover_type == "REQUEST":  # territory"
            targets = self._asked_to_act(verb, mentions, state) or targets
            left = self._withdrawn_from(verb)
            targets = [t for t in targets if t.start not in left]
        if not targets and pattern.where == self._characterise_where and \
                self.lex.has("reporting", verb.lemma_.lower()):  # "said the strikes were …"
            targets = [a for n in _judged(verb)[0] for a in self.targets_of(n, mentions, state)]
        if pattern.where == self._characterise_where and sources:
            other = self._other_side_of_talks(verb, sources, state)
            targets = targets if other is None else other
        if not targets and sources and self.codebook and verb.dep_ == "relcl" and \
                self.cameo.get(code).plover_type in ("ACCUSE", "SUPPORT", "REJECT"):
            targets = self._judged_move(verb, sources, mentions, state)
        if code == HOST and self.codebook and sources:  # "the talks": both sides, not the
            targets = self._hosted_parties(verb, sources, state) or targets  # last doer
        if not targets and code == MEDIATE and self.codebook:
            targets = self._mediated(verb, sources, mentions, state)
        if not targets and verb.dep_ == "relcl" and not passive and subject is not None and \
                not any(c.dep_ in ("dobj", "attr", "oprd") for c in verb.children) and \
                verb.head.pos_ in ("NOUN", "PROPN") and not pattern.objects:
            # "the armed groups he described as terrorists": what the clause describes, of
            # the describer's own country when it names no other
            targets = self.targets_of(verb.head, mentions, state)
            sector = self.actors.role_sector(verb.head)
            if not targets and sources and sector is not None and \
                    pattern.where == self._characterise_where:
                targets = [Actor(text=verb.head.text, country=sources[0].country, sector=sector,
                                 kind="country", resolved_by="domestic", start=verb.head.idx,
                                 end=verb.head.idx + len(verb.head.text))]
        if not sources and subject is None and self.codebook and \
                self.cameo.get(code).plover_type == "COERCE":  # "Duterte arrested on ICC
            sources = self._warrant_issuer(verb, mentions, state)  # warrant": the court's
            held = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if sources and not targets:
                targets = [a for h in held for a in self.targets_of(h, mentions, state)
                           if a.country not in {s.country for s in sources}]
        if not sources and subject is None and self.codebook and \
                (self.cameo.get(code).plover_type == "COERCE" or code.startswith(INVESTIGATE)
                 or code == CRIMINAL_CHARGE):  # "was charged with terrorism"
            sources, targets = self._held_in(verb, mentions, state) or (sources, targets)
        if not sources and code == JUDICIAL_COOPERATION and self.codebook and \
                any(c.dep_ == "auxpass" for c in verb.children) and \
                not any(c.dep_ == "agent" for c in verb.children):  # "was extradited from
            sources = [a for node in _pobjs(verb, ("from",))  # the United States": by it, to
                       for a in self.actors_of(node, mentions, state)]  # the one's own
            targets = targets or [a for c in verb.children if c.dep_ == "nsubjpass"
                                  for a in self.targets_of(c, mentions, state)]  # state
        if not sources and subject is not None and not passive and \
                self.verbs.match_noun(subject) is not None:
            # "the bombing, claimed by al-Shabaab, killed 12": who claimed the act that killed
            sources = self._claimant(subject, mentions, state)
        if not sources and self.codebook and not passive and \
                self.cameo.get(code).plover_type in CONFLICT:
            sources = self._act_doers(verb, subject, mentions, state)
        if not sources and subject is None:
            sources = self._parties(verb, mentions, state)
        if not sources and subject is not None and self.codebook and \
                self.cameo.get(code).plover_type in CROWD_ACTS:
            sources = self._crowd(verb, subject, state)
        if sources and subject is not None and self.codebook and \
                all(s.resolved_by == "context" and s.sector == "CVL" for s in sources):
            # "protesters stormed the Swedish embassy in Baghdad", in a report from Ankara:
            # a crowd of no country named acts where its clause places it, not where the
            # article is from
            sources = self._crowd(verb, subject, state) or sources
        if sources and subject is not None and self.lex.has("craft", subject.lemma_.lower()) \
                and self.cameo.get(code).plover_type in (*REACTIONS, "AGREE", "CONSULT"):
            # "forces, backed by fighter jets": a jet backs nobody in words; "said the ship
            # was in Chinese waters and urged Tokyo …": the speaker urges
            sources = self._reporter_acts(verb, code, subject, mentions, state) \
                if not passive else []
        if not sources and self.codebook and modality.asserted and \
                self.cameo.get(code).plover_type == "ASSAULT" and \
                self._unnamed_hitter(verb, subject, passive, mentions):
            struck = self._attacked_place(verb, code, state) or (
                self._nominal_target(subject, mentions, state) if subject is not None else [])
            sources = self._hitter_of(struck, verb, state)  # "Another airstrike hit a house
            # in Khan Younis", after Israel's strikes on Gaza: Israel's
        if not sources:
            if self.codebook and modality.asserted and \
                    self.cameo.get(code).plover_type == "ASSAULT":
                state.unclaimed = self._verb_targets(verb, pattern, mentions, state) or \
                    self._attacked_place(verb, code, state)  # "Gunmen ambushed a bus
                # carrying Israeli settlers": whom an attack a claim may own struck
            return None
        if code == STORMED and all(s.sector in ("COP", "MIL") for s in sources):
            code = RAID  # "police stormed the Mexican embassy": a raid, no protest
        # several states acting together ("Kenya and Somalia met at …", "India and France held
        # joint exercises"): each other's parties, not some other name of the clause
        mutual = len({s.country for s in sources}) > 1 and (
            self.lex.has("symmetric", verb.lemma_.lower()) or code in COOPERATING or
            any(self._joint(t) for t in _object_tokens(verb, pattern)) or
            _reciprocal(verb))
        kind = self.cameo.get(code).plover_type
        if mutual and kind == "ASSAULT" and self.codebook and (
                any(s.kind == "igo" for s in sources) or any(
                    c.dep_ == "advmod" and self.lex.has("in_words", c.lower_)
                    for c in verb.children)):
            code, kind = CRITICISE_CODE, "ACCUSE"  # "Australia and the United Nations have
            # openly clashed": in words, not arms
        if not targets and kind == "REJECT" and self.codebook:
            targets = self._claim_denied(verb, sources, mentions, state) or \
                self._accusation_answered(verb, sources, mentions, state)
        if not targets and kind in REACTIONS:
            targets = self._accuser(verb, pattern, sources, state)
        if not targets and (kind in ("ACCUSE", "REJECT") or
                            kind == "PROTEST" and sources[0].sector == "GOV"):
            targets = self._reacted_to(verb, sources, mentions, state)
        if not targets and kind == "THREATEN":
            targets = self._condition_party(verb, sources, mentions, state) or \
                self._purpose_target(verb, sources[0], mentions, state) or \
                self._reacted_to(verb, sources, mentions, state)  # "Iran vows response
            # after IAEA board censures Tehran"
        if not targets and code == DEMAND_RELEASE and self.codebook:
            targets = self._held_by(verb, pattern, sources, mentions, state) or \
                self._holder(verb, sources, state)
        if not targets and code == DEMAND_ACCESS and self.codebook and any(
                node.lower_ in ("them", "him", "her") or
                self.actors.role_sector(node) in ("CVL", "OPP", "MED", "REF") or
                self.lex.has("held_people", node.lemma_.lower())
                for o in verb.children if o.dep_ == "dobj"
                for node in _pobjs(o, ("to",))):  # "demanded consular access to its
            targets = self._holder(verb, sources, state)  # citizens": of their holder
        if not targets and not mutual:
            targets = [t for t in self._adjunct_target(verb, sources, mentions, state)
                       if t.start not in left]
            if kind == "ASSAULT":  # "used missiles made with U.S. technology": the weapon's
                used = {t.i for o in _object_tokens(verb, pattern)
                        if self.verbs.match_noun(o) is None for t in o.subtree}  # not
                # "carried out strikes on hideouts inside Iran": where the strikes hit
                targets = [t for t in targets if t.start is None or  # maker is no target
                           not any(t.start == verb.doc[i].idx for i in used)]
        if not targets and subject is not None and not passive:
            targets = self._nominal_target(subject, mentions, state)  # "strikes on Kyiv killed"
        if not targets and self.codebook and code.startswith(REDUCED_RELATIONS):
            targets = self._other_state_named(verb, sources, mentions, state)
        if not targets and not mutual and kind in REACTIONS:
            targets = self._place_in_object(verb, sources, state)
        if not targets and self.codebook:
            targets = self._usurped([verb, *_object_tokens(verb, pattern)], sources[0])
        if not targets and kind in MATERIAL_DOMESTIC:
            targets = self._domestic_target(verb, pattern, passive, sources[0], mentions,
                                            state, people=kind == "COERCE")
            words = kind in ("ACCUSE", "REQUEST", "REJECT") or \
                code.startswith(REDUCED_RELATIONS)  # said to its own bodies; talks with
            # rebels suspended ("suspended peace talks with communist rebels"): its own
            militants = kind in ("ASSAULT", "COERCE") and all(t.sector == "REB" for t in targets)
            if any(t.sector in ("REB", "MIL") and t.resolved_by == "domestic"
                   for t in targets) and \
                    not self._at_home(verb, sources[0], state) and \
                    not (sources[0].kind == "group" and state.main == sources[0].country) and \
                    not ((words or militants) and
                         self._reported_home(verb, sources[0], state, placed=militants)):
                targets = []  # "strikes killed militants", "to send troops": whose, unsaid;
                # an armed group's at home ("the Arakan Army attacked the military"), a
                # state's forces in a report on it ("Pakistani troops killed six militants")
            if kind == "ASSAULT" and targets:  # "US strikes killed 10 civilians, the
                reporter = self._reporter(verb, mentions, state)  # Houthis said": Yemen's;
                if reporter is not None and reporter.country != sources[0].country and \
                        reporter.sector not in ("NGO", "MED"):  # not Amnesty's or a paper's
                    targets = [replace(t, country=reporter.country, resolved_by="context")
                               for t in targets]
                elif all(t.resolved_by == "domestic" for t in targets) and \
                        self._result_of(verb, sources[0], mentions, state):
                    # "fired water cannon at a Philippine vessel, injuring two crew
                    # members": the result of the act it tells, aimed at another state, is
                    # that act, not one against the doer's own people
                    targets = []
                elif sources[0].kind == "country" and \
                        sources[0].sector in ("MIL", "GOV", None) and \
                        all(t.resolved_by == "domestic" for t in targets) and (
                            state.attacked.get(sources[0].country) or
                            state.main and state.main != sources[0].country and
                            not self._at_home(verb, sources[0], state)):
                    # a state's forces attacking people or things no place is named for:
                    # of the state they attacked last, not their own; or, attacking none
                    # before, of the state the report is about ("US air strikes that killed
                    # dozens of people", in a report on Yemen)
                    victims = state.attacked.get(sources[0].country) or state.main
                    targets = [replace(t, country=victims, resolved_by="context")
                               for t in targets]
        if targets and kind == "REQUEST" and self.codebook and \
                self.lex.has("ordering", verb.lemma_.lower()) and sources[0].sector == "GOV":
            targets = [t for t in targets if t.country != sources[0].country or
                       t.sector != "GOV"]  # "Petro ordered the government's negotiating team
            # to return to Bogota": its own government, no one else asked
        if not targets and not mutual:  # "Armenia and Azerbaijan clashed in …": each other
            targets = self._attacked_place(verb, code, state)
        if not targets and kind == "RETREAT":
            targets = self._left_place(verb, sources[0], state)
        if not targets and (kind == "AID" or code.startswith("033")):
            targets = self._recipients_there(verb, sources[0], state)
        if not targets and (code.startswith("07") or code.startswith("033")):
            targets = self._aided_by_purpose(verb, sources, mentions, state)
        if not targets and code == AERIAL and verb.dep_ == "acl" and \
                (weapons := _of_whole(verb.head)).dep_ == "dobj" and \
                self.lex.has("interception", weapons.head.lemma_.lower()):
            # "shot down 30 drones launched by Russia", "intercepted most of the missiles
            # fired by Iran": whoever downed them was attacked
            downer, downed = self.subject(weapons.head)
            targets = [] if downer is None or downed else [
                a for a in self.actors_of(downer, mentions, state)
                if a.country not in {s.country for s in sources}]
        if not targets and sources and self.codebook and \
                self.lex.has("interception", verb.lemma_.lower()) and \
                self.cameo.get(code).plover_type == "ASSAULT" and \
                any(self.lex.has("arms", o.lemma_.lower()) or
                    self.lex.has("arms", _counted_noun(o, COUNTS).lemma_.lower())
                    for o in verb.children if o.dep_ == "dobj"):
            hitter = self._last_hitter(sources[0], verb, state, struck=True)
            targets = [hitter] if hitter is not None else []  # "Russia launched a missile
            # attack on Ukraine … the air force shot down 40 missiles": whose missiles struck
            # it last
        if not targets and code == AID_ALLOWED and self.places is not None:
            # "allowed aid trucks to enter northern Gaza", "… into Gaza": where it goes
            places = [self._place(t, state) for t in verb.subtree if t.i > verb.i and (
                t.dep_ == "dobj" and t.head.lemma_.lower() in ("enter", "reach") or
                t.dep_ == "pobj" and t.head.lower_ in ("into", "to"))]
            targets = [p for p in places if p is not None][:1]
        force = subject if subject is not None else next(
            (c for c in verb.children if c.dep_ == "nsubjpass"), None)  # "has been deployed"
        contributors = self._contributors(force, mentions, state) \
            if self.codebook and force is not None and \
            self.cameo.get(code).plover_type == "MOBILIZE" else []
        if contributors and self.places is not None:
            # "The African Union force, made up of troops from Uganda, Burundi and Kenya, has
            # been deployed in Somalia": each state's troops protect the state they are in
            host = self._place_after([c for c in verb.children if c.dep_ == "prep"], state)
            if host is not None and host.country not in {a.country for a in contributors}:
                sources, targets = contributors, [replace(host, sector="GOV")]
                code = PEACEKEEPING
        moved = code
        if self.codebook and self.cameo.get(code).plover_type == "MOBILIZE" and \
                self._in_mission(verb, mentions):
            code = PEACEKEEPING  # "troops deployed in Somalia as part of the African Union
            # mission": a troop contribution, protection of the state it is in
        if code == PEACEKEEPING and self.codebook:
            targets = self._mission_host(verb, mentions, state) or targets
            if not targets and moved != code:
                code = moved  # a mission in no state named: still a deployment
        if self.codebook and sources and self.cameo.get(code).plover_type == "MOBILIZE":
            helped = self._helped_by_forces(verb, sources, targets, mentions, state)
            if helped:  # "deployed police to Haiti to help the Haitian police": assistance
                code, targets = MILITARY_AID, helped  # in personnel (PLOVER's AID)
        if not targets and self.codebook and not mutual:
            targets = self._target_by_word_order(verb, sources, mentions, state)
        if not targets and code == AERIAL and self.codebook and \
                self.lex.has("launches", verb.lemma_.lower()) and \
                not any(self.lex.has("harm", t.lemma_.lower()) for t in verb.sent):
            code = SHOW_OF_FORCE  # "fired a ballistic missile into the sea": a launch, no attack
        if not sources:
            return None
        if code == VISIT and pattern.particle and not pattern.objects and self.codebook and \
                any(c.dep_ == "dobj" for c in verb.children):
            return None  # "flew him to Kampala": one carried, no visit of the carrier's
        if code == VISIT and subject is not None and not pattern.objects and \
                not self.lex.has("personal_roles", subject.lemma_.lower()) and \
                not any(a.kind == "person" for a in sources):
            forces = {self.actors.role_sector(t) for t in subject.subtree} & {"MIL", "COP"}
            if forces:  # troops arriving: a deployment, not a visit (an army chief's is);
                # peacekeepers arriving: protection of their host
                code = PEACEKEEPING if any(self.lex.has("peacekeepers", t.lemma_.lower())
                                           for t in subject.subtree) else \
                    TROOPS_DEPLOYED if "MIL" in forces else POLICE_DEPLOYED
            elif self.lex.has("cargo", subject.lemma_.lower()):
                code = AID_GIVEN  # "a shipment of wheat from Russia arrived": aid, no visit
        kind = self.cameo.get(code).plover_type
        if self.codebook and kind == "SUPPORT":  # "welcomed the strikes on the Houthis",
            victims = self._victims(verb)  # "backed the sanctions on Russia": not whom it backs
            targets = [t for t in targets if t.start is None or t.start not in victims]
        if self.codebook and kind == "ACCUSE" and targets and \
                all(t.kind == "igo" for t in targets):
            targets = self._complained_of(verb, sources, mentions, state) or targets
        if self.codebook and kind == "REJECT" and self._denies_act(verb):
            # "denied that it had supplied drones to Russia": the parties of the denied act
            # are not whom the denial answers
            targets = self._accuser(verb, pattern, sources, state)
        if code == VISIT:  # "travelled to The Hague", "to Geneva": an international body's
            targets = [t for t in targets if not self.lex.has("seats", t.text.lower())]
        if code.startswith(TRUCE):  # "signed a ceasefire in Havana": where, not with whom
            targets = [t for t in targets if t.resolved_by != "venue"]
        base = self.cameo.get(pattern.code).plover_type  # before a plan or a threat made it
        topical = kind in ("CONSULT", "COOPERATE") or \
            kind == "AGREE" and base in ("CONSULT", "COOPERATE")  # "will host a summit
        # on Gaza", "agreed to share intelligence on al-Shabaab": what it is about
        if (kind in DIPLOMATIC or topical) and code != VISIT:  # "talks in Cairo": the venue
            # of a meeting is not a party, nor a country it is held in ("met in Italy")
            where = {t.idx for c in verb.children if c.dep_ == "prep" and
                     c.lower_ in LOCATIVE_PREPS for t in c.subtree}
            if len({s.country for s in sources}) > 1:  # "Iran and the United States held
                where |= {t.idx for o in verb.children if o.dep_ == "dobj"  # talks in Oman"
                          for c in o.children if c.dep_ == "prep" and
                          c.lower_ in LOCATIVE_PREPS for t in c.subtree}
            if topical:  # "hosted a summit on Gaza": what it is about, no party
                holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
                if verb.dep_ == "acl":  # "a summit on Gaza attended by …"
                    holders.append(verb.head)
                where |= {t.idx for h in holders for c in h.children if c.dep_ == "prep" and
                          c.lower_ in _TOPIC_PREPS for t in _topic_words(c)}
                if self.lex.has("topic_verbs", verb.lemma_.lower()):  # "discussed the Kosovo
                    where |= {t.idx for o in verb.children if o.dep_ == "dobj"  # issue with
                              for t in _topic_words(o)}  # the EU envoy": what, not with whom
            kept = [t for t in targets if t.resolved_by != "venue" and t.start not in where]
            if targets and not kept and topical:  # "talks on Somalia with Ethiopia", "in
                # calls with the top diplomats of South Africa, Pakistan and Brazil": all of
                # those of the first party "with" it
                partners = [node for p in verb.subtree if p.dep_ == "prep" and
                            p.lower_ == "with" and p.idx not in where and
                            (node := _pobj(p)) is not None]
                kept = [a for node in partners[:1]
                        for a in self.targets_of(node, mentions, state)
                        if all(a.country != s.country for s in sources)]
            if targets and not kept and base == "AID" and sources:  # "said it would send
                # tents to earthquake victims in Morocco": aid promised goes where its
                # recipients are, no venue
                kept = self._recipients_there(verb, sources[0], state)
            targets = kept
        if targets and self.codebook and kind in ADDRESSED and \
                self._aimed_at_collective(verb, state):
            targets = []  # "criticised Western countries for arming Kyiv", "condemned Western
            # sanctions on Chinese firms": at a collective, whoever else the clause names
        if targets and self._to_collective(verb, pattern, targets):
            targets = []  # "appealed to the international community for funding for the
            # Haiti mission": to no one named, whatever else the clause names
        if targets and not self.lex.has("measure_verbs", verb.lemma_.lower()):
            aimed = {t.idx for o in verb.children if o.dep_ == "dobj" and
                     self.lex.has("measure_nouns", o.lemma_.lower())
                     for p in o.children if p.dep_ == "prep" and p.lower_ in _AIMED_PREPS
                     for t in p.subtree}  # "vetoed a resolution against Syria": whom the
            if code == VETO:  # "blocked the sanctions on Russian gas": not Russia's
                aimed |= {t.idx for o in verb.children if o.dep_ == "dobj" and
                          self._names_measure(o)
                          for p in o.children if p.dep_ == "prep" and p.lower_ in
                          ("on", "against", "targeting") for t in p.subtree}
            targets = [t for t in targets if t.start not in aimed]  # measure is aimed at
            # (a proposal "for talks with the RSF" rejected rejects the RSF's talks)
        if targets and self.lex.has("vengeance", verb.lemma_.lower()):
            targets = [t for t in targets if t.resolved_by not in ("venue", "place")]
            # "vowed to avenge the killing of its general in Damascus": where the one avenged
            # died is not who killed him
        held = [c for c in verb.children if c.dep_ == "dobj"]
        if targets and any(self._bare_captives(h) for h in held) and \
                all(t.resolved_by == "place" for t in targets):  # "holding 59 hostages in
            targets = []  # Gaza": where they are held, not whose they are (but "took 20
            # villagers hostage in Borno": the villagers of the place)
        if self.codebook and kind == "COERCE" and targets and held and \
                all(t.resolved_by == "venue" for t in targets):  # "detained opposition
            # leader Kizza Besigye in Nairobi": where he was held, not whose he is
            sector = self._title(held[0]) if held[0].pos_ == "PROPN" else None  # a named
            # person with a title; "residents in Mogadishu" are the place's people
            if sector is not None and sources[0].kind in ("country", "person"):
                targets = [Actor(text=held[0].text, country=sources[0].country,
                                 sector=sector, kind="country", resolved_by="domestic",
                                 start=held[0].idx, end=held[0].idx + len(held[0].text))]
        if not targets and kind in NEEDS_RECIPIENT and not mutual and \
                not (self.codebook and kind == "SANCTION") and \
                not (self.codebook and code == MILITARY_AID and modality.reported and
                     modality.asserted):  # "said Algeria had armed the rebels": whoever they
            return None  # are, the reporter's accusation (``_allegations``)
        sources = self._not_own_envoys(verb, sources, targets, state)
        if not sources:
            return None
        tokens = [verb, *(_object_tokens(verb, pattern))]
        return _Role(code, sources, targets, modality, tokens)

    def _not_own_envoys(self, verb: Token, sources: list[Actor], targets: list[Actor],
                        state: ArticleState) -> list[Actor]:
        """A doer taken from context is not the state whose envoys it acts on ("Ghana
        recalled its ambassador … after the junta expelled two Ghanaian diplomats"): the
        other state the text named last before it, else no one."""
        envoys = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and
                  self._envoy(c)]
        own = {t.country for t in targets}
        if not envoys or not any(s.resolved_by == "context" and s.country in own
                                 for s in sources):
            return sources
        other = next((country for start, country in reversed(state.named_states)
                      if start < verb.i and country not in own), None)
        return [replace(s, country=other) if s.resolved_by == "context" and s.country in own
                else s for s in sources if other is not None or s.country not in own]

    def subject(self, verb: Token) -> tuple[Token | None, bool]:
        """The token naming who acts, and whether the clause is passive (source = agent)."""
        if _right_reserved(verb):  # "reserved the right to respond": who reserved it
            return self.subject(verb.head.head)
        if _headline_passive(verb) or _headline_past(verb) and self._suffered(verb):
            # "Palestinian killed in attacks by settlers", "Opposition leader abducted in
            # Kenya" (the participle tagged as a past tense)
            agent = [g for c in verb.children if c.dep_ == "agent"
                     for g in c.children if g.dep_ == "pobj"]
            return (agent[0] if agent else None), True
        root = verb.sent.root
        if verb.dep_ == "acl" and verb.lemma_.lower() in NEVER_SUFFERED and \
                root.pos_ in ("NOUN", "PROPN") and root.i <= verb.head.i:
            return root, False  # "Dozens of students protested …", "The first contingent of
            # Kenyan police arrived …", parsed as a phrase
        head = verb.head
        if verb.dep_ == "acl" and verb.lemma_.lower() in NEVER_SUFFERED and \
                head.pos_ in ("NOUN", "PROPN"):
            return head, False  # "… as hundreds of students protested", parsed with the verb
            # on the noun: none of these acts is suffered, so the noun does it
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and \
                verb.tag_ in ("VBN", "VBD") and any(c.dep_ == "dobj" for c in verb.children) \
                and (head == root or head.dep_ == "nsubj" and head.head.i > verb.i and
                     self.lex.has("reporting", head.head.lemma_.lower()) or
                     verb.tag_ == "VBD" and head.i < verb.i):
            return head, False  # "Israeli air strikes killed 30 people (…, officials said)",
            # parsed as a phrase: a participle with an object is no passive; nor is a verb
            # tagged past tense ("Speaking in Nairobi, Kenya's foreign minister accused …",
            # the clause parsed as the root)
        if head == root and _predicate_as_modifier(verb):
            return head, False  # "Venezuela, which has hosted the talks, called on …"
        if self._filed_with_body(verb):  # "filed a case with the ICJ accusing Israel",
            return self.subject(head.head)  # parsed as "with the ICJ accusing": the filer
        opening = _misparsed_opening_subject(verb) or _subject_after_opening(verb)
        if opening is not None:
            return opening, False  # "Nauru switched its recognition …" with the name parsed
            # as an adverbial noun phrase
        node = verb
        shared = False  # reached through a conjunct: the subject the two verbs share
        for _ in range(8):
            if shared and node.pos_ == "VERB" and verb.tag_ != "VBN" and \
                    any(c.dep_ == "agent" for c in node.children):
                suffered = next((c for c in node.children
                                 if c.dep_ in ("nsubjpass", "nsubj")), None)
                if suffered is not None:
                    # "Mali and Burkina Faso, ruled by juntas, warned …", "X was attacked by Y
                    # and responded …": the one the passive is about acts, not its agent
                    return suffered, False
            active = node.tag_ in ("VBD", "VBZ", "VBP") and \
                any(c.dep_ == "nsubj" for c in node.children) and \
                any(c.dep_ == "dobj" for c in node.children) and \
                not any(c.dep_ == "auxpass" for c in node.children)  # "Bush criticised
            # research by a team of Americans", the "by" parsed as an agent: Bush did it (a
            # passive has no object: "Kenyan activist detained by Ugandan police")
            for child in node.children if not active else ():
                if child.dep_ == "agent":
                    pobj = [g for g in child.children if g.dep_ == "pobj"]
                    if pobj:
                        return pobj[0], True
            # the nearest subject before the verb: a dateline ("SAO PAULO (AP) — Brazil's
            # government expelled …") or a relative "that" after it can be parsed as another
            subjects = sorted((c for c in (*node.children, *(  # or on its auxiliary: "Egypt
                                   g for a in node.children  # and Qatar are mediating"
                                   if a.dep_ in ("aux", "auxpass") and a.i < node.i
                                   for g in a.children))
                               if c.dep_ in _SUBJECT_DEPS and c.dep_ != "expl"),
                              key=lambda c: (c.i > node.i, abs(node.i - c.i)))
            for child in subjects[:1]:
                if child.lower_ in _RELATIVE and node.dep_ == "relcl":
                    return node.head, False
                inner = [c for c in child.children if c.dep_ == "nsubj"]
                if child.pos_ == "VERB" and inner:  # "The Red Cross operating in Iraq said",
                    return inner[0], False  # misparsed with the participle as subject
                return child, False
            if node.dep_ in ("acl", "relcl") and node.tag_ == "VB" and \
                    _none_of(node.head) and node.head.dep_ == "dobj":
                node = node.head.head  # "Iran had no plans to negotiate": Iran
                continue
            if node.dep_ == "relcl":  # "forces that were sent": no subject of their own
                return None, False
            if perfect_participle(node):  # "Peru has frozen relations": the subject of "has"
                node = node.doc[node.i - 1]
                continue
            if node.dep_ == "xcomp" and node.tag_ in ("VB", "VBP") and \
                    node.head.dep_ == "relcl" and \
                    self.lex.has("reporting", node.head.lemma_.lower()) and \
                    not any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
                return node.head.head, False  # "tankers that Brussels says help Moscow",
                # the verb parsed as the reporting verb's complement: the relative's noun
            if node.dep_ == "xcomp":
                head = node.head
                if self._controls_object(head) or self.lex.has("causative",
                                                               head.lemma_.lower()):
                    for child in head.children:
                        if child.dep_ in ("dobj", "dative") and child.i < node.i:
                            return child, False
                raised = [c for c in head.children if c.dep_ == "nsubjpass" and c.i < node.i]
                if raised and not any(c.dep_ == "agent" for c in head.children):
                    if self.lex.has("predicted", head.lemma_.lower()):
                        return None, False  # "is expected to attack": others' guess
                    return raised[0], False  # "Israel is set to strike", "the envoy was
                    # ordered to leave": the one set or ordered acts
                node = head
                continue
            if node.dep_ == "advcl" and node.tag_ == "VB" and \
                    self.lex.has("gathering", node.head.lemma_.lower()) and \
                    any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
                node = node.head  # "supporters gathered in Dakar to protest": they protest
                continue
            # "Qatar is mediating", parsed as a copula with its complement
            progressive = node.dep_ == "attr" and node.tag_ == "VBG" and node.head.lemma_ == "be"
            if node.dep_ in ("conj", "acomp") or progressive or (node.dep_ == "advcl"
                                                  and node.tag_ in ("VBG", "VBN")
                                       and not any(c.dep_ == "mark" for c in node.children)):
                if node.tag_ == "VBN" and node.dep_ in ("conj", "advcl") and \
                        (_headline_passive(node.head) or _headline_past(node.head) and
                         self._suffered(node.head)) and self._suffered(node):
                    return None, True  # "Besigye abducted in Kenya, charged in military
                    # court": charged too, by someone unsaid
                shared = shared or node.dep_ == "conj"
                node = node.head
                continue
            if node.dep_ == "acl" and node.tag_ == "VB" and \
                    self.lex.has("decision_nouns", node.head.lemma_.lower()):
                owners = [c for c in node.head.children if c.dep_ == "poss"]
                if owners:  # "Germany's decision to send tanks": Germany sends them
                    return owners[0], False
            if node.dep_ == "acl" and node.tag_ == "VBG":
                noun = self._statement_before(node.head)  # "issued a statement condemning
                # X": the issuer condemned
                if noun.dep_ == "dobj" and self.lex.has("statement_nouns", noun.lemma_.lower()) \
                        and not any(c.dep_ in ("poss", "prep") for c in noun.children):
                    if self.lex.has("measure_nouns", noun.lemma_.lower()) and \
                            not self.lex.has("measure_verbs", noun.head.lemma_.lower()) or \
                            self.lex.has("refusal", noun.head.lemma_.lower()):
                        return None, False  # "vetoed a resolution condemning X": not passed;
                        # "blocked a statement condemning X": not issued
                    node = noun.head
                    continue
                return noun, False
            if node.dep_ == "pcomp" and (self._alleged_of(node) or self._averted(node)):
                holder = node.head.head  # "accused X of arming": X, whether the parser hangs
                if holder.dep_ == "dobj":  # "of arming" on the verb or on X
                    return holder, False
                accused = [c for c in holder.children if c.dep_ == "dobj"]
                measure = [p for c in accused for g in c.children
                           if g.dep_ == "prep" and g.lower_ in ("on", "against")
                           and (p := _pobj(g)) is not None]
                if measure:  # "imposed sanctions on Iran over supplying drones": Iran
                    return measure[0], False
                return (accused[0] if accused else None), False
            if node.dep_ == "pcomp" and self._alleged_by(node):
                accused = [c for c in node.head.head.children if c.dep_ == "dobj"]
                if accused:  # "accused Israel of escalating violence by killing three
                    return accused[0], False  # Palestinians": how the accused did it
            if node.dep_ == "pcomp" and (node.head.head.pos_ in ("VERB", "AUX") or
                                         node.head.head.dep_ == "acomp"):
                node = node.head.head  # "Kabul responded by withdrawing": Kabul withdrew;
                continue  # "remains committed to building": the one committed
            if node.dep_ == "pcomp":  # "its policy of not providing", "Germany's refusal to"
                noun = node.head.head
                for child in noun.children:
                    if child.dep_ == "poss" and child.pos_ != "PRON":
                        return child, False
                if noun.dep_ in ("dobj", "pobj", "attr"):
                    node = noun.head if noun.dep_ != "pobj" else noun.head.head
                    continue
            first = self._listed_first(node)
            if first is not None:
                shared = True
                node = first
                continue
            break
        return None, False

    def _listed_first(self, verb: Token) -> Token | None:
        """The first act of a list the parser broke, for a verb of the list with no subject:
        "X branded Y a “terrorist state,” recalled its envoy, and closed …", with the first
        act ended by a quotation read as a clause the second reports; "X called Y a colonial
        aggressor, recalled its envoy, and closed …", with the second hung loose on the
        first. A list goes on with "and"; a reporting verb reports."""
        if verb.pos_ != "VERB" or not any(c.dep_ == "conj" for c in verb.children) or \
                self.lex.has("reporting", verb.lemma_.lower()):
            return None
        if verb.dep_ == "dep" and verb.head.pos_ == "VERB" and verb.head.i < verb.i and \
                any(c.dep_ == "dobj" for c in verb.children):
            return verb.head
        before = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and
                  c.i < verb.i and any(g.dep_ == "nsubj" for g in c.children)]
        return before[-1] if before else None

    def _reporter_acts(self, verb: Token, code: str, subject: Token,
                       mentions: dict[int, Mention], state: ArticleState) -> list[Actor]:
        """A second verbal act the parser hangs on the clause a speaker reports, not on the
        speaker's verb ("The ministry said the claims were false and urged Ouagadougou to
        …", "Sheinbaum argued that tariffs would not help, inviting Washington to …"): the
        speaker's, where the reported clause's subject is a thing, which urges nobody (an
        attack told may kill and destroy, not urge), or people it tells were acted on ("said
        23 people had been killed and urged the authorities to …")."""
        if self.cameo.get(code).plover_type not in (*REACTIONS, "AGREE", "THREATEN"):
            return []
        node = verb
        while node.dep_ in ("conj", "advcl", "xcomp") and node.head.i != node.i:
            node = node.head
        if node.i == verb.i or node.dep_ != "ccomp" or \
                not self.lex.has("reporting", node.head.lemma_.lower()) or \
                subject.pos_ != "NOUN" or subject.head.i != node.i and not (
                    subject.head.dep_ == "aux" and subject.head.head.i == node.i) or \
                self.actors.role_sector(subject) is not None and \
                not self.lex.has("craft", subject.lemma_.lower()) and \
                subject.dep_ != "nsubjpass" or \
                self.lex.has("statement_nouns", subject.lemma_.lower()):
            return []
        speaker = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
        return self.actors_of(speaker, mentions, state) if speaker is not None else []

    def _place_struck(self, verb: Token, state: ArticleState) -> bool:
        """Whether a verb's object is a named place ("blasted Gaza City") or a site
        (``struck_sites``: "blasted security targets in Gaza"), not a person or a state."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return bool(objects) and all(
            self.lex.has("struck_sites", o.lemma_.lower()) or
            self.places is not None and o.pos_ == "PROPN" and o.i not in state.mention_tokens
            and (place := self._place(o, state)) is not None and place.resolved_by == "place"
            for o in objects)

    def _territory(self, verb: Token) -> bool:
        """Whether a verb's object is a named place ("captured Goma"), not a person."""
        if self.places is None:
            return False
        # a one-word name the gazetteer knows; a given name and a surname are a person
        # ("captured Joaquin Guzman")
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        return bool(objects) and all(
            o.pos_ == "PROPN" and self.places.lookup(o.text) is not None and
            not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in o.children)
            for o in objects)

    def _givers(self, verb: Token, mentions: dict[int, Mention],
                state: ArticleState) -> list[Actor]:
        """Who gave what a verb of receipt received: "from X", on the verb or its object
        ("received drones from Iran")."""
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        found = [a for h in holders for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "from" and (node := _pobj(c)) is not None
                 for a in self.actors_of(node, mentions, state)]
        if found:
            return found
        # "received 10,000 doses of vaccine donated by China", "received tanks supplied by
        # Germany": the agent of a participle of giving on what was received
        things = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *_pobjs(c, ("of",)))]
        return [a for thing in things for gave in thing.children
                if gave.dep_ == "acl" and gave.tag_ == "VBN" and
                self._aid_pattern(gave) is not None
                for agent in gave.children if agent.dep_ == "agent" and
                (node := _pobj(agent)) is not None
                for a in self.actors_of(node, mentions, state)]

    def _aid_pattern(self, verb: Token) -> Pattern | None:
        """The verb's pattern if it gives aid (PLOVER AID)."""
        pattern = self.verbs.match_verb(verb)
        return pattern if pattern is not None and \
            self.cameo.get(pattern.code).plover_type == "AID" else None

    def _denies_act(self, verb: Token) -> bool:
        """Whether a verb denies an act: "denied arming the rebels", "denied that it had
        supplied drones" (``denial`` in modality.yaml)."""
        return self.lex.has("denial", verb.lemma_.lower()) and any(
            c.dep_ == "xcomp" and c.tag_ == "VBG" or c.dep_ == "ccomp" for c in verb.children)

    def _alleged_of(self, clause: Token) -> bool:
        """Whether a gerund is what a verb of allegation's object is accused of ("accused X
        of supplying arms", "blamed X for arming", "criticised X for blocking")."""
        verb = _object_clause_verb(clause, ("of", "for", "over"))
        if verb is None:
            return False
        lemma = verb.lemma_.lower()
        return self.lex.has("allegation_verbs", lemma) or clause.head.lower_ != "of" and (
            self.lex.has("faulting", lemma) or self.lex.has("punishing", lemma))

    def _alleged_by(self, clause: Token) -> bool:
        """Whether a gerund is how the object of a verb of allegation did what it is accused
        of ("accused Israel of escalating violence by killing three Palestinians", the "by"
        parsed on the verb)."""
        verb = clause.head.head
        return clause.dep_ == "pcomp" and clause.head.lower_ == "by" and \
            self.lex.has("allegation_verbs", verb.lemma_.lower()) and \
            any(c.dep_ == "dobj" for c in verb.children) and \
            any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in verb.children)

    def _averted(self, clause: Token) -> bool:
        """Whether a gerund is what a verb warns or keeps its object from doing ("warned
        Washington against arming Taiwan", "stopped Iran from seizing tankers")."""
        verb = _object_clause_verb(clause, ("against", "from"))
        return verb is not None and self.lex.has("averting", verb.lemma_.lower())

    def _controls_object(self, verb: Token) -> bool:
        lemma = verb.lemma_.lower()
        return self.lex.has("permission", lemma) or self.lex.has("request", lemma)

    def _verb_targets(self, verb: Token, pattern: Pattern, mentions: dict[int, Mention],
                      state: ArticleState) -> list[Actor]:
        holders = [verb]
        holders.extend(_object_tokens(verb, pattern))
        holders.extend(c for c in verb.children if c.dep_ == "dobj")  # "held talks with X"
        reaction = self.cameo.get(pattern.code).plover_type in REACTIONS
        for noun in holders[1:]:  # "rejected Russia's accusations against Ukraine": Russia
            lemma = noun.lemma_.lower()
            if self._envoy(noun):
                senders = self._envoy_of(noun, mentions, state)
                if senders:  # "summoned Ukraine's ambassador to Senegal": Ukraine
                    return senders
            if self.lex.has("accusation_nouns", lemma) or \
                    self.lex.has("proposal_nouns", lemma):  # "accepted demands from X": X
                accusers = self.doers(noun, mentions, state)
                if accusers:
                    return accusers
                maker = self._proposal_maker(noun, state)
                if maker is not None:  # "Ethiopia demanded … Eritrea dismissed the demand"
                    return [maker]
                parties = [a for talks in _pobjs(noun, ("for", "of"))
                           if self.lex.has("symmetric", talks.lemma_.lower())
                           for with_ in _pobjs(talks, ("with",))
                           for a in self.targets_of(with_, mentions, state)]
                if parties:  # "rejected a proposal for talks with the RSF": the RSF
                    return parties
            elif reaction and (self.lex.has("wrongdoing_objects", lemma) or (
                    named := self.verbs.match_noun(noun)) is not None and
                    named.code != pattern.code):  # not the act itself ("switched its
                # recognition from Taiwan to China"); "investigating abuses by Ethiopian
                # troops against refugees": the troops
                doers = [a for a in self.doers(noun, mentions, state)
                         if a.resolved_by not in ("anaphora", "context")]
                if doers:
                    return doers
            if self.lex.has("decision_nouns", lemma) or reaction and noun.dep_ == "dobj":
                # "overturned the president's decision", "disputed the army's figures": the
                # role that owns it, by context where its country is unnamed
                makers = [a for c in noun.children
                          if c.dep_ == "poss" and c.pos_ == "NOUN" and
                          self.actors.role_sector(c) is not None
                          for a in self.actors_of(c, mentions, state)]
                if makers:
                    return makers
        for noun in holders[1:]:  # "reaffirmed its commitment to defend the Philippines":
            if not self.lex.has("intent_nouns", noun.lemma_.lower()):  # whom the act
                continue  # committed to is done to
            for act in noun.children:
                named = self.verbs.match_verb(act) if act.dep_ == "acl" else None
                if act.dep_ == "acl" and act.pos_ == "VERB" and \
                        any(a.dep_ == "aux" and a.lower_ == "to" for a in act.children) and \
                        (named is None or  # not "its commitment to fight al-Shabaab": a
                         self.cameo.get(named.code).plover_type not in CONFLICT):  # threat
                    found = [a for c in act.children if c.dep_ == "dobj"
                             for a in self.targets_of(c, mentions, state)]
                    if found:
                        return found
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("NOUN",
                                                                                 "PROPN", "ADJ")):
            for child in clause.children:  # "declared X persona non grata", "held X
                # responsible": X
                if child.dep_ == "nsubj":
                    found = self.targets_of(child, mentions, state)
                    if found:
                        return found
        if pattern.code == JUDICIAL_COOPERATION:  # "extradited a Russian hacker to the
            found = [a for node in _pobjs(verb, ("to",))  # United States": with the state
                     for a in self.targets_of(node, mentions, state)]  # that receives him
            if found:
                return found
        topic = self.lex.has("topic_verbs", verb.lemma_.lower())  # "discussed Ukraine"
        given = {t.i for t in _object_tokens(verb, pattern)}
        for child in verb.children:
            if child.dep_ == "dobj" and not topic and (
                    not pattern.objects or child.lemma_.lower() in MISSIONS or
                    # people or bodies named as the object are whom it is done to, before
                    # where: "welcomed the Polish prime minister to Berlin", "allowed UN
                    # investigators into Tigray"
                    self.actors.role_sector(child) is not None and
                    any(t.i in mentions for left in child.lefts for t in left.subtree) or
                    child.i not in given and (any(  # "provided Pakistan with weapons"
                        c.dep_ == "prep" and c.lower_ == "with" for c in verb.children) or
                        pattern.particle is not None)):  # "took X into custody": X
                if self._struggle(child, pattern):  # "backed the fight against al-Shabaab":
                    found = self.doers(child, mentions, state)  # those who fight it
                else:
                    found = [a for a in self.targets_of(child, mentions, state)
                             if a.resolved_by != "venue"]  # "hosted talks in Cairo"
                if found:
                    return found
            if child.dep_ == "prt":
                holders.append(child)
            node = _pobj(child) if child.dep_ == "prep" and pattern.particle is not None and \
                child.lower_ == pattern.particle else None
            if node is not None and self.verbs.match_noun(node) is None:  # not "withdrew
                # from the Jeddah talks"; "backed off the tanker": the particle parsed as a
                found = self.targets_of(node, mentions, state)  # preposition governs the
                if found:  # object
                    return found
        for child in verb.children:
            if child.dep_ == "dative":
                node = _pobj(child) if child.pos_ == "ADP" else child
                if node is not None:
                    found = self.actors_of(node, mentions, state)
                    if found:
                        return found
        preps = [child for holder in holders for child in holder.children
                 if child.dep_ in ("prep", "dative") and child.lower_ in pattern.preps]
        # whom it is against before where it is brought ("filed a case against Israel at
        # the ICJ"), and whom a measure is put "on" ("imposed sanctions on six Iranian
        # officials over the deliveries to Russia", the "to" parsed on the verb)
        imposed = self.cameo.get(pattern.code).plover_type in ("SANCTION", "COERCE")
        preps.sort(key=lambda child: (child.lower_ != "against", not (
            imposed and child.lower_ == "on" and child.head.dep_ == "dobj")))
        for child in preps:
            node = _pobj(child)
            if node is None or self._venue(child) or self._grounds(child):
                continue
            if child.lower_ == "against" and child.head.dep_ == "dobj" and \
                    self._struggle(child.head, pattern):
                continue  # "backed the campaign against the Islamic State": not the backed
            if child.lower_ == "with" and node.i not in mentions \
                    and self.actors.role_sector(node) is None and \
                    not self._named_again(node):
                continue  # "strike with U.S. missiles": an instrument, not a party
            found = self.targets_of(node, mentions, state)
            if found:
                return found
        for noun in holders[1:]:  # "intensified its bombardment of Kharkiv": what the act
            named = self.verbs.match_noun(noun)  # named as the object is "of" is struck
            if named is not None and named.of == "target" and \
                    self.cameo.get(named.code).plover_type == \
                    self.cameo.get(pattern.code).plover_type:
                found = [a for node in _pobjs(noun, ("of",))
                         for a in self.targets_of(node, mentions, state)]
                if found:
                    return found
        return []

    def _no_parties(self, verb: Token, tokens: Iterable[Token], sides: set[str]) -> set[int]:
        """Tokens around a verb that name no party to its act: the foe of a fight helped
        (``_foes``), an organisation that tells the act (``_told_by_body``), and, where two
        or more states act together, the phrases of time among ``tokens`` ("Armenia and
        Azerbaijan agreed to resume talks after Russian mediation": not with Russia; a single
        state's response "after Indian strikes" is still at India)."""
        out = self._foes(verb) | self._told_by_body(verb)
        if len(sides) > 1:
            out |= {t.i for p in tokens if p.dep_ == "prep" and
                    p.lower_ in self.lex.words["temporal_preps"] for t in p.subtree}
        return out

    def _told_by_body(self, verb: Token) -> set[int]:
        """The tokens of an organisation that tells an act ("deployed troops, according to a
        UN report"): who tells it, not whom it is done to (a state that tells of drones
        launched is where they flew: "according to the Ukrainian air force, Russia launched
        120 drones")."""
        return {t.i for p in verb.children if p.dep_ == "prep" and p.lower_ in _TOLD_BY
                and any(self._organisation_at(t) for t in p.subtree) for t in p.subtree}

    def _foes(self, verb: Token) -> set[int]:
        """The tokens of the foe a cooperative verb's object is waged against ("support the
        fight against al-Shabaab"): never its target."""
        said = self.verbs.match_verb(verb)
        if said is None:
            return set()
        return {t.i for c in verb.children if c.dep_ == "dobj" and self._struggle(c, said)
                for p in c.children if p.dep_ == "prep" and p.lower_ == "against"
                for t in p.subtree}

    def _suffered(self, verb: Token) -> bool:
        """Whether a verb's act is one done to someone, which a headline's bare past form
        tells in the passive (not "Thousands protested", "Leaders met in Paris")."""
        said = self.verbs.match_verb(verb)
        return said is not None and verb.lemma_.lower() not in NEVER_SUFFERED and \
            self.cameo.get(said.code).plover_type not in INTRANSITIVE

    def _struggle(self, noun: Token, pattern: Pattern) -> bool:
        """Whether a cooperative act is done to a hostile one ("support the fight against
        al-Shabaab", "fund the campaign against piracy"): the hostile act's foe is not whom it
        helps."""
        if self.cameo.get(pattern.code).plover_type not in HELPING:
            return False  # not "decided to stop attacks against Israel": ended against it
        named = self.verbs.match_noun(noun)
        return (self.lex.has("struggles", noun.lemma_.lower()) or named is not None and
                self.cameo.get(named.code).plover_type in HOSTILE_ACTS) and \
            bool(_pobjs(noun, ("against",)))

    def _crowd(self, verb: Token, subject: Token, state: ArticleState) -> list[Actor]:
        """A crowd named by no country ("hundreds of protesters", "students throughout
        Serbia", "thousands") acts where it gathers: the state of the place its clause names
        ("in Tbilisi"), else the one its sentence names ("… in Nairobi as thousands
        marched")."""
        if self.places is None:
            return []
        crowd = _counted_noun(subject, _QUANTITY_NOUNS | _NUMBER_NOUNS)  # "hundreds of
        # protesters": the protesters
        people = crowd.lemma_.lower() in _NUMBER_NOUNS  # "thousands protested": people
        if self.actors.role_sector(crowd) != "CVL" and not people:
            return []
        return self._gathered(crowd, [*subject.subtree, *verb.subtree], state) or \
            self._gathered(crowd, list(verb.sent), state)  # "police fired tear gas in
        # Nairobi as thousands marched": where its sentence is

    def _gathered(self, crowd: Token, tokens: list[Token], state: ArticleState) -> list[Actor]:
        """The people of the state of the first place the tokens name ("in Tbilisi", "through
        the streets of Dhaka"), as the doers a crowd or a protest stands for."""
        for token in tokens:
            if token.dep_ == "pobj" and (token.head.lower_ in (
                    "in", "throughout", "across", "outside", "near", "at", "through") or
                    token.head.lower_ in ("to", "into", "onto") and
                    token.lemma_.lower() in ("street", "square")):  # "took to the streets
                # of Dakar"
                place = self._place(token, state)
                if place is not None:
                    return [replace(place, text=crowd.text, sector="CVL", start=crowd.idx,
                                    end=crowd.idx + len(crowd.text))]
        return []

    def _broke_out(self, protest: Token, state: ArticleState) -> list[Actor]:
        """ "Protests erupted outside the parliament", "a protest broke out": with no place
        named, the people of the country the article is about at that point (``outbreaks``
        in modality.yaml)."""
        verb = protest.head
        if protest.dep_ != "nsubj" or not self.lex.has("outbreaks", verb.lemma_.lower()):
            return []
        words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "dobj")}
        if verb.lemma_.lower() == "break" and "out" not in words or \
                verb.lemma_.lower() == "take" and "place" not in words:
            return []
        country = state.country_at(protest.idx)
        return [Actor(text=protest.text, country=country, sector="CVL", kind="country",
                      resolved_by="context", start=protest.idx,
                      end=protest.idx + len(protest.text))] if country else []

    def _condition_party(self, verb: Token, sources: list[Actor], mentions: dict[int, Mention],
                         state: ArticleState) -> list[Actor]:
        """A threat is aimed at the party whose act is its condition: "threatened to quit the
        talks if the United States deploys missiles", "… unless Eritrea withdraws"."""
        countries = {s.country for s in sources}
        for node in (verb, verb.head):
            for subject in _condition_subjects(node):
                found = [a for a in self.actors_of(subject, mentions, state)
                         if a.country not in countries]
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
        if self._accused_named(verb):
            return []  # "accused the governments of being subordinated to Washington": the
            # accused are the object, whoever they are; the rest is what they did
        holders = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr")
                   and not self.lex.has("topic_verbs", verb.lemma_.lower())]
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        addressed = [c for clause in clauses for c in clause.children
                     if c.dep_ in ("nsubj", "nsubjpass")]  # "demanded that the US cancel …"
        holders += addressed
        holders += clauses  # "warned that it would respond if Israel invaded"
        holders += [c for c in verb.children if c.dep_ == "prep"
                    and c.lower_ not in self.lex.words["temporal_preps"]
                    and c.lower_ not in self.lex.words["companion_preps"]
                    and not self._venue(c) and not self._grounds(c)
                    and not any(g.dep_ == "pcomp" and self._averted(g) for g in c.children)]
        # "warned the West against sending troops to Ukraine": the act warned off is the
        # one warned's; whom it would reach is not warned
        lemma = verb.lemma_.lower()
        if self.lex.has("refusal", lemma) or self.lex.has("threat", lemma):
            # "refused to extend a deal with X", "threatened to deliver blows to X"
            holders += [g for c in verb.children if (c.dep_ == "xcomp" or c.dep_ == "advcl"
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
                        and not any(a.dep_ == "neg" for a in c.children)  # "vowed not to"
                        for g in c.children if g.dep_ in ("dobj", "prep", "dative")]
        where = {t.i for p in verb.subtree if p.dep_ == "prep" and (
                     self._venue(p) or self._helped(p))  # "attacked a camp near the Thai
                 for t in p.subtree}  # border", "reached a deal with Emirati help"
        where |= {t.i for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                  for g in p.children if self._filed_with_body(g)  # "filed a case with
                  for c in g.children if c.dep_ == "nsubj" for t in c.subtree}  # the ICJ
        # accusing …": the court hears it
        where |= self._no_parties(verb, verb.subtree, countries)
        for child in holders:
            for token in _without_purpose(child):
                if token.i in mentions and token.i not in where and \
                        token.dep_ in ("pobj", "poss", "compound", "amod", "nsubj",
                                       "nsubjpass", "dobj", "appos", "conj", "nmod"):
                    found = self.actors_of(token, mentions, state)
                    found = [a for a in found if a.country not in countries]
                    if found:  # with its conjuncts ("from Mali, Niger and Chad"), one each
                        each = {found[0].country: found[0]}
                        for other in token.conjuncts:  # "and the Philippine government"
                            if other.i in mentions or any(
                                    c.i in mentions and c.dep_ in ("amod", "compound", "poss")
                                    for c in other.children):
                                for actor in self.actors_of(other, mentions, state)[:1]:
                                    if actor.country not in countries:
                                        each.setdefault(actor.country, actor)
                        return list(each.values())
        for child in addressed:  # "the M23 rebels demanded that the Congolese government …"
            if child.dep_ != "nsubj":
                continue  # "alleging that soldiers were killed": the killed are not addressed
            own = [a for a in self.actors_of(child, mentions, state)
                   if a.country in countries and self._against_own_state(sources, a)]
            if own:
                return own
        return []

    @staticmethod
    def _against_own_state(sources: list[Actor], actor: Actor) -> bool:
        """Whether an armed group, an opposition or critics address their own state's bodies
        ("the M23 rebels demanded that the Congolese government open talks")."""
        return any(s.country == actor.country and (
            _critic_of(s, actor) or s.sector in ("REB", "OPP", "CRM") and
            actor.sector in ("GOV", "MIL", "COP"))
            for s in sources)

    def _helped(self, prep: Token) -> bool:
        """ "with US mediation", "with Emirati help": help the act was done with
        (``helping_nouns``), whose giver is no party to it."""
        node = _pobj(prep) if prep.lower_ == "with" else None
        return node is not None and self.lex.has("helping_nouns", node.lemma_.lower())

    def _grounds(self, prep: Token) -> bool:
        """Whether a prepositional phrase gives the grounds of an act, not whom it is done to:
        "arrested Duterte on an ICC warrant", "at the request of Kyiv" (``grounds``)."""
        node = _pobj(prep)
        return node is not None and self.lex.has("grounds", node.lemma_.lower())

    def _venue(self, prep: Token) -> bool:
        """Whether a prepositional phrase names where something happened, not a party: "on the
        sidelines of the SCO summit", "at the AU summit" (``venues`` in modality.yaml)."""
        node = _pobj(prep)
        if node is None:
            return False
        lemma = node.lemma_.lower()
        if self.lex.has("boundaries", lemma) and (prep.lower_ in LOCATIVE_PREPS or
                                                  prep.lower_ == "on"):
            return True  # "near the Thai border": where, not against whom
        filed = prep.head.lemma_.lower()
        lodged = self.lex.has("filings", filed) or any(  # "filed a complaint with …", the
            c.dep_ == "dobj" and self.lex.has("filings", c.lemma_.lower())  # "with" on the
            for c in prep.head.children)  # verb
        if prep.lower_ in ("with", "to", "before") and lodged and \
                (self.actors.role_sector(node) == "JUD" or self._organisation_at(node)):
            return True  # "filed a complaint with the ICJ", "with the World Trade
            # Organization": the court or body hears it; it is not whom it is against
        return self.lex.has("venues", lemma) or prep.lower_ == "at" and (
            self.lex.has("meetings", lemma) or lemma in ("summit", "forum"))

    def _filed_with_body(self, verb: Token) -> bool:
        """Whether a participle, parsed as a "with" clause whose subject is the court or
        body a filing was lodged with ("filed a case with the ICJ accusing Israel"), says
        what the filing does: the filer's words, not the court's."""
        prep = verb.head
        if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "with" or \
                prep.head.pos_ != "VERB" or not any(
                    c.dep_ == "dobj" and self.lex.has("filings", c.lemma_.lower())
                    for c in prep.head.children):
            return False
        return any(c.dep_ == "nsubj" and (self.actors.role_sector(c) == "JUD" or
                                          self._organisation_at(c))
                   for c in verb.children)

    @staticmethod
    def _organisation_at(node: Token) -> bool:
        """Whether a noun is part of an international organisation's name (the article's
        mentions, as found once when its coding began)."""
        return node.i in node.doc.user_data.get(_IGO_TOKENS, ())

    def _topic_gerund(self, verb: Token) -> bool:
        """Whether a gerund only says what a noun is about ("reached an agreement on
        patrolling the border", "talks about reopening the crossing"): no act of the clause's
        subject; what a measure punishes is the punished one's ("imposed sanctions on Iran
        over supplying drones", ``_alleged_of``)."""
        prep = verb.head
        return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and \
            prep.lower_ in ("on", "over", "about", "regarding", "concerning") and \
            prep.head.pos_ == "NOUN" and not self._alleged_of(verb)

    def _result_of(self, verb: Token, source: Actor, mentions: dict[int, Mention],
                   state: ArticleState) -> bool:
        """Whether a participle tells the result of a hostile act aimed at another state than
        the doer's ("fired on a Philippine vessel, injuring two crew members", "shelled
        Kharkiv, killing three"), or by a verb conjoined with the one it hangs on ("rammed
        and fired on …, injuring")."""
        head = verb.head
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.pos_ != "VERB" or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return False
        for act in (head, *head.conjuncts):  # "rammed and fired on a Philippine vessel,
            pattern = self.verbs.match_verb(act)  # injuring …": the result of both
            if pattern is not None and \
                    self.cameo.get(pattern.code).plover_type in CONFLICT and \
                    any(t.country and t.country != source.country
                        for t in self._verb_targets(act, pattern, mentions, state)):
                return True
        return False

    def _domestic_target(self, verb: Token, pattern: Pattern, passive: bool,
                         source: Actor, mentions: dict[int, Mention], state: ArticleState, *,
                         people: bool = False) -> list[Actor]:
        """A target named only by a role noun ("jailed opposition members", "fired on
        protesters") belongs to the source's own country: a domestic event; with ``people``
        (arrests, raids) so does a person the dictionary does not know ("police raided the
        home of Rachid Ghannouchi")."""
        if self.lex.has("vengeance", verb.lemma_.lower()):
            return []  # "will avenge the blood of its citizens": its own are the victims
        heads = []
        coercive = self.cameo.get(pattern.code).plover_type in CONFLICT  # is aimed at
        for child in verb.children:
            if (child.dep_ == "dobj" and (not pattern.objects or
                                          self.actors.role_sector(child) is not None)) or \
                    (child.dep_ == "nsubjpass" and passive):
                heads.append(child)
            elif child.dep_ == "prep" and (child.lower_ in pattern.preps or
                                           child.lower_ == pattern.particle):
                node = _pobj(child)  # "called on the military": the particle's object
                if node is not None:
                    heads.append(node)
            if child.dep_ == "dobj" and pattern.objects and coercive:  # "issued a warrant
                for prep in child.children:  # for the opposition leader": whom the measure
                    if prep.dep_ == "prep" and prep.lower_ in pattern.preps and \
                            (node := _pobj(prep)) is not None:
                        heads.append(node)
        objects = {h.i for h in heads if h.dep_ in ("dobj", "nsubjpass")}
        for head in heads:
            if self.lex.has("craft", head.lemma_.lower()) or \
                    self.lex.has("arms", head.lemma_.lower()) or \
                    self.lex.has("materiel", head.lemma_.lower()) or \
                    self._bare_captives(head):
                continue  # "a 12-man crew", "a tanker": under any flag; "asked for air
                # defence systems": weapons, no one's body; "holding 59 hostages": seldom
                # the captor's own people
            if any(c.dep_ in ("det", "predet") and c.lower_ in ("all", "both", "each", "every")
                   and self.actors.role_sector(head, phrases_only=True) is None
                   or c.dep_ == "amod" and self.lex.has("foreign", c.lower_)
                   for c in head.children):
                continue  # "all parties", "the international community", "foreign reporters"
                # (not "all political parties", a role of its own)
            of_phrases = [_pobj(c) for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
            if any(c.dep_ == "amod" and self.lex.has("foreign", c.lower_)
                   for t in of_phrases if t is not None for c in t.children):
                continue  # "the assets of Western companies": not the doer's own
            words = [head, *(t for t in of_phrases if t is not None)]
            words += [c for t in words for c in t.children if c.dep_ == "compound"]
            for token in words:  # "a reversal of government policies": the government
                if self.lex.has("pair_nouns", token.lemma_.lower()) and (
                        token.lemma_.lower() not in ("government", "leader", "president") or
                        token.tag_ == "NNS") and \
                        self.actors.role_sector(token, phrases_only=True) is None \
                        or token.lemma_.lower() in MISSIONS or \
                        self.lex.has("craft", token.lemma_.lower()) or \
                        self._envoy(token) or \
                        self.lex.has("other_sides", token.lemma_.lower()):
                    continue  # "the European country", "its embassy", "a tanker", "diplomats",
                    # "its counterpart"
                sector = specific_role(token, self.actors)
                if sector is None and token.pos_ == "NUM" and token.i == head.i and \
                        head.i in objects and verb.lemma_.lower() in ("kill", "wound", "injure") \
                        and (source.kind == "group" or source.sector == "CRM" or
                             self._at_home(verb, source, state)):
                    sector = "CVL"  # "Haiti gang kills 70", "killed 20 in Borno": people there
                person = people and token.pos_ == "PROPN" and head.i in objects and \
                    token.ent_type_ in ("", "PERSON") and \
                    (self.places is None or self.places.lookup(token.text) is None)
                # an armed group's victims are its home's where it acts there: a gang's
                # always, an insurgency's where the clause names a place there ("al-Shabaab
                # killed 20 people in Mogadishu"; not "Hamas killed 1,200 people")
                # and the state's own bodies are its home's in a report on that state ("The
                # ELN accused the government", "the Arakan Army attacked the military")
                # a group in power is its state's government ("The Taliban banned women")
                home_group = source.kind == "group" and (
                    source.sector in ("CRM", "GOV") or self._at_home(verb, source, state) or
                    sector in STATE_SECTORS and state.main == source.country)
                if sector is None and not person and source.sector == "CRM" and \
                        source.country and token.i == head.i and head.i in objects and \
                        self.lex.has("place_nouns", token.lemma_.lower()):
                    abroad = self._abroad(verb, head, source, state)  # "gangs attacked two
                    return [abroad] if abroad is not None else [  # towns": a gang's home's
                        Actor(text=token.text, country=source.country, kind="country",
                              resolved_by="domestic", start=token.idx,
                              end=token.idx + len(token.text))]
                if sector in STATE_SECTORS and token.i == head.i and state.main and \
                        source.country and source.country != state.main and \
                        (source.kind != "country" or source.sector in ADDRESSING_SECTORS) and \
                        self.cameo.get(pattern.code).plover_type in TO_STATE_BODIES and \
                        not self.lex.has("command", verb.lemma_.lower()) and \
                        any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and \
                        not any(c.dep_ in ("poss", "amod") or c.dep_ == "compound" and (
                            c.pos_ == "PROPN" or c.i in mentions) for c in head.children):
                    # "ECOWAS urged the authorities", "Indonesia called on the military",
                    # "Amnesty accused the security forces" (not "the Hamas security forces"):
                    # another's words to the bodies of the state the report is about (one
                    # "orders" its own army); a state's parliament, opposition or people
                    # address their own ("Spain's parliament called on the government")
                    return [Actor(text=token.text, country=state.main, sector=sector,
                                  kind="country", resolved_by="context", start=token.idx,
                                  end=token.idx + len(token.text))]
                if (sector is not None or person) and source.country and \
                        (source.kind in ("country", "person") or home_group):
                    named = self._role_named_before(token, mentions, sector) \
                        if token.i == head.i and sector is not None else None
                    if named is not None and named.country != source.country:
                        return [named]  # "France condemned the junta": Niger's, named before
                    abroad = self._abroad(verb, head, source, state)
                    if abroad is not None:  # "killed 20 civilians in Gaza": Gaza's people
                        return [replace(abroad, sector=sector)]
                    if _named_abroad([c for h in (head, verb) for c in h.children
                                      if c.dep_ == "prep"], source, state):
                        return []
                    return [Actor(text=token.text, country=source.country, sector=sector,
                                  kind="country", resolved_by="domestic", start=token.idx,
                                  end=token.idx + len(token.text))]
        return []

    def _owned_acted_on(self, verb: Token, passive: bool, source: Actor,
                        mentions: dict[int, Mention], state: ArticleState) -> list[Actor]:
        """People or things an attack or arrest is done to, owned by a pronoun that stands for
        another state than the doer's, are that state's ("Ghana said Togolese soldiers
        detained three of its fishermen", "Iran said strikes killed its commanders in Syria":
        not Syria's; "shelled its border posts")."""
        if not source.country:
            return []
        heads = [c for c in verb.children if c.dep_ == "dobj" or passive and c.dep_ == "nsubjpass"]
        heads += [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                  and (p := _pobj(c)) is not None]
        for token in heads:
            sector = specific_role(token, self.actors)
            owners = [c for c in token.children if c.dep_ == "poss" and
                      c.lower_ in ("its", "their")]
            if sector is None and token.pos_ != "NOUN" or not owners:
                continue  # people by their role, or what a state owns ("one of its drones",
                # "its border posts")
            found = {a.country for a in self._antecedent(owners[0], mentions, state)
                     if a.country and a.kind in ("country", "group")}
            if not found or source.country in found:
                return []  # "detained its own soldiers": the doer's own
            return [Actor(text=token.text, country=country, sector=sector, kind="country",
                          resolved_by="context", start=token.idx,
                          end=token.idx + len(token.text)) for country in sorted(found)]
        return []

    def _victims(self, verb: Token) -> set[int]:
        """Character offsets of the words naming whom a hostile act the verb governs is done
        to ("the strikes *on Houthi targets*"; not "the talks with Ethiopia")."""
        out: set[int] = set()
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        nouns += [p for n in nouns for c in n.children if c.dep_ == "prep" and
                  c.lower_ in ("for", "of") and (p := _pobj(c)) is not None]  # "voiced
        # support for the attack on Russian mercenaries"
        out.update(t.idx for noun in nouns for c in noun.children if self._aimed_at(c)
                   for t in c.subtree)
        return out

    def _aimed_at(self, prep: Token) -> bool:
        """Whether a preposition of a noun of conflict introduces whom the act is done to
        ("the strike *on* Kyiv", "the shelling *of* Armenian villages"; not "*by* X")."""
        noun = prep.head
        if prep.dep_ != "prep" or prep.lower_ == "by" or noun.pos_ != "NOUN":
            return False
        pattern = self.verbs.match_noun(noun)
        return pattern is not None and self.cameo.get(pattern.code).plover_type in CONFLICT \
            and (prep.lower_ in pattern.preps or prep.lower_ == "of" and pattern.of == "target")

    def suffers(self, token: Token) -> bool:
        """Whether a name stands, in its clause, for whom a hostile act is done to: inside the
        object of a verb of conflict ("is bombing *Ukraine*") or after the preposition of a
        noun of conflict ("the strike *on Kyiv*", "the shelling *of Armenian villages*"),
        not after "by" ("the shelling … *by Azerbaijan*")."""
        node = token
        for _ in range(12):
            head = node.head
            if head.i == node.i:
                return False
            if node.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
                pattern = self.verbs.match_verb(head)
                return pattern is not None and \
                    self.cameo.get(pattern.code).plover_type in CONFLICT
            if node.dep_ == "pobj" and self._aimed_at(head):
                return True
            if head.pos_ in ("VERB", "AUX"):
                return False
            node = head
        return False

    def _complained_of(self, verb: Token, sources: list[Actor], mentions: dict[int, Mention],
                       state: ArticleState) -> list[Actor]:
        """A complaint to an organisation accuses whoever did what it is about ("complained
        to the UN over Israeli air raids": Israel)."""
        countries = {s.country for s in sources}
        for child in verb.children:
            node = _pobj(child) if child.dep_ == "prep" and \
                child.lower_ in ("over", "about", "against") else None
            if node is not None:
                found = [a for a in self.doers(node, mentions, state)
                         if a.country not in countries]
                if found:
                    return found
        return []

    def _usurped(self, tokens: list[Token], source: Actor) -> list[Actor]:
        """A coup or a seizure of power is aimed at the doer's own state's government
        ("Gabon's military seized power", "the army staged a coup"; ``usurpation``)."""
        if not source.country or source.kind == "igo" or \
                not any(self.lex.has("usurpation", t.lemma_.lower()) for t in tokens):
            return []
        first = tokens[0]
        return [Actor(text=first.text, country=source.country, sector="GOV", kind="country",
                      resolved_by="domestic", start=first.idx, end=first.idx + len(first.text))]

    def _at_home(self, verb: Token, source: Actor, state: ArticleState) -> bool:
        """Whether the clause names a place of the doer's own state ("killed six militants in
        a raid in Waziristan"): its rebels, there."""
        if self.places is None:
            return False
        place = self._place_after([t for t in verb.subtree if t.dep_ == "prep"], state)
        return place is not None and place.country == source.country

    def _reported_home(self, verb: Token, source: Actor, state: ArticleState, *,
                       placed: bool = False) -> bool:
        """Whether a state acts in a report about itself, having attacked no other state
        and with no place of another named in the clause ("Pakistani troops killed six
        militants in a raid in the northwest", in a report on Pakistan): at home. With
        ``placed``, the clause must name a place, if one the gazetteer does not know ("in
        the northwest"): militants killed nowhere said stay unsaid ("Israeli strikes killed
        12 militants overnight")."""
        if self.places is None or source.kind != "country" or state.main != source.country or \
                state.attacked.get(source.country):
            return False
        preps = [t for t in verb.subtree if t.dep_ == "prep"]
        if _named_abroad(preps, source, state):
            return False
        if placed and not any(
                p.lower_ in LOCATIVE_PREPS and (node := _pobj(p)) is not None and (
                    node.pos_ == "PROPN" or self.lex.has("place_nouns", node.lemma_.lower()) or
                    self.lex.has("directions", node.lemma_.lower())) for p in preps):
            return False
        return self._place_after(preps, state) is None

    def _abroad(self, verb: Token, head: Token, source: Actor,
                state: ArticleState) -> Actor | None:
        """The named place of another state where a clause's people are ("killed 20
        civilians in Gaza", "detained protesters in Tbilisi" by a foreign force)."""
        if self.places is None:
            return None
        preps = [c for holder in (head, verb) for c in holder.children if c.dep_ == "prep"]
        preps += [g for c in preps if (node := _pobj(c)) is not None  # "on a school in Gaza"
                  for g in node.children if g.dep_ == "prep"]
        preps += [t for t in head.subtree if t.dep_ == "prep" and t not in preps]  # "a school
        # sheltering displaced people in Gaza City"
        for subject in verb.children:  # "an Israeli airstrike on a school in Gaza City
            if subject.dep_ == "nsubj" and self._conflict_noun(subject):  # killed 20 people"
                preps += [t for t in subject.subtree if t.dep_ == "prep"]
        place = self._place_after(preps, state)
        return place if place is not None and place.country != source.country else None

    def _recipients_there(self, verb: Token, source: Actor,
                          state: ArticleState) -> list[Actor]:
        """Aid to people in a named place of another state goes to that state's people
        ("delivered food to 200,000 people in northern Gaza", "allocated $9 million to help
        displaced families in Haiti")."""
        if self.places is None:
            return []
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        holders += [c for c in verb.children if c.dep_ in ("advcl", "xcomp")
                    and self.lex.has("helping", c.lemma_.lower())]  # "to help families"
        recipients = [c for h in holders for c in h.children if c.dep_ == "dobj" and h.i != verb.i
                      and h.pos_ == "VERB"]
        recipients += [node for h in holders for c in h.children if c.dep_ == "prep" and
                       c.lower_ in ("to", "for") and (node := _pobj(c)) is not None]
        for node in recipients:
            place = self._place_after([t for t in node.subtree if t.dep_ == "prep"], state) \
                or self._place_after([c for h in (verb, node.head) for c in h.children
                                      if c.dep_ == "prep" and c.i > node.i], state)
            # "to 1.2 million people in Gaza", "to help flood victims in Libya", with "in
            # Gaza" hung on the verb, "in Libya" on "help"
            if place is not None and place.country != source.country:
                sector = self.actors.role_sector(node)
                return [replace(place, sector=sector if sector in ("CVL", "REF") else
                                "CVL" if node.tag_ == "NNS" else place.sector)]
        for node in recipients:  # "would provide humanitarian aid to displaced villagers",
            # in a report on Myanmar: its people, where no place is named
            home = state.country_at(node.idx)
            if self.actors.role_sector(node) in ("CVL", "REF") and home and \
                    home != source.country and self.places.country(home) is not None and \
                    not any(t.i in state.mention_tokens or
                            t.dep_ in ("poss", "amod") and t.text[:1].isupper()
                            for t in node.subtree):
                return [Actor(text=node.text, country=home, sector=self.actors.role_sector(node),
                              kind="country", resolved_by="context", start=node.idx,
                              end=node.idx + len(node.text))]
        return []

    def _place_after(self, preps: list[Token], state: ArticleState) -> Actor | None:
        """The state of the first named place after one of the locative prepositions given
        ("in Gaza", "near Kharkiv", "in the city of Kherson")."""
        for prep in preps:
            node = _pobj(prep) if prep.lower_ in LOCATIVE_PREPS else None
            place = self._place(node, state) if node is not None else None
            if place is not None:
                return place
        return None

    def _conflict_noun(self, noun: Token) -> bool:
        """Whether a noun names a hostile act ("airstrike", "shelling", "raid")."""
        pattern = self.verbs.match_noun(noun)
        return pattern is not None and self.cameo.get(pattern.code).plover_type in CONFLICT

    # ------------------------------------------------------------------ nouns
    def _read_noun(self, noun: Token, pattern: Pattern, mentions: dict[int, Mention],
                   state: ArticleState) -> _Role | None:
        if self._background(noun) or self._manner(noun):
            return None
        modality, transform = self._modality(noun)
        if self.cameo.get(pattern.code).plover_type == "MOBILIZE" and self._joint(noun):
            pattern = replace(pattern, code=MILITARY_COOPERATION)  # "joint patrols"
        ready = self._ready_for(noun) if self.codebook and \
            transform in (None, "intent") and not modality.negated else None
        if ready is not None:  # "was ready for war with Afghanistan": an act one is ready
            transform = "intent"  # for is intended, a conflict one threatens
            modality = replace(modality, hypothetical=False, future=True)
        code = self._transform(pattern.code, transform, modality)
        if code is None:
            return None
        modality = self._settle(pattern.code, code, transform, modality)
        info = self.cameo.get(code)
        sources: list[Actor] = []
        targets: list[Actor] = []
        if ready is not None:
            sources = self.actors_of(ready, mentions, state)
        for child in noun.children:
            owner = _named_on_modifier(child, noun, mentions)
            if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i in mentions or \
                    _named_owner(child, mentions):  # "the Kenyan president's accusation"
                sources = sources or self.actors_of(child, mentions, state)
            elif owner is not None:  # "Russian missile strikes"
                sources = sources or self.actors_of(owner, mentions, state)
            elif child.dep_ == "prep":
                node = _pobj(child)
                if node is None:
                    continue
                word = child.lower_
                if word in pattern.preps:  # "the withdrawal from ECOWAS" names what is left
                    targets = targets or self.targets_of(node, mentions, state)
                elif word in _NOMINAL_SOURCE_PREPS or (word == "of" and pattern.of == "source"):
                    sources = sources or self.actors_of(node, mentions, state)
                    for grand in node.children:  # "the visit of a US envoy to Minsk"
                        inner = _pobj(grand) if grand.dep_ == "prep" and \
                            grand.lower_ in pattern.preps else None
                        if inner is not None and not targets:
                            targets = self.targets_of(inner, mentions, state)
                elif word == "between" and self.lex.has("symmetric", noun.lemma_.lower()):
                    sources = sources or self.actors_of(node, mentions, state)
                elif word == "between" and pattern.code == MEDIATE:  # "Egypt's mediation
                    targets = targets or self.targets_of(node, mentions, state)  # between
                    # Israel and Hamas", "agreed to resume mediation between …": its parties
                elif (word == "of" and pattern.of in ("target", "theme")) or word == "for":
                    if pattern.of == "target" or word == "for":
                        targets = targets or self.targets_of(node, mentions, state)
                    for grand in node.children if word == "of" else ():
                        inner = _pobj(grand) if grand.dep_ == "prep" and \
                            grand.lower_ in pattern.preps else None  # "the closure of the
                        if inner is not None and not targets:  # border with Colombia"
                            targets = self.targets_of(inner, mentions, state)
                    sources = sources or [a for t in _by_on_theme(node)  # "the expulsion of
                                          for a in self.actors_of(t, mentions, state)]
                    # Russian diplomats by Norway", the "by" parsed on the diplomats
        if not targets and info.plover_type == "ACCUSE" and \
                self.lex.has("accusation_nouns", noun.lemma_.lower()):
            targets = self._accused_in_clause(noun, mentions, state)
        if not targets and noun.dep_ == "pobj" and noun.head.lower_ == "under" and \
                self.codebook and info.plover_type == "ASSAULT":  # "came under attack from"
            sources, targets = self._came_under(noun, mentions, state) or (sources, targets)
        if not sources and noun.dep_ == "nsubj" and self.lex.has("symmetric", noun.lemma_.lower()):
            sources = [a for node in _pobjs(noun.head, ("between",))  # "clashes erupted
                       for a in self.actors_of(node, mentions, state)]  # between X and Y"
        if not sources:
            sources = self._inherited_source(noun, mentions, state)
        if not sources:
            sources = self._responder(noun, mentions, state)
        if not sources:
            sources = self._claimant(noun, mentions, state)
            if sources and not targets and info.plover_type == "ASSAULT" and any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                    for c in noun.children):  # "Hamas claimed responsibility for the
                targets = [replace(t, resolved_by="anaphora") for t in state.unclaimed
                           if t.country not in {s.country for s in sources}]  # ambush"
        if not sources:
            sources = self._traveller(noun, mentions, state) or \
                self._participant(noun, info.plover_type, mentions, state)
        if not sources and not targets and pattern.code == TELEPHONE and self.codebook:
            sources, targets = self._told_in_call(noun, mentions, state)
        if not sources and self.codebook:
            sources = self._framing_pair(noun, mentions, state)
        if not sources and self.lex.has("agent_nouns", noun.lemma_.lower()):
            sources = self._described(noun, mentions, state)  # "X, a critic of Y"
        if not sources and info.plover_type in REACTIONS and noun.dep_ == "dobj" and \
                self.lex.has("elicit", noun.head.lemma_.lower()):
            sources = [a for c in noun.head.children  # "drew condemnation from Egypt"
                       if c.dep_ == "prep" and c.lower_ == "from" and
                       (node := _pobj(c)) is not None
                       for a in self.actors_of(node, mentions, state)]
        if not sources and self.codebook and info.plover_type == "PROTEST" and \
                not any(c.dep_ == "poss" for c in noun.children):
            clause = noun.head if noun.dep_ in ("nsubj", "dobj") else noun
            sources = self._gathered(noun, [*noun.subtree, *clause.subtree], state) or \
                self._broke_out(noun, state)
        if not sources and self.codebook and code == ARREST:
            held = self._held_there(noun, state)  # "the arrest of a French tourist in
            sources = [held] if held is not None else []  # Venezuela": Venezuela's
        if not sources and self.codebook and code in (ARREST, CRIMINAL_CHARGE) and \
                noun.dep_ != "compound" and not any(c.dep_ == "poss" for c in noun.children) and \
                not any(t.i in mentions and mentions[t.i].entry.kind != "person" and
                        not locative(t) or t.dep_ == "poss" and t.pos_ == "PRON"
                        for node in _pobjs(noun, ("of",)) for t in node.subtree):
            # (not "the arrest of its diplomat": one of a state named before, held abroad)
            # "the arrest of opposition leader X", "a wave of arrests targeting critics", in
            # a report on one state that names no other: that state's, of its own people (not
            # "detention facilities")
            told = not _pobjs(noun, ("of",)) and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
            # "hailed the arrest": one told before
            holder = None if told else self._home_holder(noun, mentions, state)
            if holder is not None:
                sources = [holder]
                held = [o for c in noun.children if c.dep_ == "acl"
                        for o in c.children if o.dep_ == "dobj"][:1]
                targets = [replace(t, resolved_by="domestic") for t in targets] or [
                    replace(holder, text=noun.text, sector=specific_role(held[0], self.actors)
                            if held else None, resolved_by="domestic")]
        ordered = _counted(noun)  # "three sets of air strikes": the strikes
        measure = self._measure(noun)  # "drafted a censure resolution": the resolution
        preps = pattern.preps
        if measure is not None:  # aimed "against" or "on" someone, or "for" them (aid);
            ordered = measure  # put forward "at" or "to" a body, which is no target
            preps = tuple(p for p in (*preps, "for") if p in _MEASURE_PREPS)
            targets = targets or [a for node in _pobjs(measure, preps)
                                  for a in self.targets_of(node, mentions, state)]
        doing: Token | None = None  # the verb of doing whose object the act is
        if not sources and ordered.dep_ == "dobj" and (
                self.lex.has("command", ordered.head.lemma_.lower()) or
                self._not_ruled_out(ordered.head) or
                measure is not None and self.lex.has("measure_verbs",
                                                     ordered.head.lemma_.lower())):
            doing = ordered.head
            subject, _ = self.subject(ordered.head)  # "Eritrea ordered a mobilisation"
            sources = self.actors_of(subject, mentions, state) if subject is not None else []
            for prep in ordered.head.children:  # "resumed its airstrikes on Afghanistan"
                node = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ in preps \
                    else None
                if node is not None and not targets:
                    targets = self.targets_of(node, mentions, state)
        if not sources and noun.dep_ == "ROOT" and self.codebook and noun.tag_ == "NNS" and \
                noun.lemma_.lower() in self.verbs.verbs:  # "Al-Shabaab attacks Burundian
            sources = [a for c in noun.children if c.dep_ == "nsubj"  # base": a headline verb
                       for a in self.actors_of(c, mentions, state)]  # read as a noun
        if not targets and sources and noun.dep_ == "ROOT" and self.codebook and \
                noun.tag_ == "NNS" and noun.lemma_.lower() in self.verbs.verbs:
            # a headline whose verb the parser read as a noun ("US sanctions Rwandan
            # minister"): what it governs is acted on
            targets = [a for c in noun.children if c.dep_ in ("appos", "dobj")
                       for a in self.targets_of(c, mentions, state)
                       if a.country not in {s.country for s in sources}][:1]
        if not targets:
            targets = self._attacked_place(noun, code, state)
        if not targets and sources and self.codebook and \
                info.plover_type in ("MOBILIZE", "ASSAULT") and sources[0].country:
            carriers = [noun, noun.head] if noun.dep_ == "dobj" else [noun]  # ("ordered
            foes = [node for h in carriers for node in _pobjs(h, ("against",))  # operations
                    if specific_role(node, self.actors) in ("REB", "CRM") and  # against …")
                    not any(t.i in mentions for t in node.subtree)]
            targets = [Actor(text=foes[0].text, country=sources[0].country, sector="REB",
                             kind="country", resolved_by="domestic", start=foes[0].idx,
                             end=foes[0].idx + len(foes[0].text))] if foes else []
            # "military operations against the gangs": its own state's armed groups
        if not targets and sources and self.codebook and \
                info.plover_type in ("ASSAULT", "COERCE") and sources[0].kind == "country" and \
                sources[0].sector in ("COP", "MIL", "GOV", "SPY", "JUD"):
            targets = self._own_people_acted_on(noun, sources[0], mentions, state)
        if not targets and sources and doing is not None and measure is None:
            targets = self._attacked_place(doing, code, state)  # "began an offensive in
            # Rafah": the place parsed on the verb of doing
        if not targets and sources and self.codebook:
            targets = self._usurped([noun], sources[0])
        if not targets and sources and self.codebook and \
                info.plover_type in ("ASSAULT", "SANCTION", "COERCE") and \
                self._answering(noun) and \
                (hitter := self._last_hitter(sources[0], noun, state)) is not None:
            targets = [hitter]  # "responded with artillery fire": on who last hit it
        if not targets and info.plover_type == "REQUEST":  # "its demand that Israel ease …"
            targets = [a for c in noun.children if c.dep_ in ("acl", "ccomp")
                       for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                       for a in self.targets_of(s, mentions, state)][:1]
        if not targets and info.plover_type in REACTIONS:
            own = {s.country for s in sources}
            targets = [t for t in self._clause_subject_actor(noun, mentions, state)
                       if t.country not in own or t.resolved_by != "anaphora"]
            # "the move expressed Jordan's rejection of the war": not of its own move
        if sources and not targets and self.codebook and info.plover_type == "ASSAULT":
            targets = self._site_struck(noun, sources[0], mentions, state)
        mutual = len(sources) > 1 and (self.lex.has("symmetric", noun.lemma_.lower()) or
                                       self._joint(noun))
        if not sources or (not targets and info.plover_type not in INTRANSITIVE
                           and not mutual and code not in AT_HOME):  # "its curfew": at home
            return None
        return _Role(code, sources, targets, modality, [noun])

    def _site_struck(self, noun: Token, source: Actor, mentions: dict[int, Mention],
                     state: ArticleState) -> list[Actor]:
        """ "an airstrike by Myanmar's military on a village school", "a Russian missile strike
        on a hospital": a site or people of no state named, struck by a state's forces, are
        of the state those forces attacked last, else of the state the report is on, else
        their own (as the objects of a verb of attack are, ``_domestic_target``); fighters
        struck are left unsaid (whose, the text does not tell)."""
        if source.kind != "country" or not source.country:
            return []
        for node in _pobjs(noun, ("on", "against")):
            lemma = node.lemma_.lower()
            sector = specific_role(node, self.actors)
            if any(t.i in mentions for t in node.subtree) or sector in ("MIL", "REB") or \
                    sector is None and not (self.lex.has("struck_sites", lemma) or
                                            self.lex.has("site_nouns", lemma)):
                continue
            victims = state.attacked.get(source.country) or (
                state.main if state.main and state.main != source.country and
                not self._at_home(noun, source, state) else source.country)
            return [Actor(text=node.text, country=victims, sector=sector, kind="country",
                          resolved_by="domestic" if victims == source.country else "context",
                          start=node.idx, end=node.idx + len(node.text))]
        return []

    def _characterisation(self, verb: Token, mentions: dict[int, Mention],
                          state: ArticleState) -> Pattern | None:
        """ "called the vote a fraud", "described the attack by X as cowardly": a
        characterising verb whose complement judges its object strongly is an accusation or
        a praise of the actor its object names (``characterise`` in modality.yaml, words in
        stance.yaml); an object that names nobody ("described the talks as productive")
        is left to the verb's other senses."""
        lemma = verb.lemma_.lower()
        if not self.lex.has("characterise", lemma) and not self.lex.has("reporting", lemma):
            return None
        complement: list[Token] = []
        objects: list[Token] = []
        if not self.lex.has("characterise", lemma):  # "said the strikes were a violation":
            objects, complement = _judged(verb)  # an act told before, judged as reported
            if not objects or not complement:
                return None
            if not any(self.verbs.match_noun(o) is not None for o in objects):
                # "said Myanmar's judiciary was incapable of providing accountability": an
                # actor named and judged harshly, an accusation; not praise ("said Russia
                # was a reliable partner" is left to what else the sentence says)
                if not any(self._names_someone(o, mentions, state) and
                           all(a.resolved_by not in ("context", "anaphora")
                               for a in self.actors_of(o, mentions, state))
                           for o in objects) or \
                        self.stance.score(complement) > -STANCE_THRESHOLD or \
                        any(c.dep_ == "neg" for o in objects for c in o.head.children):
                    return None  # (nor "said X was not corrupt")
        for child in verb.children if self.lex.has("characterise", lemma) else ():
            if child.dep_ in ("dobj", "dative"):  # "designated the Houthis a terrorist
                objects.append(child)  # organisation", the name parsed as a dative
                # "X's launch as a provocation", "the attack 'an act of aggression'": the
                # judgement parsed on the object
                complement += [t for c in child.children if c.dep_ == "appos" or
                               c.dep_ == "prep" and c.lower_ == "as"
                               for t in c.subtree if t.i != c.i or c.dep_ == "appos"]
                complement += [t for c in child.children if c.dep_ in ("amod", "acl") and
                               c.pos_ == "ADJ" and c.i > child.i
                               for t in c.subtree]  # "described the resolution as politically
                # motivated", the judgement parsed as a modifier after the noun
            elif child.dep_ == "prep" and child.lower_ == "by" and \
                    (node := _pobj(child)) is not None:  # "the killings by X": X's killings
                objects.append(node)
            elif child.dep_ in ("oprd", "attr") and child.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_ in ("oprd", "attr") and c.i > child.i for c in verb.children):
                objects.append(child)  # "called Pakistan's remarks 'irresponsible'", the
                # object parsed as a first complement
            elif child.dep_ in ("oprd", "attr"):
                # "called Maduro a dictator", parsed with the name inside the complement
                det = next((t for t in child.children if t.dep_ == "det"), None)
                named = [t for t in child.children if det is not None and t.i < det.i
                         and t.i in mentions]
                if det is None and child.pos_ == "ADJ":  # "called Uganda's decision
                    # irresponsible", parsed with the object as a compound of the judgement
                    named = [t for t in child.children if t.i < child.i and
                             t.dep_ in ("compound", "nmod", "npadvmod") and
                             t.pos_ in ("NOUN", "PROPN")]
                objects += named
                complement += [t for t in child.subtree if t not in named]
            elif child.dep_ == "prep" and child.lower_ == "as":
                complement += [t for t in child.subtree if t.i != child.i]
            elif child.dep_ == "prep" and child.lower_ == "to" and \
                    (node := _pobj(child)) is not None:  # "referred to X as a dictator"
                objects.append(node)
                complement += [t for c in node.children if c.dep_ == "prep" and c.lower_ == "as"
                               for t in c.subtree if t.i != c.i]
            elif child.dep_ == "ccomp" and child.pos_ in ("NOUN", "ADJ"):
                subjects = [c for c in child.children if c.dep_ == "nsubj"]
                if subjects:  # "considers X a threat": X, and the rest of the clause
                    objects += subjects
                    inside = {t.i for s in subjects for t in s.subtree}
                    complement += [t for t in child.subtree if t.i not in inside]
        if verb.dep_ == "relcl" and not objects and verb.head.pos_ in ("NOUN", "PROPN"):
            objects.append(verb.head)  # "armed groups he described as terrorists"
        if not any(self._names_someone(o, mentions, state) for o in objects):
            return None
        # a relative clause tells more of the one judged, not the judgement ("a politician
        # who is no longer welcome")
        clauses = {t.i for c in complement if c.dep_ == "relcl" for t in c.subtree}
        # nor what it is set against ("described Hamas as a liberation group rather than a
        # terrorist organisation", "instead of a threat"): the words not chosen
        for mark in [c for c in complement if c.lower_ in ("than", "of") and
                     any(g.lower_ in ("rather", "instead") for g in c.children)]:
            clauses |= {t.i for t in mark.subtree}
            if mark.dep_ == "cc":  # "a movement instead of a gang", the gang a conjunct
                clauses |= {t.i for c in mark.head.children if c.dep_ == "conj" and
                            c.i > mark.i for t in c.subtree}
        complement = [t for t in complement if t.i not in clauses]
        stance = self.stance.score(complement) if complement else 0.0
        if abs(stance) < STANCE_THRESHOLD and any(  # "called the detention a coup"; not
                t.pos_ == "NOUN" and self.lex.has("named_wrongs", t.lemma_.lower()) and
                not self.stance.negated(complement, i)  # "a correction, not a coup"
                for i, t in enumerate(complement)):
            stance = -1.0
        if abs(stance) < STANCE_THRESHOLD:
            return None
        code = CRITICISE_CODE if stance < 0 else PRAISE_CODE
        return Pattern("verb", verb.lemma_.lower(), code, self._characterise_where,
                       preps=(*DEFAULT_TARGET_PREPS, "by"))

    def _refutation(self, verb: Token) -> Pattern | None:
        """ "said the accusations were baseless", "called the claims absurd", "described the
        allegations as fabricated": a claim told before, called untrue (``refuted`` in
        modality.yaml), is denied (016); the denial answers the last accuser."""
        lemma = verb.lemma_.lower()
        if self.lex.has("reporting", lemma):
            claims, words = _judged(verb)
        elif self.lex.has("characterise", lemma):
            claims = [c for c in verb.children if c.dep_ == "dobj"]
            words = [t for c in verb.children if c.dep_ in ("oprd", "acomp", "ccomp") or
                     c.dep_ == "prep" and c.lower_ == "as" or c.dep_ == "advcl" and any(
                         m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
                     for t in c.subtree]  # "as fabricated", parsed as a clause
            words += [t for c in claims for g in c.children if g.dep_ == "amod"
                      for t in g.subtree if g.i > c.i]  # "the claims baseless", one phrase
        else:
            return None
        if not any(self.lex.has("accusation_nouns", c.lemma_.lower()) and
                   any(d.dep_ == "det" and d.lower_ in _BACK_REFERENCE or d.dep_ == "poss"
                       for d in c.children) for c in claims) or \
                not any(self.lex.has("refuted", t.lemma_.lower()) for t in words):
            return None
        return Pattern("verb", lemma, DENIAL, self._refuted_where)

    def _talks_told(self, noun: Token, state: ArticleState) -> bool:
        """Whether a noun is talks or a meeting just told between two ("the talks", "the
        meeting" after "X met Y")."""
        pattern = self.verbs.match_noun(noun) if noun.pos_ == "NOUN" else None
        return pattern is not None and len(state.last_pair) == 2 and \
            self.cameo.get(pattern.code).plover_type == "CONSULT" and \
            any(c.dep_ == "det" and c.lower_ in _BACK_REFERENCE for c in noun.children)

    def _other_side_of_talks(self, verb: Token, sources: list[Actor],
                             state: ArticleState) -> list[Actor] | None:
        """Talks just told, judged by one of their two sides, judge the other ("Lavrov met
        Rubio … Lavrov described the talks as very productive": the US); judged by a third,
        nobody in particular (None: no talks judged)."""
        if not any(c.dep_ == "dobj" and self._talks_told(c, state) for c in verb.children):
            return None
        sides = {a.country for a in state.last_pair}
        if not any(s.country in sides for s in sources):
            return []
        return [replace(a, resolved_by="anaphora", text=verb.text, start=verb.idx,
                        end=verb.idx + len(verb.text))
                for a in state.last_pair if all(a.country != s.country for s in sources)]

    def _names_someone(self, head: Token, mentions: dict[int, Mention],
                       state: ArticleState) -> bool:
        """Whether a phrase names an actor: a dictionary match, a person the article
        introduced ("called Koroma a traitor"), an act told before ("the attacks", "the
        decision"), or, as
        what a relative clause describes, a role ("armed groups he described as …")."""
        if any(t.i in mentions or t.text in state.people for t in head.subtree):
            return True
        if head.lemma_.lower() in ANAPHORIC_NOUNS and state.antecedent is not None and \
                any(c.dep_ == "det" and c.lower_ in _BACK_REFERENCE for c in head.children):
            return True  # "called the decision unjustified": the decision's maker
        if self._talks_told(head, state):
            return True  # "described the talks as productive": the other side of them
        pattern = self.verbs.match_noun(head) if head.pos_ == "NOUN" else None
        if pattern is not None and self.cameo.get(pattern.code).plover_type in CONFLICT and \
                any(c.dep_ == "det" and c.lower_ in _BACK_REFERENCE for c in head.children):
            return True  # "the latest attacks": their doer; not "the talks", of both sides
        return head.dep_ != "dobj" and any(c.dep_ == "relcl" for c in head.children) and \
            self.actors.role_sector(head) is not None

    def _deadline(self, verb: Token) -> Pattern | None:
        """ "gave the ambassador 48 hours to leave the country": a deadline given to someone
        is an expulsion when it is one to leave (``departure_verbs``), else an ultimatum; so is
        an order to another's envoys or another state's forces to leave ("ordered Pakistani
        diplomats to leave", "ordered French troops out of the country")."""
        lemma = verb.lemma_.lower()
        if self.lex.has("request", lemma) and any(
                c.dep_ == "dobj" and (self._envoy(c) or
                                      self.actors.role_sector(c) == "MIL" and any(
                                          g.dep_ in ("amod", "compound", "poss") and
                                          g.text[:1].isupper() for g in c.children))
                for c in verb.children) and any(
                c.dep_ in ("xcomp", "ccomp") and self.lex.has("departure_verbs", c.lemma_.lower())
                or c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out"
                for c in verb.children):
            return Pattern("verb", lemma, EXPULSION, self._deadline_where)
        if lemma != "give" or any(c.dep_ in ("dobj", "dative") and
                                                 c.pos_ == "PRON" for c in verb.children):
            return None  # "giving them a week to leave": the act told before, restated
        spans = [t for c in verb.children if c.dep_ in ("dobj", "dative", "npadvmod")
                 for t in (c, *(g for g in c.children if g.dep_ == "appos"))
                 if self.lex.has("deadline_nouns", t.lemma_.lower())
                 and any(n.dep_ == "nummod" for n in t.children)]
        if not spans:
            return None
        clauses = [t for t in (*verb.children, *(g for s in spans for g in s.children))
                   if t.dep_ in ("advcl", "relcl", "xcomp", "acl") and t.pos_ == "VERB"]
        leave = any(self.lex.has("departure_verbs", t.lemma_.lower()) for t in clauses)
        return Pattern("verb", "give", EXPULSION if leave else ULTIMATUM, self._deadline_where)

    def _helps_outcome(self, verb: Token) -> bool:
        """ "would not help resolve the conflict", "helped ease tensions": help to an
        outcome, with no one helped (``outcome_help``), is no aid."""
        return self.lex.has("outcome_help", verb.lemma_.lower()) and \
            any(c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB" and  # no one helped: not
                not any(g.dep_ == "nsubj" for g in c.children)  # "help Syria rebuild"
                for c in verb.children) and \
            not any(c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ == "to"
                    for c in verb.children)

    def _forceful_response(self, verb: Token) -> Pattern | None:
        """ "will respond strongly if the board acts", "would react firmly to any provocation
        by X", "would respond with countermeasures", "will respond to any Indian aggression":
        a forceful response announced (``responding`` with a ``forceful`` adverb, "with"
        ``forceful_means`` or "to" a hostile act, ``answered_acts``, after "will" or "would"
        or as what one vows) is a threat."""
        if not self.lex.has("responding", verb.lemma_.lower()):
            return None
        reserved = self._response_reserved(verb)  # "reserved the right to respond"
        if not reserved and not self._on_condition(verb) and not self._forceful(verb) and \
                not self._plain_response(verb):
            return None
        announced = reserved or verb.dep_ == "xcomp" or any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall")
            for c in verb.children)
        return Pattern("verb", verb.lemma_.lower(), THREAT, self._responding_where,
                       preps=("to", "against", "with")) if announced else None

    def _forceful(self, verb: Token) -> bool:
        """Whether a response is forceful: a ``forceful`` adverb ("strongly"), "with"
        ``forceful_means`` of its own clause ("with countermeasures", not "to X's accession
        with military-technical measures"), or "to" a hostile act (``answered_acts``: "to
        any aggression")."""
        return any(c.dep_ in ("advmod", "prt") and self.lex.has("forceful", c.lower_)
                   for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ == "with" and (m := _pobj(c)) is not None and
            self.lex.has("forceful_means", m.lemma_.lower()) and
            (v := _clause_verb(c)) is not None and v.i == verb.i for c in verb.subtree) or \
            any(self.lex.has("answered_acts", m.lemma_.lower()) for m in _pobjs(verb, ("to",)))

    def _plain_response(self, verb: Token) -> bool:
        """ "said it would respond at a time of its choosing", "would retaliate": a response
        announced to nothing named or to a hostile act told before ("to the strikes"), which
        threatens whoever last hit the speaker's state (``_last_hitter``; with nobody who hit
        it, no one); not a reply "to the letter", nor one with an object of its own."""
        return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall")
                   for c in verb.children) and \
            not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) and \
            self._answers_hostile(verb)

    def _response_reserved(self, verb: Token) -> bool:
        """ "reserved the right to respond", to nothing named or to a hostile act ("to any
        aggression", "to the attack"); not "the right to reply to the article"."""
        return _right_reserved(verb) and self._answers_hostile(verb)

    def _answers_hostile(self, verb: Token) -> bool:
        """Whether what a response is "to", if anything, is a hostile act ("to any
        aggression", "to the attack"; not "to the letter")."""
        return all(self.lex.has("answered_acts", node.lemma_.lower()) or
                   (named := self.verbs.match_noun(node)) is not None and
                   self.cameo.get(named.code).plover_type in HOSTILE_ACTS
                   for node in _pobjs(verb, ("to",)))

    @staticmethod
    def _on_condition(verb: Token) -> bool:
        """ "would respond if Finland deployed NATO troops": a response on a named party's
        act, the condition's subject (``_condition_party``), not "if asked"."""
        return any(g.pos_ in ("PROPN", "NOUN") for g in _condition_subjects(verb))

    def _asked(self, verb: Token) -> Pattern | None:
        """ "asked India to extradite …", "told Bolivia to stop …": a demand of whom is asked
        to do something (``asking``); not "asked whether …"."""
        lemma = verb.lemma_.lower()
        expecting = self.lex.has("expecting", lemma)
        if not (self.lex.has("asking", lemma) or expecting):
            return None
        acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and
                c.pos_ in ("VERB", "AUX") and
                any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children)]
        if not acts or not any(c.dep_ == "dobj" for c in verb.children) and not (
                expecting and any(c.dep_ == "nsubj" for act in acts for c in act.children)):
            return None  # whom: its object, or the subject an infinitive was parsed with
            # ("expects Turkey to respect …")
        if expecting and any(  # "expects Russia to attack in spring": a forecast
                (said := self.verbs.match_verb(t)) is not None and
                self.cameo.get(said.code).plover_type in CONFLICT
                for act in acts for t in (act, *(c for c in act.children
                                                 if c.dep_ == "xcomp"))):
            return None
        return Pattern("verb", lemma, DEMAND, self._asking_where)

    def _accuser(self, verb: Token, pattern: Pattern, sources: list[Actor],
                 state: ArticleState) -> list[Actor]:
        """ "rejected these allegations", "denied such claims": an accusation that names
        nobody answers whoever the article last reported accusing someone, another side of
        one's own country too ("the army accused the RSF … an RSF spokesman rejected"); a
        denial of one's own part ("denied any involvement") answers whoever last accused the
        denier's side."""
        blamed = self._blame_denied(verb, pattern, sources, state)
        if blamed:
            return blamed
        # the last accuser who is not the denier ("The ICC accuses Gbagbo … Gbagbo's lawyers
        # accused the government of kidnapping him … Gbagbo, who denies the charges": the
        # ICC's charges, not his own side's)
        accuser = next((a for a in reversed(state.doers_by_type.get("ACCUSE", []))
                        if not any(_same(a, s) for s in sources)), None)
        if accuser is None:
            return []
        if self._denies_act(verb):
            return [replace(accuser, resolved_by="anaphora", text=verb.text, start=verb.idx,
                            end=verb.idx + len(verb.text))]
        objects = _object_tokens(verb, pattern) or [c for c in verb.children
                                                    if c.dep_ == "dobj"]
        if pattern.where == self._refuted_where:  # "said the claims were baseless"
            objects += _judged(verb)[0]
        for noun in objects:
            words = {c.lower_ for c in noun.children if c.dep_ in ("det", "amod", "predet")}
            named = any(t.i in state.mention_tokens for t in noun.subtree)
            if self.lex.has("accusation_nouns", noun.lemma_.lower()) and not named \
                    and words & _BACK_REFERENCE:
                return [Actor(text=noun.text, country=accuser.country, sector=accuser.sector,
                              name=accuser.name, kind=accuser.kind, group=accuser.group,
                              resolved_by="anaphora", start=noun.idx,
                              end=noun.idx + len(noun.text))]
        return []

    def _accusation_answered(self, verb: Token, sources: list[Actor],
                             mentions: dict[int, Mention], state: ArticleState) -> list[Actor]:
        """ "Ecuador accused Peru of sheltering him; Lima rejected the claim", "Serbia blames
        Kosovo for attack; Pristina denies involvement": a rejection joined to an accusation
        of the rejecter's side answers the accuser."""
        accusation = verb.head
        if verb.dep_ != "conj" or accusation.pos_ != "VERB" or \
                self._kind_of(accusation) != "ACCUSE":
            return []
        accused = {a.country for c in accusation.children if c.dep_ == "dobj"
                   for a in self.actors_of(c, mentions, state)}
        if not accused & {s.country for s in sources}:
            return []
        return [replace(a, resolved_by="anaphora") for c in accusation.children
                if c.dep_ == "nsubj" for a in self.actors_of(c, mentions, state)
                if not any(_same(a, s) for s in sources)][:1]

    def _blame_denied(self, verb: Token, pattern: Pattern, sources: list[Actor],
                      state: ArticleState) -> list[Actor]:
        """ "Serbia accused Kosovo of the attack. Pristina denied any involvement": a denial
        of one's own part, naming no one, answers the last accuser of the denier's side."""
        if not self.lex.has("denial", verb.lemma_.lower()):
            return []
        for noun in _object_tokens(verb, pattern) or [c for c in verb.children
                                                      if c.dep_ == "dobj"]:
            if not self.lex.has("denied_blame", noun.lemma_.lower()) or \
                    any(t.i in state.mention_tokens for t in noun.subtree):
                continue
            accusers = [state.accused_by[s.country] for s in sources
                        if s.country in state.accused_by
                        and not _same(state.accused_by[s.country], s)]
            if accusers:
                return [replace(accusers[0], resolved_by="anaphora", text=noun.text,
                                start=noun.idx, end=noun.idx + len(noun.text))]
        return []

    def _proposal_maker(self, noun: Token, state: ArticleState) -> Actor | None:
        """Who made a demand or an offer told before, named again by a definite noun ("the
        demand", "this proposal"): the doer of the last demand, or of the last offer or
        intent."""
        if not any(c.dep_ == "det" and c.lower_ in _BACK_REFERENCE for c in noun.children) or \
                any(t.i in state.mention_tokens for t in noun.subtree):
            return None
        kind = "REQUEST" if noun.lemma_.lower() in _DEMAND_NOUNS else "AGREE"
        maker = state.last_by_type.get(kind)
        if maker is None:
            return None
        return replace(maker, resolved_by="anaphora", text=noun.text, start=noun.idx,
                       end=noun.idx + len(noun.text))

    def _claim_denied(self, verb: Token, sources: list[Actor], mentions: dict[int, Mention],
                      state: ArticleState) -> list[Actor]:
        """A denial told in a relative clause of a claim answers who made it: "accused
        Russia of shelling the plant, a claim Moscow denied" (Ukraine), "Ukraine's claim,
        which Moscow rejects" (Ukraine)."""
        noun = verb.head
        if verb.dep_ != "relcl" or not self.lex.has("accusation_nouns", noun.lemma_.lower()):
            return []
        own = {s.country for s in sources}
        makers = [c for c in noun.children if c.dep_ == "poss"]
        clause = noun.head  # the claim is the clause's it hangs on: its doer accused
        if not makers and noun.dep_ in ("dobj", "appos", "npadvmod", "attr") and \
                clause.pos_ == "VERB" and (self.lex.has("reporting", clause.lemma_.lower()) or
                                           self._kind_of(clause) == "ACCUSE"):
            makers = [c for c in clause.children if c.dep_ == "nsubj"]
        return [replace(a, resolved_by="anaphora") for m in makers
                for a in self.actors_of(m, mentions, state) if a.country not in own][:1]

    def _protest_manner(self, verb: Token) -> bool:
        """A demand told as a participle of a protest is what the protest is for, coded with
        it ("demonstrated in Kirkuk calling for independence", "staged protests calling on
        the authorities to …"): the protest, not a request of its own."""
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl"):
            return False
        head = verb.head
        pattern = self.verbs.match_verb(head) if head.pos_ == "VERB" else \
            self.verbs.match_noun(head) if head.pos_ in ("NOUN", "PROPN") else None
        return pattern is not None and self.cameo.get(pattern.code).plover_type == "PROTEST"

    def _judged_move(self, verb: Token, sources: list[Actor], mentions: dict[int, Mention],
                     state: ArticleState) -> list[Actor]:
        """A judgement told in a relative clause of "a move", "a step", "a decision" set after
        a clause is of that clause's doer: "… joint flights with Guyana, a move Caracas
        denounced" (the United States), "annexed four regions, a step Kyiv condemned"
        (Russia)."""
        noun = verb.head
        if noun.dep_ not in ("appos", "npadvmod") or \
                not self.lex.has("decision_nouns", noun.lemma_.lower()) or \
                any(c.dep_ in ("poss", "prep") for c in noun.children):
            return []
        clause = noun.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if clause.pos_ not in ("VERB", "AUX"):
            return []
        subject, _ = self.subject(clause)
        own = {s.country for s in sources}
        return [replace(a, resolved_by="anaphora")
                for a in (self.actors_of(subject, mentions, state) if subject is not None
                          else []) if a.country not in own][:1]

    def _kind_of(self, verb: Token) -> str | None:
        """The PLOVER type of a verb's pattern, if it has one."""
        pattern = self.verbs.match_verb(verb)
        return self.cameo.get(pattern.code).plover_type if pattern is not None else None

    def _reacted_to(self, verb: Token, sources: list[Actor], mentions: dict[int, Mention],
                    state: ArticleState) -> list[Actor]:
        """A protest or condemnation "after" an act is aimed at its doer ("the Philippines
        protested after a Chinese vessel fired water cannon at its boat": China)."""
        countries = {s.country for s in sources}
        for clause in verb.children:
            if clause.dep_ != "advcl" or not any(
                    c.dep_ == "mark" and c.lower_ == "after" for c in clause.children):
                continue
            subject, passive = self.subject(clause)
            if subject is not None and not passive:
                return [a for a in self.actors_of(subject, mentions, state)
                        if a.country not in countries]
        return []

    def _parties(self, verb: Token, mentions: dict[int, Mention],
                 state: ArticleState) -> list[Actor]:
        """A symmetric gerund standing as a noun, with no subject of its own: the parties
        "between" whom it happens ("fighting between X and Y broke out")."""
        if verb.tag_ != "VBG" or verb.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") \
                or not self.lex.has("symmetric", verb.lemma_.lower()):
            return []
        for child in verb.children:
            node = _pobj(child) if child.dep_ == "prep" and child.lower_ == "between" else None
            if node is not None:
                return self.actors_of(node, mentions, state)
        return []

    def _manner(self, noun: Token) -> bool:
        """A noun that tells how or why its clause's doer acts is no act of its own: "recalled
        its ambassador in protest at the war", "in retaliation for", "in solidarity with"
        (``manner_nouns``)."""
        return noun.dep_ == "pobj" and noun.head.lower_ == "in" and \
            self.lex.has("manner_nouns", noun.lemma_.lower()) and \
            not any(c.dep_ in ("amod", "compound", "det", "poss") for c in noun.children)

    def _background(self, noun: Token) -> bool:
        """Nominal events in temporal or hypothetical frames are background, not news:
        "since the Russian invasion", "the threat of attacks"; so are acts another
        prevented ("prevented a demonstration")."""
        if noun.dep_ == "pobj" and noun.head.lower_ in self.lex.words["background_preps"]:
            return True
        if noun.dep_ in ("dobj", "nsubjpass") and \
                self.lex.has("prevention", noun.head.lemma_.lower()):
            return True  # "police prevented a demonstration": it did not take place
        if any(c.dep_ == "amod" and self.lex.has("frame_modifiers", c.lower_)
               for c in noun.children):
            return True  # "in the current Palestinian uprising", "the ongoing war"
        start = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if start is not None and self.lex.has("frame_starts", start.lemma_.lower()) and \
                start.dep_ == "pobj" and start.head.lower_ == "since":
            return True  # "since the start of the uprising"
        node = noun
        for _ in range(3):
            if node.dep_ in ("pobj",) and node.head.dep_ == "prep":
                parent = node.head.head
                if parent.pos_ in ("NOUN", "PROPN") and \
                        parent.lemma_.lower() in self.lex.words["hypothetical_nouns"]:
                    return True  # "the threat of attacks"; not "In a call …, X offered"
                node = parent
                continue
            break
        return False

    def _danger_foreseen(self, verb: Token, mentions: dict[int, Mention]) -> bool:
        """Whether a warning, addressed to no one, tells only what a thing might do ("warned
        that the conflict could spread to Chad", "that cholera could spread"): a clause with
        a modal of possibility whose subject names no actor."""
        if any(c.dep_ in ("dobj", "dative") for c in verb.children):
            return False  # "warned the Philippines that …": addressed to someone
        return any(
            c.dep_ == "ccomp" and
            any(s.dep_ in ("nsubj", "nsubjpass") and s.pos_ in ("NOUN", "PROPN") and
                self.actors.role_sector(s) is None and
                not any(t.i in mentions for t in np_tokens(s)) and
                any(a.dep_ == "aux" and (
                    a.lower_ in self.lex.words["hypothetical_modals"] or
                    # "warned that the departure of the peacekeepers would leave a vacuum":
                    # what a thing will do; not "that any attack would be met with force"
                    a.lower_ in self.lex.words["future_modals"] and
                    verb.lemma_.lower() == "warn" and not self._conflict_noun(s) and
                    not any(d.lower_ == "any" for d in s.children))
                    for a in c.children)
                for s in c.children)
            for c in verb.children)

    def _harm_foreseen_from(self, verb: Token, mentions: dict[int, Mention],
                            state: ArticleState) -> list[Actor]:
        """The doers of the act a warning says could do harm: the subject of the warned
        clause is a hostile act or measure told by its noun ("warned that the detention could
        damage business confidence", "that the closure would deepen the crisis"), whose doer
        the text names or told before."""
        for clause in verb.children:
            if clause.dep_ != "ccomp":
                continue
            for subject in clause.children:
                named = self.verbs.match_noun(subject) if subject.dep_ == "nsubj" else None
                if named is None or named.code == NULL_CODE or \
                        self.cameo.get(named.code).plover_type not in HOSTILE_ACTS:
                    continue
                return [replace(a, resolved_by="anaphora")  # "the detention": the last
                        for a in self.doers(subject, mentions, state) or  # detainer's
                        self.actors_of(subject, mentions, state)]
        return []

    def _warned_of_another(self, verb: Token, sources: list[Actor],
                           mentions: dict[int, Mention], state: ArticleState) -> bool:
        """Whether a warning addressed to no one tells of another's hostile act ("warned that
        Russia was preparing a new offensive", "that Iran would attack Israel"): a clause
        whose subject names another actor and whose verb, or its object, is a conflictual
        act; not consequences the other will face ("would face consequences", "would pay")."""
        if any(c.dep_ in ("dobj", "dative") for c in verb.children):
            return False  # "warned the Philippines that …": addressed to someone
        own = {s.country for s in sources}
        for clause in verb.children:
            if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
                continue
            doers = [a for s in clause.children if s.dep_ == "nsubj" and
                     any(t.i in mentions for t in np_tokens(s))
                     for a in self.actors_of(s, mentions, state)]
            if not doers or any(a.country in own for a in doers):
                continue
            acts = [self.verbs.match_verb(clause), self._self_moved(clause), *(
                self.verbs.match_noun(o) for o in clause.children if o.dep_ == "dobj")]
            if any(p is not None and p.code != NULL_CODE and
                   self.cameo.get(p.code).plover_type in HOSTILE_ACTS for p in acts):
                return True
        return False

    def _act_on_measure(self, verb: Token, pattern: Pattern) -> bool:
        """Whether the object a verb pattern matched is a measure that names an act of
        another kind ("approved a sanctions package", matched as approving aid)."""
        kind = self.cameo.get(pattern.code).plover_type
        return any(self._measure(c) is not None and
                   (named := self.verbs.match_noun(c)) is not None and
                   self.cameo.get(named.code).plover_type != kind
                   for o in verb.children if o.dep_ == "dobj" for c in o.children)

    def _measure(self, noun: Token) -> Token | None:
        """The measure an act is named on ("a censure resolution", "a sanctions package";
        ``measure_nouns``), or None."""
        head = noun.head
        if noun.dep_ == "compound" and head.pos_ == "NOUN" and \
                self.lex.has("measure_nouns", head.lemma_.lower()):
            return head
        return None

    @staticmethod
    def _last_hitter(source: Actor, trigger: Token, state: ArticleState, *,
                     struck: bool = False) -> Actor | None:
        """The state whose last strike, sanction or coercion hit the source's, as the
        target of its response at the trigger (``ArticleState.hit_by``); only its last
        strike where ``struck`` (what an interception answers: not the envoys another
        recalled)."""
        hits = state.struck_by if struck else state.hit_by
        doer = hits.get(source.country) if source.country else None
        if doer is None:
            return None
        return Actor(text=trigger.text, country=doer, sector="GOV", kind="country",
                     resolved_by="context", start=trigger.idx,
                     end=trigger.idx + len(trigger.text))

    def _came_under(self, noun: Token, mentions: dict[int, Mention], state: ArticleState
                    ) -> tuple[list[Actor], list[Actor]] | None:
        """ "Kharkiv came under attack from Russian drones": who the attack is "from" or "by"
        strikes the subject of the clause it is "under"."""
        verb = noun.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        doers = [a for node in (*_pobjs(noun, ("from", "by")), *_pobjs(verb, ("from", "by")))
                 for a in self.actors_of(node, mentions, state)]
        subject, passive = self.subject(verb)
        struck = self.targets_of(subject, mentions, state) \
            if subject is not None and not passive else []
        return (doers, struck) if doers and struck else None

    def _unnamed_hitter(self, verb: Token, subject: Token | None, passive: bool,
                        mentions: dict[int, Mention]) -> bool:
        """Whether a verb of attack names no doer at all: a passive with no agent ("a
        house was hit"), or a weapon or a hostile act for subject ("a missile hit", "another
        airstrike hit", "a series of drones targeted"), that no actor's word qualifies."""
        if subject is None:
            return passive or any(c.dep_ == "auxpass" for c in verb.children)
        if passive or any(t.i in mentions for t in subject.subtree) or \
                any(c.dep_ == "prep" and c.lower_ == "by" for c in subject.children):
            return False
        subject = _counted_noun(subject, _QUANTITY_NOUNS)  # "a series of drones targeted …"
        return self.lex.has("arms", subject.lemma_.lower()) or self._conflict_noun(subject)

    def _hitter_of(self, targets: list[Actor], trigger: Token,
                   state: ArticleState) -> list[Actor]:
        """The one state the article told as striking the state of a target before, as the
        doer of a strike the text tells with no doer (``_unnamed_hitter``): the war the
        article is on, from context (not a state that only sanctioned it)."""
        hit = {t.country for t in targets if t.country}
        doers = {doer for doer, struck in state.attacked.items() if struck in hit}
        span = {"text": trigger.text, "start": trigger.idx,
                "end": trigger.idx + len(trigger.text), "resolved_by": "context"}
        if len(doers) == 1:
            return [Actor(country=doers.pop(), sector="MIL", kind="country", **span)]
        home = [state.fought_at_home[c] for c in hit if c in state.fought_at_home]
        if not doers and len(home) == 1:  # a war at home: whoever of its sides struck, the
            return [replace(home[0], **span)]  # state's own (scored by country)
        return []

    def _answering(self, trigger: Token) -> bool:
        """Whether an act is told as a response: its verb is one of retaliation ("India
        retaliated"), or it is what one responded with ("responded with artillery fire")."""
        if trigger.pos_ == "VERB":
            return self.lex.has("retaliation", trigger.lemma_.lower())
        return self._response_verb(trigger) is not None

    def _response_verb(self, noun: Token) -> Token | None:
        """The verb of response (``responding``) a noun is what one responded "with":
        "responded with artillery fire", or "responded to the attack with strikes", the
        "with" parsed on what is answered."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "with":
            return None
        verb = noun.head.head
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "pobj" and \
                verb.head.lower_ == "to":
            verb = verb.head.head
        return verb if self.lex.has("responding", verb.lemma_.lower()) else None

    def _responder(self, noun: Token, mentions: dict[int, Mention],
                   state: ArticleState) -> list[Actor]:
        """ "Israel responded with air strikes", "China retaliated with tariffs": an act
        one responds with (``responding``) is the responder's."""
        verb = self._response_verb(noun)
        if verb is None or self.verbs.match_verb(verb) is not None:
            return []  # "retaliated with tariffs": the verb's own event
        subject, passive = self.subject(verb)
        return self.actors_of(subject, mentions, state) \
            if subject is not None and not passive else []

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

    def _act_doers(self, verb: Token, subject: Token | None, mentions: dict[int, Mention],
                   state: ArticleState) -> list[Actor]:
        """Who did a hostile act that is itself the subject of a verb of harm, as its "by"
        names them ("An attack by Boko Haram fighters killed 20 farmers", "Strikes by the
        Saudi-led coalition hit a wedding"), also where the parse made a sentence-opening
        gerund a clause of its own ("Shelling by Russian forces killed five people")."""
        gerund = subject is None
        if gerund:
            subject = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                            and c.i == verb.sent.start and
                            not any(g.dep_ in _SUBJECT_DEPS for g in c.children)), None)
            pattern = self.verbs.match_verb(subject) if subject is not None else None
            if pattern is None or self.cameo.get(pattern.code).plover_type not in CONFLICT:
                return []
        elif not self._conflict_noun(subject):
            return []
        return [a for c in subject.children
                if (c.dep_ == "agent" if gerund else c.dep_ == "prep" and c.lower_ == "by")
                and (node := _pobj(c)) is not None
                for a in self.actors_of(node, mentions, state)] or \
            ([] if gerund else self._armed_modifier(subject, mentions, state))

    def _armed_modifier(self, noun: Token, mentions: dict[int, Mention],
                        state: ArticleState) -> list[Actor]:
        """The armed group or forces a hostile act is named by ("a guerrilla attack", "a
        jihadist attack on a base", "a bandit attack", "a junta airstrike"), no country said:
        of the state the text is about there, as "rebels attacked" is; not "a terrorist
        attack" (the kind of act), nor unknown attackers; a state's forces are of the one
        state the sentence names, else of the state the text is about there."""
        home = state.country_at(noun.idx)
        named = {m.entry.country for m in mentions.values()
                 if noun.sent.start <= m.start < noun.sent.end}
        # a state's forces: of the one state the sentence names, else of the text's there
        forces_home = next(iter(named)) if len(named) == 1 else None if named else home
        for child in noun.children:
            if child.dep_ not in ("amod", "compound") or child.i > noun.i or \
                    child.i in mentions or self.lex.has("act_kinds", child.lemma_.lower()):
                continue
            sector = self.actors.role_sector(child)
            if sector in ("REB", "CRM") and home and not any(
                    self.lex.has("unidentified", c.lower_) for c in noun.children):
                return [Actor(text=child.text, country=home, sector=sector, kind="country",
                              resolved_by="context", start=child.idx,
                              end=child.idx + len(child.text))]
            if sector in ("MIL", "GOV") and forces_home and self.codebook and \
                    self.places is not None and self.places.country(forces_home) is not None:
                # "Junta airstrike kills dozens in Myanmar", "a military airstrike on a
                # village in Myanmar's Sagaing region": the forces of the state the text is
                # about there, or of the state whose strikes hit it before (not its own)
                doer = state.struck_by.get(forces_home) or forces_home
                return [Actor(text=child.text, country=doer, sector="MIL", kind="country",
                              resolved_by="context", start=child.idx,
                              end=child.idx + len(child.text))]
        return []

    def _claimant(self, noun: Token, mentions: dict[int, Mention],
                  state: ArticleState) -> list[Actor]:
        """ "Al-Shabaab claimed responsibility for the bombing", "the Houthis claimed an attack
        on a US warship", "the attack, claimed by the Islamic State": who claims an act did
        it; so did who carried it out or ordered it ("the strikes, carried out by the US
        military", ``command``)."""
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "claim":
            return self._active_doers(noun.head, mentions, state)
        for clause in noun.children:  # "the attack, which was claimed by the Islamic State",
            # "the strikes, carried out by the US military"
            if clause.dep_ in ("relcl", "acl") and (clause.lemma_.lower() == "claim" or
                                                   self.lex.has("command",
                                                                clause.lemma_.lower())):
                subject, passive = self.subject(clause)
                if subject is not None and passive:
                    return self.actors_of(subject, mentions, state)
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "for":
            return []
        if prep.head.pos_ == "VERB" and any(c.dep_ == "dobj" and
                                            c.lemma_.lower() == "responsibility"
                                            for c in prep.head.children):
            verb = prep.head  # "claimed responsibility on Tuesday for the attack", the "for"
            # hung on the verb
        elif prep.head.lemma_.lower() == "responsibility" and prep.head.dep_ == "dobj":
            verb = prep.head.head
        else:
            return []
        if verb.lemma_.lower() not in ("claim", "take", "accept", "admit", "assume"):
            return []
        return self._active_doers(verb, mentions, state)

    def _traveller(self, noun: Token, mentions: dict[int, Mention],
                   state: ArticleState) -> list[Actor]:
        """Who makes a visit the clause puts its subject on: "Ruto is on a state visit to
        Uganda", "the emir, who is on a visit to Iran", "arrived in Cairo for a visit"
        (``journeys`` and ``journey_verbs`` in modality.yaml); not a visit a clause speaks
        of ("reported on a visit to Taiwan"). So are talks with a party travelled "for"
        ("arrived in Muscat for talks with the US envoy")."""
        frame = noun  # "for a new round of talks with …": the round the talks are of
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "pobj":
            frame = noun.head.head
        if frame.dep_ != "pobj" or frame.head.lower_ not in ("on", "for"):
            return []
        talks = frame.head.lower_ == "for" and \
            any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children) and \
            (named := self.verbs.match_noun(noun)) is not None and \
            self.cameo.get(named.code).plover_type == "CONSULT"
        if not self.lex.has("journeys", noun.lemma_.lower()) and not talks:
            return []
        verb = frame.head.head
        if not self.lex.has("journey_verbs", verb.lemma_.lower()):
            return []
        return self._active_doers(verb, mentions, state)

    def _active_doers(self, verb: Token, mentions: dict[int, Mention],
                      state: ArticleState) -> list[Actor]:
        """The actors of a verb's subject where the clause is active (none for a passive)."""
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        subject, passive = self.subject(verb)
        return self.actors_of(subject, mentions, state) if subject is not None and \
            not passive else []

    def _meeting_frame(self, noun: Token) -> bool:
        """Whether a noun with a party "with" it sets its clause in a meeting ("During a
        phone call with Putin, …", "… in a call with Netanyahu"), or a visit with where
        it goes ("On a visit to Kyiv, …"): a circumstance of the clause, not what its verb
        asks or plans."""
        visit = (pattern := self.verbs.match_noun(noun)) is not None and pattern.code == VISIT
        if noun.dep_ != "pobj" or not any(c.dep_ == "prep" and (  # "During a visit to
                c.lower_ == "with" or visit and c.lower_ in ("to", "of"))  # Beijing, …"
                for c in noun.children):
            return False
        if noun.head.lower_ == "for":  # "is in Washington for talks with Trump": there for
            return noun.head.head.lemma_ == "be"  # them; not "called for talks with"
        prep = noun.head
        if prep.lower_ == "on" and prep.i != prep.sent.start and \
                prep.doc[prep.i - 1].text != ",":
            return False  # "On a visit to Kyiv, …", "…, on a visit to Kyiv"; not "commented
            # on the meeting with Modi", "reported on a visit": what is told
        return self.lex.has("meeting_frames", noun.head.lower_)

    def _told_in_call(self, noun: Token, mentions: dict[int, Mention],
                      state: ArticleState) -> tuple[list[Actor], list[Actor]]:
        """A call that a clause is set in with no party "with" it is between the clause's
        subject and the one it speaks to ("Erdogan told his Russian counterpart in a phone
        call that …", "assured Zelensky during a call that …")."""
        if noun.dep_ != "pobj" or not self.lex.has("meeting_frames", noun.head.lower_) or \
                noun.head.head.pos_ != "VERB":
            return [], []
        verb = noun.head.head
        if not self.lex.has("addressing", verb.lemma_.lower()):
            return [], []  # "discussed Syria in a phone call": a topic, not a party
        spoken = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        callers = self._active_doers(verb, mentions, state)
        own = {a.country for a in callers}
        called = [a for c in spoken for a in self.actors_of(c, mentions, state)
                  if a.country not in own]
        return (callers, called) if callers and called else ([], [])

    def _participant(self, noun: Token, kind: str, mentions: dict[int, Mention],
                     state: ArticleState) -> list[Actor]:
        """Who took part in a meeting or call "with" another that a clause is set in: its
        subject ("During a phone call with Putin, Erdogan urged …", "after talks with his
        Ethiopian counterpart, Kenya's minister said …"; ``meeting_frames`` in
        modality.yaml)."""
        if kind != "CONSULT" or not self._meeting_frame(noun):
            return []
        return self._active_doers(noun.head.head, mentions, state)

    def _framing_pair(self, noun: Token, mentions: dict[int, Mention],
                      state: ArticleState) -> list[Actor]:
        """The two sides of a clause are those of the act between two it is set in or
        follows, where that act names no parties of its own: "Pakistan and Afghanistan
        agreed to a ceasefire after a week of border clashes", "both countries accepted a
        truce during peace talks in Doha" (``meeting_frames``; a symmetric noun)."""
        framed = noun  # "after a week of clashes", "after five days of fighting": the span
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            framed = noun.head.head
        if not self.lex.has("symmetric", noun.lemma_.lower()) or framed.dep_ != "pobj" or \
                not self.lex.has("meeting_frames", framed.head.lower_) or \
                any(c.dep_ == "prep" and c.lower_ in ("with", "between")
                    for c in noun.children):
            return []
        node = framed.head.head  # the act, or a noun of it ("a ceasefire after clashes")
        while node.pos_ not in ("VERB", "AUX") and node.dep_ in ("dobj", "pobj", "prep") and \
                node.head.i != node.i:
            node = node.head
        if node.pos_ not in ("VERB", "AUX") or node.lemma_ == "be":  # "citizens are home
            return []  # in a prisoner swap": those swapped, not its sides
        subject, passive = self.subject(node)
        if subject is None or passive:
            return []
        sides = self.actors_of(subject, mentions, state)
        return sides if len({a.country for a in sides}) == 2 else []

    def _clause_subject_actor(self, noun: Token, mentions: dict[int, Mention],
                              state: ArticleState) -> list[Actor]:
        """A reaction noun reacts to its clause's subject: "the decision met with approval";
        a participle's clause is its governor's ("Azerbaijan launched an offensive,
        prompting condemnation from France")."""
        node = noun
        while node.dep_ in ("pobj", "prep", "dobj") and node.head.i != node.i:
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                if node.dep_ == "advcl" and node.tag_ == "VBG" and not any(
                        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in node.children):
                    node = node.head
                    told = [c for c in node.children if c.dep_ == "ccomp" and c.i < node.i]
                    if self.lex.has("reporting", node.lemma_.lower()) and told:
                        node = told[0]  # "a court jailed him, the minister said, drawing a
                        # rebuke from Canberra": the rebuke is of the court, not the teller
                for child in node.children:
                    if child.dep_ in ("nsubj", "nsubjpass"):  # or the subject's doer ("the
                        return self.actors_of(child, mentions, state) or \
                            self.doers(child, mentions, state)  # decision by Israel")
                return []
        return []

    # ------------------------------------------------------------------ modality
    def _modality(self, trigger: Token) -> tuple[Modality, str | None]:
        """Flags and the transform (intent, threat, refusal) from the trigger's governors."""
        negated = future = hypothetical = reported = False
        future_modal = denied = False
        transform: str | None = None
        node = trigger
        if any(c.dep_ in ("nsubjpass", "dobj") and
               any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
               for c in trigger.children):
            negated = True  # "no military facilities had been hit", "killed no one"
        if trigger.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "det" and c.lower_ in ("any", "every") for c in trigger.children):
            hypothetical = True  # "would not accept any mediation", "warned against any
            # attack": no act in particular
        if trigger.pos_ in ("NOUN", "PROPN"):  # from here on, the phrase a counted noun
            node = trigger = _counted(trigger)  # stands in: "blocked a package of sanctions"
            # blocked the sanctions
        for _ in range(6):
            for child in node.children:
                if child.dep_ == "neg" or child.dep_ in ("nsubj", "nsubjpass") and any(
                        c.dep_ in ("preconj", "det") and c.lower_ == "neither"
                        or c.dep_ == "cc" and c.lower_ == "nor" for c in child.children):
                    negated = not negated  # "did not", "neither Russia nor China condemned"
                elif child.dep_ == "aux":
                    word = child.lower_
                    if word in self.lex.words["hypothetical_modals"]:
                        hypothetical = True
                    elif word in self.lex.words["future_modals"]:
                        future = future_modal = True
            dep, head = node.dep_, node.head
            lemma = head.lemma_.lower()
            infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children)
            if dep in ("advcl", "xcomp") and infinitive and head.pos_ == "VERB" and \
                    self.lex.has("gathering", lemma) and self._kind_of(node) == "PROTEST":
                break  # "gathered in Dakar to protest against …", "took to the streets to
                # protest": the gathering is the protest
            if dep == "xcomp" and node.tag_ == "VBG" and self.lex.has("cessation", lemma):
                hypothetical = True  # "agreed to stop fighting": the fighting ends
                break
            if dep == "xcomp" and self.lex.has("not_done", lemma):
                negated = not negated  # "failed to reach an agreement": not reached
                node = head
                continue
            if dep == "pcomp" and head.lower_ == "from" and \
                    self.lex.has("not_done", head.head.lemma_.lower()):
                negated = not negated  # "refrained from striking": no strike
                node = head.head
                continue
            if dep == "xcomp" and node.tag_ == "VBG" and self.lex.has("denial", lemma):
                negated, denied = not negated, True  # "denied arming the rebels"
                node = head
                continue
            if dep == "xcomp" and self.lex.has("reluctance", lemma):
                if not any(c.dep_ == "neg" for c in head.children):
                    hypothetical = True  # "hesitated to expel": not done
                    break
                # "will not hesitate to strike": an intent; the "not" is the hesitation's
                negated = not negated  # (undone where the head's children are read next)
                transform = transform or "intent"
                node = head
                continue
            if dep == "xcomp" or (dep in ("acomp",) and infinitive):
                if transform is None:
                    if self.lex.has("refusal", lemma):
                        transform = "refusal"
                    elif self.lex.has("threat", lemma):
                        transform = "threat"
                    elif self.lex.has("intent", lemma):
                        transform = "intent"
                    elif self._orders_own_forces(head):
                        pass  # "ordered troops to deploy": the deployment decided
                    elif self.lex.has("permission", lemma) or self.lex.has("request", lemma):
                        hypothetical = True
                    elif lemma in self.lex.words["hypothetical_nouns"] and not (
                            head.pos_ == "VERB" and self.lex.has("aspectual", lemma)):
                        hypothetical = True  # "an attempt to …" (but "attempted to attack"
                        # is an attack, as "tried to" is)
                    elif infinitive and head.pos_ == "VERB" and \
                            not self.lex.has("aspectual", lemma) and \
                            self.verbs.match_verb(head) is not None:
                        hypothetical = True  # purpose: "signed a deal to end the war"
                        break
                node = head
                continue
            if dep == "ROOT" and infinitive and any(c.dep_ == "nsubj" for c in node.children):
                future_modal = future = True  # a headline's plan: "Mexico to send troops"
                break
            if dep == "ccomp" and infinitive and (self.lex.has("permission", lemma) or
                                                  self.lex.has("request", lemma)):
                hypothetical = True  # "allows missiles … to be used": allowed, not done
                break
            if dep == "ccomp" and self.lex.has("request", lemma) and \
                    node.tag_ in ("VB", "VBP", "VBZ"):
                hypothetical = True  # "demanded that Rwandan forces withdraw": asked for
                break
            if dep == "ccomp" and _subjunctive(node):
                hypothetical = True  # "its demand today that Israel ease …": not done
                break
            if dep == "ccomp" and _claim_apposed(node, head, self.lex):
                break  # "X has accused Y of …, a charge Z denied", parsed with the
                # accusation as what Z denied: told as made
            if dep == "ccomp":
                if self.lex.has("denial", lemma):
                    negated, denied = not negated, True
                elif self.lex.has("reporting", lemma):
                    reported = True
                node = head
                continue
            if dep == "conj" and node.tag_ in ("VBZ", "VBD", "VBP") and head.tag_ == "VBG" \
                    and head.dep_ in ("xcomp", "pcomp") and head.head.pos_ in ("VERB", "AUX"):
                node = head.head  # "denies organising the crossings and accuses Warsaw": a
                continue  # finite verb is its governor's conjunct, not the gerund's
            if dep == "conj" and infinitive and head.pos_ == "VERB" and \
                    not any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.children) and \
                    head.dep_ not in ("xcomp", "ccomp", "advcl", "acl", "relcl"):
                hypothetical = True  # "called for a ceasefire and for aid to be allowed":
                break  # an infinitive is no main clause of its own
            if dep == "conj":
                node = head
                continue
            if dep == "acl" and infinitive and _right_reserved(node):
                transform = transform or "threat"  # "reserved the right to respond": a
                break  # response held in store, threatened
            if dep in ("acl", "relcl") and infinitive and _none_of(head):
                negated = not negated  # "had no plans to negotiate", "nothing to discuss"
                break
            if dep == "acl" and infinitive and self.lex.has("decision_nouns",
                                                           head.lemma_.lower()):
                break  # "its decision to impose tariffs": taken, as told
            if dep in ("acl", "advcl", "relcl") and infinitive:
                hypothetical = True  # purpose: "missiles to strike targets", "to reinforce"
                break
            if dep in ("acl", "ccomp") and head.pos_ == "NOUN" and \
                    self.lex.has("hypothetical_nouns", head.lemma_.lower()):
                hypothetical = True  # "its demand that Israel ease restrictions"
                break
            holder = self._evidence_holder(node)
            if holder is not None:  # "said it had evidence that Ethiopia interfered":
                reported = True  # alleged by the evidence's holder, as if said
                if _none_of(head):
                    negated = not negated  # "found no evidence that"
                node = holder
                continue
            if dep == "advcl":
                marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
                if marks & {"if", "unless", "whether"} or marks & {"before", "until"} and \
                        node.tag_ in ("VB", "VBP", "VBZ"):
                    hypothetical = True  # "… before they demobilize": not yet done
                break
            if dep == "pcomp" and (self._alleged_of(node) or self._averted(node) or
                                   self._alleged_by(node)):
                hypothetical = True  # "accused X of arming", "… of escalating violence by
                break  # killing civilians": alleged, not told as fact
            if dep == "pcomp":  # "its policy of not providing" / "the ability to use"
                noun = head.head
                if noun.pos_ == "VERB" and self.lex.has("intent", noun.lemma_.lower()):
                    hypothetical = True  # "were aimed at forcing X to resign": a purpose
                    break
                if noun.lemma_.lower() in self.lex.words["hypothetical_nouns"] - {"policy"}:
                    hypothetical = True
                break
            if node is trigger and trigger.pos_ in ("NOUN", "PROPN") and \
                    dep in ("dobj", "nsubjpass") and head.pos_ == "VERB" and \
                    self._calls_off(head):
                hypothetical = True  # "Macron's visit to Algeria was postponed": not made
                break
            if node is trigger and trigger.pos_ in ("NOUN", "PROPN") and dep == "dobj" and \
                    self._not_ruled_out(head):
                transform, future = "intent", True  # "did not rule out military action":
                break  # an act kept open, intended (a hostile one threatened)
            if dep in ("pobj", "dobj") and trigger.pos_ in ("NOUN", "PROPN"):
                governor = head if dep == "dobj" else head.head
                lemma = governor.lemma_.lower()
                if node is trigger and governor.pos_ == "VERB" and dep == "dobj" and \
                        self.lex.has("command", lemma):
                    node = governor  # "ordered a mobilisation": the orderer's own act
                    continue
                if node is trigger and governor.pos_ == "VERB" and any(
                        self.lex.has(k, lemma) for k in ("request", "permission", "intent",
                                                         "refusal", "threat")) and \
                        not self._meeting_frame(trigger) and not (
                            dep == "pobj" and head.lower_ in ("in", "during", "at", "after",
                                                              "following", "since")):
                    # not the setting: "told his counterpart in a phone call that …", nor
                    # what came before: "agreed to a ceasefire after talks hosted by …"
                    hypothetical = True  # "demanded the withdrawal of", "called for talks"
                    break
                node = governor
                if node.pos_ == "VERB" and dep == "dobj":
                    continue
                break
            break
        if negated and transform is None:
            # a denied act is not done, flagged negated; it is no refusal of its recipient
            transform = "denial" if denied else "negation"
        elif future_modal and transform is None:
            transform = "future"
        if transform in ("intent", "future") and any(
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless"
                                          for m in c.children) for c in trigger.children):
            transform = "ultimatum"  # "will pull its troops out unless …": a threat
        return Modality(negated=negated, future=future, hypothetical=hypothetical,
                        reported=reported), transform

    def _ceased(self, verb: Token, code: str) -> str | None:
        """The CAMEO 16 code of a cooperative act that its governing verb ends ("stopped
        cooperating with the IAEA": 160), or None (``cessation_codes``)."""
        if verb.dep_ != "xcomp" or verb.tag_ != "VBG" or \
                not self.lex.has("cessation", verb.head.lemma_.lower()):
            return None
        return self.lex.cessation_codes.get(self.cameo.get(code).plover_type or "")

    def _transform(self, code: str, transform: str | None, modality: Modality) -> str | None:
        """The code an embedded act becomes; None when nothing is to be coded."""
        if transform is None:
            return code
        kind = self.cameo.get(code).plover_type or ""
        if transform == "intent":
            if kind in COOPERATIVE or kind == "REQUEST":
                return self.lex.intent_codes.get(kind, code)
            if kind == "MOBILIZE":  # "agreed to deploy troops to its border": a deployment
                return code  # planned, as "will deploy"; a threat only when threatened
            if kind in CONFLICT:
                return self.lex.threat_codes.get(kind, self.lex.threat_codes["default"])
            return code
        if transform == "future":
            if kind in COOPERATIVE:
                return self.lex.intent_codes.get(kind, code)
            if kind in CONFLICT - {"THREATEN", "MOBILIZE"}:  # "will deploy troops": a plan
                return self.lex.threat_codes.get(kind, self.lex.threat_codes["default"])
            return code
        if transform == "ultimatum":  # whatever the act, promised unless another complies
            return self.lex.threat_codes.get(kind, self.lex.threat_codes["default"])
        if transform == "threat":
            if kind in CONFLICT or kind in ("ACCUSE", "REJECT"):  # "threatened to prosecute"
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
        if transform in ("intent", "threat", "future", "ultimatum") and code != original:
            return replace(modality, future=True)
        return modality

    # ------------------------------------------------------------------ actors
    def actors_of(self, token: Token, mentions: dict[int, Mention],
                state: ArticleState) -> list[Actor]:
        """Actors of a phrase: its own, its appositions' and its conjuncts' (one each)."""
        out: list[Actor] = []
        for head in [*_listed_before(token, mentions), *_expand(token), *_included(token)]:
            if self._place_named_for(head, mentions):
                continue  # "captured the town of Masisi": a town, not the person of its name
            members = self._members(head, mentions)
            if members:
                out.extend(a for a in members if not any(_same(a, b) for b in out))
                continue
            actor = resolve(head, mentions, self.actors, state.article.published, state.people,
                            state_sector=self.state_sector)
            if actor is None:
                actor = self._anaphor(head, state)
            found = [actor] if actor is not None else self._context(head, mentions, state)
            if actor is not None and actor.start is not None:
                found.extend(self._conjoined_modifiers(head, actor, mentions, state))
            if head.dep_ == "appos":  # the same actor named again ("the spokesman, X")
                if self.lex.has("relations", head.lemma_.lower()):
                    continue  # "Belarus, Russia's closest ally": a relation, not a party
                if out and _former(head):
                    continue  # "Yang, a former Chinese diplomat who became an Australian
                    # citizen": what one was, not whom one acts for now
                if out and found and all(a.resolved_by == "context" for a in found):
                    continue  # "France, the largest exporter of cognac": France, not a
                    # guess for "exporter" from the article's country
                if any(a.resolved_by != "context" for a in found):  # "The Foreign Minister,
                    out = [a for a in out if a.resolved_by != "context"]  # Alexander Downer":
                    # his, not a guess from context for the role
                found = [a for a in found if all(a.country != b.country for b in out)]
            out.extend(a for a in found if not any(_same(a, b) for b in out))
        return out

    def _bare_captives(self, noun: Token) -> bool:
        """Whether a noun names people held by who they are to their captor alone ("59
        hostages"), not by who they are ("20 villagers hostage", parsed as a compound)."""
        return self.lex.has("captives", noun.lemma_.lower()) and not any(
            c.dep_ == "compound" and self.actors.role_sector(c) is not None
            for c in noun.children)

    def _place_named_for(self, head: Token, mentions: dict[int, Mention]) -> bool:
        """Whether a person's name is that of a place: "the town of Masisi", "the district of
        Kabila" (the name after "of" on a place noun)."""
        mention = mentions.get(head.i)
        return mention is not None and mention.entry.kind == "person" and \
            head.dep_ == "pobj" and head.head.lower_ == "of" and \
            self.lex.has("place_nouns", head.head.head.lemma_.lower())

    def _members(self, head: Token, mentions: dict[int, Mention]) -> list[Actor]:
        """A coalition named as one stands for each of its states ("the E3 accused Iran":
        France, Germany and Britain; ``coalitions.yaml``), the governments of each."""
        mention = mentions.get(head.i)
        if mention is None or not mention.entry.members:
            return []
        span = head.doc[mention.start:mention.end]
        return [Actor(text=span.text, country=member, sector=self.state_sector, kind="country",
                      resolved_by="dictionary", start=span.start_char, end=span.end_char)
                for member in mention.entry.members]

    def _conjoined_modifiers(self, head: Token, actor: Actor, mentions: dict[int, Mention],
                             state: ArticleState) -> list[Actor]:
        """One actor for each of conjoined modifiers or possessors: "Thai and Cambodian
        troops", "Armenian and Azerbaijani officials", "the leaders of Kenya, Uganda and
        Tanzania", "delegations from Pakistan and Afghanistan"."""
        counted = [node for c in head.children if head.lower_ in COUNTS and c.dep_ == "prep"
                   and c.lower_ == "of" and (node := _pobj(c)) is not None]
        owners = [c for h in (head, *counted) for c in h.children  # "dozens of Kenyan and
                  if c.dep_ in ("amod", "compound", "nmod") and c.i in mentions]  # Ugandan …"
        if head.i not in mentions:  # "imports from Canada and Mexico"; a role's "of" too,
            # and the "of" of the noun a found actor was named in ("the defence of South
            # Korea and Japan")
            preps = ("of", "from") if self.actors.role_sector(head) is not None or any(
                t.i in mentions for node in _pobjs(head, ("of",))
                for t in node.subtree) else ("from",)
            if head.tag_ == "NNS" and self.lex.has("other_sides", head.lemma_.lower()):
                preps += ("in",)  # "his counterparts in South Africa, Pakistan and Brazil"
            owners += [node for c in head.children if c.dep_ == "prep" and
                       c.lower_ in preps  # "delegations from Pakistan and …",
                       and (node := _pobj(c)) is not None and (  # "representatives of the
                           node.i in mentions or any(  # Sudanese army and the RSF"
                               g.dep_ in ("amod", "compound", "poss") and g.i in mentions
                               for g in node.children))]
        # "Thai and Cambodian troops", "leaders of A, B and C"
        others = [other for child in owners for other in _expand(child)[1:]]
        # "scores of Sierra Leonean and Liberian refugees", parsed with the second people
        # as a conjunct of the first
        others += [t for c in counted if c.i in mentions for other in _expand(c)[1:]
                   for t in (other, *other.children) if t.dep_ in ("conj", "amod", "compound")]
        out = []
        for other in others:
            mention = mentions.get(other.i)
            if mention is None:
                continue
            group = mention.entry.kind == "group"  # a group keeps its own sector
            found = mention.actor(head.doc, state.article.published,
                                  sector=None if group else actor.sector)
            if found is not None and (found.country != actor.country or
                                      group and found.group != actor.group) and \
                    not any(_same(found, a) for a in out):
                out.append(replace(found, start=actor.start, end=actor.end, text=actor.text))
        return out

    def targets_of(self, token: Token, mentions: dict[int, Mention],
                   state: ArticleState) -> list[Actor]:
        """Actors of a target phrase; a named place stands for its state ("shelled
        Kharkiv", "strikes on the city of Pokrovsk")."""
        if token.lower_ in _RELATIVE and \
                token.dep_ in ("dobj", "dative") and token.head.dep_ == "relcl" and \
                token.head.head.pos_ in ("NOUN", "PROPN"):
            return self.targets_of(token.head.head, mentions, state)  # "Ukraine, which
            # it accused of …": Ukraine
        found = []
        if self.codebook and (self.verbs.match_noun(token) is not None or
                              self.lex.has("wrongdoing_objects", token.lemma_.lower())):
            # "condemned the killing of Palestinians by Israeli forces": its doer
            found = self.doers(token, mentions, state)
        found = found or self.actors_of(token, mentions, state)
        if self.codebook and token.lemma_.lower() in MISSIONS and not any(
                c.dep_ in ("amod", "compound", "poss", "nmod") and c.i in mentions
                for c in token.children):  # "stormed the Mexican embassy in Quito": Mexico's
            hosts = [self.actors_of(node, mentions, state) for c in token.children
                     if c.dep_ == "prep" and c.lower_ == "in" and (node := _pobj(c)) is not None]
            found = next((h for h in hosts if h), found)  # "its embassy in Kabul": the host
        if not found and self.codebook and self.verbs.match_noun(token) is not None:
            found = self.doers(token, mentions, state)  # "condemned the attack by Ukraine"
        if not found and self.codebook and self.lex.has("craft", token.lemma_.lower()):
            found = [replace(a, sector="BUS") for c in token.children  # "ships linked to
                     if c.dep_ == "acl" and c.tag_ == "VBN" and  # Israel", "a tanker owned
                     self.lex.has("owned_by", c.lemma_.lower())  # by a Greek company"
                     for p in c.children if p.dep_ in ("prep", "agent") and
                     p.lower_ in ("to", "by", "with") and (node := _pobj(p)) is not None
                     for a in self.actors_of(node, mentions, state) if a.kind == "country"]
        if found or self.places is None or not self.codebook:
            return found
        for head in _expand(token):
            owners = [c for c in head.children if (c.dep_ == "poss" or c.dep_ == "compound"
                                                   and head.pos_ != "PROPN")
                      and c.pos_ == "PROPN"]  # "Kharkiv's power station"; not the "Eagle" of
            # "Eagle Square", nor the city "the Paris agreement" was made in
            if head.lemma_.lower() in NAMED_AFTER_CITIES:
                owners = []
            for candidate in [head, *owners]:
                place = self._place(candidate, state)
                if place is not None:
                    found.append(place)
                    break
        return found

    def _nominal_target(self, subject: Token, mentions: dict[int, Mention],
                        state: ArticleState) -> list[Actor]:
        """The target of an event noun that is the subject ("Russian strikes on Kyiv killed
        five civilians": the strikes' target)."""
        pattern = self.verbs.match_noun(subject)
        if pattern is None:
            return []
        for child in subject.children:
            node = _pobj(child) if child.dep_ == "prep" and child.lower_ in pattern.preps \
                else None
            if node is not None:
                found = self.targets_of(node, mentions, state)
                if found:
                    return found
        return []

    def _unattributed_speaker(self, pronoun: Token, mentions: dict[int, Mention],
                              state: ArticleState) -> list[Actor]:
        """The speaker of a quotation the quotation finder could not name, for a "we" inside
        it: the state's actor that the context gives the subject of the verb of saying its
        clause hangs on ('"We condemn the arrests," the foreign ministry said', after a lead
        naming the state), where that verb stands outside the quotation."""
        span = next(((start, end) for start, end in state.unattributed
                     if start <= pronoun.idx < end), None)
        if span is None:
            return []
        node = pronoun.head
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
        said = self._reporting_verb(node)
        if said is None or span[0] <= said.idx < span[1]:
            return []
        reporter = self._said_by(said, mentions, state)
        return [_as_context(reporter, pronoun, reporter.sector)] if reporter is not None \
            else []

    def _reporter(self, verb: Token, mentions: dict[int, Mention],
                  state: ArticleState) -> Actor | None:
        """Who reports the clause of a verb ("…, Lebanon's health ministry said"), if a
        state's actor."""
        node = self._reporting_verb(verb)
        return self._said_by(node, mentions, state) if node is not None else None

    def _said_by(self, said: Token, mentions: dict[int, Mention],
                 state: ArticleState) -> Actor | None:
        """The state's actor who does a verb of saying, if one."""
        found = self._active_doers(said, mentions, state)
        return next((a for a in found if a.country and a.kind != "igo"), None)

    @staticmethod
    def _according_to(verb: Token) -> Token | None:
        """Whom a clause is told "according to" ("According to Kenyan officials, Somali
        troops crossed the border"): the object of that phrase, on the verb or a clause
        above it."""
        node = verb
        for _ in range(3):
            for child in node.children:
                if child.dep_ == "prep" and child.lower_ == "according":
                    to = next((c for c in child.children if c.dep_ == "prep" and
                               c.lower_ == "to"), None)
                    found = _pobj(to) if to is not None else None
                    if found is not None:
                        return found
            if node.dep_ not in ("conj", "ccomp", "advcl") or node.head.i == node.i:
                return None
            node = node.head
        return None

    def _reporting_verb(self, verb: Token) -> Token | None:
        """The verb of saying whose clause ``verb`` is ("…, Japan's navy said"), climbing
        clauses and conjuncts, or None; the holder of evidence a clause is the content of
        ("presented evidence that …"), or the verb of saying above it ("said it had
        evidence that …")."""
        node = verb
        for _ in range(4):
            holder = self._evidence_holder(node)
            if holder is not None:
                return self._reporting_verb(holder) or holder
            if node.dep_ not in ("ccomp", "conj", "xcomp") or node.head.i == node.i:
                return None
            node = node.head
            if node.pos_ == "VERB" and self.lex.has("reporting", node.lemma_.lower()):
                return node
        return None

    def _evidence_holder(self, clause: Token) -> Token | None:
        """The verb whose object is the evidence a "that" clause is the content of ("had
        evidence that …", "presented proof that …"; ``evidence_nouns``), or None."""
        noun = clause.head
        if clause.dep_ not in ("acl", "ccomp") or noun.pos_ != "NOUN" or \
                noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or \
                not self.lex.has("evidence_nouns", noun.lemma_.lower()) or \
                not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return None
        return noun.head

    def _envoy(self, noun: Token) -> bool:
        """Whether a noun names an envoy: an ambassador, consul, chargé d'affaires
        (``envoys``), a high commissioner, the envoy between Commonwealth states, or the
        staff of a mission ("12 French embassy staff", "consular officials")."""
        lemma = noun.lemma_.lower()
        return self.lex.has("envoys", lemma) or \
            lemma == "commissioner" and any(c.lower_ == "high" for c in noun.children) or \
            self.lex.has("mission_staff", lemma) and any(  # "French embassy staff"
                c.dep_ in ("compound", "amod") and self.lex.has("missions", c.lemma_.lower())
                for c in noun.children)

    def _envoys_host(self, verb: Token, mentions: dict[int, Mention],
                     state: ArticleState) -> list[Actor]:
        """Who summoned or expelled an envoy a passive names no doer of, never his own
        state: the state of the ministry he was summoned to ("was summoned to the foreign
        ministry in Manila", "to Bangladesh's foreign ministry", or the state the text is
        about); the state he serves in or is expelled from ("the Canadian High Commissioner
        in New Delhi", "Ukraine's ambassador to Senegal", "were expelled from Burkina
        Faso"); else the state that reports it ("…, Somalia's foreign ministry said")."""
        envoys = [c for c in verb.children if c.dep_ == "nsubjpass" and self._envoy(c)]
        if not envoys:
            return []
        own = {a.country for e in envoys for a in self._envoy_of(e, mentions, state)}
        for prep in verb.children:
            node = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "to" else None
            if node is None or self.actors.role_sector(node) != "GOV":
                continue
            found = self.actors_of(node, mentions, state)
            if not found and not any(t.i in mentions for t in node.subtree):
                country = state.country_at(node.idx)  # the paragraph may be about the
                if country in own:  # envoy's state; the ministry is the article's
                    country = state.main
                found = [Actor(text=node.text, country=country, sector="GOV", kind="country",
                               resolved_by="context", start=node.idx,
                               end=node.idx + len(node.text))] if country else []
            return [a for a in found if a.country and a.country not in own]
        hosts = self._envoys_post(verb, envoys, own, mentions, state)
        if hosts:
            return hosts
        reporter = self._reporter(verb, mentions, state)
        if reporter is not None and reporter.kind in ("country", "person") and \
                reporter.country not in own:
            return [reporter]
        # else the state the text is about there, if not his own ("Somalia accused Ethiopia
        # … The Ethiopian ambassador was expelled")
        home = next((c for c in (state.country_at(verb.idx), state.main)
                     if c and c not in own), None)
        if home is None or not own or self.places is None or \
                self.places.country(home) is None:
            return []
        return [Actor(text=verb.text, country=home, sector="GOV", kind="country",
                      resolved_by="context", start=verb.idx, end=verb.idx + len(verb.text))]

    def _other_state_named(self, verb: Token, sources: list[Actor],
                           mentions: dict[int, Mention], state: ArticleState) -> list[Actor]:
        """Relations reduced with no one named as their object ("suspended the Indus Waters
        Treaty and shut down the only land border crossing"), in a sentence that names one
        other state ("Tensions between India and Pakistan escalated after …"): with it."""
        if self.lex.has("retaliation", verb.lemma_.lower()):
            return []  # a response answers whoever acted first ("will reciprocate"), if any
        own = {s.country for s in sources}
        sent = verb.sent
        others = {m.entry.country: m for i, m in mentions.items()
                  if sent.start <= i < sent.end and m.entry.kind == "country"
                  and m.entry.country and m.entry.country not in own and
                  not self.lex.has("seats", verb.doc[m.start:m.end].text.lower())}
        if len(others) != 1:
            return []
        (country, mention), = others.items()
        actor = mention.actor(verb.doc, state.article.published, resolved_by="context")
        return [replace(actor, sector="GOV")] if actor is not None else []

    def _measure_decided(self, verb: Token, pattern: Pattern, sources: list[Actor]) -> bool:
        """Whether a measure told in the future ("will withdraw", "would break off") is one a
        state decided: a state's (not an organisation's, whose measures its members must
        still vote), with no condition, not what people say they would do ("Palestinian
        leaders said they would boycott all contact"), and not a response promised ("would
        respond in kind", "would take resolute countermeasures"), which threatens."""
        return self.cameo.get(pattern.code).plover_type == "SANCTION" and \
            all(s.kind == "country" for s in sources) and not _condition_subjects(verb) and \
            not self.lex.has("retaliation", verb.lemma_.lower()) and \
            not any(self.lex.has("retaliation", o.lemma_.lower()) or
                    self.lex.has("forceful_means", o.lemma_.lower())
                    for o in _object_tokens(verb, pattern)) and \
            not any(c.dep_ == "nsubj" and c.lower_ in _PEOPLE_SPEAKING for c in verb.children)

    def _owner_closed(self, verb: Token, pattern: Pattern, mentions: dict[int, Mention],
                      state: ArticleState) -> list[Actor]:
        """A state's own border or airspace closed in a passive with no doer ("Algerian
        airspace was closed to Moroccan aircraft", "Pakistan's airspace will remain closed
        to Indian airlines"): the state it belongs to closed it."""
        for thing in (c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")):
            if thing.lemma_.lower() not in pattern.objects:
                continue
            owners = [a for c in thing.children if c.dep_ in ("poss", "amod", "compound")
                      and c.i in mentions for a in self.actors_of(c, mentions, state)
                      if a.kind == "country" and a.country]
            return [replace(a, sector="GOV") for a in owners[:1]]
        return []

    def _envoys_post(self, verb: Token, envoys: list[Token], own: set[str | None],
                     mentions: dict[int, Mention], state: ArticleState) -> list[Actor]:
        """The state envoys serve in, named by their post or by where they leave ("the
        Canadian High Commissioner in New Delhi", "Ukraine's ambassador to Senegal", "were
        expelled from Burkina Faso"), not their own (``own``)."""
        posts = [node for e in envoys for node in _pobjs(e, ("in", "to"))] + \
            _pobjs(verb, ("from",))
        for node in posts:
            hosts = [replace(a, sector="GOV", resolved_by="place")
                     for a in self.actors_of(node, mentions, state)
                     if a.kind == "country" and a.country and a.country not in own]
            if hosts:
                return hosts[:1]
        return []

    def _envoy_recalled(self, verb: Token, mentions: dict[int, Mention],
                        state: ArticleState) -> tuple[list[Actor], list[Actor]] | None:
        """An envoy recalled or withdrawn in a passive with no doer ("the Somali ambassador
        to Ethiopia was recalled"): his own state recalls him from the state he serves in,
        named by his post or where he is recalled from, else the state the text is about."""
        envoys = [c for c in verb.children if c.dep_ == "nsubjpass" and self._envoy(c)]
        own = [a for e in envoys for a in self._envoy_of(e, mentions, state)][:1]
        if not own:
            return None
        hosts = self._envoys_post(verb, envoys, {own[0].country}, mentions, state)
        if not hosts:
            home = next((c for c in (state.country_at(verb.idx), state.main)
                         if c and c != own[0].country), None)
            hosts = [Actor(text=verb.text, country=home, sector="GOV", kind="country",
                           resolved_by="context", start=verb.idx,
                           end=verb.idx + len(verb.text))] if home else []
        return (own, hosts[:1]) if hosts else None

    def _envoy_of(self, envoy: Token, mentions: dict[int, Mention],
                  state: ArticleState) -> list[Actor]:
        """The state an envoy represents: the one of its possessor or modifier ("Ukraine's
        ambassador to Senegal", "the French envoy to Mali"), not the host it is sent "to"."""
        for child in envoy.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod") and child.i in mentions:
                return [replace(a, sector=a.sector or "GOV")
                        for a in self.actors_of(child, mentions, state)]
        return []

    def _described(self, noun: Token, mentions: dict[int, Mention],
                   state: ArticleState) -> list[Actor]:
        """Whom a noun of a doer describes: the subject it is said of ("X has been a vocal
        critic of Y") or the phrase it is in apposition with ("X, a critic of Y, …")."""
        if noun.dep_ == "appos":
            return self.actors_of(noun.head, mentions, state)
        if noun.dep_ in ("attr", "oprd"):
            subject, _ = self.subject(noun.head)
            return self.actors_of(subject, mentions, state) if subject is not None else []
        return []

    def doers(self, noun: Token, mentions: dict[int, Mention],
              state: ArticleState) -> list[Actor]:
        """Who did what an event noun names: "Ukraine's attack", "the attack by Ukraine",
        "Russian missile strikes" (the nationality on the weapon's word before it)."""
        for child in noun.children:
            if child.dep_ == "compound" and child.i in mentions and \
                    mentions[child.i].entry.capital and mentions[child.i].entry.kind == \
                    "country" and self._conflict_noun(noun):
                continue  # "the Ankara bombing", "the Moscow concert hall attack": where
            if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i in mentions or \
                    _named_owner(child, mentions):
                return self.actors_of(child, mentions, state)
            owner = _named_on_modifier(child, noun, mentions)
            if owner is not None:
                return self.actors_of(owner, mentions, state)
            node = _pobj(child) if child.dep_ == "prep" and \
                child.lower_ in _NOMINAL_SOURCE_PREPS else None
            if node is not None:
                return self.actors_of(node, mentions, state)
            node = _pobj(child) if child.dep_ == "prep" else None
            found = [a for t in (_by_on_theme(node) if node is not None else [])
                     for a in self.actors_of(t, mentions, state)]
            if found:  # "the arrest of a French national by Algerian police"
                return found
        named = self.verbs.match_noun(noun)
        if named is not None and named.code == ARREST:
            holder = self._held_there(noun, state)
            if holder is not None:  # "the arrest of a French aid worker in Iran": Iran's
                return [holder]
        if named is not None and self.cameo.get(named.code).plover_type in ("MOBILIZE",
                                                                            "RETREAT"):
            # "the deployment of American troops", "of US missiles": whose forces or arms
            return [a for node in _pobjs(noun, ("of",))
                    if (self.actors.role_sector(node) in ("MIL", "COP") or
                        self.lex.has("arms", node.lemma_.lower()))
                    and any(t.i in mentions for t in node.subtree)
                    for a in self.actors_of(node, mentions, state)]
        if named is not None and self.cameo.get(named.code).plover_type == "ASSAULT":
            return self._armed_modifier(noun, mentions, state)  # "the rebel attack"
        return []

    def _own_people_acted_on(self, noun: Token, source: Actor, mentions: dict[int, Mention],
                             state: ArticleState) -> list[Actor]:
        """People of no country named whom a state's forces act on, told by a noun ("the
        killing of three protesters by Kenyan police", "the arrest of the opposition leader
        by police"): the state's own, as "police killed three protesters" are; the people of
        another state's place the phrase names ("… by Israeli forces in Gaza"), or of the
        state its forces last attacked; its army's, only in a report on that state."""
        for node in _pobjs(noun, ("of",)):
            sector = self.actors.role_sector(node)
            if sector not in DOMESTIC_PEOPLE or any(t.i in mentions for t in node.subtree) or \
                    any(c.dep_ == "amod" and self.lex.has("foreign", c.lower_)
                        for c in node.children):
                continue
            people = Actor(text=node.text, country=source.country, sector=sector,
                           kind="country", resolved_by="domestic", start=node.idx,
                           end=node.idx + len(node.text))
            abroad = self._abroad(noun, node, source, state)
            if abroad is not None:
                return [replace(people, country=abroad.country, resolved_by="place")]
            attacked = state.attacked.get(source.country or "")
            if attacked:
                return [replace(people, country=attacked, resolved_by="context")]
            others = {m.entry.country for t in noun.sent if (m := mentions.get(t.i)) is not None
                      and m.entry.kind in ("country", "group")} - {source.country}
            if source.sector != "COP" and (state.main != source.country or others):
                return []  # "the killing of 20 civilians by Russian forces", in a report on
                # another state or naming one: whose, unsaid
            return [people]
        return []

    def _held_there(self, noun: Token, state: ArticleState) -> Actor | None:
        """The state of the place an arrest or detention noun, or the one it holds, is
        "in" or "at" ("the arrest of a French aid worker in Iran", "the detention of a
        Japanese businessman in China"): the one holding them."""
        if self.places is None:
            return None
        for node in (noun, *_pobjs(noun, ("of",))):
            for place in _pobjs(node, ("in", "at")):
                found = self._place(place, state)
                if found is not None and found.kind == "country" and found.country:
                    return replace(found, sector="GOV", resolved_by="place")
        return None

    def _mediated(self, verb: Token, sources: list[Actor], mentions: dict[int, Mention],
                  state: ArticleState) -> list[Actor]:
        """The parties of what a participle says was mediated: the doers of the clause it
        hangs on ("Iran and the US held talks, mediated by Oman", "agreed to a deal brokered
        by Oman")."""
        if verb.dep_ not in ("acl", "advcl"):
            return []
        node = verb.head
        for _ in range(4):
            if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                break
            node = node.head
        mediators = {s.country for s in sources}
        return [a for a in self._active_doers(node, mentions, state)
                if a.country not in mediators]

    def _done_in(self, verb: Token, mentions: dict[int, Mention],
                 state: ArticleState) -> list[Actor]:
        """Who did a passive act with no agent "in" or "during" a hostile act whose doer is
        named ("were killed in an Israeli airstrike", "died during Russian shelling")."""
        for child in verb.children:
            node = _pobj(child) if child.dep_ == "prep" and \
                child.lower_ in ("in", "during", "amid") else None
            if node is not None and self._conflict_noun(node):
                doers = [a for a in self.doers(node, mentions, state)
                         if a.resolved_by not in ("anaphora", "context")]
                if not doers and self.lex.has("symmetric", node.lemma_.lower()):
                    doers = [a for c in node.children if c.dep_ == "prep" and  # "killed in
                             c.lower_ == "with" and (p := _pobj(c)) is not None  # clashes
                             for a in self.actors_of(p, mentions, state)]  # with PKK militants"
                if doers:
                    return doers
        return []

    def _source_by_word_order(self, verb: Token, mentions: dict[int, Mention],
                              state: ArticleState) -> list[Actor]:
        """When the parse gives a past-tense verb no subject at all ("Turkey hosted talks
        between …" parsed as a noun phrase): a name that opens the sentence right before it
        (TABARI's sparse reading), only if nothing but that name's own words comes between,
        or a role noun right before it whose plain noun phrase names one state ("Niger's
        military seized power")."""
        # a finite verb, or a participle the parse made a modifier of the noun it governs,
        # in a sentence with no verb of its own ("… minister hosted talks between …")
        stranded = verb.tag_ == "VBN" and verb.dep_ == "amod" and verb.head.dep_ == "ROOT" \
            and verb.head.pos_ == "NOUN" and verb.i > verb.sent.start and \
            (verb.doc[verb.i - 1].pos_ in ("NOUN", "PROPN") or
             verb.doc[verb.i - 1].pos_ == "ADJ" and
             self.actors.role_sector(verb.doc[verb.i - 1]) is not None)
        if verb.tag_ not in ("VBD", "VBZ") and not stranded or \
                verb.dep_ in ("ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "pcomp"):
            return []
        sent = verb.sent
        if verb.tag_ == "VBD" and _headline_line(sent) and self._suffered(verb) and \
                not any(c.dep_ == "dobj" for c in verb.children):
            return []  # "Tanzanian activist abducted in Kenya": a headline's passive
        before = sent[:verb.i - sent.start]
        mention = mentions.get(verb.i - 1)
        if mention is None:  # "Turkey's foreign minister hosted …", "Niger's military
            # seized …": a role of the one state a plain noun phrase before it names
            head = verb.doc[verb.i - 1] if verb.i > sent.start else None
            sector = self.actors.role_sector(head) if head is not None and \
                (head.pos_ == "NOUN" or head.pos_ == "ADJ" and head.dep_ == "amod") else None
            # ("Myanmar's military bombed villages", with "military" read as an adjective)
            named = {mentions[t.i] for t in before if t.i in mentions}
            if sector is None or len(named) != 1 or \
                    any(t.pos_ not in _NOUN_PHRASE for t in before):
                return []
            actor = named.pop().actor(verb.doc, state.article.published, sector=sector,
                                      resolved_by="word order")
            return [actor] if actor is not None and actor.country else []
        if mention.start != sent.start and not (
                mention.start == sent.start + 1 and sent[0].lower_ == "the"):
            return []
        if len(before) != mention.end - sent.start:
            return []
        actor = mention.actor(verb.doc, state.article.published, resolved_by="word order")
        return [actor] if actor is not None and actor.country else []

    def _target_by_word_order(self, verb: Token, sources: list[Actor],
                              mentions: dict[int, Mention],
                              state: ArticleState) -> list[Actor]:
        """When the parse gives no target: the nearest actor named after the verb in its
        clause (TABARI's sparse reading), if no other verb or clause comes between."""
        countries = {s.country for s in sources}
        if self._accused_named(verb):
            return []  # the accused are its object, named or not
        sent = verb.sent
        where = {t.i for p in sent if p.dep_ == "prep" and (
            self._venue(p) or p.lower_ in self.lex.words["companion_preps"] or  # "alongside
            self._helped(p)) for t in p.subtree}  # Malian troops": on one's side
        where |= self._no_parties(verb, sent, countries)
        for token in sent[verb.i - sent.start + 1:]:
            if token.i - verb.i > WORD_ORDER_REACH or token.pos_ in ("VERB", "AUX") or \
                    token.dep_ in ("mark", "relcl", "cc") or token.lower_ in (";", ":") or \
                    token.dep_ in ("nsubj", "nsubjpass") and token.head.i != verb.i:
                return []  # "…, Japan said": the subject of another clause
            mention = mentions.get(token.i)
            other = _clause_verb(token) if mention is not None and _in_subject(token) else None
            if other is not None and other is not verb and \
                    self.lex.has("reporting", other.lemma_.lower()):
                return []  # "…, South Korea's military said": who reports it
            if mention is None or patron(verb.doc, mention) or locative(token) or \
                    token.i in where or token.dep_ == "pobj" and \
                    token.head.lower_ in self.lex.words["temporal_preps"] or \
                    self._place_named_for(token, mentions):
                continue
            actor = mention.actor(verb.doc, state.article.published,
                                  resolved_by="word order")
            rebels = actor is not None and actor.kind == "group" and \
                actor.sector == "REB" and all(s.kind == "country" and s.sector in (
                    "GOV", "MIL") for s in sources)  # "rejected calls for negotiations
            # with the RSF": a state's own rebels are another side
            if actor is not None and (actor.country not in countries or rebels):
                found = [actor]  # and its conjuncts ("between Russia and Ukraine")
                for other in _expand(token)[1:]:
                    more = mentions.get(other.i)
                    extra = more.actor(verb.doc, state.article.published,
                                       resolved_by="word order") if more is not None else None
                    if extra is not None and extra.country not in countries | \
                            {a.country for a in found}:
                        found.append(extra)
                return found
        return []

    def _accused_named(self, verb: Token) -> bool:
        """Whether a verb of allegation has its object, the accused ("accused the governments
        of …"): whom else its clause names is not accused."""
        return self.lex.has("allegation_verbs", verb.lemma_.lower()) and \
            any(c.dep_ == "dobj" for c in verb.children)

    def _place_in_object(self, verb: Token, sources: list[Actor],
                         state: ArticleState) -> list[Actor]:
        """A reaction to what happened at a named place concerns that place's state
        ("condemned violence against civilians in Sweida": Syria); not an accusation of an
        object it names ("accused the governments of being subordinated to Washington")."""
        if self.places is None or not self.codebook or self._accused_named(verb):
            return []
        countries = {s.country for s in sources}
        said = self.verbs.match_verb(verb)
        signed = said is not None and said.code == SIGN_AGREEMENT  # (not "praised the
        # elections in Senegal": those concern Senegal)
        for child in verb.children:
            if child.dep_ not in ("dobj", "prep") or child.dep_ == "prep" and (
                    child.lower_ in self.lex.words["temporal_preps"] or
                    signed and child.lower_ in LOCATIVE_PREPS):
                continue  # not "signed a truce after talks in Geneva", "signed it in
                # Geneva": when and where it was done; but "condemned violence in Sweida"
            for token in _without_purpose(child):
                if token.pos_ == "PROPN" and token.dep_ == "pobj":
                    place = self._place(token, state)
                    if place is not None and place.country not in countries:
                        return [place]
        return []

    def _member_removed(self, verb: Token, mentions: dict[int, Mention],
                        state: ArticleState) -> Pattern | None:
        """ "The African Union suspended Niger": an organisation suspending, expelling or
        excluding a state (``member_removal``) reduces relations with it (CAMEO 160), not
        as a state expels people (174)."""
        if not self.lex.has("member_removal", verb.lemma_.lower()):
            return None
        subject, passive = self.subject(verb)
        if subject is None or passive:
            return None
        doers = self.actors_of(subject, mentions, state)
        if not doers or any(a.kind != "igo" for a in doers) or not any(
                c.dep_ == "dobj" and c.i in mentions and
                mentions[c.i].entry.kind == "country" for c in verb.children):
            return None
        return Pattern("verb", verb.lemma_.lower(), REDUCE_RELATIONS, self._removal_where,
                       preps=("from",))

    def _welcomed_guest(self, verb: Token, mentions: dict[int, Mention]) -> bool:
        """Whether a welcome is a guest's reception: a person welcomed to or in a place
        ("welcomed Modi to the Elysee Palace", "welcomed Museveni in Nairobi"), not a
        decision or an act welcomed."""
        if verb.lemma_.lower() != "welcome":
            return False
        guests = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and
                  (c.ent_type_ == "PERSON" or c.i in mentions and
                   mentions[c.i].entry.kind == "person")]
        return bool(guests) and any(c.dep_ == "prep" and c.lower_ in ("to", "in", "at")
                                    for c in verb.children)

    def _held_by(self, verb: Token, pattern: Pattern, sources: list[Actor],
                 mentions: dict[int, Mention], state: ArticleState) -> list[Actor]:
        """Of whom a release is demanded where the released are told held "by" someone:
        "demanded the release of all ships held by the group" (the group named before)."""
        own = {s.country for s in sources}
        holders = (node for obj in _object_tokens(verb, pattern) for token in obj.subtree
                   if token.dep_ == "acl" and token.tag_ == "VBN"
                   for agent in token.children if agent.dep_ == "agent"
                   and (node := _pobj(agent)) is not None)
        holder = next(holders, None)
        return [] if holder is None else [a for a in self.actors_of(holder, mentions, state)
                                          if a.country not in own]

    @staticmethod
    def _holder(verb: Token, sources: list[Actor], state: ArticleState) -> list[Actor]:
        """Of whom a release is demanded when nobody is named ("Pristina demanded their
        release"): whoever the article last told holding someone, not the demander's side."""
        holder = state.last_by_type.get("COERCE")
        if holder is None or any(_same(holder, s) for s in sources):
            return []
        return [replace(holder, resolved_by="anaphora", text=verb.text, start=verb.idx,
                        end=verb.idx + len(verb.text))]

    def _helped_by_forces(self, verb: Token, sources: list[Actor], sent_to: list[Actor],
                          mentions: dict[int, Mention], state: ArticleState) -> list[Actor]:
        """Whom forces are sent to help, by a purpose clause of help whose object is another
        state or its government, army or police ("sent troops to Libya to support the
        Tripoli government", "deployed police to Haiti to help the Haitian police fight
        gangs"; the one sent to where no state is named)."""
        own = {s.country for s in sources}
        for clause in verb.children:
            if clause.dep_ not in ("advcl", "xcomp") or \
                    not self.lex.has("helping", clause.lemma_.lower()) or \
                    not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                continue
            helped = [c for c in clause.children if c.dep_ in ("dobj", "dative")]
            helped += [g for c in clause.children if c.dep_ in ("ccomp", "xcomp")
                       for g in c.children if g.dep_ == "nsubj"]  # "help the police fight"
            for node in helped:
                found = [a for a in self.targets_of(node, mentions, state)
                         if a.country not in own and a.resolved_by != "context" and
                         a.sector not in ("REB", "CRM")]  # insurgents and gangs are fought
                if not found and self.actors.role_sector(node) in ("GOV", "MIL", "COP") and \
                        not any(t.i in mentions for t in node.subtree):
                    found = [a for a in sent_to if a.country not in own]  # "to support the
                    # government" of the state they are sent to
                if found:
                    return found
        return []

    def _aided_by_purpose(self, verb: Token, sources: list[Actor],
                          mentions: dict[int, Mention], state: ArticleState) -> list[Actor]:
        """Whom aid is for where its purpose names them ("pledged $100 million to help
        rebuild Ukraine's energy grid", "sent engineers to repair Lebanon's power plants"):
        the state whose people or things the purpose clause acts on."""
        own = {s.country for s in sources}
        for obj in _purpose_objects(verb.children, ("advcl", "xcomp"), nested=True):
            found = [a for a in self.targets_of(obj, mentions, state)
                     if a.country not in own and a.resolved_by != "context"]
            if found:
                return found
        return []

    def _purpose_target(self, verb: Token, source: Actor, mentions: dict[int, Mention],
                        state: ArticleState) -> list[Actor]:
        """Whom a threatening instrument's purpose names ("approved a warrant to detain the
        president": the president, at home where only a role names him)."""
        clauses = [*verb.children, *(g for c in verb.children if c.dep_ == "dobj"
                                     for g in c.children)]  # "a warrant to arrest …"
        for obj in _purpose_objects(clauses, ("xcomp", "advcl", "acl")):
            found = self.targets_of(obj, mentions, state)
            sector = self.actors.role_sector(obj)
            if not found and sector is not None and source.country:
                found = [Actor(text=obj.text, country=source.country, sector=sector,
                               kind="country", resolved_by="domestic", start=obj.idx,
                               end=obj.idx + len(obj.text))]
            if found:
                return found
        return []

    def _asked_to_act(self, verb: Token, mentions: dict[int, Mention],
                      state: ArticleState) -> list[Actor]:
        """A demand for another's act told as a noun whose "of" names its doer ("demanded
        the withdrawal of Serbian forces from Bosnia") is addressed to that doer, not to the
        place it names; so is one "for" a clause's subject to act ("called for Somalia to
        withdraw")."""
        for clause in verb.children:  # "called for Somalia to withdraw": the one asked
            if clause.dep_ in ("advcl", "ccomp") and any(
                    c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
                asked = [a for c in clause.children if c.dep_ == "nsubj" and not (
                             self.actors.role_sector(c) is not None and any(
                                 p.dep_ == "poss" and p.pos_ == "PRON" for p in c.children))
                         for a in self.targets_of(c, mentions, state)]  # not "its troops"
                if asked:
                    return asked
        nouns = [c for c in verb.children if c.dep_ == "dobj"]
        nouns += [node for c in verb.children if c.dep_ in ("prep", "prt") and
                  c.lower_ in ("for", "on") and (node := _pobj(c)) is not None]
        for noun in nouns:
            pattern = self.verbs.match_noun(noun) if noun.pos_ == "NOUN" else None
            if pattern is None or pattern.of != "source":
                continue
            doers = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and
                     (node := _pobj(c)) is not None
                     for a in self.actors_of(node, mentions, state)
                     if a.resolved_by not in ("context", "anaphora")]
            if doers:
                return doers
        return []

    def _withdrawn_from(self, verb: Token) -> set[int]:
        """Where a demanded withdrawal is from ("demanded that external forces withdraw from
        Congolese territory"): the places (character offsets) a withdrawal clause of the
        demand leaves, which name no one asked."""
        left: set[int] = set()
        for clause in verb.children:
            pattern = self.verbs.match_verb(clause) if clause.dep_ in ("ccomp", "xcomp") and \
                clause.pos_ == "VERB" else None
            if pattern is None or self.cameo.get(pattern.code).plover_type != "RETREAT":
                continue
            for prep in clause.children:
                if prep.dep_ == "prep" and prep.lower_ == "from":
                    left.update(t.idx for t in prep.subtree)
        return left

    def _contributors(self, subject: Token, mentions: dict[int, Mention],
                      state: ArticleState) -> list[Actor]:
        """The states whose troops a force or mission is "made up of", "composed of" or
        "comprising" ("the African Union force, made up of troops from Uganda, Burundi and
        Kenya"), each as the troops' army."""
        if subject.lemma_.lower() not in ("force", "mission", "contingent"):
            return []
        out: list[Actor] = []
        for clause in subject.children:
            if clause.dep_ not in ("acl", "relcl") or \
                    not self.lex.has("made_of", clause.lemma_.lower()):
                continue
            for node in clause.subtree:
                sector = self.actors.role_sector(node) if node.i > clause.i else None
                if sector in ("MIL", "COP"):
                    # "troops from Uganda", or "from Uganda" hung on "made up of"
                    out += [replace(a, sector=sector)
                            for origin in _pobjs(node, ("from",)) or _pobjs(clause, ("from",))
                            for a in self.actors_of(origin, mentions, state)
                            if a.kind == "country"]
                    break
        return out

    def _in_mission(self, verb: Token, mentions: dict[int, Mention]) -> bool:
        """Whether a deployment is told as part of an organisation's mission or a
        peacekeeping force ("as part of the African Union mission", "under the AU mission",
        "with the UN peacekeeping force"), or of one led by a state or multinational
        (``mission_kinds``), or is sent to join one ("to join the Kenyan-led mission")."""
        holders = [prep for prep in verb.children if prep.dep_ == "prep" and
                   prep.lower_ in ("as", "under", "with", "within")]
        holders += [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and
                    self.lex.has("joining", c.lemma_.lower())]  # "to join the mission"
        for holder in holders:
            for node in holder.subtree:
                if node.pos_ != "NOUN" or node.lemma_.lower() not in ("mission", "force"):
                    continue
                words = np_tokens(node)
                if any(t.i in mentions and mentions[t.i].entry.kind == "igo" or
                       self.lex.has("peacekeepers", t.lemma_.lower()) or
                       self.lex.has("mission_kinds", t.lower_) for t in words) or any(
                        c.dep_ == "amod" and c.lower_ == "led" for c in node.children):
                    return True  # "the Kenyan-led mission", "the multinational force"
        return False

    def _mission_host(self, verb: Token, mentions: dict[int, Mention],
                      state: ArticleState) -> list[Actor]:
        """Forces given to a mission or force "in" a state protect that state ("contributed
        troops to the African Union force in Somalia": Somalia, not the African Union)."""
        missions = [node for c in verb.children if c.dep_ in ("prep", "dative") and
                    c.lower_ in ("to", "for") and (node := _pobj(c)) is not None]
        missions += [o for c in verb.children if c.dep_ in ("xcomp", "advcl") and
                     self.lex.has("joining", c.lemma_.lower())
                     for o in c.children if o.dep_ == "dobj"]  # "to join the mission in"
        for holder in (*missions, verb):  # "in Somalia" parsed on the mission or the verb
            for child in holder.children:
                inner = _pobj(child) if child.dep_ == "prep" and child.lower_ == "in" else None
                found = [a for a in self.targets_of(inner, mentions, state)
                         if a.kind == "country"] if inner is not None else []
                if found:
                    return found
        return []

    def _attacked_place(self, trigger: Token, code: str, state: ArticleState) -> list[Actor]:
        """An attack "in" a named place targets its state ("air strikes in Syria", "struck
        targets in Gaza"), and so does the capture of one ("captured the city of Kharkiv")."""
        if self.places is None or not self.codebook or \
                self.cameo.get(code).plover_type != "ASSAULT" and code != RAID and \
                not code.startswith(THREAT_OF_FORCE):  # "threatened to expand its
            return []  # offensive in Gaza": where the attack would be; a raid on homes in
        # the West Bank is there
        holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
        holders += [node for c in trigger.children if c.dep_ == "prep" and  # "fired rockets
                    c.lower_ in ("at", "on", "into") and (node := _pobj(c)) is not None  # at
                    and node.pos_ == "NOUN"]  # a village in Surin province"
        holders += [d for h in holders[1:] for a in h.children  # "an airstrike on a school
                    if a.dep_ == "acl" and a.tag_ == "VBG"  # sheltering displaced people in
                    for d in a.children if d.dep_ == "dobj"]  # Gaza City": where it stands
        if trigger.pos_ == "VERB" and trigger.dep_ == "amod" and trigger.head.i > trigger.i:
            holders.append(trigger.head)  # "Myanmar's military bombed villages in …", the
            # verb read as a modifier of its object
        holders += [node for h in holders[1:] if h.lemma_.lower() == "control"  # "took control
                    for c in h.children if c.dep_ == "prep" and c.lower_ == "of"  # of Kherson"
                    and (node := _pobj(c)) is not None]
        counted = _counted(trigger)
        if counted is not trigger:  # "undertook three sets of air strikes in Syria"
            holders += [counted, counted.head]
        struck = next((c for c in trigger.children if c.dep_ == "dobj" and c.pos_ == "NOUN"),
                      None)  # "attacked a village near Kherson", the place parsed on the verb
        holders += [c for h in holders for c in h.children  # "air strikes south of
                    if c.dep_ == "advmod" and self.lex.has("directions", c.lower_)]  # Baghdad",
        # "struck a village north of Kharkiv": where the attack hit
        for holder in holders:
            for child in holder.children:
                near = holder if holder.i != trigger.i else struck \
                    if struck is not None and struck.i < child.i else None
                node = _pobj(child) if child.dep_ == "prep" and (
                    child.lower_ in ("in", "throughout", "across") or
                    child.lower_ == "of" and self.lex.has("directions", holder.lower_) or
                    child.lower_ in ("near", "outside", "around") and
                    near is not None and  # what is struck, not where one fights
                    not self.lex.has("craft", near.lemma_.lower())) else None  # "a camp
                # near El Fasher"; not "a ship near Hodeidah", which sails under any flag
                place = self._place(node, state) if node is not None else None
                if place is not None:
                    return [place]
        for holder in holders[1:]:  # "captured the city of Kharkiv": the place taken
            place = self._place(holder, state)
            if place is not None:
                return [place]
        return []

    def _left_place(self, verb: Token, source: Actor, state: ArticleState) -> list[Actor]:
        """The state of a named place forces are withdrawn "from" or pulled "out of"
        ("withdrew its troops from Kherson"), where it is not the withdrawer's own."""
        if self.places is None or not self.codebook:
            return []
        for child in verb.children:
            node = _pobj(child) if child.dep_ == "prep" and child.lower_ == "from" else None
            if child.dep_ in ("prt", "prep") and child.lower_ == "out":
                node = next((_pobj(g) for g in child.children
                             if g.dep_ == "prep" and g.lower_ == "of"), None)
            place = self._place(node, state) if node is not None else None
            if place is not None and place.country and place.country != source.country:
                return [place]
        return []

    def _owner_place(self, owner: Token, head: Token, sector: str | None,
                     state: ArticleState) -> Actor | None:
        """The state of a place named as a body's owner ("Gaza's health ministry",
        "Tigray's interim administration", "Kharkiv's governor": ``place_bodies``): a
        region, a city of 250,000 people, or one of 100,000 in a state the article names
        (not "Jackson's lawyers": a person's, not a body's)."""
        if self.places is None or not self.lex.has("place_bodies", head.lemma_.lower()):
            return None
        if owner.pos_ == "NOUN" and self.lex.has("town_nouns", owner.lemma_.lower()):
            town = self._place(owner, state)  # "the city's mayor": the town told before's
            return None if town is None or not town.country else Actor(
                text=head.text, country=town.country, sector=sector, kind="country",
                resolved_by="context", start=head.idx, end=head.idx + len(head.text))
        if owner.pos_ != "PROPN":
            return None
        words = [t for t in owner.subtree if t.i <= owner.i and t.dep_ == "compound"]
        name = owner.doc[(words[0] if words else owner).i:owner.i + 1].text
        place = self.places.lookup(name)
        if place is None or not place.country or not (
                place.feature == "region" or place.feature == "city" and (
                    place.population >= 250_000 or place.population >= 100_000 and
                    place.country in {c for _, c in state.named_states})):
            return None
        return Actor(text=head.text, country=place.country, sector=sector, kind="country",
                     resolved_by="place", start=head.idx, end=head.idx + len(head.text))

    def _large_place(self, name: Token) -> Place | None:
        """The region or large city (100,000 people or more) a name is, if any."""
        assert self.places is not None
        place = self.places.lookup(name.text)
        return place if place is not None and (
            place.feature == "region" or
            place.feature == "city" and place.population >= 100_000) else None

    def _place(self, head: Token, state: ArticleState) -> Actor | None:
        assert self.places is not None
        if self.lex.has("town_nouns", head.lemma_.lower()) and \
                [(c.dep_, c.lower_) for c in head.children if c.dep_ != "case"] == \
                [("det", "the")]:  # "besieged the city", "the city's hospital"
            last = state.last_town  # "besieged the city": the town named last, in its
            if last is None or last[0].start >= head.idx or \
                    state.paragraph(head.idx) - last[1] not in (0, 1):  # paragraph or the
                return None  # one before
            return replace(last[0], text=head.text, start=head.idx,
                           end=head.idx + len(head.text), resolved_by="context")
        kind = None
        named = [c for c in head.children if c.dep_ in ("compound", "nmod") and
                 c.i < head.i and _name_like(c)]  # "Donetsk region", "the Jenin refugee camp"
        if head.pos_ != "PROPN" and named and (
                self.lex.has("place_nouns", head.lemma_.lower()) or
                self.lex.has("site_nouns", head.lemma_.lower())):
            if self.lex.has("region_nouns", head.lemma_.lower()):
                kind = "region"  # "Borno state": the region, not a town of its name
            head = named[0]
        if not _name_like(head):
            owner = next((c for c in head.children if c.dep_ == "poss" and
                          self.lex.has("town_nouns", c.lemma_.lower())), None)
            if owner is not None:  # "the city's main hospital": in the town told before
                return self._place(owner, state)
            named = [_pobj(c) for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
            if not named or named[0] is None or not self.lex.has("place_nouns",
                                                                 head.lemma_.lower()):
                return None
            head = named[0]
            if head.pos_ != "PROPN":
                return None
        words = [t for t in head.subtree if t.i <= head.i and t.dep_ in ("compound",)
                 or t.i == head.i]
        name = head.doc[words[0].i:head.i + 1].text
        if not name[:1].isupper():
            return None  # "the west bank of the Dnipro", tagged a proper noun: no name
        first, _, last = name.rpartition(" ")
        if first and self.lex.has("region_nouns", last.lower()):
            name, kind = first, "region"  # "Borno State", "Kursk Oblast"
        # the best known: the attacker's country is no guide
        place = (kind and self.places.lookup(name, kind=kind)) or self.places.lookup(name)
        if place is None:
            return None
        found = Actor(text=name, country=place.country, kind="country", resolved_by="place",
                      start=words[0].idx, end=head.idx + len(head.text))
        if kind != "region" and (state.last_town is None or
                                 state.last_town[0].start <= found.start):
            state.last_town = (found, state.paragraph(found.start))
        return found

    def _context(self, head: Token, mentions: dict[int, Mention],
                 state: ArticleState) -> list[Actor]:
        """Actors the text names elsewhere: a pronoun's antecedent ("it", "their forces"),
        and the country of a bare agency or role noun ("the army", "police", "the foreign
        ministry"): the last named actor's of its paragraph, else the article's own."""
        if head.pos_ == "PRON":
            return [_as_context(a, head, a.sector) for a in self._antecedent(head, mentions,
                                                                              state)]
        issuers = self._issuers(head, mentions, state) or self._led_by(head, mentions, state)
        if issuers:
            return issuers
        if head.pos_ == "NUM":  # "at two of its ships", "one of their vessels": theirs
            owned = [node for node in _pobjs(head, ("of",))
                     if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in node.children)]
            if owned:
                return self._context(owned[0], mentions, state)
        counted = _counted_noun(head, COUNTS)
        if counted is not head and _doer_position(head):  # "members of the gang", "hundreds
            return [_as_context(a, head, a.sector)  # of soldiers": those counted, as the
                    for a in self._context(counted, mentions, state)]  # noun alone
        if head.dep_ == "dobj" and self._orders_own_forces(head.head):
            orderer, passive = self.subject(head.head)  # "Ruto ordered troops to …": his
            sector = self.actors.role_sector(head)
            if orderer is not None and not passive:
                return [_as_context(a, head, sector)
                        for a in self.actors_of(orderer, mentions, state)
                        if a.kind in ("country", "person")]
        pair = self._pair_named(head, state) or self._named_together(head, mentions, state) \
            or self._state_described(head, mentions, state) \
            or self._named_before(head, mentions, state, "group_nouns", "group") \
            or self._named_before(head, mentions, state, "bloc_nouns", "igo") \
            or self._delegation_named(head, mentions, state) \
            or self._organisation_named(head, mentions, state) \
            or self._other_side(head, mentions, state) \
            or self._affiliated(head, mentions, state) or self._of_pair(head, state)
        if pair:
            return pair
        sector = self.actors.role_sector(head)
        if sector is None and head.pos_ == "PROPN":
            sector = self._title(head)  # "Foreign Minister Ahmed Attaf", no country named
        if sector is None and self.lex.has("craft", head.lemma_.lower()):
            # "army drones", "police helicopters": the force's that the noun before names
            sector = next((found for c in head.children if c.dep_ == "compound" and
                           (found := self.actors.role_sector(c)) in ("MIL", "COP")), None)
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"
                      and c.lower_ in ("its", "their")), None)
        if owner is not None and self.lex.has("craft", head.lemma_.lower()):
            # "fired water cannon at its ships", "two of their vessels": the craft of the
            # body the pronoun stands for
            return [_as_context(a, head, a.sector) for a in self._antecedent(owner, mentions,
                                                                             state)
                    if a.kind != "person"]
        if sector is None or head.pos_ not in ("NOUN", "PROPN") or not _doer_position(head):
            return []
        if sector in ("REB", "CRM", "CVL") and any(
                c.dep_ == "amod" and (self.lex.has("unidentified", c.lower_) or
                                      c.lower_ == "armed" and
                                      self.lex.has("unidentified_people", head.lemma_.lower()))
                for c in head.children):
            return []  # "armed men", "unknown attackers": nobody identified
        patrons = {mentions[t.i].entry.country for left in head.lefts for t in left.subtree
                   if t.i in mentions and patron(head.doc, mentions[t.i])}
        if sector == "REB" and patrons and head.dep_ == "nsubj" and head.head.pos_ == "VERB":
            # "pro-Russian separatists shelled positions near Donetsk", "Rwanda-backed rebels
            # seized a town in eastern Congo": rebels, not their patron's, of the state the
            # report is on, else where they fight (a place by its name, not "a US base")
            home = state.country_at(head.idx)
            if home and home not in patrons:
                return [Actor(text=head.text, country=home, sector=sector, kind="country",
                              resolved_by="context", start=head.idx,
                              end=head.idx + len(head.text))]
            after = [t for t in head.head.subtree if t.i > head.i and t.pos_ == "PROPN"]
            named = [mentions[t.i].entry.country for t in after if t.i in mentions and
                     locative(t) and mentions[t.i].entry.kind == "country"]
            if named and named[0] not in patrons:  # "… in eastern Congo"
                return [Actor(text=head.text, country=named[0], sector=sector, kind="country",
                              resolved_by="place", start=head.idx,
                              end=head.idx + len(head.text))]
            return [replace(a, sector=sector) for a in self._gathered(head, after, state)
                    if a.country not in patrons]
        if head.tag_ == "NNS" and (self.lex.has("state_nouns", head.lemma_.lower()) or
                                   head.lemma_.lower() == "government"):
            return []  # "South American governments": several states, none named
        owners = [c for c in head.children if c.dep_ == "poss"]
        if self.lex.has("unanchored_roles", head.lemma_.lower()) and \
                self.actors.role_sector(head, phrases_only=True) is None and \
                not (owners and owners[0].pos_ == "PRON"):  # "its forces": its own
            # "officers" is anyone's, "police officers" the country's police; officers or
            # forces a police force or an army reports on are its own ("Police said officers
            # arrested 45 people")
            reporter = self._reporter(head.head, mentions, state) \
                if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ == "VERB" else None
            if reporter is not None and reporter.kind == "country" and \
                    reporter.sector in ("COP", "MIL") and sector in ("COP", "MIL", None) and \
                    not any(c.dep_ in ("amod", "compound") for c in head.children):
                return [_as_context(reporter, head, reporter.sector)]
            before = state.roles.get(head.lemma_.lower())
            if before is not None and before.start is not None and before.start < head.idx \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and \
                    not any(c.dep_ in ("amod", "compound", "poss", "prep", "nummod")
                            for c in head.children):
                return [_as_context(before, head, sector)]  # "the students": those before
            return []
        if any(c.dep_ == "amod" and self.lex.has("foreign", c.lower_) and (
                c.lower_ != "foreign" or
                self.actors.role_sector(head, phrases_only=True) is None)
               for c in head.children):
            return []  # "foreign troops", "Western officials", "Southeast Asian foreign
            # ministers"; not "the foreign ministry"
        if any(t.i in mentions and patron(head.doc, mentions[t.i])
               for left in head.lefts for t in left.subtree):
            return []  # "pro-Russian separatists", "anti-Israel protesters", "the al
            # Qaeda-linked group": whose, unsaid
        if owners:
            place = self._owner_place(owners[0], head, sector, state)
            if place is not None:  # "Gaza's health ministry", "Tigray's administration"
                return [place]
            if owners[0].pos_ != "PRON" or self._reflexive(head):
                return []
            return [_as_context(a, head, sector) for a in self._antecedent(owners[0], mentions,
                                                                           state)
                    if a.kind != "person" or owners[0].lower_ in _PERSONAL]
        body = self._spokesman_for(head, mentions, state)
        if body:  # "A spokesman for its foreign ministry": the ministry's
            return body
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "no", "another",
                                                  "every", "each") for c in head.children) \
                and not (sector == "JUD" and any(c.lower_ in ("a", "an")
                                                 for c in head.children)):
            return []  # "a spokesman", "any official": nobody in particular; "a court"
            # is one of the country's courts, "some lawmakers" some of its lawmakers
        named = self._role_named_before(head, mentions, sector)
        if named is not None:  # "The Presidency of South Africa … The Presidency urged"
            return [named]
        if self.places is not None:
            # "Prosecutors in Istanbul", "police in Karachi", "the governor of Kharkiv": the
            # place's state, where no actor names it
            nodes = [node for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                     and (node := _pobj(c)) is not None]
            # "Kharkiv governor", "Kharkiv governor Oleh Syniehubov": a large city's name
            # before the role, of a state the article names (a person's name is often some
            # town's: "the Bush administration", "Prime Minister Ismail Haniyeh")
            roles = [c for c in head.children if c.dep_ == "compound"] \
                if head.pos_ == "PROPN" else [head]
            before = [g for t in roles for g in t.children if g.dep_ in ("compound", "amod")
                      and g.text[:1].isupper() and g.i not in mentions]
            for node in nodes:
                place = self._place(node, state)
                if place is not None and place.country:
                    return [_as_context(replace(place, sector=sector), head, sector)]
            named = {c for _, c in state.named_states}
            for node in before:
                city = self._large_place(node)
                if city is not None and city.country in named:
                    return [Actor(text=head.text, country=city.country, sector=sector,
                                  kind="country", resolved_by="place", start=head.idx,
                                  end=head.idx + len(head.text))]
        reporter = self._reporter(head.head, mentions, state) \
            if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX") and \
            self.lex.has("own_institutions", head.lemma_.lower()) else None
        if reporter is not None and reporter.sector in ("GOV", "MIL", "COP") and \
                reporter.kind in ("country", "person"):  # "Lebanon's prime minister said
            return [_as_context(reporter, head, sector)]  # the army would deploy": Lebanon's
        country = state.country_at(head.idx)
        if not country:
            return []
        return [Actor(text=head.text, country=country, sector=sector, kind="country",
                      resolved_by="context", start=head.idx, end=head.idx + len(head.text))]

    def _spokesman_for(self, head: Token, mentions: dict[int, Mention],
                       state: ArticleState) -> list[Actor]:
        """One who speaks "for" a body the text names by its role alone ("a spokesman for
        its foreign ministry", "a spokeswoman for the ministry"): that body's state, its
        owner's or the context's."""
        for prep in head.children:
            node = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "for" else None
            sector = self.actors.role_sector(node) if node is not None else None
            if sector is None or any(t.i in mentions for t in node.subtree):
                continue
            owners = [c for c in node.children if c.dep_ == "poss"]
            if owners and owners[0].pos_ == "PRON":
                return [_as_context(a, head, sector)
                        for a in self._antecedent(owners[0], mentions, state)
                        if a.kind != "person"]
            if not owners and any(c.dep_ == "det" and c.lower_ == "the"
                                  for c in node.children):
                country = state.country_at(head.idx)
                if country:
                    return [Actor(text=head.text, country=country, sector=sector,
                                  kind="country", resolved_by="context", start=head.idx,
                                  end=head.idx + len(head.text))]
        return []

    def _led_by(self, head: Token, mentions: dict[int, Mention],
                state: ArticleState) -> list[Actor]:
        """ "A delegation led by Wang Yi visited …": the side of whoever leads the doer
        (``leading``); not of a leader of whom an act is done to."""
        if not _doer_position(head):
            return []
        for clause in head.children:
            if clause.dep_ != "acl" or not self.lex.has("leading", clause.lemma_.lower()):
                continue
            for agent in clause.children:
                node = _pobj(agent) if agent.dep_ == "agent" else None
                if node is not None:
                    return [_as_context(a, head, a.sector)
                            for a in self.actors_of(node, mentions, state)]
        return []

    def _issuers(self, head: Token, mentions: dict[int, Mention],
                 state: ArticleState) -> list[Actor]:
        """ "The statement", "the communique": whoever issued the last one before ("Ghana's
        foreign ministry issued a statement on Monday. The statement condemned …"); those a
        statement is by ("a statement by the foreign ministry", "a resolution drafted by
        Britain and France", "a letter signed by 40 senators")."""
        if self.lex.has("statement_nouns", head.lemma_.lower()):
            authors = _pobjs(head, ("by",))
            authors += [node for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"
                        for a in c.children if a.dep_ == "agent"
                        and (node := _pobj(a)) is not None]
            if authors:
                return [_as_context(a, head, a.sector) for node in authors
                        for a in self.actors_of(node, mentions, state)]
        if self.lex.has("statement_nouns", head.lemma_.lower()) and head.dep_ == "dobj" and \
                self.lex.has("issuing", head.head.lemma_.lower()):
            subject, passive = self.subject(head.head)  # "drafted the resolution, which
            if subject is None or passive:  # accuses Iran": its drafters
                return []
            return [_as_context(a, head, a.sector)
                    for a in self.actors_of(subject, mentions, state)]
        if not self.lex.has("statement_nouns", head.lemma_.lower()) or \
                not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                        for c in head.children) or \
                any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "from", "by")
                    for c in head.children):
            return []
        doc = head.doc
        for token in reversed(doc[max(0, head.sent.start - ISSUER_REACH):head.sent.start]):
            if token.dep_ == "dobj" and token.head.pos_ == "VERB" and \
                    self.lex.has("statement_nouns", token.lemma_.lower()):
                subject, passive = self.subject(token.head)
                if subject is None or passive:
                    return []
                return [_as_context(a, head, a.sector)
                        for a in self.actors_of(subject, mentions, state)]
        return []

    def _affiliated(self, head: Token, mentions: dict[int, Mention],
                    state: ArticleState) -> list[Actor]:
        """Fighters affiliated to an armed group act for it ("gunmen linked to al-Qaeda",
        "militants affiliated with the Islamic State"), and fighters loyal to a leader act
        for the leader's side ("fighters loyal to Machar"); a state they are linked to does
        not make them its own (``affiliation`` in modality.yaml)."""
        if self.actors.role_sector(head) not in ("REB", "MIL", "CRM"):
            return []
        for child in head.children:
            node = _pobj(child) if child.dep_ == "prep" and child.lower_ == "from" else None
            sector = self.actors.role_sector(node) if node is not None else None
            if node is not None and sector in ("REB", "CRM"):
                # "gunmen from the Kraze Baryè gang": the gang's, named, else a gang the text
                # names of the country it is about
                found = self.actors_of(node, mentions, state)
                home = state.country_at(head.idx)
                if not found and home and _doer_position(head) and any(
                        c.dep_ == "compound" and c.pos_ == "PROPN" for c in node.children):
                    found = [Actor(text=head.text, country=home, sector=sector,
                                   kind="country", resolved_by="context")]
                return [replace(a, text=head.text, start=head.idx,
                                end=head.idx + len(head.text)) for a in found]
            if child.dep_ in ("acl", "amod") and self.lex.has("affiliation",
                                                               child.lemma_.lower()):
                for prep in child.children:
                    node = _pobj(prep) if prep.dep_ == "prep" and \
                        prep.lower_ in ("to", "with") else None
                    if node is not None:
                        found = self.actors_of(node, mentions, state)
                        groups = [a for a in found if a.kind == "group"]
                        if groups:
                            return groups
                        # "fighters loyal to Machar": a leader's armed followers, the
                        # state's forces where the leader governs
                        return [replace(a, sector="MIL" if a.sector == "GOV" else "REB",
                                        text=head.text, start=head.idx,
                                        end=head.idx + len(head.text))
                                for a in found if a.kind == "person" and a.country][:1]
        return []

    def _title(self, name: Token) -> str | None:
        """The sector of a person's title of office ("Foreign Minister Ahmed Attaf",
        "Ahmed Attaf, the foreign minister"), or None: no title, or one anyone may hold
        ("spokesman", "official")."""
        given = [c for c in name.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                 and self.actors.role_sector(c) is None]
        if not given:  # a person's name has a given name: not "the Police Federation"
            return None
        appositions = [c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        for title in (*titles(name, self.actors), *appositions):
            sector = self.actors.role_sector(title)
            if sector is not None and (not self.lex.has("unanchored_roles",
                                                         title.lemma_.lower())
                                       or self.actors.role_sector(title, phrases_only=True)):
                return sector
        return None

    def _pair_named(self, head: Token, state: ArticleState) -> list[Actor]:
        """"the two countries", "both sides", "the two leaders": the two states the article
        has named most up to here, if two stand out, other than those its clause's subject
        names."""
        if not self.lex.has("pair_nouns", head.lemma_.lower()):
            return []
        words = {c.lower_ for c in head.children if c.dep_ in ("det", "predet", "nummod",
                                                                  "preconj")}
        between = "the" in words and head.tag_ == "NNS" and head.dep_ == "pobj" and \
            head.head.lower_ == "between"  # "offered to mediate between the neighbours"
        if not ("both" in words or "two" in words and "the" in words or between):
            return []
        doc = head.doc  # "Egypt and Qatar urged both sides": the sides are not the urgers
        speakers = {country for i, country in state.named_states
                    if head.sent.start <= i < head.i and _in_subject(doc[i])}
        at = state.named_roots
        paired = [(country, 0) for country in dict.fromkeys(a.country for a in state.last_pair)
                  if country not in speakers]
        if len(paired) == 2 and not any(head.sent.start <= i < head.i for i in at):
            # "Marcos met his Japanese counterpart … The two leaders agreed": the two the
            # last main act was between, where the sentence names no state before them
            ranked = paired
        else:
            ranked = self._pair_ranked(head, speakers, state)
        if len(ranked) < 2 or (len(ranked) == 3 and ranked[2][1] == ranked[1][1]):
            return []
        sector = self.actors.role_sector(head)
        sector = sector if sector not in (None, "PTY") else "GOV"
        return [Actor(text=head.text, country=country, sector=sector, kind="country",
                      resolved_by="context", start=head.idx, end=head.idx + len(head.text))
                for country, _ in ranked[:2]]

    def _of_pair(self, head: Token, state: ArticleState) -> list[Actor]:
        """A role "of both countries", "of the two sides": that role of each of the pair
        ("the national security advisers of both countries")."""
        sector = self.actors.role_sector(head)
        inner = next((_pobj(c) for c in head.children if c.dep_ == "prep" and c.lower_ == "of"),
                     None)
        if sector is None or inner is None:
            return []
        return [replace(a, text=head.text, sector=sector, start=head.idx,
                        end=head.idx + len(head.text)) for a in self._pair_named(inner, state)]

    def _named_together(self, head: Token, mentions: dict[int, Mention],
                        state: ArticleState) -> list[Actor]:
        """ "the three countries", "the European powers", "the three juntas": the states the
        article last named together ("Britain, France and Germany"), where their number or
        region fits (a count or a region word is needed; "the two countries" is a pair's)."""
        if head.tag_ != "NNS" or not (self.lex.has("pair_nouns", head.lemma_.lower()) or
                                      self.lex.has("ruling_bodies", head.lemma_.lower())) or \
                not any(c.dep_ == "det" and c.lower_ in ("the", "these", "all")
                        for c in head.children) or \
                any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                    for c in head.children):
            return []
        counts = [_NUMBERS.get(c.lower_) for c in head.children if c.dep_ == "nummod"]
        regions = [self.lex.region_continents.get(c.lower_) for c in head.children
                   if c.dep_ in ("amod", "compound") and c.lower_ in self.lex.region_continents]
        if not counts and not regions or None in counts:
            return []
        doc = head.doc  # a list of names joined by commas and "and" (its sentence may be
        # unparsed): the last such list before
        named = sorted({m for m in mentions.values() if m.entry.kind == "country"
                        and m.entry.country and m.end <= head.i}, key=lambda m: m.start)
        lists: list[list[str]] = []
        for previous, mention in zip([None, *named], named, strict=False):
            joined = previous is not None and lists and all(
                t.lower_ in (",", "and") for t in doc[previous.end:mention.start])
            if joined:
                lists[-1].append(mention.entry.country)
            else:
                lists.append([mention.entry.country])
        for names in reversed(lists):
            together = list(dict.fromkeys(names))
            if len(together) < 2:
                continue
            if counts and counts[0] != len(together) or regions and self.places is not None \
                    and any(self.places.continent(c) not in regions[0] for c in together):
                return []  # "the three powers" after two, "the Gulf states" after Europe's
            sector = self.actors.role_sector(head)
            sector = sector if sector not in (None, "PTY") else "GOV"
            return [Actor(text=head.text, country=country, sector=sector, kind="country",
                          resolved_by="context", start=head.idx,
                          end=head.idx + len(head.text)) for country in together]
        return []

    @staticmethod
    def _pair_ranked(head: Token, speakers: set[str],
                     state: ArticleState) -> list[tuple[str, int]]:
        """The last two states named together before ``head`` ("talks between Congo and
        Rwanda"), else the states named most up to it, with their counts."""
        at = state.named_roots
        for i, country in sorted(at.items(), reverse=True):
            if i >= head.i or country in speakers:
                continue
            others = [at[c.i] for c in head.doc[i].conjuncts
                      if c.i in at and at[c.i] != country and at[c.i] not in speakers]
            if others:
                return [(country, 0), (others[0], 0)]
        counts = Counter(country for i, country in state.named_states
                         if i < head.i and country not in speakers)
        return counts.most_common(3)

    @staticmethod
    def _role_named_before(head: Token, mentions: dict[int, Mention],
                           sector: str) -> Actor | None:
        """The country a definite role noun had when the article last named it with one
        ("Niger's military junta … France condemned the junta": Niger's; "the Presidency of
        South Africa"), read from the words around that earlier mention (earlier sentences
        may be unparsed), past mentions that name no country."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or \
                any(c.dep_ in ("poss", "amod", "compound") and c.i in mentions
                    for c in head.children):
            return None
        doc = head.doc
        for token in reversed(doc[:head.sent.start]):
            if token.lower_ != head.lower_:
                continue
            before = range(token.i - 1, max(token.sent.start, token.i - 4) - 1, -1)
            after = range(token.i + 2, min(token.sent.end, token.i + 5)) \
                if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of" else range(0)
            for ks in (before, after):  # "Niger's junta", "the Presidency of South Africa"
                for k in ks:
                    mention = mentions.get(k)
                    if doc[k].text in (".", ",", ";") or doc[k].pos_ == "VERB":
                        break
                    if mention is not None and mention.entry.kind == "country":
                        actor = mention.actor(doc, None, sector=sector, resolved_by="context")
                        return None if actor is None else replace(
                            actor, text=head.text, start=head.idx,
                            end=head.idx + len(head.text))
            # told bare there too ("supplying weapons to the army"): the time before
        return None

    def _named_before(self, head: Token, mentions: dict[int, Mention], state: ArticleState,
                      nouns: str, kind: str) -> list[Actor]:
        """"the group", "the militia": the armed group or movement named last before
        (``group_nouns``, kind "group"); "the bloc": the organisation (``bloc_nouns``, "igo")."""
        if not (self.lex.has(nouns, head.lemma_.lower()) or self.lex.has(nouns, head.lower_)) \
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these")
                           for c in head.children) or \
                any(c.i in mentions or c.dep_ == "poss" or
                    c.dep_ in ("amod", "compound") and c.text[:1].isupper()
                    for c in head.children):
            return []  # "the rebels" as listed, "the militia" by its lemma; not "the
            # Tuareg rebels", another group
        before = [m for m in set(mentions.values())
                  if m.entry.kind == kind and m.start < head.i and not patron(head.doc, m)]
        # "the al Qaeda-linked group": the group named before, not its patron
        sector = self.actors.role_sector(head) if kind == "group" else None
        if sector is not None:  # "the rebels": an armed group, not the mercenaries named last
            before = [m for m in before
                      if m.entry.on(state.article.published)[1] == sector]
        return _last_named(head, before, state)

    def _delegation_named(self, head: Token, mentions: dict[int, Mention],
                          state: ArticleState) -> list[Actor]:
        """ "the mission", "the delegation" (``delegations``): the one named last before with
        its sender, by the words alone ("an ECOWAS mission", "a Hamas delegation", "a
        delegation of the African Union"), so that sentences left unparsed give the same."""
        lemma = head.lemma_.lower()
        if not self.lex.has("delegations", lemma) or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children) \
                or any(c.dep_ in ("poss", "compound", "amod", "nmod", "prep")
                       for c in head.children):
            return []
        doc = head.doc
        forms = {lemma, f"{lemma}s"}
        before = []
        for mention in set(mentions.values()):
            if mention.end >= head.i or patron(doc, mention):
                continue
            after = doc[mention.end:mention.end + 1]
            if after and after[0].lower_ in forms:  # "an ECOWAS mission"
                before.append((mention.end, mention))
            lead = doc[max(0, mention.start - 3):mention.start]  # "a delegation of the AU"
            words = [t.lower_ for t in lead]
            for k in range(len(words) - 1):
                if words[k] in forms and words[k + 1] in ("of", "from") and \
                        all(w == "the" for w in words[k + 2:]):
                    before.append((lead[k].i, mention))
        if not before:
            return []
        _, last = max(before, key=lambda item: item[0])
        actor = last.actor(doc, state.article.published, resolved_by="context")
        return [] if actor is None else [replace(actor, text=head.text, start=head.idx,
                                                 end=head.idx + len(head.text))]

    def _other_side(self, head: Token, mentions: dict[int, Mention],
                    state: ArticleState) -> list[Actor]:
        """ "its neighbour", "its rival": the one other state its sentence names before it
        ("severed ties with Morocco, accusing its neighbour"), else the other of the pair
        that last acted together with its owner; never one of several ("its allies")."""
        owners = [c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "his",
                                                                                 "her")]
        if not owners or head.tag_ != "NN" or not self.lex.has("other_sides",
                                                                head.lemma_.lower()):
            return []
        own = {a.country for a in self._antecedent(owners[0], mentions, state)}
        if not own:
            return []
        others = {m.entry.country for m in mentions.values()
                  if m.entry.kind == "country" and m.entry.country not in own
                  and head.sent.start <= m.start < head.i}
        if not others and own & {a.country for a in state.last_pair}:
            others = {a.country for a in state.last_pair} - own
        if len(others) != 1:
            return []
        return [Actor(text=head.text, country=others.pop(), sector="GOV", kind="country",
                      resolved_by="context", start=head.idx, end=head.idx + len(head.text))]

    def _statement_before(self, noun: Token) -> Token:
        """The text a participle parsed on an adjunct's common noun continues ("issued a
        statement at the summit condemning X", "submitted a resolution to the board accusing
        Y": the statement, the resolution); else the noun itself."""
        prep = noun.head
        if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or prep.dep_ not in ("prep", "dative") \
                or prep.head.pos_ != "VERB" or self.actors.role_sector(noun) is not None:
            return noun
        return next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i and
                     self.lex.has("statement_nouns", c.lemma_.lower())), noun)

    def _named_again(self, head: Token) -> bool:
        """Whether a noun may name again a body named before ("the agency", "the bloc", "the
        Gulf nation"): a party, not an instrument, after "with"."""
        return any(self.lex.has(nouns, head.lemma_.lower())
                   for nouns in ("organisation_words", "bloc_nouns", "state_nouns")) and \
            any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)

    def _organisation_named(self, head: Token, mentions: dict[int, Mention],
                            state: ArticleState) -> list[Actor]:
        """ "the court", "the agency": the organisation named last before whose name that
        word is in ("the International Criminal Court … cooperate with the court"), and no
        other (``organisation_words``)."""
        word = head.lemma_.lower()
        if not self.lex.has("organisation_words", word) or \
                not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                        for c in head.children) or \
                any(c.i in mentions or c.dep_ == "poss" or
                    c.dep_ in ("amod", "compound") and c.text[:1].isupper()
                    for c in head.children):
            return []  # not "a court", "the Supreme Court", "Tehran's court"
        return _last_named(head, [m for m in set(mentions.values()) if m.entry.kind == "igo"
                                  and m.start < head.i and word in m.entry.name.lower().split()],
                           state)

    def _reflexive(self, head: Token) -> bool:
        """Whether a phrase with a possessive pronoun is the object of its own clause's
        doer: "Sudan closed its embassy" (its own; not a target)."""
        if _doer_position(head):
            return False
        verb = head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subject, passive = self.subject(verb) if verb.pos_ in ("VERB", "AUX") else (None, False)
        return subject is not None and not passive

    def _state_described(self, head: Token, mentions: dict[int, Mention],
                         state: ArticleState) -> list[Actor]:
        """"the Gulf nation", "the Central American country": the state named last before,
        other than the one whose clause it is ("Brazil froze relations with the Central
        American country")."""
        if not self.lex.has("state_nouns", head.lemma_.lower()) or \
                not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                        for c in head.children) or \
                any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                    for c in head.children):
            return []
        own: set[str | None] = set()
        verb = head
        while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX"):
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX") and not _doer_position(head):
            subject, _ = self.subject(verb)
            if subject is not None:
                own = {a.country for t in _expand(subject)
                       if (a := resolve(t, mentions, self.actors, state.article.published,
                                        state.people)) is not None}
        continents: set[str] = set()  # "the Central American country": one in the Americas
        for word in head.lefts:
            continents |= self.lex.region_continents.get(word.lower_, frozenset())
        styled = self._state_style(head)  # "the kingdom": a state named a kingdom
        people = {(m.start, m.entry.country) for m in mentions.values()
                  if m.entry.kind == "person" and m.entry.country}  # "feted Sogavare and
        # promised aid to the island nation": his
        for i, country in sorted({*state.named_states, *people}, reverse=True):
            if continents and self.places is not None and \
                    self.places.continent(country) not in continents:
                continue
            if styled and country not in styled:
                continue
            if i < head.i and country not in own:
                return [Actor(text=head.text, country=country, sector="GOV", kind="country",
                              resolved_by="context", start=head.idx,
                              end=head.idx + len(head.text))]
        return []

    def _ready_for(self, noun: Token) -> Token | None:
        """Who is said to be ready for an act (``readiness``: "Islamabad was ready for open
        war with Afghanistan", "is prepared for war with Guyana"): the subject of the clause,
        or None."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "for" or \
                not self.lex.has("readiness", prep.head.lower_):
            return None
        word = prep.head
        if word.pos_ == "VERB" and word.dep_ != "acomp":  # "his forces were prepared for
            # war": who was prepared
            return next((c for c in word.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        verb = word.head if word.dep_ in ("acomp", "amod") else word
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subject, passive = self.subject(verb)
        return subject if not passive else None

    def _state_style(self, head: Token) -> frozenset[str]:
        """The states whose names hold the words of a state noun (``styled_states``: "the
        kingdom", those named a kingdom; "the sultanate", Oman), with its modifiers where a
        name holds them too; none for a noun every state is ("the country")."""
        if not self.lex.has("styled_states", head.lemma_.lower()):
            return frozenset()
        mods = " ".join(c.lower_ for c in head.lefts if c.dep_ in ("amod", "compound"))
        for words in dict.fromkeys((f"{mods} {head.lemma_}".strip(), head.lemma_)):
            styled = self.actors.styled(words)
            if styled:
                return styled
        return frozenset()

    def _antecedent(self, pronoun: Token, mentions: dict[int, Mention],
                    state: ArticleState) -> list[Actor]:
        """What a pronoun stands for: the named subject of the clause that embeds it ("Mali
        announced it would cut ties"), else the last named subject before it."""
        word = pronoun.lower_
        if word in _FIRST_PERSON:  # "we condemn", inside a quotation: its speaker
            known = [speaker for start, end, speaker in state.speakers
                     if start <= pronoun.idx < end][:1]
            return known or self._unattributed_speaker(pronoun, mentions, state)
        if word not in _PERSONAL and word not in _IMPERSONAL:
            return []
        node = pronoun.head
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head  # "its troops had killed": from the phrase to its verb
        own = node
        # an object of a clause that shares its subject with the one it hangs on ("expelled
        # two diplomats, accusing them of spying"): not that subject (it would be "themselves")
        # but what that clause acts on
        shared = pronoun.dep_ in _OBJECTS and word in _OBJECT_FORMS and \
            (own.dep_ in ("xcomp", "conj", "advcl") or
             own.dep_ == "acl" and own.tag_ == "VBG" and own.head.dep_ == "dobj" and
             any(c.dep_ in ("prep", "dative") and c.lower_ == "to"
                 for c in own.head.head.children)) and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in own.children)
        # ("sent a message to Israel urging it to …": the message's, the sender's act)
        # the possessor of a clause's object is its subject ("Trump defended his decision",
        # "Mali announced its withdrawal"); not of what a preposition adds ("condemned Russia
        # for its invasion": Russia's)
        if pronoun.dep_ == "poss" and pronoun.head.dep_ == "dobj" and pronoun.head.head.i == own.i:
            found = [a for c in own.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
                     and c.i < pronoun.i for a in self._as_pronoun(word, c, mentions, state)]
            if found:
                return found
        for _ in range(4):
            if node.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "relcl") and \
                    not (node.dep_ == "acl" and node is own) or node.head.i == node.i:
                break
            node = node.head
            while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
                node = node.head  # "ordered raids on groups he described as …": the orderer;
                # "rejected the report accusing it of …": the rejecter
            if shared:  # what it acts on: its object, or whom it is "on" or "against"
                # ("imposed sanctions on X, accusing him of …": X)
                objects = [c for c in node.children if c.dep_ in ("dobj", "dative")]
                objects += [p for h in (node, *objects) for c in h.children
                            if c.dep_ == "prep" and c.lower_ in ("on", "against", "upon")
                            and (p := _pobj(c)) is not None]
                found = [a for c in objects for a in self.actors_of(c, mentions, state)
                         if not (c.dep_ == "dobj" and a.resolved_by == "context" and
                                 self.lex.has("statement_nouns", c.lemma_.lower()))]
                # (not "a letter")
                sent = any(self.lex.has("statement_nouns", c.lemma_.lower())
                           for c in objects if c.dep_ == "dobj")
                return found or [  # "sent a letter to the court asking it to rule": whom
                    a for c in node.children if sent and  # it was sent to
                    c.dep_ in ("prep", "dative") and c.lower_ == "to" and
                    (p := _pobj(c)) is not None for a in self.actors_of(p, mentions, state)]
            for child in node.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ != "PRON" \
                        and child.i < pronoun.i:
                    # the clause's own subject or nobody ("the rebels said they killed"); a
                    # sufferer the text does not name, or a count, is passed over ("said 26
                    # civilians were killed and 46 wounded, and that its forces …": the sayer's)
                    found = self._as_pronoun(word, child, mentions, state)
                    if child.dep_ == "nsubjpass" and all(a.resolved_by == "context"
                                                         for a in found):
                        continue
                    if found or child.pos_ != "NUM" and not (
                            word in ("it", "its") and child.tag_ == "NNS" and
                            child.i not in mentions):
                        return found
        if word in ("they", "them", "their") and len(state.last_pair) == 2:
            return list(state.last_pair)  # "X met Y. They agreed …": the two of them
        last, earlier = (state.last_person, state.earlier_person) if word in _PERSONAL else \
            (state.last_body, state.earlier_body)
        # not what its own clause names ("Mali said Algeria had downed a drone. It accused
        # Algiers …"): a pronoun would be "itself" there
        arguments = [mentions[t.i].entry for c in own.children if c.dep_ in _ARGUMENTS
                     for t in c.subtree if t.i in mentions and not (
                         mentions[t.i].entry.capital and t.dep_ == "pobj" and
                         t.head.lower_ in ("in", "at"))]  # (not where: "its envoy in Minsk")
        if word in _PERSONAL and last and all(a.name for a in last):
            # a person by name: "She accused the Marcos administration" may be of its
            # state; only she herself named there is not her
            people = {e.name for e in arguments if e.kind == "person"}
            if {a.name for a in last} <= people:
                return [a for a in earlier if a.name not in people]
            return list(last)
        named = {e.country for e in arguments}
        if last and _countries(last) <= named and \
                not _address_own_officials(last, arguments, state.article.published):
            return [a for a in earlier if a.country not in named]
        return list(last)

    def _as_pronoun(self, word: str, subject: Token, mentions: dict[int, Mention],
                    state: ArticleState) -> list[Actor]:
        """The actors of a subject a pronoun may stand for: a person or a personal role for
        "he" or "her" ("Mexico's president said her government"), a body for "it" or "its",
        anyone for "they" ("Armenian and Azerbaijani officials said they had agreed")."""
        found = self.actors_of(subject, mentions, state)
        personal = self.lex.has("personal_roles", subject.lemma_.lower()) or \
            subject.pos_ == "PROPN" and subject.i not in mentions and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" and
                self.lex.has("personal_roles", c.lemma_.lower()) for c in subject.children)
        # "Pakistan's President Pervez Musharraf": a name with its title, a person the
        # dictionary may not know
        if word in _PERSONAL:
            return [a for a in found if a.kind == "person" or personal]
        if word in ("it", "its"):
            if subject.tag_ == "NNS" and subject.i not in mentions:
                return []  # "Chinese vessels harassed its fishermen": not theirs (but
                # "ECOWAS", tagged as a plural, is one body)
            return [a for a in found if a.kind != "person" and not personal]
        return found

    def _anaphor(self, head: Token, state: ArticleState) -> Actor | None:
        """ "the decision", "this move": the actor of the last main-clause event."""
        lemma = head.lemma_.lower()
        event_noun = self.verbs.match_noun(head)
        # "the launch" after a missile launch is that launch: a noun that is an event only
        # with its modifiers is, told again alone, one of that event's kind, if it has one
        kind = self._only_kind(lemma) if event_noun is None and \
            lemma not in ANAPHORIC_NOUNS else None
        if kind is None and event_noun is None and self.lex.has("violent_harms", lemma) and \
                head.dep_ == "dobj" and (said := self.verbs.match_verb(head.head)) is not None \
                and self.cameo.get(said.code).plover_type in REACTIONS:
            kind = "ASSAULT"  # "condemned the violence": the violence told before
        if lemma not in ANAPHORIC_NOUNS and event_noun is None and kind is None:
            return None
        dets = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
        if not dets & {"the", "this", "that", "these", "those", "its", "their"}:
            return None
        if any(c.dep_ in ("prep", "amod", "compound", "poss") and c.i in state.mention_tokens
               for c in head.children):
            return None  # "the Russian strikes" names its own actor
        if any(c.dep_ == "amod" and self.lex.has("foreign", c.lower_) for c in head.children):
            return None  # "the Western move": a collective's, named by no one
        if lemma in ANAPHORIC_NOUNS:
            actor = state.anaphors.get(lemma) or state.antecedent
        else:  # "condemned the strikes": the source of the last event of that type
            if event_noun is not None:
                kind = self.cameo.get(event_noun.code).plover_type
            # the strikes told by their own word ("Azerbaijan struck …; Armenia said it had
            # shot down five drones … described the strikes as"), else the last of the kind
            actor = state.last_by_word.get(lemma) if event_noun is not None else None
            actor = actor or state.last_by_type.get(kind or "")
            if actor is not None and kind:
                state.anaphor_kinds[head.idx] = kind
        if actor is None:
            return None
        state.anaphors.setdefault(lemma, actor)
        return Actor(text=head.text, country=actor.country, sector=actor.sector,
                     name=actor.name, kind=actor.kind, group=actor.group, resolved_by="anaphora",
                     start=head.idx, end=head.idx + len(head.text))

    def _only_kind(self, lemma: str) -> str | None:
        """The PLOVER type of all of a noun's patterns, where they share one (none of them a
        null pattern)."""
        kinds = {None if p.code == NULL_CODE else self.cameo.get(p.code).plover_type
                 for p in self.verbs.nouns.get(lemma, ())}
        return kinds.pop() if len(kinds) == 1 else None

    # ------------------------------------------------------------------ output
    def _forces_act_named(self, sent: Span, target: Actor) -> bool:
        """Whether a state named alone is named as the doer of a military act the sentence
        reacts to ("condemned US air strikes", "if Israeli attacks continue"): its forces."""
        if target.kind != "country" or target.sector not in (None, "GOV") or \
                target.resolved_by != "dictionary" or target.start is None:
            return False
        token = next((t for t in sent if t.idx == target.start), None)
        if token is None or token.dep_ not in ("amod", "compound", "nmod", "poss"):
            return False
        head = token.head
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head  # "US air strikes": "US" → "air" → "strikes"
        named = self.verbs.match_noun(head)
        return named is not None and self.cameo.get(named.code).plover_type in MILITARY

    def _event(self, sent: Span, index: int, trigger: Token, pattern: Pattern, role: _Role,
               source: Actor, target: Actor | None, state: ArticleState) -> Event:
        article = state.article
        info = self.cameo.get(role.code)
        if self.codebook:  # the codebook's sectors: gangs and cartels are armed groups
            source, target = (_codebook_sector(a) for a in (source, target))
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
        if self.codebook and info.plover_type in MILITARY and source.kind == "country" \
                and source.resolved_by == "dictionary" and source.sector in (None, "GOV"):
            source = replace(source, sector="MIL")  # "Israel launched strikes": its forces
        if self.codebook and target is not None and self._forces_act_named(sent, target):
            target = replace(target, sector="MIL")  # "condemned US air strikes": its forces
        event_id = model.stable_id(article.id, start, end, source.country, source.sector,
                                   role.code, target.country if target else None)
        return Event(
            id=event_id, article_id=article.id, sentence=index, evidence=evidence,
            trigger=trig, source=source, target=target, plover_type=info.plover_type,
            plover_mode=info.plover_mode, cameo_code=role.code, cameo_name=info.name,
            goldstein=info.goldstein, quad_class=info.quad_class, modality=role.modality,
            date=when, pattern=pattern.where, coder_version=CODER_VERSION,
            dictionary_version=self.dictionary_version,
            signals=_reading(sent, trigger, pattern, source, target, state),
        )


# ---------------------------------------------------------------------- helpers

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
#: determiners that point back to something the article said ("these allegations")
_BACK_REFERENCE = frozenset({"the", "these", "those", "this", "that", "such"})
#: proposal nouns that name a demand (made by REQUEST), the others an offer (by AGREE)
_DEMAND_NOUNS = frozenset({"demand", "request", "appeal", "plea", "ultimatum"})
#: targets of the source's own country by rule: domestic acts ("police arrested protesters",
#: "the army bombed villages in Sagaing")
_DOMESTIC = frozenset({"domestic", "place"})
#: prepositions that name whose a group is ("militants from Mali", "members of the ELN"),
#: unlike a place it acts in ("protesters in Nairobi")
_OWNER_PREPS = frozenset({"of", "from"})
#: prepositions that name whom a measure is aimed at ("a censure resolution against Iran",
#: "a sanctions bill on Russia", "an aid package for Ukraine")
_MEASURE_PREPS = frozenset({"against", "on", "for", "targeting"})
#: those that name whom it works against
_AIMED_PREPS = frozenset({"against", "targeting"})


def _reciprocal(verb: Token) -> bool:
    """Whether a verb's object is "each other" or "one another" ("the army and the RSF
    accused each other"): its conjoined subjects act on each other."""
    for child in verb.children:
        if child.dep_ in ("dobj", "prep"):
            words = " ".join(t.lower_ for t in child.subtree)
            if "each other" in words or "one another" in words:
                return True
    return False


#: counts of states named together ("the three countries")
_NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6, "3": 3, "4": 4, "5": 5, "6": 6}
_PERSONAL = frozenset({"he", "she", "him", "his", "her"})
_FIRST_PERSON = frozenset({"we", "i", "us", "our", "my", "me"})
#: the pronouns of people (not of a state, "it") saying what they would do
_PEOPLE_SPEAKING = frozenset({"he", "she", "they", "we", "i"})
_IMPERSONAL = frozenset({"it", "its", "they", "them", "their"})
_OBJECT_FORMS = frozenset({"him", "her", "them", "it"})
_OBJECTS = frozenset({"dobj", "dative", "pobj"})


def _none_of(noun: Token) -> bool:
    """Whether a noun says there is none of it: "no plans", "nothing"."""
    return noun.lower_ in ("nothing", "none") or any(
        c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _line_of(path: Any, key: str) -> str:
    """``file:line`` of the line that starts with ``key`` in a data file (for citations)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith(key):
            return f"{path.name}:{number}"
    return path.name


def _reading(sent: Span, trigger: Token, pattern: Pattern, source: Actor,
             target: Actor | None, state: ArticleState) -> tuple[str, ...]:
    """What the coder knows of how it read an event (``confidence.SIGNALS``; the signals of
    its actors, modality and type are added from the event itself)."""
    out = []
    if pattern.kind == "noun":
        out.append("noun")
    if pattern.specificity:
        out.append("specific")
    if any(start <= trigger.idx < end for start, end in state.quoted):
        out.append("quoted")
    for role, actor in (("source", source), ("target", target)):
        if actor is not None and not (actor.start is not None
                                      and sent.start_char <= actor.start < sent.end_char):
            out.append(f"{role}:far")
    return tuple(out)


def _main_country(doc: Doc, mentions: dict[int, Mention], lead_end: int) -> str | None:
    """The country an article is about: the first named in the subject of a clause of its
    headline and lead ("Mali's junta expelled the French ambassador": Mali, however often
    France is named), else the one most named, names in the headline and lead counting
    double."""
    counts: Counter[str] = Counter()  # ties: the first named
    for mention in sorted(set(mentions.values()), key=lambda m: m.start):
        entry = mention.entry
        if entry.kind == "country" and entry.country and not entry.roles:
            token = doc[mention.start]
            if token.idx < lead_end and _in_subject(token):
                return entry.country
            counts[entry.country] += 2 if token.idx < lead_end else 1
    if not counts:
        return None
    return counts.most_common(1)[0][0]


def _in_subject(token: Token) -> bool:
    """Whether a token is part of a clause's subject."""
    for _ in range(6):
        if token.dep_ in ("nsubj", "nsubjpass"):
            return True
        if token.pos_ in ("VERB", "AUX"):
            return False
        if token.head.i == token.i:  # a sentence parsed as a phrase: its noun is the subject
            return any(_predicate_as_modifier(c) for c in token.children)
        token = token.head
    return False


def _predicate_as_modifier(verb: Token) -> bool:
    """Whether a verb the parser hung on a noun is that noun's predicate: one in the past
    tense after a comma that closes the noun's relative clause or apposition ("Venezuela,
    which has hosted the talks, called on both parties"), the sentence having no verb of its
    own."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and head.dep_ == "ROOT" and \
        head.pos_ in ("NOUN", "PROPN") and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and any(c.dep_ in ("relcl", "appos") and c.i < verb.i for c in head.children)


def _counted_noun(noun: Token, counts: frozenset[str]) -> Token:
    """What a noun of ``counts`` counts ("hundreds of protesters", "a series of drones": the
    protesters, the drones), else the noun."""
    if noun.lemma_.lower() not in counts:
        return noun
    return next(iter(_pobjs(noun, ("of",))), noun)


def _pobjs(token: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of a token's prepositions among ``preps`` ("talks *with X*")."""
    return [node for c in token.children if c.dep_ == "prep" and c.lower_ in preps
            and (node := _pobj(c)) is not None]


def _address_own_officials(actors: list[Actor], named: list[Entry],
                           when: date | None) -> bool:
    """Whether protesters, an opposition or rebels ("they") act on officials of their own
    state that a clause names ("They accused President William Ruto of …"): named are
    dictionary entries, other states' or their own state's officials (a person of its
    government, forces or police)."""
    return all(a.sector in ("CVL", "OPP", "REB", "NGO") and all(
        e.country != a.country or e.kind == "person" and e.on(when)[1] in ("GOV", "MIL", "COP")
        for e in named) for a in actors)


def _condition_subjects(node: Token) -> list[Token]:
    """The subjects of the "if" or "unless" clauses on a word: whose act is the condition."""
    return [g for c in node.children if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
            for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]


def _misparsed_opening_subject(verb: Token) -> Token | None:
    """A name opening the sentence right before a finite verb that has no subject, parsed as
    an adverbial ("Nauru switched …", "Nauru expelled …": npadvmod or advmod): the subject;
    not a date ("Monday")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    sent = verb.sent
    for child in verb.children:
        if child.dep_ in ("npadvmod", "advmod") and child.pos_ == "PROPN" and \
                child.left_edge.i == sent.start and child.right_edge.i == verb.i - 1 and \
                child.ent_type_ not in ("DATE", "TIME"):
            return child
    return None


def _subject_after_opening(verb: Token) -> Token | None:
    """The noun phrase between a sentence's opening prepositional phrase and its finite verb,
    parsed inside that phrase ("After talks in Ankara, Turkey and Iraq signed …", the names a
    conjunct of "Ankara", "talks" taken for the subject): the subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or \
            any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    sent = verb.sent
    first = sent[0]
    if first.dep_ != "prep" or first.head != verb:
        return None
    comma = max((t.i for t in sent if t.text == "," and t.i < verb.i), default=None)
    if comma is None:
        return None
    span = verb.doc[comma + 1:verb.i]
    roots = [t for t in span if not comma < t.head.i < verb.i]
    if len(roots) != 1 or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    root = roots[0]
    if root.pos_ not in ("PROPN", "NOUN") or not first.i <= root.head.i < comma:
        return None  # parsed as the subject already, or not inside the opening phrase
    return root


def _headline_partner(subject: Token | None) -> Token | None:
    """The name a headline joins to its subject with a comma, that opens the sentence
    ("Japan, Philippines sign troop pact", the first name parsed as a stray dependent of
    the verb): a second doer, or None."""
    if subject is None or subject.dep_ != "nsubj" or subject.i < 2:
        return None
    doc = subject.doc
    first, comma = doc[subject.sent.start], doc[subject.i - 1]
    if comma.text != "," or first.i + 2 != subject.i and not (
            first.i + 3 == subject.i and first.dep_ == "compound" and
            first.head.i == first.i + 1):  # "South Korea, Japan sign …"
        return None
    name = doc[comma.i - 1]
    return name if name.pos_ == "PROPN" and \
        name.dep_ in ("dep", "nsubj", "npadvmod", "advcl") and \
        name.head.i == subject.head.i else None  # ("Modi, Xi meet …": "Modi" an advcl)


def _named_on_modifier(child: Token, noun: Token, mentions: dict[int, Mention]) -> Token | None:
    """The name on the word right before an event noun that modifies it ("Russian" in
    "Russian missile strikes", parsed on "missile"): the doer's, or None."""
    if child.dep_ != "compound" or child.pos_ != "NOUN" or child.i != noun.i - 1 or \
            child.i in mentions:
        return None
    return next((g for g in child.children if g.dep_ in ("amod", "compound")
                 and g.i in mentions), None)


def _object_clause_verb(clause: Token, preps: tuple[str, ...]) -> Token | None:
    """The verb whose object a gerund tells the act of, through one of ``preps`` ("accused X
    of arming", with "of arming" on the verb or on X), or None."""
    prep = clause.head
    if clause.dep_ != "pcomp" or prep.lower_ not in preps:
        return None
    verb = prep.head
    if verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN", "PRON"):
        verb = verb.head
    return verb if verb.pos_ == "VERB" else None


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause a token is in."""
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
    return None


#: numbers as nouns ("hundreds of protesters", "tens of thousands of students")
_NUMBER_NOUNS = frozenset({"ten", "hundred", "thousand", "million", "score", "dozen"})
_QUANTITY_NOUNS = frozenset({"set", "series", "wave", "round", "barrage", "string", "spate",
                             "number", "dozen", "hundred", "volley", "salvo", "flurry",
                             "package"})


def _counted(noun: Token) -> Token:
    """The phrase a counted noun stands in: "sets" for "three sets of air strikes"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.lemma_.lower() in _QUANTITY_NOUNS:
        return noun.head.head
    return noun


def _headline_passive(verb: Token) -> bool:
    """A past participle heading its clause with a subject and no auxiliary: headline
    grammar for the passive ("Palestinian killed in settler attack"); not with a direct
    object, which a passive cannot have ("The Security Council condemned on Friday the
    attack", where the tagger took the verb for a participle)."""
    return verb.tag_ == "VBN" and verb.dep_ == "ROOT" and \
        any(c.dep_ == "nsubj" for c in verb.children) and \
        not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children) and \
        verb.lemma_.lower() not in NEVER_SUFFERED and \
        not (any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) and
             any(c.dep_ == "prep" and c.lower_ in ("at", "against") for c in verb.children))
    # not "Thousands protested" (past tense) nor "Orban hit out at Brussels" (out at someone)


def _headline_past(verb: Token) -> bool:
    """A verb tagged past tense heading a headline with a subject, no object and no
    auxiliary: headlines tell acts in the present ("Finland closes border"), so a bare past
    form there is a participle ("Besigye abducted in Kenya")."""
    if verb.tag_ != "VBD" or verb.dep_ != "ROOT" or \
            not any(c.dep_ == "nsubj" for c in verb.children) or \
            any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp", "prt", "dative")
                for c in verb.children):
        return False
    return _headline_line(verb.sent)


def _former(head: Token) -> bool:
    """Whether a role is one held before ("a former Chinese diplomat", "an ex-minister")."""
    return any(c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in head.children)


def _headline_line(sent: Span) -> bool:
    """Whether a sentence is a line of its own with no final stop: a headline."""
    words = [t for t in sent if not t.is_space]
    doc = sent.doc
    return bool(words) and words[-1].text not in (".", "!", "?", '"', "”", "’", "'") and (
        words[-1].i + 1 == len(doc) or "\n" in words[-1].whitespace_ or
        doc[words[-1].i + 1].is_space and "\n" in doc[words[-1].i + 1].text)


def _codebook_sector(actor: Actor | None) -> Actor | None:
    """The codebook's sector of an actor: it has no sector of criminals, a gang or a cartel
    being an armed group (REB); the dictionary keeps CAMEO's CRM for other uses."""
    return replace(actor, sector="REB") if actor is not None and actor.sector == "CRM" \
        else actor


def _subjunctive(verb: Token) -> bool:
    """Whether a "that" clause's verb is a subjunctive, an act asked for rather than told
    ("… that Israel ease restrictions", "that Rwanda withdraw its troops"): a bare verb with
    a subject and no auxiliary, or a plural form with a singular noun subject."""
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) or \
            any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and (verb.tag_ == "VB" or
                               verb.tag_ == "VBP" and subjects[0].tag_ in ("NN", "NNP"))


def _event_keys(event: Event, trigger: Token) -> set[tuple[Any, ...]]:
    """What makes two events of one sentence the same: one dyad and code with one evidence
    span ("launched drone strikes on Kyiv": the verb and the noun) or one trigger (a report
    of wrongdoing and the wrongdoing's own pattern can both give "said X had violated …");
    an event noun and the verb it is the subject of are one trigger ("a Russian attack on
    Odesa killed five"), and so are a verb and the participle that tells its outcome ("opened
    fire on protesters, killing two")."""
    dyad = (event.source.country, event.cameo_code,
            event.target.country if event.target else None)
    keys = {("span", event.evidence.start, event.evidence.end, *dyad),
            ("trigger", event.trigger.start, *dyad)}
    if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.pos_ in ("NOUN", "PROPN") or \
            trigger.dep_ == "advcl" and trigger.tag_ == "VBG":  # "opened fire, killing one"
        keys.add(("trigger", trigger.head.idx, *dyad))
    return keys


def _doer_position(token: Token) -> bool:
    """Whether a phrase is a subject, a passive agent or a possessor: a bare role noun there
    ("the army said", "police arrested") is of the article's country, and so are those a
    clause says it happened "between" ("clashes erupted between riot police and
    protesters"; not the talks "between the junta and its opponents" another hosts); as an
    object ("killed civilians") it is left to the rules for targets."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and \
            token.head.head.lower_ in COUNTS:  # "members of the gang killed …", "hundreds
        return _doer_position(token.head.head)  # of soldiers crossed …"
    if token.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    return token.dep_ == "pobj" and (token.head.lower_ == "by" or token.head.lower_ ==
                                     "between" and token.head.head.pos_ == "VERB")


def _purpose_objects(clauses: Iterable[Token], deps: tuple[str, ...], *,
                     nested: bool = False) -> Iterator[Token]:
    """The direct objects of the infinitival purpose clauses among ``clauses`` ("a warrant
    to arrest the president", "to help rebuild Ukraine's grid" with ``nested``: and of the
    infinitives they govern)."""
    for clause in clauses:
        if clause.dep_ not in deps or \
                not any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children):
            continue
        verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp")] if nested \
            else [clause]
        yield from (c for v in verbs for c in v.children if c.dep_ == "dobj")


def _as_context(actor: Actor, token: Token, sector: str | None) -> Actor:
    return replace(actor, text=token.text, sector=sector, resolved_by="context",
                   start=token.idx, end=token.idx + len(token.text))


def _pobj(prep: Token) -> Token | None:
    for child in prep.children:
        if child.dep_ in ("pobj", "pcomp"):
            return child
    return None


def _claim_apposed(clause: Token, verb: Token, lex: Lexicon) -> bool:
    """Whether a clause before a comma is the claim a noun after it sums up, the parse
    making the clause a complement of the verb of the noun's relative clause ("X has accused
    Y of …, a charge Z denied": "charge" and "Z" both subjects of "denied")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if clause.i < verb.i and len(subjects) < 2 and _claim_noun_before(verb, lex) is not None:
        return True  # "…, an allegation Abu Dhabi denies", "…, a charge Kigali has denied",
        # the name parsed as apposed to the accused or to the charge
    return clause.i < verb.i and len(subjects) == 2 and \
        lex.has("accusation_nouns", subjects[0].lemma_.lower()) and \
        subjects[0].i > clause.i and subjects[1].pos_ == "PROPN" and \
        any(t.lower_ == "," for t in clause.doc[clause.i:subjects[0].i])


def _claim_noun_before(verb: Token, lex: Lexicon) -> Token | None:
    """The name of who answers a claim in "…, a charge Cairo denies", "…, an allegation Abu
    Dhabi has rejected": the words between the last comma and the verb are a determiner, a
    noun of accusation and a name (adverbs and auxiliaries aside); the name's last word."""
    doc = verb.doc
    comma = next((i for i in range(verb.i - 1, verb.sent.start - 1, -1)
                  if doc[i].lower_ == ","), None)
    if comma is None or verb.i - comma < 4:
        return None
    words = [t for t in doc[comma + 1:verb.i] if t.pos_ not in ("ADV", "AUX", "PART")]
    if len(words) < 3 or words[0].lower_ not in ("a", "an", "the") or \
            not lex.has("accusation_nouns", words[1].lemma_.lower()) or \
            not all(t.pos_ == "PROPN" for t in words[2:]):
        return None
    return words[-1]


def _by_on_theme(theme: Token) -> list[Token]:
    """The doer an event noun's "of" object carries ("the expulsion of Russian diplomats by
    Norway", "the arrest of a French national by Algerian police": the "by" parsed on the
    object rather than on the event noun)."""
    return _pobjs(theme, ("by",)) if theme.dep_ == "pobj" and theme.head.lower_ == "of" \
        else []


def _verb_phrases(verb: Token) -> set[str]:
    """A verb's lemma alone and with its particle, object or prepositional phrase, as the
    lexicon writes phrases ("call off", "take effect", "come into force")."""
    lemma = verb.lemma_.lower()
    return {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("dobj", "prt")),
            *(f"{lemma} {c.lower_} {g.lower_}" for c in verb.children if c.dep_ == "prep"
              for g in c.children if g.dep_ == "pobj")}


def _right_reserved(verb: Token) -> bool:
    """Whether a verb is the infinitive of a right reserved ("reserved the right to
    respond")."""
    right = verb.head
    return verb.dep_ == "acl" and right.lemma_.lower() == "right" and \
        right.dep_ == "dobj" and right.head.lemma_.lower() == "reserve"


def _named_owner(child: Token, mentions: dict[int, Mention]) -> bool:
    """Whether a possessor is a phrase that names an actor ("the Kenyan president's")."""
    return child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN") and \
        any(t.i in mentions for t in child.subtree)


def _listed_before(token: Token, mentions: dict[int, Mention]) -> list[Token]:
    """A headline's list of subjects: "Armenia, Azerbaijan agree …" is parsed with the first
    name as a modifier of the second or of the verb."""
    if token.dep_ != "nsubj" or token.i < 2 or token.doc[token.i - 1].text != ",":
        return []
    first = token.doc[token.i - 2]
    if first.i in mentions and first.pos_ == "PROPN" and first.i == first.sent.start and \
            first.dep_ in ("nmod", "npadvmod", "compound") and first.head in (token, token.head):
        return [first]
    return []


#: verbs of acts done, never suffered: a participle of one is the past tense the tagger
#: missed ("Thousands of people protested in Belgrade"), not a headline's passive
NEVER_SUFFERED = frozenset({"protest", "march", "rally", "demonstrate", "gather", "riot",
                            "clash", "arrive"})
#: the parts of speech of a plain noun phrase ("Niger's new military rulers")
_NOUN_PHRASE = frozenset({"DET", "PROPN", "NOUN", "ADJ", "PART"})
#: "the statement" is one issued at most this many tokens before its sentence
ISSUER_REACH = 120
#: the dependents that name a verb's own arguments (not those of a clause it governs)
_ARGUMENTS = frozenset({"dobj", "dative", "prep", "attr", "oprd"})


def _critic_of(speaker: Actor, accused: Actor) -> bool:
    """Whether a speaker is a critic of its own state's bodies: the opposition, a rights
    group, citizens, speaking of the government, the army or the police."""
    return speaker.sector in ("OPP", "NGO", "CVL") and accused.sector in ("GOV", "MIL", "COP")


def _insurgent(actor: Actor) -> bool:
    """Whether an actor is an armed group or opposition movement (a side against its own
    state)."""
    return actor.kind == "group" and actor.sector in ("REB", "OPP", "CRM")


def _judged(verb: Token) -> tuple[list[Token], list[Token]]:
    """The subjects of the clauses "be" a reporting verb reports and the words that judge
    them ("said the strikes were a violation", "said the claims were baseless")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"]
    return ([s for c in clauses for s in c.children if s.dep_ == "nsubj"],
            [t for c in clauses for a in c.children if a.dep_ in ("acomp", "attr")
             for t in a.subtree])


def _of_whole(noun: Token) -> Token:
    """The phrase a noun is part of ("most of the missiles": "most"), or the noun."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.i:
        noun = noun.head.head
    return noun


def _needs_to(clause: Token) -> bool:
    """ "Y has to act", "Y needs to withdraw": a clause of "have" or "need" and a "to"
    infinitive, what Y must do."""
    return clause.lemma_ in ("have", "need") and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" and
        any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in clause.children)


def _last_named(head: Token, before: list[Mention], state: ArticleState) -> list[Actor]:
    """The actor of the last of the mentions ``before``, standing where ``head`` is."""
    if not before:
        return []
    last = max(before, key=lambda m: m.start)
    actor = last.actor(head.doc, state.article.published, resolved_by="context")
    return [] if actor is None else [replace(actor, text=head.text, start=head.idx,
                                             end=head.idx + len(head.text))]


def _people(actors: list[Actor]) -> set[tuple[str | None, str | None]]:
    """Who a list of people is: their states and names."""
    return {(a.country, a.name) for a in actors}


def _countries(actors: list[Actor]) -> set[str | None]:
    """The countries a list of actors acts for."""
    return {a.country for a in actors}


def _included(token: Token) -> list[Token]:
    """The members a collective phrase names ("seven Latin American countries, including
    Argentina and Chile", "several states, among them Mali"): each of them, where the phrase
    itself is a plural noun."""
    if token.tag_ != "NNS":
        return []
    return [member for child in token.children if child.dep_ == "prep" and
            child.lemma_.lower() in ("include", "among")
            for node in child.children if node.dep_ == "pobj" for member in _expand(node)]


def _expand(token: Token) -> list[Token]:
    """The phrase head, its conjuncts and appositions ("the UK and France")."""
    out = [token]
    for child in token.children:
        if child.dep_ in ("conj", "appos"):
            out.extend(_expand(child))
    return out


#: what talks or a summit are about, not with whom ("a summit on Gaza")
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
def _topic_words(prep: Token) -> Iterator[Token]:
    """The words of a topic phrase ("on Somalia"), not a party the parser hangs on it ("talks
    on Somalia with Ethiopia")."""
    yield prep
    for child in prep.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "between"):
            continue
        yield from _topic_words(child)


#: participles whose agent mediates what they modify ("a truce brokered by Qatar")
_MEDIATING = frozenset({"broker", "mediate", "co-mediate", "facilitate", "sponsor", "host",
                        "arrange"})


def _without_purpose(token: Token) -> Iterator[Token]:
    """The subtree of ``token`` without its infinitival purpose clauses ("to strike …") and
    the agents of its participles of mediation ("a truce brokered by Saudi Arabia": a
    mediator, no party; but "air strikes carried out by the military": their doer)."""
    yield token
    for child in token.children:
        if child.dep_ in ("acl", "advcl", "xcomp", "relcl") and any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in child.children):
            continue
        if child.dep_ == "agent" and token.dep_ in ("acl", "relcl") and \
                token.lemma_.lower() in _MEDIATING:
            continue
        yield from _without_purpose(child)


def _adjectival_participle(verb: Token) -> bool:
    """A past participle used as an adjective of the name after it ("Investigators detained
    impeached President Yoon Suk Yeol"), which the parser hangs on the clause as a verb of
    its own, the name its object: no act of the clause's subject."""
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "amod", "acl") and \
        verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].pos_ == "PROPN" and \
        not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent")
                for c in verb.children) and \
        any(c.dep_ == "dobj" and c.left_edge.i == verb.i + 1 for c in verb.children)


def _name_like(token: Token) -> bool:
    """A proper noun, or a capitalised word inside a phrase the tagger took for another word
    ("in Sagaing region", with "Sagaing" tagged a verb)."""
    return token.pos_ == "PROPN" or token.is_title and token.i > token.sent.start and \
        token.dep_ == "compound"


def _named_abroad(preps: list[Token], source: Actor, state: ArticleState) -> bool:
    """Whether a place phrase ("in", "near" …) names a state other than the doer's, where
    the gazetteer does not place it ("in Pakistan-administered Kashmir", "in Russian-held
    Zaporizhzhia"): the place is no home of the doer's."""
    named = dict(state.named_states)
    return any(named.get(t.i, source.country) != source.country for p in preps
               if p.lower_ in LOCATIVE_PREPS for t in p.subtree)


def _object_tokens(verb: Token, pattern: Pattern) -> list[Token]:
    """The object nouns a pattern with ``objects`` consumed ("launched *attacks*")."""
    if not pattern.objects:
        return []
    out = []
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "prt"):
            for token in child.subtree:
                if (token.lemma_.lower() in pattern.objects or token.lower_ in pattern.objects) \
                        and token.pos_ in ("NOUN", "PROPN"):
                    out.append(token)
    if (verb.dep_ == "acl" or perfect_participle(verb) or finite_modifier(verb)) and \
            verb.head.lemma_.lower() in pattern.objects and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        out.append(verb.head)
    return out


def _subsume(events: list[Event]) -> list[Event]:
    """Within a sentence, an event without target, or with a target guessed as domestic,
    restates one of the same source and type that has a named target ("launched attacks on
    Ukraine, targeting infrastructure", "…, killing three civilians")."""
    targeted = {(e.source.country, e.plover_type) for e in events if e.target is not None
                and e.target.resolved_by != "domestic"}
    return [e for e in events
            if (e.target is not None and e.target.resolved_by != "domestic")
            or (e.source.country, e.plover_type) not in targeted]


def _same(a: Actor, b: Actor) -> bool:
    return a.country == b.country and (a.sector == b.sector or None in (a.sector, b.sector))


__all__ = ["CODER_VERSION", "EventCoder", "Lexicon", "np_tokens"]
