"""Detectors for the goal leg; each submodule lists its own DETECTORS."""

from mailwarden.signals.base import Detector
from mailwarden.signals.goal import asks

DETECTORS: tuple[Detector, ...] = (*asks.DETECTORS,)
