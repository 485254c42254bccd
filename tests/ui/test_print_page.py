"""The Print step: PDF made in the background, previewed, printed, saved; therapist and print choices honoured."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from planner.core.plan import Plan, PlanItem, PlanOptions
from planner.core.printable import Clinic, Therapist
from planner.ui.main_window import MainWindow
from planner.ui.pages.print_page import PrintPage
from tests.report.pdf_facts import all_text, drawn_text_sizes, flat, reader
from tests.report.sample_files import write_png

RENDER_TIMEOUT_MS = 30000


def open_with_plan(main_window: MainWindow, name: str = "Zoë Łukasz", therapist_id: int | None = None) -> PrintPage:
    workspace = main_window.workspace
    patient = workspace.patients.add(name)
    library = workspace.library
    items = tuple(PlanItem(e, library.get(e).dosage, library.get(e).flare_dosage)
                  for e in ("chin-tuck-sitting", "bridge"))
    workspace.plans.save(Plan(patient.id, date(2026, 11, 25), items, date(2027, 1, 6), therapist_id=therapist_id))
    main_window.patient_list.refresh()
    main_window.patient_list.select_patient(patient.id)
    main_window.patient_workspace.steps.setCurrentIndex(3)
    return main_window.patient_workspace.print_page


def make(qtbot, page: PrintPage, summary: bool = False) -> Path:
    with qtbot.waitSignal(page.pdf_ready, timeout=RENDER_TIMEOUT_MS):
        (page.make_summary if summary else page.make_pdf)()
    assert page.pdf_path is not None
    return page.pdf_path


def test_the_pdf_is_made_in_the_background_with_a_busy_bar_then_previewed(qtbot, main_window: MainWindow) -> None:
    page = open_with_plan(main_window)
    with qtbot.waitSignal(page.pdf_ready, timeout=RENDER_TIMEOUT_MS) as ready:
        page.make_pdf()
        assert page.busy.isVisible()                      # the window keeps running while the PDF is made
        assert not page.make_button.isEnabled()
    result = ready.args[0]
    assert not page.busy.isVisible() and page.make_button.isEnabled() and page.print_button.isEnabled()
    assert page.document.pageCount() == result.pages == len(reader(result.path.read_bytes()).pages)
    assert "For Zoë Łukasz" in all_text(result.path.read_bytes())
    assert page.status_label.text().startswith(f"Plan PDF made: {result.pages} pages, A4.")

    def preview_painted() -> bool:
        image: QImage = page.view.viewport().grab().toImage()
        return any(image.pixelColor(x, y) not in (QColor("white"), image.pixelColor(0, 0))
                   for x in range(0, image.width(), 7) for y in range(0, image.height(), 7))

    qtbot.waitUntil(preview_painted, timeout=5000)        # QPdfView paints asynchronously


def test_the_chosen_therapist_and_print_choices_are_on_the_plan(qtbot, main_window: MainWindow) -> None:
    main_window.workspace.settings.save_therapist(Therapist("Amir Khan", "Physiotherapist", "PH555"))
    sam = main_window.workspace.settings.save_therapist(Therapist("Sam Taylor", "Clinical specialist", "PH123"))
    page = open_with_plan(main_window)
    assert page.therapist_combo.currentData() is None      # two profiles: nobody is picked for the therapist
    page.therapist_combo.setCurrentIndex(page.therapist_combo.findData(sam.id))
    page.large_print_check.setChecked(True)
    page.paper_combo.setCurrentIndex(page.paper_combo.findData("letter"))
    page.weeks_spin.setValue(2)
    data = make(qtbot, page).read_bytes()
    text = flat(all_text(data))
    assert "Sam Taylor, Clinical specialist (registration PH123)" in text
    assert "Week 2" in text and "Week 3" not in text
    assert min(size for sizes in drawn_text_sizes(data).values() for size in sizes) == 16.0
    first = reader(data).pages[0]
    assert (float(first.mediabox.width), float(first.mediabox.height)) == (612.0, 792.0)


def test_a_clinic_with_one_therapist_has_them_chosen(main_window: MainWindow) -> None:
    sam = main_window.workspace.settings.save_therapist(Therapist("Sam Taylor"))
    assert open_with_plan(main_window).therapist_combo.currentData() == sam.id


def test_the_therapist_recorded_on_the_plan_is_chosen_as_in_its_exported_file(qtbot, main_window: MainWindow,
                                                                              tmp_path: Path) -> None:
    settings = main_window.workspace.settings
    settings.save_therapist(Therapist("Amir Khan", "Physiotherapist", "PH555"))
    sam = settings.save_therapist(Therapist("Sam Taylor", "Clinical specialist", "PH123"))
    settings.retire_therapist(sam.id)
    page = open_with_plan(main_window, therapist_id=sam.id)
    assert page.therapist_combo.currentData() == sam.id    # retired since, still the plan's therapist
    assert page.therapist_combo.currentText() == "Sam Taylor (Clinical specialist), no longer listed"
    text = flat(all_text(make(qtbot, page).read_bytes()))
    assert "Sam Taylor, Clinical specialist (registration PH123)" in text
    exported = main_window.workspace.plans.export_json(page.plan, tmp_path / "plan.json")
    assert '"name": "Sam Taylor"' in exported.read_text("utf-8")


def test_the_print_defaults_from_settings_start_the_page(main_window: MainWindow) -> None:
    main_window.workspace.settings.save_print_defaults(PlanOptions(large_print=True, paper="letter", tracking_weeks=3))
    page = open_with_plan(main_window)
    assert page.options() == PlanOptions(large_print=True, paper="letter", tracking_weeks=3)


def test_print_draws_every_page_on_the_printer(qtbot, main_window: MainWindow, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_with_plan(main_window)
    make(qtbot, page)
    printed = tmp_path / "printed.pdf"

    class AcceptingDialog:
        def __init__(self, printer: QPrinter, parent: object) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))

        def setMinMax(self, low: int, high: int) -> None:
            assert (low, high) == (1, page.document.pageCount())

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr("planner.ui.pages.print_page.QPrintDialog", AcceptingDialog)
    page.print_pdf()
    assert len(reader(printed.read_bytes()).pages) == page.document.pageCount()


def test_print_respects_the_page_range(qtbot, main_window: MainWindow, tmp_path: Path) -> None:
    page = open_with_plan(main_window)
    make(qtbot, page)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    printer.setFromTo(2, 3)
    assert page.print_to(printer) == 2
    assert len(reader((tmp_path / "two.pdf").read_bytes()).pages) == 2


def test_save_as_copies_the_pdf(qtbot, main_window: MainWindow, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_with_plan(main_window)
    made = make(qtbot, page)
    target = tmp_path / "for the patient.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF files (*.pdf)"))
    qtbot.mouseClick(page.save_as_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == made.read_bytes()
    assert page.status_label.text() == f"Saved a copy as {target}."


def test_a_logo_gone_missing_prints_without_it_and_says_so(qtbot, main_window: MainWindow, tmp_path: Path) -> None:
    logo = write_png(tmp_path / "logo.png")
    main_window.workspace.settings.save_clinic(Clinic("Riverside", logo=str(logo)))
    logo.unlink()
    page = open_with_plan(main_window)
    make(qtbot, page)
    assert page.warning_label.isVisible()
    assert page.warning_label.text() == f"⚠ The clinic logo {logo} was not found. The plan was printed without it."


def test_the_therapist_summary_is_made_and_shown(qtbot, main_window: MainWindow) -> None:
    page = open_with_plan(main_window)
    text = flat(all_text(make(qtbot, page, summary=True).read_bytes()))
    assert "Therapist summary" in text and "Zoë Łukasz" in text and "No signed assessments yet." in text
    assert page.status_label.text().startswith("Therapist summary made: 1 pages")


def test_a_pdf_that_cannot_be_written_is_reported(qtbot, main_window: MainWindow, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_with_plan(main_window)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the output folder should be")
    page._output_dir = blocker
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    with qtbot.waitSignal(page.pdf_failed, timeout=RENDER_TIMEOUT_MS):
        page.make_pdf()
    assert warnings and str(blocker) in warnings[0]
    assert page.make_button.isEnabled() and not page.print_button.isEnabled()
