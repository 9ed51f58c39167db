"""The command line, through typer's CliRunner on ``eventscope.cli.app`` (and once through the
installed console script). Each CliRunner call that codes loads a fresh Coder, so the calls are
few and module-scoped fixtures share them between the tests that read their output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from eventscope.cli import app
from eventscope.ingest import read_articles

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = "2024-06-01"

STORY = (
    "Russian forces shell Ukrainian positions\n"
    "Russian forces shelled Ukrainian positions near Kharkiv, local officials said.\n"
    "Ukraine condemned the attack and called on NATO to send more air defence systems.\n"
)
HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Russian forces shell Ukrainian positions near Kharkiv</title></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/europe">Europe</a></nav>
<article>
<h1>Russian forces shell Ukrainian positions near Kharkiv</h1>
<p>Russian forces shelled Ukrainian positions near Kharkiv, local officials said, in one of the
heaviest bombardments of the spring in the region.</p>
<p>Ukraine condemned the attack and called on its Western partners to send more air defence
systems to protect the city and the people who still live there.</p>
<p>The United Nations urged both sides to protect civilians and to allow humanitarian
organisations to reach the villages near the front line.</p>
</article>
<footer>Copyright 2024 Example News. All rights reserved.</footer>
</body></html>
"""
JSONL_GOOD = {
    "id": "wire-1",
    "title": "Iran condemns strikes",
    "text": "Iran condemned the United States and Israel for the strikes on its territory.",
}
JSONL_BAD = '{"id": "wire-2", "text": '
FRENCH = (
    "Les forces russes ont bombardé des positions ukrainiennes près de Kharkiv. Le gouvernement "
    "ukrainien a condamné cette attaque et demandé une réunion du Conseil de sécurité.\n"
)
EMPTY_HTML = (
    "<!DOCTYPE html><html><head><title>Nothing here</title></head>"
    '<body><nav><a href="/">Home</a></nav></body></html>\n'
)
EVENT_KEYS = {"source", "target", "plover_type", "cameo_code", "evidence"}


def _stdout(result) -> str:
    return result.stdout


def _stderr(result) -> str:
    """stderr when the runner keeps it apart (click ≥ 8.2), else the mixed output."""
    try:
        return result.stderr
    except ValueError:  # older click with mix_stderr=True
        return result.output


def _error_lines(result) -> list[str]:
    return [line for line in _stderr(result).splitlines() if line.startswith("error:")]


def _no_traceback(result) -> None:
    assert "Traceback" not in result.output
    assert "Traceback" not in _stderr(result)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )


def _invoke(*args: str):
    return CliRunner().invoke(app, [*args], catch_exceptions=True)


# -- fixtures: one CliRunner call each -----------------------------------------------------------


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("cli-inputs")
    story = folder / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    page = folder / "page.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    feed = folder / "feed.jsonl"
    feed.write_text(json.dumps(JSONL_GOOD) + "\n" + JSONL_BAD + "\n", encoding="utf-8")
    return {"story": story, "page": page, "feed": feed}


@pytest.fixture(scope="module")
def coded(inputs):
    """``code story.txt page.html feed.jsonl --published 2024-06-01`` (JSON Lines)."""
    return _invoke("code", str(inputs["story"]), str(inputs["page"]), str(inputs["feed"]),
                   "--published", PUBLISHED)


@pytest.fixture(scope="module")
def coded_events(coded) -> list[dict]:
    assert coded.exit_code == 0, coded.output
    return [json.loads(line) for line in _stdout(coded).splitlines()]


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("cli-bad")
    files = {
        "empty": folder / "empty.txt",
        "binary": folder / "binary.dat",
        "latin1": folder / "latin1.txt",
        "french": folder / "french.txt",
        "no_article": folder / "no-article.html",
        "missing": folder / "missing.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x03\x00>\x00" * 8)
    files["latin1"].write_bytes(
        "Ukraine condemned the Russian attack on Kharkiv, said the minister of défense.\n"
        .encode("latin-1")
    )
    files["french"].write_text(FRENCH, encoding="utf-8")
    files["no_article"].write_text(EMPTY_HTML, encoding="utf-8")
    return files


@pytest.fixture(scope="module")
def bad_run(bad_inputs):
    """``code`` over inputs of which none can be coded."""
    return _invoke("code", *(str(path) for path in bad_inputs.values()))


# -- demo ----------------------------------------------------------------------------------------


def test_demo_prints_the_events_table_and_quotes():
    result = _invoke("demo")
    assert result.exit_code == 0, result.output
    out = _stdout(result)
    assert "Events" in out
    assert "Quotes" in out
    assert "ASSAULT" in out
    assert "Macron" in out
    _no_traceback(result)


# -- code: JSON Lines ----------------------------------------------------------------------------


