"""The plan's exercises as a Qt table model: doses edited in place, rows moved by drag or keyboard."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from planner.core.dosage import DOSE_INT_RANGES, DOSE_MAX_MINUTES, estimate_minutes, short_dosage
from planner.core.exercise import Exercise
from planner.core.plan import PlanItem
from planner.core.vocab import CATEGORY_LABELS

EXERCISE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RANGE_ROLE = Qt.ItemDataRole.UserRole + 2   # (smallest, largest) a dose cell accepts
ROWS_MIME = "application/x-planner-plan-rows"

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    dose_field: str | None = None   # the Dosage field the column edits


COLUMNS: tuple[Column, ...] = (
    Column("Exercise"), Column("Category"), Column("Sets", "sets"), Column("Reps", "reps"),
    Column("Hold (s)", "hold_seconds"), Column("Minutes", "duration_minutes"), Column("Rest (s)", "rest_seconds"),
    Column("Times a day", "sessions_per_day"), Column("Days a week", "days_per_week"),
    Column("Flare-day dose"), Column("Min/session"), Column("Goals"), Column("Note"),
)
NAME, CATEGORY, FLARE, MINUTES, GOALS, NOTE = 0, 1, 9, 10, 11, 12
_COLUMN_OF = {c.dose_field: i for i, c in enumerate(COLUMNS) if c.dose_field}


def column_of(dose_field: str) -> int:
    return _COLUMN_OF[dose_field]


class PlanItemsModel(QAbstractTableModel):
    """Owns the ordered items of the plan being built; `edited` follows every change."""

    edited = Signal()

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self._items: list[PlanItem] = []
        self._lookup: Callable[[str], Exercise | None] = lambda _id: None

    # ---- the list ----

    @property
    def items(self) -> tuple[PlanItem, ...]:
        return tuple(self._items)

    def set_lookup(self, lookup: Callable[[str], Exercise | None]) -> None:
        self.beginResetModel()
        self._lookup = lookup
        self.endResetModel()

    def set_items(self, items: Sequence[PlanItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()
        self.edited.emit()

    def append(self, item: PlanItem) -> None:
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(item)
        self.endInsertRows()
        self.edited.emit()

    def replace_item(self, row: int, item: PlanItem) -> None:
        self._items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.edited.emit()

    def _exercise(self, row: int) -> Exercise | None:
        return self._lookup(self._items[row].exercise_id)

    def name_at(self, row: int) -> str:
        exercise = self._exercise(row)
        return exercise.name if exercise else self._items[row].exercise_id

    # ---- Qt model ----

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section].title if 0 <= section < len(COLUMNS) else None
        return str(section + 1)

    def _editable(self, item: PlanItem, dose_field: str) -> bool:
        dose = item.dosage
        if dose_field == "reps":
            return dose.reps is not None
        if dose_field == "hold_seconds":
            return dose.duration_minutes is None
        if dose_field == "duration_minutes":
            return dose.duration_minutes is not None
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled   # drop between rows only: a drop never overwrites an item
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        column = COLUMNS[index.column()]
        item = self._items[index.row()]
        if index.column() == NOTE or (column.dose_field and self._editable(item, column.dose_field)):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = COLUMNS[index.column()]
        if role == EXERCISE_ID_ROLE:
            return item.exercise_id
        if role == RANGE_ROLE and column.dose_field:
            if column.dose_field == "duration_minutes":
                return (0.5, DOSE_MAX_MINUTES)
            return DOSE_INT_RANGES[column.dose_field]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column.dose_field:
            value = getattr(item.dosage, column.dose_field)
            if role == Qt.ItemDataRole.DisplayRole and not self._editable(item, column.dose_field):
                return ""
            return value if value is not None else ""
        exercise = self._exercise(index.row())
        match index.column():
            case 0:
                return self.name_at(index.row())
            case 1:
                return CATEGORY_LABELS.get(exercise.category, "") if exercise else ""
            case 9:
                return short_dosage(item.flare_dosage) if item.flare_dosage else "Not on flare days"
            case 10:
                return f"{estimate_minutes(item.dosage, exercise.side if exercise else 'n/a'):.1f}"
            case 11:
                return ", ".join(str(g + 1) for g in item.goals)
            case 12:
                return item.note
        return None

    def _tooltip(self, item: PlanItem) -> str:
        lines = [f"Why: {item.reason}"] if item.reason else []
        if item.override_reason:
            lines.append(f"Kept despite a caution because: {item.override_reason}")
        return "\n".join(lines)

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        editable = index.isValid() and bool(self.flags(index) & Qt.ItemFlag.ItemIsEditable)
        if role != Qt.ItemDataRole.EditRole or not editable:
            return False
        item = self._items[index.row()]
        column = COLUMNS[index.column()]
        if index.column() == NOTE:
            if not isinstance(value, str) or len(value) > 500:
                return False
            self.replace_item(index.row(), replace(item, note=value.strip()))
            return True
        field = column.dose_field
        if field == "duration_minutes":
            if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= DOSE_MAX_MINUTES:
                return False
            changed: float | int = float(value)
        else:
            low, high = DOSE_INT_RANGES[field]
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                return False
            changed = value
        self.replace_item(index.row(), replace(item, dosage=replace(item.dosage, **{field: changed})))
        return True

    # ---- moving rows: keyboard (moveRows) and drag and drop (copy in, then the view removes the original) ----

    def moveRows(self, source_parent: Index, source_row: int, count: int, destination_parent: Index,
                 destination_child: int) -> bool:
        last = source_row + count - 1
        if (source_parent.isValid() or destination_parent.isValid() or count < 1 or source_row < 0
                or last >= len(self._items) or source_row <= destination_child <= last + 1
                or not 0 <= destination_child <= len(self._items)):
            return False
        self.beginMoveRows(QModelIndex(), source_row, last, QModelIndex(), destination_child)
        moving = self._items[source_row:last + 1]
        del self._items[source_row:last + 1]
        at = destination_child if destination_child < source_row else destination_child - count
        self._items[at:at] = moving
        self.endMoveRows()
        self.edited.emit()
        return True

    def move(self, row: int, offset: int) -> bool:
        """Move one row up (-1) or down (+1); False at either end."""
        target = row + offset
        if not (0 <= row < len(self._items) and 0 <= target < len(self._items)):
            return False
        return self.moveRow(QModelIndex(), row, QModelIndex(), target + 1 if offset > 0 else target)

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._items):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._items[row:row + count]
        self.endRemoveRows()
        self.edited.emit()
        return True

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROWS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data = QMimeData()
        data.setData(ROWS_MIME, QByteArray(f"{id(self)}:{','.join(map(str, rows))}".encode()))
        return data

    def _rows_from(self, data: QMimeData) -> list[int] | None:
        if not data.hasFormat(ROWS_MIME):
            return None
        owner, _, rows = bytes(data.data(ROWS_MIME).data()).decode().partition(":")
        if owner != str(id(self)) or not rows:
            return None   # rows dragged from another model are not this plan's
        return [int(r) for r in rows.split(",") if 0 <= int(r) < len(self._items)]

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return action == Qt.DropAction.MoveAction and bool(self._rows_from(data))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        rows = self._rows_from(data)
        if action != Qt.DropAction.MoveAction or not rows:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        copies = [self._items[r] for r in rows]
        self.beginInsertRows(QModelIndex(), row, row + len(copies) - 1)
        self._items[row:row] = copies
        self.endInsertRows()
        return True   # the view now removes the dragged originals with removeRows
