"""A whole reorganisation as the province receives it, a list: exported as a workbook of proposals,
read back and previewed (every row checked, nothing written), then applied in one transaction
and one change-log batch, so the window undoes it in one step. Rows already in force are
recognised, so applying the same workbook twice changes nothing.

The preview tries the changes on a private in-memory copy of the database with the same
storage functions the apply uses: a row is refused for exactly the reasons it would fail.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum
from pathlib import Path

from ..domain.changes import OpChanges
from ..domain.errors import QT_TRANSLATE_NOOP, UserError
from ..domain.plan import PLAN_ADOPTED_ON, AgencyKind, Plan
from ..domain.reorganisation import (
    KINDS,
    PROPOSALS,
    ExpectedReports,
    GroupChange,
    TaskMove,
    code_from_name,
    expected_reports,
    group_changes,
    groups_left_empty,
    kind_from_name,
    proposal_basis,
    task_moves,
)
from ..domain.text import fold
from ..exchange.reading import Problem
from ..exchange.reorganisation import (
    AFTER,
    BASIS,
    BEFORE,
    COLUMNS,
    CONFIRMED,
    DAY,
    PROPOSED,
    ChangeLine,
    ReadChange,
    UnitLine,
    column_label,
    is_changes_workbook,
    read_changes_workbook,
    write_changes_workbook,
)
from ..storage import agency_changes
from ..storage.agencies import Succession, successions
from ..storage.changes import ChangeWriter, last_batch, utcnow
from ..storage.plan_store import read_plan
from .workspace import Workspace

__all__ = ["export_changes", "preview_changes", "apply_changes", "is_changes_workbook", "ReorganisationPreview", "KIND_NAMES", "STATE_NAMES"]

CONTEXT = "Reorganisation"
KIND_NAMES = {
    "add": QT_TRANSLATE_NOOP("Reorganisation", "New units"),
    "rename": QT_TRANSLATE_NOOP("Reorganisation", "Rename"),
    "merge": QT_TRANSLATE_NOOP("Reorganisation", "Merge"),
    "split": QT_TRANSLATE_NOOP("Reorganisation", "Split"),
    "end": QT_TRANSLATE_NOOP("Reorganisation", "End"),
    "members": QT_TRANSLATE_NOOP("Reorganisation", "Members of a group"),
}
_KIND_WORDS = {  # the workbook is Vietnamese whatever the window's language
    AgencyKind.DEPARTMENT: "Sở, ban, ngành",
    AgencyKind.DISTRICT: "Cấp huyện",
    AgencyKind.COMMUNE: "Cấp xã",
    AgencyKind.CENTRAL_BRANCH: "Cơ quan trung ương tại tỉnh",
    AgencyKind.ASSOCIATION: "Hội, hiệp hội",
    AgencyKind.OTHER: "Khác",
    AgencyKind.COLLECTIVE: "Nhóm cơ quan",
}


class RowState(str, Enum):
    APPLY = "apply"  # confirmed, checked, to be written
    IN_FORCE = "in_force"  # confirmed and already recorded (the workbook was applied before)
    NOT_CONFIRMED = "not_confirmed"  # a proposal or a row the province did not confirm: skipped
    REFUSED = "refused"  # confirmed but wrong: the whole workbook waits for it


STATE_NAMES = {
    RowState.APPLY: QT_TRANSLATE_NOOP("Reorganisation", "to apply"),
    RowState.IN_FORCE: QT_TRANSLATE_NOOP("Reorganisation", "already in force"),
    RowState.NOT_CONFIRMED: QT_TRANSLATE_NOOP("Reorganisation", "not confirmed, skipped"),
    RowState.REFUSED: QT_TRANSLATE_NOOP("Reorganisation", "refused"),
}


@dataclass(frozen=True)
class ResolvedChange:
    """A confirmed row in codes, ready for the storage functions (see _write)."""

    row: int
    kind: str  # one of domain.reorganisation.KINDS
    on: date
    basis: str = ""
    code: str = ""  # the renamed agency, the split one, the group whose members are set
    name: str = ""  # a rename's new name
    codes: tuple[str, ...] = ()  # merged, ended, or the group's members
    into: str = ""  # a merge's successor
    successors: tuple[tuple[str, tuple[str, ...]], ...] = ()  # a split's successors and their tasks
    new: tuple[tuple[str, str, AgencyKind], ...] = ()  # units to create first: (code, name, kind)


@dataclass(frozen=True)
class PreviewRow:
    row: int
    kind: str | None
    on: date | None
    state: RowState
    change: ResolvedChange | None = None


@dataclass(frozen=True)
class Line:
    """One sentence of the preview, in English marked for translation; the edge renders it."""

    message: str
    params: dict

    def render(self, translate=None) -> str:
        tr = (lambda text: translate(CONTEXT, text)) if translate else (lambda text: text)  # noqa: E731
        params = {k: tr(v) if isinstance(v, Translated) else v for k, v in self.params.items()}
        return tr(self.message).format(**params)


class Translated(str):
    """A parameter that is itself a marked English word (a kind of change): rendered in the user's language too."""


