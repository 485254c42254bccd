"""The one place that knows where shipped resources, exercises and user data live."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

APP_NAME = "planner"
DATA_DIR_ENV = "PLANNER_DATA_DIR"
EXERCISES_DIR_ENV = "PLANNER_EXERCISES_DIR"


def _shipped_dir(name: str) -> Path:
    """A shipped read-only folder: inside the installed wheel, else beside the source package."""
    inside = Path(str(files("planner") / name))
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parent.parent / name


def resources_dir() -> Path:
    return _shipped_dir("resources")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def exercises_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Shipped exercise files; `--exercises-dir` or PLANNER_EXERCISES_DIR replace them."""
    chosen = override or os.environ.get(EXERCISES_DIR_ENV)
    return Path(chosen) if chosen else _shipped_dir("exercises")


def templates_dir(exercises: Path | None = None) -> Path:
    return (exercises or exercises_dir()) / "templates"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where the clinic's database and backups live; `--data-dir` or PLANNER_DATA_DIR override it."""
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def database_path(data: Path) -> Path:
    return data / "planner.sqlite3"


def backups_dir(data: Path) -> Path:
    return data / "backups"


def log_dir() -> Path:
    """Crash logs; beside the data when the data dir is overridden, so tests stay contained."""
    chosen = os.environ.get(DATA_DIR_ENV)
    if chosen:
        return Path(chosen) / "logs"
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))
