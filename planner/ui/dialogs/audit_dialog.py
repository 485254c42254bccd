"""View → Audit log: the trail of sign-offs, corrections, prints, exports, restores and erasures."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.audit import ACTION_LABELS, ACTIONS
from planner.services.audit import AuditService
from planner.ui.models.audit_table import AuditTableModel
from planner.ui.widgets.dialog_parts import named_buttons


class AuditDialog(QDialog):
    """Newest first; filter by what happened and, with a patient open, to that patient."""

    def __init__(self, audit: AuditService, patient_id: int | None = None, parent: QWidget | None = None,
                 patient_name: str = "") -> None:
        super().__init__(parent)
        self._audit = audit
        self._patient_id = patient_id
        self.setWindowTitle("Audit log")
        self.setAccessibleName("Audit log")
        self.action_box = QComboBox()
        self.action_box.setAccessibleName("Show actions")
        self.action_box.addItem("Everything")
        self.action_box.addItems([ACTION_LABELS[action] for action in ACTIONS])
        who = patient_name or f"patient #{patient_id}"
        self.patient_box = QCheckBox(f"&Only {who.replace('&', '&&')}" if patient_id is not None
                                     else "&Only the open patient")
        self.patient_box.setAccessibleName("Only the open patient")
        self.patient_box.setEnabled(patient_id is not None)
        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setAccessibleName("Audit entries")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)   # Tab goes on to the next control; arrows move in the table
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        self.count_label.setAccessibleName("Number of entries shown")
        buttons = named_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        buttons.rejected.connect(self.reject)
        filters = QHBoxLayout()
        show_label = QLabel("&Show:")
        show_label.setBuddy(self.action_box)
        filters.addWidget(show_label)
        filters.addWidget(self.action_box)
        filters.addWidget(self.patient_box)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self.action_box.currentIndexChanged.connect(self.refresh)
        self.patient_box.toggled.connect(self.refresh)
        self.resize(900, 500)
        self.refresh()

    def refresh(self) -> None:
        index = self.action_box.currentIndex()
        action = ACTIONS[index - 1] if index > 0 else None
        patient = self._patient_id if self.patient_box.isChecked() else None
        self.model.set_entries(self._audit.entries(patient_id=patient, action=action))
        shown = self.model.rowCount()
        self.count_label.setText(f"{shown} entr{'y' if shown == 1 else 'ies'}")
        self.table.resizeColumnsToContents()
