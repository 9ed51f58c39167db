from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis.configuration import set_hypothesis_home_dir

# Hypothesis (the fuzz tests, schemathesis) keeps caches in ./.hypothesis; keep them out of
# the repository
_HYPOTHESIS_HOME = tempfile.mkdtemp(prefix="eventscope-hypothesis-")
set_hypothesis_home_dir(_HYPOTHESIS_HOME)
atexit.register(shutil.rmtree, _HYPOTHESIS_HOME, ignore_errors=True)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def coder():
    from eventscope import Coder

    return Coder()


@pytest.fixture(scope="session")
def full_coder():
    """A coder that parses every sentence (no prefilter plan)."""
    from eventscope import Coder

    return Coder(parse_all=True)


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not beside the repository")
    return SHARED
