"""The plan items table model: checked with qtmodeltester; dose edits in range; moves by keyboard and drag."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from planner.core.dosage import Dosage
from planner.core.plan import PlanItem
from planner.library.loader import load_library
from planner.ui.models.plan_items import EXERCISE_ID_ROLE, FLARE, NOTE, RANGE_ROLE, PlanItemsModel, column_of

LIBRARY = load_library(Path(__file__).resolve().parents[2] / "exercises").library
IDS = ("knee-rolls", "bridge", "walking", "prone-lying")


@pytest.fixture
def model() -> PlanItemsModel:
    made = PlanItemsModel()
    made.set_lookup(LIBRARY.get)
    made.set_items([PlanItem(i, LIBRARY.get(i).dosage, LIBRARY.get(i).flare_dosage) for i in IDS])
    return made


def order(model: PlanItemsModel) -> list[str]:
    return [item.exercise_id for item in model.items]


def test_the_model_passes_the_qt_model_tester(qtmodeltester, model: PlanItemsModel) -> None:
    qtmodeltester.check(model)


def test_cells_show_the_dose_and_blank_what_does_not_apply(model: PlanItemsModel) -> None:
    def cell(row: int, field: str) -> object:
        return model.index(row, column_of(field)).data()
    assert model.index(1, 0).data() == "Bridge" and model.index(1, 0).data(EXERCISE_ID_ROLE) == "bridge"
    assert (cell(1, "sets"), cell(1, "reps"), cell(1, "hold_seconds"), cell(1, "days_per_week")) == (2, 10, 5, 3)
    assert (cell(2, "reps"), cell(2, "duration_minutes")) == ("", 20.0)        # walking: timed
    assert model.index(1, FLARE).data() == "1×5, hold 3 s, 1/day, 3/wk"
    assert model.index(0, column_of("sets")).data(RANGE_ROLE) == (1, 10)
    assert not model.flags(model.index(2, column_of("reps"))) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(2, column_of("duration_minutes"))) & Qt.ItemFlag.ItemIsEditable


def test_dose_edits_within_range_only(qtbot, model: PlanItemsModel) -> None:
    sets = model.index(1, column_of("sets"))
    with qtbot.waitSignal(model.dataChanged), qtbot.waitSignal(model.edited):
        assert model.setData(sets, 3)
    assert model.items[1].dosage.sets == 3
    assert not model.setData(sets, 11)           # sets are 1 to 10
    assert not model.setData(sets, "three")
    assert not model.setData(model.index(2, column_of("reps")), 5)   # a timed dose has no repetitions
    assert model.setData(model.index(2, column_of("duration_minutes")), 25.5)
    assert model.items[2].dosage.duration_minutes == 25.5
    assert model.setData(model.index(0, NOTE), "  In bed, before getting up ")
    assert model.items[0].note == "In bed, before getting up"


def test_keyboard_moves(model: PlanItemsModel) -> None:
    assert model.move(0, 1) and order(model) == ["bridge", "knee-rolls", "walking", "prone-lying"]
    assert model.move(3, -1) and order(model) == ["bridge", "knee-rolls", "prone-lying", "walking"]
    assert not model.move(0, -1) and not model.move(3, 1)


def test_drag_and_drop_moves_a_row_as_the_view_does(model: PlanItemsModel) -> None:
    """An internal move: the view asks for the dragged rows' data, drops it, then removes the originals."""
    data = model.mimeData([model.index(0, 0), model.index(0, 3)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert model.removeRows(0, 1)
    assert order(model) == ["bridge", "walking", "knee-rolls", "prone-lying"]


def test_a_drop_from_another_plan_is_refused(model: PlanItemsModel) -> None:
    other = PlanItemsModel()
    other.set_items([PlanItem("bridge", Dosage(reps=5))])
    data = other.mimeData([other.index(0, 0)])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert order(model) == list(IDS)


def test_drops_land_between_rows_never_on_them(model: PlanItemsModel) -> None:
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDropEnabled
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
