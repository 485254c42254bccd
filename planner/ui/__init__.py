"""The desktop GUI: the only package that imports PySide6."""

from planner.ui.qt_fixes import guard_emit_refcount

guard_emit_refcount()   # before any widget exists: see qt_fixes (PySide6 6.12.0 emit bug)
