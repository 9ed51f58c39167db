from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from eventscope.errors import InputError
from eventscope.ingest import (
    article_from_text,
    find_key_points,
    looks_like_english,
    read_articles,
)
from eventscope.model import Article

BODY = (
    "The foreign ministers of Norway and Iceland met in Oslo on Monday to discuss the "
    "future of the fisheries agreement, which expired last year after a long dispute over "
    "mackerel quotas in the North Atlantic.\n"
    "Officials said that the two governments would share the quotas with the Faroe Islands, "
    "and the European Union welcomed the deal in a statement."
)
STORY = (
    "Coastal states sign fisheries pact after long talks\n"
    "Key Points:\n"
    "• Norway and Iceland agree to share mackerel quotas\n"
    "• The European Union welcomes the deal\n"
    "\n"
    "• Talks on herring will resume in March\n"
    "Oslo talks end\n" + BODY
)
FRENCH = (
    "Le président de la République a rencontré mardi le chancelier allemand à Paris pour "
    "discuter de la guerre en Ukraine et de la livraison d'armes à l'armée ukrainienne."
)
GERMAN = (
    "Der Bundeskanzler hat am Dienstag in Berlin den französischen Präsidenten empfangen, um "
    "über den Krieg in der Ukraine und die Lieferung von Waffen zu sprechen."
)
SPANISH = (
    "El presidente del Gobierno se reunió el martes en Madrid con el canciller alemán para "
    "hablar de la guerra en Ucrania y del envío de armas al ejército."
)
DUTCH = (
    "De minister-president heeft dinsdag in Den Haag de Duitse bondskanselier ontvangen om te "
    "praten over de oorlog in Oekraïne en de levering van wapens aan het leger."
)
HTML_PAGE = """<!DOCTYPE html>
<html><head>
<title>Norway and Iceland share mackerel quotas | North Sea Times</title>
<meta property="og:site_name" content="North Sea Times">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<link rel="canonical" href="https://example.org/news/mackerel">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Norway and Iceland share mackerel quotas</h1>
<p>{body}</p>
</article>
<footer>All rights reserved.</footer>
</body></html>
"""


def _read(*paths: str | Path, published: date | None = None) -> list[Article | InputError]:
    return list(read_articles(paths, published=published))


def _only_article(*paths: str | Path, published: date | None = None) -> Article:
    (item,) = _read(*paths, published=published)
    assert isinstance(item, Article), item
    return item


def _only_error(*paths: str | Path) -> InputError:
    (item,) = _read(*paths)
    assert isinstance(item, InputError), item
    assert "\n" not in str(item)
    return item


def _write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _jsonl(path: Path, *records: object) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    return _write(path, "\n".join(lines) + "\n")


# -- plain text --------------------------------------------------------------------------------


def test_plain_text_keeps_the_text_and_uses_the_stem_as_id(tmp_path: Path) -> None:
    path = _write(tmp_path / "oslo-talks.txt", "Fisheries pact signed\r\n" + BODY + "\r\n")
    article = _only_article(path, published=date(2024, 3, 4))
    assert article.id == "oslo-talks"
    assert article.text == "Fisheries pact signed\n" + BODY + "\n"
    assert article.title == "Fisheries pact signed"
    assert article.published == date(2024, 3, 4)
    assert article.language == "en"
    assert article.path == str(path)
    assert article.key_points == ()
    assert article.key_points_box is None


def test_single_paragraph_text_has_no_title(tmp_path: Path) -> None:
    article = _only_article(_write(tmp_path / "one.txt", BODY.split("\n")[0]))
    assert article.title is None
    assert article.published is None


def test_unknown_suffix_is_read_as_plain_text(tmp_path: Path) -> None:
    article = _only_article(_write(tmp_path / "story.md", BODY))
    assert article.id == "story"
    assert article.text == BODY


def test_utf8_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    article = _only_article(_write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + BODY.encode()))
    assert article.text == BODY


