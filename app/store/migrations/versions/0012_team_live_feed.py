"""team live feed

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06

A team on one database (issue 17): the change feed's log and triggers (:mod:`app.store.live_triggers`), who has
which case open (``case_presence``), what each user was notified of (``notifications``, unique per user and key)
and the kinds each user muted (``notify_mutes``). See :mod:`app.store.models.team`.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store import live_triggers

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("actor_id", sa.Integer(), nullable=True),
    )
    op.create_table(
        "case_presence",
        sa.Column("case_id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(), primary_key=True),
        sa.Column("typing", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("read_at", sa.DateTime(), nullable=True),
        sa.UniqueConstraint("user_id", "key", name="uq_notifications_user_id"),
    )
    op.create_index("ix_notifications_user_id_id", "notifications", ["user_id", "id"])
    op.create_table(
        "notify_mutes",
        sa.Column("user_id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(length=24), primary_key=True),
    )
    for statement in live_triggers.trigger_ddl(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in live_triggers.drop_trigger_ddl(op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_table("notify_mutes")
    op.drop_index("ix_notifications_user_id_id", table_name="notifications")
    op.drop_table("notifications")
    op.drop_table("case_presence")
    op.drop_table("change_log")