@dataclass
class ReorganisationPreview:
    path: Path
    before: Plan
    after: Plan
    rows: list[PreviewRow] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    moves: list[TaskMove] = field(default_factory=list)
    groups: list[GroupChange] = field(default_factory=list)
    expected: list[ExpectedReports] = field(default_factory=list)
    fingerprint: int = 0  # the database's last change-log batch when previewed

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def changes(self) -> tuple[ResolvedChange, ...]:
        """What applying writes, in order."""
        return tuple(r.change for r in self.rows if r.state is RowState.APPLY and r.change is not None)

    def count(self, state: RowState) -> int:
        return sum(1 for r in self.rows if r.state is state)

    @property
    def ok(self) -> bool:
        return not self.errors

    def name(self, code: str | None, day: date) -> str:
        """An agency's name on *day*, as known after the changes."""
        if code is None:
            return "—"
        plan = self.after if code in {a.code for a in self.after.agencies} else self.before
        return plan.agency(code).name_on(day)

    def summary(self) -> Line:
        return Line(
            QT_TRANSLATE_NOOP(
                "Reorganisation", "{apply} changes to apply, {in_force} already in force, {skipped} not confirmed, {refused} refused."
            ),
            {"apply": self.count(RowState.APPLY), "in_force": self.count(RowState.IN_FORCE),
             "skipped": self.count(RowState.NOT_CONFIRMED), "refused": self.count(RowState.REFUSED)},
        )

    def hint(self) -> Line | None:
        """What to do when the province has confirmed nothing yet."""
        if any(r.state in (RowState.APPLY, RowState.IN_FORCE, RowState.REFUSED) for r in self.rows):
            return None
        return Line(
            QT_TRANSLATE_NOOP("Reorganisation", 'No row is marked "{confirmed}": check the proposals in the workbook and set the status of those the province decided.'),
            {"confirmed": CONFIRMED},
        )

    def lines(self) -> list[Line]:
        """The whole change in words: the counts, each row, then its effects."""
        hint = self.hint()
        return [self.summary(), *([hint] if hint else []), *(self._row_line(r) for r in self.rows), *self.effects()]

    def effects(self) -> list[Line]:
        """Which tasks move to which agency from which day, which groups gain and lose members, the reports expected."""
        out = []
        for move in self.moves:
            source = self.name(move.source, move.on - timedelta(days=1)) if move.source else None
            targets = "; ".join(self.name(t, move.on) for t in move.targets)
            params = {"day": move.on, "source": source, "targets": targets, "tasks": ", ".join(move.tasks), "count": len(move.tasks)}
            if source is None:
                message = QT_TRANSLATE_NOOP("Reorganisation", "From {day:%d/%m/%Y}, the tasks {tasks} go to {targets}.")
            elif not move.targets:
                message = QT_TRANSLATE_NOOP("Reorganisation", "From {day:%d/%m/%Y}, the tasks {tasks} of {source} go to no other agency.")
            else:
                message = QT_TRANSLATE_NOOP("Reorganisation", "From {day:%d/%m/%Y}, the tasks {tasks} of {source} go to {targets}.")
            out.append(Line(message, params))
        for change in self.groups:
            day_before = change.on - timedelta(days=1)
            out.append(
                Line(
                    QT_TRANSLATE_NOOP(
                        "Reorganisation",
                        "From {day:%d/%m/%Y}, the group {group} ({count} tasks) — joining: {joined}; leaving: {left}.",
                    ),
                    {
                        "day": change.on, "group": self.name(change.group, change.on), "count": len(change.tasks),
                        "joined": _names(self, change.joined, change.on), "left": _names(self, change.left, day_before),
                    },
                )
            )
        for figures in self.expected:
            out.append(
                Line(
                    QT_TRANSLATE_NOOP("Reorganisation", "Reports expected on {day:%d/%m/%Y}: {before} before the changes, {after} after."),
                    {"day": figures.on, "before": figures.before, "after": figures.after},
                )
            )
        return out

    def _row_line(self, r: PreviewRow) -> Line:
        return Line(
            QT_TRANSLATE_NOOP("Reorganisation", "Row {row}: {kind}, {day} — {state}{what}"),
            {
                "row": r.row, "kind": Translated(KIND_NAMES.get(r.kind or "", "—")),
                "day": f"{r.on:%d/%m/%Y}" if r.on else "—", "state": Translated(STATE_NAMES[r.state]),
                "what": f": {self.describe(r.change)}" if r.change is not None else "",
            },
        )

    def describe(self, change: ResolvedChange) -> str:
        """What a row does, with names (the same in every language: they are the agencies' own)."""
        day, before = change.on, change.on - timedelta(days=1)
        old = lambda codes: "; ".join(self.name(c, before) for c in codes)  # noqa: E731
        new = lambda codes: "; ".join(self.name(c, day) for c in codes)  # noqa: E731
        if change.kind == "add":
            return new(change.codes)
        if change.kind == "rename":
            return f"{old([change.code])} → {change.name}"
        if change.kind == "merge":
            return f"{old(change.codes)} → {new([change.into])}"
        if change.kind == "split":
            return f"{old([change.code])} → " + "; ".join(f"{self.name(c, day)} ({', '.join(t)})" for c, t in change.successors)
        if change.kind == "end":
            return old(change.codes)
        return f"{new([change.code])} ← {new(change.codes)}"


