"""Detectors for the impersonation leg; each submodule lists its own DETECTORS."""

from mailwarden.signals.impersonation import lookalike
from mailwarden.signals.impersonation import display_name
from mailwarden.signals.impersonation import known_people
from mailwarden.signals.base import Detector

DETECTORS: tuple[Detector, ...] = (*lookalike.DETECTORS, *display_name.DETECTORS, *known_people.DETECTORS,)
