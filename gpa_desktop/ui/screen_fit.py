"""Windows sized to the screen they open on: a laptop at 125 % offers 1093×614 logical pixels, so
a size chosen on a large monitor is only a wish (the app's one rule for it, used by every window)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: kept free for what the system draws around a window (title bar, borders), outside its size
FRAME = QSize(16, 40)


def available_area(widget: QWidget) -> QRect:
    """The usable part (without the task bar) of the screen *widget* opens on: its parent's."""
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, preferred: QSize) -> bool:
    """Size a window not shown yet to *preferred*, or to as much of it as its screen offers. Returns
    whether it should open maximised, as a main window (one without a parent) does when it cannot
    have its preferred size: its caller shows it with showMaximized() (naming Qt.WindowState here
    built PySide's whole Qt namespace of enums before the main window's first paint)."""
    area = available_area(widget)
    room = area.size() - FRAME
    widget.resize(preferred.boundedTo(room).expandedTo(widget.minimumSizeHint().boundedTo(room)))
    return widget.isWindow() and widget.parentWidget() is None and (preferred.width() > room.width() or preferred.height() > room.height())
