"""Settings: a dialog of pages (clinic branding, print defaults, therapists); each page loads and saves itself."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import PlannerError, ValidationError
from planner.core.plan import PlanOptions
from planner.core.printable import PAPER_LABELS, PAPER_SIZES, TRACKING_WEEKS_RANGE, Clinic, Therapist
from planner.services.settings import SettingsService, logo_problem
from planner.ui.widgets.dialog_parts import named_buttons
from planner.ui.widgets.field_error import FieldError


class SettingsPage(QWidget):
    """One page of the dialog. save() returns False (with the problem shown on the page) to keep it open."""

    title = ""

    def load(self) -> None:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError


def _field(form: QFormLayout, label: str, editor: QWidget, error: FieldError) -> None:
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(editor)
    column.addWidget(error)
    form.addRow(label, column)
    form.labelForField(column).setBuddy(editor)


def _show(problems: ValidationError, errors: dict[str, FieldError], fallback: FieldError) -> None:
    for problem in problems.problems:
        errors.get(problem.field.rsplit(".", 1)[-1], fallback).show_problem(problem.message)


class ClinicPage(SettingsPage):
    title = "Clinic"

    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.name_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.address_edit = QPlainTextEdit()
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(70)
        self.logo_edit = QLineEdit()
        self.logo_edit.setPlaceholderText("optional: a PNG or JPEG picture")
        for editor, name in ((self.name_edit, "Clinic name"), (self.phone_edit, "Clinic phone"),
                             (self.address_edit, "Clinic address"), (self.logo_edit, "Logo file")):
            editor.setAccessibleName(name)
        self.choose_button = QPushButton("C&hoose…")
        self.choose_button.setAccessibleName("Choose logo")
        self.choose_button.clicked.connect(self._choose_logo)
        self.logo_edit.textChanged.connect(self._check_logo)
        self.logo_preview = QLabel()
        self.logo_preview.setAccessibleName("Logo preview")
        self.logo_preview.setFixedHeight(72)
        self.errors = {name: FieldError(name) for name in ("name", "phone", "address", "logo")}
        self.general_error = FieldError("clinic")
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(self.choose_button)
        logo_box = QWidget()
        logo_box.setLayout(logo_row)
        logo_box.setFocusProxy(self.logo_edit)
        logo_row.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        _field(form, "&Name", self.name_edit, self.errors["name"])
        _field(form, "&Phone", self.phone_edit, self.errors["phone"])
        _field(form, "A&ddress", self.address_edit, self.errors["address"])
        _field(form, "&Logo", logo_box, self.errors["logo"])
        form.addRow("", self.logo_preview)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Printed at the top of every plan."))
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)

    def load(self) -> None:
        clinic = self._settings.clinic()
        self.name_edit.setText(clinic.name)
        self.phone_edit.setText(clinic.phone)
        self.address_edit.setPlainText(clinic.address)
        self.logo_edit.setText(clinic.logo)
        self._check_logo()

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose the clinic logo", self.logo_edit.text() or str(Path.home()),
                                              "Pictures (*.png *.jpg *.jpeg *.gif)")
        if path:
            self.logo_edit.setText(path)

    def _check_logo(self) -> None:
        path = self.logo_edit.text().strip()
        problem = logo_problem(path) if path else None
        self.logo_preview.clear()
        if problem:
            self.errors["logo"].show_problem(f"{problem} Plans will print without a logo until this is fixed.")
            return
        self.errors["logo"].clear_problem()
        if path:
            picture = QPixmap(path)
            if not picture.isNull():
                self.logo_preview.setPixmap(picture.scaledToHeight(64, Qt.TransformationMode.SmoothTransformation))

    def save(self) -> bool:
        for error in (*self.errors.values(), self.general_error):
            error.clear_problem()
        clinic = Clinic(name=self.name_edit.text(), phone=self.phone_edit.text(),
                        address=self.address_edit.toPlainText(), logo=self.logo_edit.text())
        try:
            self._settings.save_clinic(clinic)
        except ValidationError as error:
            _show(error, self.errors, self.general_error)
            return False
        return True


class PrintDefaultsPage(SettingsPage):
    title = "Print defaults"

    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.paper_combo = QComboBox()
        self.paper_combo.setAccessibleName("Default paper size")
        for paper in PAPER_SIZES:
            self.paper_combo.addItem(PAPER_LABELS[paper], paper)
        self.large_print_check = QCheckBox("Large print (16 pt text, bigger pictures)")
        self.large_print_check.setAccessibleName("Large print by default")
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(*TRACKING_WEEKS_RANGE)
        self.weeks_spin.setSuffix(" weeks")
        self.weeks_spin.setSpecialValueText("none")
        self.weeks_spin.setAccessibleName("Default weeks on the progress sheet")
        self.general_error = FieldError("print_defaults")
        form = QFormLayout()
        form.addRow("&Paper", self.paper_combo)
        form.addRow("Print si&ze", self.large_print_check)
        form.addRow("Progress &sheet", self.weeks_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("What the Print step starts with; each plan can still change them."))
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)

    def load(self) -> None:
        defaults = self._settings.print_defaults()
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(defaults.paper))
        self.large_print_check.setChecked(defaults.large_print)
        self.weeks_spin.setValue(defaults.tracking_weeks)

    def save(self) -> bool:
        self.general_error.clear_problem()
        try:
            self._settings.save_print_defaults(PlanOptions(self.large_print_check.isChecked(),
                                                           self.paper_combo.currentData(), self.weeks_spin.value()))
        except ValidationError as error:
            self.general_error.show_problem(str(error))
            return False
        return True


class TherapistsPage(SettingsPage):
    """Profiles to choose from when printing. Changes are saved at once (or on OK if the form was edited)."""

    title = "Therapists"

    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._editing: int | None = None
        self._dirty = False
        self.list = QListWidget()
        self.list.setAccessibleName("Therapist profiles")
        self.list.currentItemChanged.connect(self._selected)
        self.editors = {name: QLineEdit() for name in ("name", "role", "registration", "contact")}
        labels = {"name": "&Name", "role": "&Role", "registration": "Re&gistration no.", "contact": "&Contact"}
        self.errors = {name: FieldError(name) for name in self.editors}
        self.editors["registration"].setPlaceholderText("e.g. HCPC PH123456")
        self.editors["contact"].setPlaceholderText("optional: phone printed on plans")
        form = QFormLayout()
        for name, editor in self.editors.items():
            editor.setAccessibleName(f"Therapist {name}")
            editor.textEdited.connect(self._edited)
            _field(form, labels[name], editor, self.errors[name])
        self.new_button = QPushButton("Ne&w therapist")
        self.save_button = QPushButton("&Save therapist")
        self.remove_button = QPushButton("Re&move therapist")
        for button in (self.new_button, self.save_button, self.remove_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.new_button.clicked.connect(self._new)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self._remove)
        self.general_error = FieldError("therapist")
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(self.general_error)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addLayout(right, 3)
        self.current_combo = QComboBox()
        self.current_combo.setAccessibleName("Therapist using this computer")
        self.current_combo.activated.connect(self._current_chosen)
        current = QFormLayout()
        current.addRow("&Using this computer", self.current_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("The Print step offers these; the one chosen is printed on the plan. The therapist "
                                "using this computer is named in the audit log."))
        layout.addLayout(current)
        layout.addLayout(body, 1)

    def _load_current(self) -> None:
        self.current_combo.clear()
        self.current_combo.addItem("No one chosen (the audit log names the computer account)", None)
        for profile in self._settings.therapists():
            self.current_combo.addItem(profile.therapist.name, profile.id)
        chosen = self.current_combo.findData(self._settings.current_therapist_id())
        self.current_combo.setCurrentIndex(max(chosen, 0))

    def _current_chosen(self, index: int) -> None:
        self._settings.set_current_therapist(self.current_combo.itemData(index))

    def load(self, select: int | None = None) -> None:
        self._load_current()
        self.list.blockSignals(True)
        self.list.clear()
        for profile in self._settings.therapists():
            item = QListWidgetItem(f"{profile.therapist.name} · {profile.therapist.role}".rstrip(" ·"))
            item.setData(Qt.ItemDataRole.UserRole, profile.id)
            self.list.addItem(item)
            if profile.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._selected(self.list.currentItem())

    def _edited(self) -> None:
        self._dirty = True

    def _fill(self, therapist: Therapist, profile_id: int | None) -> None:
        self._editing = profile_id
        for name, editor in self.editors.items():
            editor.setText(getattr(therapist, name))
        for error in (*self.errors.values(), self.general_error):
            error.clear_problem()
        self._dirty = False
        self.remove_button.setEnabled(profile_id is not None)

    def _selected(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self._fill(Therapist(), None)
            return
        profile_id = item.data(Qt.ItemDataRole.UserRole)
        self._fill(self._settings.therapist(profile_id).therapist, profile_id)

    def _new(self) -> None:
        self.list.setCurrentItem(None)
        self._fill(Therapist(), None)
        self.editors["name"].setFocus()

    def save(self) -> bool:
        """Save the form: a new profile, or the changes to the chosen one. Nothing to save is fine."""
        if not self._dirty:
            return True
        for error in (*self.errors.values(), self.general_error):
            error.clear_problem()
        therapist = Therapist(**{name: editor.text() for name, editor in self.editors.items()})
        try:
            profile = self._settings.save_therapist(therapist, self._editing)
        except ValidationError as error:
            _show(error, self.errors, self.general_error)
            return False
        except PlannerError as error:
            self.general_error.show_problem(str(error))
            return False
        self.load(select=profile.id)
        return True

    def _remove(self) -> None:
        if self._editing is None:
            return
        name = self.editors["name"].text()
        answer = QMessageBox.question(
            self, "Remove therapist",
            f"Remove {name} from the list? Plans already made keep the name they were printed with.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._settings.retire_therapist(self._editing)
        self.load()


def default_pages(settings: SettingsService) -> list[SettingsPage]:
    """The pages every installation has; others (backups) are appended by whoever opens the dialog."""
    return [ClinicPage(settings), PrintDefaultsPage(settings), TherapistsPage(settings)]


class SettingsDialog(QDialog):
    """A list of page names on the left, the chosen page on the right; OK saves every page."""

    def __init__(self, pages: Sequence[SettingsPage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")
        self.pages = list(pages)
        self.page_list = QListWidget()
        self.page_list.setAccessibleName("Settings pages")
        self.page_list.setMaximumWidth(170)
        self.stack = QStackedWidget()
        for page in self.pages:
            self.page_list.addItem(page.title)
            self.stack.addWidget(page)
            page.load()
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.page_list.setCurrentRow(0)
        self.buttons = named_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                                      | QDialogButtonBox.StandardButton.Cancel))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 460)

    def page(self, title: str) -> SettingsPage:
        return next(p for p in self.pages if p.title == title)

    def save(self) -> None:
        """Save every page; a page with a problem is shown and the dialog stays open."""
        for row, page in enumerate(self.pages):
            if not page.save():
                self.page_list.setCurrentRow(row)
                return
        self.accept()
