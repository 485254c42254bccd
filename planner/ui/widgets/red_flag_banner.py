"""The urgent red-flag banner: what to do and how soon, and where the therapist records what they did."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from planner.core.screening import CATEGORY_LABELS, URGENCY_LABELS, RedFlag

# Words carry the message; the colours only add to it (dark red until acted on, then amber).
_UNACTED = "QFrame#redFlagBanner { background: #8e1b1b; } QFrame#redFlagBanner QLabel { color: white; }"
_ACTED = "QFrame#redFlagBanner { background: #ffe3a3; } QFrame#redFlagBanner QLabel { color: #3a2a00; }"
MAX_ACTION_CHARS = 500


class RedFlagBanner(QFrame):
    """Hidden while no urgent flag is ticked. `action_changed` fires as the action is typed."""

    action_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redFlagBanner")
        self.setAccessibleName("Urgent red flag")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Urgent red flag: what to do")
        self.action_label = QLabel("&What you did (who you contacted, when):")
        self.action_edit = QLineEdit()
        self.action_edit.setAccessibleName("Action taken on the urgent red flag")
        self.action_edit.setMaxLength(MAX_ACTION_CHARS)
        self.action_edit.setPlaceholderText("e.g. 10:40 called 999; ambulance took the patient to A&E")
        self.action_label.setBuddy(self.action_edit)
        self.action_edit.textChanged.connect(self._typed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.action_label)
        layout.addWidget(self.action_edit)
        self._flags: tuple[RedFlag, ...] = ()
        self.hide()

    @property
    def acted(self) -> bool:
        return bool(self.action_edit.text().strip())

    def show_flags(self, flags: Sequence[RedFlag], action: str | None = None) -> None:
        """Show the urgent flags (most pressing first); `action` replaces the recorded action when given."""
        self._flags = tuple(flags)
        if action is not None and action != self.action_edit.text():
            self.action_edit.blockSignals(True)
            self.action_edit.setText(action)
            self.action_edit.blockSignals(False)
        self.setVisible(bool(self._flags))
        self._render()

    def set_read_only(self, read_only: bool) -> None:
        self.action_edit.setReadOnly(read_only)

    def _typed(self, text: str) -> None:
        self._render()
        self.action_changed.emit(text)

    def _render(self) -> None:
        if not self._flags:
            return
        most = self._flags[0]
        state = ("Action recorded. Printing is allowed." if self.acted
                 else "Printing the plan stays blocked until you record what you did.")
        rows = []
        for flag in self._flags:
            rows.append(f"<li><b>{escape(CATEGORY_LABELS[flag.category])}</b>: {escape(flag.action)}</li>")
        self.message.setText(
            f"<p style='font-size:14pt'><b>⚠ URGENT RED FLAG – {escape(URGENCY_LABELS[most.urgency])}</b></p>"
            f"<ul style='margin:0'>{''.join(rows)}</ul><p><b>{escape(state)}</b></p>")
        self.setStyleSheet(_ACTED if self.acted else _UNACTED)
