"""Placeholder parser: replaced by the full parser (issue 2). Never raises."""

from __future__ import annotations

import hashlib

from mailwarden.message.model import Message
from mailwarden.settings import Settings


def parse_message(data: bytes, source: str, settings: Settings | None = None) -> Message:
    return Message(source=source, raw_size=len(data), sha256=hashlib.sha256(data).hexdigest())
