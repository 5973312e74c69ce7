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


MIN_HISTORY_TO_TRAIN = 200  # as `mailwarden learn`: fewer messages cannot teach an organization model


def learn_history(paths: Sequence[Path], settings: Settings, before: datetime | None,
                  holdout_families: Sequence[str] = ()) -> dict:
    """Learn `paths` into the store of `settings`, then train the organization's model on them (never on
    `holdout_families`, kept for evaluation); returns what was done, for the report."""
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
    if report.learned < MIN_HISTORY_TO_TRAIN:
        summary["model"] = f"not trained: {report.learned} messages learned (< {MIN_HISTORY_TO_TRAIN})"
    else:
        summary["model"] = _train_org_model(settings, paths, naive_before, holdout_families)
    summary["holdout_families"] = list(holdout_families)
    return summary


def _train_org_model(settings: Settings, paths: Sequence[Path], before: datetime | None,
                     holdout_families: Sequence[str]) -> str:
    try:
        from mailwarden.model.orgtrain import train_org_model
    except ImportError:
        return "not trained (no organization training in this build)"
    try:
        result = train_org_model(settings, [str(p) for p in paths], before=before,
                                 holdout_families=tuple(holdout_families))
    except Exception as exc:  # noqa: BLE001 - eval still runs with the profile and the base model
        log.warning("could not train the organization model", exc_info=True)
        return f"not trained: {type(exc).__name__}: {exc}"
    state = "promoted" if getattr(result, "promoted", False) else "not promoted"
    return f"{getattr(result, 'version', result)} ({state})"
