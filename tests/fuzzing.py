"""Generated inputs for every input boundary, and the properties they must keep.

Shared by ``tests/test_fuzz.py`` (a bounded, derandomised profile that CI runs) and
``bench/fuzz.py`` (a long profile). Each property is a plain function of one generated
input; it raises AssertionError (or the unexpected exception) when the property fails:

- the readers (text, HTML, JSON Lines files), the dictionary loaders and the feed parser
  raise nothing but the documented one-line errors (:class:`EventscopeError` and its kinds);
- the coder's output has offsets inside the text that slice to each span's ``text``;
- the same input gives the same output;
- a bad article never stops the others.
"""

from __future__ import annotations

import atexit
import json
import shutil
import string
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

from eventscope.errors import EventscopeError, InputError
from eventscope.ingest import read_articles
from eventscope.model import Article, Result, to_dict

PUBLISHED = date(2024, 5, 1)
WORKDIR = Path(tempfile.mkdtemp(prefix="eventscope-fuzz-"))
atexit.register(shutil.rmtree, WORKDIR, ignore_errors=True)

# -- text ----------------------------------------------------------------------------------------

#: pieces that break naive readers: BOMs, line endings, NUL and control characters,
#: right-to-left and combining marks, emoji, zero-width and odd spaces, quotation marks
SPECIAL = ["\ufeff", "\r\n", "\r", "\n", "\n\n", "\x00", "\x07", "\x1b[31m", "\u202e",
           "\u200f", "\u0301", "\u0308\u0308\u0308", "\U0001f600", "\U0001f1fa\U0001f1e6",
           "\u200b", "\u00a0", "\u2028", "\u2029", "\u201c", "\u201d", '"', "'", "\u00ab",
           "\ud7ff", "\uffff", "\t", "\x0c", "\x85", "\u05e9\u05dc\u05d5\u05dd",
           "\u0627\u0644\u0633\u0644\u0627\u0645", "\u4e2d\u56fd", "e\u0301\u0302"]
#: words that give the coder something to do
WORDS = ["Russia", "Ukraine", "Russian", "forces", "shelled", "attacked", "Kharkiv", "said",
         "the", "President", "Putin", "met", "with", "Biden", "in", "Geneva", "on", "Monday",
         "5,000", "troops", "killed", "12", "people", "$3 billion", "aid", "NATO", "sanctions",
         "imposed", "China", "he", "she", "they", "accused", "of", "2024-05-01", "last week",
         "March 3", ".", ",", "\u201cWe will respond,\u201d", "he said.", "Kyiv", "Beijing",
         "The", "ministry", "condemned", "strike", "peace", "talks", "agreed", "to", "200"]

word_texts = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)
odd_texts = st.lists(st.one_of(st.sampled_from(SPECIAL), st.sampled_from(WORDS),
                               st.text(max_size=12)), max_size=40).map("".join)
#: 100,000-character lines and tokens, rarely
long_texts = st.sampled_from([
    "a" * 100_000, "Russia " * 14_000, "x" * 99_999 + "\n" + "Russia attacked Ukraine.",
    ("\u0301" * 50_000), "Kharkiv\n" * 12_000, "\"" * 20_000 + " Russia said."])
texts = st.one_of(word_texts, odd_texts, st.text(max_size=200),
                  st.tuples(word_texts, odd_texts).map("\n".join), long_texts)


@st.composite
def file_bytes(draw: st.DrawFn) -> bytes:
    """Bytes a reader may meet: text in several encodings, with or without a BOM, with
    invalid bytes spliced in, or random bytes."""
    kind = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1", "spliced",
                                 "random"]))
    if kind == "random":
        return draw(st.binary(max_size=400))
    text = draw(texts)
    if kind == "latin-1":
        return text.encode("latin-1", "replace")
    data = text.encode("utf-8" if kind == "spliced" else kind, "surrogatepass")
    if kind == "spliced":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    return data


# -- HTML ----------------------------------------------------------------------------------------

TAGS = ["div", "p", "article", "span", "b", "table", "tr", "td", "script", "style", "a", "h1",
        "section", "main", "li", "ul", "iframe", "svg", "title", "noscript", "template"]


