"""Print step: make the patient's PDF (or the therapist summary) in the background, preview, print, save."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QRect, QRunnable, QSize, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPainter, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import PlannerError
from planner.core.plan import Plan, PlanOptions
from planner.core.printable import PAPER_LABELS, PAPER_SIZES, TRACKING_WEEKS_RANGE, PrintablePlan, Therapist
from planner.services import printing
from planner.services.printing import PrintResult, PrintService
from planner.services.settings import SettingsService

# Pages are drawn for the printer at this resolution: sharp on paper, small enough to stay quick.
PRINT_DPI = 300
QT_PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


class _JobSignals(QObject):
    finished = Signal(object)   # PrintResult
    failed = Signal(str)


class _RenderJob(QRunnable):
    """Runs a pure render-and-write function off the GUI thread; reports back through queued signals."""

    def __init__(self, work: Callable[[], PrintResult]) -> None:
        super().__init__()
        self.work = work
        self.signals = _JobSignals()

    def run(self) -> None:
        try:
            result = self.work()
        except (PlannerError, OSError) as error:
            self.signals.failed.emit(str(error))
            return
        self.signals.finished.emit(result)


def _therapist_label(therapist: Therapist) -> str:
    return f"{therapist.name} ({therapist.role})" if therapist.role else therapist.name


class PrintPage(QWidget):
    pdf_ready = Signal(object)   # PrintResult of the document now shown
    pdf_failed = Signal(str)

    def __init__(self, printing_service: PrintService, settings: SettingsService, output_dir: Path,
                 parent: QWidget | None = None, print_block: Callable[[], str | None] = lambda: None) -> None:
        super().__init__(parent)
        self._printing = printing_service
        self._settings = settings
        self._print_block = print_block   # why printing must wait (an unacted urgent red flag), or None
        self._output_dir = output_dir
        self._job: _RenderJob | None = None
        self.plan: Plan | None = None
        self.pdf_path: Path | None = None
        self.paper = "a4"
        self._build()
        self.set_plan(None)

    def _build(self) -> None:
        self.therapist_combo = QComboBox()
        self.therapist_combo.setAccessibleName("Therapist printed on the plan")
        self.therapist_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.therapist_combo.setMinimumContentsLength(12)   # a long name does not widen the page
        self.therapist_combo.currentTextChanged.connect(self.therapist_combo.setToolTip)
        self.therapist_combo.setMaximumWidth(360)
        self.paper_combo = QComboBox()
        self.paper_combo.setAccessibleName("Paper size")
        for paper in PAPER_SIZES:
            self.paper_combo.addItem(PAPER_LABELS[paper], paper)
        self.large_print_check = QCheckBox("&Large print (16 pt)")
        self.large_print_check.setAccessibleName("Large print")
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(*TRACKING_WEEKS_RANGE)
        self.weeks_spin.setSuffix(" weeks")
        self.weeks_spin.setSpecialValueText("none")
        self.weeks_spin.setAccessibleName("Weeks on the progress sheet")
        choices = QHBoxLayout()
        for label, widget in (("&Therapist", self.therapist_combo), ("Pape&r", self.paper_combo),
                              ("Progress &sheet", self.weeks_spin)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            choices.addWidget(caption)
            choices.addWidget(widget, 1 if widget is self.therapist_combo else 0)   # spare width: the name
        choices.addWidget(self.large_print_check)
        choices.addStretch(1)

        self.make_button = QPushButton("&Make PDF")
        self.summary_button = QPushButton("Therapist s&ummary")
        self.print_button = QPushButton("&Print…")
        self.save_as_button = QPushButton("Save &as…")
        self.open_button = QPushButton("&Open in PDF viewer")
        buttons = (self.make_button, self.summary_button, self.print_button, self.save_as_button, self.open_button)
        for button in buttons:
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
        self.make_button.clicked.connect(self.make_pdf)
        self.summary_button.clicked.connect(self.make_summary)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_as_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path))))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)   # no known length: a moving bar that says "working"
        self.busy.setAccessibleName("Making the PDF")
        self.busy.setMaximumWidth(160)
        self.busy.hide()
        actions = QHBoxLayout()
        for button in buttons:
            actions.addWidget(button)
        actions.addWidget(self.busy)
        actions.addStretch(1)

        self.status_label = QLabel()
        self.status_label.setAccessibleName("Print status")
        self.status_label.setWordWrap(True)
        self.warning_label = QLabel()
        self.warning_label.setAccessibleName("Print warnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.warning_label.hide()
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setAccessibleName("Preview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addLayout(actions)
        layout.addWidget(self.status_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.view, 1)

    # ---- choices ----

    def showEvent(self, event: QShowEvent) -> None:
        # Profiles may have changed in Settings since the page was last shown; keep the choice made.
        self._fill_therapists(self.therapist_combo.currentData())
        super().showEvent(event)
        self.refresh_block()

    def refresh_block(self) -> str | None:
        """Disable making PDFs, with the reason shown, while printing is blocked."""
        reason = self._print_block()
        if self._job is None:
            self._set_busy(False)
        if reason:
            self.status_label.setText(reason)
        return reason

    def _fill_therapists(self, wanted: int | None) -> None:
        """List the profiles and choose `wanted`; a retired profile recorded on the plan is listed too, so the
        PDF names the same therapist as the plan's exported file."""
        self.therapist_combo.clear()
        self.therapist_combo.addItem("No therapist named", None)
        for profile in self._settings.therapists():
            self.therapist_combo.addItem(_therapist_label(profile.therapist), profile.id)
        if wanted is not None and self.therapist_combo.findData(wanted) < 0:
            retired = self._settings.therapist(wanted).therapist
            self.therapist_combo.addItem(f"{_therapist_label(retired)}, no longer listed", wanted)
        self.therapist_combo.setCurrentIndex(max(self.therapist_combo.findData(wanted), 0))

    def options(self) -> PlanOptions:
        return PlanOptions(large_print=self.large_print_check.isChecked(), paper=self.paper_combo.currentData(),
                           tracking_weeks=self.weeks_spin.value())

    def set_plan(self, plan: Plan | None) -> None:
        self.plan = plan
        self.pdf_path = None
        self.document.close()
        defaults = self._settings.print_defaults()
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(defaults.paper))
        self.large_print_check.setChecked(defaults.large_print)
        self.weeks_spin.setValue(defaults.tracking_weeks)
        self._fill_therapists(self._printing.default_therapist_id(plan))
        self.warning_label.hide()
        self.status_label.setText(
            f"Plan version {plan.version} of {plan.plan_date:%d %b %Y} is ready to print." if plan
            else "Save a plan in the Plan step first; then make its PDF here."
        )
        self.refresh_block()

    # ---- making ----

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        ready = self.plan is not None and not busy and self._print_block() is None
        for widget in (self.make_button, self.summary_button, self.therapist_combo, self.paper_combo,
                       self.large_print_check, self.weeks_spin):
            widget.setEnabled(ready)
        for button in (self.print_button, self.save_as_button, self.open_button):
            button.setEnabled(self.pdf_path is not None and not busy)

    def _start(self, plan: Plan, work: Callable[[], PrintResult], what: str) -> None:
        therapist_id = self.therapist_combo.currentData()
        self._job = _RenderJob(work)
        self._job.signals.finished.connect(lambda result: self._finished(result, what, plan, therapist_id))
        self._job.signals.failed.connect(self._failed)
        self.pdf_path = None
        self.document.close()
        self.warning_label.hide()
        self._set_busy(True)
        self.status_label.setText(f"Making the {what}…")
        QThreadPool.globalInstance().start(self._job)

    def _gathered(self) -> tuple[Plan, PrintablePlan] | None:
        """The plan and its printable content, read from the store here in the GUI thread."""
        if self.plan is None or self.refresh_block():
            return None
        try:
            return self.plan, self._printing.printable(self.plan, self.therapist_combo.currentData(), self.options())
        except PlannerError as error:
            self._failed(str(error))
            return None

    def make_pdf(self) -> None:
        """Make the patient's plan PDF in the background; `pdf_ready` or `pdf_failed` follows."""
        gathered = self._gathered()
        if gathered is None:
            return
        plan, printable = gathered
        out = self._output_dir / f"plan-patient{plan.patient_id}-v{plan.version}.pdf"
        self.paper = self.options().paper
        self._start(plan, lambda: self._write(out, lambda: printing.write_pdf(printable, out)), "plan PDF")

    def make_summary(self) -> None:
        """Make the therapist summary (scores, categories, trend and the plan in short) in the background."""
        gathered = self._gathered()
        if gathered is None:
            return
        plan, printable = gathered
        try:
            summary = self._printing.summary(printable, plan.patient_id, date.today())
        except PlannerError as error:
            self._failed(str(error))
            return
        out = self._output_dir / f"summary-patient{plan.patient_id}-v{plan.version}.pdf"
        self.paper = self.options().paper
        self._start(plan, lambda: self._write(out, lambda: printing.write_summary_pdf(summary, out)),
                    "therapist summary")

    def _write(self, out: Path, write: Callable[[], PrintResult]) -> PrintResult:
        try:
            out.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as error:
            raise PlannerError(f"cannot create {out.parent}: {error.strerror or error}") from None
        return write()

    def _finished(self, result: PrintResult, what: str, plan: Plan, therapist_id: int | None) -> None:
        self._job = None
        self._printing.record_printed(plan, therapist_id, "PDF" if what == "plan PDF" else what)
        self.pdf_path = result.path
        self.document.load(str(result.path))
        self._set_busy(False)
        self.status_label.setText(f"{what[:1].upper()}{what[1:]} made: {result.pages} pages, "
                                  f"{PAPER_LABELS[self.paper]}. Saved in {result.path}.")
        if result.warnings:
            self.warning_label.setText("⚠ " + "\n⚠ ".join(result.warnings))
            self.warning_label.show()
        self.pdf_ready.emit(result)

    def _failed(self, message: str) -> None:
        self._job = None
        self._set_busy(False)
        self.status_label.setText("The PDF was not made.")
        QMessageBox.warning(self, "The PDF was not made", message)
        self.pdf_failed.emit(message)

    # ---- using the PDF ----

    def print_pdf(self) -> None:
        if self.pdf_path is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(QPageLayout(QPageSize(QT_PAGE_SIZES[self.paper]), QPageLayout.Orientation.Portrait,
                                          printer.pageLayout().margins()))
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Draw the shown PDF's pages (the printer's page range, else all) on `printer`; the number printed."""
        first = max(1, printer.fromPage() or 1)
        last = min(self.document.pageCount(), printer.toPage() or self.document.pageCount())
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, "Not printed", "The printer could not be started.")
            return 0
        try:
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                points = self.document.pagePointSize(number - 1)
                scale = PRINT_DPI / 72
                image = self.document.render(number - 1, QSize(round(points.width() * scale),
                                                               round(points.height() * scale)))
                target: QRect = painter.viewport()
                fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(target.topLeft(), fitted), image)
        finally:
            painter.end()
        return last - first + 1

    def save_as(self) -> None:
        if self.pdf_path is None:
            return
        target, _ = QFileDialog.getSaveFileName(self, "Save the PDF as", str(Path.home() / self.pdf_path.name),
                                                "PDF files (*.pdf)")
        if not target:
            return
        try:
            printing.save_copy(self.pdf_path, Path(target))
        except PlannerError as error:
            QMessageBox.warning(self, "The copy was not saved", str(error))
            return
        self.status_label.setText(f"Saved a copy as {target}.")
