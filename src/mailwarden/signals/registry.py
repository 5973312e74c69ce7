"""The list of detector modules. Adding a detector = adding it to its module's DETECTORS tuple."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from functools import cache

from mailwarden.message import Message
from mailwarden.signals.base import Context, Detector, Signal

log = logging.getLogger(__name__)


@cache
def all_detectors() -> tuple[Detector, ...]:
    # Imported here so that importing the registry has no side effects beyond this call.
    from mailwarden.signals import authentication, delivery, goal, impersonation, trust

    found: list[Detector] = []
    for module in (impersonation, authentication, trust, goal, delivery):
        found.extend(module.DETECTORS)
    ids = Counter(d.id for d in found)
    duplicates = [i for i, n in ids.items() if n > 1]
    if duplicates:
        raise RuntimeError(f"duplicate detector ids: {duplicates}")
    return tuple(found)


class DetectorRunner:
    """Runs detectors on a message; a detector that raises abstains and is counted."""

    def __init__(self, detectors: Iterable[Detector] | None = None) -> None:
        self.detectors = tuple(detectors) if detectors is not None else all_detectors()
        self.crashes: Counter[str] = Counter()

    def run(self, message: Message, context: Context) -> list[Signal]:
        signals: list[Signal] = []
        for det in self.detectors:
            try:
                signal = det.run(message, context)
            except Exception:  # noqa: BLE001 - a crashing detector abstains, the message goes on
                self.crashes[det.id] += 1
                log.debug("detector %s crashed on %s", det.id, message.source, exc_info=True)
                continue
            if signal is not None:
                signals.append(signal)
        return signals
