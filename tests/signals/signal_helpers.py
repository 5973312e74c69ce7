"""Building blocks for detector unit tests: typed messages without a parser."""

from __future__ import annotations

from mailwarden.message import Address, Message
from mailwarden.settings import Settings
from mailwarden.signals.base import Context, Detector

ORG = Settings(org_domains=("example.com",), vips=("Jane Boss <jane.boss@example.com>", "Lay, Kenneth"))


def msg(sender: str = "someone@outside.net", name: str = "", **fields) -> Message:
    return Message(source="unit", sender=Address(name, sender), **fields)


def run(det: Detector, message: Message, settings: Settings = ORG):
    return det.run(message, Context(settings=settings))
