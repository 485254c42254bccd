"""Sharing exercises: choose which of the clinic's to export, and the report of what an import did."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.core.exercise import Exercise
from planner.library.bundle import IMPORTED, REFUSED, SKIPPED, ImportOutcome
from planner.ui.widgets.dialog_parts import named_buttons

_STATUS_WORDS = {IMPORTED: "Imported", REFUSED: "Refused", SKIPPED: "Skipped"}


class ImportReport(QDialog):
    """One line per exercise of the bundle: imported, refused with every reason, or skipped and why."""

    def __init__(self, outcomes: Sequence[ImportOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Exercises imported")
        self.setAccessibleName("Import report")
        counts = {status: sum(o.status == status for o in outcomes) for status in _STATUS_WORDS}
        self.summary = (f"{counts[IMPORTED]} imported, {counts[REFUSED]} refused, {counts[SKIPPED]} skipped "
                        "(already in the library).")
        summary = QLabel(self.summary)
        summary.setAccessibleName("Import summary")
        self.details = QTextBrowser()
        self.details.setAccessibleName("Each exercise of the bundle")
        rows = []
        for outcome in outcomes:
            reasons = "".join(f"<li>{escape(reason)}</li>" for reason in outcome.reasons)
            rows.append(f"<p><b>{_STATUS_WORDS[outcome.status]}:</b> {escape(outcome.label)}"
                        + (f"<ul>{reasons}</ul>" if reasons else "") + "</p>")
        self.details.setHtml("".join(rows) or "<p>The bundle has no exercises.</p>")
        buttons = named_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.resize(640, 420)


class ExportChooser(QDialog):
    """Tick the clinic's exercises to put in the bundle (the one selected in the library starts ticked)."""

    def __init__(self, exercises: Sequence[Exercise], preselect: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export exercises")
        self.list = QListWidget()
        self.list.setAccessibleName("The clinic's exercises to export")
        for exercise in exercises:
            item = QListWidgetItem(exercise.name)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = preselect is None or exercise.id == preselect
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Export…")
        named_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Tick the exercises to share. Shipped exercises are in every copy of Planner."))
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)

    def chosen(self) -> list[str]:
        return [self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]


def choose_exercises_to_export(exercises: Sequence[Exercise], preselect: str | None,
                               parent: QWidget | None = None) -> list[str] | None:
    """The ids ticked, or None if the therapist cancelled."""
    if not any(e.id == preselect for e in exercises):
        preselect = None
    dialog = ExportChooser(exercises, preselect, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
