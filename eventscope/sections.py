"""Very long texts in sections: paragraph-aligned character ranges coded one at a time, so
that the memory coding takes does not grow with the length of the text.

A text longer than ``SECTION_CHARS`` is cut at paragraph breaks (else line breaks, else
sentence ends, else white space) into sections of at most that many characters. Each
section is coded with some context around it (``CONTEXT_BEFORE`` characters before, from a
line start, and ``CONTEXT_AFTER`` after), as a text of the whole length in which everything
outside the section and its context is blanked out (spaces, and a line break before the
section's context): offsets, and the ids made from them, are those of the whole text, and the
blank becomes one white-space token. The coder keeps what starts in the section itself: its
events, quotes and quantities. What the context carries into a section: the people, places
and dates named, the antecedents of "the decision" or "he said" in the paragraphs before it,
and a quotation that runs on across its end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: the longest text coded as one document (about 40,000 tokens)
SECTION_CHARS = 200_000
CONTEXT_BEFORE = 3_000
CONTEXT_AFTER = 1_000

_BREAKS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'\u201d]?\s+"),
           re.compile(r"\s+"))


@dataclass(frozen=True)
class Section:
    """Characters ``start:end`` are coded (the section and its context); what starts in
    ``own_start:own_end`` is kept."""

    start: int
    end: int
    own_start: int
    own_end: int

    def blanked(self, text: str) -> str:
        """``text`` with everything outside ``start:end`` blanked out, of the same length."""
        before = " " * (self.start - 1) + "\n" if self.start else ""
        return before + text[self.start:self.end] + " " * (len(text) - self.end)


def sections(text: str, size: int = SECTION_CHARS, *, before: int = CONTEXT_BEFORE,
             after: int = CONTEXT_AFTER) -> list[Section]:
    """The sections of ``text``: one when it is no longer than ``size``."""
    if len(text) <= size:
        return [Section(0, len(text), 0, len(text))]
    cuts = [0]
    while len(text) - cuts[-1] > size:
        cuts.append(_cut(text, cuts[-1] + size // 2, cuts[-1] + size))
    cuts.append(len(text))
    out = []
    for own_start, own_end in zip(cuts, cuts[1:], strict=False):
        start = _line_start(text, max(0, own_start - before), own_start)
        end = min(len(text), _cut(text, own_end + after // 2, own_end + after)
                  if own_end + after < len(text) else len(text))
        out.append(Section(start, end, own_start, own_end))
    return out


def _cut(text: str, low: int, high: int) -> int:
    """Where to end a section: after the last paragraph break between ``low`` and ``high``,
    else the last line break, sentence end or white space; else at ``high``."""
    for pattern in _BREAKS:
        last = None
        for match in pattern.finditer(text, low, high):
            last = match
        if last is not None and last.end() < high:
            return last.end()
    return high


def _line_start(text: str, low: int, at: int) -> int:
    """The first line start at or after ``low`` (and before ``at``); else ``low``."""
    if low == 0:
        return 0
    found = text.find("\n", low - 1, at)
    return found + 1 if found >= 0 else low