def test_seed_article_is_read_with_its_key_points(shared: Path) -> None:
    seed = shared / "samples" / "seed-article.txt"
    article = _only_article(seed, published=date(2024, 11, 18))
    assert article.id == "seed-article"
    assert article.text == seed.read_text(encoding="utf-8").replace("\r\n", "\n")
    assert article.title is not None
    assert article.title.startswith("Biden")
    assert len(article.key_points) == 5
    assert article.key_points[0].text.startswith("President Biden authorizes Ukraine")
    for span in article.key_points:
        assert article.text[span.start : span.end] == span.text
    box = article.key_points_box
    assert box is not None
    assert box.text.startswith("At a Glance\n- President Biden")
    assert box.text.endswith("involvement in the conflict")
    assert article.text[box.start : box.end] == box.text


# -- key points --------------------------------------------------------------------------------


def test_key_points_box_with_header_and_bullets() -> None:
    points, box = find_key_points(STORY)
    assert [p.text for p in points] == [
        "Norway and Iceland agree to share mackerel quotas",
        "The European Union welcomes the deal",
        "Talks on herring will resume in March",
    ]
    for span in points:
        assert STORY[span.start : span.end] == span.text
    assert box is not None
    assert box.start == STORY.index("Key Points:")
    assert box.end == STORY.index("in March") + len("in March")
    assert STORY[box.start : box.end] == box.text


def test_numbered_key_points_under_another_header() -> None:
    text = "Title line\n## HIGHLIGHTS\n1. Norway signs the pact\n2) Iceland signs too\nBody.\n"
    points, box = find_key_points(text)
    assert [p.text for p in points] == ["Norway signs the pact", "Iceland signs too"]
    assert box is not None
    assert box.text == "## HIGHLIGHTS\n1. Norway signs the pact\n2) Iceland signs too"


@pytest.mark.parametrize(
    "text",
    [
        "Title\nKey Points\n- only one bullet\nBody text follows here.\n",
        "Title\n- bullet without a header\n- another bullet\n- and a third\nBody.\n",
        "Title\nKey points of the deal were not disclosed.\n- a bullet\n- another\n",
        "Title\nSummary\nA paragraph, not a bullet.\n- a bullet\n- another\n",
    ],
)
def test_no_key_points_without_a_header_and_two_bullets(text: str) -> None:
    assert find_key_points(text) == ((), None)


def test_key_points_are_set_on_articles_from_files(tmp_path: Path) -> None:
    article = _only_article(_write(tmp_path / "pact.txt", STORY))
    assert len(article.key_points) == 3
    assert article.key_points_box is not None
    assert article.title == "Coastal states sign fisheries pact after long talks"


# -- article_from_text -------------------------------------------------------------------------


def test_article_from_text() -> None:
    article = article_from_text(STORY, published=date(2024, 3, 4), outlet="North Sea Times")
    assert article.id == Article.make_id(None, STORY)
    assert article.text == STORY
    assert article.outlet == "North Sea Times"
    assert article.published == date(2024, 3, 4)
    assert len(article.key_points) == 3


def test_article_from_text_keeps_given_fields() -> None:
    article = article_from_text(BODY, id="a1", title="Pact", url="https://example.org/a1")
    assert (article.id, article.title, article.url) == ("a1", "Pact", "https://example.org/a1")


def test_article_from_text_with_url_gets_an_id_from_the_url() -> None:
    article = article_from_text(BODY, url="https://example.org/a1")
    assert article.id == Article.make_id("https://example.org/a1", BODY)


@pytest.mark.parametrize("text", ["", "  \n\t\n"])
def test_article_from_empty_text_is_an_error(text: str) -> None:
    with pytest.raises(InputError, match="empty text"):
        article_from_text(text)


def test_article_from_non_english_text_is_an_error() -> None:
    with pytest.raises(InputError, match="does not look like English"):
        article_from_text(FRENCH)


@pytest.mark.parametrize(
    "text",
    [
        "Venezuelan security forces arrested opposition leader Maria Corina Machado.",
        "Kenyan police fire tear gas at Nairobi protesters demanding lower taxes",
    ],
)
def test_short_english_without_function_words_is_accepted(text: str) -> None:
    """A headline-like sentence has no function words but no foreign ones either."""
    assert article_from_text(text).text == text


