"""The command line as a user meets it: version, demo PDF, install check, and clear one-line refusals."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner import __version__
from planner.cli import main
from planner.services.demo import DEMO_EXERCISES, DEMO_PATIENT
from planner.services.library import shipped_library

ROOT = Path(__file__).resolve().parents[2]


def _planner(*args: str, data_dir: Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PLANNER_DATA_DIR": str(data_dir),
           "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "planner", *args], capture_output=True, text=True, env=env,
                          cwd=cwd or ROOT, timeout=60)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"planner {__version__}\n"


def test_demo_writes_the_plan_and_prints_its_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo.pdf"
    assert main(["demo", "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"{out.resolve()}\n"
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert DEMO_PATIENT in text
    library = shipped_library()
    for exercise_id, _note in DEMO_EXERCISES:
        assert library.get(exercise_id).name in text
    assert "111" in text and "GP" in text


def test_demo_is_the_same_every_time(tmp_path: Path) -> None:
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert main(["demo", "--out", str(first)]) == 0
    assert main(["demo", "--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()


def test_gui_quit_after_start_opens_the_real_store_and_exits_0(tmp_path: Path) -> None:
    result = _planner("gui", "--quit-after-start", data_dir=tmp_path / "data", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "planner.sqlite3").exists()


def test_locked_database_is_one_clear_line_and_exit_2(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert _planner("gui", "--quit-after-start", data_dir=data).returncode == 0
    holder = sqlite3.connect(data / "planner.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = _planner("gui", "--quit-after-start", data_dir=data)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.startswith("planner:")]
    assert lines == [f"planner: the database {data / 'planner.sqlite3'} is in use by another program; "
                     "close it and try again"]
    assert "Traceback" not in result.stderr


def test_unusable_data_folder_is_one_clear_line_and_exit_2(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = _planner("gui", "--quit-after-start", data_dir=blocker / "data")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"planner: cannot create the data folder {blocker / 'data'}" in result.stderr


def test_bad_arguments_are_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["demo", "--paper", "a5"], ["no-such-command"], ["library"]):
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert exit_info.value.code == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("planner: "), err


def test_python_dash_m_and_the_console_script_share_one_entry_point() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["planner"] == "planner.cli:main"
    assert "from planner.cli import main" in (ROOT / "planner" / "__main__.py").read_text(encoding="utf-8")
