"""Detectors for the goal leg; each submodule lists its own DETECTORS."""

from mailwarden.signals.goal import asks
from mailwarden.signals.base import Detector

DETECTORS: tuple[Detector, ...] = (*asks.DETECTORS,)
