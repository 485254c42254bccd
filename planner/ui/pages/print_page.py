"""Print step: make the patient's PDF from the saved plan, preview it here, open or save a copy."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from planner.core.errors import PlannerError
from planner.core.plan import Plan
from planner.services.plans import PlanService


class PrintPage(QWidget):
    def __init__(self, plans: PlanService, output_dir: Path, parent: QWidget | None = None,
                 print_block: Callable[[], str | None] = lambda: None) -> None:
        super().__init__(parent)
        self._plans = plans
        self._print_block = print_block   # why printing must wait (an unacted urgent red flag), or None
        self._output_dir = output_dir
        self.plan: Plan | None = None
        self.pdf_path: Path | None = None
        self._build()
        self.set_plan(None)

    def _build(self) -> None:
        self.make_button = QPushButton("&Make PDF")
        self.open_button = QPushButton("&Open in PDF viewer")
        self.save_as_button = QPushButton("Save &as…")
        for button in (self.make_button, self.open_button, self.save_as_button):
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
        self.make_button.clicked.connect(self.make_pdf)
        self.open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path))))
        self.save_as_button.clicked.connect(self._save_as)
        self.status_label = QLabel()
        self.status_label.setAccessibleName("Print status")
        self.status_label.setWordWrap(True)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setAccessibleName("Plan preview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        row = QHBoxLayout()
        for button in (self.make_button, self.open_button, self.save_as_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.view, 1)

    def set_plan(self, plan: Plan | None) -> None:
        self.plan = plan
        self.pdf_path = None
        self.document.close()
        self.make_button.setEnabled(plan is not None)
        self.open_button.setEnabled(False)
        self.save_as_button.setEnabled(False)
        self.status_label.setText(
            f"Plan version {plan.version} of {plan.plan_date:%d %B %Y} is ready to print." if plan
            else "Save a plan in the Plan step first; then make its PDF here."
        )
        self.refresh_block()

    def refresh_block(self) -> str | None:
        """Disable "Make PDF" with the reason shown while printing is blocked."""
        reason = self._print_block()
        self.make_button.setEnabled(self.plan is not None and reason is None)
        if reason:
            self.status_label.setText(reason)
        return reason

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_block()

    def make_pdf(self) -> Path | None:
        if self.plan is None or self.refresh_block():
            return None
        out = self._output_dir / f"plan-patient{self.plan.patient_id}-v{self.plan.version}.pdf"
        try:
            self._output_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._plans.write_pdf(self.plan, out)
        except (PlannerError, OSError) as error:
            QMessageBox.warning(self, "The PDF was not made", str(error))
            return None
        self.pdf_path = out
        self.document.load(str(out))
        self.open_button.setEnabled(True)
        self.save_as_button.setEnabled(True)
        self.status_label.setText(f"PDF made: {self.document.pageCount()} pages.")
        return out

    def _save_as(self) -> None:
        if self.pdf_path is None:
            return
        target, _ = QFileDialog.getSaveFileName(self, "Save the plan as", str(Path.home() / self.pdf_path.name),
                                                "PDF files (*.pdf)")
        if target:
            try:
                shutil.copyfile(self.pdf_path, target)
            except OSError as error:
                QMessageBox.warning(self, "The copy was not saved", f"{target}: {error.strerror or error}")
