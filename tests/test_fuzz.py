"""Generated inputs at every input boundary (see ``tests/fuzzing.py`` for the inputs and the
properties). CI runs a bounded, derandomised profile: a few seconds per property, no example
database. ``bench/fuzz.py`` runs the same properties far longer; ``EVENTSCOPE_FUZZ_EXAMPLES``
scales the examples here."""

from __future__ import annotations

import os

import fuzzing
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SCALE = float(os.environ.get("EVENTSCOPE_FUZZ_EXAMPLES", "1"))


def bounded(examples: int):
    return settings(max_examples=max(1, int(examples * SCALE)), derandomize=True,
                    deadline=None, database=None, print_blob=True,
                    suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def cameo():
    from eventscope.cameo import CameoTable

    return CameoTable.load()


@bounded(300)
@given(fuzzing.file_bytes())
def test_text_files_give_articles_or_one_line_errors(data):
    fuzzing.reads_text_file(data)


@bounded(150)
@given(fuzzing.html_pages())
def test_html_files_give_articles_or_one_line_errors(data):
    fuzzing.reads_html_file(data)


@bounded(300)
@given(fuzzing.jsonl_files())
def test_jsonl_files_keep_good_records_whatever_surrounds_them(case):
    fuzzing.reads_jsonl_file(case)


@bounded(300)
@given(case=fuzzing.dictionary_yaml())
def test_dictionary_files_load_or_fail_with_a_dictionary_error(case, cameo):
    fuzzing.loads_dictionary(case, cameo)


@bounded(300)
@given(fuzzing.feeds())
def test_mutated_feeds_give_items_or_a_fetch_error(data):
    fuzzing.parses_feed(data)


@bounded(300)
@given(fuzzing.date_phrases)
def test_date_phrases_resolve_or_not_the_same_each_time(phrase):
    fuzzing.parses_date(phrase, _resolver())


@bounded(200)
@given(st.one_of(st.sampled_from(fuzzing.PLACES), fuzzing.odd_texts))
def test_place_names_are_looked_up_the_same_each_time(name):
    fuzzing.looks_up_place(name, _gazetteer())


@pytest.mark.slow
@bounded(200)
@given(st.one_of(fuzzing.phrases(), fuzzing.texts))
def test_the_coder_codes_any_text_with_offsets_that_slice_to_their_text(coder, text):
    fuzzing.codes_text(text, coder)


@pytest.mark.slow
@bounded(30)
@given(st.lists(st.one_of(fuzzing.texts, fuzzing.phrases()), max_size=4))
def test_a_bad_article_never_stops_the_others(coder, texts):
    fuzzing.codes_batch(texts, coder)


_CACHE: dict[str, object] = {}


def _resolver():
    from eventscope.enrich.dates import DateResolver

    return _CACHE.setdefault("dates", DateResolver())


def _gazetteer():
    from eventscope.enrich.places import Gazetteer

    return _CACHE.setdefault("places", Gazetteer.load())
