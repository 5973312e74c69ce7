"""Received headers to hops (newest first): from-host, from-IP, by-host and the stamped date."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache

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
    v4 = _IPV4.findall(text)
    if v4:
        return v4[-1]
    v6 = _IPV6.search(text)
    return v6.group(1).lower() if v6 else ""


def parse_date(value: str) -> datetime | None:
    """RFC 5322 date, always timezone-aware; the common shape is read with one regex, anything else goes
    to the stdlib."""
    value = value.strip()
    if not value:
        return None
    fast = _fast_date(value)
    if fast is not None:
        return fast
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    # "-0000" and unknown zone names give a naive datetime; downstream code compares dates, and naive
    # against aware raises TypeError, so every date we hand out is aware (UTC when the zone is unknown).
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_RFC5322_DATE = re.compile(
    r"^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+([+-])(\d{2})(\d{2})"
    r"(?:\s|$)"
)


@lru_cache(maxsize=512)
def _zone(minutes: int) -> timezone:
    return timezone(timedelta(minutes=minutes))


def _fast_date(value: str) -> datetime | None:
    match = _RFC5322_DATE.match(value)
    if not match:
        return None
    day, month, year, hour, minute, second, sign, off_h, off_m = match.groups()
    month_number = _MONTHS.get(month.lower())
    if month_number is None:
        return None
    minutes = int(off_h) * 60 + int(off_m)
    if sign == "-":
        if not minutes:  # "-0000" means "no zone information" (RFC 5322): handled with the unknown zones
            return None
        minutes = -minutes
    try:
        return datetime(int(year), month_number, int(day), int(hour), int(minute), int(second or 0),
                        tzinfo=_zone(minutes))
    except (ValueError, OverflowError):
        return None
