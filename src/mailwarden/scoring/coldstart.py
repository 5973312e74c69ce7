"""The cold-start scorer: signals -> attack score, attack type and spam score, before any trained model.

Transparent on purpose: every number it uses is in `coldstart.toml` (overridable per home), and the
combination is three steps a person can follow with a pencil:

1. contribution of a signal = strength x weight (weight by signal id, else the leg's default);
2. evidence of a leg, in [-1, 1] = noisy-OR of the positive contributions minus noisy-OR of the negative
   ones (a long relationship lowers the trust leg; several weak hits add up without exceeding 1);
3. score = logistic(bias + sum of leg coefficient x evidence
                    + sum of interaction x max(0, evidence_a) x max(0, evidence_b)).

The interaction terms are what make "two legs firing" count for more than "one leg firing hard": a goal
(wire transfer) alone is ordinary business mail, a goal from an impersonated executive is an attack.
"""

from __future__ import annotations

import math
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from mailwarden.errors import ConfigError
from mailwarden.message import Message
from mailwarden.scoring.verdict import ATTACK_TYPES, Assessment
from mailwarden.settings import Settings
from mailwarden.signals.base import Detector, Leg, Signal

CONFIG_NAME = "coldstart.toml"
SCORED_LEGS = ("impersonation", "trust", "goal", "delivery")
_BULK_HEADERS = ("x-campaign", "x-campaignid", "x-mailgun-tag", "x-sg-eid", "x-feedback-id",
                 "feedback-id", "x-mc-user", "x-sfmc-stack", "x-mailer-recptid")


@cache
def detectors_by_id() -> dict[str, Detector]:
    """Detector metadata (attack-type and strategy hints) by signal id, from the registry."""
    from mailwarden.signals.registry import all_detectors

    try:
        return {d.id: d for d in all_detectors()}
    except Exception:  # noqa: BLE001 - a broken leg module must not stop scoring; hints are optional
        return {}


def default_config() -> dict:
    return tomllib.loads(resources.files("mailwarden.scoring").joinpath(CONFIG_NAME).read_text("utf-8"))


def merged(base: Mapping, override: Mapping) -> dict:
    """Tables merge key by key; any other value in `override` replaces the one in `base`."""
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = merged(out[key], value)
        else:
            out[key] = value
    return out


def load_config(home: str | Path | None) -> dict:
    config = default_config()
    if home is not None:
        path = Path(home) / CONFIG_NAME
        if path.is_file():
            try:
                config = merged(config, tomllib.loads(path.read_text("utf-8")))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{path}: {exc}") from exc
    return config


def noisy_or(values: Iterable[float]) -> float:
    """P(at least one of independent pieces of evidence is right): 1 - prod(1 - v)."""
    remaining = 1.0
    for value in values:
        remaining *= 1.0 - min(1.0, max(0.0, value))
    return 1.0 - remaining


def logistic(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, x))))


def _floats(table: Mapping, where: str) -> dict[str, float]:
    try:
        return {str(k): float(v) for k, v in table.items()}
    except (TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"cold-start [{where}] must map names to numbers: {exc}") from exc


@dataclass(frozen=True, slots=True)
class LegEvidence:
    """What the scorer made of the signals, kept so that explanations and tests can see it."""

    evidence: dict[str, float]  # leg -> [-1, 1]
    score: float
    spam_score: float
    attack_type: str


