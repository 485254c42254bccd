"""Compare two versions of a patient's plan (or a version and the plan being built), in words."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from planner.core.plan import Plan
from planner.services.plans import PlanService
from planner.ui.widgets.dialog_parts import named_buttons


def describe_version(plan: Plan) -> str:
    """e.g. 'Version 2 · 04 May 2026 · review 15 Jun 2026 · 8 exercises' ('This draft' when unsaved)."""
    name = f"Version {plan.version}" if plan.id is not None else "This draft (not saved)"
    review = f" · review {plan.review_date:%d %b %Y}" if plan.review_date else ""
    count = len(plan.items)
    return f"{name} · {plan.plan_date:%d %b %Y}{review} · {count} exercise{'' if count == 1 else 's'}"


class CompareDialog(QDialog):
    def __init__(self, plans: PlanService, versions: list[Plan], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("What changed between plan versions")
        self.setAccessibleName("Compare plan versions")
        self._plans = plans
        self._versions = versions
        self.from_combo = QComboBox()
        self.from_combo.setAccessibleName("From version")
        self.to_combo = QComboBox()
        self.to_combo.setAccessibleName("To version")
        for plan in versions:
            self.from_combo.addItem(describe_version(plan))
            self.to_combo.addItem(describe_version(plan))
        self.from_combo.setCurrentIndex(max(0, len(versions) - 2))
        self.to_combo.setCurrentIndex(len(versions) - 1)
        self.changes_list = QListWidget()
        self.changes_list.setAccessibleName("Changes")
        self.changes_list.setWordWrap(True)
        form = QFormLayout()
        form.addRow("&From", self.from_combo)
        form.addRow("&To", self.to_combo)
        buttons = named_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.changes_list)
        layout.addWidget(buttons)
        self.from_combo.currentIndexChanged.connect(self.show_changes)
        self.to_combo.currentIndexChanged.connect(self.show_changes)
        self.resize(640, 420)
        self.show_changes()

    def show_changes(self) -> None:
        self.changes_list.clear()
        old, new = self._versions[self.from_combo.currentIndex()], self._versions[self.to_combo.currentIndex()]
        changes = self._plans.changes(old, new)
        for change in changes or []:
            self.changes_list.addItem(change.text)
        if not changes:
            self.changes_list.addItem("No changes.")
