"""The verdict contract of DESIGN.md (`scan --format jsonl`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from mailwarden.message import Message
from mailwarden.signals.base import Party, Signal

VERDICTS = ("attack", "suspicious", "spam", "safe")
ATTACK_TYPES = (
    "ceo_fraud", "invoice_fraud", "payroll_diversion", "gift_card", "credential_phishing", "malware",
    "data_theft", "extortion", "scam", "lateral_phishing", "spam", "none",
)
STRATEGIES = (
    "display_name_impersonation", "lookalike_domain", "spoofed_domain", "compromised_account",
    "thread_hijack", "unknown_sender", "none",
)
VECTORS = ("text", "link", "attachment", "qr_code", "calendar")


@dataclass(frozen=True, slots=True)
class Assessment:
    """What a scorer (cold-start rules or a trained model) says about one message."""

    score: float  # calibrated probability of an attack
    attack_type: str
    spam_score: float = 0.0
    model: str = "coldstart"
    second_reading: float | None = None  # the referee's P(attack ask) when it re-read the text
    spam_by: str = ""  # the model whose spam reading `spam_score` is, when not `model` (scorer.py)


class Scorer(Protocol):
    version: str

    def assess(self, message: Message, signals: list[Signal]) -> Assessment: ...


@dataclass(frozen=True, slots=True)
class Verdict:
    source: str
    message_id: str
    verdict: str
    score: float
    attack_type: str
    strategy: str
    vector: str
    impersonated: Party | None
    signals: tuple[Signal, ...]
    explanation: str
    model: str
    error: str = ""
    extra: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        out: dict = {
            "source": self.source,
            "message_id": self.message_id,
            "verdict": self.verdict,
            "score": round(self.score, 4),
            "attack_type": self.attack_type,
            "strategy": self.strategy,
            "vector": self.vector,
            "impersonated": (
                {"name": self.impersonated.name, "address": self.impersonated.address,
                 "role": self.impersonated.role}
                if self.impersonated else None
            ),
            "signals": [s.to_json() for s in self.signals],
            "explanation": self.explanation,
            "model": self.model,
        }
        if self.error:
            out["error"] = self.error
        out.update(self.extra)
        return out

    @classmethod
    def unreadable(cls, source: str, error: str) -> Verdict:
        """The line a message gets when it could not be read at all: never silently safe."""
        return cls(source, "", "suspicious", 0.0, "none", "none", "text", None, (),
                   f"Could not be read: {error}", "none", error=error)