@st.composite
def html_pages(draw: st.DrawFn) -> bytes:
    """HTML pages: random tags and attributes, unclosed tags, comments, scripts, and
    nesting thousands deep."""
    depth = draw(st.sampled_from([0, 1, 5, 50, 500, 3000]))
    tag = draw(st.sampled_from(TAGS))
    body: list[str] = []
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(["text", "open", "close", "comment", "attr", "entity"]))
        if kind == "text":
            body.append(draw(texts))
        elif kind == "open":
            body.append(f"<{draw(st.sampled_from(TAGS))}>")
        elif kind == "close":
            body.append(f"</{draw(st.sampled_from(TAGS))}>")
        elif kind == "comment":
            body.append(f"<!-- {draw(st.text(max_size=20))}")
        elif kind == "attr":
            body.append(f'<a href="{draw(st.text(max_size=30))}" onclick=\'x\'>')
        else:
            body.append(draw(st.sampled_from(["&amp;", "&#0;", "&#x110000;", "&bogus;",
                                              "&#65;", "&", "&#9999999999;"])))
    title = draw(st.text(max_size=30))
    page = (f"<html><head><title>{title}</title><meta charset=utf-8></head><body>"
            + f"<{tag}>" * depth + "".join(body) + f"</{tag}>" * draw(st.integers(0, depth))
            + "</body></html>")
    data = page.encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at]  # truncated
    return data


# -- JSON Lines ----------------------------------------------------------------------------------

FIELDS = ["id", "url", "title", "outlet", "published", "text"]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30)
    | st.sampled_from(["2024-05-01", "2024-13-45", "yesterday", "", "Russia attacked Ukraine."]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=3),
    max_leaves=8)
GOOD_RECORD = {"id": "good", "published": "2024-05-01",
               "text": "Russian forces shelled Kharkiv on Monday, Ukrainian officials said."}


@st.composite
def jsonl_lines(draw: st.DrawFn) -> str:
    """One line of a JSON Lines file: a record with wrong types in any field, extra fields,
    or not JSON at all."""
    kind = draw(st.sampled_from(["record", "record", "json", "broken"]))
    if kind == "broken":
        return draw(odd_texts).replace("\n", " ").replace("\r", " ")
    if kind == "json":
        return json.dumps(draw(json_values))
    record: dict[str, Any] = {}
    for name in FIELDS:
        choice = draw(st.sampled_from(["good", "wrong", "missing"]))
        if choice == "good":
            record[name] = GOOD_RECORD.get(name, f"a {name}")
        elif choice == "wrong":
            record[name] = draw(json_values)
    if draw(st.booleans()):
        record[draw(st.text(max_size=8))] = draw(json_values)
    return json.dumps(record, ensure_ascii=draw(st.booleans()))


@st.composite
def jsonl_files(draw: st.DrawFn) -> tuple[bytes, int]:
    """A JSON Lines file and the line number of a good record somewhere in it."""
    lines = draw(st.lists(jsonl_lines(), max_size=8))
    at = draw(st.integers(0, len(lines)))
    lines.insert(at, json.dumps({**GOOD_RECORD, "id": "the-good-one"}))
    ending = draw(st.sampled_from(["\n", "\r\n"]))
    return ending.join(lines).encode("utf-8", "surrogatepass"), at + 1


# -- YAML dictionaries ---------------------------------------------------------------------------

SECTORS = ["GOV", "MIL", "REB", "CVL", "XXX", "", None]