@pytest.mark.parametrize("text", [FRENCH[:70], GERMAN[:75], SPANISH[:70]])
def test_short_foreign_text_is_still_an_error(text: str) -> None:
    with pytest.raises(InputError, match="does not look like English"):
        article_from_text(text)


# -- HTML --------------------------------------------------------------------------------------


def test_html_article_with_metadata(tmp_path: Path) -> None:
    path = _write(tmp_path / "mackerel.html", HTML_PAGE.format(body=BODY.replace("\n", " ")))
    article = _only_article(path, published=date(2000, 1, 1))
    assert article.id == "mackerel"
    assert "mackerel quotas in the North Atlantic" in article.text
    assert "Home" not in article.text
    assert "All rights reserved" not in article.text
    assert article.title == "Norway and Iceland share mackerel quotas"
    assert article.outlet == "North Sea Times"
    assert article.url == "https://example.org/news/mackerel"
    assert article.published == date(2024, 3, 5)


def test_html_without_a_date_takes_the_callers_date(tmp_path: Path) -> None:
    page = HTML_PAGE.format(body=BODY).replace(
        '<meta property="article:published_time" content="2024-03-05T09:30:00Z">', ""
    )
    article = _only_article(_write(tmp_path / "page.htm", page), published=date(2024, 3, 4))
    assert article.published == date(2024, 3, 4)


def test_html_is_sniffed_in_a_text_file(tmp_path: Path) -> None:
    article = _only_article(_write(tmp_path / "saved.txt", HTML_PAGE.format(body=BODY)))
    assert "<p>" not in article.text
    assert "Norway and Iceland met in Oslo" in article.text


def test_html_key_points_list(tmp_path: Path) -> None:
    body = "<h2>At a Glance</h2><ul><li>Norway signs</li><li>Iceland signs</li></ul><p>{}</p>"
    page = HTML_PAGE.format(body=body.format(BODY))
    article = _only_article(_write(tmp_path / "glance.html", page))
    assert [p.text for p in article.key_points] == ["Norway signs", "Iceland signs"]


def test_html_without_article_text_is_an_error(tmp_path: Path) -> None:
    page = "<html><head><title>Menu</title></head><body><nav>Home | World</nav></body></html>"
    error = _only_error(_write(tmp_path / "menu.html", page))
    assert str(error) == f"{tmp_path / 'menu.html'}: no article text found in HTML"


# -- JSON Lines and JSON -----------------------------------------------------------------------


def test_jsonl_articles(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "batch.jsonl",
        {
            "id": "n1",
            "url": "https://example.org/n1",
            "title": "Pact",
            "outlet": "North Sea Times",
            "published": "2024-03-05",
            "text": BODY,
        },
        "",
        {"text": BODY + " Iceland agreed.", "url": "https://example.org/n2"},
        {"id": 7, "text": BODY, "published": "2024-03-06T10:00:00+01:00"},
    )
    first, second, third = _read(path, published=date(2000, 1, 1))
    assert isinstance(first, Article)
    assert (first.id, first.url, first.title, first.outlet) == (
        "n1",
        "https://example.org/n1",
        "Pact",
        "North Sea Times",
    )
    assert first.published == date(2024, 3, 5)
    assert first.text == BODY
    assert isinstance(second, Article)
    assert second.id == Article.make_id("https://example.org/n2", second.text)
    assert second.published == date(2000, 1, 1)
    assert isinstance(third, Article)
    assert third.id == "7"
    assert third.published == date(2024, 3, 6)


def test_ndjson_suffix_is_read_as_json_lines(tmp_path: Path) -> None:
    article = _only_article(_jsonl(tmp_path / "batch.ndjson", {"id": "x", "text": BODY}))
    assert article.id == "x"