def test_code_jsonl_prints_one_event_object_per_line(coded, coded_events):
    lines = _stdout(coded).splitlines()
    assert lines and len(lines) == len(coded_events)
    for line, event in zip(lines, coded_events, strict=True):
        assert isinstance(event, dict)
        assert EVENT_KEYS <= event.keys(), line
        assert {"text", "start", "end"} <= event["evidence"].keys()
        assert event["source"]["country"]


def test_code_jsonl_evidence_offsets_slice_the_article_text(inputs, coded_events):
    texts = {
        item.id: item.text
        for item in read_articles(list(map(str, inputs.values())))
        if not isinstance(item, Exception)
    }
    assert {e["article_id"] for e in coded_events} <= texts.keys()
    for event in coded_events:
        evidence = event["evidence"]
        text = texts[event["article_id"]]
        assert text[evidence["start"]:evidence["end"]] == evidence["text"]
        trigger = event["trigger"]
        assert text[trigger["start"]:trigger["end"]] == trigger["text"]


def test_code_published_option_dates_the_events_of_an_undated_file(coded_events):
    story = [e for e in coded_events if e["article_id"] == "story"]
    assert story
    assert all(e["date"]["value"] == PUBLISHED for e in story)


def test_code_codes_the_article_text_of_an_html_page(coded_events):
    page = [e for e in coded_events if e["article_id"] == "page"]
    assert ("RUS", "ASSAULT", "UKR") in {
        (e["source"]["country"], e["plover_type"], (e["target"] or {}).get("country"))
        for e in page
    }


def test_code_reports_a_malformed_jsonl_line_and_codes_the_good_one(inputs, coded, coded_events):
    assert coded.exit_code == 0
    assert any(e["article_id"] == "wire-1" for e in coded_events)
    errors = _error_lines(coded)
    assert len(errors) == 1, _stderr(coded)
    assert f"{inputs['feed']}:2:" in errors[0]
    _no_traceback(coded)


def test_code_twice_on_the_same_inputs_gives_byte_identical_stdout(inputs, coded):
    again = _invoke("code", str(inputs["story"]), str(inputs["page"]), str(inputs["feed"]),
                    "--published", PUBLISHED)
    assert again.exit_code == 0
    assert again.stdout_bytes == coded.stdout_bytes
    assert coded.stdout_bytes.strip()


# -- code: the other formats ---------------------------------------------------------------------


def test_code_format_json_prints_one_document_of_articles_events_and_quotes(inputs):
    result = _invoke("code", str(inputs["story"]), "--published", PUBLISHED, "--format", "json")
    assert result.exit_code == 0, result.output
    documents = json.loads(_stdout(result))
    assert isinstance(documents, list) and len(documents) == 1
    document = documents[0]
    assert {"article", "events", "quotes"} <= document.keys()
    assert document["article"]["id"] == "story"
    assert document["article"]["published"] == PUBLISHED
    assert document["events"]
    text = document["article"]["text"]
    for event in document["events"]:
        evidence = event["evidence"]
        assert text[evidence["start"]:evidence["end"]] == evidence["text"]


def test_code_format_table_prints_readable_tables(inputs):
    result = _invoke("code", str(inputs["story"]), "--published", PUBLISHED, "-f", "table")
    assert result.exit_code == 0, result.output
    out = _stdout(result)
    assert "Events" in out
    assert "story" in out
    assert "ASSAULT" in out
    assert "RUS" in out
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


# -- code: bad inputs ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["empty", "binary", "latin1", "french", "no_article", "missing"])
def test_code_reports_each_bad_input_on_exactly_one_error_line(bad_inputs, bad_run, kind):
    path = str(bad_inputs[kind])
    naming = [line for line in _error_lines(bad_run) if path in line]
    assert len(naming) == 1, _stderr(bad_run)
    assert "\n" not in naming[0]
    _no_traceback(bad_run)


def test_code_exits_1_when_nothing_can_be_coded(bad_inputs, bad_run):
    assert bad_run.exit_code == 1
    assert not [line for line in _stdout(bad_run).splitlines() if line.startswith("{")]
    errors = _error_lines(bad_run)
    # one line per input, and one summary line naming no file
    assert len(errors) == len(bad_inputs) + 1, _stderr(bad_run)
    assert "nothing could be coded" in errors[-1]
    _no_traceback(bad_run)


def test_code_bad_input_lines_say_what_is_wrong(bad_inputs, bad_run):
    stderr = _stderr(bad_run)
    assert f"{bad_inputs['empty']}: file is empty" in stderr
    assert f"{bad_inputs['missing']}: file not found" in stderr
    assert "English" in next(line for line in stderr.splitlines()
                             if str(bad_inputs["french"]) in line)
    assert "UTF-8" in next(line for line in stderr.splitlines()
                           if str(bad_inputs["latin1"]) in line)


