"""One judged message as eval keeps it: the truth, Mailwarden's verdict, and each peer's answer."""

from __future__ import annotations

from dataclasses import dataclass, field

from mailwarden.evaluation.labels import ATTACK, HAM, SPAM
from mailwarden.evaluation.peers.base import PeerResult

FLAGGING_VERDICTS = ("attack", "suspicious")  # the lenient operating point: attack + suspicious
TOP_SIGNALS = 3


@dataclass(slots=True)
class Judged:
    index: int  # position in the run (stable, used to name mistake files)
    source: str
    label: str  # truth: attack | spam | ham
    true_type: str  # attack type from the labels, "" when not given
    verdict: str
    score: float  # Mailwarden's attack probability
    spam_score: float
    predicted_type: str
    signal_ids: tuple[str, ...]
    top_signals: tuple[dict, ...]  # id, strength, evidence of the strongest few
    cpu_seconds: float
    error: str = ""
    family: str = ""
    model: str = ""  # the model version that decided
    subject: str = ""  # filled for mistakes only (shown in the report)
    peers: dict[str, PeerResult] = field(default_factory=dict)

    @property
    def unwanted_score(self) -> float:
        """Score for "should this be kept from the inbox at all" (attack or spam)."""
        return max(self.score, self.spam_score)

    @property
    def is_miss(self) -> bool:
        """A true attack not flagged attack/suspicious, or true spam let through as safe."""
        if self.label == ATTACK:
            return self.verdict not in FLAGGING_VERDICTS
        return self.label == SPAM and self.verdict == "safe"

    @property
    def is_false_alarm(self) -> bool:
        return self.label == HAM and self.verdict != "safe"

    def shown_type(self) -> str:
        """Predicted type for the confusion table: the type when flagged, spam, or none."""
        if self.verdict in FLAGGING_VERDICTS:
            return self.predicted_type or "unknown"
        return "spam" if self.verdict == "spam" else "none"