def _names(preview: ReorganisationPreview, codes, day: date, limit: int = 6) -> str:
    names = [preview.name(c, day) for c in codes]
    if not names:
        return "—"
    return "; ".join(names[:limit]) + (f"; … ({len(names)})" if len(names) > limit else "")


# -- out -----------------------------------------------------------------------------------------


def export_changes(ws: Workspace, target: Path) -> int:
    """Write the reorganisation workbook: the app's proposals (those already recorded marked as
    confirmed), rows for the province's own changes, and the list of units. Returns the rows written."""
    with ws.reading() as session:
        plan = read_plan(session)
        recorded = successions(session)
    units = _Units(plan)
    lines = []
    for proposal in PROPOSALS:
        if any(code not in units.agencies for code in proposal.before):
            continue  # a database without that agency (another plan): nothing to propose
        before = tuple(plan.agency(code).name for code in proposal.before)
        after = tuple(
            f"{units.display(item[0])}: {', '.join(item[1])}" if isinstance(item, tuple) else units.display(item) for item in proposal.after
        )
        line = ChangeLine(proposal.kind, before, after, proposal.on, proposal_basis(proposal), PROPOSED, proposal.note)
        read = ReadChange(0, line.kind, line.before, line.after, line.on, line.basis, True, CONFIRMED)
        problems: list[Problem] = []
        change = _resolve(read, _Units(plan), plan, {}, problems, sheet="")
        if change is not None and not problems and _in_force(change, plan, recorded):
            line = ChangeLine(line.kind, line.before, line.after, line.on, line.basis, CONFIRMED, "Đã áp dụng. " + line.note)
        lines.append(line)
    listed = [
        UnitLine(
            a.code, a.name, _KIND_WORDS[a.kind],
            f"Nhóm: {len(a.members)} thành viên" if a.is_collective else f"Chấm dứt từ {a.ended_on:%d/%m/%Y}" if a.ended_on else "Đang hoạt động",
        )
        for a in plan.agencies
    ]
    write_changes_workbook(target, lines, listed, ws.database.installation_id, utcnow().isoformat())
    return len(lines)


