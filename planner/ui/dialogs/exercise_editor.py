"""Creating or changing one of the clinic's exercises: every field of the file format, each problem shown
under its field, and the figure drawn with the pose editor. Saving stores it in the clinic's database."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import PlannerError, Problem, ValidationError
from planner.core.exclusions import CAUTION_LABELS
from planner.core.exercise import Exercise
from planner.core.vocab import (
    CATEGORY_LABELS,
    CAUTION_TAGS,
    EQUIPMENT,
    EVIDENCE_SOURCES,
    POSITION_LABELS,
    REGION_LABELS,
    SIDES,
    TARGET_TAGS,
)
from planner.library.schema import MAX_NAME
from planner.services.library import LibraryService
from planner.ui.widgets.dialog_parts import named_buttons
from planner.ui.widgets.dosage_form import DosageForm
from planner.ui.widgets.field_error import FieldError
from planner.ui.widgets.library_filters import EQUIPMENT_LABELS, LEVEL_LABELS
from planner.ui.widgets.pose_editor import PoseEditor
from planner.ui.widgets.tag_picker import TagPicker

SIDE_LABELS = {"both": "Both sides together", "alternate": "Sides in turn", "each-side": "Each side in full",
               "n/a": "No sides"}
_LISTS = ("aliases", "instructions", "cues", "common_mistakes")   # one item per line in a text box
_TAB_PROBLEM = "⚠ "


def blank_record(service: LibraryService) -> dict[str, Any]:
    """Where a new exercise starts: the choices filled with the commonest values, the words empty."""
    return {
        "id": "", "name": "", "aliases": [], "category": "mobility", "secondary_categories": [],
        "body_region": [], "position": "standing", "equipment": ["none"], "level": 1, "side": "n/a",
        "timed": False, "instructions": [], "cues": [], "common_mistakes": [], "easier_tip": "", "harder_tip": "",
        "cautions": [], "caution_notes": "", "targets": [], "easier": [], "harder": [],
        "dosage": {"sets": 1, "reps": 10, "sessions_per_day": 1, "days_per_week": 7},
        "illustration": {"start": "", "end": "", "notes": ""}, "evidence": {"note": "", "sources": []},
        "figure": {"view": "side", "start": {"preset": "standing"}, "end": {}},
    }


def _combo(name: str, choices: Mapping[Any, str]) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for value, label in choices.items():
        combo.addItem(label, value)
    return combo


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class ExerciseEditor(QDialog):
    """`saved` holds the stored Exercise after a successful save (the dialog then closes)."""

    def __init__(self, service: LibraryService, record: Mapping[str, Any], *, creating: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._record = dict(record)
        self.creating = creating
        self.saved: Exercise | None = None
        self.errors: dict[str, FieldError] = {}
        self._tab_of: dict[str, int] = {}
        self._id_typed = bool(record.get("id")) or not creating
        title = "New exercise" if creating and not record.get("based_on") else (
            "Copy of an exercise" if creating else "Change the clinic's exercise")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._build()
        self._load(self._record)
        self.resize(980, 660)   # fits a 1024 by 700 screen; every tab scrolls

    # ---- building ----

    def _row(self, form: QFormLayout, tab: int, key: str, label: str, widget: QWidget) -> None:
        error = FieldError(key)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(error)
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", ""))
        form.addRow(label, holder)
        self.errors[key] = error
        self._tab_of[key] = tab

    def _page(self, title: str) -> tuple[QFormLayout, int]:
        page = QWidget()
        form = QFormLayout(page)
        scroll = QScrollArea()
        scroll.setAccessibleName(title.replace("&", ""))
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return form, self.tabs.addTab(scroll, title)

    def _build(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Parts of the exercise")
        self.tabs.tabBar().setAccessibleName("Parts of the exercise")
        self.id_edit, self.name_edit = QLineEdit(), QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME + 20)   # longer is refused with a message, not cut silently
        self.name_edit.textEdited.connect(self._name_typed)
        self.id_edit.textEdited.connect(lambda _text: setattr(self, "_id_typed", True))
        self.id_edit.setReadOnly(not self.creating)
        self.text_lists = {key: QPlainTextEdit() for key in _LISTS}
        for key, edit in self.text_lists.items():
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight((8 if key == "instructions" else 5) * edit.fontMetrics().lineSpacing())
        self.category = _combo("Category", CATEGORY_LABELS)
        self.secondary = TagPicker("Other categories", list(CATEGORY_LABELS.items()), rows=4)
        self.regions = TagPicker("Body parts (the first is the main one)", list(REGION_LABELS.items()), rows=5)
        self.position = _combo("Position", POSITION_LABELS)
        self.equipment = TagPicker("Equipment", [(e, EQUIPMENT_LABELS[e]) for e in EQUIPMENT], rows=5)
        self.level = _combo("Level", LEVEL_LABELS)
        self.side = _combo("Sides", {s: SIDE_LABELS[s] for s in SIDES})
        self.timed = QCheckBox("The dose is a time or a hold, not repetitions")
        form, tab = self._page("&Basics")
        for key, label, widget in (("id", "Id", self.id_edit), ("name", "&Name", self.name_edit),
                                   ("aliases", "Other names (one a line)", self.text_lists["aliases"]),
                                   ("category", "Category", self.category),
                                   ("secondary_categories", "Other categories", self.secondary),
                                   ("body_region", "Body parts", self.regions), ("position", "Position", self.position),
                                   ("equipment", "Equipment", self.equipment), ("level", "Level", self.level),
                                   ("side", "Sides", self.side), ("timed", "Timed", self.timed)):
            self._row(form, tab, key, label, widget)

        self.easier_tip, self.harder_tip = QLineEdit(), QLineEdit()
        form, tab = self._page("S&teps")
        lists = self.text_lists
        for key, label, widget in (("instructions", "Steps (one a line, 3 to 6)", lists["instructions"]),
                                   ("cues", "Tips (one a line)", lists["cues"]),
                                   ("common_mistakes", "Common mistakes (one a line)", lists["common_mistakes"]),
                                   ("easier_tip", "To make it easier", self.easier_tip),
                                   ("harder_tip", "To make it harder", self.harder_tip)):
            self._row(form, tab, key, label, widget)

        self.dosage = DosageForm("Dose")
        self.flare_check = QCheckBox("Can be done on a flare day, with this dose:")
        self.flare_check.setAccessibleName("Can be done on a flare day")
        self.flare_dosage = DosageForm("Flare-day dose")
        self.flare_check.toggled.connect(self.flare_dosage.setEnabled)
        form, tab = self._page("&Dose")
        self._row(form, tab, "dosage", "Usual dose", self.dosage)
        form.addRow("", self.flare_check)
        self._row(form, tab, "flare_dosage", "Flare-day dose", self.flare_dosage)

        others = [(e.id, e.name) for e in self._service.library.exercises.values() if e.id != self._record.get("id")]
        self.cautions = TagPicker("Cautions", [(t, CAUTION_LABELS.get(t, t.replace("-", " "))) for t in CAUTION_TAGS],
                                  rows=6)
        self.caution_notes = QPlainTextEdit()
        self.caution_notes.setTabChangesFocus(True)
        self.targets = TagPicker("Aims", [(t, t.replace("-", " ")) for t in TARGET_TAGS], filterable=True)
        self.easier = TagPicker("Easier exercises", others, filterable=True, rows=5)
        self.harder = TagPicker("Harder exercises", others, filterable=True, rows=5)
        form, tab = self._page("Safety and &aims")
        for key, label, widget in (("cautions", "Cautions", self.cautions),
                                   ("caution_notes", "Caution advice for the patient", self.caution_notes),
                                   ("targets", "Aims", self.targets), ("easier", "Easier exercises", self.easier),
                                   ("harder", "Harder exercises", self.harder)):
            self._row(form, tab, key, label, widget)

        self.pose_editor = PoseEditor()
        self.picture_words = {key: QLineEdit() for key in ("start", "end", "notes")}
        for key, edit in self.picture_words.items():
            edit.setAccessibleName(f"Picture words: {key}")
        page = QWidget()   # the pose editor takes the whole width; the words go under it
        column = QVBoxLayout(page)
        scroll = QScrollArea()   # scrolls on a small screen (the dialog must fit 1024 by 700)
        scroll.setAccessibleName("Figure")
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        tab = self.tabs.addTab(scroll, "&Figure")
        self.errors["figure"], self._tab_of["figure"] = FieldError("figure"), tab
        form = QFormLayout()
        self._row(form, tab, "illustration", "Start in words", self.picture_words["start"])
        form.addRow("Finish in words", self.picture_words["end"])
        form.addRow("Notes on the pictures", self.picture_words["notes"])
        column.addWidget(self.pose_editor, 1)
        column.addWidget(self.errors["figure"])
        column.addLayout(form)

        self.evidence_note = QLineEdit()
        self.sources = TagPicker("Sources", [(s, s) for s in EVIDENCE_SOURCES], filterable=True)
        form, tab = self._page("S&ources")
        self._row(form, tab, "evidence", "Why it helps", self.evidence_note)
        form.addRow("Sources", self.sources)

        self.summary = QLabel()
        self.summary.setAccessibleName("Problems to fix")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        named_buttons(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Enter in a field must not store a half-made exercise and close: no button is the default one
        # (see showEvent). Saving is the Save button or Ctrl+S; Escape closes without saving.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.setToolTip(f"Save ({QKeySequence(QKeySequence.StandardKey.Save).toString()})")
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        for button in self.buttons.buttons():   # the button box makes Save the default each time it shows
            if isinstance(button, QPushButton):
                button.setDefault(False)

    # ---- the record in and out ----

    def _load(self, r: Mapping[str, Any]) -> None:
        self.id_edit.setText(str(r.get("id", "")))
        self.name_edit.setText(str(r.get("name", "")))
        for key, edit in self.text_lists.items():
            edit.setPlainText("\n".join(str(item) for item in r.get(key, [])))
        for combo, key in ((self.category, "category"), (self.position, "position"), (self.level, "level"),
                           (self.side, "side")):
            combo.setCurrentIndex(max(0, combo.findData(r.get(key))))
        for picker, key in ((self.secondary, "secondary_categories"), (self.regions, "body_region"),
                            (self.equipment, "equipment"), (self.cautions, "cautions"), (self.targets, "targets"),
                            (self.easier, "easier"), (self.harder, "harder")):
            picker.set_selected(r.get(key, []))
        self.timed.setChecked(r.get("timed") is True)
        self.easier_tip.setText(str(r.get("easier_tip", "")))
        self.harder_tip.setText(str(r.get("harder_tip", "")))
        self.caution_notes.setPlainText(str(r.get("caution_notes", "")))
        self.dosage.set_dosage(r.get("dosage") or {})
        self.flare_check.setChecked("flare_dosage" in r)
        self.flare_dosage.set_dosage(r.get("flare_dosage") or r.get("dosage") or {})
        self.flare_dosage.setEnabled("flare_dosage" in r)
        illustration = r.get("illustration") or {}
        for key, edit in self.picture_words.items():
            edit.setText(str(illustration.get(key, "")))
        evidence = r.get("evidence") or {}
        self.evidence_note.setText(str(evidence.get("note", "")))
        self.sources.set_selected(evidence.get("sources", []))
        self.pose_editor.set_figure(r.get("figure"))

    def record(self) -> dict[str, Any]:
        """The record as typed so far (in the file schema), ready to validate and store."""
        record: dict[str, Any] = {
            "id": self.id_edit.text().strip(), "name": self.name_edit.text().strip(),
            **{key: _lines(edit.toPlainText()) for key, edit in self.text_lists.items()},
            "category": self.category.currentData(), "secondary_categories": self.secondary.selected(),
            "body_region": self.regions.selected(), "position": self.position.currentData(),
            "equipment": self.equipment.selected(), "level": self.level.currentData(),
            "side": self.side.currentData(), "timed": self.timed.isChecked(),
            "easier_tip": self.easier_tip.text().strip(), "harder_tip": self.harder_tip.text().strip(),
            "cautions": self.cautions.selected(), "caution_notes": self.caution_notes.toPlainText().strip(),
            "targets": self.targets.selected(), "easier": self.easier.selected(), "harder": self.harder.selected(),
            "dosage": self.dosage.dosage(),
            "illustration": {key: edit.text().strip() for key, edit in self.picture_words.items()},
            "evidence": {"note": self.evidence_note.text().strip(), "sources": self.sources.selected()},
            "figure": self.pose_editor.figure(),
        }
        if self.flare_check.isChecked():
            record["flare_dosage"] = self.flare_dosage.dosage()
        if self._record.get("based_on"):
            record["based_on"] = self._record["based_on"]
        return record

    def _name_typed(self, name: str) -> None:
        if self.creating and not self._id_typed:
            self.id_edit.setText(self._service.new_id(name) if name.strip() else "")

    # ---- saving ----

    def save(self) -> Exercise | None:
        """Validate and store; on problems, show each under its field and stay open."""
        for error in self.errors.values():
            error.clear_problem()
        try:
            record = self.record()
            self.saved = self._service.create(record) if self.creating else self._service.update(record)
        except ValidationError as error:
            self.show_problems(error.problems)
            return None
        except PlannerError as error:
            self.show_problems([Problem("", str(error))])
            return None
        self.accept()
        return self.saved

    def show_problems(self, problems: tuple[Problem, ...] | list[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            root = problem.field.split(".", 1)[0].split("[", 1)[0]
            key = root if root in self.errors else ""
            detail = problem.field[len(root):].lstrip(".") if key else problem.field
            by_field.setdefault(key, []).append(f"{detail}: {problem.message}" if detail else problem.message)
        for key, messages in by_field.items():
            if key:
                self.errors[key].show_problem("\n".join(messages))
        for index in range(self.tabs.count()):
            title = self.tabs.tabText(index).removeprefix(_TAB_PROBLEM)
            marked = any(self._tab_of[key] == index for key in by_field if key)
            self.tabs.setTabText(index, f"{_TAB_PROBLEM}{title}" if marked else title)
        tabs = sorted(self._tab_of[key] for key in by_field if key)
        if tabs:
            self.tabs.setCurrentIndex(tabs[0])
        count = len(problems)
        general = "\n".join(by_field.get("", []))
        self.summary.setText(f"⚠ {count} problem{'' if count == 1 else 's'} to fix: see the fields marked ⚠."
                             + (f"\n{general}" if general else ""))
