"""Reporting periods get a data cut-off date; the change log becomes append-only.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from alembic import op
import sqlalchemy as sa


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Written out here, not imported: a migration must not change when the app's code does.
APPEND_ONLY_TRIGGERS = (
    "CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log "
    "BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END",
    "CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log "
    "BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END",
)


def upgrade() -> None:
    with op.batch_alter_table("reporting_period") as batch:
        batch.add_column(sa.Column("cutoff_on", sa.Date(), nullable=True))
    op.execute("UPDATE reporting_period SET cutoff_on = ends_on")
    for statement in APPEND_ONLY_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS change_log_no_update")
    op.execute("DROP TRIGGER IF EXISTS change_log_no_delete")
    with op.batch_alter_table("reporting_period") as batch:
        batch.drop_column("cutoff_on")
