"""Metrics on cases small enough to compute by hand."""

from __future__ import annotations

import math

import pytest

from mailwarden.evaluation.metrics import count, curves, recall_at_fpr


def test_counts_recall_precision_fpr_by_hand():
    # 4 positives (3 caught), 6 negatives (2 flagged)
    truth = [True, True, True, True, False, False, False, False, False, False]
    flagged = [True, True, True, False, True, True, False, False, False, False]
    c = count(truth, flagged)
    assert (c.tp, c.fn, c.fp, c.tn) == (3, 1, 2, 4)
    assert c.recall == pytest.approx(3 / 4)
    assert c.precision == pytest.approx(3 / 5)
    assert c.fpr == pytest.approx(2 / 6)
    j = c.to_json()
    assert j["false_alarms_per_1000"] == pytest.approx(1000 * 2 / 6)
    assert j["false_alarms_per_million"] == pytest.approx(1_000_000 * 2 / 6)
    assert (j["positives"], j["negatives"]) == (4, 6)


def test_rates_are_none_when_there_is_nothing_to_divide_by():
    c = count([False, False], [False, False])
    assert c.recall is None and c.precision is None and c.fpr == 0.0


def test_count_rejects_lists_of_different_length():
    with pytest.raises(ValueError):
        count([True], [True, False])


def test_recall_at_fpr_picks_the_threshold_above_the_allowed_negatives():
    neg = [i / 100 for i in range(100)]  # 0.00 .. 0.99, 100 good messages
    pos = [0.995, 0.985, 0.975, 0.5, 0.1]
    # 1e-2 of 100 = 1 false alarm allowed: flag above the 2nd-highest negative (0.98)
    r = recall_at_fpr(pos, neg, 1e-2)
    assert r.measurable
    assert r.threshold == pytest.approx(0.98)
    assert (r.detected, r.false_alarms) == (2, 1)
    assert r.recall == pytest.approx(2 / 5)
    assert r.achieved_fpr == pytest.approx(1 / 100)


def test_recall_at_fpr_says_when_too_few_negatives_to_measure():
    neg = [0.1, 0.2, 0.3]
    pos = [0.25, 0.9]
    r = recall_at_fpr(pos, neg, 1e-3)
    assert not r.measurable
    assert "1,000" in r.note and "3" in r.note
    # No false alarm allowed: only the positive above every negative counts.
    assert r.threshold == pytest.approx(0.3)
    assert r.recall == pytest.approx(1 / 2)
    assert r.false_alarms == 0


def test_recall_at_fpr_ties_with_a_negative_are_not_counted():
    r = recall_at_fpr([0.5, 0.5], [0.5] + [0.0] * 99, 1e-2)
    # 1 false alarm allowed of 100 -> threshold is the 2nd-highest negative (0.0); 0.5 > 0.0 flags both
    assert r.recall == 1.0 and r.false_alarms == 1
    r = recall_at_fpr([0.5, 0.5], [0.5, 0.5] + [0.0] * 98, 1e-2)
    # two negatives tie at 0.5: flagging at 0.5 would give 2 false alarms, so nothing at 0.5 is flagged
    assert r.recall == 0.0 and r.false_alarms == 0


def test_recall_at_fpr_without_positives_or_negatives():
    assert recall_at_fpr([], [0.1] * 200, 1e-2).recall is None
    assert recall_at_fpr([0.3], [], 1e-2).recall is None


def test_curves_have_auc_and_endpoints():
    c = curves([0.9, 0.8, 0.4], [0.1, 0.5, 0.3])
    # pairs ranked right: 3*3=9 pairs, wrong only (0.4 < 0.5): 8/9
    assert c.roc_auc == pytest.approx(8 / 9)
    assert c.roc[0] == (0.0, 0.0) and c.roc[-1] == (1.0, 1.0)
    assert all(0 <= p <= 1 and 0 <= r <= 1 for r, p in c.pr)
    assert curves([], [0.1]).roc_auc is None


def test_curves_are_thinned_but_keep_their_ends():
    pos = [i / 5000 for i in range(5000)]
    neg = [i / 5000 - 0.3 for i in range(5000)]
    c = curves(pos, neg, max_points=50)
    assert len(c.roc) <= 50 and c.roc[-1] == (1.0, 1.0)
    assert not math.isnan(c.average_precision)
