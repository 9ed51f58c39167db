"""Reading articles: plain text, HTML and JSON files, and directories of them.

``read_articles`` yields one :class:`~eventscope.model.Article` per article and, for each input
that cannot be read, an :class:`~eventscope.errors.InputError` *instance* (yielded, not raised),
so that the caller can report it on one line and carry on with the next input.

Input kinds, chosen by suffix:

- ``.jsonl`` / ``.ndjson``: one JSON object per line with the fields ``id``, ``url``,
  ``title``, ``outlet``, ``published`` (ISO date) and ``text`` (only ``text`` is required; other
  fields are ignored). Each bad line gives its own error, naming the line; the other lines are
  still read. Blank lines are skipped.
- ``.json``: one such object, or a list of them.
- ``.html`` / ``.htm``, or any other file whose first bytes look like HTML: the main text, title,
  date, canonical URL and site name are extracted with trafilatura.
- ``.txt`` and anything else: plain text.

Conventions:

- ``Article.text`` is the article text exactly as read, with only ``\\r\\n`` turned into ``\\n``
  (and a UTF-8 byte-order mark dropped): evidence offsets point into it.
- For a plain-text or HTML file the article id is the file stem (``seed-article.txt`` →
  ``seed-article``), so that gold files can refer to it; JSON ids are used as given, and an
  article without one gets ``Article.make_id(url, text)``.
- An article without a title of its own (plain text, JSON without ``title``) takes its first
  non-empty line as title when the text has more than one non-empty line; the title line
  stays part of ``Article.text``.
- The caller's ``published`` date fills in articles that carry no date of their own; a date
  in the JSON record or in the HTML metadata wins.
- Directories are walked recursively in sorted order, reading files with the suffixes in
  ``ARTICLE_SUFFIXES``; hidden files and folders and gold files (``gold.jsonl``,
  ``*.gold.jsonl``) are skipped. The path ``-`` reads plain text or HTML from standard input.
- An outlet's key-points box (a header such as "At a Glance" or "Key Points" followed by at
  least two bullet lines) is kept in ``Article.key_points`` and ``Article.key_points_box``.
- Bad inputs, one error each: a missing file, a directory without article files, an empty
  file, a binary file (NUL bytes or mostly control characters), UTF-16 or other non-UTF-8
  bytes (naming the byte offset and line), HTML without article text, and non-English text.
- Only English is coded: a text of at least ``MIN_WORDS_FOR_LANGUAGE`` words must have more
  common English function words than common French, German, Spanish, Italian, Dutch or
  Portuguese ones (and, from ``MIN_WORDS_FOR_SHARE`` words on, enough of them), and any text
  must be mostly in Latin script.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from trafilatura import bare_extraction

from eventscope.errors import InputError
from eventscope.model import Article, Span

JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = (".txt", ".json", *JSONL_SUFFIXES, *HTML_SUFFIXES)

#: texts shorter than this are too short to judge their language (or, from HTML, to be articles)
MIN_WORDS_FOR_LANGUAGE = 8
#: texts shorter than this (a headline, one sentence) may have too few function words to count:
#: they are refused only for having more foreign function words than English ones
MIN_WORDS_FOR_SHARE = 20
#: the least share of common English function words among the words of an English text
MIN_ENGLISH_SHARE = 0.10
#: the least share of Latin-script letters among the letters of an English text
MIN_LATIN_SHARE = 0.5
#: a decoded text with more control characters than this share is binary
MAX_CONTROL_SHARE = 0.10
#: undecodable bytes with more invalid sequences than this share are binary, not mis-encoded text
MAX_INVALID_SHARE = 0.20
#: bytes of a JSON Lines file decoded at a time (rounded up to a whole line)
JSONL_BLOCK = 1 << 22


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_ENGLISH_WORDS = _word_set(
    """a about after against all also an and any are as at be because been before between
    both but by can could did do does during each for from had has have he her him his how i
    if in into is it its just may more most must my no not now of off on only or other our
    out over said says she should since so some such than that the their them then there
    these they this those through to today told under until up upon us very was we were what
    when where which while who whom whose why will with within without would yesterday you
    your"""
)
_OTHER_WORDS = (
    _word_set(
        """der die das und ist nicht mit den dem des ein eine einen einem sich zu von auf für wird
        wurde werden sind hat haben auch nach bei aus wie über oder aber
        le la les des et est une du que qui pour dans pas sur au aux avec ce cette sont été par
        plus ses leur
        el los las del y con para por una lo su sus como pero más fue ha han entre sin sobre
        también
        il di che della delle degli dei per una sono alla nel nella gli anche
        het een van voor niet op te met zijn werd wordt heeft dat deze ook bij naar om
        o os da do das dos em na com uma não ao à pelo pela foi são"""
    )
    - _ENGLISH_WORDS
)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

_KEY_POINTS_HEADER_RE = re.compile(
    r"[ \t]*(?:#{1,6}[ \t]*)?"
    r"(?:at a glance|key points|highlights|key takeaways|in brief|summary|what we know)"
    r"[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
_BULLET_RE = re.compile(r"[ \t]*(?:[-•*–—]|\d{1,2}[.)])[ \t]+(?P<body>\S(?:.*\S)?)[ \t]*")
_MIN_KEY_POINTS = 2

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HTML_START_RE = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)


def read_articles(
    paths: Iterable[str | Path], *, published: date | None = None
) -> Iterator[Article | InputError]:
    """Each article of the files, directories (walked) and ``-`` (stdin) given, in order.

    A bad input yields an ``InputError`` whose message names the file (and line) and the
    problem, and reading goes on with the next input.
    """
    for path in paths:
        if str(path) == "-":
            yield from _guarded(_read_stdin, published)
        else:
            yield from _read_path(Path(path), published)


def article_from_text(
    text: str,
    *,
    id: str | None = None,
    published: date | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    check_language: bool = True,
) -> Article:
    """An article from text in memory; raises ``InputError`` for empty or (unless
    ``check_language`` is false) non-English text."""
    text = _normalise(text)
    if not text.strip():
        raise InputError("empty text: there is nothing to code")
    if check_language:
        _check_english(text, None)
    return _make_article(
        text, id=id, url=url, title=title, outlet=outlet, published=published, path=None
    )


def find_key_points(text: str) -> tuple[tuple[Span, ...], Span | None]:
    """The bullets of the first key-points box in the text and the span of the whole box.

    A box is a header line ("At a Glance", "Key Points", "Highlights", "Key Takeaways",
    "In brief", "Summary", "What we know"; any case, optionally ``#``-prefixed or followed by a
    colon) followed by at least two bullet lines (``-``, ``•``, ``*``, ``–`` or ``1.``); blank
    lines between them are allowed. Each bullet's span leaves out the bullet marker; the box
    runs from the header to the end of the last bullet. ``((), None)`` when there is no box.
    """
    lines = _lines(text)
    for index, (start, line) in enumerate(lines):
        if _KEY_POINTS_HEADER_RE.fullmatch(line):
            bullets = _bullets_after(text, lines[index + 1 :])
            if len(bullets) >= _MIN_KEY_POINTS:
                end = bullets[-1].end
                return tuple(bullets), Span(text[start:end], start, end)
    return (), None


def looks_like_english(text: str) -> bool:
    """Whether the text looks English: a cheap check by script and common function words.

    Mostly non-Latin script is never English. Texts of fewer than ``MIN_WORDS_FOR_LANGUAGE``
    words are otherwise given the benefit of the doubt; longer ones need more common English
    function words than common function words of other Western European languages, and, from
    ``MIN_WORDS_FOR_SHARE`` words on, a share of them of at least ``MIN_ENGLISH_SHARE`` (a
    headline-like sentence may have none at all).
    """
    return _english_problem(text) is None


# -- paths and files ---------------------------------------------------------------------------


def _read_path(path: Path, published: date | None) -> Iterator[Article | InputError]:
    where = str(path)
    if path.is_dir():
        files = article_files(path)
        if not files:
            suffixes = ", ".join(sorted(ARTICLE_SUFFIXES))
            yield InputError(f"directory has no article files ({suffixes})", path=where)
        for file in files:
            yield from _guarded(_read_file, file, published)
    elif path.is_file():
        yield from _guarded(_read_file, path, published)
    elif path.exists():
        yield InputError("not a regular file or directory", path=where)
    else:
        yield InputError("file not found", path=where)


def article_files(directory: Path) -> list[Path]:
    """The article files under a folder, as ``read_articles`` walks it: sorted, hidden
    folders and gold files left out."""
    return sorted(
        path
        for path in directory.rglob("*")
        if path.is_file()
        and path.suffix.lower() in ARTICLE_SUFFIXES
        and not _is_gold_file(path)
        and not any(part.startswith(".") for part in path.relative_to(directory).parts)
    )


def _is_gold_file(path: Path) -> bool:
    name = path.name.lower()
    return name in {"gold.jsonl", "gold.ndjson"} or name.endswith((".gold.jsonl", ".gold.ndjson"))


def _guarded(
    read: Callable[..., Iterator[Article | InputError]], *args: Any
) -> Iterator[Article | InputError]:
    """Runs a reader, turning the ``InputError`` it raises into the last item it yields."""
    try:
        yield from read(*args)
    except InputError as error:
        yield error


def read_jsonl(path: str | Path, *, published: date | None = None, offset: int = 0,
               length: int | None = None, first_line: int = 1) -> Iterator[Article | InputError]:
    """The articles of a JSON Lines file, or of its ``length`` bytes from ``offset`` (whole
    lines, the first of them line ``first_line``: how ``batch`` cuts a large file).

    The file is decoded in blocks of whole lines (``JSONL_BLOCK`` bytes or a little more), so
    memory stays bounded however large it is. Each bad line is one ``InputError`` naming the
    file and its line; an empty, binary or UTF-16 file is one error."""
    where = str(path)
    try:
        yield from _jsonl_blocks(Path(path), where, published, offset, length, first_line)
    except InputError as error:
        yield error
    except OSError as exc:
        yield InputError(f"cannot read file: {exc.strerror or exc}", path=where)


def _read_file(path: Path, published: date | None) -> Iterator[Article | InputError]:
    where = str(path)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, published=published)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=where) from exc
    text = _decode(data, where)
    if suffix == ".json":
        yield from _json_articles(text, where, published)
    elif suffix in HTML_SUFFIXES or _looks_like_html(text):
        yield _html_article(text, where, path.stem, published)
    else:
        yield _text_article(text, where, path.stem, published)


def _read_stdin(published: date | None) -> Iterator[Article]:
    text = _decode(sys.stdin.buffer.read(), "<stdin>")
    if _looks_like_html(text):
        yield _html_article(text, "<stdin>", None, published)
    else:
        yield _text_article(text, "<stdin>", None, published)


# -- bytes to text -----------------------------------------------------------------------------


def _decode(data: bytes, where: str) -> str:
    """The file's text, or ``InputError`` for an empty, binary or non-UTF-8 file."""
    if not data.strip():
        raise InputError("file is empty", path=where)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("UTF-16 text, not UTF-8 (save the file as UTF-8)", path=where)
    if b"\x00" in data:
        if (data.count(b"\x00") > MAX_CONTROL_SHARE * len(data)
                or _invalid_share(data) > MAX_INVALID_SHARE):
            raise InputError("binary file (contains NUL bytes), not text", path=where)
        # text with a stray NUL: the line is named (in JSON Lines only that line is lost)
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise InputError("a NUL byte in the text (binary data?)", path=where, line=line)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _invalid_share(data) > MAX_INVALID_SHARE:
            raise InputError("binary file (mostly not text)", path=where) from exc
        line = data.count(b"\n", 0, exc.start) + 1
        message = (
            f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}"
            " (save the file as UTF-8)"
        )
        raise InputError(message, path=where, line=line) from exc
    if len(_CONTROL_RE.findall(text)) > MAX_CONTROL_SHARE * len(text):
        raise InputError("binary file (mostly control characters), not text", path=where)
    return _normalise(text.removeprefix("\ufeff"))


