"""Reading a returned workbook: values with calamine (fast, ignores the stored sheet size), tolerant of
what Excel, WPS and LibreOffice do to a file, and precise about what it cannot accept."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from functools import lru_cache
from collections.abc import Sequence
from itertools import islice
from pathlib import Path, PurePosixPath

from ..domain.errors import QT_TRANSLATE_NOOP
from ..domain.reports import MAX_TEXT
from ..domain.text import clean
from .cells import clean_cell_text
from .contained import READERS, read_contained
from .identity import IdentityProblem, WorkbookIdentity, decode_rows
from .legacy import LegacyCell, TextCell, find_legacy
from .layout import COLUMNS, DATA_SHEET, HEADER_ANCHOR, IDENTITY_SHEET, INPUTS
from .safety import CheckedPackage, WorkbookRejected, check_workbook_file, has_macros, opened
from .sheet_xml import ATTR as _ATTR, CELL as _CELL, cell_key as _cell_key

TASK_CODE = re.compile(r"^\d{1,2}(\.\d{1,3}){1,2}$")


@dataclass(frozen=True)
class Problem:
    """A reason a cell, row or file cannot be taken, with where it is."""

    message: str  # English source text, marked for translation
    params: dict
    sheet: str = ""
    row: int | None = None
    column: str = ""

    def render(self, translate=None) -> str:
        text = translate("UserError", self.message) if translate else self.message
        return text.format(**self.params)

    def location(self, translate=None) -> str:
        """Where in the workbook, in words: sheet, row and column as far as known."""
        tr = (lambda text: translate("UserError", text)) if translate else (lambda text: text)
        parts = []
        if self.sheet:
            parts.append(tr(QT_TRANSLATE_NOOP("UserError", 'sheet "{sheet}"')).format(sheet=self.sheet))
        if self.row is not None:
            parts.append(tr(QT_TRANSLATE_NOOP("UserError", "row {row}")).format(row=self.row))
        if self.column:
            parts.append(tr(QT_TRANSLATE_NOOP("UserError", "column {column}")).format(column=self.column))
        return ", ".join(parts)


@dataclass
class ReturnedRow:
    task: str
    row: int  # 1-based row number in the sheet
    values: dict[str, object]  # field → parsed value, for the input columns present
    code_column: str = ""  # where the task code is, e.g. "A (Mã nhiệm vụ)"

    def __reduce__(self):  # pickled as a tuple, rebuilt by __init__: a third less to unpickle than a state dict
        return (ReturnedRow, (self.task, self.row, self.values, self.code_column))


@dataclass
class ReturnedWorkbook:
    identity: WorkbookIdentity | None
    identity_problem: str | None  # "missing", "altered" or "newer"
    sheet: str = ""  # the data sheet's name
    rows: list[ReturnedRow] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)  # row- or cell-level: the row is rejected
    warnings: list[Problem] = field(default_factory=list)
    legacy: list[LegacyCell] = field(default_factory=list)  # text cells that read as TCVN3 or VNI
    saved_at: str = ""  # when the workbook says it was last saved (see saved_at)


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y}" if value.time() == datetime.min.time() else f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    text = str(value)
    return clean(text) if "\n" not in text else "\n".join(clean(line) for line in text.split("\n")).strip()


def _line(value) -> str:
    """clean(_text(value)): a cell as one line of text, with a quick way for what most cells hold."""
    if value is None:
        return ""
    if type(value) is str and "\n" not in value:
        return clean(value)  # what _text does to it, and clean again changes nothing
    return clean(_text(value))


def _number(value) -> float | None:
    """A number from a cell: a real number, or text written the Vietnamese way (1.234,5) or the English way.

    Vietnamese first where text is ambiguous: a lone comma is the decimal mark, a dot followed
    by exactly three digits groups thousands.
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, (int, float)):
        return float(value)
    text = clean(str(value)).replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        text = text.replace("." if decimal == "," else ",", "").replace(",", ".")
    elif "," in text:
        text = text.replace(",", ".") if text.count(",") == 1 else text.replace(",", "")
    elif text.count(".") > 1 or re.fullmatch(r"-?\d{1,3}\.\d{3}", text):
        text = text.replace(".", "")
    return float(text)


