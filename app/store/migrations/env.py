"""Alembic environment: always run from Rimedio itself (``app.store.migrate``) with a live connection."""

from __future__ import annotations

from alembic import context

import app.store.models  # noqa: F401  - registers every table
from app.store.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable through the alembic CLI
    raise SystemExit("Run migrations through `rimedio init`, not the alembic command.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
