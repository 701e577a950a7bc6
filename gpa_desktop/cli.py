"""The command line, on the same services as the window. ``gpa-desktop`` alone opens the window."""

from __future__ import annotations

import argparse
import errno
import json
import logging
import os
import sys
from pathlib import Path
from typing import Callable, TextIO

from PySide6.QtCore import QCoreApplication

from . import __version__
from .domain.errors import QT_TRANSLATE_NOOP, UserError
from .domain.plan import AgencyKind
from .i18n import LANGUAGES, chosen_language, install_translators, translate
from .locations import default_database
from .logs import open_held_log
from .ui.settings import database_to_open

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


def nearest(word: str, known) -> str | None:
    """The known command or option closest to a mistyped *word* (difflib's ratio), or None."""
    from difflib import get_close_matches

    found = get_close_matches(word, sorted(known), n=1, cutoff=0.6)
    return found[0] if found else None


class _Parser(argparse.ArgumentParser):
    _suggestion: str | None = None

    def _check_value(self, action, value):  # a choice not offered: remember the closest one
        if action.choices is not None and value not in action.choices:
            self._suggestion = nearest(str(value), action.choices)
        super()._check_value(action, value)

    def parse_args(self, args=None, namespace=None):  # argparse's own, plus the closest option to an unknown one
        parsed, unknown = self.parse_known_args(args, namespace)
        if unknown:
            self._suggestion = nearest(unknown[0], self._words(parsed))
            self.error(argparse._("unrecognized arguments: %s") % " ".join(unknown))
        return parsed

    def _words(self, parsed: argparse.Namespace) -> set[str]:
        """The options of this parser and of the command (and sub-command) chosen in *parsed*."""
        words, parser = set(self._option_string_actions), self
        while parser is not None:
            words |= set(parser._option_string_actions)
            commands = next((a for a in parser._actions if isinstance(a, argparse._SubParsersAction)), None)
            chosen = getattr(parsed, commands.dest, None) if commands else None
            parser = commands.choices.get(chosen) if chosen else None
            if parser is None and commands is not None and chosen is None:
                words |= set(commands.choices)  # no command given: a command may be what was meant
        return words

    def error(self, message: str) -> None:  # argparse's own words are English: wrap them
        if self._suggestion:
            text = translate(
                "Cli", "The command is not valid: {detail}. Did you mean {suggestion}? Run gpa-desktop --help for the list of commands.\n"
            ).format(detail=message, suggestion=self._suggestion)
        else:
            text = translate("Cli", "The command is not valid: {detail}. Run gpa-desktop --help for the list of commands.\n").format(
                detail=message
            )
        self.exit(EXIT_USAGE, text)


class _NotTheWindow(Exception):
    pass


class _WindowParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:
        raise _NotTheWindow(message)