# -- in ------------------------------------------------------------------------------------------


class _Units:
    """Unit references as a province writes them: a code, a name, an alias or a former name; and
    the units the workbook itself creates or renames, for the rows after."""

    def __init__(self, plan: Plan) -> None:
        self.agencies = {a.code: a for a in plan.agencies}
        self.by_text: dict[str, str] = {}
        for a in plan.agencies:  # former names first: a current name or a code wins over them
            for _since, name in a.names:
                self.by_text.setdefault(fold(name), a.code)
        for a in plan.agencies:
            self.by_text.update((fold(alias), a.code) for alias in a.aliases)
        for a in plan.agencies:
            self.by_text[fold(a.name)] = a.code
        for a in plan.agencies:
            self.by_text[fold(a.code)] = a.code
        self.created: dict[str, tuple[str, AgencyKind]] = {}

    def find(self, text: str) -> str | None:
        return self.by_text.get(fold(text))

    def display(self, code_or_name: str) -> str:
        return self.agencies[code_or_name].name if code_or_name in self.agencies else code_or_name

    def is_collective(self, code: str) -> bool:
        return code in self.agencies and self.agencies[code].is_collective

    def create(self, name: str) -> tuple[str, str, AgencyKind]:
        kind = kind_from_name(name)
        code = code_from_name(name, [*self.agencies, *self.created])
        self.created[code] = (name, kind)
        self.by_text[fold(name)] = code
        return code, name, kind

    def rename(self, code: str, name: str) -> None:
        self.by_text[fold(name)] = code


def preview_changes(ws: Workspace, path: Path) -> ReorganisationPreview:
    """Read and check every row of the workbook and show what it would change; write nothing."""
    read = read_changes_workbook(Path(path))
    with ws.reading() as session:
        before = read_plan(session)
        recorded = successions(session)
        fingerprint = last_batch(session)
    preview = ReorganisationPreview(Path(path), before, before, errors=list(read.errors), warnings=list(read.warnings), fingerprint=fingerprint)
    rank = {kind: i for i, kind in enumerate(KINDS)}
    ordered = sorted(read.rows, key=lambda r: (r.on or date.max, rank.get(r.kind or "", len(rank)), r.row))
    units, consumed = _Units(before), {}
    resolved: list[PreviewRow] = []
    for row in ordered:
        if not row.confirmed:
            resolved.append(PreviewRow(row.row, row.kind, row.on, RowState.NOT_CONFIRMED))
            continue
        if row.refused:
            resolved.append(PreviewRow(row.row, row.kind, row.on, RowState.REFUSED))
            continue
        problems: list[Problem] = []
        change = _resolve(row, units, before, consumed, problems, sheet=read.sheet)
        preview.errors.extend(problems)
        if change is None or problems:
            resolved.append(PreviewRow(row.row, row.kind, row.on, RowState.REFUSED))
        elif _in_force(change, before, recorded):
            resolved.append(PreviewRow(row.row, row.kind, row.on, RowState.IN_FORCE, change))
        else:
            resolved.append(PreviewRow(row.row, row.kind, row.on, RowState.APPLY, change))
    to_apply = [r.change for r in resolved if r.state is RowState.APPLY]
    unfounded = sorted(c.row for c in to_apply if not c.basis)
    if unfounded:
        preview.warnings.append(
            Problem(QT_TRANSLATE_NOOP("UserError", "Rows {rows} give no legal basis (document number); the change log will not say on what authority they changed."),
                    {"rows": ", ".join(map(str, unfounded))}, sheet=read.sheet, column=column_label(BASIS))
        )
    after = before
    if to_apply:
        with ws.database.scratch_copy() as scratch:
            writer = ChangeWriter(scratch, source="preview", actor=ws.actor)
            failed: dict[int, UserError] = {}
            for change in to_apply:
                try:
                    with scratch.begin_nested():
                        _write(writer, change, path.name)
                except UserError as refused:
                    failed[change.row] = refused
            after = read_plan(scratch)
            heirs: dict[str, set[str]] = {}
            for succession in successions(scratch):
                heirs.setdefault(succession.predecessor, set()).add(succession.successor)
        for number, refused in failed.items():
            preview.errors.append(Problem(refused.message, refused.params, sheet=read.sheet, row=number))
        resolved = [PreviewRow(r.row, r.kind, r.on, RowState.REFUSED) if r.row in failed else r for r in resolved]
        days = sorted({c.on for c in to_apply if c.row not in failed})
        for group, day in groups_left_empty(before, after, days):
            culprit = _emptied_by(group, day, [c for c in to_apply if c.row not in failed], before)
            preview.errors.append(
                Problem(
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        'From {day:%d/%m/%Y} the group {group} would have no members, so nobody would report on its {count} tasks: '
                        'name its members in a "Thành viên nhóm" row.',
                    ),
                    {"day": day, "group": after.agency(group).name_on(day),
                     "count": sum(1 for t in after.tasks() if any(a.agency == group and a.holds_on(day) for a in t.assignments))},
                    sheet=read.sheet, row=culprit,
                )
            )
            resolved = [PreviewRow(r.row, r.kind, r.on, RowState.REFUSED) if r.row == culprit else r for r in resolved]
        preview.moves = task_moves(before, after, days, heirs)
        preview.groups = group_changes(before, after, days)
        preview.expected = expected_reports(before, after, days)
    preview.after = after
    preview.rows = sorted(resolved, key=lambda r: r.row)
    preview.errors.sort(key=lambda p: (p.row or 0))
    return preview