def status_lookup(labels: dict[str, str]) -> dict[str, str]:
    """Every way a status may be written (its label in any case and spacing, or its code) → its code."""
    lookup = {clean(label).casefold(): code for code, label in labels.items()}
    lookup.update({code: code for code in labels})
    return lookup


def parse_status(value, lookup: dict[str, str]) -> str | None:
    text = _line(value)
    if not text:
        return None
    code = lookup.get(text) or lookup.get(text.casefold())
    if code is None:
        raise LookupError(text)
    return code


def parse_percent(value, percent_format: bool = False) -> int | None:
    """80, "80", "80%", or 0.8 / 1 in a cell formatted as a percentage all mean 80 / 100.

    A fraction between 0 and 1 in a cell without that format is read the same way: it cannot
    be a whole percent, and officers type 0,8 for 80 %.
    """
    if type(value) is float and not percent_format and value.is_integer() and 0 <= value <= 100:
        return int(value)  # the usual cell (calamine reads numbers as floats): what the steps below make of it
    if isinstance(value, str) and value.strip().endswith("%"):
        number = _number(value.strip()[:-1])
    else:
        number = _number(value)
        if number is not None and (percent_format or (0 < number < 1 and not float(number).is_integer())):
            number *= 100  # a percentage-formatted cell stores the fraction
    if number is None:
        return None
    number = round(number, 6)
    if not number.is_integer() or not 0 <= number <= 100:
        raise ValueError
    return int(number)


def parse_budget(value) -> float | None:
    if type(value) is float and value >= 0:
        return value  # the usual cell: what the steps below make of it
    number = _number(value)
    if number is not None and number < 0:
        raise ValueError
    return number


_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_PLAIN_FORMULA = re.compile(rb"<f[\s>/]")
_QUOTED = re.compile(r'"[^"]*"|\\.')
PERCENT_BUILTIN = {9, 10}  # 0% and 0.00%


def _sheet_part(package: zipfile.ZipFile | CheckedPackage, sheet_name: str) -> str | None:
    """The package part of the sheet named *sheet_name*."""
    book, rels = package.read("xl/workbook.xml"), package.read("xl/_rels/workbook.xml.rels")
    return _memo(_sheet_target, len(book) + len(rels), book, rels, sheet_name)


MEMO_BYTES = 256 * 1024  # parts larger than this (no real workbook's sheet list or styles) are not kept for the memo


def _memo(function, size: int, *args):
    """*function* (an lru_cache) of *args*, from its memo when the parts are small: the workbooks of one
    export, read back in a batch, share their sheet list, relationships and styles byte for byte (the
    reader process reads one after another), and parsing them was a good part of reading the cells' facts."""
    return function(*args) if size <= MEMO_BYTES else function.__wrapped__(*args)


@lru_cache(maxsize=16)
def _sheet_target(workbook_xml: bytes, rels_xml: bytes, sheet_name: str) -> str | None:
    from defusedxml import ElementTree

    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
    book = ElementTree.fromstring(workbook_xml)
    rid = next((s.get(f"{{{ns['r']}}}id") for s in book.iterfind("m:sheets/m:sheet", ns) if s.get("name") == sheet_name), None)
    rels = ElementTree.fromstring(rels_xml)
    target = next((r.get("Target") for r in rels if r.get("Id") == rid), None)
    if target is None:
        return None
    return target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)


def _percent_styles(package: zipfile.ZipFile | CheckedPackage) -> frozenset[int]:
    """Indexes of the cell styles whose number format shows a percentage (0.8 shown as 80%)."""
    if "xl/styles.xml" not in package.namelist():
        return frozenset()
    styles = package.read("xl/styles.xml")
    return _memo(_percent_styles_in, len(styles), styles)


