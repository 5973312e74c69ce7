"""Fitting: goal-text model (out-of-fold) -> feature matrix -> LightGBM binary + calibration + type head.

`fit_model` is the one training routine; the base model (benchmarks/train_base.py) and the
organization model (model/orgtrain.py) only differ in the examples they feed it.
"""

from __future__ import annotations

import logging
import zlib
from collections import Counter
from collections.abc import Callable, Sequence

import lightgbm as lgb
import numpy as np

from mailwarden.model.artifact import TrainedModel
from mailwarden.model.calibrate import Calibrator
from mailwarden.model.dataset import Example, split_of
from mailwarden.model.features import FeatureSpace
from mailwarden.model.metrics import evaluate
from mailwarden.model.text import GoalTextModel, text_of
from mailwarden.profile.view import OrgProfile
from mailwarden.settings import Settings
from mailwarden.signals.registry import all_detectors

log = logging.getLogger(__name__)

# Small and fast on purpose: inference must stay well under a millisecond per message.
BINARY_PARAMS = {
    "objective": "binary",
    "learning_rate": 0.05,
    "num_leaves": 15,
    "min_data_in_leaf": 10,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 1.0,
    "verbose": -1,
    "num_threads": 2,
    "seed": 7,
    "deterministic": True,
    "force_col_wise": True,
}
TYPE_PARAMS = {
    "objective": "multiclass",
    "learning_rate": 0.08,
    "num_leaves": 15,
    "min_data_in_leaf": 5,
    "feature_fraction": 0.8,
    "lambda_l2": 1.0,
    "verbose": -1,
    "num_threads": 2,
    "seed": 7,
    "deterministic": True,
    "force_col_wise": True,
}
ROUNDS = 250
TYPE_ROUNDS = 60
TEXT_FOLDS = 3
# The goal-text model's inverse regularisation. In the whole pipeline on the Enron split (held-out
# families understated and chatty, seeds 0 and 1), 4.0 instead of 1.0 raised recall at 1 false alarm
# per 1,000 by 0.5-1.7 points; on mobile it moved -2.2 and 0. Text alone the evidence is weaker
# (benchmarks/text_holdout.py: +2.5 points on three families, -3.3 on clerk with the Enron profile; a
# loss with a generic organization), so this is a small, measured gain rather than a settled value.
# With the sixth session's other changes in place, 1.0 again lost on both families tried (seed 0).
# The shipped base model was trained with 1.0 (benchmarks/train_base.py passes it).
TEXT_C = 4.0
HEAVY_COPIES = BINARY_PARAMS["min_data_in_leaf"] * 2
Progress = Callable[[str], None]


def _text_label(e: Example) -> str:
    if not e.label:
        return "none"
    return e.attack_type or "unknown_attack"


FAMILY_KEY = "family:"


def _text_fold_key(e: Example, text: str) -> str:
    if e.label == 1 and e.origin.startswith("synthetic:") and e.origin != "synthetic:":
        return FAMILY_KEY + e.origin.split(":", 1)[1]
    return e.group or text[:200]


def _oof_text_probs(
    texts: list[str], labels: list[str], groups: list[str], weights: np.ndarray, classes: list[str],
    text_c: float = TEXT_C,
) -> np.ndarray:
    """Out-of-fold text probabilities, so the trees learn how far to trust the text model on mail it
    has not seen (otherwise it would lean on a memorised 1.0)."""
    out = np.zeros((len(texts), len(classes)), dtype=np.float32)
    # Template families take whole folds (round robin): the trees then see the text model's
    # probabilities as they are on a family it never read, which is what a new attacker's wording is.
    families = sorted({g for g in groups if g.startswith(FAMILY_KEY)})
    family_fold = {f: i % TEXT_FOLDS for i, f in enumerate(families)}
    fold = np.array([family_fold[g] if g in family_fold else zlib.crc32(g.encode()) % TEXT_FOLDS
                     for g in groups])
    for k in range(TEXT_FOLDS):
        fit_idx, pred_idx = np.where(fold != k)[0], np.where(fold == k)[0]
        if len(pred_idx) == 0:
            continue
        fit_labels = [labels[i] for i in fit_idx]
        if len(set(fit_labels)) < 2:
            continue
        model = GoalTextModel.fit([texts[i] for i in fit_idx], fit_labels, weights[fit_idx], C=text_c)
        probs = model.predict_proba([texts[i] for i in pred_idx])
        for j, c in enumerate(model.classes):
            out[pred_idx, classes.index(c)] = probs[:, j]
    return out


