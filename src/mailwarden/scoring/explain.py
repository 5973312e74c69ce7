"""Placeholder verdict composition: replaced in issue 2."""

from __future__ import annotations

from mailwarden.message import Message
from mailwarden.scoring.verdict import Assessment, Verdict
from mailwarden.settings import Settings
from mailwarden.signals.base import Signal


def compose_verdict(message: Message, signals: list[Signal], assessment: Assessment,
                    settings: Settings) -> Verdict:
    verdict = "attack" if assessment.score >= settings.attack_threshold else "safe"
    return Verdict(message.source, message.message_id, verdict, assessment.score, assessment.attack_type,
                   "none", "text", None, tuple(signals), "", assessment.model)
