"""Probability calibration stored as plain JSON (no pickles in model folders).

Platt scaling (a logistic fit on the raw score's log-odds) by default; isotonic regression on request
when the calibration split is large enough to trust a step function.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression

# Isotonic needs enough of both classes or it memorises the split; below this Platt is safer.
MIN_PER_CLASS_FOR_ISOTONIC = 150


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


@dataclass(frozen=True)
class Calibrator:
    method: str  # "isotonic" | "platt" | "identity"
    xs: tuple[float, ...] = ()
    ys: tuple[float, ...] = ()
    a: float = 1.0
    b: float = 0.0

    def __call__(self, raw: np.ndarray) -> np.ndarray:
        raw = np.asarray(raw, dtype=float)
        if self.method == "isotonic":
            return np.interp(raw, self.xs, self.ys)
        if self.method == "platt":
            return 1.0 / (1.0 + np.exp(-(self.a * _logit(raw) + self.b)))
        return raw

    @classmethod
    def fit(cls, raw: np.ndarray, labels: np.ndarray, weights: np.ndarray | None = None,
            method: str = "platt") -> Calibrator:
        """Platt by default: it is strictly increasing, so the tree's ranking survives. Isotonic maps
        whole ranges of raw scores to one value (often 1.0 at the top), which erases the order among
        the most suspicious messages, exactly where a 1-in-1000 false-alarm threshold has to cut."""
        raw = np.asarray(raw, dtype=float)
        labels = np.asarray(labels, dtype=int)
        positives, negatives = int(labels.sum()), int((1 - labels).sum())
        if positives == 0 or negatives == 0:
            return cls("identity")
        if method == "isotonic" and min(positives, negatives) >= MIN_PER_CLASS_FOR_ISOTONIC:
            iso = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0)
            iso.fit(raw, labels, sample_weight=weights)
            return cls("isotonic", tuple(map(float, iso.X_thresholds_)), tuple(map(float, iso.y_thresholds_)))
        lr = LogisticRegression(C=1e4)
        lr.fit(_logit(raw).reshape(-1, 1), labels, sample_weight=weights)
        return cls("platt", a=float(lr.coef_[0, 0]), b=float(lr.intercept_[0]))

    def to_json(self) -> dict:
        return {"method": self.method, "xs": list(self.xs), "ys": list(self.ys), "a": self.a, "b": self.b}

    @classmethod
    def from_json(cls, data: dict) -> Calibrator:
        return cls(
            data.get("method", "identity"),
            tuple(data.get("xs", ())),
            tuple(data.get("ys", ())),
            float(data.get("a", 1.0)),
            float(data.get("b", 0.0)),
        )
