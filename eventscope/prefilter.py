"""Which sentences are worth parsing: a cheap pass over the tokens, before spaCy's models run.

The coder can only find an event in a sentence that names a possible actor (a dictionary
term, a role noun such as "troops" or "officials", a personal pronoun) and holds a word of some
verb or noun pattern (in any inflected form, with the particle and one of the objects the
pattern requires); quotes need a quotation mark or a reporting verb. Every other sentence
("The weather was mild.") is left unparsed: the statistical models, most of the cost of an
article, run only on the sentences kept.

The test is deliberately generous: it looks for words anywhere in the sentence, never for
the grammatical relations the coder later checks, so a sentence it drops cannot yield an event.
Inflected forms come from ``lemminflect`` (a lexicon of English inflections) together with the
irregular forms of spaCy's own lemmatizer tables, so that every form whose spaCy lemma is a
pattern word is known.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from lemminflect import getAllInflections, getAllInflectionsOOV
from spacy.language import Language
from spacy.tokens import Doc, Span

from .actors import ActorDictionary
from .model import Article
from .verbs import NULL_CODE, VerbDictionary

#: pronouns the coder resolves to an earlier actor, or that speak in quotes
PRONOUNS = frozenset({"i", "we", "he", "she", "it", "they", "his", "her", "its", "their",
                      "our", "him", "them", "us"})
#: quotation marks the quote finder reads (straight and curly double quotes)
QUOTE_MARKS = re.compile(r"[\"“”]")


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
class Prefilter:
    """Word forms that make a sentence worth parsing, and the test itself."""

    triggers: dict[str, tuple[Requirement, ...]]  # word form → what its patterns need
    actor_words: frozenset[str]  # role nouns and pronouns, lower case, every form
    speech_words: frozenset[str]  # reporting verbs, every form
    actors: ActorDictionary

    @classmethod
    def build(cls, actors: ActorDictionary, verbs: VerbDictionary, speech: Iterable[str],
              nlp: Language | None = None) -> Prefilter:
        """Index the dictionaries by surface form. ``nlp`` (optional) adds the irregular
        forms of its lemmatizer's exception tables."""
        irregular = _irregular_forms(nlp)
        triggers: dict[str, list[Requirement]] = {}
        for kind, table in (("VERB", verbs.verbs), ("NOUN", verbs.nouns)):
            for lemma, patterns in table.items():
                needs = {Requirement(p.particle, tuple(
                    tuple(frozenset(_forms(w, None, irregular)) for w in item.split())
                    for item in sorted(p.objects))) for p in patterns if p.code != NULL_CODE}
                if not needs:
                    continue
                for form in _forms(lemma, kind, irregular):
                    triggers.setdefault(form, []).extend(sorted(needs, key=repr))
        roles: set[str] = set()
        for role in actors.roles:
            words = role.split()
            roles |= _forms(words[-1], "NOUN", irregular)
        speech_forms: set[str] = set()
        for verb in speech:
            speech_forms |= _forms(verb, "VERB", irregular)
        return cls({k: tuple(v) for k, v in triggers.items()}, frozenset(roles | PRONOUNS),
                   frozenset(speech_forms), actors)

    def keep(self, doc: Doc, article: Article | None = None) -> list[bool]:
        """For each sentence of a tokenised ``doc`` (sentence starts set), whether to parse it.
        Sentences inside the article's key-points box are not coded, so never kept."""
        sentences = list(doc.sents)
        box = article.key_points_box if article is not None else None
        named = [False] * len(doc)
        for _, start, end in self.actors.matcher(doc.vocab)(doc):
            for i in range(start, end):
                named[i] = True
        quoted = _quoted_sentences(doc, sentences)
        return [not (box is not None and sent.start_char < box.end and sent.end_char > box.start)
                and (index in quoted or self.sentence(sent, named))
                for index, sent in enumerate(sentences)]

    def sentence(self, sent: Span, named: list[bool]) -> bool:
        words = frozenset(t.lower_ for t in sent)
        if words & self.speech_words:
            return True
        if not (words & self.actor_words or any(named[t.i] for t in sent)):
            return False
        return any(need.met(words) for word in words for need in self.triggers.get(word, ()))


def _quoted_sentences(doc: Doc, sentences: list[Span]) -> set[int]:
    """Sentences with a quotation mark, and the one before each (where the speaker may be)."""
    out: set[int] = set()
    for index, sent in enumerate(sentences):
        if QUOTE_MARKS.search(sent.text):
            out.update((index - 1, index))
    out.discard(-1)
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
