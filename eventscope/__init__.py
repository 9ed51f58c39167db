"""eventscope: news articles in, verifiable coded political events out."""

import typing as _typing

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

if _typing.TYPE_CHECKING:
    from .coder import Coder


def __getattr__(name: str) -> _typing.Any:
    """``Coder`` is imported on first use: commands that only read the store never load spaCy."""
    if name == "Coder":
        from .coder import Coder

        return Coder
    raise AttributeError(f"module 'eventscope' has no attribute {name!r}")

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
