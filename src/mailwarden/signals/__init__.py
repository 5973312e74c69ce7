"""Detectors grouped by the leg of an attack they test; see `registry` for the full list."""

from mailwarden.signals.base import Context, Detector, Hit, Leg, Party, Signal, detector

__all__ = ["Context", "Detector", "Hit", "Leg", "Party", "Signal", "detector"]