def _invalid_share(data: bytes) -> float:
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") + len(_CONTROL_RE.findall(text))
    return invalid / len(text)


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n")


def _looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip()
    return head.startswith("<") and _HTML_START_RE.search(head) is not None


# -- the kinds of input ------------------------------------------------------------------------


def _text_article(text: str, where: str, stem: str | None, published: date | None) -> Article:
    if not text.strip():
        raise InputError("file is empty", path=where)
    _check_english(text, where)
    return _make_article(text, id=stem, published=published, path=where)


def _html_article(html: str, where: str, stem: str | None, published: date | None) -> Article:
    try:
        document = bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except ValueError as exc:
        raise InputError(f"cannot parse HTML: {exc}", path=where) from exc
    text = _normalise(getattr(document, "text", None) or "")
    if len(_WORD_RE.findall(text)) < MIN_WORDS_FOR_LANGUAGE:
        raise InputError("no article text found in HTML", path=where)
    _check_english(text, where)
    return _make_article(
        text,
        id=stem,
        url=document.url,
        title=document.title,
        outlet=document.sitename,
        published=parse_date(document.date) or published,
        path=where,
    )


def _jsonl_articles(
    text: str, where: str, published: date | None, *, first_line: int = 1,
    first_lines: dict[str, int] | None = None, whole: bool = True,
) -> Iterator[Article | InputError]:
    """The articles of JSON Lines text that starts at line ``first_line`` of its file.
    ``first_lines`` (article id → line) carries the duplicate check across the blocks of one
    file; ``whole`` says the text starts the file (an empty or gold file is one error)."""
    lines = [(number, line) for number, line in enumerate(text.split("\n"), first_line)
             if line.strip()]
    if whole and not lines:
        raise InputError("file is empty", path=where)
    if whole:
        _reject_gold(*lines[0], where)
    first_lines = {} if first_lines is None else first_lines
    for number, line in lines:
        try:
            article = _record_article(_json_record(line, where, number), where, number, published)
            _check_unique(article.id, number, first_lines, where)
        except InputError as error:
            yield error
        else:
            yield article


