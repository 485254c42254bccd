"""The patient list as a Qt table model: name, date of birth, number, last changed."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from planner.core.patient import PatientSummary, display_hospital_number

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 2

_HEADERS = ("Name", "Born", "Number", "Changed")


def _when(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%d %b %Y")
    except ValueError:
        return stamp


class PatientTableModel(QAbstractTableModel):
    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PatientSummary] = []

    def set_patients(self, rows: list[PatientSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def patient_at(self, row: int) -> PatientSummary:
        return self._rows[row]

    def row_of(self, patient_id: int) -> int | None:
        return next((i for i, p in enumerate(self._rows) if p.id == patient_id), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        patient = self._rows[index.row()]
        column = index.column()
        if role == PATIENT_ID_ROLE:
            return patient.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                patient.name,
                patient.date_of_birth.strftime("%d %b %Y") if patient.date_of_birth else "",
                display_hospital_number(patient.hospital_number),
                _when(patient.updated_at),
            )[column]
        if role == SORT_ROLE:
            return (
                patient.name.casefold(),
                patient.date_of_birth.isoformat() if patient.date_of_birth else "",
                patient.hospital_number,
                patient.updated_at,
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{patient.name}, last changed {patient.updated_at[:16].replace('T', ' at ')}"
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return f"Patient {patient.name}"
        return None
