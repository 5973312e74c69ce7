"""Detectors for the trust leg; each submodule lists its own DETECTORS."""

from mailwarden.signals.base import Detector
from mailwarden.signals.trust import history

DETECTORS: tuple[Detector, ...] = (*history.DETECTORS,)
