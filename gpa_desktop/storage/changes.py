"""The one write path: every change to stored data is made here and logged in the same transaction.

A ``ChangeWriter`` belongs to one user action (one batch). It sets fields on rows, records
old → new for each field that really changed, and returns a ``ChangeSet`` the shell can
broadcast. ``undo`` replays a batch's old values through the same path.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any, NamedTuple

from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain.changes import OpChanges
from ..domain.dates import local_time  # noqa: F401 - where storage's callers found it
from ..domain.errors import QT_TRANSLATE_NOOP, DatabaseError, UserError
from ..domain.text import nfc
from . import keys, models, plain_reads
from .files import READ_ONLY

CREATED = "*created"
DELETED = "*deleted"


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


_JSON = json.JSONEncoder(ensure_ascii=False)  # made once: json.dumps with an argument makes one per call
_JSON_TEXT = json.encoder.encode_basestring  # what that encoder does with a str, without its dispatch


def _encode(value: Any) -> str | None:
    """A logged value as JSON (an imported workbook logs hundreds of thousands: text and whole numbers directly)."""
    kind = value.__class__
    if value is None:
        return None
    if kind is str:
        return _JSON_TEXT(value)
    if kind is int:  # not bool, which JSON spells true/false
        return int.__repr__(value)
    if isinstance(value, (date, datetime)):
        return _JSON.encode(value.isoformat())
    return _JSON.encode(value)


def stored_time(session: Session, value: datetime) -> str:
    """A DateTime value as SQLAlchemy stores it in this database: what a row written without the ORM holds."""
    dialect = session.get_bind().dialect
    column_type = models.ChangeRow.__table__.c.at.type
    return column_type.dialect_impl(dialect).bind_processor(dialect)(value)


_LOG_COLUMNS = ("batch", "at", "installation", "actor", "source", "undoes", "entity", "entity_id", "entity_key", "field", "old", "new")
_LOG_INSERT = f"INSERT INTO change_log ({', '.join(_LOG_COLUMNS)}) VALUES ({', '.join('?' for _ in _LOG_COLUMNS)})"


def _decode(text: str | None, column_type: Any) -> Any:
    if text is None:
        return None
    value = json.loads(text)
    python_type = getattr(column_type, "python_type", None)
    if python_type is datetime:
        return datetime.fromisoformat(value)
    if python_type is date:
        return date.fromisoformat(value)
    return value


def last_batch(session: Session) -> int:
    """The newest change-log batch: a preview remembers it, and its apply refuses to run after another write."""
    return plain_reads.dbapi(session).execute("SELECT max(batch) FROM change_log").fetchone()[0] or 0


class ReadWrote(AssertionError):
    """A read tried to write: a programming error, never the officer's (a read never writes)."""


class FieldChange(NamedTuple):  # a tuple: an imported workbook makes thousands
    entity: str
    entity_id: int
    key: str
    field: str
    old: Any
    new: Any


@dataclass
class ChangeSet:
    """What one action changed: the shell tells the views, each decides whether to refresh."""

    batch: int
    changes: list[FieldChange] = field(default_factory=list)

    def entities(self) -> set[str]:
        return {c.entity for c in self.changes}

    def summary(self) -> OpChanges:
        """What this batch changed, in the domain's words (read back from the keys it logged)."""
        if not self.changes:
            return OpChanges()
        return keys.summarise(self.batch, {(c.entity, c.key) for c in self.changes})  # each row once, not once a field

    def __bool__(self) -> bool:
        return bool(self.changes)


