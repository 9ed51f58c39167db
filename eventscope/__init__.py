"""eventscope: news articles in, verifiable coded political events out."""

from .coder import Coder
from .errors import DictionaryError, EventscopeError, GoldError, InputError, ModelError
from .model import (
    Actor,
    Article,
    Event,
    EventDate,
    Location,
    Modality,
    Quantity,
    Quote,
    Result,
    Span,
    to_dict,
    to_json,
)

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Coder",
    "DictionaryError",
    "Event",
    "EventDate",
    "EventscopeError",
    "GoldError",
    "InputError",
    "Location",
    "ModelError",
    "Modality",
    "Quantity",
    "Quote",
    "Result",
    "Span",
    "__version__",
    "to_dict",
    "to_json",
]
