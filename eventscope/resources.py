"""Loading the package's data files (importlib.resources), with errors that name the file."""

from __future__ import annotations

import csv
import hashlib
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import DictionaryError

DATA = "eventscope.data"


def data_path(name: str) -> Path:
    """The path of a shipped data file (``actors/countries.yaml``)."""
    return Path(str(resources.files(DATA).joinpath(name)))


def data_files(folder: str, suffix: str = ".yaml") -> list[Path]:
    """The shipped data files in ``folder``, sorted by name."""
    root = resources.files(DATA).joinpath(folder)
    return sorted(Path(str(p)) for p in root.iterdir() if p.name.endswith(suffix))


#: libyaml's parser where PyYAML was built with it (the same safe loading, several times
#: faster on the large actor files), else PyYAML's own
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path) -> Any:
    """Parse one YAML file; a syntax error becomes a DictionaryError naming file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read dictionary file ({exc.strerror})") from None
    try:
        return yaml.load(text, Loader=_LOADER)
    except ValueError as exc:  # a well-formed but impossible date: "2020-13-45"
        raise DictionaryError(f"{path}: invalid value ({' '.join(str(exc).split())})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = " ".join(str(getattr(exc, "problem", None) or exc).split())  # one line
        raise DictionaryError(f"{where}: invalid YAML ({problem})") from None


def entry_lines(path: Path) -> list[int]:
    """1-based line of each top-level list item of a YAML file (for line-numbered errors)."""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except yaml.YAMLError:
        return []
    if not isinstance(node, yaml.SequenceNode):
        return []
    return [item.start_mark.line + 1 for item in node.value]


def load_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def fingerprint(paths: list[Path]) -> str:
    """A short content hash of dictionary files: the dictionary version stamped on events."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
