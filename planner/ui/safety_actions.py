"""File → Back up now / Restore / Export patient data / Erase patient, View → Audit log, and the
automatic backups (on start and every 24 hours while the window is open)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from planner.core.errors import PlannerError
from planner.ui.backup_runner import BackupRunner

if TYPE_CHECKING:
    from planner.ui.dialogs.audit_dialog import AuditDialog

DAILY_CHECK_MS = 60 * 60 * 1000   # look every hour whether the newest backup is 24 hours old


class SafetyActions(QObject):
    def __init__(self, window: QMainWindow, file_menu: QMenu, view_menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._workspace = window.workspace
        self.runner = BackupRunner(self)
        self.runner.progressed.connect(self._show_progress)
        self.runner.finished.connect(self._backup_finished)
        self._copy_pending = False
        self.timer = QTimer(self)
        self.timer.setInterval(DAILY_CHECK_MS)
        self.timer.timeout.connect(self._daily_check)
        self.backup_action = self._action("&Back up now…", self.back_up_now)
        self.restore_action = self._action("&Restore from backup…", self.restore)
        self.export_action = self._action("E&xport patient data…", self.export_patient)
        self.erase_action = self._action("Erase patient &completely…", self.erase_patient)
        self.audit_action = self._action("&Audit log", self.show_audit, "Ctrl+Shift+L")
        file_menu.addActions([self.export_action, self.erase_action])
        file_menu.addSeparator()
        file_menu.addActions([self.backup_action, self.restore_action])
        view_menu.addAction(self.audit_action)
        window.patient_list.patient_selected.connect(self._patient_changed)
        self._patient_changed(window.patient_list.selected_patient_id())

    def _action(self, text: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(text, self._window)
        if shortcut:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _patient_changed(self, patient_id: int | None) -> None:
        for action in (self.export_action, self.erase_action):
            action.setEnabled(patient_id is not None)

    def _patient(self):   # the open patient, or None
        return self._window.patient_workspace.patient

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 15000)

    # Automatic backups

    def start_backups(self) -> None:
        """The start-up backup (unless one is under an hour old), then the hourly check for the daily one."""
        if self._workspace.backups.due_on_start():
            self.runner.start(self._workspace.backups.rolling_job())
        self.timer.start()

    def _daily_check(self) -> None:
        if not self.runner.busy and self._workspace.backups.due_daily():
            self.runner.start(self._workspace.backups.rolling_job())

    def _show_progress(self, done: int, total: int) -> None:
        self._window.statusBar().showMessage(f"Backing up… {100 * done // max(total, 1)}%")

    def _backup_finished(self, written: Path | None, message: str) -> None:
        copy, self._copy_pending = self._copy_pending, False
        if written is None:
            self._window.statusBar().clearMessage()
            QMessageBox.warning(self._window, "Backup not made", f"The backup could not be made: {message}")
            return
        if copy:
            self._workspace.backups.note_copy()
        self._status(f"Backup saved: {written}")

    # Menu actions

    def back_up_now(self, out: Path | None = None) -> None:
        if out is None:
            default = Path.home() / f"planner-backup-{date.today():%Y-%m-%d}.sqlite3"
            name, _ = QFileDialog.getSaveFileName(self._window, "Back up all data to", str(default),
                                                  "Planner backups (*.sqlite3)")
            if not name:
                return
            out = Path(name)
        self.runner.wait()
        self._copy_pending = True
        self.runner.start(self._workspace.backups.copy_job(out))

    def restore(self, chosen: Path | None = None) -> bool:
        if chosen is None:
            from planner.ui.dialogs.backup_dialogs import RestoreDialog  # dialogs load when first used

            dialog = RestoreDialog(self._workspace.backups.backups(), self._window)
            if not dialog.exec() or dialog.chosen is None:
                return False
            chosen = dialog.chosen
            answer = QMessageBox.question(
                self._window, "Restore from backup",
                f"Replace all the data in Planner with the backup\n{chosen.name}?\n\n"
                "The data you have now is kept as a backup first.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.runner.wait()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            restored = self._workspace.backups.restore(chosen)
        except PlannerError as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self._window, "Nothing was restored", str(error))
            return False
        QGuiApplication.restoreOverrideCursor()
        self._reload()
        kept = f"\n\nThe data you had before is kept as {restored.kept.name}." if restored.kept else ""
        QMessageBox.information(self._window, "Restored", f"The backup {chosen.name} was restored.{kept}")
        return True

    def export_patient(self, out: Path | None = None) -> Path | None:
        patient = self._patient()
        if patient is None:
            return None
        if out is None:
            default = Path.home() / f"patient-{patient.id}-data.json"
            name, _ = QFileDialog.getSaveFileName(self._window, "Export all of this patient's data", str(default),
                                                  "JSON files (*.json)")
            if not name:
                return None
            out = Path(name)
        try:
            written = self._workspace.privacy.export_patient(patient.id, out)
        except PlannerError as error:
            QMessageBox.warning(self._window, "Not exported", str(error))
            return None
        self._status(f"Patient data exported to {written}")
        return written

    def erase_patient(self) -> bool:
        from planner.ui.dialogs.erase_dialog import EraseDialog

        patient = self._patient()
        if patient is None or not EraseDialog(patient, self._window).exec():
            return False
        try:
            report = self._workspace.privacy.erase_patient(patient.id)
        except PlannerError as error:
            QMessageBox.warning(self._window, "Not erased", str(error))
            return False
        self._reload()
        left = (f"\n\nThese backups could not be cleaned; delete them by hand: {', '.join(report.backups_not_cleaned)}"
                if report.backups_not_cleaned else "")
        QMessageBox.information(
            self._window, "Patient erased",
            f"Patient #{report.patient_id} was erased, with {report.printed_files_deleted} printed PDF(s) and their "
            f"data in {report.backups_cleaned} backup(s).{left}")
        return True

    def show_audit(self) -> AuditDialog:
        from planner.ui.dialogs.audit_dialog import AuditDialog

        patient = self._patient()
        dialog = AuditDialog(self._workspace.audit, patient.id if patient else None, self._window,
                             patient.name if patient else "")
        dialog.show()
        return dialog

    def _reload(self) -> None:
        """After a restore or an erasure: nothing open, the list read again."""
        patients = self._window.patient_list
        patients.table.clearSelection()
        patients.refresh()
        self._window.patient_workspace.show_patient(None)
        self._status(f"{self._workspace.patients_count()} patients · data in {self._workspace.data_dir}")
