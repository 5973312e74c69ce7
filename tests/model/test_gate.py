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