def test_jsonl_bad_lines_give_one_error_each_and_the_rest_is_read(tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "mixed.jsonl",
        {"id": "good1", "text": BODY},
        '{"id": "broken", "text": ',
        {"id": "notext"},
        {"id": "emptytext", "text": "   "},
        ["not", "an", "object"],
        {"id": "baddate", "text": BODY, "published": "yesterday"},
        {"id": "good1", "text": BODY},
        {"id": "french", "text": FRENCH},
        {"id": "good2", "text": BODY},
    )
    items = _read(path)
    assert [a.id for a in items if isinstance(a, Article)] == ["good1", "good2"]
    errors = [str(e) for e in items if isinstance(e, InputError)]
    assert errors[0].startswith(f"{path}:2: invalid JSON")
    assert errors[1:] == [
        f"{path}:3: missing 'text' field",
        f"{path}:4: empty 'text' field",
        f"{path}:5: expected a JSON object with a 'text' field, got list",
        f"{path}:6: 'published' must be an ISO date like 2024-11-18, got 'yesterday'",
        f"{path}:7: duplicate article id 'good1' (first on line 1)",
        errors[6],
    ]
    assert errors[6].startswith(f"{path}:8: text does not look like English")


def test_jsonl_is_read_in_blocks_with_the_file_line_numbers(tmp_path: Path, monkeypatch) -> None:
    """Large JSON Lines files are decoded a block of lines at a time (bounded memory); line
    numbers, the duplicate check and bad bytes still refer to the whole file."""
    import eventscope.ingest as ingest

    monkeypatch.setattr(ingest, "JSONL_BLOCK", 64)  # a few lines a block
    records = [json.dumps({"id": f"a{i}", "text": BODY}) for i in range(6)]
    records[3] = '{"id": "broken", "text": '
    records.insert(5, "")
    path = _write(tmp_path / "big.jsonl", "\n".join([*records, records[0]]) + "\n\n\n")
    items = _read(path)
    assert [a.id for a in items if isinstance(a, Article)] == ["a0", "a1", "a2", "a4", "a5"]
    errors = [str(e) for e in items if isinstance(e, InputError)]
    assert errors[0].startswith(f"{path}:4: invalid JSON")
    assert errors[1] == f"{path}:8: duplicate article id 'a0' (first on line 1)"
    assert len(errors) == 2
    bad = _write(tmp_path / "bad.jsonl", ("\n".join(records[:3]) + "\n").encode()
                 + b'{"id": "x", "text": "caf\xe9"}\n' + records[4].encode() + b"\n")
    items = _read(bad)
    assert [a.id for a in items if isinstance(a, Article)] == ["a0", "a1", "a2", "a4"]
    assert [str(e) for e in items if isinstance(e, InputError)] == [
        f"{bad}:4: not valid UTF-8: byte 0xe9 (save the file as UTF-8)"]


def test_jsonl_gold_file_gives_one_error(tmp_path: Path) -> None:
    record = {"article": "a", "id": "a#1", "type": "AID", "evidence": "x"}
    error = _only_error(_jsonl(tmp_path / "labels.jsonl", record, record))
    assert str(error).startswith(f"{tmp_path / 'labels.jsonl'}:1: a gold file")


def test_json_object_and_list(tmp_path: Path) -> None:
    single = _write(tmp_path / "one.json", json.dumps({"id": "j1", "text": BODY}))
    many = _write(tmp_path / "many.json", json.dumps([{"id": "j2", "text": BODY}, {"id": "j3"}]))
    items = _read(single, many)
    assert [a.id for a in items if isinstance(a, Article)] == ["j1", "j2"]
    assert str(items[2]) == f"{many}: item 2: missing 'text' field"


def test_invalid_json_file_names_the_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.json", '{\n  "text": "x",\n  oops\n}')
    assert str(_only_error(path)).startswith(f"{path}:3: invalid JSON")


# -- directories -------------------------------------------------------------------------------


