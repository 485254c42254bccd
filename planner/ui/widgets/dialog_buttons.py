"""A dialog's button box whose buttons carry accessible names (their words), like every other control."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox


def named_buttons(buttons: QDialogButtonBox) -> QDialogButtonBox:
    """Name each button after its text (OK, Cancel, Save…), so screen readers and GUI tests find it."""
    for button in buttons.buttons():
        button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
    return buttons