def window_options(argv: list[str]) -> argparse.Namespace | None:
    """The window's options when *argv* holds nothing else: no command, only --db, --lang and
    --smoke-test, each whole (no abbreviation). Anything else is for the command line, which runs
    the command or says plainly why it is not one (exit 2): a typo never opens the window."""
    parser = _WindowParser(prog="gpa-desktop", add_help=False, allow_abbrev=False)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--lang", choices=LANGUAGES)
    parser.add_argument("--smoke-test", action="store_true")
    try:
        known, rest = parser.parse_known_args(argv)
    except _NotTheWindow:
        return None
    return None if rest else known


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS, metavar="PATH", help=translate("Cli", "database file to open"))
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help=translate("Cli", "language: vi or en"))

    parser = _Parser(
        prog="gpa-desktop", description=translate("Cli", "Green Growth Action Plan of Gia Lai province."), parents=[common],
        allow_abbrev=False,  # "--smoke" is a typo to point out, not --smoke-test
    )
    parser.add_argument(
        "--version", action="version", version=f"gpa-desktop {__version__}", help=translate("Cli", "show the version and exit")
    )
    parser.add_argument("--smoke-test", action="store_true", help=translate("Cli", "open the main window, paint it once and exit"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    show = commands.add_parser("show-plan", parents=[common], help=translate("Cli", "print the plan: groups, tasks, agencies"))
    show.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    show.add_argument(
        "--period", metavar="PERIOD", help=translate("Cli", "the agencies in force on the period's last day (default: the plan as it stands)")
    )
    agencies = commands.add_parser("agencies", parents=[common], help=translate("Cli", "list agencies with the tasks they lead and coordinate"))
    agencies.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    periods = commands.add_parser("periods", parents=[common], help=translate("Cli", "list reporting periods and their due dates"))
    periods.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))

    period = commands.add_parser("period", parents=[common], help=translate("Cli", "create a reporting period or set its dates"))
    period.add_argument("code", metavar="PERIOD", help=translate("Cli", "2024, 2024-H1 or 2024-Q3"))
    period.add_argument("--due", metavar="DD/MM/YYYY", help=translate("Cli", "due date of the reports"))
    period.add_argument("--cutoff", metavar="DD/MM/YYYY", help=translate("Cli", "data cut-off date"))
    period.add_argument("--delete", action="store_true", help=translate("Cli", "delete the period (only while nothing refers to it)"))

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
    export_changes = changes.add_parser(
        "export-changes", parents=[common], help=translate("Cli", "write the reorganisation workbook: the known changes as proposals to confirm")
    )
    export_changes.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    apply_changes = changes.add_parser("apply", parents=[common], help=translate("Cli", "apply the confirmed rows of a reorganisation workbook"))
    apply_changes.add_argument("file", type=Path, metavar="FILE.xlsx")
    apply_changes.add_argument("--dry-run", action="store_true", help=translate("Cli", "check and show, write nothing"))

    template = commands.add_parser("export-template", parents=[common], help=translate("Cli", "write an agency's reporting workbook for a period"))
    template.add_argument("--agency", metavar="CODE_OR_NAME")
    template.add_argument("--period", required=True, metavar="PERIOD")
    template.add_argument("-o", "--output", type=Path, metavar="FILE.xlsx")
    template.add_argument("--all", type=Path, metavar="DIR", help=translate("Cli", "one workbook for every agency with tasks in the period"))
    template.add_argument("--force", action="store_true", help=translate("Cli", "replace workbooks of the same name (never one holding values not imported yet)"))
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
    importing.add_argument("--sheet", metavar="NAME", help=translate("Cli", "the sheet that is the report, in workbooks holding several that could be"))
    importing.add_argument(
        "--newer-copy", action="store_true",
        help=translate("Cli", "take copies of a template whose saved time cannot tell them from the copy imported before as the agency's newer ones"),
    )
    old_encoding = importing.add_mutually_exclusive_group()
    old_encoding.add_argument(
        "--convert-legacy", action="store_true",
        help=translate("Cli", "convert text typed in an old Vietnamese encoding (TCVN3, VNI) to Unicode"),
    )
    old_encoding.add_argument(
        "--keep-legacy-text", action="store_true",
        help=translate("Cli", "take text that looks typed in an old Vietnamese encoding as written"),
    )
    importing.add_argument(
        "--trust-new-key", action="store_true",
        help=translate("Cli", "take a province template sealed by another key than the one this installation took first (after comparing its fingerprint with the province)"),
    )
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
    report.add_argument("--sign", action="store_true", help=translate("Cli", "sign the PDF with your digital-signature token (PIN from GPA_PIN or asked)"))
    report.add_argument("--pkcs11-lib", metavar="PATH", help=translate("Cli", "the token's PKCS#11 library (default: GPA_PKCS11_LIB, then the usual places)"))
    report.add_argument("--token-label", metavar="LABEL", help=translate("Cli", "the token to sign with, when several are plugged in"))
    report.add_argument("--key-label", metavar="LABEL", help=translate("Cli", "the certificate to sign with, when the token holds several"))
    report.add_argument("--timestamp-url", metavar="URL", help=translate("Cli", "a timestamp server (RFC 3161) for a signature with a trusted time"))
    verify = commands.add_parser("verify", parents=[common], help=translate("Cli", "check a printed report's verification code"))
    verify.add_argument("code")
    verify_pdf = commands.add_parser("verify-pdf", parents=[common], help=translate("Cli", "check a signed report file: its signature and its verification code"))
    verify_pdf.add_argument("file", type=Path, metavar="FILE.pdf")
    verify_pdf.add_argument("--trust", action="append", type=Path, default=[], metavar="CA.pem",
                            help=translate("Cli", "also trust this certificate authority for this check (repeat for each)"))
    trust = commands.add_parser("trust", parents=[common], help=translate("Cli", "the certificate authorities trusted for signed reports"))
    trust_actions = trust.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    trust_add = trust_actions.add_parser("add", parents=[common], help=translate("Cli", "trust a certificate authority (its certificate, PEM or DER)"))
    trust_add.add_argument("file", type=Path, metavar="CA.pem")
    trust_actions.add_parser("list", parents=[common], help=translate("Cli", "list the trusted certificate authorities"))
    trust_remove = trust_actions.add_parser("remove", parents=[common], help=translate("Cli", "stop trusting a certificate authority"))
    trust_remove.add_argument("fingerprint", metavar="FINGERPRINT")
    restore = commands.add_parser(
        "restore", parents=[common], help=translate("Cli", "replace the database's content with a backup (the current state is backed up first)")
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP_FILE")
    commands.add_parser("backups", parents=[common], help=translate("Cli", "list the automatic backups with their date and what they hold"))
    receipts = commands.add_parser("receipts", parents=[common], help=translate("Cli", "list the workbooks received"))
    receipts.add_argument("--period", metavar="PERIOD")
    receipts.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    _add_convergence_commands(commands, common)
    return parser


def _add_convergence_commands(commands, common) -> None:
    who = commands.add_parser("installation", parents=[common], help=translate("Cli", "show or set whose installation this database is"))
    role = who.add_mutually_exclusive_group()
    role.add_argument("--agency", metavar="CODE", help=translate("Cli", "this database is this agency's installation"))
    role.add_argument("--province", action="store_true", help=translate("Cli", "this database is the province's focal department's"))
    who.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    one = commands.add_parser("set-report", parents=[common], help=translate("Cli", "write one progress report (the fields given; the others stay)"))
    one.add_argument("--agency", required=True, metavar="CODE_OR_NAME")
    one.add_argument("--period", required=True, metavar="PERIOD")
    one.add_argument("--task", required=True, metavar="CODE")
    one.add_argument("--status", metavar="CODE_OR_LABEL")
    one.add_argument("--percent", type=int, metavar="N")
    for name in ("results", "difficulties", "proposals", "evidence"):
        one.add_argument(f"--{name}", metavar="TEXT")
    one.add_argument("--budget", type=float, metavar="N", help=translate("Cli", "million VND"))
    listing = commands.add_parser("reports", parents=[common], help=translate("Cli", "list the progress reports of a period"))
    listing.add_argument("--period", required=True, metavar="PERIOD")
    listing.add_argument("--agency", metavar="CODE_OR_NAME")
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _database_path(args: argparse.Namespace) -> Path:
    return args.database  # chosen once in main(), by the rule the window follows too


def _actor() -> str:
    """Who acts from the command line, for the change log: GPA_ACTOR, else the computer's user name."""
    import getpass
    import os

    try:
        return os.environ.get("GPA_ACTOR") or getpass.getuser()
    except (KeyError, OSError):
        return ""


def _warn_share(ws) -> None:
    from .storage.database import NETWORK_SHARE_WARNING

    if ws.database.on_network_share:
        sys.stderr.write(translate("UserError", NETWORK_SHARE_WARNING).format(path=ws.path) + "\n")


def _reading(args: argparse.Namespace):
    """A workspace for a command that only reads: no writer's lock, works on a read-only file."""
    from .operations import Workspace

    ws = Workspace.open_for_reading(_database_path(args))
    _warn_share(ws)
    return ws


def _writing(args: argparse.Namespace):
    from .operations import Workspace

    ws = Workspace.open(_database_path(args), actor=_actor())
    _warn_share(ws)
    return ws


def _dump(data: object, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def cmd_show_plan(args: argparse.Namespace, out: TextIO) -> int:
    from .operations.periods import resolve_period
    from .operations.plan import read_plan_only

    ws = _reading(args)
    try:
        plan = read_plan_only(ws)
        day = resolve_period(ws, args.period).period.ends_on if args.period else None
    finally:
        ws.close()
    data = plan.to_public_dict(day)
    if args.json:
        _dump(data, out)
        return EXIT_OK
    basis, lead, coordinating, deadline = (
        translate("Cli", "Basis"),
        translate("Cli", "Lead"),
        translate("Cli", "Coordinating"),
        translate("Cli", "Deadline"),
    )
    out.write(f"{data['title']}\n{basis}: {data['basis']}\n")
    if day is not None:
        out.write(translate("Cli", "Agencies in force on {day:%d/%m/%Y} (period {period}).").format(day=day, period=args.period) + "\n")
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
    from .operations.agencies import list_agency_duties

    ws = _reading(args)
    try:
        duties = list_agency_duties(ws)
    finally:
        ws.close()
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
    from .operations.periods import list_periods

    ws = _reading(args)
    try:
        periods = list_periods(ws)
    finally:
        ws.close()
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
    from .operations.periods import delete_period, save_period

    if args.delete and (args.due or args.cutoff):
        raise UsageError(QT_TRANSLATE_NOOP("UserError", "--delete cannot be given with --due or --cutoff."))
    due = parse_date(args.due) if args.due else None
    cutoff = parse_date(args.cutoff) if args.cutoff else None
    ws = _writing(args)
    try:
        if args.delete:
            delete_period(ws, args.code)
            out.write(translate("Cli", "Period {code} deleted.").format(code=args.code) + "\n")
            return EXIT_OK
        saved = save_period(ws, args.code, due_on=due, cutoff_on=cutoff)
    finally:
        ws.close()
    period = saved.period
    out.write(
        translate("Cli", "Period {code}: reports due {due}, data cut-off {cutoff}.").format(
            code=period.code, due=format_date(period.due_on), cutoff=format_date(period.cutoff_on)
        )
        + "\n"
    )
    return EXIT_OK


def cmd_completeness(args: argparse.Namespace, out: TextIO) -> int:
    from .domain.dates import format_date
    from .domain.periods import parse_period
    from .operations.completeness import period_report
    from .operations.periods import resolve_period

    ws = _reading(args)
    try:
        report = period_report(ws, resolve_period(ws, args.period).code)
    finally:
        ws.close()
    result, plan, overdue = report.completeness, report.plan, report.overdue_tasks
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
    from datetime import date

    from .domain.dates import parse_date
    from .operations.agencies import AgencyChange, ChangeKind, change_agencies

    if args.change == "export-changes":
        return _export_changes(args, out)
    if args.change == "apply":
        return _apply_changes(args, out)
    kind = ChangeKind(args.change)
    day = parse_date(args.on) if getattr(args, "on", None) else date.today()
    if kind is ChangeKind.ADD:
        change = AgencyChange(kind, day, code=args.code, name=args.name, agency_kind=AgencyKind(args.kind))
    elif kind is ChangeKind.RENAME:
        change = AgencyChange(kind, day, code=args.code, name=args.name)
    elif kind is ChangeKind.MERGE:
        change = AgencyChange(kind, day, codes=args.codes, into=args.into, name=args.name)
    elif kind is ChangeKind.SPLIT:
        successors = {}
        for item in args.to:
            code, _, tasks = item.partition("=")
            successors[code.strip()] = [t.strip() for t in tasks.split(",") if t.strip()]
        change = AgencyChange(kind, day, code=args.code, successors=successors)
    elif kind is ChangeKind.MEMBERS:
        change = AgencyChange(kind, day, code=args.group, codes=args.codes)
    else:
        change = AgencyChange(kind, day, codes=args.codes)
    ws = _writing(args)
    try:
        changes = change_agencies(ws, change)
    finally:
        ws.close()
    out.write(
        translate("Cli", "Done: the change was recorded (batch {batch}).").format(batch=", ".join(map(str, changes.batches)) or "—")
        + "\n"
    )
    return EXIT_OK


def _export_changes(args: argparse.Namespace, out: TextIO) -> int:
    from .operations.reorganisation import export_changes

    ws = _reading(args)
    try:
        rows = export_changes(ws, args.output)
    finally:
        ws.close()
    out.write(translate("Cli", "Wrote {file} ({rows} proposed changes for the province to confirm).").format(file=args.output, rows=rows) + "\n")
    return EXIT_OK


def _apply_changes(args: argparse.Namespace, out: TextIO) -> int:
    from .operations.reorganisation import apply_changes, preview_changes

    ws = _reading(args) if args.dry_run else _writing(args)
    try:
        preview = preview_changes(ws, args.file)
        out.write(f"{preview.file_name}:\n")
        for line in preview.lines():
            out.write(f"  {line.render(translate)}\n")
        for problem in preview.errors:
            out.write(_problem_line("!", problem))
        for problem in preview.warnings:
            out.write(_problem_line("?", problem))
        if preview.errors:
            out.write(translate("Cli", "Nothing was applied: correct the refused rows and apply the workbook again.") + "\n")
            return EXIT_FAILED
        if args.dry_run:
            out.write(translate("Cli", "Checked only (--dry-run): nothing was written.") + "\n")
            return EXIT_OK
        changes = apply_changes(ws, preview)
    finally:
        ws.close()
    if changes.batches:
        out.write(
            translate("Cli", "Applied {count} changes in one step (batch {batch}).").format(
                count=len(preview.changes), batch=", ".join(map(str, changes.batches))
            )
            + "\n"
        )
    else:
        out.write(translate("Cli", "Nothing to apply: every confirmed row is in force already.") + "\n")
    return EXIT_OK


def cmd_export_template(args: argparse.Namespace, out: TextIO) -> int:
    from .operations.agencies import find
    from .operations.exchange import TemplatesInTheWay, export_templates, template_file_name
    from .operations.plan import read_plan_only

    from .operations.installation import needs_signing_key
    from .operations.periods import resolve_period

    if bool(args.all) == bool(args.agency):
        raise UsageError(QT_TRANSLATE_NOOP("UserError", "Name one agency with --agency (and -o FILE), or use --all DIR."))
    ws = _reading(args)
    if needs_signing_key(ws):  # the installation's first sealed template makes its key: a write, once
        try:
            resolve_period(ws, args.period)  # but a period that does not exist is refused before anything is written
        finally:
            ws.close()
        ws = _writing(args)
    try:
        if args.all:
            written = export_templates(ws, args.period, lambda code: args.all / template_file_name(code, args.period), force=args.force)
        else:
            code = find(read_plan_only(ws), args.agency)
            target = args.output or Path(template_file_name(code, args.period))
            written = export_templates(ws, args.period, lambda _code: target, agencies=[code], force=args.force)
    except TemplatesInTheWay as in_the_way:
        names = [str(f) for f in in_the_way.files[:3]]
        if len(in_the_way.files) > len(names):
            names.append(translate("Cli", "{count} more").format(count=len(in_the_way.files) - len(names)))
        files = ", ".join(names)
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Nothing was written: {files} already exist (add --force to replace them)."), files=files) from None
    finally:
        ws.close()
    for item in written:
        out.write(translate("Cli", "Wrote {file} ({rows} tasks).").format(file=item.path, rows=item.rows) + "\n")
        for note in item.notes:
            out.write(_problem_line("?", note))
    return EXIT_OK


def cmd_export_plan(args: argparse.Namespace, out: TextIO) -> int:
    from .operations.exchange import export_plan

    ws = _reading(args)
    try:
        export_plan(ws, args.output)
    finally:
        ws.close()
    out.write(translate("Cli", "Wrote {file}.").format(file=args.output) + "\n")
    return EXIT_OK


def cmd_export_summary(args: argparse.Namespace, out: TextIO) -> int:
    from .operations.exchange import export_summary

    ws = _reading(args)
    try:
        rows, notes = export_summary(ws, args.period, args.output)
    finally:
        ws.close()
    out.write(translate("Cli", "Wrote {file} ({rows} rows).").format(file=args.output, rows=rows) + "\n")
    for note in notes:
        out.write(_problem_line("?", note))
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO) -> int:
    from .operations.exchange import (
        APPLIED, LEGACY_CONVERT, LEGACY_HOLD, LEGACY_KEEP, REFUSED, SKIPPED, UNCHANGED, AdoptionOutcome, AdoptionPreview, import_files,
    )
    from .domain.dates import local_time

    if bool(args.agency) != bool(args.period):
        raise UsageError(QT_TRANSLATE_NOOP("UserError", "Give --agency and --period together (for a workbook that lost its identification)."))
    failed = False

    def checked(preview) -> None:
        nonlocal failed
        out.write(f"{preview.path.name}: ")
        if preview.fatal is not None:
            out.write(preview.fatal.render(translate) + "\n")
            if getattr(preview, "sheet_choices", None):
                out.write("  " + translate("Cli", "Name the sheet that is the report with --sheet NAME.") + "\n")
            _print_legacy(preview, out)
            failed = True
            return
        if isinstance(preview, AdoptionPreview):
            _print_adoption(preview, out)
            failed = failed or bool(preview.conflicts and not args.theirs)
            return
        if preview.already_received is not None:
            out.write(translate("Cli", "already received on {day:%d/%m/%Y %H:%M}; nothing changed.").format(day=local_time(preview.already_received)) + "\n")
            return
        counts = preview.counts()
        out.write(
            translate("Cli", "{agency}, period {period}: {new} new, {changed} changed, {unchanged} unchanged, {conflicts} conflicts, {errors} rows refused.").format(
                agency=preview.agency, period=preview.period, new=counts["new"], changed=counts["changed"],
                unchanged=counts["unchanged"], conflicts=len(preview.conflicts), errors=len({p.row for p in preview.errors}),
            )
            + "\n"
        )
        _print_changes(preview, out, "  ")
        for problem in preview.errors:
            out.write(_problem_line("!", problem))
        for problem in preview.warnings:
            out.write(_problem_line("?", problem))
        _print_legacy(preview, out)
        if preview.errors or (preview.conflicts and not args.theirs):
            failed = True

    ws = _reading(args) if args.dry_run else _writing(args)
    try:
        batch = import_files(
            ws, args.files, agency=args.agency, period=args.period, theirs=args.theirs, dry_run=args.dry_run,
            feedback_folder=args.feedback, translate=translate, checked=checked, trust_new_key=args.trust_new_key,
            sheet=args.sheet, newer_copy=True if args.newer_copy else None,
            legacy=LEGACY_CONVERT if args.convert_legacy else LEGACY_KEEP if args.keep_legacy_text else LEGACY_HOLD,
        )
    finally:
        ws.close()
    for name, target in batch.feedback.items():
        out.write(f"  {name}: " + translate("Cli", "Feedback for the sender: {file}").format(file=target) + "\n")
    if batch.backup is not None:
        out.write(translate("Cli", "Backup made first: {file}").format(file=batch.backup) + "\n")
    for verdict in batch.verdicts:  # what became of each file (its check was printed as it was read)
        outcome = verdict.outcome
        if verdict.kind == REFUSED:
            failed = True
            if verdict.preview is None or verdict.reason is not verdict.preview.fatal:  # refused when written
                out.write(f"{verdict.file_name}: " + translate("Cli", "Not imported: {reason}").format(reason=verdict.reason.render(translate)) + "\n")
        elif isinstance(outcome, AdoptionOutcome):
            if outcome.changes:
                out.write(
                    f"{outcome.file_name}: "
                    + translate("Cli", "Adopted: {applied} reports written, {kept} conflicts kept as they were.").format(
                        applied=outcome.applied, kept=outcome.conflicts_kept
                    )
                    + "\n"
                )
        elif verdict.kind in (APPLIED, UNCHANGED) and outcome is not None:
            line = translate("Cli", "Applied: {applied} rows written, {kept} conflicts kept as they were.") if verdict.kind == APPLIED else translate(
                "Cli", "Taken: it changed nothing ({kept} conflicts kept as they were)."
            )
            out.write(f"{outcome.file_name}: " + line.format(applied=outcome.applied, kept=outcome.conflicts_kept) + "\n")
        elif verdict.kind == SKIPPED and outcome is not None:
            out.write(f"{verdict.file_name}: " + translate("Cli", "the same file came earlier in this batch; nothing changed.") + "\n")
    return EXIT_FAILED if failed else EXIT_OK


def _print_adoption(preview, out: TextIO) -> None:
    """What taking a province template would change here: its key, the reference data, the reports."""
    out.write(
        translate("Cli", "the province's template for {agency}, period {period}, sealed by the key {fingerprint}.").format(
            agency=preview.agency, period=preview.period, fingerprint=preview.fingerprint
        )
        + "\n"
    )
    if preview.first_key:
        out.write("  " + translate("Cli", "This installation takes this key as the province's from now on: compare its fingerprint with the province by phone.") + "\n")
    if preview.new_key:
        out.write("  " + translate("Cli", "This key replaces the province key taken before, as asked.") + "\n")
    if preview.older:
        out.write("  " + translate("Cli", "It is not newer than the province's template adopted already; nothing changed.") + "\n")
        return
    if preview.reference_older:
        out.write("  " + translate("Cli", "Its plan, agencies and periods are not newer than the ones adopted already; they stay.") + "\n")
    elif not preview.reference:
        out.write("  " + translate("Cli", "Plan, agencies and periods: the same as here.") + "\n")
    else:
        out.write("  " + translate("Cli", "Plan, agencies and periods: {count} changes.").format(count=len(preview.reference)) + "\n")
        for change in preview.reference:
            out.write(f"    - {change.render(translate)}\n")
    if preview.values_older:
        out.write("  " + translate("Cli", "Its reports are not newer than the template of this period adopted already; they stay.") + "\n")
        return
    out.write(
        "  " + translate("Cli", "Reports: {corrected} corrected by the province, {conflicts} conflicts.").format(
            corrected=len(preview.corrected), conflicts=len(preview.conflicts)
        )
        + "\n"
    )
    _print_changes(preview, out, "    ")


def _print_changes(preview, out: TextIO, indent: str) -> None:
    """Each field a file would take or that conflicts: the value here → the file's."""
    from .operations.exchange import describe_value, field_label

    marks = {"apply": "", "conflict": " " + translate("Cli", "conflict")}
    labels: dict[str, str] = {}
    lines = []
    for row in preview.rows:
        for diff in row.diffs:
            label = marks.get(diff.decision.value)
            if label is not None:
                name = labels.get(diff.field) or labels.setdefault(diff.field, field_label(diff.field))
                old, new = _show(describe_value(preview, diff.field, diff.ours)), _show(describe_value(preview, diff.field, diff.theirs))
                lines.append(f"{indent}{row.task} {name}: {old} → {new}{label}\n")
    out.write("".join(lines))  # one write a file (a workbook takes hundreds of fields)


def _print_legacy(preview, out: TextIO) -> None:
    """Text cells typed in an old Vietnamese encoding: each as written and converted; how to choose when held back."""
    from .operations.exchange import LEGACY_HOLD

    cells = getattr(preview, "legacy", [])
    if not cells:
        return
    out.write("  " + translate("Cli", "Text typed in an old Vietnamese encoding, as written → in Unicode:") + "\n")
    for cell in cells:
        where = translate("Cli", "row {row}, column {column}").format(row=cell.row, column=cell.column)
        part = " " + translate("Cli", "(only the runs in the old encoding)") if cell.partly else ""
        out.write(f"    ~ {cell.task} {where} [{cell.encoding_names}]{part}: {_show(cell.original)} → {_show(cell.converted)}\n")
    if preview.legacy_choice == LEGACY_HOLD:
        out.write("  " + translate("Cli", "To import the file with these cells converted to Unicode, add --convert-legacy; to take them as written, add --keep-legacy-text.") + "\n")


def _problem_line(mark: str, problem) -> str:
    """A workbook problem as one indented line: ! a refused row, ? a warning; where (if known), then why."""
    where = problem.location(translate)
    return f"  {mark} {where + ': ' if where else ''}{problem.render(translate)}\n"


def _show(value: object) -> str:
    text = "—" if value in (None, "") else str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def cmd_receipts(args: argparse.Namespace, out: TextIO) -> int:
    from .operations.completeness import receipts as list_receipts
    from .domain.dates import local_time

    ws = _reading(args)
    try:
        receipts = list_receipts(ws, args.period)
    finally:
        ws.close()
    if args.json:
        _dump(
            [
                {
                    "file": r.file_name, "sha256": r.sha256, "agency": r.agency, "period": r.period,
                    "received_at": local_time(r.received_at).isoformat(), "applied": r.applied, "unchanged": r.unchanged,
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


NO_PIN = QT_TRANSLATE_NOOP("UserError", "No PIN was given: set GPA_PIN, or run the command in a terminal to be asked for it.")


def _token_pin() -> str:
    """The PIN from GPA_PIN (scripts), else asked without echo on a terminal; never an argument,
    which other users of the machine could read in the process list."""
    import getpass
    import os

    pin = os.environ.get("GPA_PIN")
    if pin is not None:
        return pin
    if not sys.stdin.isatty():
        raise UserError(NO_PIN)
    return getpass.getpass(translate("Cli", "PIN of the token: "))


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    from datetime import date

    from .domain.dates import parse_date
    from .operations.agencies import find
    from .operations.issue import ReportKind, issue_report
    from .operations.plan import read_plan_only
    from .reports.data import ReportOptions

    if not args.plan and not args.period:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Name the period with --period, or ask for the plan with --plan."))
    options = ReportOptions(
        number=args.number, issued_on=parse_date(args.date) if args.date else date.today(), signer_name=args.signer,
        signer_title=args.title, signer_authority=args.authority, issuer=args.issuer.upper() if args.issuer else None,
        **({"supervising_body": args.supervising} if args.supervising is not None else {}),
        **({"recipients": tuple(args.recipient)} if args.recipient else {}),
    )
    kind = ReportKind.PLAN if args.plan else ReportKind.AGENCY if args.agency else ReportKind.PROVINCE
    ws = _reading(args) if kind is ReportKind.PLAN else _writing(args)
    try:
        agency = find(read_plan_only(ws), args.agency) if args.agency else None
        signing = None
        if args.sign:
            from .operations.signing import Signing, TokenChoice

            token = TokenChoice(library=args.pkcs11_lib, token_label=args.token_label, key_label=args.key_label)
            signing = Signing(token, _token_pin(), args.timestamp_url)
        issued = issue_report(ws, kind, args.output, period=args.period, agency=agency, options=options, signing=signing)
    finally:
        ws.close()
    line = translate("Cli", "Wrote {file} ({pages} pages).").format(file=args.output, pages=issued.pages)
    if issued.code:
        line += " " + translate("Cli", "Verification code: {code}").format(code=issued.code)
    signed = issued.signature
    out.write(line + "\n")
    if signed is not None:
        out.write(
            translate("Cli", "Signed by {signer} ({organisation}) at {time}, PAdES {level}.").format(
                signer=signed.signer, organisation=signed.organisation or "—", time=_vietnam_time(signed.signed_at), level=signed.level
            )
            + "\n"
        )
        for note in signed.notes:
            out.write(note.render(translate) + "\n")
    return EXIT_OK


def _vietnam_time(moment) -> str:
    from .operations.signing import vietnam_time_text

    return vietnam_time_text(moment)


CANNOT_READ = QT_TRANSLATE_NOOP("UserError", "The file {file} cannot be read.")


def _read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        raise UserError(CANNOT_READ, file=path) from None


def cmd_verify(args: argparse.Namespace, out: TextIO) -> int:
    from .operations.issue import verify_code

    ws = _reading(args)
    try:
        verdict = verify_code(ws, args.code)
    finally:
        ws.close()
    first, *details = verdict.render(translate)
    out.write(first + "\n")
    for line in details:
        out.write(f"  {line}\n")
    return EXIT_OK if verdict.ok else EXIT_FAILED


def cmd_verify_pdf(args: argparse.Namespace, out: TextIO) -> int:
    """One line per check; exit 0 only when the signature is intact, covers the whole file, chains to a
    trusted CA, and the code printed in the file matches the records."""
    from .operations.signing import certificate_pem, check_pdf

    extra = [certificate_pem(_read_file(path), path.name) for path in args.trust]
    if not args.file.is_file():
        raise UserError(CANNOT_READ, file=args.file)
    ws = _reading(args)
    try:
        verdict = check_pdf(ws, args.file, extra)
    finally:
        ws.close()
    for line in verdict.render(translate):
        out.write(line + "\n")
    return EXIT_OK if verdict.ok else EXIT_FAILED


def cmd_trust(args: argparse.Namespace, out: TextIO) -> int:
    from .operations.signing import distrust_authority, trust_authority, trusted_authorities

    data = _read_file(args.file) if args.action == "add" else b""
    ws = _reading(args) if args.action == "list" else _writing(args)
    try:
        if args.action == "add":
            ca = trust_authority(ws, data, args.file.name)
            line = translate("Cli", "Trusted: {subject} ({fingerprint}).").format(subject=ca.subject, fingerprint=ca.fingerprint)
        elif args.action == "remove":
            ca = distrust_authority(ws, args.fingerprint)
            line = translate("Cli", "No longer trusted: {subject} ({fingerprint}).").format(subject=ca.subject, fingerprint=ca.fingerprint)
        else:
            until = translate("Cli", "valid until")
            line = "\n".join(f"{ca.fingerprint}  {ca.subject}  ({until} {ca.not_after:%d/%m/%Y})" for ca in trusted_authorities(ws)) or translate(
                "Cli", "No certificate authority is trusted yet: add one with gpa-desktop trust add CA.pem."
            )
    finally:
        ws.close()
    out.write(line + "\n")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    from .operations.backups import restore

    result = restore(_database_path(args), args.backup)
    info = result.restored
    out.write(
        translate("Cli", "Restored the backup of {day:%d/%m/%Y %H:%M}: {reports} reports, {periods} periods, {agencies} agencies.").format(
            day=info.taken_at, reports=info.reports, periods=info.periods, agencies=info.agencies
        )
        + "\n"
    )
    if result.safety_backup is not None:
        out.write(translate("Cli", "The state before the restore was kept in {file}").format(file=result.safety_backup) + "\n")
    return EXIT_OK


def cmd_backups(args: argparse.Namespace, out: TextIO) -> int:
    from .operations.backups import automatic_backups

    database = Path(_database_path(args)).expanduser().absolute()
    listed = automatic_backups(database)
    if not listed:
        out.write(translate("Cli", "No automatic backups in {folder}.").format(folder=database.parent / "backups") + "\n")
        return EXIT_OK
    holds = translate("Cli", "{reports} reports, {periods} periods, {agencies} agencies")
    damaged = translate("Cli", "damaged, cannot be restored")
    for info in listed:
        what = holds.format(reports=info.reports, periods=info.periods, agencies=info.agencies) if info.sound else damaged
        out.write(f"{info.taken_at:%d/%m/%Y %H:%M}  {info.size / 1e6:6.1f} MB  {what}  {info.path}\n")
    return EXIT_OK


def cmd_installation(args: argparse.Namespace, out: TextIO) -> int:
    from .operations.installation import installation_info, set_installation

    if args.agency or args.province:
        ws = _writing(args)
        try:
            info = set_installation(ws, args.agency if args.agency else None)
        finally:
            ws.close()
    else:
        ws = _reading(args)
        try:
            info = installation_info(ws)
        finally:
            ws.close()
    if args.json:
        _dump(info.as_json(), out)
        return EXIT_OK
    if info.agency:
        out.write(translate("Cli", "This installation belongs to {name} ({code}).").format(name=info.agency_name, code=info.agency) + "\n")
    else:
        out.write(translate("Cli", "This installation is the province's focal department's (it sees every agency).") + "\n")
    out.write(translate("Cli", "Installation: {id}").format(id=info.id) + "\n")
    if info.key_fingerprint:
        out.write(translate("Cli", "Its sealing key: {fingerprint}").format(fingerprint=info.key_fingerprint) + "\n")
    if info.province_fingerprint:
        out.write(translate("Cli", "The province key it trusts: {fingerprint}").format(fingerprint=info.province_fingerprint) + "\n")
    return EXIT_OK


def cmd_set_report(args: argparse.Namespace, out: TextIO) -> int:
    from .operations.reports import update_report

    given = {n: getattr(args, n) for n in ("status", "percent", "results", "difficulties", "proposals", "budget", "evidence")}
    ws = _writing(args)
    try:
        saved = update_report(ws, args.task, args.agency, args.period, {n: v for n, v in given.items() if v is not None})
    finally:
        ws.close()
    h = saved.handle
    if saved.changes:
        line = translate("Cli", "Report {task} / {agency} / {period} saved (revision {revision}).")
    else:
        line = translate("Cli", "Report {task} / {agency} / {period} unchanged.")
    out.write(line.format(task=h.task, agency=h.agency, period=h.period, revision=h.revision) + "\n")
    return EXIT_OK


def cmd_reports(args: argparse.Namespace, out: TextIO) -> int:
    from .operations.agencies import find
    from .operations.plan import read_plan_only
    from .operations.reports import list_reports

    ws = _reading(args)
    try:
        agency = find(read_plan_only(ws), args.agency) if args.agency else None
        reports = list_reports(ws, args.period, agency)
    finally:
        ws.close()
    if args.json:
        _dump([{"task": r.task, "agency": r.agency, "period": r.period, **r.values.as_dict(), "revision": r.revision} for r in reports], out)
        return EXIT_OK
    for r in reports:
        v = r.values
        percent = "" if v.percent is None else f"{v.percent}%"
        out.write(f"{r.task:<6} {r.agency:<10} {r.period:<8} {v.status or '—':<12} {percent:>4}  {_show(v.results)}\n")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int]] = {
    "installation": cmd_installation,
    "set-report": cmd_set_report,
    "reports": cmd_reports,
    "report": cmd_report,
    "verify": cmd_verify,
    "verify-pdf": cmd_verify_pdf,
    "trust": cmd_trust,
    "export-template": cmd_export_template,
    "export-plan": cmd_export_plan,
    "export-summary": cmd_export_summary,
    "import": cmd_import,
    "receipts": cmd_receipts,
    "restore": cmd_restore,
    "backups": cmd_backups,
    "show-plan": cmd_show_plan,
    "agencies": cmd_agencies,
    "periods": cmd_periods,
    "period": cmd_period,
    "completeness": cmd_completeness,
    "agency": cmd_agency,
}


class _Output:
    """A stream whose reader may go away (``gpa-desktop import … | head``): after a broken pipe the
    rest of the output is dropped, but the command goes on, so a batch is applied whole and the
    exit code still says whether it was."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.reader_gone = False

    def write(self, text: str) -> int:
        if not self.reader_gone:
            try:
                self.stream.write(text)
            except (BrokenPipeError, ValueError) as exc:
                self._gone(exc)
            except OSError as exc:  # Windows says EINVAL for a pipe whose reader closed
                if exc.errno != errno.EINVAL:
                    raise
                self._gone(exc)
        return len(text)

    def flush(self) -> None:
        if not self.reader_gone:
            try:
                self.stream.flush()
            except (BrokenPipeError, ValueError, OSError) as exc:
                self._gone(exc)

    def _gone(self, exc: BaseException) -> None:
        log.info("output closed by its reader (%r); the command goes on", exc)
        self.reader_gone = True
        try:  # the interpreter flushes stdout at exit: give what is left in its buffer somewhere to go
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self.stream.fileno())
            os.close(devnull)
        except (OSError, ValueError, AttributeError):  # not a real file (a test's StringIO)
            pass


def _language_from(argv: list[str]) -> str:
    """The language to speak in, before anything else is parsed (a bad --lang is reported in it later)."""
    early = _WindowParser(add_help=False)
    early.add_argument("--lang")
    try:
        known, _rest = early.parse_known_args(argv)
    except _NotTheWindow:
        return chosen_language(None)
    return chosen_language(known.lang)


def main(argv: list[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out, err = _Output(out or sys.stdout), _Output(err or sys.stderr)
    language = _language_from(argv)
    window = window_options(argv)
    if window is not None:
        from .app import run_gui

        return run_gui(window.db, window.lang, language, smoke_test=window.smoke_test)
    open_held_log()  # the command's log from its first step (the window opens it just after its first paint)
    app = QCoreApplication.instance() or QCoreApplication(["gpa-desktop"])
    translators = install_translators(app, language)
    try:
        from .exchange.safety import require_xml_defences

        require_xml_defences()  # at start-up, not first when a hostile workbook arrives
        args = build_parser().parse_args(argv)
        if args.command is None:
            raise UsageError(QT_TRANSLATE_NOOP("UserError", "Name a command, or leave out the options to open the window; gpa-desktop --help lists the commands."))
        args.database = database_to_open(getattr(args, "db", None))
        if getattr(args, "db", None) is None and args.database != default_database():
            # not the usual file, and not named here: the one last opened in the window; never silently
            err.write(translate("Cli", "Database: {path}").format(path=args.database) + "\n")
        return COMMANDS[args.command](args, out)
    except UserError as error:
        err.write(error.render(translate) + "\n")
        backup = getattr(error, "backup", None)  # a damaged database: how to put its newest sound backup back
        if backup is not None:
            err.write(translate("Cli", 'To restore it: gpa-desktop restore "{backup}" --db "{path}"').format(backup=backup.path, path=error.path) + "\n")
        return EXIT_USAGE if isinstance(error, UsageError) else EXIT_FAILED
    except BrokenPipeError as exc:  # argparse's own --help or --version, into a pager that closed early
        _Output(sys.stdout)._gone(exc)
        return EXIT_OK
    except Exception:  # the user sees a sentence; the details go to the log
        log.exception("Unexpected error running %s", argv)
        err.write(translate("Cli", "An unexpected error stopped the command. Details were written to the log.") + "\n")
        return EXIT_FAILED
    finally:
        out.flush()  # here, where a reader gone away is noticed, not at the interpreter's exit
        for translator in translators:  # leave a host application (the window, a test) as it was
            app.removeTranslator(translator)
