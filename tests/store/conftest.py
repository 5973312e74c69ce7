"""The store's tests run on SQLite and on PostgreSQL (a fresh schema per test, dropped afterwards).

Without a reachable server the PostgreSQL half is skipped, unless MAILWARDEN_REQUIRE_POSTGRES=1 (CI),
where it fails.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

from mailwarden.settings import Settings
from mailwarden.store import Store

POSTGRES_URL = os.environ.get("MAILWARDEN_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _postgres_schema_url() -> Iterator[str]:
    schema = f"mw_test_{uuid.uuid4().hex[:12]}"
    try:
        admin = create_engine(POSTGRES_URL, connect_args={"connect_timeout": 3})
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # noqa: BLE001 - any connection problem means "no server here"
        if os.environ.get("MAILWARDEN_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL required but unreachable at {POSTGRES_URL}: {exc}")
        pytest.skip(f"PostgreSQL unreachable at {POSTGRES_URL}: {exc.__class__.__name__}")
    sep = "&" if "?" in POSTGRES_URL else "?"
    try:
        yield f"{POSTGRES_URL}{sep}options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
    else:
        yield from _postgres_schema_url()


@pytest.fixture
def backend_settings(store_url: str, tmp_path: Path) -> Settings:
    return Settings.load(home=tmp_path / "home", db=store_url)


@pytest.fixture
def store(backend_settings: Settings) -> Iterator[Store]:
    opened = Store.open(backend_settings)
    try:
        yield opened
    finally:
        opened.close()
