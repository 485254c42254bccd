"""A list of tick boxes for choosing several values from a closed list, optionally with a filter box."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

_VALUE_ROLE = Qt.ItemDataRole.UserRole


class _FilterEdit(QLineEdit):
    """Enter goes on to the list below; it never presses the dialog's default button."""

    def __init__(self, target: QListWidget) -> None:
        super().__init__()
        self._target = target

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shown = [self._target.item(r) for r in range(self._target.count()) if not self._target.item(r).isHidden()]
            if shown and self._target.currentItem() not in shown:
                self._target.setCurrentItem(shown[0])
            self._target.setFocus()
            event.accept()
            return
        super().keyPressEvent(event)


class TagPicker(QWidget):
    """`selected()` keeps the order values were chosen in (the first body region is the main one)."""

    changed = Signal()

    def __init__(self, name: str, choices: Sequence[tuple[str, str]], *, filterable: bool = False,
                 rows: int = 6, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._order: list[str] = []
        self.list = QListWidget()
        self.list.setAccessibleName(name)
        self.list.setMaximumHeight(rows * self.list.fontMetrics().height() + 16)
        for value, label in choices:
            item = QListWidgetItem(label)
            item.setData(_VALUE_ROLE, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(self._item_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter_edit: QLineEdit | None = None
        if filterable:
            self.filter_edit = _FilterEdit(self.list)
            self.filter_edit.setPlaceholderText("Type to narrow the list")
            self.filter_edit.setAccessibleName(f"Filter {name.lower()}")
            self.filter_edit.setClearButtonEnabled(True)
            self.filter_edit.textChanged.connect(self._narrow)
            layout.addWidget(self.filter_edit)
        layout.addWidget(self.list)

    def _items(self) -> Iterable[QListWidgetItem]:
        return (self.list.item(row) for row in range(self.list.count()))

    def set_selected(self, values: Iterable[str]) -> None:
        wanted = list(dict.fromkeys(values))
        self.list.blockSignals(True)
        for item in self._items():
            ticked = item.data(_VALUE_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        known = {item.data(_VALUE_ROLE) for item in self._items()}
        # A value outside the list (a link to an exercise since removed) is kept so nothing is lost silently.
        self._order = [v for v in wanted if v in known] + [v for v in wanted if v not in known]

    def selected(self) -> list[str]:
        return list(self._order)

    def set_checked(self, value: str, checked: bool) -> None:
        for item in self._items():
            if item.data(_VALUE_ROLE) == value:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _item_changed(self, item: QListWidgetItem) -> None:
        value = item.data(_VALUE_ROLE)
        if item.checkState() == Qt.CheckState.Checked and value not in self._order:
            self._order.append(value)
        elif item.checkState() != Qt.CheckState.Checked and value in self._order:
            self._order.remove(value)
        self.changed.emit()

    def _narrow(self, text: str) -> None:
        wanted = text.casefold().strip()
        for item in self._items():
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())
