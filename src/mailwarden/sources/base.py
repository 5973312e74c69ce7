"""The unit every source yields: raw bytes with a `source` pointer back to them, or an error."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RawItem:
    source: str  # "inbox.mbox#17", "archive.tar.gz:member.eml", "path/to/file.eml"
    data: bytes | None
    error: str = ""  # set when the item could not be read (data is None)
    truncated: bool = False  # the message was longer than max_message_bytes; data holds its start
