"""One agency's reports of one period by an index of (agency, period): an import reads and writes them
per workbook, and the period's index alone made SQLite walk the whole period (issue 16). It takes the
place of the index on the agency alone, which it serves as well.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("progress_report", schema=None) as batch_op:
        batch_op.drop_index("ix_progress_report_agency_id")
        batch_op.create_index("ix_progress_report_agency_period", ["agency_id", "period_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("progress_report", schema=None) as batch_op:
        batch_op.drop_index("ix_progress_report_agency_period")
        batch_op.create_index("ix_progress_report_agency_id", ["agency_id"], unique=False)
