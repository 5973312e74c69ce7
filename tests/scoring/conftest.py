"""Every scorer test sees the made-up detectors of `fakes`, not the registry."""

from __future__ import annotations

import pytest

from mailwarden.scoring import coldstart, explain
from mailwarden.signals.base import Detector

from .fakes import FAKE_DETECTORS


@pytest.fixture(autouse=True)
def fake_detectors(monkeypatch: pytest.MonkeyPatch) -> dict[str, Detector]:
    monkeypatch.setattr(coldstart, "detectors_by_id", lambda: FAKE_DETECTORS)
    monkeypatch.setattr(explain, "detectors_by_id", lambda: FAKE_DETECTORS)
    return FAKE_DETECTORS
