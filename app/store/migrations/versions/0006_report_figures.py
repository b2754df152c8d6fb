"""report figures on the case

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24

The supervisors' reports (``app/services/reports.py``) read what they need from ``cases`` alone, never the
events' JSON (issue 8: the savings alone took 9.7 s of JSON parsing at 1,000,000 cases on PostgreSQL):

* ``proposed``, ``keep_credit_offered``: a ``proposal`` event was recorded on the case, and one listed
  keep-and-credit;
* ``choice_remedy``, ``remedy_cost_minor``, ``replacement_cost_minor``, ``saving_minor``: the case's latest
  ``remedy_chosen`` event (its remedy; cost, replacement cost and saving in minor units).

From now on they are written with the events (``app/services/remedies.py``); here they are filled from the
events already recorded, with the very expressions the reports used on them (so every figure stays the same).

``ix_cases_report`` starts with ``created_at`` and holds every column a report reads, so a period's cases
are one range scan of the index, never of the table.

Plain ``add_column`` and ``create_index`` only: on SQLite a batch operation would recreate ``cases`` and drop
the search triggers of 0001.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.domain.money import currency_exponent

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

FIGURES = (
    "proposed",
    "keep_credit_offered",
    "choice_remedy",
    "remedy_cost_minor",
    "replacement_cost_minor",
    "saving_minor",
)
REPORT_INDEX = [
    "created_at",
    "owner_id",
    "kind",
    "channel",
    "status",
    "remedy",
    "first_answer_due",
    "first_answered_at",
    "resolution_due",
    "resolved_at",
    "closed_at",
    "proposed",
    "keep_credit_offered",
    "choice_remedy",
    "saving_minor",
    "replacement_cost_minor",
    "remedy_cost_minor",
]


def upgrade() -> None:
    op.add_column("cases", sa.Column("proposed", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column(
        "cases", sa.Column("keep_credit_offered", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.add_column("cases", sa.Column("choice_remedy", sa.String(length=32), nullable=True))
    op.add_column("cases", sa.Column("remedy_cost_minor", sa.BigInteger(), nullable=True))
    op.add_column("cases", sa.Column("replacement_cost_minor", sa.BigInteger(), nullable=True))
    op.add_column("cases", sa.Column("saving_minor", sa.BigInteger(), nullable=True))
    backfill(op.get_bind())
    op.create_index("ix_cases_report", "cases", REPORT_INDEX, unique=False)


def backfill(conn: sa.Connection) -> None:
    """The figures of the events already on the timelines (the reports' former definitions, in SQL)."""
    currency = (
        conn.execute(sa.text("SELECT value FROM settings WHERE key = 'shop.currency'")).scalar() or "EUR"
    )
    try:
        scale = 10 ** currency_exponent(str(currency).strip())
    except Exception:  # noqa: BLE001 - an unknown code: the usual two decimals
        scale = 100
    # keep-and-credit offered: the proposal's JSON lists it (the LIKE the reports used)
    conn.execute(
        sa.text("""
        UPDATE cases SET proposed = true,
               keep_credit_offered = EXISTS (
                   SELECT 1 FROM case_events e WHERE e.type = 'proposal' AND e.case_id = cases.id
                      AND CAST(e.data AS TEXT) LIKE '%"keep_and_credit"%')
         WHERE EXISTS (SELECT 1 FROM case_events e WHERE e.type = 'proposal' AND e.case_id = cases.id)
    """)
    )
    if conn.dialect.name == "postgresql":

        def minor(key: str) -> str:
            return f"CAST(round(CAST(e.data ->> '{key}' AS NUMERIC) * {scale}) AS BIGINT)"

        conn.execute(
            sa.text(f"""
            UPDATE cases SET choice_remedy = e.data ->> 'remedy', remedy_cost_minor = {minor("cost")},
                   replacement_cost_minor = {minor("replacement_cost")}, saving_minor = {minor("saving")}
              FROM (SELECT max(id) AS id FROM case_events WHERE type = 'remedy_chosen' GROUP BY case_id) latest
              JOIN case_events e ON e.id = latest.id
             WHERE cases.id = e.case_id
        """)
        )
    else:

        def minor(key: str) -> str:  # type: ignore[misc]
            return f"CAST(round(CAST(json_extract(e.data, '$.{key}') AS NUMERIC) * {scale}) AS BIGINT)"

        conn.execute(
            sa.text(f"""
            UPDATE cases SET (choice_remedy, remedy_cost_minor, replacement_cost_minor, saving_minor) = (
                   SELECT json_extract(e.data, '$.remedy'), {minor("cost")}, {minor("replacement_cost")},
                          {minor("saving")}
                     FROM case_events e
                    WHERE e.id = (SELECT max(id) FROM case_events l
                                   WHERE l.type = 'remedy_chosen' AND l.case_id = cases.id))
             WHERE EXISTS (SELECT 1 FROM case_events l WHERE l.type = 'remedy_chosen' AND l.case_id = cases.id)
        """)
        )


def downgrade() -> None:
    op.drop_index("ix_cases_report", table_name="cases")
    for column in reversed(FIGURES):
        op.drop_column("cases", column)