@lru_cache(maxsize=16)
def _percent_styles_in(styles_xml: bytes) -> frozenset[int]:
    from defusedxml import ElementTree

    styles = ElementTree.fromstring(styles_xml)
    percent_formats = set(PERCENT_BUILTIN)
    for fmt in styles.iter():
        if fmt.tag.endswith("}numFmt") and "%" in _QUOTED.sub("", fmt.get("formatCode", "")):
            percent_formats.add(int(fmt.get("numFmtId", "-1")))
    xfs = next((e for e in styles if e.tag.endswith("}cellXfs")), None)
    if xfs is None:
        return frozenset()
    return frozenset(i for i, xf in enumerate(x for x in xfs if x.tag.endswith("}xf")) if int(xf.get("numFmtId", "0")) in percent_formats)


def _has_formula(xml: bytes) -> bool:
    """_FORMULA.search(xml), the unprefixed <f> looked for first: a scan several times faster, and a
    prefixed one is only where ":f" is."""
    return _PLAIN_FORMULA.search(xml) is not None or (b":f" in xml and _FORMULA.search(xml) is not None)


@dataclass(frozen=True)
class CellFacts:
    """What cell values alone cannot tell: which cells hold formulas, which show a percentage."""

    formulas: set[tuple[int, int]]  # (1-based row, 0-based column)
    percent: set[tuple[int, int]]


def _cell_facts(source: Path | CheckedPackage, sheet_name: str) -> CellFacts:
    """One pass over the sheet's XML (its size is already bounded by the safety checks). *source*: the
    file, or the package its safety check returned (then the parts it kept are not read again)."""
    formulas, percent = set(), set()
    with opened(source) as package:
        part = _sheet_part(package, sheet_name)
        if part is None or part not in package.namelist():
            return CellFacts(formulas, percent)
        percent_styles = _percent_styles(package)
        xml = package.read(part)  # kept by the safety scan, for a checked package
    if not _has_formula(xml):  # the usual case: only cells in a percent style matter, found directly
        if not percent_styles:
            return CellFacts(formulas, percent)
        styled = re.compile(rb'<(?:\w+:)?c\s[^>]*?\bs="(?:%s)"[^>]*>' % b"|".join(b"%d" % i for i in sorted(percent_styles)))
        for match in styled.finditer(xml):
            key = _cell_key(dict(_ATTR.findall(match.group(0))))
            if key is not None:
                percent.add(key)
        return CellFacts(formulas, percent)
    for match in _CELL.finditer(xml):
        attrs = dict(_ATTR.findall(match.group(1)))
        is_formula = match.group(2) is not None and _FORMULA.search(match.group(2)) is not None
        is_percent = attrs.get(b"s", b"").isdigit() and int(attrs[b"s"]) in percent_styles
        if not (is_formula or is_percent):
            continue
        key = _cell_key(attrs)
        if key is None:
            continue
        (formulas if is_formula else percent).add(key)
        if is_formula and is_percent:
            percent.add(key)
    return CellFacts(formulas, percent)


def read_workbook(path: Path, labels: dict[str, str], sheet: str | None = None, read_next: Sequence[Path] = ()) -> ReturnedWorkbook:
    """Everything an import needs from the file; raise WorkbookRejected when it cannot be used at all.
    *sheet*: the data sheet, when the officer named it (several sheets could be the report).
    *read_next*: the files likely to be read next (the rest of a batch), the first ones read ahead while
    this one is worked on.

    Read in the reader process (exchange.contained): no workbook can crash or abort the app.
    """
    then = tuple((read_workbook_here, (after, labels, sheet), file_stamp(after)) for after in read_next[:READERS])
    return read_contained(path.name, read_workbook_here, path, labels, sheet, stamp=file_stamp(path), then=then)


def file_stamp(path: Path) -> tuple | None:
    """What tells a file changed (replaced, rewritten): a file read ahead is read again when it did."""
    try:
        status = path.stat()
    except OSError:
        return None  # the read says what is wrong
    return status.st_ino, status.st_dev, status.st_size, status.st_mtime_ns, status.st_ctime_ns


def kept_part(name: str) -> bool:
    """The parts a read looks at again after the safety scan (the workbook's sheet list and its
    relationships, the styles, the shared strings, the sheets, when it was saved), kept from the scan,
    not unpacked again."""
    return name in _KEPT_PARTS or (name.startswith("xl/worksheets/") and name.endswith(".xml"))


_KEPT_PARTS = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml", "docProps/core.xml"}


