"""Issue 14's proof: a province and four agency installations converge through the workbooks they
already exchange, over 30 rounds of edits on both sides with mail that arrives late, twice, out of
order or not at all (and is sent again).

Each installation is its own database file (a Workspace), driven through the operations the
window and the command line use; the end state is compared through the command line's JSON.

A ledger in the test follows every field of every report with a version vector (how many edits
each side made that the other has seen): an edit made while the other side holds an edit of the
same field this side has not seen is a concurrent edit, and must be reported as a conflict by the
import where the two meet (at the province or at the agency).
"""

from __future__ import annotations

import io
import os
import json
import random
import shutil
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest

from gpa_desktop.cli import main
from gpa_desktop.exchange.adoption import AdoptionPreview
from gpa_desktop.exchange.importer import OLDER_INSTALLATION_COPY
from gpa_desktop.operations import Workspace
from gpa_desktop.operations.agencies import AgencyChange, ChangeKind, change_agencies
from gpa_desktop.operations.exchange import apply_file, export_templates, preview_file, template_file_name
from gpa_desktop.operations.installation import set_installation
from gpa_desktop.operations.periods import save_period
from gpa_desktop.operations.plan import edit_task, read_plan_only
from gpa_desktop.operations.reports import list_reports, update_report
from gpa_desktop.domain.merge import same as merge_same
from gpa_desktop.domain.plan import Role

pytestmark = pytest.mark.slow

AGENCIES = ("NHNN", "SNGV", "BDT", "CAT")
ROUNDS = 30
NEW_PERIOD, NEW_PERIOD_ROUND = "2026-H1", 15
TEXT_FIELDS = ("results", "difficulties", "proposals", "evidence")
EDITED_FIELDS = ("status", "percent", "results")
STATUSES = {"province": ("done", "behind"), "agency": ("not_started", "in_progress")}  # never the same value by chance


@dataclass
class Mail:
    path: Path
    agency: str
    period: str
    vv: dict  # the sender's version vectors of the file's fields when it was written


@dataclass
class Site:
    name: str
    ws: Workspace
    vv: dict = field(default_factory=dict)  # (agency, period, task, field) → [province edits seen, agency edits seen]


