"""The plan's exercises as a table: dose spin boxes, drag to reorder, Ctrl+Up/Down to move, Delete to remove."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from planner.ui.models.plan_items import COLUMNS, NAME, NOTE, RANGE_ROLE, PlanItemsModel

EMPTY_HINT = ("No exercises in the plan yet. Add the suggestions (Add all suggested), or choose exercises in "
              "the Choose step or the Library (Ctrl+L).")


class DoseDelegate(QStyledItemDelegate):
    """Spin boxes with each dose field's own range, named for screen readers."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        limits = index.data(RANGE_ROLE)
        if limits is None:
            return super().createEditor(parent, option, index)
        low, high = limits
        editor: QSpinBox | QDoubleSpinBox
        if isinstance(low, float):
            editor = QDoubleSpinBox(parent)
            editor.setDecimals(1)
        else:
            editor = QSpinBox(parent)
        editor.setRange(low, high)
        name = index.model().index(index.row(), NAME).data()
        editor.setAccessibleName(f"{COLUMNS[index.column()].title} for {name}")
        return editor


class PlanItemsView(QTableView):
    move_requested = Signal(int)   # -1 up, +1 down
    remove_requested = Signal()

    def __init__(self, model: PlanItemsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Exercises in the plan")
        self.setModel(model)
        self.setItemDelegate(DoseDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Internal move: the model takes the dropped rows in, then the view removes the originals.
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDragDropOverwriteMode(False)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)   # Tab leaves the table; arrows move, Enter or F2 edits a dose
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NAME, 240)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        for keys, offset in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda o=offset: self.move_requested.emit(o))
        remove = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self.remove_requested)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model().rowCount() == 0:   # an empty table says how to fill it
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, EMPTY_HINT)
            painter.end()

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        if 0 <= row < self.model().rowCount():
            self.setCurrentIndex(self.model().index(row, NAME))
            self.selectRow(row)
