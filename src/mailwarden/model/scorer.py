"""`ModelScorer`: the Scorer protocol (scoring/verdict.py) backed by a trained model."""

from __future__ import annotations

from collections.abc import Sequence

from mailwarden.message import Message
from mailwarden.model.artifact import Prediction, TrainedModel
from mailwarden.profile.view import OrgProfile
from mailwarden.scoring.verdict import Assessment
from mailwarden.signals.base import Signal


class ModelScorer:
    """Judges one message (or a batch) with a trained model. The profile, when given, feeds the
    sender-vs-profile features; a model trained with a profile still runs without one (those features
    read as 0), it is just less sure."""

    def __init__(self, model: TrainedModel, profile: OrgProfile | None = None) -> None:
        self.model = model
        self.profile = profile
        self.version = model.version

    def assess(self, message: Message, signals: list[Signal]) -> Assessment:
        return self._assessment(self.model.predict([(message, signals)], self.profile)[0])

    def assess_many(self, rows: Sequence[tuple[Message, Sequence[Signal]]]) -> list[Assessment]:
        """Batch path (one LightGBM call for many messages) for bulk scans and evaluation."""
        return [self._assessment(p) for p in self.model.predict(rows, self.profile)]

    def _assessment(self, p: Prediction) -> Assessment:
        return Assessment(
            score=p.score, attack_type=p.attack_type, spam_score=p.spam_score, model=self.version
        )
