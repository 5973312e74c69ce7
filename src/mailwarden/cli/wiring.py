"""What `scan` and `bench` share: settings, the profile snapshot, the scorer, the engine.

The profile and the trained model are optional: with neither, the engine runs history-free detectors and
the cold-start scorer. Loading them never takes the command down; a broken store or model is logged and
the run goes on without it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import typer
from typer.core import TyperCommand

try:  # typer >= 0.22 ships its own copy of click
    from typer._click.exceptions import UsageError
except ImportError:  # pragma: no cover - older typer uses click itself
    from click.exceptions import UsageError

from mailwarden.engine import Engine
from mailwarden.errors import ConfigError
from mailwarden.message import Message
from mailwarden.profile.view import OrgProfile
from mailwarden.scoring.verdict import Scorer, Verdict
from mailwarden.settings import Settings

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_USAGE = 1
EXIT_UNREADABLE = 2


class UsageExitsOne(TyperCommand):
    """Click exits 2 on a usage error; our commands keep 2 for "some messages could not be read"."""

    def parse_args(self, ctx, args):  # type: ignore[no-untyped-def]
        try:
            return super().parse_args(ctx, args)
        except UsageError as exc:
            exc.exit_code = EXIT_USAGE
            raise


def fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(EXIT_USAGE)


def date_option(value: str | None, option: str, *, naive: bool = False) -> datetime | None:
    """A date option (YYYY-MM-DD or ISO 8601) in UTC; a date without a zone is taken as UTC.
    `naive` drops the zone for the store, which keeps naive UTC."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise fail(f"{option}: not a date (YYYY-MM-DD or ISO 8601): {value!r}") from exc
    parsed = parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return parsed.replace(tzinfo=None) if naive else parsed


def load_settings(home: Path | None, db: str | None) -> Settings:
    try:
        return Settings.load(home=home, db=db)
    except ConfigError as exc:
        raise fail(str(exc)) from exc


def check_paths(paths: list[Path]) -> None:
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise fail(f"no such file or directory: {', '.join(missing)}")


def load_profile(settings: Settings) -> OrgProfile | None:
    """The profile snapshot from the store, or None when there is no store or no profile yet."""
    try:
        from mailwarden.store import load_profile as store_load_profile  # type: ignore[attr-defined]
    except ImportError:
        return None
    try:
        return store_load_profile(settings)
    except Exception:  # noqa: BLE001 - a broken store means no profile, not no verdicts
        log.warning("could not load the profile from %s; scanning without it", settings.db_url, exc_info=True)
        return None


def load_model_scorer(settings: Settings, profile: OrgProfile | None) -> Scorer | None:
    """A trained model when one exists (organization, else the shipped base model); else None."""
    try:
        from mailwarden.model.registry import load_scorer
    except ImportError:
        return None
    try:
        return load_scorer(settings, profile)
    except Exception:  # noqa: BLE001 - contract says it never raises; be safe anyway
        log.warning("model registry failed; using the cold-start scorer", exc_info=True)
        return None


def build_engine(settings: Settings, use_model: bool = True) -> Engine:
    profile = load_profile(settings)
    scorer = load_model_scorer(settings, profile) if use_model else None
    return Engine(settings, profile=profile, scorer=scorer)


Observe = Callable[[Message, Verdict], object]


def safe_mail_learner(settings: Settings) -> tuple[Observe, Callable[[], None]] | None:
    """(observe, finish) from the store when it can learn from safe mail, else None. The store never
    gets created by scanning: without one, observing does nothing."""
    try:
        from mailwarden.store import open_learner  # type: ignore[attr-defined]
    except ImportError:
        return None
    try:
        learner = open_learner(settings)
    except Exception:  # noqa: BLE001 - learning is a side benefit of scanning, never a reason to fail
        log.warning("could not open the store to learn from scanned mail", exc_info=True)
        return None
    return learner.observe, learner.close
