"""What every dialog needs: buttons with accessible names, and a height that shows all its wrapped words."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget


def named_buttons(buttons: QDialogButtonBox) -> QDialogButtonBox:
    """Name each button after its text (OK, Cancel, Save…), so screen readers and GUI tests find it."""
    for button in buttons.buttons():
        button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
    return buttons


def fit_height(dialog: QWidget) -> None:
    """Grow to the height the wrapped words need at the dialog's width.

    Qt sizes a window as if its word-wrapped labels did not wrap, so their last lines were cut off (the
    erase dialog lost "Type the patient's name to confirm") or covered other fields.
    """
    layout = dialog.layout()
    layout.activate()
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(dialog.width())
        if needed > dialog.height():
            dialog.resize(dialog.width(), needed)
