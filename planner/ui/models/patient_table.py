"""The patient list as a Qt table model: name, date of birth, number, last changed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from planner.core.patient import PatientSummary, display_hospital_number
from planner.ui.display_dates import day_of
from planner.ui.models.rows_table import RowsTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2

CHANGED_COLUMN = 3


def _sort_key(patient: PatientSummary) -> tuple[str, str, str, str]:
    return (
        patient.name.casefold(),
        patient.date_of_birth.isoformat() if patient.date_of_birth else "",
        patient.hospital_number,
        patient.updated_at,
    )


class PatientTableModel(RowsTableModel[PatientSummary]):
    """Sorts itself in Python (one key per row): a sort proxy would call data() from C++ for every
    comparison, which took 0.7 s for 10,000 patients (tests/benchmarks/scale.py)."""

    headers = ("Name", "Born", "Number", "Changed")

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_patients(self, rows: list[PatientSummary]) -> None:
        self.set_rows(rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()   # the selection follows its patient, not its row number
        kept_ids = [self._rows[index.row()].id for index in kept]
        self._rows = self.arrange(self._rows)
        rows = {patient.id: row for row, patient in enumerate(self._rows)}
        self.changePersistentIndexList(kept, [self.index(rows[pid], index.column())
                                              for pid, index in zip(kept_ids, kept, strict=True)])
        self.layoutChanged.emit()

    def arrange(self, rows: list[PatientSummary]) -> list[PatientSummary]:
        if self._sort is None:
            return rows
        column, order = self._sort
        return sorted(rows, key=lambda p: _sort_key(p)[column], reverse=order == Qt.SortOrder.DescendingOrder)

    def patient_at(self, row: int) -> PatientSummary:
        return self.row_at(row)

    def row_of(self, patient_id: int) -> int | None:
        return next((i for i, p in enumerate(self._rows) if p.id == patient_id), None)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        patient = self.row_for(index)
        if patient is None:
            return None
        column = index.column()
        if role == PATIENT_ID_ROLE:
            return patient.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                patient.name,
                patient.date_of_birth.strftime("%d %b %Y") if patient.date_of_birth else "",
                display_hospital_number(patient.hospital_number),
                day_of(patient.updated_at),
            )[column]
        if role == SORT_ROLE:
            return _sort_key(patient)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{patient.name}, last changed {patient.updated_at[:16].replace('T', ' at ')}"
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return f"Patient {patient.name}"
        return None