@st.composite
def dictionary_yaml(draw: st.DrawFn) -> tuple[str, str]:
    """A dictionary file name (actors or verbs) and its text: near-valid entries with wrong
    types, random YAML documents, or text that is not YAML."""
    name = draw(st.sampled_from(["actors/fuzz.yaml", "verbs/fuzz.yaml", "fuzz-actors.yaml",
                                 "roles-actors.yaml"]))
    kind = draw(st.sampled_from(["actors", "verbs", "roles", "random", "text"]))
    value: Any
    if kind == "text":
        return name, draw(odd_texts)
    if kind == "random":
        value = draw(json_values)
    elif kind == "roles":
        value = draw(st.dictionaries(st.sampled_from(SECTORS[:5]) | st.text(max_size=4),
                                     st.lists(st.text(max_size=12) | json_values, max_size=4),
                                     max_size=3))
    elif kind == "actors":
        entry = st.fixed_dictionaries({}, optional={
            "code": st.sampled_from(["RUS", "UKR", "usa", "", "TOOLONGCODE"]) | json_values,
            "name": st.text(max_size=20) | json_values,
            "names": st.lists(st.text(max_size=20) | json_values, max_size=3) | json_values,
            "sector": st.sampled_from(SECTORS) | json_values,
            "demonyms": st.lists(st.text(max_size=12), max_size=3) | json_values,
            "roles": st.lists(st.fixed_dictionaries({}, optional={
                "code": st.text(max_size=6) | json_values,
                "from": st.sampled_from(["2020-01-01", "2020-13-01", "", "soon"]) | json_values,
                "until": st.sampled_from(["2030-01-01", "x"]) | json_values}), max_size=2),
        })
        value = draw(st.sampled_from(["countries", "organisations", "people", "groups"])
                     .flatmap(lambda key: st.fixed_dictionaries(
                         {key: st.lists(entry, max_size=4) | json_values})))
    else:
        entry = st.fixed_dictionaries({}, optional={
            "verb": st.sampled_from(["attack", "meet", "", "shell up"]) | json_values,
            "noun": st.sampled_from(["strike", "talks"]) | json_values,
            "code": st.sampled_from(["190", "036", "---", "999", "19", ""]) | json_values,
            "particle": st.text(max_size=6) | json_values,
            "objects": st.lists(st.text(max_size=12) | json_values, max_size=3) | json_values,
            "preps": st.lists(st.sampled_from(["in", "with", "on", ""]), max_size=2)
            | json_values,
            "reverse": st.sampled_from(["033", "x"]) | json_values,
            "of": st.booleans() | json_values,
        })
        value = draw(st.lists(entry, max_size=5) | st.fixed_dictionaries(
            {"patterns": st.lists(entry, max_size=5)}))
    text = yaml.safe_dump(value, allow_unicode=True)
    if draw(st.booleans()):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from([
            "\t", ":", "- ", "&a", "*a", "!!python/name:os.system", "{", "\x00", "\ufeff"])
            ) + text[at:]
    return name, text


# -- phrases for dates, quantities and places ----------------------------------------------------

NUMBERS = ["0", "1", "12", "5,000", "1.5", "3m", "2bn", "-4", "10,000,000,000,000", "1e309",
           "twelve", "a dozen", "hundreds of", "nine hundred and ninety", "99999999999999999999",
           "1/2", "0.000001", "\u0661\u0662", "\u00bd", "III"]
UNITS = ["troops", "soldiers", "people", "dead", "killed", "tanks", "km", "miles", "tonnes",
         "dollars", "euros", "$", "\u20ac", "%", "rockets", "drones", "refugees", "barrels"]
DATES = ["Monday", "last week", "next Friday", "March 3", "3 March 2024", "2024-02-30",
         "yesterday", "in 2023", "on 31 February", "10 years ago", "the 1990s", "12/13/2024",
         "Feb. 29, 2023", "tomorrow", "earlier this month", "0001-01-01", "9999-12-31",
         "year 10000", "the day before yesterday", "on the 45th"]
PLACES = ["Kharkiv", "Kyiv", "Paris", "Springfield", "Georgia", "Nowhereville", "Gaza",
          "the Donbas", "New York", "St. Petersburg", "Washington", "Sudan", "Kursk region",
          "S\u00e3o Paulo", "\u0130stanbul", "the West Bank", "Aleppo", "Xyzzy"]
ACTORS = ["Russia", "Ukraine", "Russian forces", "Israel", "Hamas", "The United States",
          "China", "NATO", "Police", "Rebels", "He", "The ministry"]
VERBS = ["attacked", "shelled", "met", "killed", "deployed", "sent", "imposed sanctions on",
         "said", "accused", "pledged", "fired", "seized"]


