"""Placeholder cold-start scorer: replaced by the configurable scorer (issue 2)."""

from __future__ import annotations

from mailwarden.message import Message
from mailwarden.scoring.verdict import Assessment
from mailwarden.settings import Settings
from mailwarden.signals.base import Signal


class ColdStartScorer:
    version = "coldstart"

    @classmethod
    def load(cls, settings: Settings) -> ColdStartScorer:
        return cls()

    def assess(self, message: Message, signals: list[Signal]) -> Assessment:
        return Assessment(score=0.0, attack_type="none")
