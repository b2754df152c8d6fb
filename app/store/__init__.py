"""Storage: SQLAlchemy models, engines for SQLite and PostgreSQL, Alembic migrations.

Only ``app.services`` talks to this package; the CLI and the desktop client never import it.
"""
