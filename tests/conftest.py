"""Shared test set-up: Qt runs offscreen, and no test ever touches the real user data folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import settings

import planner.ui  # noqa: F401  (the PySide6 6.12.0 reference work-around, before any test calls Qt)

# In CI every property test runs the same examples (reproducible landings); by hand they explore anew.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point PLANNER_DATA_DIR at a fresh folder so the user's real store is never opened."""
    monkeypatch.setenv("PLANNER_DATA_DIR", str(tmp_path_factory.mktemp("data")))
