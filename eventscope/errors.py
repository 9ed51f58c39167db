"""One small error hierarchy: every message says what went wrong, shows the bad value and the fix.

The CLI prints ``str(error)`` on one line and carries on with the next input; nothing here is
ever swallowed into ``None``.
"""

from __future__ import annotations

import re


class EventscopeError(Exception):
    """Base class of every error eventscope raises on purpose."""


class InputError(EventscopeError):
    """An article could not be read: the message names the file (and line) and the problem."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.path = path
        self.line = line
        where = path or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")
        self.reason = message
        self.where = where  # "file:line", or "file", or "<input>"


class DictionaryError(EventscopeError):
    """A dictionary file is malformed: the message names the file, the entry and the fix."""


class GoldError(EventscopeError):
    """A gold-standard file for ``eventscope eval`` is malformed."""


class ModelError(EventscopeError):
    """The spaCy pipeline could not be loaded."""


class StoreError(EventscopeError):
    """The event store (a DuckDB file) cannot be opened, written, migrated or queried."""


def one_line(exc: BaseException) -> str:
    """The first line of an exception's message, for a one-line report; a library's class
    prefix ("IO Error: ", "TransactionContext Error: ") says nothing useful and is left out."""
    text = str(exc).strip() or type(exc).__name__
    line = text.splitlines()[0].strip()
    return re.sub(r"^(?:[A-Za-z]+ )?[A-Za-z]*Error: ", "", line) or line
