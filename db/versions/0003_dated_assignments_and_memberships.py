"""Assignments and collective memberships carry the dates they held, for agency changes.

A merge, split or end of an agency closes its assignments on the effective day and opens
its successors', so earlier periods keep expecting (and showing) the old agency.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

PLAN_ADOPTED_ON = "2023-01-01"


def upgrade() -> None:
    with op.batch_alter_table("assignment") as batch:
        batch.add_column(sa.Column("valid_from", sa.Date(), nullable=False, server_default=PLAN_ADOPTED_ON))
        batch.add_column(sa.Column("valid_until", sa.Date(), nullable=True))
        batch.drop_constraint("uq_assignment_task_id", type_="unique")
        batch.create_unique_constraint("uq_assignment_task_id", ["task_id", "agency_id", "role", "valid_from"])
    with op.batch_alter_table("collective_member") as batch:
        batch.add_column(sa.Column("valid_from", sa.Date(), nullable=False, server_default=PLAN_ADOPTED_ON))
        batch.add_column(sa.Column("valid_until", sa.Date(), nullable=True))
        batch.drop_constraint("uq_collective_member_collective_id", type_="unique")
        batch.create_unique_constraint(
            "uq_collective_member_collective_id", ["collective_id", "member_id", "valid_from"]
        )
    # the server defaults only served the existing rows; the app always writes the date
    with op.batch_alter_table("assignment") as batch:
        batch.alter_column("valid_from", server_default=None)
    with op.batch_alter_table("collective_member") as batch:
        batch.alter_column("valid_from", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("collective_member") as batch:
        batch.drop_constraint("uq_collective_member_collective_id", type_="unique")
        batch.create_unique_constraint("uq_collective_member_collective_id", ["collective_id", "member_id"])
        batch.drop_column("valid_until")
        batch.drop_column("valid_from")
    with op.batch_alter_table("assignment") as batch:
        batch.drop_constraint("uq_assignment_task_id", type_="unique")
        batch.create_unique_constraint("uq_assignment_task_id", ["task_id", "agency_id", "role"])
        batch.drop_column("valid_until")
        batch.drop_column("valid_from")
