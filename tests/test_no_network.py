"""No network access anywhere in the app: no module imports a network library, and nothing connects.

Patient data must stay on the clinic's computer; the app has no reason to reach the network.
"""

from __future__ import annotations

import ast
import socket
from datetime import date
from pathlib import Path

import pytest

from planner.cli import main

PACKAGE = Path(__file__).resolve().parents[1] / "planner"
NETWORK_MODULES = ("socket", "ssl", "http", "urllib.request", "urllib3", "requests", "httpx", "aiohttp",
                   "ftplib", "smtplib", "poplib", "imaplib", "telnetlib", "xmlrpc", "socketserver", "asyncio",
                   "webbrowser", "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets")


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.update([node.module, *(f"{node.module}.{alias.name}" for alias in node.names)])
    return found


def test_no_module_imports_a_network_library() -> None:
    offenders = {
        f"{path.relative_to(PACKAGE.parent)}: {name}"
        for path in PACKAGE.rglob("*.py") for name in _imports(path)
        if any(name == bad or name.startswith(f"{bad}.") for bad in NETWORK_MODULES)
    }
    assert offenders == set()


def test_the_scan_sees_network_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import socket\nfrom urllib.request import urlopen\nfrom PySide6 import QtNetwork\n")
    assert {"socket", "urllib.request", "PySide6.QtNetwork"} <= _imports(sample)


def test_no_module_opens_a_web_address() -> None:
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for marker in ("http://", "https://", "ftp://", "urlopen(", "openUrl(QUrl(\""):
            assert marker not in text, f"{path.relative_to(PACKAGE.parent)} contains {marker!r}"


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Every attempt to reach the network is recorded and refused."""
    attempts: list[tuple] = []

    def refuse(*args: object, **_kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network access attempted")

    for owner, name in ((socket.socket, "connect"), (socket.socket, "connect_ex"), (socket, "create_connection"),
                        (socket, "getaddrinfo")):
        monkeypatch.setattr(owner, name, refuse)
    return attempts


def test_the_headless_commands_make_no_connection(connections: list[tuple], tmp_path: Path) -> None:
    assert main(["demo", "--out", str(tmp_path / "demo.pdf")]) == 0
    assert main(["library", "check"]) == 0
    assert main(["backup", "--out", str(tmp_path / "copy.sqlite3")]) == 0
    assert main(["audit", "--json"]) == 0
    assert connections == []


def test_a_plan_with_a_web_address_as_logo_makes_no_connection(connections: list[tuple]) -> None:
    from planner.core.plan import PlanItem
    from planner.core.printable import Clinic
    from planner.services.library import shipped_library
    from planner.services.printing import build_printable, render_pdf

    library = shipped_library()
    printable = build_printable("Ana Ñúñez-O'Brien", date(2026, 11, 25),
                                [PlanItem("bridge", library.get("bridge").dosage)], library,
                                clinic=Clinic(name="Riverside", logo="http://192.0.2.1/logo.png"))
    assert render_pdf(printable).startswith(b"%PDF-")
    assert connections == []


def test_the_window_starts_and_backs_up_without_a_connection(connections: list[tuple], qtbot) -> None:
    from planner.services.workspace import Workspace
    from planner.ui.app import application, window_settings
    from planner.ui.main_window import MainWindow

    application()
    workspace = Workspace(exclusive=True)
    try:
        window = MainWindow(workspace, window_settings(workspace))
        qtbot.addWidget(window)
        window.show()
        window.workspace.patients.add("Ana Ñúñez-O'Brien")
        window.patient_list.refresh()
        with qtbot.waitSignal(window.safety.runner.finished, timeout=10000):
            window.safety.start_backups()
        window.safety.timer.stop()
    finally:
        workspace.close()
    assert connections == []
