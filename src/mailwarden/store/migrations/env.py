"""Alembic environment: runs inside `Store.open` on the store's own connection (no alembic.ini needed).

To write a new migration: `python -m mailwarden.store.migrate revision "what changed"` (autogenerate
against the models in store/schema.py), then read and fix the generated file.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from mailwarden.store.schema import Base

config = context.config


def _run(connection) -> None:
    # render_as_batch: SQLite cannot ALTER most things; batch mode copies tables instead.
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        _run(conn)
