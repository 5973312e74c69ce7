"""Alembic migrations shipped in the package, run programmatically when the store opens."""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, create_engine

SCRIPT_LOCATION = str(Path(__file__).parent / "migrations")


def alembic_config(url: str = "") -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection) -> bool:
    """Bring the schema on `connection` to the newest revision; True when something was applied."""
    if current_revision(connection) == head_revision():
        return False
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
    return True


def _main(argv: list[str]) -> None:
    # Developer helper: `python -m mailwarden.store.migrate revision "message" [sqlite-url]`.
    if len(argv) >= 2 and argv[0] == "revision":
        url = argv[2] if len(argv) > 2 else "sqlite:///:memory:"
        engine = create_engine(url)
        with engine.begin() as conn:
            upgrade(conn)
            config = alembic_config(url)
            config.attributes["connection"] = conn
            command.revision(config, message=argv[1], autogenerate=True)
        return
    raise SystemExit("usage: python -m mailwarden.store.migrate revision MESSAGE [URL]")


if __name__ == "__main__":
    _main(sys.argv[1:])
