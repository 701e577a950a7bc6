"""ORM tables. Keys are surrogate ids; codes are unique but renamable data, and nothing keys on a name."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    event,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    Index,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..domain.plan import PLAN_ADOPTED_ON

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class AppMeta(Base):
    """Facts about this database file: its installation id, the plan revision it was created from."""

    __tablename__ = "app_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncStateRow(Base):
    """What this installation last exchanged with the other end (the province template adopted, an
    agency's workbook last brought in): JSON under a key, written through the change log so an
    adoption or an import is undone with it."""

    __tablename__ = "sync_state"
    __table_args__ = (UniqueConstraint("key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(128))
    value: Mapped[str] = mapped_column(Text)


class PlanRow(Base):
    __tablename__ = "plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    revision: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text)
    short_title: Mapped[str] = mapped_column(Text)
    basis: Mapped[str] = mapped_column(Text)
    attachment_note: Mapped[str | None] = mapped_column(Text)


class GroupRow(Base):
    __tablename__ = "task_group"
    __table_args__ = (UniqueConstraint("plan_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    tasks: Mapped[list[TaskRow]] = relationship(back_populates="group", order_by="TaskRow.position")


class TaskRow(Base):
    __tablename__ = "task"
    __table_args__ = (UniqueConstraint("code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("task_group.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer)
    deadline: Mapped[str] = mapped_column(String(64))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    group: Mapped[GroupRow] = relationship(back_populates="tasks")
    activities: Mapped[list[ActivityRow]] = relationship(order_by="ActivityRow.position", cascade="all, delete-orphan")
    assignments: Mapped[list[AssignmentRow]] = relationship(
        order_by="AssignmentRow.position", cascade="all, delete-orphan"
    )


class ActivityRow(Base):
    __tablename__ = "activity"
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class AgencyRow(Base):
    __tablename__ = "agency"
    __table_args__ = (UniqueConstraint("code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # The day the agency stopped existing (merged, split, abolished); its successors are in agency_succession.
    ended_on: Mapped[date | None] = mapped_column(Date)


class AgencyAliasRow(Base):
    """Other spellings of an agency's name, so imported text resolves to the right agency."""

    __tablename__ = "agency_alias"
    __table_args__ = (UniqueConstraint("agency_id", "alias"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(Text)


class AgencyNameRow(Base):
    """A name an agency carried from a date on: old reports show the name valid when they were filed."""

    __tablename__ = "agency_name"
    id: Mapped[int] = mapped_column(primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    valid_from: Mapped[date] = mapped_column(Date)


class AgencySuccessionRow(Base):
    """A merge or split: from *effective_on*, expectations of *predecessor* move to *successor*."""

    __tablename__ = "agency_succession"
    __table_args__ = (UniqueConstraint("predecessor_id", "successor_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    predecessor_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="CASCADE"), index=True)
    successor_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="CASCADE"), index=True)
    effective_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class MembershipRow(Base):
    """A concrete agency belonging to a collective."""

    __tablename__ = "collective_member"
    __table_args__ = (UniqueConstraint("collective_id", "member_id", "valid_from"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    collective_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="CASCADE"), index=True)
    valid_from: Mapped[date] = mapped_column(Date, default=PLAN_ADOPTED_ON)
    valid_until: Mapped[date | None] = mapped_column(Date)  # exclusive: the day it stopped


class AssignmentRow(Base):
    __tablename__ = "assignment"
    __table_args__ = (
        UniqueConstraint("task_id", "agency_id", "role", "valid_from"),
        CheckConstraint("role IN ('lead', 'coordinating')", name="role"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="RESTRICT"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # An agency change (merge, split, end) closes an assignment and opens its successor's:
    # reports filed before stay with the old agency, expectations after move on.
    valid_from: Mapped[date] = mapped_column(Date, default=PLAN_ADOPTED_ON)
    valid_until: Mapped[date | None] = mapped_column(Date)  # exclusive: the day it stopped
    agency: Mapped[AgencyRow] = relationship()


class StatusRow(Base):
    __tablename__ = "status"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    label: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    done: Mapped[bool] = mapped_column(default=False)


class PeriodRow(Base):
    __tablename__ = "reporting_period"
    __table_args__ = (UniqueConstraint("code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    # Data cut-off: facts after this day belong to the next period (defaults to the period's end).
    cutoff_on: Mapped[date | None] = mapped_column(Date)


class ReportRow(Base):
    """One agency's progress on one task in one period."""

    __tablename__ = "progress_report"
    __table_args__ = (
        UniqueConstraint("task_id", "agency_id", "period_id"),
        # covers a period's statuses and percents per task (plain_reads.task_progress on a period switch)
        Index("ix_progress_report_period_progress", "period_id", "task_id", "status", "percent"),
        # one agency's reports of one period (an imported workbook's): also serves the agency alone
        Index("ix_progress_report_agency_period", "agency_id", "period_id"),
        CheckConstraint("percent IS NULL OR (percent BETWEEN 0 AND 100)", name="percent"),
        CheckConstraint("budget IS NULL OR budget >= 0", name="budget"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="RESTRICT"), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="RESTRICT"))
    period_id: Mapped[int] = mapped_column(ForeignKey("reporting_period.id", ondelete="RESTRICT"), index=True)
    status: Mapped[str | None] = mapped_column(ForeignKey("status.code", ondelete="RESTRICT", onupdate="CASCADE"))
    percent: Mapped[int | None] = mapped_column(Integer)
    results: Mapped[str] = mapped_column(Text, default="")
    difficulties: Mapped[str] = mapped_column(Text, default="")
    proposals: Mapped[str] = mapped_column(Text, default="")
    budget: Mapped[float | None] = mapped_column(Float)  # million VND
    evidence: Mapped[str] = mapped_column(Text, default="")
    reporter: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime | None] = mapped_column(DateTime)  # when the report first reached this database
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    revision: Mapped[int] = mapped_column(Integer, default=1)


class ChangeRow(Base):
    """Append-only log of every write (triggers refuse updates and deletes)."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch: Mapped[int] = mapped_column(Integer, index=True)  # one user action
    at: Mapped[datetime] = mapped_column(DateTime)
    installation: Mapped[str] = mapped_column(String(64))
    actor: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text)  # "app", "import:<file>", "undo:<batch>", "seed", …
    entity: Mapped[str] = mapped_column(String(32))  # table name
    entity_id: Mapped[int] = mapped_column(Integer)
    entity_key: Mapped[str] = mapped_column(Text)  # readable key, e.g. "1.2/STNMT/2024"
    field: Mapped[str] = mapped_column(String(64))  # column, or "*" for a created/deleted row
    old: Mapped[str | None] = mapped_column(Text)  # JSON
    new: Mapped[str | None] = mapped_column(Text)  # JSON
    undoes: Mapped[int | None] = mapped_column(Integer)  # the batch this one reverses


REPORT_FIELDS = ("status", "percent", "results", "difficulties", "proposals", "budget", "evidence")


# The change log is append-only: history that can be edited is no history.
APPEND_ONLY_TRIGGERS = (
    "CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log "
    "BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END",
    "CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log "
    "BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END",
)


def _add_triggers(target, connection, **kw) -> None:
    for statement in APPEND_ONLY_TRIGGERS:
        connection.exec_driver_sql(statement)


event.listen(ChangeRow.__table__, "after_create", _add_triggers)


class ReceiptRow(Base):
    """A returned workbook as received: what it was, whose, and what became of its rows."""

    __tablename__ = "receipt"
    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id", ondelete="RESTRICT"), index=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("reporting_period.id", ondelete="RESTRICT"), index=True)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    applied: Mapped[int] = mapped_column(Integer, default=0)  # rows whose values were written
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[str] = mapped_column(Text, default="[]")  # JSON: [{task, field, ours, theirs, kept}]
    superseded_by: Mapped[int | None] = mapped_column(ForeignKey("receipt.id", ondelete="SET NULL"))


class IssuedReportRow(Base):
    """A PDF report as generated: its verification code and a snapshot of exactly what it showed."""

    __tablename__ = "issued_report"
    __table_args__ = (UniqueConstraint("code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))  # "agency" or "province"
    agency: Mapped[str | None] = mapped_column(String(32))
    period: Mapped[str] = mapped_column(String(16))
    issued_on: Mapped[date] = mapped_column(Date)
    digest: Mapped[str] = mapped_column(String(64))
    snapshot: Mapped[str] = mapped_column(Text)  # JSON
