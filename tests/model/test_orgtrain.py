"""The organization model end to end: history + synthetic attacks -> gated model; a reported miss is
caught after retraining; versions move the `current` pointer only when the gate agrees."""

from __future__ import annotations

import pytest

from mailwarden.engine import Engine
from mailwarden.feedback import record_feedback
from mailwarden.message.parse import parse_message
from mailwarden.model import registry
from mailwarden.model.orgtrain import train_org_model
from mailwarden.store import Store, load_profile
from mailwarden.synth import generate_hard_negatives, generic_seed


@pytest.fixture
def history(tmp_path):
    """A small organization's mailbox: synthetic ordinary mail (no corpus content)."""
    folder = tmp_path / "history"
    folder.mkdir()
    for i, (raw, _label) in enumerate(generate_hard_negatives(generic_seed(3), 260, rng_seed=3)):
        (folder / f"{i:04d}.eml").write_bytes(raw)
    return folder


@pytest.fixture
def no_base_model(monkeypatch, tmp_path):
    monkeypatch.setattr(registry, "BASE_DIR", tmp_path / "no-base")


@pytest.mark.slow
def test_train_then_a_reported_miss_is_caught_after_retraining(settings, history, fixtures, no_base_model):
    first = train_org_model(settings, [str(history)], synth_per_type=6, rng_seed=1)
    assert first.promoted and registry.current_version(settings) == first.version
    assert (registry.models_dir(settings) / first.version / "card.json").is_file()

    raw = (fixtures / "feedback" / "missed_gift_card.eml").read_bytes()
    with Store.open(settings) as store:
        record_feedback(settings, store, "missed", raw=raw, attack_type="gift_card")

    second = train_org_model(settings, None, synth_per_type=6, rng_seed=2)  # history remembered
    assert second.version != first.version
    assert any("catches all 1 reported misses" in r for r in second.decision.reasons)
    scorer = registry.load_scorer(settings)
    assert scorer is not None
    # Judged exactly as `scan` judges it: the engine, its detectors and the learned profile.
    engine = Engine(settings, profile=load_profile(settings), scorer=registry.load_scorer(settings,
                                                                                          load_profile(settings)))
    verdict_score = engine.judge(parse_message(raw, "miss.eml", settings)).score
    if second.promoted:
        assert scorer.version == second.version
        assert verdict_score >= settings.suspicious_threshold
    else:  # refused on held-out mail: the first model stays in service and says so
        assert scorer.version == first.version
        assert any("held-out" in r for r in second.decision.reasons)
