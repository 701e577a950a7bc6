"""An empty list says what would appear in it (and how to get it there), instead of a blank box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QLabel
from shiboken6 import isValid


class EmptyHint(QObject):
    """A grey sentence over *view*'s viewport while its model has no rows."""

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(view)
        self.view, self.text = view, text
        self._label: QLabel | None = None  # and the viewport watched for its size, both when first needed
        self._model = None
        self.watch()

    @property
    def label(self) -> QLabel:
        """The sentence, made when first needed: most lists do not start empty, and the plan tree's first
        paint need not wait for it (its alignment and attribute name Qt's enums, and PySide's first look at a
        viewport makes every QtWidgets class: see ui.plan_pane)."""
        if self._label is None:
            from PySide6.QtCore import Qt

            viewport = self.view.viewport()
            viewport.installEventFilter(self)
            self._label = label = QLabel(self.text, viewport)
            label.setObjectName("empty_hint")
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("color: #757575; padding: 12px")
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return self._label

    def set_text(self, text: str) -> None:
        self.text = text
        if self._label is not None:
            self._label.setText(text)

    def watch(self) -> None:
        """Follow the view's model (call again after setModel)."""
        model = self.view.model()
        if model is not self._model and model is not None:
            # Rows in or out below the top level leave it as empty as it was (a filter moves dozens at a time).
            for signal in (model.rowsInserted, model.rowsRemoved):
                signal.connect(self._rows_changed)
            for signal in (model.modelReset, model.layoutChanged):
                signal.connect(self.update)
            self._model = model
        self.update()

    def _rows_changed(self, parent, *_rows) -> None:
        if not parent.isValid():
            self.update()

    def update(self, *_args) -> None:
        if not isValid(self.view):  # the view is being destroyed: its model empties itself on the way
            return
        model = self.view.model()
        empty = model is None or model.rowCount() == 0
        if empty or self._label is not None:  # a label not made yet is not shown
            self.label.setVisible(empty)
        if empty:
            self.label.setGeometry(self.view.viewport().rect())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and self._label is not None:
            self._label.setGeometry(self.view.viewport().rect())
        return False
