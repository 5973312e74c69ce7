"""The store: SQLAlchemy models, Alembic migrations, bulk upserts (SQLite by default, PostgreSQL by URL).

What other parts use:
- `Store.open(settings)`: the store itself (labels via `add_label`/`labels`, model versions).
- `load_profile(settings)`: the in-memory profile snapshot for detectors (None before any `learn`).
- `open_learner(settings)`: an object with `observe(message, verdict=None)` and `close()` that teaches
  the profile mail judged safe while scanning.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from mailwarden.store.store import LABELS, Label, Store

if TYPE_CHECKING:
    from mailwarden.profile.snapshot import ProfileSnapshot
    from mailwarden.settings import Settings

__all__ = ["LABELS", "Label", "Store", "load_profile", "open_learner", "store_exists"]


def store_exists(settings: Settings) -> bool:
    """A store was configured (URL) or created in the home folder; scanning never creates one."""
    return bool(settings.db) or (Path(settings.home) / "mailwarden.db").exists()


def load_profile(settings: Settings) -> ProfileSnapshot | None:
    """The learned profile as an in-memory snapshot, or None when nothing was learned yet."""
    if not store_exists(settings):
        return None
    from mailwarden.profile.snapshot import ProfileSnapshot

    store = Store.open(settings)
    try:
        if not store.get_meta("messages_learned", 0):
            return None
        return ProfileSnapshot.load(store)
    finally:
        store.engine.dispose()


class _NoLearner:
    """Stands in when there is no store to teach (scanning never creates one)."""

    def observe(self, message: Any, verdict: Any = None) -> bool:
        return False

    def close(self) -> None:
        return None


def open_learner(settings: Settings) -> Store | _NoLearner:
    if not settings.learn_from_scans or not store_exists(settings):
        return _NoLearner()
    return Store.open(settings)
