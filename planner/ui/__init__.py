"""The desktop GUI: the only package that imports PySide6."""

from planner.ui.qt_fixes import guard_singleton_refcounts

guard_singleton_refcounts()   # before any widget exists: see qt_fixes (PySide6 6.12.0 reference bug)