class ColdStartScorer:
    """Scores signals with the weights of `coldstart.toml` (see the module docstring)."""

    def __init__(self, config: Mapping | None = None) -> None:
        config = dict(config if config is not None else default_config())
        self.version = str(config.get("version", "coldstart"))
        legs = config.get("legs", {})
        self.merge: dict[str, str] = dict(legs.get("merge", {}))
        self.default_weight = _floats(legs.get("default_weight", {}), "legs.default_weight")
        self.weights = _floats(config.get("weights", {}), "weights")
        combine = config.get("combine", {})
        self.bias = float(combine.get("bias", 0.0))
        self.leg_coef = _floats(combine.get("legs", {}), "combine.legs")
        self.interactions: list[tuple[str, str, float]] = []
        for pair, coef in combine.get("interactions", {}).items():
            a, sep, b = pair.partition("*")
            if not sep or not a or not b:
                raise ConfigError(f"cold-start interaction {pair!r} must look like 'leg*leg'")
            self.interactions.append((a.strip(), b.strip(), float(coef)))
        types = config.get("attack_type", {})
        self.type_factor = _floats(types.get("leg_factor", {}), "attack_type.leg_factor")
        self.fallback_type = str(types.get("fallback", "scam"))
        if self.fallback_type not in ATTACK_TYPES:
            raise ConfigError(f"cold-start fallback type {self.fallback_type!r} is not in the taxonomy")
        spam = config.get("spam", {})
        self.spam_bias = float(spam.get("bias", 0.0))
        self.spam_features = _floats(spam.get("features", {}), "spam.features")
        self._check_leg_names()

    def _check_leg_names(self) -> None:
        """A misspelt leg in the file would silently count for nothing: refuse it instead."""
        known = {str(leg) for leg in Leg}
        scored = known - set(self.merge)
        named = {
            "legs.merge": set(self.merge) | set(self.merge.values()),
            "legs.default_weight": set(self.default_weight),
            "attack_type.leg_factor": set(self.type_factor),
        }
        for where, legs in named.items():
            if legs - known:
                raise ConfigError(f"cold-start [{where}] names unknown legs: {sorted(legs - known)}")
        used = set(self.leg_coef) | {leg for a, b, _ in self.interactions for leg in (a, b)}
        if used - scored:
            raise ConfigError(f"cold-start [combine] names legs that are not scored: {sorted(used - scored)}")

    @classmethod
    def load(cls, settings: Settings) -> ColdStartScorer:
        return cls(load_config(settings.home))

    # -- step 1 and 2 -------------------------------------------------------------------------------
    def leg_of(self, signal: Signal) -> str:
        leg = str(signal.leg)
        return self.merge.get(leg, leg)

    def weight(self, signal: Signal) -> float:
        if signal.id in self.weights:
            return self.weights[signal.id]
        return self.default_weight.get(str(signal.leg), self.default_weight.get(self.leg_of(signal), 0.5))

    def leg_evidence(self, signals: Iterable[Signal]) -> dict[str, float]:
        positive: dict[str, list[float]] = defaultdict(list)
        negative: dict[str, list[float]] = defaultdict(list)
        for signal in signals:
            contribution = signal.strength * self.weight(signal)
            if contribution > 0:
                positive[self.leg_of(signal)].append(contribution)
            elif contribution < 0:
                negative[self.leg_of(signal)].append(-contribution)
        legs = set(SCORED_LEGS) | set(positive) | set(negative)
        return {leg: noisy_or(positive.get(leg, ())) - noisy_or(negative.get(leg, ())) for leg in legs}

    # -- step 3 -------------------------------------------------------------------------------------
    def attack_score(self, evidence: Mapping[str, float]) -> float:
        x = self.bias + sum(coef * evidence.get(leg, 0.0) for leg, coef in self.leg_coef.items())
        for a, b, coef in self.interactions:
            # Interactions only amplify risk (reassurance acts through the leg's own coefficient), so a
            # further risk signal can never lower the score.
            x += coef * max(0.0, evidence.get(a, 0.0)) * max(0.0, evidence.get(b, 0.0))
        return logistic(x)

    def attack_type(self, signals: Iterable[Signal]) -> str:
        """The taxonomy type most supported by the signals' hints. What the message asks for (goal and
        delivery hints) decides; the other legs' hints break its ties, and decide alone when no goal or
        delivery hint fired. A signal that hints at several types splits its vote, so a specific ask
        beats a generic one."""
        votes: dict[str, dict[str, float]] = {"payload": defaultdict(float), "sender": defaultdict(float)}
        known = detectors_by_id()
        for signal in signals:
            det = known.get(signal.id)
            if det is None or signal.strength <= 0:
                continue
            hinted = [t for t in det.attack_types if t in ATTACK_TYPES and t not in ("none", "spam")]
            if not hinted:
                continue
            side = "payload" if signal.leg in (Leg.GOAL, Leg.DELIVERY) else "sender"
            share = self.type_factor.get(str(signal.leg), 0.0) * signal.strength * self.weight(signal)
            for name in hinted:
                votes[side][name] += share / len(hinted)
        payload, sender = votes["payload"], votes["sender"]
        ranked = payload or sender  # the ask decides; the sender's hints break its ties
        best = max(ranked, key=lambda name: (round(ranked[name], 6), sender.get(name, 0.0)), default="")
        return best if best and ranked[best] > 0 else self.fallback_type

    def spam_score(self, message: Message, signals: list[Signal], evidence: Mapping[str, float]) -> float:
        known = detectors_by_id()
        spammy = noisy_or(
            s.strength for s in signals
            if s.strength > 0 and "spam" in getattr(known.get(s.id), "attack_types", ())
        )
        header_names = {name for name, _ in message.headers}
        precedence = message.header("precedence").strip().lower()
        features = {
            "list_unsubscribe": float("list-unsubscribe" in header_names),
            "bulk": float(precedence in ("bulk", "junk") or any(h in header_names for h in _BULK_HEADERS)),
            "html": float(message.html),
            "discussion": float("list-post" in header_names or bool(message.in_reply_to)
                                or bool(message.references)),
            "spam_signals": spammy,
            "impersonation": max(0.0, evidence.get("impersonation", 0.0)),
            "known_sender": max(0.0, -evidence.get("trust", 0.0)),
        }
        return logistic(self.spam_bias + sum(w * features.get(k, 0.0) for k, w in self.spam_features.items()))

    def explain_numbers(self, message: Message, signals: list[Signal]) -> LegEvidence:
        evidence = self.leg_evidence(signals)
        return LegEvidence(evidence, self.attack_score(evidence), self.spam_score(message, signals, evidence),
                           self.attack_type(signals))

    def assess(self, message: Message, signals: list[Signal]) -> Assessment:
        numbers = self.explain_numbers(message, signals)
        return Assessment(score=numbers.score, attack_type=numbers.attack_type,
                          spam_score=numbers.spam_score, model=self.version)


__all__ = ["ColdStartScorer", "LegEvidence", "load_config", "noisy_or"]
