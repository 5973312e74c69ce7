"""What a detector is and what it returns.

A detector is metadata plus a small pure function of (message, context) that returns a `Hit` or None
(the rspamd symbol / snorkel labeling-function habit). The framework turns a hit into a `Signal` with the
detector's stable id and leg. How much a signal counts is decided elsewhere (learned model weights or the
cold-start scorer's configuration), never in the detector.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from mailwarden.message import Message

if TYPE_CHECKING:
    from mailwarden.profile.view import OrgProfile
    from mailwarden.settings import Settings


class Leg(StrEnum):
    IMPERSONATION = "impersonation"
    TRUST = "trust"
    GOAL = "goal"
    DELIVERY = "delivery"
    AUTHENTICATION = "authentication"


@dataclass(frozen=True, slots=True)
class Party:
    """Who a message pretends to be (filled by impersonation detectors)."""

    name: str = ""
    address: str = ""
    role: str = ""  # vip, employee, vendor, brand, organization


@dataclass(frozen=True, slots=True)
class Hit:
    """What a detector function returns when it fires.

    strength: 0..1 for risk; negative (down to -1) for evidence that *lowers* risk, e.g. a long two-way
    relationship. evidence: one sentence a person can check against the message or the profile.
    """

    strength: float
    evidence: str
    party: Party | None = None


@dataclass(frozen=True, slots=True)
class Signal:
    id: str
    leg: Leg
    strength: float
    evidence: str
    party: Party | None = None

    def to_json(self) -> dict:
        return {"id": self.id, "leg": str(self.leg), "strength": round(self.strength, 3),
                "evidence": self.evidence}


@dataclass(frozen=True, slots=True)
class Context:
    """Everything a detector may read besides the message. All of it is read-only."""

    settings: Settings
    profile: OrgProfile | None = None


DetectFn = Callable[[Message, Context], "Hit | None"]


@dataclass(frozen=True, slots=True)
class Detector:
    id: str  # stable: "<leg>.<name>", documented in docs/detectors.md
    leg: Leg
    description: str
    fn: DetectFn = field(repr=False)
    needs_profile: bool = False
    # Hints for the cold-start scorer and the explanation (not weights):
    attack_types: tuple[str, ...] = ()  # attack types this signal points at (DESIGN.md taxonomy)
    strategy: str = ""  # strategy this signal points at, "" when none

    def run(self, message: Message, context: Context) -> Signal | None:
        if self.needs_profile and context.profile is None:
            return None
        hit = self.fn(message, context)
        if hit is None:
            return None
        strength = max(-1.0, min(1.0, float(hit.strength)))
        return Signal(self.id, self.leg, strength, hit.evidence, hit.party)


def detector(
    id: str,
    leg: Leg,
    description: str,
    *,
    needs_profile: bool = False,
    attack_types: tuple[str, ...] = (),
    strategy: str = "",
) -> Callable[[DetectFn], Detector]:
    """Decorator that wraps a function into a `Detector`. It does not register anything: each leg module
    lists its detectors in `DETECTORS`, and `signals.registry` lists the modules."""

    if not id.startswith(f"{leg}."):
        raise ValueError(f"detector id {id!r} must start with its leg {leg!s}.")

    def wrap(fn: DetectFn) -> Detector:
        return Detector(id, leg, description, fn, needs_profile, attack_types, strategy)

    return wrap
