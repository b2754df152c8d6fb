"""ledger guards

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06

What the database itself refuses, beyond migration 0002's row triggers:

- ``TRUNCATE`` of the append-only tables (``credit_grants``, ``credit_entries``, ``audit_log``, ``audit_head``,
  ``case_events``) by a statement-level trigger on PostgreSQL — row triggers never fire on TRUNCATE, and the
  trigger holds for the tables' owner too. SQLite has no TRUNCATE: its "truncate optimisation" of a
  ``DELETE`` without ``WHERE`` is skipped when a table has a DELETE trigger, which 0002 put on the ledger.
- ``installation_keys``: secrets made at random when the database is created, never shown: ``login_names``
  keys the hash under which a user name that matches no account is written to the audit log (it may be a
  password typed into the wrong field).
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

NO_TRUNCATE = ("credit_grants", "credit_entries", "audit_log", "audit_head", "case_events")


def upgrade() -> None:
    op.create_table(
        "installation_keys",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("value", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_installation_keys")),
    )
    op.bulk_insert(
        sa.table("installation_keys", sa.column("name"), sa.column("value")),
        [{"name": "login_names", "value": secrets.token_hex(32)}],
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """
        CREATE FUNCTION rimedio_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '% is append-only: TRUNCATE is refused', TG_TABLE_NAME;
        END $$
        """
    )
    for table in NO_TRUNCATE:
        op.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION rimedio_no_truncate()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in NO_TRUNCATE:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        op.execute("DROP FUNCTION IF EXISTS rimedio_no_truncate()")
    op.drop_table("installation_keys")
