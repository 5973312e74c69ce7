"""Received headers to hops (newest first): from-host, from-IP, by-host and the stamped date."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

from mailwarden.message.model import ReceivedHop

MAX_HOPS = 30
_FROM = re.compile(r"\bfrom\s+([^\s;()\[\]]+)", re.IGNORECASE)
_BY = re.compile(r"\bby\s+([^\s;()\[\]]+)", re.IGNORECASE)
_IPV4 = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
_IPV6 = re.compile(r"\[(?:IPv6:)?([0-9A-Fa-f:]*:[0-9A-Fa-f:.]+)\]")


def parse_received(value: str) -> ReceivedHop:
    """Parse one unfolded Received value; anything unrecognised stays empty, `raw` keeps the text."""
    head, _, stamp = value.rpartition(";")
    if not head:
        head, stamp = value, ""
    by_match = _BY.search(head)
    from_part = head[: by_match.start()] if by_match else head
    from_match = _FROM.search(from_part)
    return ReceivedHop(
        from_host=from_match.group(1).lower().strip(".") if from_match else "",
        from_ip=_first_ip(from_part),
        by_host=by_match.group(1).lower().strip(".") if by_match else "",
        date=parse_date(stamp),
        raw=value[:1000],
    )


def _first_ip(text: str) -> str:
    # The bracketed or parenthesised address is the one the receiving server saw; the HELO name may
    # itself look like an address, so prefer the last IPv4 in the from clause.
    v6 = _IPV6.search(text)
    v4 = _IPV4.findall(text)
    if v4:
        return v4[-1]
    return v6.group(1).lower() if v6 else ""


def parse_date(value: str) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
