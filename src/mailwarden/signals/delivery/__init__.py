"""Detectors for the delivery leg; each submodule lists its own DETECTORS."""

from mailwarden.signals.base import Detector
from mailwarden.signals.delivery import attachments, evasion, links

DETECTORS: tuple[Detector, ...] = (*links.DETECTORS, *attachments.DETECTORS, *evasion.DETECTORS)