class ChangeWriter:
    def __init__(
        self,
        session: Session,
        *,
        source: str,
        actor: str = "",
        undoes: int | None = None,
    ) -> None:
        if session.info.get("read"):
            raise ReadWrote("a read opened a change writer")
        if session.info.get("read_only"):  # a database opened for viewing: refused before anything is written
            raise DatabaseError(READ_ONLY)
        self.session = session
        self.source = source
        self.actor = actor
        self.undoes = undoes
        self.at = utcnow()
        # the open database knows its installation id; a bare session (tests, first run) reads it
        self.installation = session.info.get("installation") or session.get(models.AppMeta, "installation_id").value
        self.result = ChangeSet(batch=last_batch(session) + 1)
        self._pending: list[tuple] | None = None  # log rows held back inside batched(): entity … new
        self._created: list[tuple[Any, str]] | None = None  # new rows whose ids batched() awaits

    def _log(self, row: Any, key: str, field_name: str, old: Any, new: Any) -> None:
        self.log(row.__tablename__, row.id, key, field_name, old, new)

    def log(self, entity: str, entity_id: int, key: str, field_name: str, old: Any, new: Any) -> None:
        """Log one field of a row written without the ORM (reports saved from a form or a workbook)."""
        if self._pending is not None:
            self._pending.append((entity, entity_id, key, field_name, _encode(old), _encode(new)))
        else:
            self.session.add(
                models.ChangeRow(
                    batch=self.result.batch, at=self.at, installation=self.installation, actor=self.actor, source=self.source,
                    undoes=self.undoes, entity=entity, entity_id=entity_id, entity_key=key, field=field_name,
                    old=_encode(old), new=_encode(new),
                )
            )
        self.result.changes.append(FieldChange(entity, entity_id, key, field_name, old, new))

    def log_fields(self, entity: str, changes: list[tuple[int, str, str, Any, Any]]) -> None:
        """log() of many fields at once, each (entity id, key, field, old, new): inside batched(), one
        list of log rows (an imported workbook logs hundreds)."""
        if self._pending is None:
            for change in changes:
                self.log(entity, *change)
            return
        encode = _encode
        self._pending.extend([(entity, row_id, key, name, encode(old), encode(new)) for row_id, key, name, old, new in changes])
        self.result.changes.extend([FieldChange(entity, *change) for change in changes])

    @contextmanager
    def batched(self) -> Iterator[None]:
        """Write many rows as one: new rows are flushed together at the end and the whole log goes in
        one INSERT, instead of a flush per new row and an ORM object per logged field (an imported
        workbook logs thousands). Nothing inside may read the change log back."""
        self._pending, self._created = [], []
        try:
            yield
            if self._created:
                self.session.flush()
                for row, key in self._created:
                    self._log_created(row, key)
            if self._pending:  # one executemany of plain tuples: no ORM object, no per-row bind processing
                common = (self.result.batch, stored_time(self.session, self.at), self.installation, self.actor, self.source, self.undoes)
                plain_reads.dbapi(self.session).executemany(_LOG_INSERT, [common + row for row in self._pending])
        finally:
            self._pending = self._created = None

    def create(self, row: Any, key: str) -> Any:
        """Add a new row and log it with all its values."""
        self.session.add(row)
        if self._created is not None:
            self._created.append((row, key))
            return row
        self.session.flush()
        self._log_created(row, key)
        return row

    def _log_created(self, row: Any, key: str) -> None:
        values = {c.key: getattr(row, c.key) for c in inspect(row).mapper.column_attrs if c.key != "id"}
        self._log(row, key, CREATED, None, {k: _json_safe(v) for k, v in values.items()})

    def update(self, row: Any, key: str, **values: Any) -> list[FieldChange]:
        """Set fields; log the ones whose value really changes. Text is stored NFC."""
        changed = []
        for name, new in values.items():
            if isinstance(new, str):
                new = nfc(new)
            old = getattr(row, name)
            if old == new:
                continue
            setattr(row, name, new)
            changed.append((name, old, new))
        if changed:
            if row.id is None:  # the log needs the row's id; a stored row has one, and autoflush writes the rest
                self.session.flush()
            for name, old, new in changed:
                self._log(row, key, name, old, new)
        return self.result.changes[-len(changed) :] if changed else []

    def delete(self, row: Any, key: str) -> None:
        values = {c.key: getattr(row, c.key) for c in inspect(row).mapper.column_attrs if c.key != "id"}
        self._log(row, key, DELETED, {k: _json_safe(v) for k, v in values.items()}, None)
        self.session.delete(row)
        self.session.flush()

    def note(self, row: Any, key: str, what: str, detail: Any = None) -> None:
        """Log an event that is not a field change (a plan loaded, a file received)."""
        self._log(row, key, f"*{what}", None, detail)


def _json_safe(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (date, datetime)) else value


_ENTITIES = {mapper.class_.__tablename__: mapper.class_ for mapper in models.Base.registry.mappers}


def undo(session: Session, batch: int, *, actor: str = "") -> ChangeSet:
    """Reverse *batch* through the write path, as a new batch that says which one it undoes."""
    return _replay(session, batch, actor=actor, backwards=True)


def redo(session: Session, batch: int, *, actor: str = "") -> ChangeSet:
    """Apply *batch*'s new values again (after it was undone), as a new batch."""
    return _replay(session, batch, actor=actor, backwards=False)


def _replay(session: Session, batch: int, *, actor: str, backwards: bool) -> ChangeSet:
    order = models.ChangeRow.id.desc() if backwards else models.ChangeRow.id
    rows = session.scalars(select(models.ChangeRow).where(models.ChangeRow.batch == batch).order_by(order)).all()
    if not rows:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is nothing to undo."))
    source = f"undo:{batch}" if backwards else f"redo:{batch}"
    writer = ChangeWriter(session, source=source, actor=actor, undoes=batch if backwards else None)
    for change in rows:
        table = _ENTITIES[change.entity]
        target = session.get(table, change.entity_id)
        columns = {c.key: c for c in table.__table__.columns}
        removes = change.field == (CREATED if backwards else DELETED)
        restores = change.field == (DELETED if backwards else CREATED)
        if removes:
            if target is not None:
                try:
                    with session.begin_nested():  # a refused delete must leave the transaction usable
                        writer.delete(target, change.entity_key)
                except IntegrityError as exc:  # later records rest on it (an agency that has filed reports since)
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "UserError",
                            "This change cannot be undone: {what} is used by records made after it "
                            "(for example reports filed since). Undo or remove those first.",
                        ),
                        what=change.entity_key,
                    ) from exc
        elif restores:
            stored = json.loads(change.old if backwards else change.new)
            values = {k: _decode(json.dumps(v), columns[k].type) for k, v in stored.items()}
            writer.create(table(id=change.entity_id, **values), change.entity_key)
        elif change.field.startswith("*"):
            continue  # events (notes) have nothing to replay
        elif target is not None:
            value = _decode(change.old if backwards else change.new, columns[change.field].type)
            writer.update(target, change.entity_key, **{change.field: value})
    return writer.result


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    actor: str
    source: str
    field: str
    old: Any
    new: Any


def history(session: Session, entity: str, key: str) -> list[HistoryEntry]:
    """Every logged change of one record, oldest first (who, when, old → new, from which import)."""
    rows = session.scalars(
        select(models.ChangeRow)
        .where(models.ChangeRow.entity == entity, models.ChangeRow.entity_key == key)
        .order_by(models.ChangeRow.id)
    )
    return [
        HistoryEntry(r.at, r.actor, r.source, r.field, json.loads(r.old) if r.old else None, json.loads(r.new) if r.new else None)
        for r in rows
    ]
