"""The workspace an operation acts in: the open database and the officer acting (never global)."""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from ..domain.errors import DatabaseError
from ..storage.database import READ_ONLY, Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..storage.changes import ChangeWriter


@dataclass
class Workspace:
    database: Database
    actor: str = ""

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool = False, actor: str = "") -> "Workspace":
        return cls(Database.open(path, read_only=read_only), actor)

    @classmethod
    def open_for_reading(cls, path: str | os.PathLike[str]) -> "Workspace":
        """Open for a read: without the writer's lock (the window may have the file open) and on a
        read-only file too; a file that does not exist yet is first made from the built-in plan."""
        from ..storage.database import needs_writer

        return cls(Database.open(path, read_only=not needs_writer(Path(path))))

    @property
    def read_only(self) -> bool:
        return self.database.read_only

    @property
    def path(self) -> Path:
        return self.database.path

    @contextmanager
    def reading(self):
        with self.database.reading() as session:
            yield session

    def require_writable(self) -> None:
        """Every write starts here: on a database open read-only it is refused in a plain sentence,
        before anything is tried (SQLite's own refusal would come half-way, in English)."""
        if self.read_only:
            raise DatabaseError(READ_ONLY)

    @contextmanager
    def transaction(self) -> Iterator["Session"]:
        """One writing transaction, for storage functions that keep their own change log."""
        self.require_writable()
        with self.database.transaction() as session:
            yield session

    @contextmanager
    def plain_reading(self):
        """A read on a plain DB-API connection, for storage.plain_reads (no ORM: start-up uses it)."""
        with self.database.plain_reading() as connection:
            yield connection

    @contextmanager
    def writing(self, source: str = "app") -> Iterator["ChangeWriter"]:
        """One transaction and one change-log batch for one action."""
        from ..storage.changes import ChangeWriter

        with self.transaction() as session:
            yield ChangeWriter(session, source=source, actor=self.actor)

    def close(self) -> None:
        self.database.close()