# -- eval ----------------------------------------------------------------------------------------


def _eval_args(shared: Path) -> list[str]:
    samples = shared / "samples"
    return ["eval", str(samples / "seed-article.gold.jsonl"), str(samples / "seed-article.txt"),
            "--published", "2024-11-18"]


def test_eval_prints_a_micro_line_first(shared):
    result = _invoke(*_eval_args(shared))
    assert result.exit_code == 0, result.output
    assert _stdout(result).startswith("micro")


def test_eval_json_reports_micro_f1_of_at_least_090_on_the_seed_article(shared):
    result = _invoke(*_eval_args(shared), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(_stdout(result))
    micro = report["micro"]
    assert {"tp", "fp", "fn", "precision", "recall", "f1"} <= micro.keys()
    assert micro["f1"] >= 0.90, micro


# -- help and the console script -----------------------------------------------------------------


def _commands() -> dict[str, object]:
    group = typer.main.get_command(app)
    return dict(group.commands)


def test_every_command_has_help_text_and_is_documented():
    commands = _commands()
    assert {"demo", "code", "eval"} <= commands.keys()
    # the hand-written pages of the manual (the command-line reference is generated)
    manual = "\n".join(path.read_text(encoding="utf-8") for path in (ROOT / "docs").glob("*.md")
                       if path.name != "cli.md")
    top = _invoke("--help")
    assert top.exit_code == 0
    for name, command in commands.items():
        assert command.help and command.help.strip(), name
        assert name in top.output
        assert f"eventscope {name}" in manual, name
        own = _invoke(name, "--help")
        assert own.exit_code == 0, own.output
        first_words = " ".join(command.help.split()[:4])
        assert first_words in " ".join(own.output.split()), name


def test_installed_console_script_prints_help():
    script = Path(sys.executable).parent / "eventscope"
    if not script.exists():
        pytest.skip(f"no console script at {script}")
    proc = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=60,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    for name in _commands():
        assert name in proc.stdout
    assert "Traceback" not in proc.stderr


# -- code: --min-confidence ----------------------------------------------------------------------


class _RatedCoder:
    """Codes each sentence of an article as one event, rated by the table below (no spaCy)."""

    RATING = {"Russia attacked Ukraine.": 0.9, "Ukraine accused Russia.": 0.3,
              "Talks were held.": None}

    def pipe(self, articles):
        from eventscope.model import Actor, Event, Result, Span

        for article in articles:
            events = []
            for sentence, confidence in self.RATING.items():
                start = article.text.index(sentence)
                span = Span(sentence, start, start + len(sentence))
                events.append(Event(
                    id=f"{article.id}-{len(events)}", article_id=article.id, sentence=1,
                    evidence=span, trigger=span, source=Actor("Russia", "RUS"),
                    target=Actor("Ukraine", "UKR"), plover_type="ASSAULT", plover_mode=None,
                    cameo_code="190", cameo_name="fight", goldstein=-10.0, quad_class=4,
                    confidence=confidence))
            yield Result(article=article, events=tuple(events))


@pytest.fixture
def rated(tmp_path, monkeypatch) -> Path:
    import eventscope.cli as cli

    monkeypatch.setattr(cli, "_coder", lambda model, dictionaries: _RatedCoder())
    path = tmp_path / "rated.txt"
    path.write_text("Rated\n" + " ".join(_RatedCoder.RATING) + "\n", encoding="utf-8")
    return path


def test_code_min_confidence_prints_the_events_that_reach_it_and_the_unrated(rated):
    every = _invoke("code", str(rated))
    assert every.exit_code == 0, every.output
    assert [json.loads(line)["confidence"] for line in _stdout(every).splitlines()] == [
        0.9, 0.3, None]
    sure = _invoke("code", str(rated), "--min-confidence", "0.5")
    assert sure.exit_code == 0, sure.output
    assert [json.loads(line)["confidence"] for line in _stdout(sure).splitlines()] == [
        0.9, None]
    document = _invoke("code", str(rated), "--min-confidence", "0.95", "-f", "json")
    assert [e["confidence"] for e in json.loads(_stdout(document))[0]["events"]] == [None]
    table = _invoke("code", str(rated), "--min-confidence", "0.5", "-f", "table")
    assert "conf." in _stdout(table) and "0.90" in _stdout(table)
    assert "0.30" not in _stdout(table) and "accused" not in _stdout(table)


@pytest.mark.parametrize("value", ["1.5", "-1"])
def test_code_refuses_a_min_confidence_outside_0_to_1_on_one_line(rated, value):
    result = _invoke("code", str(rated), "--min-confidence", value)
    assert result.exit_code == 1
    assert _error_lines(result) == [
        f"error: --min-confidence must be a number from 0 to 1, got {float(value)}"]
    assert _stdout(result) == ""
    _no_traceback(result)