def fit_model(
    examples: Sequence[Example],
    version: str,
    settings: Settings,
    profile: OrgProfile | None = None,
    description: str = "",
    progress: Progress | None = None,
    use_text_model: bool = True,
    text_c: float = TEXT_C,
) -> tuple[TrainedModel, dict]:
    """Train on the train split, calibrate on the calib split, measure on the test split.

    Returns the model and its held-out metrics (also written into its card)."""
    say = progress or (lambda _msg: None)
    splits = [split_of(e) for e in examples]
    idx = {s: [i for i, x in enumerate(splits) if x == s] for s in ("train", "calib", "test")}
    train = [examples[i] for i in idx["train"]]
    if len({e.label for e in train}) < 2:
        raise ValueError("training needs both attacks and good mail in the train split")

    # Goal-text model: out-of-fold on train, fitted on all of train for calib/test/inference.
    texts = [text_of(e.message) for e in examples]
    text_labels = [_text_label(e) for e in examples]
    weights = np.array([e.weight for e in examples], dtype=float)
    text_model: GoalTextModel | None = None
    text_matrix = np.zeros((len(examples), 0), dtype=np.float32)
    if use_text_model:
        say(f"text model on {len(train)} messages")
        t_idx = idx["train"]
        text_model = GoalTextModel.fit(
            [texts[i] for i in t_idx], [text_labels[i] for i in t_idx], weights[t_idx], C=text_c
        )
        classes = list(text_model.classes)
        text_matrix = np.zeros((len(examples), len(classes)), dtype=np.float32)
        text_matrix[t_idx] = _oof_text_probs(
            [texts[i] for i in t_idx],
            [text_labels[i] for i in t_idx],
            [_text_fold_key(examples[i], texts[i]) for i in t_idx],
            weights[t_idx],
            classes,
            text_c,
        )
        rest = idx["calib"] + idx["test"]
        if rest:
            text_matrix[rest] = text_model.predict_proba([texts[i] for i in rest])

    # Registered detectors plus any id seen in the data (a detector registered later still counts).
    detector_ids = {d.id for d in all_detectors()} | {s.id for e in examples for s in e.signals}
    space = FeatureSpace.build(detector_ids, text_model.classes if text_model else ())
    text_classes = text_model.classes if text_model else ()
    X = np.vstack(
        [
            space.vector(
                e.message,
                e.signals,
                profile,
                dict(zip(text_classes, text_matrix[i].tolist(), strict=True)) if text_model else None,
            )
            for i, e in enumerate(examples)
        ]
    )
    y = np.array([e.label for e in examples], dtype=int)

    say(f"trees on {len(train)} messages, {len(space)} features")
    t_idx = np.array(idx["train"])
    pos_w, neg_w = weights[t_idx][y[t_idx] == 1].sum(), weights[t_idx][y[t_idx] == 0].sum()
    balance = np.where(y[t_idx] == 1, neg_w / max(pos_w, 1e-9), 1.0)  # equal total weight per class
    rows, row_weights = _replicate_heavy(t_idx, weights[t_idx] * balance, weights[t_idx])
    dtrain = lgb.Dataset(
        X[rows],
        y[rows],
        weight=row_weights,
        feature_name=[_lgb_name(n) for n in space.names],
        free_raw_data=True,
    )
    booster = lgb.train(BINARY_PARAMS, dtrain, num_boost_round=ROUNDS)

    c_idx = np.array(idx["calib"] or idx["train"])
    calibrator = Calibrator.fit(booster.predict(X[c_idx]), y[c_idx])

    type_booster, type_classes = _fit_type_head(X, examples, t_idx)

    model = TrainedModel(version, space, booster, calibrator, type_booster, type_classes, text_model)
    test_idx = idx["test"]
    metrics = evaluate(
        [examples[i] for i in test_idx], model.predict_matrix(X[test_idx]) if test_idx else [], settings
    )
    model.card = {
        "description": description,
        "counts": _counts(examples, splits),
        "metrics_holdout": metrics,
        "params": {"binary": BINARY_PARAMS, "rounds": ROUNDS, "type_rounds": TYPE_ROUNDS, "text_c": text_c},
        "top_features": _top_features(booster, space),
        "uses_profile": profile is not None,
    }
    return model, metrics


def _replicate_heavy(rows: np.ndarray, row_weights: np.ndarray, raw_weights: np.ndarray
                     ) -> tuple[np.ndarray, np.ndarray]:
    """Heavy examples (reported misses, false alarms) become several rows sharing their weight: a tree
    leaf needs min_data_in_leaf rows, so one row, however heavy, could never get a leaf of its own."""
    copies = np.where(raw_weights > 1.0, np.minimum(np.ceil(raw_weights / 2.0), HEAVY_COPIES), 1).astype(int)
    if (copies == 1).all():
        return rows, row_weights
    return np.repeat(rows, copies), np.repeat(row_weights / copies, copies)


def _fit_type_head(
    X: np.ndarray, examples: Sequence[Example], t_idx: np.ndarray
) -> tuple[lgb.Booster | None, tuple[str, ...]]:
    rows = [
        i
        for i in t_idx.tolist()
        if examples[i].label == 1 and examples[i].attack_type and examples[i].attack_type != "none"
    ]
    classes = sorted({examples[i].attack_type for i in rows})
    if len(classes) < 2:
        return None, tuple(classes)
    w = np.array([examples[i].weight for i in rows])
    picked, picked_w = _replicate_heavy(np.array(rows), w, w)
    y = np.array([classes.index(examples[i].attack_type) for i in picked.tolist()])
    params = dict(TYPE_PARAMS, num_class=len(classes))
    booster = lgb.train(params, lgb.Dataset(X[picked], y, weight=picked_w), num_boost_round=TYPE_ROUNDS)
    return booster, tuple(classes)


def _lgb_name(name: str) -> str:
    # LightGBM rejects some JSON-special characters in feature names.
    return "".join(c if c.isalnum() or c in "._" else "_" for c in name)


def _counts(examples: Sequence[Example], splits: Sequence[str]) -> dict:
    out: dict = {}
    for e, s in zip(examples, splits, strict=True):
        key = f"{s}:{'attack' if e.label else 'good'}"
        out[key] = out.get(key, 0) + 1
    out["by_origin"] = dict(Counter((e.origin.split(":")[0] or "unknown") for e in examples))
    out["attack_types"] = dict(Counter(e.attack_type for e in examples if e.label))
    return out


def _top_features(booster: lgb.Booster, space: FeatureSpace, n: int = 25) -> list[tuple[str, float]]:
    gains = booster.feature_importance("gain")
    order = np.argsort(-gains)[:n]
    total = float(gains.sum()) or 1.0
    return [(space.names[i], round(float(gains[i]) / total, 4)) for i in order if gains[i] > 0]