def test_directory_is_walked_sorted_and_recursively(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt", BODY)
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub" / "c.html", HTML_PAGE.format(body=BODY))
    _jsonl(tmp_path / "a.jsonl", {"id": "a1", "text": BODY})
    _write(tmp_path / "notes.csv", "x,y\n")
    _write(tmp_path / "README.md", BODY)
    _jsonl(tmp_path / "b.gold.jsonl", {"article": "b", "evidence": "x"})
    _jsonl(tmp_path / "gold.jsonl", {"article": "b", "evidence": "x"})
    (tmp_path / ".hidden").mkdir()
    _write(tmp_path / ".hidden" / "d.txt", BODY)
    assert [a.id for a in _read(tmp_path) if isinstance(a, Article)] == ["a1", "b", "c"]


def test_directory_without_articles_is_an_error(tmp_path: Path) -> None:
    _write(tmp_path / "notes.csv", "x,y\n")
    error = _only_error(tmp_path)
    assert str(error).startswith(f"{tmp_path}: directory has no article files (")


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(STORY.encode())))
    article = _only_article("-")
    assert article.id == Article.make_id(None, STORY)
    assert article.path == "<stdin>"
    assert len(article.key_points) == 3


# -- bad inputs --------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    assert str(_only_error(tmp_path / "nope.txt")) == f"{tmp_path / 'nope.txt'}: file not found"


def test_errors_do_not_stop_the_other_inputs(tmp_path: Path) -> None:
    good = _write(tmp_path / "good.txt", BODY)
    items = _read(tmp_path / "missing.txt", good, _write(tmp_path / "empty.txt", ""))
    assert [type(item) for item in items] == [InputError, Article, InputError]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"  \n\r\n\t ", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (contains NUL bytes), not text"),
        (bytes(range(1, 9)) * 50, "binary file (mostly control characters), not text"),
        (bytes(range(0x80, 0x100)) * 4, "binary file (mostly not text)"),
        ("Norway".encode("utf-16"), "UTF-16 text, not UTF-8 (save the file as UTF-8)"),
    ],
)
def test_unreadable_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = _write(tmp_path / "input.txt", content)
    assert str(_only_error(path)) == f"{path}: {message}"


def test_non_utf8_names_the_byte_offset_and_line(tmp_path: Path) -> None:
    text = ("Title\n" + BODY.replace("Faroe", "Féroé")).encode("latin-1")
    path = _write(tmp_path / "latin1.txt", text)
    offset = text.index(b"\xe9")
    error = _only_error(path)
    assert str(error) == (
        f"{path}:3: not valid UTF-8: byte 0xe9 at offset {offset} (save the file as UTF-8)"
    )
    assert (error.path, error.line) == (str(path), 3)


@pytest.mark.parametrize("text", [FRENCH, GERMAN, SPANISH, DUTCH, "俄罗斯向乌克兰发动了导弹袭击。"])
def test_non_english_text_is_an_error(tmp_path: Path, text: str) -> None:
    path = _write(tmp_path / "foreign.txt", text)
    error = _only_error(path)
    assert str(error).startswith(f"{path}: text does not look like English")


# -- language check ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia attacked Ukraine.",
        "Lt. Gen. Prosper Avril resigned yesterday to allow Haiti's first elections.",
        "Beirut again rejected Thursday a United Nations appeal for deploying army troops.",
        BODY,
    ],
)
def test_english_texts_pass(text: str) -> None:
    assert looks_like_english(text)


def test_every_gsr_sentence_passes_the_language_check(shared: Path) -> None:
    path = shared / "data" / "plover" / "gsr-dev" / "articles.jsonl"
    items = _read(path)
    assert [str(e) for e in items if isinstance(e, InputError)] == []
    assert len(items) == len(path.read_text(encoding="utf-8").splitlines())


def test_a_nul_byte_in_one_json_line_loses_that_line_only(tmp_path):
    # found by tests/test_fuzz.py: a stray NUL made the whole file "binary"
    path = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "good", "text": "Russian forces shelled Kharkiv on Monday."})
    path.write_bytes(b'{"id": "bad", "text": "x\x00y"}\n' + good.encode() + b"\n")
    items = list(read_articles([path]))
    assert isinstance(items[0], InputError) and str(items[0]).startswith(f"{path}:1: a NUL")
    assert isinstance(items[1], Article) and items[1].id == "good"


def test_a_nul_byte_in_a_text_file_names_its_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Title\nRussian forces shelled Kharkiv.\x00\n")
    (error,) = read_articles([path])
    assert isinstance(error, InputError) and str(error).startswith(f"{path}:2: a NUL byte")
