"""Cheap reads of one header from raw bytes (Date for the time split, Subject for the mistakes list).

Used where the engine's parsed message does not say (placeholder parsers, unreadable messages). Only the
header block is parsed; nothing here raises.
"""

from __future__ import annotations

import email.errors
import email.header
import email.parser
import email.policy
import email.utils
from datetime import UTC, datetime

_HEADER_LIMIT = 64 * 1024


def _headers(data: bytes):
    block = data[:_HEADER_LIMIT]
    end = block.find(b"\n\n")
    if end < 0:
        end = block.find(b"\r\n\r\n")
    if end >= 0:
        block = block[: end + 1]
    return email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(block)


def header_date(data: bytes) -> datetime | None:
    """The Date header as an aware UTC datetime, or None when missing or unparseable."""
    try:
        value = _headers(data).get("Date")
        if not value:
            return None
        when = email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError, LookupError):
        return None
    if when is None:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def header_subject(data: bytes) -> str:
    try:
        value = _headers(data).get("Subject")
        if value is None:
            return ""
        parts = email.header.decode_header(str(value))
        text = "".join(p.decode(c or "latin-1", "replace") if isinstance(p, bytes) else p for p, c in parts)
    except (TypeError, ValueError, LookupError, email.errors.HeaderParseError):
        return ""
    return " ".join(text.split())[:300]