def read_workbook_here(path: Path, labels: dict[str, str], sheet: str | None = None) -> ReturnedWorkbook:
    """read_workbook in this process: for the reader process, and tests of what it does."""
    with check_workbook_file(path, keep=kept_part) as package:
        return _read_checked(path, package, labels, sheet)


def _read_checked(path: Path, package: CheckedPackage, labels: dict[str, str], sheet: str | None) -> ReturnedWorkbook:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        names = book.sheet_names
        identity, problem = None, None
        if IDENTITY_SHEET in names:
            try:
                identity = decode_rows(book.get_sheet_by_name(IDENTITY_SHEET).to_python(skip_empty_area=False))
            except IdentityProblem as exc:
                problem = str(exc)
        else:
            problem = "missing"
        data_name, grid = choose_data_sheet(path, book, names, sheet)
    except WorkbookRejected:
        raise
    except Exception as exc:  # calamine's parse errors: one plain sentence
        raise WorkbookRejected(
            QT_TRANSLATE_NOOP("UserError", "The file {name} is not an Excel workbook (.xlsx), or it is damaged or incomplete."),
            name=path.name,
        ) from exc
    result = ReturnedWorkbook(identity, problem, sheet=data_name or "", saved_at=saved_at(package))
    if has_macros(package):
        result.warnings.append(Problem(QT_TRANSLATE_NOOP("UserError", "The file contains macros; they were not run, and are not kept."), {}))
    texts = _read_rows(path, data_name, grid, labels, result, package)  # checked here, not sent back: the parent needs only the finding
    taken = {row.row for row in result.rows}
    result.legacy, unchecked = find_legacy(package, data_name or "", [t for t in texts if t.row in taken], stored_text, _sheet_part)
    if unchecked:
        result.warnings.append(Problem(QT_TRANSLATE_NOOP("UserError", "The file is too large to check all its text for old Vietnamese encodings: {count} text cells were not checked."), {"count": unchecked}))
    return result


def _header_row(grid: list[list]) -> int | None:
    """The index of the header row (the one with the "Mã nhiệm vụ" cell) within the first 40 rows."""
    anchor = HEADER_ANCHOR.casefold()
    return next((r for r, row in enumerate(grid[:40]) if any(_line(v).casefold() == anchor for v in row)), None)


class SheetChoice(WorkbookRejected):
    """Several sheets of the workbook could be the report and hold different values: which one is
    for the officer to say (``sheets``: their names, in the workbook's order)."""

    def __init__(self, name: str, sheets: list[str]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The file {name} holds several sheets that could be the report, with different values ({sheets}); nothing was taken: say which sheet is the report.",
            ),
            name=name,
            sheets=", ".join(f'"{s}"' for s in sheets),
        )
        self.file_name, self.sheets = name, list(sheets)

    def __reduce__(self):  # rebuilt as it was when it crosses a process boundary
        return (SheetChoice, (self.file_name, self.sheets))


def _report_rows(grid: list[list], whole: bool = True) -> list[list] | None:
    """What makes a sheet a report: its header row, then the rows with a task code under the
    "Mã nhiệm vụ" header (None: the sheet has no such row, it cannot be the report). Not *whole*:
    the header and the first such row alone, which tell whether the sheet is a report."""
    header = _header_row(grid)
    if header is None:
        return None
    anchor = HEADER_ANCHOR.casefold()
    column = next(i for i, v in enumerate(grid[header]) if _line(v).casefold() == anchor)
    rows = (row for row in islice(grid, header + 1, None) if column < len(row) and TASK_CODE.match(_line(row[column])))
    body = list(rows) if whole else list(islice(rows, 1))
    return [grid[header], *body] if body else None


def _report_content(rows: list[list]) -> list[list]:
    """A report's rows (_report_rows) as text, each without its trailing blank cells: what two sheets
    must share to be the same report."""
    trimmed = lambda row: [_text(v) for v in row][: max((i + 1 for i, v in enumerate(row) if v not in (None, "")), default=0)]  # noqa: E731
    return [trimmed(row) for row in rows]


