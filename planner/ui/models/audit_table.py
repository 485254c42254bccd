"""The audit trail as a Qt table model: when, who, what, which patient, details."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from planner.core.audit import ACTION_LABELS, AuditEntry
from planner.ui.display_dates import moment_of
from planner.ui.models.rows_table import RowsTableModel


class AuditTableModel(RowsTableModel[AuditEntry]):
    headers = ("When", "Therapist", "What", "Patient", "Details")

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.set_rows(entries)

    def entry_at(self, row: int) -> AuditEntry:
        return self.row_at(row)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.row_for(index)
        if entry is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (
            moment_of(entry.at),
            entry.therapist,
            ACTION_LABELS.get(entry.action, entry.action),
            f"#{entry.patient_id}" if entry.patient_id is not None else "—",
            entry.detail,
        )[index.column()]
