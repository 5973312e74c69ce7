"""The promotion gate: reported misses must stay caught; worse candidates are refused."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from mailwarden.model.dataset import Example
from mailwarden.model.gate import judge_candidate
from mailwarden.model.orgtrain import MISS_WEIGHT
from mailwarden.model.train import fit_model
from mailwarden.settings import Settings

from .factory import examples, good_message

# An attack unlike anything in the training set: a gift-card ask dressed like ordinary internal mail
# (a colleague's address, a normal subject) and no signals at all.
MISS_TEXT = "could you pick up six store vouchers for the client event and email me the codes on the back"


def _miss(i: int) -> Example:
    message = replace(good_message(10_000 + i, random.Random(i)), text=MISS_TEXT, source=f"miss#{i}")
    return Example(message, [], 1, "gift_card", MISS_WEIGHT, f"label:{i}", "label:missed", "train")


@pytest.fixture(scope="module")
def settings_() -> Settings:
    return Settings()


@pytest.fixture(scope="module")
def without_miss(settings_):
    return fit_model(examples(seed=2), "org-2026-11-23.1", settings_)[0]


@pytest.fixture(scope="module")
def with_miss(settings_):
    return fit_model(examples(seed=2) + [_miss(1)], "org-2026-11-23.2", settings_)[0]


def test_a_candidate_that_misses_a_reported_attack_is_refused(without_miss, settings_):
    regression = [_miss(1)]
    assert without_miss.predict([(regression[0].message, [])], None)[0].score < settings_.suspicious_threshold
    decision = judge_candidate(without_miss, None, [], regression, settings_)
    assert not decision.promote
    assert decision.missed_regressions and "misses 1 of 1" in decision.summary()


def test_a_reported_miss_is_caught_after_retraining(with_miss, without_miss, settings_):
    holdout = [e for e in examples(seed=9)][::5]
    decision = judge_candidate(with_miss, without_miss, holdout, [_miss(1)], settings_)
    assert decision.promote, decision.reasons
    assert "catches all 1 reported misses" in decision.summary()


def test_a_candidate_worse_on_held_out_mail_is_refused(without_miss, settings_):
    # A "candidate" trained on the wrong labels: it flags good mail and passes attacks.
    flipped = [Example(e.message, e.signals, 1 - e.label, "ceo_fraud" if e.label == 0 else "none")
               for e in examples(seed=4)]
    bad = fit_model(flipped, "org-2026-11-23.3", settings_)[0]
    holdout = examples(seed=11)[::4]
    decision = judge_candidate(bad, without_miss, holdout, [], settings_)
    assert not decision.promote
    assert any("held-out" in r for r in decision.reasons)


class _Fixed:
    """A model whose held-out predictions are given: the gate's arithmetic, without training."""

    def __init__(self, flagged: set[int], n: int) -> None:
        self.scores = [0.6 if i in flagged else 0.01 for i in range(n)]

    def predict(self, rows, profile):  # noqa: ARG002 - the TrainedModel signature
        from mailwarden.model.artifact import Prediction

        return [Prediction(s, s, 0.0, "none") for s in self.scores[: len(rows)]]


def _good_holdout(n: int) -> list[Example]:
    rng = random.Random(5)
    return [Example(good_message(i, rng), [], 0, "none") for i in range(n)]


def test_a_false_alarm_rise_within_retraining_noise_passes(settings_):
    holdout = _good_holdout(3000)
    # 5 false alarms against 3 (+0.67 / 1000, over the 0.5 tolerance): two extra messages are noise.
    decision = judge_candidate(_Fixed({0, 1, 2, 3, 4}, 3000), _Fixed({0, 1, 2}, 3000), holdout, [], settings_)
    assert decision.promote, decision.reasons
    assert "within retraining noise" in decision.summary()


def test_a_large_false_alarm_rise_is_refused_even_if_the_sign_test_is_unsure(settings_):
    holdout = _good_holdout(3000)
    # 10 against 3 (+2.3 / 1000) is over the noise limit whatever the test says.
    decision = judge_candidate(_Fixed(set(range(10)), 3000), _Fixed({0, 1, 2}, 3000), holdout, [], settings_)
    assert not decision.promote
    assert "sign test" in decision.summary()


def test_a_small_but_consistent_false_alarm_rise_is_refused(settings_):
    holdout = _good_holdout(10_000)
    # +8 on 10,000 (+0.8 / 1000, under the noise limit), all flagged by the candidate alone: p = 0.004.
    decision = judge_candidate(_Fixed(set(range(8)), 10_000), _Fixed(set(), 10_000), holdout, [], settings_)
    assert not decision.promote
    assert "p = 0.004" in decision.summary()