def _jsonl_blocks(path: Path, where: str, published: date | None, offset: int,
                  length: int | None, first_line: int) -> Iterator[Article | InputError]:
    first_lines: dict[str, int] = {}
    line = first_line
    left = length
    with path.open("rb") as handle:
        handle.seek(offset)
        while left is None or left > 0:
            data = handle.read(JSONL_BLOCK if left is None else min(JSONL_BLOCK, left))
            if not data:
                break
            if not data.endswith(b"\n"):  # a range ends at a line end: this stays inside it
                data += handle.readline()
            if left is not None:
                left -= len(data)
            start = offset == 0 and line == first_line  # the file's first block
            if not start and not data.strip():
                line += data.count(b"\n")
                continue
            try:
                text = _decode(data, where)
            except InputError as error:
                if error.line is None:  # the file is empty, binary or UTF-16: one error
                    raise
                yield from _jsonl_lines(data, where, published, line, first_lines)
            else:
                yield from _jsonl_articles(text, where, published, first_line=line,
                                           first_lines=first_lines, whole=start)
            line += data.count(b"\n")


def _jsonl_lines(data: bytes, where: str, published: date | None, first_line: int,
                 first_lines: dict[str, int]) -> Iterator[Article | InputError]:
    """A block with bytes that are not UTF-8 (or a NUL byte), line by line: each bad line is
    one error."""
    for number, raw in enumerate(data.split(b"\n"), first_line):
        if b"\x00" in raw:
            yield InputError("a NUL byte in the line (binary data?)", path=where, line=number)
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            message = f"not valid UTF-8: byte 0x{raw[exc.start]:02x} (save the file as UTF-8)"
            yield InputError(message, path=where, line=number)
            continue
        yield from _jsonl_articles(text, where, published, first_line=number,
                                   first_lines=first_lines, whole=False)