@st.composite
def phrases(draw: st.DrawFn) -> str:
    """Sentences built from actors, verbs, numbers, units, dates and places, some garbled."""
    sentences = []
    for _ in range(draw(st.integers(1, 4))):
        parts = [draw(st.sampled_from(ACTORS)), draw(st.sampled_from(VERBS))]
        for _ in range(draw(st.integers(0, 4))):
            parts.append(draw(st.sampled_from([
                f"{draw(st.sampled_from(NUMBERS))} {draw(st.sampled_from(UNITS))}",
                f"in {draw(st.sampled_from(PLACES))}",
                f"on {draw(st.sampled_from(DATES))}", draw(st.sampled_from(DATES)),
                draw(st.sampled_from(ACTORS)), draw(st.sampled_from(SPECIAL)),
                draw(st.sampled_from(NUMBERS))])))
        sentences.append(" ".join(parts) + draw(st.sampled_from([".", "", "!", ",", ":"])))
    return " ".join(sentences)


date_phrases = st.one_of(st.sampled_from(DATES), st.tuples(
    st.sampled_from(["", "on", "last", "next", "early", "late"]), st.sampled_from(DATES),
    st.sampled_from(NUMBERS)).map(" ".join), st.text(string.digits + "-/ .,", max_size=20),
    odd_texts)

