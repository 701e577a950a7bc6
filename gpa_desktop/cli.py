"""The command line, on the same services as the window. ``gpa-desktop`` alone opens the window."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Callable, TextIO

from PySide6.QtCore import QCoreApplication

from . import __version__
from .domain.errors import QT_TRANSLATE_NOOP, UserError
from .domain.plan import AgencyKind
from .i18n import LANGUAGES, chosen_language, install_translators, translate
from .locations import default_database

log = logging.getLogger(__name__)
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(UserError):
    """The command's options do not fit together: exit 2, like argparse's own complaints."""


# argparse's own words (headings of --help, usage errors), marked here so they are translated too.
_ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
)
argparse._ = lambda text: translate("Argparse", text)  # argparse looks its words up through gettext's _()


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own words are English: wrap them
        self.exit(
            EXIT_USAGE,
            translate("Cli", "The command is not valid: {detail}. Run gpa-desktop --help for the list of commands.\n").format(
                detail=message
            ),
        )


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS, metavar="PATH", help=translate("Cli", "database file to open"))
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=translate("Cli", "language: vi or en"))

    parser = _Parser(prog="gpa-desktop", description=translate("Cli", "Green Growth Action Plan of Gia Lai province."), parents=[common])
    parser.add_argument(
        "--version", action="version", version=f"gpa-desktop {__version__}", help=translate("Cli", "show the version and exit")
    )
    parser.add_argument("--smoke-test", action="store_true", help=translate("Cli", "open the main window, paint it once and exit"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    show = commands.add_parser("show-plan", parents=[common], help=translate("Cli", "print the plan: groups, tasks, agencies"))
    show.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    agencies = commands.add_parser("agencies", parents=[common], help=translate("Cli", "list agencies with the tasks they lead and coordinate"))
    agencies.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    periods = commands.add_parser("periods", parents=[common], help=translate("Cli", "list reporting periods and their due dates"))
    periods.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))

    period = commands.add_parser("period", parents=[common], help=translate("Cli", "create a reporting period or set its dates"))
    period.add_argument("code", metavar="PERIOD", help=translate("Cli", "2024, 2024-H1 or 2024-Q3"))
    period.add_argument("--due", metavar="DD/MM/YYYY", help=translate("Cli", "due date of the reports"))
    period.add_argument("--cutoff", metavar="DD/MM/YYYY", help=translate("Cli", "data cut-off date"))

    completeness = commands.add_parser(
        "completeness", parents=[common], help=translate("Cli", "who has reported for a period, on time or late")
    )
    completeness.add_argument(
        "--period", metavar="PERIOD", help=translate("Cli", "the period (default: the current year)")
    )
    completeness.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))

    agency = commands.add_parser("agency", parents=[common], help=translate("Cli", "add, rename, merge, split or end agencies, or set a group's members"))
    changes = agency.add_subparsers(dest="change", metavar="CHANGE", required=True, parser_class=_Parser)
    add = changes.add_parser("add", parents=[common], help=translate("Cli", "add an agency"))
    add.add_argument("code")
    add.add_argument("name")
    add.add_argument("--kind", choices=[k.value for k in AgencyKind], default=AgencyKind.DEPARTMENT.value)
    rename = changes.add_parser("rename", parents=[common], help=translate("Cli", "rename an agency from a date"))
    rename.add_argument("code")
    rename.add_argument("name")
    rename.add_argument("--on", required=True, metavar="DD/MM/YYYY")
    merge = changes.add_parser("merge", parents=[common], help=translate("Cli", "merge agencies into one from a date"))
    merge.add_argument("codes", nargs="+", metavar="CODE")
    merge.add_argument("--into", required=True, metavar="CODE")
    merge.add_argument("--name", help=translate("Cli", "name of the merged agency, when it is new"))
    merge.add_argument("--on", required=True, metavar="DD/MM/YYYY")
    split = changes.add_parser("split", parents=[common], help=translate("Cli", "split an agency from a date"))
    split.add_argument("code")
    split.add_argument(
        "--to", action="append", required=True, metavar="CODE=TASK,TASK",
        help=translate("Cli", "a successor and the tasks it takes over (repeat for each successor)"),
    )
    split.add_argument("--on", required=True, metavar="DD/MM/YYYY")
    end = changes.add_parser("end", parents=[common], help=translate("Cli", "end agencies from a date"))
    end.add_argument("codes", nargs="+", metavar="CODE")
    end.add_argument("--on", required=True, metavar="DD/MM/YYYY")
    members = changes.add_parser("members", parents=[common], help=translate("Cli", "set a group's members from a date"))
    members.add_argument("group", metavar="GROUP")
    members.add_argument("codes", nargs="*", metavar="CODE", help=translate("Cli", "every member from that day (none: the group is emptied)"))
    members.add_argument("--on", required=True, metavar="DD/MM/YYYY")

    template = commands.add_parser("export-template", parents=[common], help=translate("Cli", "write an agency's reporting workbook for a period"))
    template.add_argument("--agency", metavar="CODE_OR_NAME")
    template.add_argument("--period", required=True, metavar="PERIOD")
    template.add_argument("-o", "--output", type=Path, metavar="FILE.xlsx")
    template.add_argument("--all", type=Path, metavar="DIR", help=translate("Cli", "one workbook for every agency with tasks in the period"))
    plan_out = commands.add_parser("export-plan", parents=[common], help=translate("Cli", "write the whole plan as a workbook"))
    plan_out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    summary = commands.add_parser("export-summary", parents=[common], help=translate("Cli", "write every report of a period as a workbook"))
    summary.add_argument("--period", required=True, metavar="PERIOD")
    summary.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    importing = commands.add_parser("import", parents=[common], help=translate("Cli", "import returned reporting workbooks"))
    importing.add_argument("files", nargs="+", type=Path, metavar="FILE.xlsx")
    importing.add_argument("--dry-run", action="store_true", help=translate("Cli", "check and show, write nothing"))
    importing.add_argument("--theirs", action="store_true", help=translate("Cli", "in a conflict, take the workbook's value"))
    importing.add_argument("--agency", metavar="CODE_OR_NAME", help=translate("Cli", "for a workbook that lost its identification"))
    importing.add_argument("--period", metavar="PERIOD")
    importing.add_argument("--feedback", type=Path, metavar="DIR", help=translate("Cli", "write marked copies of files with refused rows"))
    report = commands.add_parser("report", parents=[common], help=translate("Cli", "print a report to PDF: an agency's, the province's, or the plan"))
    report.add_argument("--agency", metavar="CODE_OR_NAME")
    report.add_argument("--period", metavar="PERIOD")
    report.add_argument("--plan", action="store_true", help=translate("Cli", "the plan's task table"))
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    report.add_argument("--number", default="", help=translate("Cli", "document number (left blank to write by hand)"))
    report.add_argument("--date", metavar="DD/MM/YYYY", help=translate("Cli", "document date (default: today)"))
    report.add_argument("--signer", default="", help=translate("Cli", "signer's name"))
    report.add_argument("--title", default="GIÁM ĐỐC", help=translate("Cli", "signer's title"))
    report.add_argument("--authority", default="", help=translate("Cli", 'signing authority, e.g. "KT. GIÁM ĐỐC"'))
    report.add_argument("--recipient", action="append", help=translate("Cli", "a recipient (repeat for each)"))
    report.add_argument("--issuer", metavar="CODE", help=translate("Cli", "issuing agency of the province report"))
    report.add_argument("--supervising", metavar="TEXT", help=translate("Cli", "supervising body on the first line of the header (default: UBND TỈNH GIA LAI)"))
    verify = commands.add_parser("verify", parents=[common], help=translate("Cli", "check a printed report's verification code"))
    verify.add_argument("code")
    receipts = commands.add_parser("receipts", parents=[common], help=translate("Cli", "list the workbooks received"))
    receipts.add_argument("--period", metavar="PERIOD")
    receipts.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    return parser


def _open(args: argparse.Namespace):
    from .storage.database import NETWORK_SHARE_WARNING, Database

    db = Database.open(getattr(args, "db", None) or default_database())
    if db.on_network_share:
        sys.stderr.write(translate("UserError", NETWORK_SHARE_WARNING).format(path=db.path) + "\n")
    return db


def _dump(data: object, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def cmd_show_plan(args: argparse.Namespace, out: TextIO) -> int:
    from .storage.plan_store import read_plan

    db = _open(args)
    with db.transaction() as session:
        plan = read_plan(session)
    db.close()
    if args.json:
        _dump(plan.to_public_dict(), out)
        return EXIT_OK
    data = plan.to_public_dict()
    basis, lead, coordinating, deadline = (
        translate("Cli", "Basis"),
        translate("Cli", "Lead"),
        translate("Cli", "Coordinating"),
        translate("Cli", "Deadline"),
    )
    out.write(f"{data['title']}\n{basis}: {data['basis']}\n")
    for group in data["groups"]:
        out.write(f"\n{group['code']}. {group['title']}\n")
        for task in group["tasks"]:
            first = task["activities"][0]
            more = len(task["activities"]) - 1
            out.write(f"  {task['code']:<5} {first[:90]}{'…' if len(first) > 90 else ''}")
            out.write(f" (+{more})\n" if more else "\n")
            out.write(f"        {lead}: {'; '.join(task['lead'])}\n")
            if task["coordinating"]:
                out.write(f"        {coordinating}: {'; '.join(task['coordinating'])}\n")
            out.write(f"        {deadline}: {task['deadline']}\n")
    return EXIT_OK


def cmd_agencies(args: argparse.Namespace, out: TextIO) -> int:
    from .storage.agencies import agency_duties
    from .storage.plan_store import read_plan

    db = _open(args)
    with db.transaction() as session:
        duties = agency_duties(read_plan(session))
    db.close()
    if args.json:
        _dump([d.as_json() for d in duties], out)
        return EXIT_OK
    code, kind, lead, coordinating, name = (
        translate("Cli", "Code"),
        translate("Cli", "Kind"),
        translate("Cli", "Lead"),
        translate("Cli", "Coord."),
        translate("Cli", "Name"),
    )
    out.write(f"{code:<12} {kind:<15} {lead:>5} {coordinating:>6}  {name}\n")
    for d in duties:
        kind_name = translate("AgencyKind", d.agency.kind.short_name)
        out.write(f"{d.agency.code:<12} {kind_name:<15} {len(d.lead):>5} {len(d.coordinating):>6}  {d.agency.name}\n")
    return EXIT_OK


def cmd_periods(args: argparse.Namespace, out: TextIO) -> int:
    from .storage.periods import list_periods

    db = _open(args)
    with db.transaction() as session:
        periods = list_periods(session)
    db.close()
    if args.json:
        _dump(
            [
                {
                    "code": p.code,
                    "kind": p.period.kind.value,
                    "starts_on": p.period.starts_on.isoformat(),
                    "ends_on": p.period.ends_on.isoformat(),
                    "due_on": p.due_on.isoformat(),
                    "cutoff_on": p.cutoff_on.isoformat(),
                }
                for p in periods
            ],
            out,
        )
        return EXIT_OK
    due = translate("Cli", "due")
    for p in periods:
        out.write(f"{p.code:<9} {p.period.starts_on:%d/%m/%Y} – {p.period.ends_on:%d/%m/%Y}   {due} {p.due_on:%d/%m/%Y}\n")
    return EXIT_OK


def cmd_period(args: argparse.Namespace, out: TextIO) -> int:
    from .domain.dates import format_date, parse_date
    from .storage.periods import set_period_dates

    due = parse_date(args.due) if args.due else None
    cutoff = parse_date(args.cutoff) if args.cutoff else None
    db = _open(args)
    with db.transaction() as session:
        period = set_period_dates(session, args.code, due_on=due, cutoff_on=cutoff)
    db.close()
    out.write(
        translate("Cli", "Period {code}: reports due {due}, data cut-off {cutoff}.").format(
            code=period.code, due=format_date(period.due_on), cutoff=format_date(period.cutoff_on)
        )
        + "\n"
    )
    return EXIT_OK


def cmd_completeness(args: argparse.Namespace, out: TextIO) -> int:
    from .domain.dates import format_date
    from .domain.periods import current_period, parse_period
    from .storage.completeness import period_completeness, period_overdue_tasks
    from .storage.periods import list_periods
    from .storage.plan_store import read_plan

    db = _open(args)
    with db.transaction() as session:
        period = args.period or current_period([p.code for p in list_periods(session)])
        plan = read_plan(session)
        result = period_completeness(session, parse_period(period).code, plan)
        overdue = period_overdue_tasks(session, result.period, plan)
    db.close()
    if args.json:
        _dump({**result.as_json(), "overdue_tasks": overdue}, out)
        return EXIT_OK
    # the names the agencies carried in the period (a renamed agency's old reports keep the old name)
    name = lambda code: plan.agency(code).name_on(parse_period(result.period).ends_on)  # noqa: E731
    out.write(
        translate("Cli", "Period {period}, reports due {due}").format(period=result.period, due=format_date(result.due_on))
        + "\n"
    )
    out.write(
        translate("Cli", "Expected {expected}, received {received} ({ratio:.0%}), on time {on_time}, late {late}, missing {missing}.").format(
            expected=result.expected, received=result.received, ratio=result.ratio,
            on_time=result.on_time, late=result.late, missing=result.missing,
        )
        + "\n"
    )
    missing = result.not_reported()
    if missing:
        out.write("\n" + translate("Cli", "Not reported:") + "\n")
        for entry in missing:
            out.write(f"  {entry.agency:<10} {len(entry.missing):>3}/{len(entry.expected):<3} {name(entry.agency)}\n")
    late = result.reported_late()
    if late:
        out.write("\n" + translate("Cli", "Reported late:") + "\n")
        for entry in late:
            out.write(f"  {entry.agency:<10} {', '.join(entry.late)}  {name(entry.agency)}\n")
    if overdue:
        out.write("\n" + translate("Cli", "Overdue tasks (dated deadline passed, not reported done): {tasks}").format(tasks=", ".join(overdue)) + "\n")
    return EXIT_OK


def cmd_agency(args: argparse.Namespace, out: TextIO) -> int:
    from .domain.dates import parse_date
    from .storage import agency_changes

    day = parse_date(args.on) if getattr(args, "on", None) else None
    db = _open(args)
    with db.transaction() as session:
        if args.change == "add":
            change = agency_changes.add_agency(session, args.code, args.name, AgencyKind(args.kind))
        elif args.change == "rename":
            change = agency_changes.rename_agency(session, args.code, args.name, day)
        elif args.change == "merge":
            change = agency_changes.merge_agencies(session, args.codes, args.into, day, new_name=args.name)
        elif args.change == "split":
            successors = {}
            for item in args.to:
                code, _, tasks = item.partition("=")
                successors[code.strip()] = [t.strip() for t in tasks.split(",") if t.strip()]
            change = agency_changes.split_agency(session, args.code, successors, day)
        elif args.change == "members":
            change = agency_changes.set_members(session, args.group, args.codes, day)
        else:
            change = agency_changes.end_agency(session, args.codes, day)
    db.close()
    out.write(translate("Cli", "Done: {count} changes recorded (batch {batch}).").format(count=len(change.changes), batch=change.batch) + "\n")
    return EXIT_OK


def cmd_export_template(args: argparse.Namespace, out: TextIO) -> int:
    from .exchange.template import export_template, template_file_name
    from .storage.agencies import find_agency
    from .storage.plan_store import read_plan
    from .storage.periods import ensure_period

    if bool(args.all) == bool(args.agency):
        raise UsageError(QT_TRANSLATE_NOOP("UserError", "Name one agency with --agency (and -o FILE), or use --all DIR."))
    db = _open(args)
    written = []
    with db.transaction() as session:
        plan = read_plan(session)
        ends_on = ensure_period(session, args.period).ends_on
        if args.all:
            codes = sorted({d.agency for d in plan.duties(ends_on)}, key=[a.code for a in plan.agencies].index)
            targets = [(code, args.all / template_file_name(code, args.period)) for code in codes]
        else:
            code = find_agency(plan, args.agency).code
            targets = [(code, args.output or Path(template_file_name(code, args.period)))]
        for code, target in targets:
            content = export_template(session, code, args.period, target, db.installation_id, plan)
            written.append((target, len(content.rows), content.notes))
    db.close()
    for target, rows, notes in written:
        out.write(translate("Cli", "Wrote {file} ({rows} tasks).").format(file=target, rows=rows) + "\n")
        for note in notes:
            out.write(_problem_line("?", note))
    return EXIT_OK


def cmd_export_plan(args: argparse.Namespace, out: TextIO) -> int:
    from .exchange.plan_workbook import write_plan_workbook
    from .storage.plan_store import read_plan

    db = _open(args)
    with db.transaction() as session:
        write_plan_workbook(read_plan(session), args.output)
    db.close()
    out.write(translate("Cli", "Wrote {file}.").format(file=args.output) + "\n")
    return EXIT_OK


def cmd_export_summary(args: argparse.Namespace, out: TextIO) -> int:
    from .exchange.summary_workbook import write_summary_workbook

    db = _open(args)
    notes = []
    with db.transaction() as session:
        rows = write_summary_workbook(session, args.period, args.output, notes)
    db.close()
    out.write(translate("Cli", "Wrote {file} ({rows} rows).").format(file=args.output, rows=rows) + "\n")
    for note in notes:
        out.write(_problem_line("?", note))
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from .exchange.feedback import write_feedback
    from .exchange.importer import apply_import, describe_value, field_label, preview_import
    from .storage.changes import local_time

    if bool(args.agency) != bool(args.period):
        raise UsageError(QT_TRANSLATE_NOOP("UserError", "Give --agency and --period together (for a workbook that lost its identification)."))
    from .storage.plan_store import read_plan

    db = _open(args)
    failed = backed_up = False
    with db.transaction() as session:
        plan = read_plan(session)  # once for the batch: imports do not change it
    for path in args.files:
        with db.transaction() as session:
            preview = preview_import(session, path, agency=args.agency, period=args.period, plan=plan)
        out.write(f"{path.name}: ")
        if preview.fatal is not None:
            out.write(preview.fatal.render(translate) + "\n")
            failed = True
            continue
        if preview.already_received is not None:
            out.write(translate("Cli", "already received on {day:%d/%m/%Y %H:%M}; nothing changed.").format(day=local_time(preview.already_received)) + "\n")
            continue
        out.write(
            translate("Cli", "{agency}, period {period}: {new} new, {changed} changed, {unchanged} unchanged, {conflicts} conflicts, {errors} rows refused.").format(
                agency=preview.agency, period=preview.period, new=preview.count("new"), changed=preview.count("changed"),
                unchanged=preview.count("unchanged"), conflicts=len(preview.conflicts), errors=len({p.row for p in preview.errors}),
            )
            + "\n"
        )
        for row in preview.rows:
            for diff in row.diffs:
                if diff.decision.value in ("apply", "conflict"):
                    label = " " + translate("Cli", "conflict") if diff.decision.value == "conflict" else ""
                    old, new = (_show(describe_value(preview, diff.field, v)) for v in (diff.ours, diff.theirs))
                    out.write(f"  {row.task} {field_label(diff.field)}: {old} → {new}{label}\n")
        for problem in preview.errors:
            out.write(_problem_line("!", problem))
        for problem in preview.warnings:
            out.write(_problem_line("?", problem))
        if preview.errors or (preview.conflicts and not args.theirs):
            failed = True
        if args.feedback and preview.errors:
            target = write_feedback(path, preview.errors, args.feedback, translate)
            out.write("  " + translate("Cli", "Feedback for the sender: {file}").format(file=target) + "\n")
        if args.dry_run:
            continue
        outcome = apply_import(db, preview, theirs=args.theirs, backup=not backed_up)  # one backup before the batch's first write
        backed_up = backed_up or outcome.backup is not None
        if outcome.backup is not None:
            out.write("  " + translate("Cli", "Backup made first: {file}").format(file=outcome.backup) + "\n")
        out.write(
            "  " + translate("Cli", "Applied: {applied} rows written, {kept} conflicts kept as they were.").format(
                applied=outcome.applied, kept=outcome.conflicts_kept
            )
            + "\n"
        )
    db.close()
    return EXIT_FAILED if failed else EXIT_OK


def _problem_line(mark: str, problem) -> str:
    """A workbook problem as one indented line: ! a refused row, ? a warning; where (if known), then why."""
    where = problem.location(translate)
    return f"  {mark} {where + ': ' if where else ''}{problem.render(translate)}\n"


def _show(value: object) -> str:
    text = "—" if value in (None, "") else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def cmd_receipts(args: argparse.Namespace, out: TextIO) -> int:
    from .storage.changes import local_time
    from .storage.receipts import list_receipts

    db = _open(args)
    with db.transaction() as session:
        receipts = list_receipts(session, args.period)
    db.close()
    if args.json:
        _dump(
            [
                {
                    "file": r.file_name, "sha256": r.sha256, "agency": r.agency, "period": r.period,
                    "received_at": r.received_at.isoformat(), "applied": r.applied, "unchanged": r.unchanged,
                    "rejected": r.rejected, "conflicts": r.conflicts, "superseded_by": r.superseded_by,
                }
                for r in receipts
            ],
            out,
        )
        return EXIT_OK
    superseded = translate("Cli", "superseded by {file}")
    for r in receipts:
        later = "  " + superseded.format(file=r.superseded_by) if r.superseded_by else ""
        out.write(
            f"{local_time(r.received_at):%d/%m/%Y %H:%M}  {r.agency:<10} {r.period:<8} {r.file_name}  "
            f"+{r.applied} ={r.unchanged} !{r.rejected} ?{len(r.conflicts)}{later}\n"
        )
    return EXIT_OK


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from datetime import date

    from .domain.dates import parse_date
    from .reports.data import ReportOptions
    from .storage.agencies import find_agency
    from .storage.plan_store import read_plan

    if not args.plan and not args.period:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Name the period with --period, or ask for the plan with --plan."))
    options = ReportOptions(
        number=args.number, issued_on=parse_date(args.date) if args.date else date.today(), signer_name=args.signer,
        signer_title=args.title, signer_authority=args.authority, issuer=args.issuer.upper() if args.issuer else None,
        **({"supervising_body": args.supervising} if args.supervising is not None else {}),
        **({"recipients": tuple(args.recipient)} if args.recipient else {}),
    )
    db = _open(args)
    with db.transaction() as session:
        plan = read_plan(session)
        if args.plan:
            from .reports.plan_listing import build_plan_listing

            pages, code = build_plan_listing(plan, args.output), None
        elif args.agency:
            from .reports.agency_report import build_agency_report

            code, pages = build_agency_report(session, find_agency(plan, args.agency).code, args.period, options, args.output)
        else:
            from .reports.province_report import build_province_report

            code, pages = build_province_report(session, args.period, options, args.output)
    db.close()
    line = translate("Cli", "Wrote {file} ({pages} pages).").format(file=args.output, pages=pages)
    if code:
        line += " " + translate("Cli", "Verification code: {code}").format(code=code)
    out.write(line + "\n")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    from .reports.verification import describe
    from .reports.verify import verify

    db = _open(args)
    with db.transaction() as session:
        verdict = verify(session, args.code)
    db.close()
    if verdict.report is None:
        out.write(translate("Cli", "No report with the code {code} was issued from this database.").format(code=verdict.code) + "\n")
        return EXIT_FAILED
    what = verdict.report.agency or translate("Cli", "the province")
    if verdict.unchanged:
        out.write(
            translate("Cli", "OK: the report of {what}, period {period}, dated {day:%d/%m/%Y}, matches the records exactly.").format(
                what=what, period=verdict.report.period, day=verdict.report.issued_on
            )
            + "\n"
        )
        return EXIT_OK
    out.write(
        translate("Cli", "CHANGED: the records differ from the report of {what}, period {period}, dated {day:%d/%m/%Y}:").format(
            what=what, period=verdict.report.period, day=verdict.report.issued_on
        )
        + "\n"
    )
    for diff in verdict.differences:
        out.write(f"  {describe(diff)}\n")
    return EXIT_FAILED


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "report": cmd_report,
    "verify": cmd_verify,
    "export-template": cmd_export_template,
    "export-plan": cmd_export_plan,
    "export-summary": cmd_export_summary,
    "import": cmd_import,
    "receipts": cmd_receipts,
    "show-plan": cmd_show_plan,
    "agencies": cmd_agencies,
    "periods": cmd_periods,
    "period": cmd_period,
    "completeness": cmd_completeness,
    "agency": cmd_agency,
}


def _language_from(argv: list[str]) -> str:
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", choices=LANGUAGES)
    known, _rest = early.parse_known_args(argv)
    return chosen_language(known.lang)


def main(argv: list[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out, err = out or sys.stdout, err or sys.stderr
    language = _language_from(argv)
    if not any(a in COMMANDS for a in argv) and "--help" not in argv and "-h" not in argv and "--version" not in argv:
        from .app import run_gui

        return run_gui(argv, language)
    app = QCoreApplication.instance() or QCoreApplication(["gpa-desktop"])
    translators = install_translators(app, language)
    try:
        from .exchange.safety import require_xml_defences

        require_xml_defences()  # at start-up, not first when a hostile workbook arrives
        args = build_parser().parse_args(argv)
        return COMMANDS[args.command](args, out)
    except UserError as error:
        err.write(error.render(translate) + "\n")
        return EXIT_USAGE if isinstance(error, UsageError) else EXIT_FAILED
    except BrokenPipeError:  # output piped into a pager that closed early
        return EXIT_OK
    except Exception:  # the user sees a sentence; the details go to the log
        log.exception("Unexpected error running %s", argv)
        err.write(translate("Cli", "An unexpected error stopped the command. Details were written to the log.") + "\n")
        return EXIT_FAILED
    finally:
        for translator in translators:  # leave a host application (the window, a test) as it was
            app.removeTranslator(translator)
