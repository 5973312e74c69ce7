"""Where models live and which one serves.

`<home>/models/<version>/` holds each trained model (see artifact.py) and `<home>/models/current`
names the one in service. Without an organization model the shipped base model serves; when nothing
loads, `load_scorer` returns None and the caller keeps the cold-start scorer.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from pathlib import Path

from mailwarden.model.artifact import TrainedModel
from mailwarden.model.scorer import ModelScorer
from mailwarden.profile.view import OrgProfile
from mailwarden.settings import Settings

log = logging.getLogger(__name__)

BASE_DIR = Path(__file__).parent / "base"
CURRENT = "current"
_VERSION = re.compile(r"^(?P<kind>[a-z]+)-(?P<day>\d{4}-\d{2}-\d{2})\.(?P<n>\d+)$")


def models_dir(settings: Settings) -> Path:
    return Path(settings.home) / "models"


def current_version(settings: Settings) -> str | None:
    pointer = models_dir(settings) / CURRENT
    try:
        version = pointer.read_text("utf-8").strip()
    except OSError:
        return None
    return version if _VERSION.match(version) else None


def list_versions(settings: Settings) -> list[str]:
    root = models_dir(settings)
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and _VERSION.match(p.name))


def next_version(settings: Settings, kind: str = "org", today: dt.date | None = None) -> str:
    day = (today or dt.datetime.now(dt.UTC).date()).isoformat()
    taken = [
        int(m["n"])
        for v in list_versions(settings)
        if (m := _VERSION.match(v)) and m["kind"] == kind and m["day"] == day
    ]
    return f"{kind}-{day}.{max(taken, default=0) + 1}"


def save_model(settings: Settings, model: TrainedModel) -> Path:
    folder = models_dir(settings) / model.version
    model.save(folder)
    return folder


def promote(settings: Settings, version: str) -> None:
    """Point `current` at a saved version (atomic replace, so a reader never sees half a name)."""
    root = models_dir(settings)
    if not (root / version).is_dir():
        raise FileNotFoundError(f"no saved model {version} in {root}")
    tmp = root / f".{CURRENT}.tmp"
    tmp.write_text(version + "\n", "utf-8")
    os.replace(tmp, root / CURRENT)


def load_base_model() -> TrainedModel | None:
    try:
        return TrainedModel.load(BASE_DIR)
    except Exception as exc:  # noqa: BLE001 - a missing or broken base model means cold start
        log.info("base model not loaded: %s", exc)
        return None


def load_current_model(settings: Settings) -> TrainedModel | None:
    """The organization model in service, else the base model, else None. Never raises."""
    version = current_version(settings)
    if version:
        try:
            return TrainedModel.load(models_dir(settings) / version)
        except Exception as exc:  # noqa: BLE001 - fall through to the base model
            log.warning("model %s did not load (%s); using the base model", version, exc)
    return load_base_model()


def load_scorer(settings: Settings, profile: OrgProfile | None = None) -> ModelScorer | None:
    """The scorer `scan` uses. Pass the profile when one is loaded: the organization model reads
    sender-vs-profile features from it. Returns None (cold start) when no model loads."""
    try:
        model = load_current_model(settings)
    except Exception:  # noqa: BLE001 - contract: never raises
        log.warning("model registry failed", exc_info=True)
        return None
    if model is None:
        return None
    from mailwarden.scoring.coldstart import ColdStartScorer

    rules = ColdStartScorer.load(settings)
    return ModelScorer(model, profile, rules=rules, spam_reader=spam_reader_for(model),
                       spam_threshold=settings.spam_threshold,
                       reread_spam_from=settings.suspicious_threshold)


def spam_reader_for(model: TrainedModel) -> TrainedModel | None:
    """The base model, to read spam for a model that has no spam class of its own (an organization
    model trained before anyone labelled spam); None when the model has one or the base does not load."""
    if "spam" in model.type_classes or model.version.startswith("base-"):
        return None
    base = load_base_model()
    return base if base is not None and "spam" in base.type_classes else None
