"""Composition root: the Qt application, fonts, crash handler, the store and the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QMessageLogContext, QSettings, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import __version__, paths
from planner.core.errors import StorageError
from planner.services.workspace import Workspace
from planner.ui import excepthook
from planner.ui.main_window import MainWindow

# Qt notices that are expected and harmless (the offscreen platform used for tests and install checks).
_QUIET_QT_MESSAGES = ("does not support propagateSizeHints",)


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if not any(quiet in message for quiet in _QUIET_QT_MESSAGES):
        sys.stderr.write(f"Qt: {message}\n")


def _register_fonts() -> None:
    """The same Unicode font as the PDF, so names look the same on screen on any machine."""
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(paths.fonts_dir() / name))


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Planner")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Planner")
    return app


def window_settings(workspace: Workspace) -> QSettings:
    """Window size and layout, kept beside the clinic's data (one file per data folder)."""
    return QSettings(str(workspace.data_dir / "window.ini"), QSettings.Format.IniFormat)


def run_gui(quit_after_start: bool = False) -> int:
    """Open the main window on the real store; with `quit_after_start`, show it once and exit 0."""
    qInstallMessageHandler(_qt_message)
    app = application()
    _register_fonts()
    excepthook.install()
    try:
        workspace = Workspace(exclusive=True)   # a second window is refused: see storage/lock.py
    except StorageError as error:
        sys.stderr.write(f"planner: {error}\n")
        if not quit_after_start:
            QMessageBox.critical(None, "Planner cannot open its data", str(error))
        return 2
    window = MainWindow(workspace, window_settings(workspace))
    window.show()
    try:
        if quit_after_start:
            app.processEvents()
            window.close()
            return 0
        QTimer.singleShot(0, window.safety.start_backups)   # after the window shows, on a worker thread
        return app.exec()
    finally:
        window.safety.runner.wait()
        workspace.close()
