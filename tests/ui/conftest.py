"""GUI fixtures: a real store in a temporary folder and the main window over it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from planner.services.workspace import Workspace
from planner.ui.app import application, window_settings
from planner.ui.main_window import MainWindow


@pytest.fixture
def settings(workspace: Workspace) -> QSettings:
    application()
    return window_settings(workspace)


@pytest.fixture
def main_window(qtbot, workspace: Workspace, settings: QSettings) -> MainWindow:
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
