"""Held-out figures used in model cards and by the promotion gate.

Definitions (DESIGN.md verdicts, thresholds from settings):
- caught: verdict attack or suspicious (score >= suspicious_threshold); for a labelled spam message a
  spam verdict (spam_score >= spam_threshold) also counts.
- recall_attack: share of attacks with score >= attack_threshold.
- false alarms per 1 000: good messages given any verdict other than safe, per 1 000 good messages.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.metrics import roc_auc_score

from mailwarden.model.artifact import Prediction
from mailwarden.model.dataset import Example
from mailwarden.settings import Settings


def caught(e: Example, p: Prediction, settings: Settings) -> bool:
    if p.score >= settings.suspicious_threshold:
        return True
    return e.attack_type == "spam" and p.spam_score >= settings.spam_threshold


def false_alarm(p: Prediction, settings: Settings) -> bool:
    return p.score >= settings.suspicious_threshold or p.spam_score >= settings.spam_threshold


def evaluate(examples: Sequence[Example], predictions: Sequence[Prediction], settings: Settings) -> dict:
    attacks = [(e, p) for e, p in zip(examples, predictions, strict=True) if e.label == 1]
    good = [p for e, p in zip(examples, predictions, strict=True) if e.label == 0]
    out: dict = {"n_attack": len(attacks), "n_good": len(good)}
    if attacks:
        out["recall_attack"] = _share(p.score >= settings.attack_threshold for _, p in attacks)
        out["recall_caught"] = _share(caught(e, p, settings) for e, p in attacks)
        per_type: dict[str, dict] = {}
        for e, p in attacks:
            t = per_type.setdefault(e.attack_type or "unknown", {"n": 0, "caught": 0, "type_right": 0})
            t["n"] += 1
            t["caught"] += caught(e, p, settings)
            t["type_right"] += p.attack_type == e.attack_type
        for t in per_type.values():
            t["recall"] = round(t["caught"] / t["n"], 4)
        out["per_type"] = per_type
    if good:
        fa = sum(false_alarm(p, settings) for p in good)
        out["false_alarms"] = fa
        out["false_alarms_per_1000"] = round(1000 * fa / len(good), 3)
        out["false_alarms_attack_per_1000"] = round(
            1000 * sum(p.score >= settings.attack_threshold for p in good) / len(good), 3
        )
    if attacks and good:
        y = np.array([e.label for e in examples])
        s = np.array([p.unwanted for p in predictions])
        out["auc"] = round(float(roc_auc_score(y, s)), 5)
    return out


def _share(flags) -> float:
    flags = list(flags)
    return round(sum(flags) / len(flags), 4) if flags else 0.0
