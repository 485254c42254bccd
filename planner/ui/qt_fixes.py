"""Work-arounds for PySide6 bugs that would crash the app; each is applied only when its bug is present."""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_RESERVE = 1 << 40   # references no session can use up (one is lost per signal emitted from Python)


class _Probe(QObject):
    fired = Signal()


def emit_drops_a_reference() -> bool:
    """True when Signal.emit() returns True without a reference of its own (PySide6 6.12.0; not 6.11.3)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.fired.emit()
    return sys.getrefcount(True) < before


def void_call_drops_none() -> bool:
    """True when a void method (setObjectName, QLabel.setText...) returns None without a reference of
    its own (PySide6 6.12.0 on Python 3.11: the app aborted after about 20 patient opens)."""
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def guard_emit_refcount() -> None:
    """Each emit from Python would take one reference from True until Python frees it and aborts
    ("bool_dealloc", after a few hundred keystrokes). Python 3.12 makes True and False immortal; on
    3.11 we give them a reserve of references instead, which is what immortality amounts to.
    """
    if emit_drops_a_reference():
        for value in (True, False):
            ctypes.c_ssize_t.from_address(id(value)).value += _RESERVE
    if void_call_drops_none():
        ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
