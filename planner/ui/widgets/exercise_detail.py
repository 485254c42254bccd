"""One exercise in full: both pictures, steps, dose in words, cautions, and links to easier and harder ones."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from planner.core.dosage import describe_dosage
from planner.core.exclusions import CAUTION_LABELS
from planner.core.exercise import Exercise
from planner.core.vocab import REGION_LABELS
from planner.library.loader import Library
from planner.ui.models.exercises import summary_line
from planner.ui.thumbnails import FigureCache
from planner.ui.widgets.figure_view import FigureView
from planner.ui.widgets.library_filters import EQUIPMENT_LABELS

LINK_SCHEME = "exercise:"
_SIDES = {"each-side": "Do it on each side.", "alternate": "Change sides each time.", "both": "", "n/a": ""}


def _section(title: str, body: str) -> str:
    return f"<h3>{escape(title)}</h3>{body}" if body else ""


def _bullets(items: Iterable[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    rows = "".join(f"<li>{escape(item)}</li>" for item in items)
    return f"<{tag}>{rows}</{tag}>" if rows else ""


def _links(ids: Iterable[str], library: Library) -> str:
    found = [library.get(i) for i in ids]
    return ", ".join(f'<a href="{LINK_SCHEME}{e.id}">{escape(e.name)}</a>' for e in found if e is not None)


class ExerciseDetail(QScrollArea):
    """Shows one exercise; `link_activated` gives the id of an easier or harder exercise clicked."""

    link_activated = Signal(str)

    def __init__(self, library: Library, figures: FigureCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._figures = figures
        self.exercise: Exercise | None = None
        self.setWidgetResizable(True)
        self.setAccessibleName("Exercise details")
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title = QLabel()
        self.title.setAccessibleName("Exercise name")
        self.title.setWordWrap(True)
        self.figure = FigureView()
        self.figure.setMinimumHeight(200)
        self.caution_banner = QLabel()
        self.caution_banner.setAccessibleName("Caution for this patient")
        self.caution_banner.setWordWrap(True)
        self.caution_banner.setStyleSheet("background: #fff4ce; color: #3b2e00; padding: 6px; font-weight: bold;")
        self.text = QLabel()
        self.text.setAccessibleName("Steps, dose and cautions")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.setOpenExternalLinks(False)
        self.text.linkActivated.connect(self._link)
        for widget in (self.title, self.figure, self.caution_banner, self.text):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_exercise(None)

    def show_exercise(self, exercise: Exercise | None, caution: str | None = None) -> None:
        """Show `exercise`; `caution` is why it does not suit the open patient (shown above the text)."""
        self.exercise = exercise
        self.caution_banner.setVisible(bool(caution))
        self.caution_banner.setText(f"⚠ Not advised for this patient as it stands. {caution}" if caution else "")
        if exercise is None:
            self.title.setText("<h2>No exercise chosen</h2>Choose an exercise in the list to see it here.")
            self.figure.clear()
            self.text.clear()
            return
        self.title.setText(f"<h2>{escape(exercise.name)}</h2>{escape(summary_line(exercise))}")
        scenes = self._figures.scenes(exercise)
        if scenes:
            words = f"Start: {exercise.illustration.start} Finish: {exercise.illustration.end}"
            self.figure.set_scenes(*scenes, description=words)
        else:
            self.figure.clear()
        self.figure.setVisible(scenes is not None)
        self.text.setText(self._html(exercise))

    def _html(self, e: Exercise) -> str:
        equipment = ", ".join(EQUIPMENT_LABELS.get(q, q) for q in e.equipment)
        facts = [f"Body: {', '.join(REGION_LABELS.get(r, r) for r in e.body_region)}",
                 f"Equipment: {'none' if e.equipment == ('none',) else equipment}"]
        if e.aliases:
            facts.append(f"Also called: {', '.join(e.aliases)}")
        if e.based_on:
            source = self._library.get(e.based_on)
            facts.append(f"Based on: {source.name if source else e.based_on}")
        dose = describe_dosage(e.dosage, e.side)
        flare = describe_dosage(e.flare_dosage, e.side) if e.flare_dosage else "Not advised during a flare."
        cautions = [CAUTION_LABELS.get(tag, tag) for tag in e.cautions]
        parts = [
            f"<p>{'<br>'.join(escape(f) for f in facts)}</p>",
            _section("Steps", _bullets(e.instructions, ordered=True)),
            f"<p>{escape(_SIDES.get(e.side, ''))}</p>" if _SIDES.get(e.side) else "",
            _section("How much", f"<p>{escape(dose)}</p><p><b>On a flare day:</b> {escape(flare)}</p>"),
            _section("Tips", _bullets(e.cues)),
            _section("Common mistakes", _bullets(e.common_mistakes)),
            _section("Easier or harder", f"<p><b>Easier:</b> {escape(e.easier_tip)}<br>"
                                         f"<b>Harder:</b> {escape(e.harder_tip)}</p>"),
            _section("Cautions", (f"<p>{escape(', '.join(cautions))}</p>" if cautions else "<p>None listed.</p>")
                     + (f"<p>{escape(e.caution_notes)}</p>" if e.caution_notes else "")),
        ]
        easier, harder = _links(e.easier, self._library), _links(e.harder, self._library)
        if easier or harder:
            parts.append(_section("Next steps", (f"<p><b>Easier exercise:</b> {easier}</p>" if easier else "")
                                  + (f"<p><b>Harder exercise:</b> {harder}</p>" if harder else "")))
        return "".join(parts)

    def _link(self, href: str) -> None:
        if href.startswith(LINK_SCHEME):
            self.link_activated.emit(href[len(LINK_SCHEME):])