def apply_changes(ws: Workspace, preview: ReorganisationPreview) -> OpChanges:
    """Write every change of a previewed workbook in one transaction and one change-log batch
    (one undo step), logged with the actor. Nothing is written if a row was refused."""
    if preview.errors:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The workbook {file} has refused rows; nothing was applied. Correct them and apply it again."),
            file=preview.file_name,
        )
    changes = preview.changes
    if not changes:
        return OpChanges()
    with ws.writing(source=f"reorganisation:{preview.file_name}") as writer:
        if last_batch(writer.session) != preview.fingerprint:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "The database changed after the workbook {file} was checked; nothing was applied. Check it again."),
                file=preview.file_name,
            )
        for change in changes:
            _write(writer, change, preview.file_name)
    return writer.result.summary()


def _write(writer: ChangeWriter, change: ResolvedChange, file_name: str) -> None:
    """One row through the storage functions, into the shared batch."""
    session, on = writer.session, change.on
    if change.kind == "add":
        for code, name, kind in change.new:
            agency_changes.add_agency(session, code, name, kind, valid_from=on, writer=writer)
        principal = [code for code, _n, _k in change.new]
    elif change.kind == "rename":
        agency_changes.rename_agency(session, change.code, change.name, on, writer=writer)
        principal = [change.code]
    elif change.kind == "merge":
        new = {code: (name, kind) for code, name, kind in change.new}
        name, kind = new.get(change.into, (None, AgencyKind.DEPARTMENT))
        agency_changes.merge_agencies(session, change.codes, change.into, on, new_name=name, new_kind=kind, writer=writer)
        principal = [change.into]
    elif change.kind == "split":
        agency_changes.split_agency(
            session, change.code, dict(change.successors), on,
            new_agencies={code: (name, kind) for code, name, kind in change.new}, writer=writer,
        )
        principal = [change.code]
    elif change.kind == "end":
        agency_changes.end_agency(session, change.codes, on, writer=writer)
        principal = list(change.codes)
    else:
        agency_changes.set_members(session, change.code, change.codes, on, writer=writer)
        principal = [change.code]
    for code in principal:
        agency_changes.note_basis(writer, code, {"basis": change.basis, "file": file_name, "row": change.row, "kind": change.kind})


def _refuse(problems: list[Problem], sheet: str, row: int, column: int, message: str, **params) -> None:
    problems.append(Problem(message, {"row": row, **params}, sheet=sheet, row=row, column=column_label(column)))


