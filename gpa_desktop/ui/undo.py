"""Undo and redo of stored changes: each command replays one change-log batch through the write path."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..domain.errors import UserError
from ..i18n import translate
from ..storage.changes import ChangeSet, redo, undo
from ..storage.database import Database
from . import prompts


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
        self._replay(undo)

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self._replay(redo)

    def _replay(self, replay: Callable[..., ChangeSet]) -> None:
        try:
            with self.database.transaction() as session:
                result = replay(session, self.batch, actor=self.actor)
        except UserError as refused:
            # The database said no and kept everything as it was (an agency that has filed reports
            # since cannot be un-created): the officer reads why, and the stack forgets this step,
            # so it never claims a state the records are not in.
            self.setObsolete(True)
            prompts.show_error(None, "GPA Desktop", refused.render(translate))
            return
        self.notify(result)
