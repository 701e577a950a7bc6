"""An empty list says what would appear in it (and how to get it there), instead of a blank box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel
from shiboken6 import isValid


class EmptyHint(QObject):
    """A grey sentence over *view*'s viewport while its model has no rows."""

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(view)
        self.view = view
        self.label = QLabel(text, view.viewport())
        self.label.setObjectName("empty_hint")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("color: #757575; padding: 12px")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        self._model = None
        self.watch()

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def watch(self) -> None:
        """Follow the view's model (call again after setModel)."""
        model = self.view.model()
        if model is not self._model and model is not None:
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
                signal.connect(self.update)
            self._model = model
        self.update()

    def update(self, *_args) -> None:
        if not isValid(self.view):  # the view is being destroyed: its model empties itself on the way
            return
        model = self.view.model()
        empty = model is None or model.rowCount() == 0
        self.label.setVisible(empty)
        if empty:
            self.label.setGeometry(self.view.viewport().rect())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self.label.setGeometry(self.view.viewport().rect())
        return False