def _resolve(
    row: ReadChange, units: _Units, plan: Plan, consumed: dict[str, int], problems: list[Problem], *, sheet: str
) -> ResolvedChange | None:
    """The row in codes, or None with *problems* saying why not. *consumed*: the units merged,
    split or ended by the rows before (a unit merged twice is refused)."""
    refuse = lambda column, message, **params: _refuse(problems, sheet, row.row, column, message, **params)  # noqa: E731
    kind, on = row.kind, row.on
    if on < PLAN_ADOPTED_ON:
        refuse(DAY, QT_TRANSLATE_NOOP("UserError", "Row {row}: the effective date {day:%d/%m/%Y} is before the plan began ({start:%d/%m/%Y})."),
               day=on, start=PLAN_ADOPTED_ON)
        return None

    def known(texts, column: int, *, concrete: bool = False, group: bool = False) -> list[str]:
        codes = []
        for text in texts:
            code = units.find(text)
            if code is None:
                refuse(column, QT_TRANSLATE_NOOP("UserError", 'Row {row}: no unit is called "{text}"; write its code or its name as the list of units gives it.'),
                       text=text)
            elif concrete and units.is_collective(code):
                refuse(column, QT_TRANSLATE_NOOP("UserError", "Row {row}: {name} is a group of agencies; change its members instead."),
                       name=units.display(code))
            elif group and not units.is_collective(code):
                refuse(column, QT_TRANSLATE_NOOP("UserError", "Row {row}: {name} is not a group of agencies."), name=units.display(code))
            elif code not in codes:
                codes.append(code)
        return codes

    def one(texts, column: int) -> bool:
        if len(texts) != 1:
            refuse(column, QT_TRANSLATE_NOOP("UserError", 'Row {row}: name exactly one unit under "{header}".'), header=COLUMNS[column].header)
            return False
        return True

    def consume(codes: list[str]) -> None:
        for code in codes:
            if code in consumed:
                refuse(BEFORE, QT_TRANSLATE_NOOP("UserError", "Row {row}: {name} is already merged, split or ended in row {first}."),
                       name=units.display(code), first=consumed[code])
            else:
                consumed[code] = row.row

    base = dict(row=row.row, kind=kind, on=on, basis=row.basis)
    if kind == "add":
        if not row.after:
            refuse(AFTER, QT_TRANSLATE_NOOP("UserError", "Row {row}: write the names of the new units under \"Đơn vị sau\", one per line."))
            return None
        new, codes = [], []
        for name in row.after:
            existing = units.find(name)
            if existing is None:
                new.append(units.create(name))
                codes.append(new[-1][0])
            elif existing in units.agencies and units.agencies[existing].names[:1] and units.agencies[existing].names[0][0] == on:
                codes.append(existing)  # created on this day by an earlier application of the workbook
            else:
                refuse(AFTER, QT_TRANSLATE_NOOP("UserError", 'Row {row}: a unit called "{name}" exists already ({code}).'), name=name, code=existing)
        return ResolvedChange(**base, codes=tuple(codes), new=tuple(new)) if not problems else None
    if kind == "rename":
        if not (one(row.before, BEFORE) and one(row.after, AFTER)):
            return None
        codes = known(row.before, BEFORE)
        if not codes:
            return None
        units.rename(codes[0], row.after[0])
        return ResolvedChange(**base, code=codes[0], name=row.after[0])
    if kind == "merge":
        if not row.before:
            refuse(BEFORE, QT_TRANSLATE_NOOP("UserError", "Row {row}: name the units merged under \"Đơn vị trước\"."))
        if not one(row.after, AFTER):
            return None
        olds = known(row.before, BEFORE, concrete=True)
        into = units.find(row.after[0])
        new = ()
        if into is None:
            new = (units.create(row.after[0]),)
            into = new[0][0]
        elif units.is_collective(into):
            refuse(AFTER, QT_TRANSLATE_NOOP("UserError", "Row {row}: {name} is a group of agencies; change its members instead."), name=units.display(into))
        if into in olds:
            refuse(AFTER, QT_TRANSLATE_NOOP("UserError", "Row {row}: {name} cannot be merged into itself."), name=units.display(into))
        consume(olds)
        return ResolvedChange(**base, codes=tuple(olds), into=into, new=new) if not problems else None
    if kind == "split":
        if not one(row.before, BEFORE):
            return None
        olds = known(row.before, BEFORE, concrete=True)
        successors, new = [], []
        for line in row.after:
            name, colon, tasks = line.partition(":")
            codes = tuple(t for t in (part.strip() for part in tasks.replace(" ", ",").split(",")) if t)
            if not colon or not codes:
                refuse(AFTER, QT_TRANSLATE_NOOP("UserError", 'Row {row}: write each successor with the tasks it takes over, for example "Sở Nội vụ: 3.1, 7.2".'))
                continue
            unknown = [t for t in codes if t not in {task.code for task in plan.tasks()}]
            if unknown:
                refuse(AFTER, QT_TRANSLATE_NOOP("UserError", "Row {row}: there is no task {tasks} in the plan."), tasks=", ".join(unknown))
                continue
            code = units.find(name.strip())
            if code is None:
                created = units.create(name.strip())
                new.append(created)
                code = created[0]
            elif units.is_collective(code):
                refuse(AFTER, QT_TRANSLATE_NOOP("UserError", "Row {row}: {name} is a group of agencies; change its members instead."), name=units.display(code))
                continue
            successors.append((code, codes))
        if len(successors) < 2 and not problems:
            refuse(AFTER, QT_TRANSLATE_NOOP("UserError", 'Row {row}: a split needs at least two successors; for one, use "Hợp nhất".'))
        consume(olds)
        return ResolvedChange(**base, code=olds[0], successors=tuple(successors), new=tuple(new)) if not problems else None
    if kind == "end":
        if not row.before:
            refuse(BEFORE, QT_TRANSLATE_NOOP("UserError", "Row {row}: name the units that end under \"Đơn vị trước\"."))
        if row.after:
            refuse(AFTER, QT_TRANSLATE_NOOP("UserError", 'Row {row}: a unit that ends has no successor here; to hand its tasks over, use "Hợp nhất".'))
        olds = known(row.before, BEFORE, concrete=True)
        consume(olds)
        return ResolvedChange(**base, codes=tuple(olds)) if not problems else None
    # members
    if not one(row.before, BEFORE):
        return None
    groups = known(row.before, BEFORE, group=True)
    if not row.after:
        refuse(AFTER, QT_TRANSLATE_NOOP("UserError", "Row {row}: a group left without members: name its members from that day under \"Đơn vị sau\"."))
    members = known(row.after, AFTER, concrete=True)
    if problems or not groups:
        return None
    return ResolvedChange(**base, code=groups[0], codes=tuple(members))


