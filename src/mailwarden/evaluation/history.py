"""`eval --history`: learn the organization's history first, so verdicts use its profile and model.

With `--before DATE` only history dated before DATE is learned (the time split); the messages evaluated
are the later ones. Learning goes through the same store API as `mailwarden learn`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from mailwarden.errors import MailwardenError
from mailwarden.settings import Settings
from mailwarden.sources import iter_raw

log = logging.getLogger(__name__)


def learn_history(paths: Sequence[Path], settings: Settings, before: datetime | None) -> dict:
    """Learn `paths` into the store of `settings`; returns what was learned, for the report."""
    try:
        from mailwarden.profile.learn import learn
        from mailwarden.store import Store
    except ImportError as exc:
        raise MailwardenError(f"learning is not available in this build: {exc}") from exc
    naive_before = before.replace(tzinfo=None) if before and before.tzinfo else before
    with Store.open(settings) as store:
        report = learn(store, settings, iter_raw(paths, settings), org_domains=settings.org_domains,
                       before=naive_before)
    summary = {"paths": [str(p) for p in paths], "before": before.isoformat() if before else None,
               "read": report.read, "learned": report.learned, "duplicates": report.duplicates,
               "left_out_by_date": report.out_of_range, "unreadable": report.unreadable,
               "seconds": round(report.seconds, 2)}
    summary["model"] = _train_org_model(settings)
    return summary


def _train_org_model(settings: Settings) -> str:
    """Train the organization's model when the model package offers it (as `learn` does)."""
    try:
        from mailwarden.model.train import train_org_model  # type: ignore[attr-defined]
    except ImportError:
        return "not trained (no organization training in this build)"
    try:
        result = train_org_model(settings)
    except Exception as exc:  # noqa: BLE001 - eval still runs with the profile and the base model
        log.warning("could not train the organization model", exc_info=True)
        return f"not trained: {type(exc).__name__}: {exc}"
    return str(getattr(result, "version", result))
