"""The main window: patient list on the left, the open patient's steps on the right, menus with shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QStackedWidget, QWidget

from planner import __version__
from planner.core.errors import PlannerError
from planner.services.workspace import Workspace
from planner.ui.patient_workspace import STEP_TITLES, PatientWorkspace
from planner.ui.safety_actions import SafetyActions
from planner.ui.widgets.patient_list import PatientList

if TYPE_CHECKING:
    from planner.ui.pages.library_page import LibraryPage


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._settings = settings
        self.setWindowTitle("Planner – exercise plans for axial spondyloarthritis")
        self._build()
        self._build_menus()
        self._restore_geometry()
        self._patient_selected(None)

    def _build(self) -> None:
        self.patient_list = PatientList(self.workspace.patients)
        self.patient_workspace = PatientWorkspace(self.workspace)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.patient_list)
        self.splitter.addWidget(self.patient_workspace)
        self.splitter.setStretchFactor(0, 1)   # a narrower window takes a quarter from the list
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([360, 920])
        self.pages = QStackedWidget()   # the patients, or the Library page (built when first opened)
        self.pages.addWidget(self.splitter)
        self.library_page: LibraryPage | None = None
        self.setCentralWidget(self.pages)
        self.patient_list.patient_selected.connect(self._patient_selected)
        self.patient_workspace.library_requested.connect(self.show_library)
        self.patient_list.patient_activated.connect(lambda _id: self.patient_workspace.steps.setFocus())
        self._update_status()

    def _action(self, text: str, shortcut: QKeySequence | str | None, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        self.new_action = self._action("&New patient…", QKeySequence.StandardKey.New, self.new_patient)
        self.edit_action = self._action("&Edit patient…", "Ctrl+E", self.edit_patient)
        self.delete_action = self._action("&Delete patient…", "Ctrl+Shift+D", self.delete_patient)
        self.find_action = self._action("&Find patient", QKeySequence.StandardKey.Find,
                                        lambda: self.patient_list.search_edit.setFocus())
        self.print_action = self._action("&Make plan PDF", QKeySequence.StandardKey.Print, self._print)
        quit_action = self._action("&Quit", QKeySequence.StandardKey.Quit, self.close)
        file_menu = self.menuBar().addMenu("&File")
        for action in (self.new_action, self.edit_action, self.delete_action, self.find_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        self.safety = SafetyActions(self, file_menu, self.menuBar().addMenu("&View"))
        file_menu.addSeparator()
        file_menu.addAction(self._action("&Import exercises…", None, lambda: self.show_library().import_bundle()))
        file_menu.addAction(self._action("Export exercise&s…", None, lambda: self.show_library().export_bundle()))
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.settings_action = self._action("&Settings…", "Ctrl+,", self.open_settings)
        self.menuBar().addMenu("&Edit").addAction(self.settings_action)
        go_menu = self.menuBar().addMenu("&Go")
        self.step_actions = []
        for number, title in enumerate(STEP_TITLES):
            action = self._action(title.split(" ", 1)[-1], f"Ctrl+{number + 1}",
                                  lambda _=False, n=number: self._go_to_step(n))
            go_menu.addAction(action)
            self.step_actions.append(action)
        go_menu.addSeparator()
        self.library_action = self._action("&Library", "Ctrl+L", self.show_library)
        go_menu.addAction(self.library_action)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self._action("&About Planner", QKeySequence.StandardKey.HelpContents, self._about))

    def _patient_selected(self, patient_id: int | None) -> None:
        patient = None
        if patient_id is not None:
            try:
                patient = self.workspace.patients.get(patient_id)
            except PlannerError as error:
                QMessageBox.warning(self, "Patient not opened", str(error))
        self.show_patients()
        self.patient_workspace.show_patient(patient)
        has_patient = patient is not None
        for action in (self.edit_action, self.delete_action, self.print_action, *self.step_actions):
            action.setEnabled(has_patient)

    def new_patient(self) -> None:
        from planner.ui.dialogs.patient_dialog import PatientDialog  # not needed to start the app

        dialog = PatientDialog(self.workspace.patients, parent=self)
        if dialog.exec() and dialog.saved_patient:
            self.patient_list.search_edit.clear()
            self.patient_list.refresh()
            self.patient_list.select_patient(dialog.saved_patient.id)
            self._update_status()

    def edit_patient(self) -> None:
        patient = self.patient_workspace.patient
        if patient is None:
            return
        from planner.ui.dialogs.patient_dialog import PatientDialog

        dialog = PatientDialog(self.workspace.patients, patient, parent=self)
        if dialog.exec() and dialog.saved_patient:
            self.patient_list.refresh()
            self.patient_workspace.show_patient(dialog.saved_patient)

    def delete_patient(self) -> None:
        patient = self.patient_workspace.patient
        if patient is None:
            return
        answer = QMessageBox.question(
            self, "Delete patient",
            f"Delete {patient.name} and all their assessments and plans?\n\nThis cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.workspace.patients.delete(patient.id)
        self.patient_list.refresh()
        self._update_status()

    def show_library(self) -> LibraryPage:
        """The Library page, adding to the open patient's plan; built the first time (it loads the library)."""
        from planner.ui.pages.library_page import LibraryPage, PatientContext

        if self.library_page is None:
            self.library_page = LibraryPage(self.workspace.exercise_library)
            self.library_page.closed.connect(self.show_patients)
            self.pages.addWidget(self.library_page)
        patient = self.patient_workspace.patient
        self.library_page.set_patient(PatientContext(patient.name, self.patient_workspace.draft) if patient else None)
        self.pages.setCurrentWidget(self.library_page)
        self.library_page.search_edit.setFocus()
        return self.library_page

    def show_patients(self) -> None:
        self.pages.setCurrentWidget(self.splitter)

    def open_settings(self) -> None:
        from planner.ui.dialogs.settings_dialog import SettingsDialog, default_pages

        SettingsDialog(default_pages(self.workspace.settings), parent=self).exec()

    def _go_to_step(self, number: int) -> None:
        self.show_patients()
        if self.patient_workspace.patient is not None:
            self.patient_workspace.steps.setCurrentIndex(number)

    def _print(self) -> None:
        self._go_to_step(3)
        self.patient_workspace.print_page.make_pdf()

    def _about(self) -> None:
        QMessageBox.about(self, "About Planner",
                          f"Planner {__version__}\nExercise plans for people with axial spondyloarthritis.\n\n"
                          f"Data folder: {self.workspace.data_dir}")

    def _update_status(self) -> None:
        self.statusBar().showMessage(f"Data folder: {self.workspace.data_dir}")

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 800)
        splitter = self._settings.value("main_window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.setValue("main_window/splitter", self.splitter.saveState())
        self._settings.sync()
        super().closeEvent(event)
