"""The documented JSON Schema is the code's, and real output validates against it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from eventscope.model import json_schema, to_dict

DOCS = Path(__file__).resolve().parents[1] / "docs" / "schema.json"


def test_documented_schema_is_current():
    assert json.loads(DOCS.read_text(encoding="utf-8")) == json_schema(), (
        "docs/schema.json is stale: run `eventscope schema > docs/schema.json`")


def test_coded_article_validates(coder):
    text = ("Russian forces shelled Ukrainian positions near Kharkiv on Monday. "
            "\u201cThis is barbaric,\u201d Ukraine's foreign minister said.")
    result = coder.code(text, published="2024-06-01")
    assert result.events
    jsonschema.validate(to_dict(result), json_schema())


def test_schema_rejects_a_wrong_field():
    bad = {"article": {}, "events": "not a list"}
    try:
        jsonschema.validate(bad, json_schema())
    except jsonschema.ValidationError:
        return
    raise AssertionError("an invalid document validated")
