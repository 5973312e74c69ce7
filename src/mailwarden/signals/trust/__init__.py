"""Detectors for the trust leg; each submodule lists its own DETECTORS."""

from mailwarden.signals.trust import history
from mailwarden.signals.base import Detector

DETECTORS: tuple[Detector, ...] = (*history.DETECTORS,)
