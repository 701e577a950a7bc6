"""Undo and redo of stored changes: each command replays one change-log batch through the write path."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..storage.changes import ChangeSet, redo, undo
from ..storage.database import Database


class StoredChange(QUndoCommand):
    """An edit that is already saved when pushed; undo reverses its batch, redo applies it again."""

    def __init__(
        self, database: Database, changes: ChangeSet, text: str, notify: Callable[[ChangeSet], None], *, actor: str = ""
    ) -> None:
        super().__init__(text)
        self.database = database
        self.actor = actor  # who undoes or redoes, for the change log
        self.batch = changes.batch
        self.notify = notify
        self._saved = True  # QUndoStack.push() calls redo() at once: the edit is already in the database

    def undo(self) -> None:
        with self.database.transaction() as session:
            result = undo(session, self.batch, actor=self.actor)
        self.notify(result)

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        with self.database.transaction() as session:
            result = redo(session, self.batch, actor=self.actor)
        self.notify(result)
