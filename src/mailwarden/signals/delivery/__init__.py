"""Detectors for the delivery leg; each submodule lists its own DETECTORS."""

from mailwarden.signals.delivery import links
from mailwarden.signals.delivery import attachments
from mailwarden.signals.base import Detector

DETECTORS: tuple[Detector, ...] = (*links.DETECTORS, *attachments.DETECTORS,)
