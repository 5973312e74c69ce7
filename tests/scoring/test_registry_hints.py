"""The scorer and the explanations read the real detectors' hints: they must use the taxonomy's words."""

from __future__ import annotations

import pytest

from mailwarden.scoring.explain import vector_of
from mailwarden.scoring.verdict import ATTACK_TYPES, STRATEGIES, VECTORS
from mailwarden.signals.base import Leg, Signal
from mailwarden.signals.registry import all_detectors

DETECTORS = all_detectors()


@pytest.mark.parametrize("det", DETECTORS, ids=lambda d: d.id)
def test_hints_are_taxonomy_words(det):
    assert set(det.attack_types) <= set(ATTACK_TYPES)
    assert det.strategy in ("", *STRATEGIES)


@pytest.mark.parametrize("det", [d for d in DETECTORS if d.leg == Leg.DELIVERY], ids=lambda d: d.id)
def test_link_and_attachment_detectors_name_their_vector(det, monkeypatch):
    from mailwarden.scoring import explain

    monkeypatch.setattr(explain, "detectors_by_id", lambda: {d.id: d for d in DETECTORS})
    vector = vector_of([Signal(det.id, det.leg, 0.5, "")])
    assert vector in VECTORS
    module = det.fn.__module__.rpartition(".")[2]
    if module == "links":
        assert vector == "link"
    elif module == "attachments":
        assert vector in ("attachment", "calendar", "qr_code")
