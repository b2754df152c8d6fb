"""rollup deltas

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06

Two agents never wait on one rollup row (issue 17): on PostgreSQL the case rollups' statement triggers append
each change's grouped contribution to ``report_case_day_deltas`` / ``report_owner_day_deltas`` instead of
updating the day's row in place (an upsert held the row until commit, so every write on one owner's cases of a
day queued behind the others, and took part in deadlocks). The reports fold the deltas in when they read
(:func:`app.store.rollups.fold`). SQLite (one writer) keeps updating in place; its delta tables stay empty.
Only the trigger functions change: the triggers call them by name.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.store import rollups

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _counters(names: list[str]) -> list[sa.Column]:
    return [
        sa.Column(n, rollups.SECONDS_TYPE if n.endswith("_secs") else sa.BigInteger(), nullable=False)
        for n in names
    ]


def upgrade() -> None:
    op.create_table(
        "report_case_day_deltas",
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("channel", sa.String(length=24), nullable=False),
        *_counters(rollups.CASE_COUNTERS),
    )
    op.create_table(
        "report_owner_day_deltas",
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        *_counters(rollups.OWNER_COUNTERS),
    )
    if op.get_bind().dialect.name == "postgresql":
        for ddl in rollups.delta_function_ddl(deltas=True):
            op.execute(ddl)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        rollups.fold(conn)
        for ddl in rollups.delta_function_ddl(deltas=False):
            op.execute(ddl)
    op.drop_table("report_owner_day_deltas")
    op.drop_table("report_case_day_deltas")