def _reject_gold(number: int, line: str, where: str) -> None:
    """``InputError`` for a gold file given as articles (one error, not one per line)."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return
    if isinstance(record, dict) and "evidence" in record and "text" not in record:
        message = "a gold file (records have 'evidence', not 'text'), not articles"
        raise InputError(message, path=where, line=number)


def _json_record(line: str, where: str, number: int) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        message = f"invalid JSON: {exc.msg} (column {exc.colno})"
        raise InputError(message, path=where, line=number) from exc


def _check_unique(article_id: str, number: int, first_lines: dict[str, int], where: str) -> None:
    if article_id in first_lines:
        message = f"duplicate article id {article_id!r} (first on line {first_lines[article_id]})"
        raise InputError(message, path=where, line=number)
    first_lines[article_id] = number


def _json_articles(text: str, where: str, published: date | None) -> Iterator[Article | InputError]:
    try:
        content = json.loads(text)
    except json.JSONDecodeError as exc:
        message = f"invalid JSON: {exc.msg} (column {exc.colno})"
        raise InputError(message, path=where, line=exc.lineno) from exc
    records = content if isinstance(content, list) else [content]
    if not records:
        raise InputError("file is empty (an empty JSON list)", path=where)
    for index, record in enumerate(records, start=1):
        try:
            yield _record_article(record, where, None, published, item=index)
        except InputError as error:
            yield error


def _record_article(
    record: Any,
    where: str,
    line: int | None,
    published: date | None,
    *,
    item: int | None = None,
) -> Article:
    """An article from one JSON record; ``InputError`` naming the line (or list item)."""

    def fail(message: str) -> InputError:
        prefix = f"item {item}: " if item is not None else ""
        return InputError(prefix + message, path=where, line=line)

    if not isinstance(record, dict):
        raise fail(f"expected a JSON object with a 'text' field, got {_kind(record)}")
    text = record.get("text")
    if text is None:
        raise fail("missing 'text' field")
    if not isinstance(text, str):
        raise fail(f"'text' must be a string, got {_kind(text)}")
    text = _normalise(text)
    if not text.strip():
        raise fail("empty 'text' field")
    fields = {name: _string_field(record, name, fail) for name in ("url", "title", "outlet")}
    article_id = _id_field(record, fail)
    own_date = _date_field(record, fail)
    problem = _english_problem(text)
    if problem:
        raise fail(problem)
    return _make_article(
        text,
        id=article_id,
        published=own_date or published,
        path=where,
        **fields,
    )


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _string_field(
    record: dict[str, Any], name: str, fail: Callable[[str], InputError]
) -> str | None:
    value = record.get(name)
    if value is not None and not isinstance(value, str):
        raise fail(f"'{name}' must be a string, got {_kind(value)}")
    return value or None


def _id_field(record: dict[str, Any], fail: Callable[[str], InputError]) -> str | None:
    value = record.get("id")
    if isinstance(value, bool) or not isinstance(value, (str, int, type(None))):
        raise fail(f"'id' must be a string, got {_kind(value)}")
    return None if value in (None, "") else str(value)


def _date_field(record: dict[str, Any], fail: Callable[[str], InputError]) -> date | None:
    value = record.get("published")
    if value in (None, ""):
        return None
    parsed = parse_date(value) if isinstance(value, str) else None
    if parsed is None:
        raise fail(f"'published' must be an ISO date like 2024-11-18, got {value!r}")
    return parsed


def parse_date(value: str | None) -> date | None:
    """An ISO date, also from the start of an ISO timestamp; ``None`` when there is none."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# -- articles ----------------------------------------------------------------------------------


