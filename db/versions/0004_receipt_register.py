"""The receipt register: every returned workbook applied, with its digest and outcome.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "receipt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("applied", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("rejected", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Text(), nullable=False),
        sa.Column("superseded_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], name=op.f("fk_receipt_agency_id_agency"), ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(
            ["period_id"], ["reporting_period.id"], name=op.f("fk_receipt_period_id_reporting_period"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(["superseded_by"], ["receipt.id"], name=op.f("fk_receipt_superseded_by_receipt"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt")),
    )
    for column in ("sha256", "agency_id", "period_id"):
        op.create_index(op.f(f"ix_receipt_{column}"), "receipt", [column], unique=False)


def downgrade() -> None:
    op.drop_table("receipt")
