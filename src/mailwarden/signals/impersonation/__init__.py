"""Detectors for the impersonation leg; each submodule lists its own DETECTORS."""

from mailwarden.signals.base import Detector
from mailwarden.signals.impersonation import display_name, known_people, lookalike, sender

DETECTORS: tuple[Detector, ...] = (
    *lookalike.DETECTORS,
    *display_name.DETECTORS,
    *sender.DETECTORS,
    *known_people.DETECTORS,
)