@dataclass
class Ledger:
    clock: int = 0
    episodes: dict = field(default_factory=dict)  # field key → [times of concurrent edits not yet met]
    concurrent: int = 0
    conflicts: int = 0
    conflicts_at_province: int = 0
    conflicts_at_agency: int = 0
    without_concurrent_edit: int = 0
    again: int = 0  # an earlier conflict both ends still hold their own values in, reported again
    disputed: set = field(default_factory=set)  # field keys in conflict until an import leaves both ends with one value
    missed: list = field(default_factory=list)  # concurrent edits of different values merged without a conflict
    counts: dict = field(default_factory=dict)

    def count(self, what: str, n: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + n

    def conflict(self, key, where: str, concurrent: bool) -> None:
        self.conflicts += 1
        setattr(self, f"conflicts_at_{where}", getattr(self, f"conflicts_at_{where}") + 1)
        if concurrent:
            self.episodes[key] = []  # met: both ends' edits seen side by side
        elif key in self.disputed:
            self.again += 1  # both ends still hold their own values from an earlier conflict
        else:
            self.without_concurrent_edit += 1
        self.disputed.add(key)


class World:
    def __init__(self, root: Path, rng: random.Random) -> None:
        self.root, self.rng, self.ledger = root, rng, Ledger()
        (root / "mail").mkdir()
        self.province = Site("province", self._open("province.sqlite3", None))
        self.agencies = {code: Site(code, self._open(f"{code}.sqlite3", code)) for code in AGENCIES}
        self.stranger = self._open("stranger.sqlite3", None)  # another province installation: another key
        self.periods = ["2025"]
        self.to_agency: dict[str, list[tuple[int, Mail]]] = {code: [] for code in AGENCIES}
        self.to_province: list[tuple[int, Mail]] = []
        self.serial = 0
        self.round = 0
        self._tasks: dict[str, list[str]] = {}
        self._used: dict[tuple, set] = {}  # every value each field has had

    def _open(self, name: str, agency: str | None) -> Workspace:
        ws = Workspace.open(self.root / name, actor=name)
        set_installation(ws, agency)
        return ws

    def close(self) -> None:
        for ws in [self.province.ws, self.stranger, *(s.ws for s in self.agencies.values())]:
            ws.close()

    # -- the ledger --------------------------------------------------------------------------

    def _vv(self, site: Site, key) -> list:
        return site.vv.setdefault(key, [0, 0])

    def edited(self, site: Site, key) -> None:
        self.ledger.clock += 1
        mine, other_side = (0, 1) if site is self.province else (1, 0)
        other = self.province if site is not self.province else self.agencies[key[0]]
        if self._vv(other, key)[other_side] > self._vv(site, key)[other_side]:
            self.ledger.concurrent += 1  # the other side holds an edit of this field this side has not seen
            self.ledger.episodes.setdefault(key, []).append(self.ledger.clock)
        self._vv(site, key)[mine] += 1

    def merged(self, site: Site, mail: Mail) -> None:
        for key, (p, a) in mail.vv.items():
            vv = self._vv(site, key)
            vv[0], vv[1] = max(vv[0], p), max(vv[1], a)

    def snapshot(self, site: Site, agency: str, period: str) -> dict:
        return {k: list(v) for k, v in site.vv.items() if k[0] == agency and k[1] == period}

    # -- edits -------------------------------------------------------------------------------

    def tasks_of(self, agency: str) -> list[str]:
        """The agency's tasks (the province's edits keep who is assigned)."""
        if agency not in self._tasks:
            plan = read_plan_only(self.province.ws)
            self._tasks[agency] = sorted({d.task for d in plan.duties_of(agency, date(2025, 12, 31))})
        return self._tasks[agency]

    def new_value(self, site: Site, key, name: str):
        """A value this field never had: a field set back to an earlier value is no change to a
        three-way merge, and would leave the ledger counting an edit nobody can see."""
        self.serial += 1
        side = "province" if site is self.province else "agency"
        used = self._used.setdefault(key, {None})
        if name == "status":
            candidates = [s for s in STATUSES[side] if s not in used]
        elif name == "percent":
            candidates = [n for n in range(0 if side == "province" else 1, 101, 2) if n not in used]  # even here, odd there
        elif name == "budget":
            candidates = [float(self.serial) + (0.5 if side == "province" else 0.0)]
        else:
            candidates = [f"{side} {site.name} r{self.round} #{self.serial}"]
        if not candidates:
            return None
        value = self.rng.choice(candidates)
        used.add(value)
        return value

    def edit_report(self, site: Site, agency: str, period: str) -> None:
        task = self.rng.choice(self.tasks_of(agency)[:2])  # a few fields edited often: edits meet
        name = self.rng.choice(EDITED_FIELDS)
        value = self.new_value(site, (agency, period, task, name), name)
        if value is None:
            name = "results"
            value = self.new_value(site, (agency, period, task, name), name)
        update_report(site.ws, task, agency, period, {name: value})
        self.edited(site, (agency, period, task, name))
        self.ledger.count(f"{'province corrections' if site is self.province else 'agency edits'}")

    def province_edits_reference(self) -> None:
        ws, rng = self.province.ws, self.rng
        plan = read_plan_only(ws)
        what = rng.choice(("task", "rename", "members", "period", "add"))
        if what == "task":
            task = plan.task(rng.choice(self.tasks_of(rng.choice(AGENCIES))))
            edit_task(
                ws, task.code, activities=[*task.activities[:-1], f"{task.activities[-1]} (sửa vòng {self.round})"],
                lead=[(a.agency, a.note) for a in task.assignments if a.role is Role.LEAD and a.holds_on()],
                coordinating=[(a.agency, a.note) for a in task.assignments if a.role is Role.COORDINATING and a.holds_on()],
                deadline=rng.choice(("Thường xuyên", f"Năm {2026 + self.round % 4}")),
            )
        elif what == "rename":
            code = rng.choice(AGENCIES)
            change_agencies(ws, AgencyChange(ChangeKind.RENAME, date(2025, 1, 1) + timedelta(days=self.round), code=code, name=f"{plan.agency(code).name.split(' (')[0]} ({self.round})"))
        elif what == "members":
            group = plan.agency("DV_TNN")
            candidates = [a.code for a in plan.agencies if a.kind.value == "association"] or ["NHNN"]
            members = sorted(set(group.members) ^ {rng.choice(candidates)}) or list(group.members)
            change_agencies(ws, AgencyChange(ChangeKind.MEMBERS, date(2025, 1, 1) + timedelta(days=self.round), code="DV_TNN", codes=members))
        elif what == "add":
            self.serial += 1
            change_agencies(ws, AgencyChange(ChangeKind.ADD, date(2025, 7, 1), code=f"XA{self.serial}", name=f"UBND xã Thử {self.serial}", agency_kind=_commune()))
        else:
            period = rng.choice(self.periods)
            save_period(ws, period, due_on=date(2026, 1, 10) + timedelta(days=self.round) if period == "2025" else date(2026, 7, 10) + timedelta(days=self.round))
        self.ledger.count(f"province reference edits ({what})")

    # -- mail --------------------------------------------------------------------------------

    def post(self, box: list, mail: Mail) -> None:
        """Deliver now, late, twice, or lose it (and sometimes send the same file again later)."""
        fate = self.rng.random()
        now = self.round
        if fate < 0.55:
            box.append((now, mail))
        elif fate < 0.75:
            box.append((now + self.rng.randint(1, 3), mail))
            self.ledger.count("delivered late")
        elif fate < 0.87:
            box.append((now, mail))
            box.append((now + self.rng.randint(0, 2), mail))
            self.ledger.count("delivered twice")
        else:
            self.ledger.count("lost")
            if self.rng.random() < 0.5:
                box.append((now + self.rng.randint(2, 4), mail))
                self.ledger.count("lost and sent again")

    def due(self, box: list) -> list[Mail]:
        ready = [mail for when, mail in box if when <= self.round]
        box[:] = [(when, mail) for when, mail in box if when > self.round]
        self.rng.shuffle(ready)  # out of order
        return ready

    def export(self, site: Site, agency: str, period: str) -> Mail:
        self.serial += 1
        target = self.root / "mail" / f"{self.serial:04d}_{site.name}_{template_file_name(agency, period)}"
        export_templates(site.ws, period, lambda _code: target, agencies=[agency])
        return Mail(target, agency, period, self.snapshot(site, agency, period))

    # -- imports -----------------------------------------------------------------------------

    def take(self, site: Site, mail: Mail, *, final: bool = False) -> None:
        preview = preview_file(site.ws, mail.path)
        if preview.fatal is not None:
            assert preview.fatal.message == OLDER_INSTALLATION_COPY, preview.fatal.render()
            self.ledger.count("refused as older")
            return
        if isinstance(preview, AdoptionPreview):
            if preview.older or preview.values_older:
                self.ledger.count("older template: nothing changed" if preview.older else "older values kept")
                if preview.older:
                    return
        elif preview.already_received is not None:
            self.ledger.count("already received")
            return
        theirs = bool(not final and self.rng.random() < 0.25)
        mine, other = (0, 1) if site is self.province else (1, 0)
        concurrent = {
            key for key, vv in mail.vv.items()
            if self._vv(site, key)[mine] > vv[mine] and vv[other] > self._vv(site, key)[other]
        }
        outcome = apply_file(site.ws, preview, theirs=theirs, backup=False)
        if isinstance(preview, AdoptionPreview):
            conflicts = [(c["task"], c["field"]) for c in outcome.conflicts]
            sent = {r.task: r.values for r in preview.identity.rows}
            sent = {(t, n): getattr(v, n) if v else None for t, v in sent.items() for n in EDITED_FIELDS}
            where = "agency"
            if not preview.values_older:
                self.merged(site, mail)
        else:
            conflicts = [(task, diff.field) for task, diff in preview.conflicts]
            sent = {(r.task, n): r.values.get(n) for r in preview.incoming for n in EDITED_FIELDS}
            where = "province"
            self.merged(site, mail)
        reported = {(mail.agency, mail.period, task, name) for task, name in conflicts}
        for key in reported:
            self.ledger.conflict(key, where, key in concurrent)
            if theirs:  # this end took the other's value: its own edits of the field are gone
                self._vv(site, key)[mine] = mail.vv.get(key, [0, 0])[mine]
        if not (isinstance(preview, AdoptionPreview) and preview.values_older):
            now = {(mail.agency, mail.period, r.task, n): getattr(r.values, n) for r in list_reports(site.ws, mail.period, mail.agency) for n in EDITED_FIELDS}
            for (task, name), value in sent.items():
                key = (mail.agency, mail.period, task, name)
                if key not in reported and merge_same(now.get(key), value):
                    self.ledger.disputed.discard(key)  # one value at both ends (as of the file)
            for key in concurrent - reported:
                self.ledger.missed.append((self.round, where, mail.path.name, key))
        self.ledger.count(f"files imported at the {where}")

    def refuse(self, site_ws: Workspace, path: Path, what: str) -> None:
        before = _changes(site_ws)
        preview = preview_file(site_ws, path)
        assert preview.fatal is not None, f"{what} {path.name} was not refused"
        assert _changes(site_ws) == before
        self.ledger.count(f"{what} refused")

    # -- a round -----------------------------------------------------------------------------

    def play_round(self) -> None:
        rng = self.rng
        if self.round == NEW_PERIOD_ROUND:
            save_period(self.province.ws, NEW_PERIOD, due_on=date(2026, 7, 15))
            self.periods.append(NEW_PERIOD)
        for _ in range(rng.randint(0, 2)):
            self.province_edits_reference()
        for _ in range(rng.randint(1, 3)):
            self.edit_report(self.province, rng.choice(AGENCIES), rng.choice(self.periods))
        for code in AGENCIES:
            for period in self.periods:
                if rng.random() < 0.5:
                    self.post(self.to_agency[code], self.export(self.province, code, period))
        for code, site in self.agencies.items():
            for mail in self.due(self.to_agency[code]):
                self.take(site, mail)
            adopted = [p for p in self.periods if _adopted(site.ws, p)]
            for _ in range(rng.randint(0, 3) if adopted else 0):
                self.edit_report(site, code, rng.choice(adopted))
            for period in adopted:
                if rng.random() < 0.5:
                    self.post(self.to_province, self.export(site, code, period))
        for mail in self.due(self.to_province):
            self.take(self.province, mail)
        if self.round % 5 == 2:
            self.hostile_mail()
        self.round += 1

    def hostile_mail(self) -> None:
        """Tampered and foreign-sealed files, at both ends: each refused, nothing written."""
        code = self.rng.choice(AGENCIES)
        period = self.periods[0]
        template = self.export(self.province, code, period).path
        for how in ("payload", "base value", "reference swapped"):
            self.refuse(self.agencies[code].ws, _tampered(template, how, self.root), "tampered template")
        stranger = self.root / "mail" / f"stranger_{self.round}.xlsx"
        export_templates(self.stranger, period, lambda _code: stranger, agencies=[code])
        if _pinned(self.agencies[code].ws):  # before its first template an installation takes the key shown (trust on first use)
            self.refuse(self.agencies[code].ws, stranger, "foreign-sealed template")
        self.refuse(self.province.ws, stranger, "foreign-sealed workbook")
        if _adopted(self.agencies[code].ws, period):
            workbook = self.export(self.agencies[code], code, period).path
            self.refuse(self.province.ws, _tampered(workbook, "base value", self.root), "tampered workbook")

    def settle(self) -> None:
        """Every file in the post arrives; then each end imports the other's latest workbook."""
        self.round += 10
        for code, site in self.agencies.items():
            for mail in self.due(self.to_agency[code]):
                self.take(site, mail)
        for mail in self.due(self.to_province):
            self.take(self.province, mail)
        for _ in range(2):
            for code, site in self.agencies.items():
                for period in self.periods:
                    self.take(self.province, self.export(site, code, period), final=True)
            for code, site in self.agencies.items():
                for period in self.periods:
                    self.take(site, self.export(self.province, code, period), final=True)
        for code, site in self.agencies.items():  # the last word: each agency's workbook, as the province has it then
            for period in self.periods:
                self.take(self.province, self.export(site, code, period), final=True)


def _commune():
    from gpa_desktop.domain.plan import AgencyKind

    return AgencyKind.COMMUNE


def _adopted(ws: Workspace, period: str) -> bool:
    from gpa_desktop.storage.installation import adopted_key, sync_state

    with ws.reading() as session:
        return sync_state(session, adopted_key(period)) is not None


def _pinned(ws: Workspace) -> bool:
    from gpa_desktop.storage.installation import pinned_province

    with ws.reading() as session:
        return pinned_province(session) is not None


def _changes(ws: Workspace) -> int:
    from sqlalchemy import func, select

    from gpa_desktop.storage import models

    with ws.reading() as session:
        return session.scalar(select(func.count(models.ChangeRow.id)))


def _tampered(path: Path, how: str, root: Path) -> Path:
    """A copy of *path* with its sealed identity altered the way a forger would."""
    from openpyxl import load_workbook

    from gpa_desktop.exchange.identity import decode_payload, encode_payload
    from gpa_desktop.exchange.layout import IDENTITY_SHEET

    book = load_workbook(path)
    sheet = book[IDENTITY_SHEET]
    rows = {sheet.cell(r, 1).value: r for r in range(1, sheet.max_row + 1)}
    if how == "payload":
        cell = sheet.cell(rows["payload"], 2)
        cell.value = cell.value[:100] + ("A" if cell.value[100] != "A" else "B") + cell.value[101:]
    elif how == "reference swapped":
        chunks = [sheet.cell(rows["payload"], c).value for c in range(2, sheet.max_column + 1)]
        content = decode_payload("".join(c for c in chunks if c))
        content["reference"]["periods"][0][6] = "2099-01-01"  # a due date the province never set
        forged = encode_payload(content)
        for c in range(2, sheet.max_column + 1):
            sheet.cell(rows["payload"], c).value = None
        sheet.cell(rows["payload"], 2).value = forged
    else:  # a base value of the first task row, and the digest made to match
        from gpa_desktop.exchange.identity import decode_rows, encode_rows

        cells = [[c.value or "" for c in row] for row in sheet.iter_rows()]
        identity = decode_rows(cells)
        first = identity.rows[0]
        from dataclasses import replace

        from gpa_desktop.domain.reports import ReportValues

        forged = replace(identity, rows=(replace(first, values=ReportValues(results="forged")), *identity.rows[1:]))
        for r, row in enumerate(encode_rows(forged), start=1):
            for c, text in enumerate(row, start=1):
                sheet.cell(r, c).value = text
    target = root / "mail" / f"tampered_{how.replace(' ', '_')}_{path.name}"
    book.save(target)
    return target


def _json(*argv: str) -> object:
    out = io.StringIO()
    assert main([*argv, "--lang", "en"], out=out) == 0
    return json.loads(out.getvalue())


def test_a_province_and_four_agencies_converge_through_their_workbooks(tmp_path, capsys):
    world = World(tmp_path, random.Random(int(os.environ.get("SEED", 14))))
    try:
        for _ in range(int(os.environ.get("ROUNDS", ROUNDS))):
            world.play_round()
        world.settle()
    finally:
        world.close()
    ledger = world.ledger

    databases = {"province": tmp_path / "province.sqlite3", **{code: tmp_path / f"{code}.sqlite3" for code in AGENCIES}}
    for command in (["show-plan", "--json"], ["agencies", "--json"], ["periods", "--json"]):
        seen = {name: _json(command[0], "--db", str(path), *command[1:]) for name, path in databases.items()}
        for name in AGENCIES:
            assert seen[name] == seen["province"], f"{command[0]} differs at {name}"
    compared = 0
    for code in AGENCIES:
        for period in world.periods:
            def values(path):
                return [{k: v for k, v in r.items() if k != "revision"} for r in _json("reports", "--db", str(path), "--period", period, "--agency", code, "--json")]

            at_province, at_agency = values(databases["province"]), values(databases[code])
            assert at_agency == at_province, f"the reports of {code} for {period} differ"
            compared += len(at_agency)

    unmet = {key: times for key, times in ledger.episodes.items() if times}
    assert not unmet, f"concurrent edits never reported as a conflict: {unmet}"
    assert not ledger.missed, f"concurrent edits merged without a conflict: {ledger.missed}"
    assert ledger.without_concurrent_edit == 0, "a conflict was reported where nobody edited the field concurrently"
    assert ledger.concurrent > 0 and ledger.conflicts >= len([k for k in ledger.episodes])
    for hostile in ("tampered template", "foreign-sealed template", "foreign-sealed workbook"):
        assert ledger.counts.get(f"{hostile} refused", 0) > 0
    with capsys.disabled():
        print(
            f"\nconvergence: {ROUNDS} rounds, 1 province + {len(AGENCIES)} agencies, periods {', '.join(world.periods)}; "
            f"{compared} reports identical at both ends; {ledger.concurrent} concurrent edits of one field, all reported as "
            f"conflicts ({ledger.conflicts} conflicts: {ledger.conflicts_at_province} at the province, {ledger.conflicts_at_agency} "
            f"at agencies; {ledger.again} of them an earlier conflict both ends still held their own values in, reported again; "
            f"{ledger.without_concurrent_edit} without a concurrent edit)"
        )
        for what, n in sorted(ledger.counts.items()):
            print(f"  {what}: {n}")
    shutil.rmtree(tmp_path / "mail", ignore_errors=True)