def choose_data_sheet(path: Path, book, names: list[str], sheet: str | None = None) -> tuple[str | None, list[list]]:
    """The sheet that is the report, and its cells. *sheet*, when named, is taken as it is. Otherwise
    the one sheet with a header row and task codes, whatever its name (renamed by the officer);
    several holding the same values are one report (the usual sheet, or the first, is read); several
    with different values are refused naming them (SheetChoice). A workbook with no such sheet is
    read from the usual sheet, or the first, to say what is wrong with it."""
    grid = lambda name: book.get_sheet_by_name(name).to_python(skip_empty_area=False)  # noqa: E731
    if sheet is not None:
        if sheet not in names or sheet == IDENTITY_SHEET:
            raise WorkbookRejected(
                QT_TRANSLATE_NOOP("UserError", 'The file {name} has no sheet named "{sheet}"; its sheets are {sheets}.'),
                name=path.name, sheet=sheet, sheets=", ".join(f'"{n}"' for n in names if n != IDENTITY_SHEET),
            )
        return sheet, grid(sheet)
    grids = {name: grid(name) for name in names if name != IDENTITY_SHEET}
    reports = [name for name, cells in grids.items() if _report_rows(cells, whole=False) is not None]
    if len(reports) > 1:  # all their rows read and compared as text only then: the usual workbook has one report sheet
        contents = [_report_content(_report_rows(grids[name])) for name in reports]
        if any(content != contents[0] for content in contents):
            raise SheetChoice(path.name, reports)
    candidates = reports or list(grids)
    chosen = DATA_SHEET if DATA_SHEET in candidates else next(iter(candidates), None)
    return chosen, grids.get(chosen, []) if chosen else []


CORE_PART = "docProps/core.xml"
_MODIFIED = re.compile(rb"<(?:\w+:)?modified\b[^>]*>([^<]{1,64})</(?:\w+:)?modified>")


def saved_at(source: Path | CheckedPackage) -> str:
    """When the workbook says it was last saved (docProps/core.xml, dcterms:modified, which Excel,
    LibreOffice and WPS write), as ISO time in UTC without a zone; "" when it does not say, or not
    readably. Read after the safety checks: the part is bounded."""
    try:
        with opened(source) as package:
            if CORE_PART not in package.namelist():
                return ""
            found = _MODIFIED.search(package.read(CORE_PART))
        if found is None:
            return ""
        moment = datetime.fromisoformat(found.group(1).decode("ascii").strip())
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError, ValueError):
        return ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment.isoformat()


def stored_text(raw) -> str:
    """A text cell's value as it is stored: cleaned spaces, NFC, no control characters."""
    return clean_cell_text(_text(raw))[0]