def _in_force(change: ResolvedChange, plan: Plan, recorded: list[Succession]) -> bool:
    """Whether the database records this change already (the same workbook applied before)."""
    known = {a.code: a for a in plan.agencies}
    on = change.on
    follows = {(s.predecessor, s.successor, s.effective_on) for s in recorded}
    if change.kind == "add":
        return not change.new  # every name is a unit that began that day
    if change.kind == "rename":
        agency = known[change.code]
        return any(since == on and fold(name) == fold(change.name) for since, name in agency.names)
    if change.kind == "merge":
        return change.into in known and all(
            known[c].ended_on == on and (c, change.into, on) in follows for c in change.codes
        )
    if change.kind == "split":
        return all(c in known for c, _t in change.successors) and known[change.code].ended_on == on and all(
            (change.code, c, on) in follows for c, _t in change.successors
        )
    if change.kind == "end":
        return all(known[c].ended_on == on for c in change.codes)
    return all(c in known for c in change.codes) and set(known[change.code].members_on(on)) == set(change.codes)


def _emptied_by(group: str, day: date, changes: list[ResolvedChange], before: Plan) -> int:
    """The row to blame for a group left without members on *day*: its members row, else the row
    that ended its last members."""
    members = set(before.agency(group).members_on(day - timedelta(days=1))) if group in {a.code for a in before.agencies} else set()
    on_day = [c for c in changes if c.on == day]
    for change in reversed(on_day):
        if change.kind == "members" and change.code == group:
            return change.row
    for change in reversed(on_day):
        if members & set(change.codes) or change.code in members:
            return change.row
    return on_day[-1].row if on_day else 0
