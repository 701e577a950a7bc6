"""Progress reports: the values an agency reports on a task for a period, and their rules."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import datetime

from .errors import QT_TRANSLATE_NOOP, UserError
from .text import nfc

#: openpyxl/Excel cannot hold more in one cell; we refuse rather than cut.
MAX_TEXT = 32_767

#: How the province's documents (PDF, summary workbook) name a report that came in without a status:
#: a state of its own, never counted as the first status on the list ("Chưa thực hiện").
NO_STATUS_TEXT = "Chưa ghi tình trạng"
#: Beside the status codes, the keys of a count of expected reports by status (storage.completeness.status_by_group).
RECEIVED_WITHOUT_STATUS = None  # received without a status
NOT_RECEIVED = "missing"  # expected, not come in


@dataclass(frozen=True)
class ReportValues:
    """What an agency reports (all optional: a report may be half done)."""

    status: str | None = None  # a status code from the status list
    percent: int | None = None  # 0–100
    results: str = ""
    difficulties: str = ""
    proposals: str = ""
    budget: float | None = None  # million VND
    evidence: str = ""

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def normalised(self) -> "ReportValues":
        """Text NFC without blanks around it (the values themselves when they already are)."""
        changed = {n: w for n in _VALUE_FIELDS if isinstance(v := getattr(self, n), str) and (w := nfc(v).strip()) != v}
        return replace(self, **changed) if changed else self

    def as_dict(self) -> dict[str, object]:
        return {n: getattr(self, n) for n in self.field_names()}

    def __reduce__(self):  # pickled as its values alone: a workbook read in the reader process sends hundreds
        return (ReportValues, tuple(getattr(self, n) for n in _VALUE_FIELDS))


_VALUE_FIELDS = ReportValues.field_names()


@dataclass(frozen=True)
class ProgressReport:
    task: str
    agency: str
    period: str
    values: ReportValues
    reporter: str
    received_at: datetime | None
    updated_at: datetime
    revision: int


def check_report_values(values: ReportValues, status_codes: set[str]) -> None:
    """Raise a UserError naming the first value that breaks a rule."""
    if values.status is not None and values.status not in status_codes:
        raise UserError(QT_TRANSLATE_NOOP("UserError", 'The status "{status}" is not in the status list.'), status=values.status)
    if values.percent is not None and (
        isinstance(values.percent, bool) or not isinstance(values.percent, int) or not 0 <= values.percent <= 100
    ):
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Progress must be a whole number from 0 to 100, not {value}."),
            value=values.percent,
        )
    if values.budget is not None and (isinstance(values.budget, bool) or not values.budget >= 0):
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The budget must be a number of million VND, zero or more, not {value}."),
            value=values.budget,
        )
    for name in ("results", "difficulties", "proposals", "evidence"):
        if len(getattr(values, name)) > MAX_TEXT:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "A text is longer than {limit} characters and cannot be stored whole."),
                limit=MAX_TEXT,
            )


@dataclass(frozen=True)
class TaskProgress:
    """A task's consolidated state for a period, from the reports of the agencies assigned to it."""

    status: str | None  # a status code, None when nobody has reported
    percent: int | None
    received: int
    expected: int


def consolidate(reports: list[ReportValues], expected: int, done_codes: set[str]) -> TaskProgress:
    """One status for a task: behind if anyone is behind; done only when every expected report is done;
    in progress once anyone has started or finished; otherwise not started. Percent: the mean reported."""
    statuses: dict[str, int] = {}
    percents = [r.percent for r in reports if r.percent is not None]
    for r in reports:
        if r.status:
            statuses[r.status] = statuses.get(r.status, 0) + 1
    return consolidate_counted(statuses, sum(percents), len(percents), len(reports), expected, done_codes)


def consolidate_counted(
    statuses: dict[str, int], percent_total: int, percent_count: int, received: int, expected: int, done_codes: set[str]
) -> TaskProgress:
    """consolidate's rule on counts (what a database can add up): how many reports gave each status,
    in the order the statuses were first reported, and the reported percents' total and number."""
    if not statuses:
        status = None
    elif "behind" in statuses:
        status = "behind"
    elif sum(statuses.values()) >= expected and all(s in done_codes for s in statuses):
        status = next(s for s in statuses if s in done_codes)
    elif any(s in done_codes or s == "in_progress" for s in statuses):
        status = "in_progress"
    else:
        status = next(iter(statuses))
    percent = round(percent_total / percent_count) if percent_count else None
    return TaskProgress(status, percent, received, expected)
