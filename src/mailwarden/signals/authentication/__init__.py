"""Detectors for the authentication leg; each submodule lists its own DETECTORS."""

from mailwarden.signals.authentication import results
from mailwarden.signals.base import Detector

DETECTORS: tuple[Detector, ...] = (*results.DETECTORS,)
