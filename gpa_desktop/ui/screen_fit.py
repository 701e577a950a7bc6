"""Windows sized to the screen they open on: a laptop at 125 % offers 1093×614 logical pixels, so
a size chosen on a large monitor is only a wish (the app's one rule for it, used by every window)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: kept free for what the system draws around a window (title bar, borders), outside its size
FRAME = QSize(16, 40)


def available_area(widget: QWidget) -> QRect:
    """The usable part (without the task bar) of the screen *widget* opens on: its parent's."""
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, preferred: QSize) -> QSize:
    """Size a window not shown yet to *preferred*, or to as much of it as its screen offers. A main
    window that cannot have its preferred size opens maximised. Returns the size given."""
    area = available_area(widget)
    room = area.size() - FRAME
    size = preferred.boundedTo(room).expandedTo(widget.minimumSizeHint().boundedTo(room))
    widget.resize(size)
    if widget.isWindow() and widget.parentWidget() is None and (preferred.width() > room.width() or preferred.height() > room.height()):
        widget.setWindowState(widget.windowState() | Qt.WindowState.WindowMaximized)
    return size
