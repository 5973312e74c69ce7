"""Detection metrics with the counts behind every figure. Pure functions over plain lists.

Positives are the messages that should be flagged (attacks, or attacks and spam), negatives are good
mail. A rate over N negatives cannot show a false-positive rate below 1/N, so `recall_at_fpr` says when
the target is not measurable instead of printing a flattering number.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass

FIXED_FPRS = (1e-2, 1e-3, 1e-4)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(frozen=True, slots=True)
class Counts:
    """A confusion at one operating point."""

    tp: int
    fn: int
    fp: int
    tn: int

    @property
    def positives(self) -> int:
        return self.tp + self.fn

    @property
    def negatives(self) -> int:
        return self.fp + self.tn

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.positives)

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def fpr(self) -> float | None:
        return _ratio(self.fp, self.negatives)

    def to_json(self) -> dict:
        fpr = self.fpr
        return {
            **asdict(self),
            "positives": self.positives,
            "negatives": self.negatives,
            "recall": self.recall,
            "precision": self.precision,
            "fpr": fpr,
            "false_alarms_per_1000": None if fpr is None else fpr * 1_000,
            "false_alarms_per_million": None if fpr is None else fpr * 1_000_000,
        }


def count(truth: Sequence[bool], flagged: Sequence[bool]) -> Counts:
    """truth[i]: message i should be flagged; flagged[i]: the system flagged it."""
    if len(truth) != len(flagged):
        raise ValueError("truth and flagged differ in length")
    tp = sum(1 for t, f in zip(truth, flagged, strict=True) if t and f)
    fn = sum(1 for t, f in zip(truth, flagged, strict=True) if t and not f)
    fp = sum(1 for t, f in zip(truth, flagged, strict=True) if not t and f)
    return Counts(tp, fn, fp, len(truth) - tp - fn - fp)


@dataclass(frozen=True, slots=True)
class RecallAtFpr:
    target_fpr: float
    measurable: bool  # enough negatives to show this rate at all (N >= 1/target)
    recall: float | None  # at the strictest threshold that keeps FPR <= target
    threshold: float | None  # flag when score > threshold
    achieved_fpr: float | None
    detected: int
    positives: int
    false_alarms: int
    negatives: int
    note: str = ""

    def to_json(self) -> dict:
        return asdict(self)


def recall_at_fpr(pos_scores: Sequence[float], neg_scores: Sequence[float], target: float) -> RecallAtFpr:
    """Recall at the lowest threshold whose false-positive rate on the negatives is at most `target`.

    With k = floor(target * N) false alarms allowed, a message is flagged when its score is strictly above
    the (k+1)-th highest negative score; ties with that negative stay unflagged, so FPR <= target holds.
    """
    n_pos, n_neg = len(pos_scores), len(neg_scores)
    needed = math.ceil(1 / target)
    measurable = n_neg >= needed
    note = "" if measurable else (
        f"too few good messages: {n_neg:,} cannot show a rate of 1 in {needed:,} (need {needed:,}); "
        "the recall shown allows no more false alarms than that rate would")
    if not n_neg or not n_pos:
        missing = "no positives" if not n_pos else "no good messages"
        return RecallAtFpr(target, measurable, None, None, None, 0, n_pos, 0, n_neg, missing)
    allowed = math.floor(target * n_neg)
    ranked = sorted(neg_scores, reverse=True)
    threshold = -math.inf if allowed >= n_neg else ranked[allowed]
    detected = sum(1 for s in pos_scores if s > threshold)
    false_alarms = sum(1 for s in neg_scores if s > threshold)
    return RecallAtFpr(target, measurable, detected / n_pos, None if threshold == -math.inf else threshold,
                       false_alarms / n_neg, detected, n_pos, false_alarms, n_neg, note)


@dataclass(frozen=True, slots=True)
class Curves:
    roc_auc: float | None
    average_precision: float | None
    roc: list[tuple[float, float]]  # (fpr, tpr)
    pr: list[tuple[float, float]]  # (recall, precision)

    def to_json(self) -> dict:
        return {"roc_auc": self.roc_auc, "average_precision": self.average_precision,
                "roc": [list(p) for p in self.roc], "pr": [list(p) for p in self.pr]}


def curves(pos_scores: Sequence[float], neg_scores: Sequence[float], max_points: int = 400) -> Curves:
    """ROC and precision-recall curves (scikit-learn), thinned to at most `max_points` points each."""
    if not pos_scores or not neg_scores:
        return Curves(None, None, [], [])
    from sklearn.metrics import (
        average_precision_score,
        precision_recall_curve,
        roc_auc_score,
        roc_curve,
    )

    y = [1] * len(pos_scores) + [0] * len(neg_scores)
    s = list(pos_scores) + list(neg_scores)
    fpr, tpr, _ = roc_curve(y, s)
    precision, recall, _ = precision_recall_curve(y, s)
    return Curves(
        float(roc_auc_score(y, s)),
        float(average_precision_score(y, s)),
        _thin(list(zip(fpr.tolist(), tpr.tolist(), strict=True)), max_points),
        _thin(list(zip(recall.tolist(), precision.tolist(), strict=True)), max_points),
    )


def _thin(points: list[tuple[float, float]], max_points: int) -> list[tuple[float, float]]:
    """Keep the ends and an even spread between them (the curve's shape, not every step)."""
    if len(points) <= max_points:
        return points
    step = (len(points) - 1) / (max_points - 1)
    return [points[round(i * step)] for i in range(max_points)]
