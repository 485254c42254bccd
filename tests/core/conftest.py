"""The shipped exercise library and the example patients, for the tailoring tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from planner.library.loader import Library, load_library

ROOT = Path(__file__).resolve().parents[2]
PATIENTS = ROOT / "tests" / "fixtures" / "patients"


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library(ROOT / "exercises").library


@pytest.fixture(scope="session")
def patient() -> Callable[[str], dict]:
    """An example patient's assessment JSON by file name (tests/fixtures/patients/<name>.json)."""
    return lambda name: json.loads((PATIENTS / f"{name}.json").read_text(encoding="utf-8"))
