"""Runs the window's operations: one place that calls an operation, puts its undo step on the
stack and tells every view what changed and who changed it (Anki's CollectionOp)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.changes import OpChanges
from ..domain.errors import UserError
from ..i18n import translate
from ..operations import Workspace
from . import prompts


class OperationRunner(QObject):
    #: (OpChanges, origin): origin is the object that made the change (it need not reload), or None
    changed = Signal(object, object)

    def __init__(self, ws: Workspace, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.undo_stack = undo_stack

    def run(self, text: str, operation: Callable[..., Any], *args: Any, origin: object = None, **kwargs: Any) -> Any:
        """Call *operation(ws, …)*; what it changed becomes one undo step named *text* and is broadcast.
        A UserError reaches the caller, which shows it where the officer is looking."""
        result = operation(self.ws, *args, **kwargs)
        self.record(text, changes_of(result), origin)
        return result

    def record(self, text: str, changes: OpChanges, origin: object = None) -> None:
        """An operation already run (a dialog that ran it itself): its undo step and broadcast."""
        if changes.batches:
            self.undo_stack.push(_Step(self, text, changes.batches))
        if changes:
            self.changed.emit(changes, origin)

    def replay(self, batches: Sequence[int], backwards: bool) -> tuple[int, ...] | None:
        try:
            from ..operations import history  # the change log's ORM, not needed to start the window

            changes, _ = (history.undo if backwards else history.redo)(self.ws, batches)
        except UserError as refused:
            prompts.show_error(None, "GPA Desktop", refused.render(translate))
            return None
        self.changed.emit(changes, None)
        return changes.batches


def changes_of(result: Any) -> OpChanges:
    if isinstance(result, OpChanges):
        return result
    return getattr(result, "changes", None) or OpChanges()


class _Step(QUndoCommand):
    """An edit that is already saved when pushed; undo reverses its batches, redo applies them again."""

    def __init__(self, runner: OperationRunner, text: str, batches: tuple[int, ...]) -> None:
        super().__init__(text)
        self.runner = runner
        self.batches = batches
        self._saved = True  # QUndoStack.push() calls redo() at once: the edit is already in the database

    def undo(self) -> None:
        self._replay(backwards=True)

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self._replay(backwards=False)

    def _replay(self, backwards: bool) -> None:
        done = self.runner.replay(self.batches, backwards)
        if done is None:
            # The database said no and kept everything as it was (an agency that has filed reports
            # since cannot be un-created): the stack forgets this step, so it never claims a state
            # the records are not in.
            self.setObsolete(True)
