"""A covering index for a period's progress: the plan tree's statuses on a period switch are added up
by SQLite from (period, task, status, percent) alone, without reading the report rows (issue 16).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("progress_report", schema=None) as batch_op:
        batch_op.create_index("ix_progress_report_period_progress", ["period_id", "task_id", "status", "percent"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("progress_report", schema=None) as batch_op:
        batch_op.drop_index("ix_progress_report_period_progress")
