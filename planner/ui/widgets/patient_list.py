"""Left pane: search as you type over the patient list, sortable, most recently changed first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from planner.services.patients import PatientService
from planner.ui.models.patient_table import CHANGED_COLUMN, PATIENT_ID_ROLE, PatientTableModel

NARROW_WIDTH = 440   # below this the Changed column is hidden, so names of 25 letters keep their room


class PatientList(QWidget):
    patient_selected = Signal(object)   # patient id, or None when nothing is selected
    patient_activated = Signal(int)     # Enter or double click

    def __init__(self, service: PatientService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._announced: int | None = None
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Search patients by name or number")
        self.search_edit.setAccessibleName("Search patients")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.refresh)
        self.search_edit.returnPressed.connect(self._go_to_results)
        self.model = PatientTableModel(self)
        self.table = QTableView()
        self.table.setAccessibleName("Patient list")
        self.table.setModel(self.model)   # sorts itself: see PatientTableModel
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CHANGED_COLUMN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)   # Tab leaves the list; it never opens the next patient
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)   # size from the rows on screen: 1,000 rows cost 50 ms a keystroke
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda index: self.patient_activated.emit(index.data(PATIENT_ID_ROLE)))
        self.count_label = QLabel()
        self.count_label.setAccessibleName("Number of patients shown")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.table.setColumnHidden(CHANGED_COLUMN, event.size().width() < NARROW_WIDTH)

    def refresh(self) -> None:
        """Re-run the search, keeping the selected patient selected if they are still listed."""
        keep = self.selected_patient_id()
        self.model.set_patients(self._service.search(self.search_edit.text()))
        shown = self.model.rowCount()
        self.count_label.setText(f"{shown} patient{'' if shown == 1 else 's'}")
        if keep is not None:
            self.select_patient(keep)
        self._selection_changed()

    def _go_to_results(self) -> None:
        """Enter in the search: on to the list, opening the first patient found if none is open."""
        if self.model.rowCount() and self.selected_patient_id() is None:
            self.select_patient(self.model.patient_at(0).id)
        self.table.setFocus()

    def select_patient(self, patient_id: int) -> None:
        row = self.model.row_of(patient_id)
        if row is None:
            return
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))

    def selected_patient_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(PATIENT_ID_ROLE) if rows else None

    def _selection_changed(self) -> None:
        """Tell the window when the selected patient really changes (not on every refresh)."""
        selected = self.selected_patient_id()
        if selected != self._announced:
            self._announced = selected
            self.patient_selected.emit(selected)
