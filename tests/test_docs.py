"""The examples in ``docs/`` run, so that they cannot rot.

A fenced ``bash`` or ``python`` block right after ``<!-- run -->`` is runnable; the blocks of a
page run in order, in one fresh folder per page that holds a copy of ``docs/examples/articles``
as ``articles/``, with this environment's ``eventscope`` first on ``PATH``. A page that says
``<!-- examples: store -->`` also gets the store that the tutorial builds from those articles
(the tutorial's examples run once, and their store is copied).
``<!-- run: slow -->`` marks a block that loads the spaCy model; such a page's test is marked
``slow`` (CI runs it too). A runnable block followed by ``<!-- output -->`` and a fenced block
must print every line of that block, in order (a line ``...`` stands for any lines,
``...`` within a line for any text, and runs of spaces count as one); every runnable block
must exit with status 0.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
ARTICLES = DOCS / "examples" / "articles"
# the tutorial's command that builds the store the other pages use
STORE_COMMAND = "eventscope ingest articles/ --published 2024-03-15"

MARK = re.compile(r"^<!--\s*run(?::\s*(?P<flags>[\w ,-]*))?\s*-->", re.M)
BLOCK = re.compile(
    r"^<!--\s*run(?::\s*(?P<flags>[\w ,-]*))?\s*-->[ \t]*\n"
    r"```(?P<lang>\w+)[^\n]*\n(?P<code>.*?)\n```[ \t]*\n"
    r"(?:\s*<!--\s*output\s*-->[ \t]*\n```\w*[^\n]*\n(?P<output>.*?)\n```)?",
    re.S | re.M,
)
STORE_PAGE = re.compile(r"^<!-- examples: store -->$", re.M)


@dataclass
class Example:
    page: str
    line: int
    lang: str
    code: str
    output: str | None
    slow: bool


def examples(path: Path) -> list[Example]:
    text = path.read_text(encoding="utf-8")
    found = []
    for match in BLOCK.finditer(text):
        flags = (match["flags"] or "").replace(",", " ").split()
        found.append(Example(path.relative_to(DOCS).as_posix(),
                             text.count("\n", 0, match.start()) + 2, match["lang"],
                             match["code"], match["output"], "slow" in flags))
    return found


PAGES = sorted(p for p in DOCS.rglob("*.md") if MARK.search(p.read_text(encoding="utf-8")))


def test_every_run_mark_is_followed_by_a_bash_or_python_block():
    for page in DOCS.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        found = examples(page)
        assert len(found) == len(MARK.findall(text)), page
        assert {e.lang for e in found} <= {"bash", "python"}, page


def test_the_docs_have_runnable_examples():
    assert sum(len(examples(p)) for p in PAGES) >= 20
    tutorial = (DOCS / "tutorial.md").read_text(encoding="utf-8")
    assert STORE_COMMAND in tutorial


def _env() -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""),
            "NO_COLOR": "1", "TERM": "dumb", "PYTHONHASHSEED": "0"}


def _run(example: Example, folder: Path) -> str:
    if example.lang == "bash":
        command = ["bash", "-euo", "pipefail", "-c", example.code]
    else:
        script = folder / "_example.py"
        script.write_text(example.code, encoding="utf-8")
        command = [sys.executable, str(script)]
    proc = subprocess.run(command, cwd=folder, env=_env(), capture_output=True, text=True,
                          timeout=300, check=False)
    shown = proc.stdout + proc.stderr
    where = f"{example.page}:{example.line}"
    assert proc.returncode == 0, f"{where} exited {proc.returncode}:\n{shown}"
    return shown


def _check_output(example: Example, shown: str) -> None:
    # runs of spaces count as one, so that a column's width does not matter
    lines = [" ".join(line.split()) for line in shown.splitlines()]
    at = 0
    for want in example.output.splitlines():
        want = want.strip()
        if not want or want == "...":
            continue
        pattern = re.compile(".*?".join(re.escape(" ".join(part.split()))
                                        for part in want.split("...")))
        found = next((i for i in range(at, len(lines)) if pattern.fullmatch(lines[i])), None)
        if found is not None:
            at = found + 1
        else:
            pytest.fail(f"{example.page}:{example.line} did not print {want!r} (in order); "
                        f"it printed:\n{shown}")


@pytest.fixture(scope="session")
def tutorial(tmp_path_factory) -> Path:
    """The folder where the tutorial's examples ran (its store serves the other pages)."""
    folder = tmp_path_factory.mktemp("tutorial")
    shutil.copytree(ARTICLES, folder / "articles")
    for example in examples(DOCS / "tutorial.md"):
        shown = _run(example, folder)
        if example.output is not None:
            _check_output(example, shown)
    return folder


def _page_param(path: Path):
    # a page that uses the tutorial's store needs the model too, to build it
    slow = any(e.slow for e in examples(path)) or bool(
        STORE_PAGE.search(path.read_text(encoding="utf-8")))
    marks = [pytest.mark.slow] if slow else []
    return pytest.param(path, id=path.relative_to(DOCS).as_posix(), marks=marks)


@pytest.mark.parametrize("page", [_page_param(p) for p in PAGES])
def test_page_examples_run(page: Path, tmp_path: Path, request):
    if page.name == "tutorial.md":
        request.getfixturevalue("tutorial")  # runs and checks the tutorial's examples
        return
    shutil.copytree(ARTICLES, tmp_path / "articles")
    if STORE_PAGE.search(page.read_text(encoding="utf-8")):
        store = request.getfixturevalue("tutorial") / "eventscope.duckdb"
        shutil.copy(store, tmp_path / "eventscope.duckdb")
    for example in examples(page):
        shown = _run(example, tmp_path)
        if example.output is not None:
            _check_output(example, shown)


def test_the_readme_is_one_screen_that_starts_with_the_two_commands_and_links_into_the_docs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 120
    first = re.search(r"```bash\n(.*?)\n```", readme, re.S)[1].splitlines()
    assert first == [
        'python3 -m venv .venv && .venv/bin/pip install -q -U pip && '
        '.venv/bin/pip install -q -e ".[dev]" && .venv/bin/eventscope demo',
        ".venv/bin/python -m pytest -q",
    ]
    links = re.findall(r"\]\((docs/[^)#]*)", readme)
    assert len(links) >= 15
    for link in links:
        assert (ROOT / link).exists(), link


def test_every_page_is_in_the_site_navigation():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for page in DOCS.glob("*.md"):
        assert f": {page.name}" in config, page.name
