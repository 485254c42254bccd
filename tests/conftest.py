"""Shared test set-up: Qt runs offscreen, no test touches the real user data folder, and the fixtures
every layer uses: a fresh store, and a workspace over one."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import settings

import planner.ui  # noqa: F401  (the PySide6 6.12.0 reference work-around, before any test calls Qt)
from planner.services.workspace import Workspace
from planner.storage.store import Store

# In CI every property test runs the same examples (reproducible landings); by hand they explore anew.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point PLANNER_DATA_DIR at a fresh folder so the user's real store is never opened."""
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path_factory.mktemp("data")))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "data" / "planner.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened = Workspace(tmp_path / "data")
    yield opened
    opened.close()