def _make_article(
    text: str,
    *,
    id: str | None,
    published: date | None,
    path: str | None,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
) -> Article:
    key_points, box = find_key_points(text)
    return Article(
        id=id or Article.make_id(url, text),
        text=text,
        url=url,
        outlet=outlet,
        title=title or _guess_title(text),
        published=published,
        language="en",
        path=path,
        key_points=key_points,
        key_points_box=box,
    )


def _guess_title(text: str) -> str | None:
    """The first non-empty line, when the text has more than one non-empty line."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return lines[0] if len(lines) > 1 else None


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of the text (without its newline) with the offset where it starts."""
    lines = []
    start = 0
    for line in text.split("\n"):
        lines.append((start, line))
        start += len(line) + 1
    return lines


def _bullets_after(text: str, lines: list[tuple[int, str]]) -> list[Span]:
    """The spans of the bullets that follow (blank lines allowed), up to the first other line."""
    bullets = []
    for start, line in lines:
        if not line.strip():
            continue
        match = _BULLET_RE.fullmatch(line)
        if match is None:
            break
        begin, end = start + match.start("body"), start + match.end("body")
        bullets.append(Span(text[begin:end], begin, end))
    return bullets


# -- language ----------------------------------------------------------------------------------


def _check_english(text: str, where: str | None) -> None:
    problem = _english_problem(text)
    if problem:
        raise InputError(problem, path=where)


def _english_problem(text: str) -> str | None:
    """Why the text does not look English, or ``None`` when it does."""
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return None
    latin = sum(1 for char in letters if ord(char) < 0x250)
    if latin < MIN_LATIN_SHARE * len(letters):
        return "text does not look like English (it is mostly in a non-Latin script)"
    words = [word.lower() for word in _WORD_RE.findall(text)]
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return None
    english = sum(1 for word in words if word in _ENGLISH_WORDS) / len(words)
    other = sum(1 for word in words if word in _OTHER_WORDS) / len(words)
    long_enough = len(words) >= MIN_WORDS_FOR_SHARE  # for a share of function words to count
    if english < other or long_enough and (english < MIN_ENGLISH_SHARE or english == other):
        return (
            f"text does not look like English (only {english:.0%} of its {len(words)} words"
            " are common English words; eventscope codes English text only)"
        )
    return None
