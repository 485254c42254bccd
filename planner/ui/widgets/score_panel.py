"""The live score panel: one line per score, its category in words with a colour bar beside it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner.services.assessment_view import ScoreLine

# Colour bars for the levels of assessment_view.LEVELS; the text beside says the same in words.
LEVEL_COLOURS: dict[str, str] = {
    "none": "#c9d1d9", "good": "#2e7d32", "low": "#c9a400", "high": "#e0701b", "very_high": "#b71c1c",
}


class _Row(QWidget):
    def __init__(self, key: str) -> None:
        super().__init__()
        self.bar = QFrame()
        self.bar.setFixedWidth(8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(f"{key.replace('_', ' ')} score")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)

    def show_line(self, line: ScoreLine) -> None:
        self.label.setText(line.text)
        self.bar.setStyleSheet(f"background: {LEVEL_COLOURS[line.level]};")
        self.setVisible(True)


class ScorePanel(QFrame):
    """Rows are made on first use and kept, so a screen reader's focus is not lost on each keystroke."""

    def __init__(self, title: str = "Scores (update as you type)", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Scores")
        self._layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{title}</b>")
        heading.setWordWrap(True)
        self._layout.addWidget(heading)
        self._rows: dict[str, _Row] = {}
        self._layout.addStretch(1)

    def show_lines(self, lines: Sequence[ScoreLine]) -> None:
        shown = set()
        if any(line.key not in self._rows for line in lines):
            # A new kind of line: lay every row out again in the order the lines come.
            for row in self._rows.values():
                self._layout.removeWidget(row)
            for line in lines:
                self._rows.setdefault(line.key, _Row(line.key))
            ordered = [line.key for line in lines] + [k for k in self._rows if k not in {ln.key for ln in lines}]
            for index, key in enumerate(ordered, start=1):
                self._layout.insertWidget(index, self._rows[key])
        for line in lines:
            self._rows[line.key].show_line(line)
            shown.add(line.key)
        for key, row in self._rows.items():
            row.setVisible(key in shown)

    def label(self, key: str) -> QLabel:
        """The text label of one score (for the page and its tests)."""
        return self._rows[key].label

    def text(self, key: str) -> str:
        row = self._rows.get(key)
        return row.label.text() if row is not None and row.isVisibleTo(self) else ""
