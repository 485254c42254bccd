"""A fresh store and the shipped library for service tests."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from planner.library.loader import Library, load_library
from planner.storage.store import Store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library(ROOT / "exercises").library


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "data" / "planner.sqlite3")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def patient() -> Callable[[str], dict]:
    return lambda name: json.loads((ROOT / "tests" / "fixtures" / "patients" / f"{name}.json").read_text("utf-8"))
