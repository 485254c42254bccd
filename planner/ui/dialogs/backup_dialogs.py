"""Restore from backup: choose one of the rolling backups (or any file), then confirm the swap."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.services.backup import BackupFile
from planner.ui.widgets.dialog_parts import named_buttons


def describe_backup(backup: BackupFile) -> str:
    when = backup.made_at.astimezone().strftime("%a %d %b %Y, %H:%M")
    kind = "automatic backup" if backup.automatic else "data kept before a restore"
    return f"{when} · {kind} · {backup.size / 1e6:.1f} MB"


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%d %b %Y %H:%M")


class RestoreDialog(QDialog):
    """`chosen` is the backup file to restore once the dialog is accepted."""

    def __init__(self, backups: list[BackupFile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from backup")
        self.chosen: Path | None = None
        intro = QLabel("Choose the backup to go back to. Everything entered since then will be replaced. "
                       "The data you have now is kept as a backup first, so this can be undone.")
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Backups")
        self._paths = [backup.path for backup in backups]   # by row
        self.list.addItems([describe_backup(backup) for backup in backups])
        if backups:
            self.list.setCurrentRow(0)
        else:
            self.list.addItem("There are no backups in the data folder yet.")
            self.list.setEnabled(False)
        self.file_button = QPushButton("Choose a &file…")
        self.file_button.setAccessibleName("Choose a backup file")
        self.file_button.clicked.connect(self._choose_file)
        self.buttons = named_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel))
        self.restore_button = self.buttons.addButton("&Restore", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setAccessibleName("Restore")
        self.restore_button.setEnabled(bool(backups))
        self.buttons.accepted.connect(self._accept_selected)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self._accept_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.file_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self.resize(560, 360)

    def _accept_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._paths):
            self.chosen = self._paths[row]
            self.accept()

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Restore from a backup file", str(Path.home()),
                                              "Planner backups (*.sqlite3);;All files (*)")
        if name:
            self.chosen = Path(name)
            self.accept()
