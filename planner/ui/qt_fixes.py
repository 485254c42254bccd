"""Work-around for a PySide6 6.12.0 reference bug that would crash the app; applied only when present.

On Python 3.11, PySide6 6.12.0 returns None from every void Qt method (setText, setPen, resize, ...)
and True from Signal.emit() without taking a reference for the caller. Each call takes one reference
away until Python frees the singleton and aborts ("none_dealloc" or "bool_dealloc") after a few
thousand calls. Python 3.12 made None, True and False immortal, which is why the bug is invisible
there (and in 6.11.3, which does not have it). On 3.11 we give the three singletons a reserve of
references no session can use up: what immortality amounts to. Remove when PySide6 is fixed.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_RESERVE = 1 << 40


class _Probe(QObject):
    fired = Signal()


def calls_drop_references() -> bool:
    """True when void Qt calls or Signal.emit() give back None or True without a reference."""
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(8):
        probe.setObjectName("probe")
        probe.fired.emit()
    return sys.getrefcount(None) < none_before or sys.getrefcount(True) < true_before


def guard_singleton_refcounts() -> None:
    if sys.version_info >= (3, 12) or not calls_drop_references():
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
