"""impersonation detectors: known people."""

from __future__ import annotations

from mailwarden.signals.base import Detector

DETECTORS: tuple[Detector, ...] = ()
