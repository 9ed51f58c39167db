"""The Python API: ``from eventscope import Coder``, ``Coder.code``, ``Coder.pipe``, the public
names of the package and JSON serialisation. Uses the session ``coder`` fixture."""

from __future__ import annotations

import ast
import json
from datetime import date
from pathlib import Path

import pytest

import eventscope
from eventscope import Coder, InputError, Result, to_dict, to_json
from eventscope.ingest import article_from_text

PUBLISHED = "2024-06-01"
TEXT = (
    "Russian forces shelled Ukrainian positions near Kharkiv.\n"
    "Ukrainian President Volodymyr Zelensky condemned the attack. "
    '"Russia is committing terrible crimes against our people," Zelensky said.\n'
)
ARTICLES = [
    "Turkey detained two German journalists in Istanbul.",
    "Canada sent humanitarian aid to Haiti after the storm.",
    "The European Union imposed new sanctions on Belarus over the crackdown.",
]
FRENCH = (
    "Le président de la République a rencontré mardi le chancelier allemand à Paris pour "
    "discuter de la guerre en Ukraine et de la livraison d'armes à l'armée ukrainienne."
)


@pytest.fixture(scope="module")
def result(coder) -> Result:
    return coder.code(TEXT, published=PUBLISHED)


def _triples(result: Result) -> set[tuple]:
    return {(e.source.country, e.plover_type, e.target.country if e.target else None)
            for e in result.events}


def test_code_returns_a_result_with_events_and_quotes(coder, result):
    assert isinstance(coder, Coder)
    assert isinstance(result, Result)
    assert ("RUS", "ASSAULT", "UKR") in _triples(result)
    assert result.quotes
    quote = result.quotes[0]
    assert quote.speaker is not None and quote.speaker.country == "UKR"
    assert result.article.text[quote.text.start:quote.text.end] == quote.text.text
    for event in result.events:
        assert result.article.text[event.evidence.start:event.evidence.end] == event.evidence.text


def test_code_published_string_dates_the_article_and_its_events(result):
    assert result.article.published == date(2024, 6, 1)
    assert {e.date.value for e in result.events} == {PUBLISHED}


def test_code_published_accepts_a_date_object(coder, result):
    same = coder.code(TEXT, published=date(2024, 6, 1))
    assert same.article.published == date(2024, 6, 1)
    assert same == result


def test_pipe_yields_one_result_per_article_in_order_identical_to_coding_each_alone(coder):
    articles = [article_from_text(text, id=f"a{i}", published=date(2024, 6, 1))
                for i, text in enumerate(ARTICLES)]
    piped = list(coder.pipe(iter(articles)))
    assert [r.article.id for r in piped] == ["a0", "a1", "a2"]
    alone = [coder.code_article(article) for article in articles]
    assert piped == alone
    assert [to_json(r) for r in piped] == [to_json(r) for r in alone]
    assert all(r.events for r in piped)


def _public_names_defined_in_init() -> set[str]:
    tree = ast.parse(Path(eventscope.__file__).read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, (ast.AnnAssign,)) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
    return {n for n in names if not n.startswith("_") and n != "annotations"}


def test_dunder_all_lists_every_public_name_and_only_existing_ones():
    exported = set(eventscope.__all__)
    assert len(exported) == len(eventscope.__all__), "duplicates in __all__"
    assert _public_names_defined_in_init() <= exported
    for name in eventscope.__all__:
        assert hasattr(eventscope, name), name
    assert {"Coder", "to_json", "to_dict", "InputError", "DictionaryError"} <= exported


def test_to_json_of_an_event_round_trips_to_its_to_dict(result):
    assert result.events
    for event in result.events:
        text = to_json(event)
        assert "\n" not in text
        assert json.loads(text) == to_dict(event)
    assert json.loads(to_json(result)) == to_dict(result)


def test_event_and_quote_ids_are_deterministic_across_calls(coder, result):
    again = coder.code(TEXT, published=PUBLISHED)
    assert [e.id for e in again.events] == [e.id for e in result.events]
    assert [q.id for q in again.quotes] == [q.id for q in result.quotes]
    assert len({e.id for e in result.events}) == len(result.events)


def test_code_rejects_non_english_text_with_input_error(coder):
    with pytest.raises(InputError, match="English") as caught:
        coder.code(FRENCH, published=PUBLISHED)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