def _read_rows(
    path: Path, sheet: str | None, grid: list[list], labels: dict[str, str], result: ReturnedWorkbook, package: CheckedPackage | None = None,
) -> list[TextCell]:
    """The rows, errors and warnings into *result*; the text cells read that are not empty (for the legacy check) returned."""
    header = _header_row(grid)
    if header is None:
        raise WorkbookRejected(
            QT_TRANSLATE_NOOP("UserError", 'The file {name} has no header row with a "{anchor}" cell; it is not a reporting workbook.'),
            name=path.name,
            anchor=HEADER_ANCHOR,
        )
    positions = {_line(v).casefold(): i for i, v in enumerate(grid[header])}
    columns = {c.header: positions.get(c.header.casefold()) for c in COLUMNS}
    missing = [c.header for c in INPUTS if columns[c.header] is None]
    if missing:
        raise WorkbookRejected(
            QT_TRANSLATE_NOOP("UserError", "The file {name} lacks the columns {columns}."),
            name=path.name,
            columns=", ".join(f'"{m}"' for m in missing),
        )
    facts = _cell_facts(package or path, sheet) if sheet else CellFacts(set(), set())
    statuses = status_lookup(labels)
    code_column = columns[HEADER_ANCHOR]
    code_label = f"{_letter(code_column)} ({HEADER_ANCHOR})"
    # each input column's field, index and name, worked out once, not per cell
    inputs = [(c.field, columns[c.header], f"{_letter(columns[c.header])} ({c.header})") for c in INPUTS]
    input_indexes = [index for _field, index, _label in inputs]
    sheet_name = sheet or ""
    formulas, percent_cells = facts.formulas, facts.percent
    texts: list[TextCell] = []
    # what a text or status cell's text reads as, by the text (str only: 1, 1.0 and True are equal keys)
    cleaned_texts: dict[str, tuple[str, bool, bool]] = {}
    known_statuses: dict[str, str] = {}
    for r in range(header + 1, len(grid)):
        row = grid[r]
        width = len(row)
        number = r + 1
        code = _line(row[code_column]) if code_column < width else ""
        if not code and all(i >= width or row[i] in (None, "") for i in input_indexes):
            continue  # blank row
        if not TASK_CODE.match(code):
            result.errors.append(
                Problem(
                    QT_TRANSLATE_NOOP("UserError", 'Row {row}: "{code}" is not a task code.'), {"row": number, "code": code},
                    column=code_label, sheet=sheet_name, row=number,
                )
            )
            continue
        values: dict[str, object] = {}
        row_ok = True
        for field_name, index, label in inputs:
            raw = row[index] if index < width else None
            if formulas and (number, index) in formulas:
                result.errors.append(
                    Problem(
                        QT_TRANSLATE_NOOP("UserError", "Task {code}: the cell holds a formula; type the value itself."), {"code": code},
                        sheet=sheet_name, row=number, column=label,
                    )
                )
                row_ok = False
                continue
            try:
                if field_name == "status":
                    status = known_statuses.get(raw) if type(raw) is str else None
                    if status is None:  # a status not met before in this sheet (there are four)
                        status = parse_status(raw, statuses)
                        if type(raw) is str and status is not None:
                            known_statuses[raw] = status
                    values["status"] = status
                elif field_name == "percent":
                    values["percent"] = parse_percent(raw, bool(percent_cells) and (number, index) in percent_cells)
                elif field_name == "budget":
                    values["budget"] = parse_budget(raw)
                elif raw is None or raw == "":
                    values[field_name] = ""  # what the cleaning below makes of an empty cell, without it
                else:
                    cleaned = cleaned_texts.get(raw) if type(raw) is str else None
                    if cleaned is None:  # a text not met before in this sheet (a column often repeats one)
                        text, notes = clean_cell_text(_text(raw))
                        cleaned = (text, "long" in notes or len(text) > MAX_TEXT, "control" in notes)
                        if type(raw) is str:
                            cleaned_texts[raw] = cleaned
                    text, too_long, control = cleaned
                    if too_long:
                        raise OverflowError
                    if control:
                        result.warnings.append(
                            Problem(
                                QT_TRANSLATE_NOOP("UserError", "Task {code}: invisible control characters were removed from the text."), {"code": code},
                                sheet=sheet_name, row=number, column=label,
                            )
                        )
                    values[field_name] = text
                    texts.append(TextCell(code, number, index, label, field_name, text))
            except LookupError as exc:
                result.errors.append(
                    Problem(
                        QT_TRANSLATE_NOOP("UserError", 'Task {code}: "{value}" is not a status in the list.'), {"code": code, "value": exc.args[0]},
                        sheet=sheet_name, row=number, column=label,
                    )
                )
                row_ok = False
            except OverflowError:
                result.errors.append(
                    Problem(
                        QT_TRANSLATE_NOOP("UserError", "Task {code}: the text is longer than {limit} characters."), {"code": code, "limit": MAX_TEXT},
                        sheet=sheet_name, row=number, column=label,
                    )
                )
                row_ok = False
            except ValueError:
                message = (
                    QT_TRANSLATE_NOOP("UserError", 'Task {code}: progress must be a whole number from 0 to 100, not "{value}".')
                    if field_name == "percent"
                    else QT_TRANSLATE_NOOP("UserError", 'Task {code}: the budget must be a number of million VND, zero or more, not "{value}".')
                )
                result.errors.append(Problem(message, {"code": code, "value": _text(raw)}, sheet=sheet_name, row=number, column=label))
                row_ok = False
        if row_ok:
            result.rows.append(ReturnedRow(code, number, values, code_label))
    return texts
