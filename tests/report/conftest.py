"""Report fixtures: a small real PNG logo."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.report.sample_files import write_png


@pytest.fixture
def logo_png(tmp_path: Path) -> Path:
    return write_png(tmp_path / "clinic-logo.png")
