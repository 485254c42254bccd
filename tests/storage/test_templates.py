"""Saved templates in the store: add, list in id order, refuse a taken id, delete."""

from __future__ import annotations

import json

import pytest

from planner.core.errors import NotFoundError, PlannerError
from planner.storage.store import Store

DATA = {"id": "neck-plan", "name": "Neck plan", "rationale": "Saved from a plan.", "when": "", "flare": False,
        "items": [{"exercise": "chin-tuck-sitting", "dosage": {"sets": 1, "reps": 10}}]}


def test_add_list_and_delete(store: Store) -> None:
    store.templates.add("neck-plan", DATA)
    store.templates.add("b-plan", {**DATA, "id": "b-plan", "name": "B ünïcode"})
    assert [r.id for r in store.templates.all()] == ["b-plan", "neck-plan"]
    row = store.db.execute("SELECT data FROM saved_templates WHERE id = 'b-plan'").fetchone()
    assert json.loads(row[0])["name"] == "B ünïcode"
    assert store.templates.ids() == {"b-plan", "neck-plan"}
    store.templates.delete("b-plan")
    assert [r.id for r in store.templates.all()] == ["neck-plan"]


def test_a_taken_id_is_refused_and_nothing_changes(store: Store) -> None:
    store.templates.add("neck-plan", DATA)
    with pytest.raises(PlannerError, match="already exists"):
        store.templates.add("neck-plan", {**DATA, "name": "Other"})
    assert store.templates.all()[0].data["name"] == "Neck plan"


def test_deleting_a_missing_template_says_so(store: Store) -> None:
    with pytest.raises(NotFoundError, match="'nope' does not exist"):
        store.templates.delete("nope")
