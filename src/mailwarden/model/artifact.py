"""A trained model as one folder: the tree model, its calibration, the attack-type head, the goal-text
model and a JSON card. Nothing is pickled: LightGBM text files, JSON and a gzip'd numpy array.

Folder layout (`<home>/models/<version>/` or the shipped `model/base/`):
    card.json        version, feature names, calibration, type classes, training counts, metrics
    attack.lgb       LightGBM binary booster (attack vs not)
    type.lgb         LightGBM multiclass booster over attack types (optional)
    text_model.json + text_coef.npy.gz   the goal-text model (optional)
    referee.json     embedding head that re-reads doubtful messages (optional, model/referee.py)
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import lightgbm as lgb
import numpy as np

from mailwarden.errors import ModelError
from mailwarden.message import Message
from mailwarden.model.calibrate import Calibrator
from mailwarden.model.features import FeatureSpace
from mailwarden.model.referee import Referee
from mailwarden.model.text import GoalTextModel, text_of
from mailwarden.profile.view import OrgProfile
from mailwarden.signals.base import Signal

CARD = "card.json"
TYPE_MIN = 0.05  # below this calibrated P(attack or spam) a message is reported as type "none"


@dataclass(frozen=True)
class Prediction:
    """Scores of one message. `unwanted` is the calibrated probability of attack-or-spam; `score`
    splits off the share the type head gives to spam."""

    unwanted: float
    score: float
    spam_score: float
    attack_type: str
    type_probs: dict[str, float] = field(default_factory=dict)
    referee: float | None = None  # the embedding head's P(attack ask), when it read the message


@dataclass
class TrainedModel:
    version: str
    space: FeatureSpace
    booster: lgb.Booster
    calibrator: Calibrator
    type_booster: lgb.Booster | None = None
    type_classes: tuple[str, ...] = ()
    text: GoalTextModel | None = None
    card: dict = field(default_factory=dict)
    referee: Referee | None = None

    # -- inference -----------------------------------------------------------------------------
    def text_probs(self, messages: Sequence[Message]) -> list[dict[str, float]]:
        if self.text is None:
            return [{} for _ in messages]
        probs = self.text.predict_proba([text_of(m) for m in messages])
        return [dict(zip(self.text.classes, row.tolist(), strict=True)) for row in probs]

    def matrix(
        self, rows: Sequence[tuple[Message, Sequence[Signal]]], profile: OrgProfile | None
    ) -> np.ndarray:
        texts = self.text_probs([m for m, _ in rows])
        return (
            np.vstack([self.space.vector(m, s, profile, t) for (m, s), t in zip(rows, texts, strict=True)])
            if rows
            else np.zeros((0, len(self.space)), dtype=np.float32)
        )

    def predict_matrix(self, X: np.ndarray) -> list[Prediction]:  # noqa: N803 - matrix naming
        if len(X) == 0:
            return []
        raw = self.booster.predict(X, num_threads=1)
        unwanted = self.calibrator(raw)
        # The type head runs only where a type will be reported (most mail is plainly good: skipping
        # it there saves a second booster call per message).
        type_probs: list[dict[str, float]] = [{} for _ in range(len(X))]
        typed = np.flatnonzero(unwanted >= TYPE_MIN)
        if self.type_booster is not None and typed.size:
            rows = self.type_booster.predict(X[typed], num_threads=1)
            for i, row in zip(typed.tolist(), rows.tolist(), strict=True):
                type_probs[i] = dict(zip(self.type_classes, row, strict=True))
        return [_compose(float(p), type_probs[i]) for i, p in enumerate(unwanted.tolist())]

    def predict(
        self, rows: Sequence[tuple[Message, Sequence[Signal]]], profile: OrgProfile | None,
        read_from: Sequence[float] | None = None,
    ) -> list[Prediction]:
        """`read_from` gives, per row, the lowest attack score at which the referee reads it (the
        scorer raises it for mail it already sends to spam); the referee's own band applies too."""
        predictions = self.predict_matrix(self.matrix(rows, profile))
        if self.referee is None:
            return predictions
        return _refereed(self.referee, rows, predictions, read_from)

    # -- storage -------------------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.booster.save_model(str(folder / "attack.lgb"))
        if self.type_booster is not None:
            self.type_booster.save_model(str(folder / "type.lgb"))
        if self.text is not None:
            self.text.save(folder)
        if self.referee is not None:
            self.referee.save(folder)
        card = dict(self.card)
        card.update(
            {
                "version": self.version,
                "features": list(self.space.names),
                "calibration": self.calibrator.to_json(),
                "type_classes": list(self.type_classes),
                "has_text_model": self.text is not None,
                "has_referee": self.referee is not None,
            }
        )
        (folder / CARD).write_text(json.dumps(card, indent=1, sort_keys=True), "utf-8")

    @classmethod
    def load(cls, folder: Path) -> TrainedModel:
        try:
            card = json.loads((folder / CARD).read_text("utf-8"))
            booster = lgb.Booster(model_file=str(folder / "attack.lgb"))
            type_path = folder / "type.lgb"
            type_booster = lgb.Booster(model_file=str(type_path)) if type_path.is_file() else None
            text = GoalTextModel.load(folder) if card.get("has_text_model") else None
            space = FeatureSpace(tuple(card["features"]))
            if booster.num_feature() != len(space):
                raise ModelError(f"{folder}: booster has {booster.num_feature()} features, card {len(space)}")
            return cls(
                card["version"],
                space,
                booster,
                Calibrator.from_json(card.get("calibration", {})),
                type_booster,
                tuple(card.get("type_classes", ())),
                text,
                card,
                Referee.load(folder) if card.get("has_referee") else None,
            )
        except ModelError:
            raise
        except Exception as exc:  # noqa: BLE001 - any unreadable file means "this model does not load"
            raise ModelError(f"cannot load model from {folder}: {type(exc).__name__}: {exc}") from exc


def _refereed(referee: Referee, rows: Sequence[tuple[Message, Sequence[Signal]]],
              predictions: list[Prediction], read_from: Sequence[float] | None = None) -> list[Prediction]:
    """Doubtful messages (attack score in the referee's band) get the embedding head's second opinion.
    The band is on the attack share: what the type head already calls spam is not re-read."""
    doubtful = [i for i, p in enumerate(predictions)
                if referee.in_band(p.score) and (read_from is None or p.score >= read_from[i])]
    probs = referee.probabilities([text_of(rows[i][0]) for i in doubtful])
    if probs is None:
        return predictions
    out = list(predictions)
    for i, p in zip(doubtful, probs.tolist(), strict=True):
        after = _compose(Referee.combine(predictions[i].unwanted, p), predictions[i].type_probs)
        out[i] = replace(after, referee=round(p, 4))
    return out


def _compose(unwanted: float, type_probs: dict[str, float]) -> Prediction:
    spam_share = type_probs.get("spam", 0.0)
    attack_types = {k: v for k, v in type_probs.items() if k not in ("spam", "none")}
    score = unwanted * (1.0 - spam_share)
    spam_score = unwanted * spam_share
    if attack_types and score >= spam_score:
        attack_type = max(attack_types, key=attack_types.__getitem__)
    elif spam_share > 0:
        attack_type = "spam"
    else:
        attack_type = "scam"  # unwanted, but no type head to say which kind
    if unwanted < TYPE_MIN:
        attack_type = "none"
    return Prediction(unwanted, score, spam_score, attack_type, type_probs)
