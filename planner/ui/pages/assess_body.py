"""Body chart section: tender entheses and swollen digits, on the figures and in a keyboard-friendly list."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from planner.core.entheses import CHART_SITES, INDEX_LABELS, SITES_BY_ID, ChartSite
from planner.ui.pages.assess_section import FormSection, check, hint, put
from planner.ui.widgets.body_chart import SITE_POSITIONS, BodyChart

_VIEW_ORDER = {"front": 0, "back": 1, "hand": 2, "foot": 3}
_INDEX_SHORT = {"mases": "MASES", "sparcc": "SPARCC", "lei": "LEI"}
SITE_ROLE = Qt.ItemDataRole.UserRole


def site_text(site: ChartSite) -> str:
    """The list text: the site in plain words, then the indices that count it."""
    if site.kind == "dactylitis":
        return f"{site.label}: whole digit swollen (dactylitis)"
    indices = ", ".join(_INDEX_SHORT[i] for i in ("mases", "sparcc", "lei") if i in site.indices)
    return f"{site.label}{f'  [{indices}]' if indices else ''}"


class BodySection(FormSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("4 Body chart", parent)
        self.chart = BodyChart()
        self.examined = QCheckBox("Body chart examined (no mark means not tender)")
        self.examined.setAccessibleName("Body chart examined")
        self.sites = QListWidget()
        self.sites.setAccessibleName("Body-chart sites")
        self.sites.setMinimumHeight(320)
        # The list reads like the figures: front, back, hands, feet; head to toe; then right before left.
        for site in sorted(CHART_SITES, key=lambda s: (_VIEW_ORDER[s.view], SITE_POSITIONS[s.id][2], s.side)):
            item = QListWidgetItem(site_text(site))
            item.setData(SITE_ROLE, site.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sites.addItem(item)
        self.sites.setCurrentRow(0)
        self.counts = QLabel()
        self.counts.setAccessibleName("Enthesitis counts")
        self.tender_list = QLabel()
        self.tender_list.setWordWrap(True)
        self.tender_list.setAccessibleName("Tender sites")
        layout = QGridLayout(self)
        layout.addWidget(self.chart, 0, 0, 1, 2)
        layout.addWidget(self.examined, 1, 0, 1, 2)
        layout.addWidget(hint("Click a marker, or go to the list, type the start of a site's name and press "
                              "Space. Each count uses only its own sites: "
                              + "; ".join(INDEX_LABELS.values()) + "."), 2, 0, 1, 2)
        layout.addWidget(self.counts, 3, 0, 1, 2)
        layout.addWidget(self.tender_list, 4, 0, 1, 2)
        layout.addWidget(self.sites, 5, 0, 1, 2)
        self.chart.site_toggled.connect(self._chart_toggled)
        self.sites.itemChanged.connect(self._list_changed)
        self.examined.toggled.connect(self.changed)

    def marked(self) -> list[str]:
        return [self.sites.item(row).data(SITE_ROLE) for row in range(self.sites.count())
                if self.sites.item(row).checkState() == Qt.CheckState.Checked]

    def _chart_toggled(self, site_id: str, tender: bool) -> None:
        for row in range(self.sites.count()):
            item = self.sites.item(row)
            if item.data(SITE_ROLE) == site_id:
                item.setCheckState(Qt.CheckState.Checked if tender else Qt.CheckState.Unchecked)

    def _list_changed(self, _item: QListWidgetItem) -> None:
        marked = self.marked()
        self.chart.set_marked(marked)
        self._show_tender(marked)
        if marked and not self.examined.isChecked():
            self.examined.setChecked(True)   # emits changed
        else:
            self.changed.emit()

    def _show_tender(self, marked: list[str]) -> None:
        names = [SITES_BY_ID[site_id].label for site_id in marked]
        self.tender_list.setText("<b>Marked:</b> " + ("; ".join(names) if names else "none"))

    def show_counts(self, text: str) -> None:
        self.counts.setText(f"<b>{text}</b>")

    def load(self, data: Mapping[str, Any]) -> None:
        self.blockSignals(True)
        self.sites.blockSignals(True)
        marked = set(data.get("entheses") or [])
        for row in range(self.sites.count()):
            item = self.sites.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(SITE_ROLE) in marked else Qt.CheckState.Unchecked)
        self.sites.blockSignals(False)
        check(self.examined, data.get("entheses_examined"))
        self.chart.set_marked(marked)
        self._show_tender(self.marked())
        self.blockSignals(False)

    def write(self, data: dict[str, Any]) -> None:
        put(data, "entheses_examined", True if self.examined.isChecked() else None)
        if self.examined.isChecked():
            data["entheses"] = self.marked()
        else:
            data.pop("entheses", None)

    def focus_chain(self) -> list[QWidget]:
        return [self.examined, self.sites]

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.chart.read_only = read_only
