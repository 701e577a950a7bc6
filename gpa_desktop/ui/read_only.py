"""A database open read-only (another window has it): whatever would write is disabled, saying why."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ..i18n import translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


WHY = QT_TRANSLATE_NOOP(
    "ReadOnly", "Read-only: another GPA Desktop window has this database open, so nothing can be changed from here."
)


def why_read_only() -> str:
    return translate("ReadOnly", WHY)


def refuse_writes(read_only: bool, *items: QWidget | QAction) -> None:
    """Disable *items* (buttons, actions, fields) that would write, with a tooltip saying why."""
    if not read_only:
        return
    for item in items:
        item.setEnabled(False)
        item.setToolTip(why_read_only())
        if isinstance(item, QAction):
            item.setStatusTip(why_read_only())
