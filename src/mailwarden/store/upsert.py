"""Bulk INSERT ... ON CONFLICT for SQLite and PostgreSQL (learning writes counters, never ORM objects)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, Table, func
from sqlalchemy.dialects import postgresql, sqlite

CHUNK = 2000


def _insert(connection: Connection, table: Table):
    if connection.dialect.name == "postgresql":
        return postgresql.insert(table)
    if connection.dialect.name == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(f"store backend {connection.dialect.name!r}: use SQLite or PostgreSQL")


def upsert(
    connection: Connection,
    table: Table,
    rows: Sequence[dict],
    *,
    keys: Sequence[str],
    add: Sequence[str] = (),
    least: Sequence[str] = (),
    greatest: Sequence[str] = (),
) -> None:
    """Insert rows; on a key conflict add the `add` columns and keep the min/max of `least`/`greatest`.

    With no column to merge, conflicting rows are left alone (insert-if-absent). Rows must not repeat a
    key within one call (PostgreSQL refuses to update a row twice in one statement).
    """
    if not rows:
        return
    stmt = _insert(connection, table)
    excluded = stmt.excluded
    pick_min, pick_max = (
        (func.least, func.greatest) if connection.dialect.name == "postgresql" else (func.min, func.max)
    )
    updates = {c: table.c[c] + excluded[c] for c in add}
    # coalesce: SQLite's two-argument min()/max() return NULL when either side is NULL.
    updates |= {c: func.coalesce(pick_min(table.c[c], excluded[c]), table.c[c], excluded[c]) for c in least}
    updates |= {c: func.coalesce(pick_max(table.c[c], excluded[c]), table.c[c], excluded[c])
                for c in greatest}
    if updates:
        stmt = stmt.on_conflict_do_update(index_elements=list(keys), set_=updates)
    else:
        stmt = stmt.on_conflict_do_nothing(index_elements=list(keys))
    for start in range(0, len(rows), CHUNK):
        connection.execute(stmt, list(rows[start: start + CHUNK]))