# -- feeds ---------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{title}</title><link>https://example.org/</link>
<item><title>{item}</title><link>{link}</link><pubDate>{date}</pubDate></item>
<item><title>Second</title><link>https://example.org/b.html</link></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>
<entry><title>{item}</title><link href="{link}"/><updated>{date}</updated></entry>
</feed>"""
LINKS = ["https://example.org/a.html", "/relative/path", "javascript:alert(1)", "", "//x",
         "http://[::1]/", "https://example.org/" + "a" * 3000, "mailto:x@example.org",
         "ftp://example.org/x", "https://exa mple.org/", "\x00"]


@st.composite
def feeds(draw: st.DrawFn) -> bytes:
    """RSS and Atom documents with random field values, then mutated: truncated, bytes
    spliced in, or elements repeated."""
    template = draw(st.sampled_from([RSS, ATOM]))
    body = template.format(
        title=draw(st.text(max_size=20)).replace("<", "&lt;"),
        item=draw(st.sampled_from(["A title", "<b>x</b>", "]]>", "&amp;", ""])
                  | st.text(max_size=20)),
        link=draw(st.sampled_from(LINKS)),
        date=draw(st.sampled_from(["Mon, 06 May 2024 10:00:00 GMT", "2024-05-06T10:00:00Z",
                                   "", "not a date", "Mon, 99 Foo 99999"])))
    data = body.encode("utf-8", "surrogatepass")
    mutation = draw(st.sampled_from(["none", "truncate", "splice", "repeat", "random"]))
    if mutation == "truncate":
        data = data[:draw(st.integers(0, len(data)))]
    elif mutation == "splice":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=16)) + data[at:]
    elif mutation == "repeat":
        start = draw(st.integers(0, len(data)))
        end = draw(st.integers(start, min(len(data), start + 200)))
        data = data[:end] + data[start:end] * draw(st.integers(1, 50)) + data[end:]
    elif mutation == "random":
        data = draw(st.binary(max_size=300))
    return data


# -- the properties ------------------------------------------------------------------------------


def _write(name: str, data: bytes | str) -> Path:
    path = WORKDIR / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", errors="surrogatepass")
    else:
        path.write_bytes(data)
    return path


def _read(path: Path) -> list[Any]:
    out = []
    for item in read_articles([path]):
        assert isinstance(item, (Article, InputError)), f"{type(item).__name__}: {item}"
        if isinstance(item, InputError):
            message = str(item)
            assert "\n" not in message.strip() and str(path) in message, message
            out.append(("error", message))
        else:
            assert isinstance(item.text, str) and item.text.strip(), item
            out.append(("article", item.id, item.text, item.title, item.published))
    return out


def reads_text_file(data: bytes) -> None:
    """A text file gives articles or one-line input errors naming the file, the same each
    time."""
    path = _write("fuzz.txt", data)
    assert _read(path) == _read(path)


def reads_html_file(data: bytes) -> None:
    path = _write("fuzz.html", data)
    assert _read(path) == _read(path)


def reads_jsonl_file(case: tuple[bytes, int]) -> None:
    """Every line of a JSON Lines file gives an article or an error naming the file and line;
    the good record comes through whatever surrounds it."""
    data, good_line = case
    path = _write("fuzz.jsonl", data)
    results = _read(path)
    assert results == _read(path)
    assert any(r[0] == "article" and r[1] == "the-good-one" for r in results), results
    for result in results:
        if result[0] == "error":
            assert f"{path}:" in result[1], result


def loads_dictionary(case: tuple[str, str], cameo: Any) -> None:
    """A dictionary file loads (bad entries become problems) or fails with a
    DictionaryError; the checker reports, and neither raises anything else."""
    from eventscope import dictionaries
    from eventscope.actors import ActorDictionary
    from eventscope.verbs import VerbDictionary

    name, text = case
    path = _write(name, text)
    try:
        if "actor" in name:
            ActorDictionary.load([path], shipped=False)
        else:
            VerbDictionary.load(cameo, [path], shipped=False)
    except EventscopeError as exc:
        assert "\n" not in str(exc).strip(), str(exc)
    report = dictionaries.check([path], cameo=cameo)
    assert report is not None


def parses_feed(data: bytes) -> None:
    """A feed gives items with links (absolute where they can be: the fetcher refuses the
    others, one line each), or a FetchError."""
    from eventscope.feeds import parse_feed
    from eventscope.fetch import FetchError

    try:
        items = parse_feed(data, "https://example.org/feed.xml")
    except FetchError as exc:
        assert "\n" not in str(exc).strip()
        return
    for item in items:
        assert isinstance(item.url, str) and item.url, item
        assert not item.url.startswith("/"), item.url


def parses_date(phrase: str, resolver: Any) -> None:
    """A date phrase resolves to a date or to nothing, the same each time."""
    first = resolver.parse(phrase, PUBLISHED)
    assert first == resolver.parse(phrase, PUBLISHED)


def looks_up_place(name: str, gazetteer: Any) -> None:
    first = gazetteer.lookup(name)
    assert first == gazetteer.lookup(name)


def check_offsets(result: Result) -> None:
    """Every span of the result lies inside the article text and slices to its ``text``."""
    text = result.article.text

    def span(value: Any, what: str) -> None:
        assert 0 <= value.start <= value.end <= len(text), (what, value)
        assert text[value.start:value.end] == value.text, (what, value)

    def actor(value: Any, what: str) -> None:
        if value is not None and value.start is not None:
            assert value.end is not None and 0 <= value.start <= value.end <= len(text), \
                (what, value)
            assert text[value.start:value.end] == value.text, (what, value)

    for event in result.events:
        span(event.evidence, "evidence")
        span(event.trigger, "trigger")
        assert event.evidence.start <= event.trigger.start <= event.trigger.end <= \
            event.evidence.end or event.pattern == "quote-stance", event
        actor(event.source, "source")
        actor(event.target, "target")
        for quantity in event.quantities:
            span(quantity, "event quantity")
    for quote in result.quotes:
        span(quote.text, "quote")
        actor(quote.speaker, "speaker")
        for about in quote.about:
            actor(about, "quote about")
    for quantity in result.quantities:
        span(quantity, "quantity")
    for point in result.glance:
        span(point, "glance")


def codes_text(text: str, coder: Any) -> None:
    """The coder codes any text or refuses it with an InputError; offsets are right and the
    output is the same each time."""
    try:
        first = coder.code(text, published=PUBLISHED, id="fuzz")
    except InputError as exc:
        assert "\n" not in str(exc).strip(), str(exc)
        return
    check_offsets(first)
    again = coder.code(text, published=PUBLISHED, id="fuzz")
    assert to_dict(first) == to_dict(again)


def codes_batch(texts_: list[str], coder: Any) -> None:
    """A batch with bad articles in it codes every article (one result each, in order)."""
    from eventscope.ingest import article_from_text

    articles = []
    for k, text in enumerate([*texts_, GOOD_RECORD["text"]]):
        try:
            articles.append(article_from_text(text, id=f"a{k}", published=PUBLISHED))
        except InputError:
            continue
    results = list(coder.pipe(articles))
    assert [r.article.id for r in results] == [a.id for a in articles]
    for result in results:
        check_offsets(result)
    assert results[-1].events, "the good article lost its events"
