"""Shared fixtures. Tests never need ../shared; corpora-based checks live in benchmarks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mailwarden.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures"
POSTGRES_URL = os.environ.get("MAILWARDEN_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.load(home=tmp_path / "home")


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
