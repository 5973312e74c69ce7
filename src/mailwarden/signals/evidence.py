"""Small helpers detectors share to read a message and to write evidence a person can check.

Attacker-controlled values are always shown through `quote`: repr-style quoting (so control characters,
bidi tricks and look-alike letters stay visible) and truncated so a hostile value cannot flood a report.
"""

from __future__ import annotations

from mailwarden.message import Message

MAX_QUOTED = 60


def quote(value: str, limit: int = MAX_QUOTED) -> str:
    value = value if len(value) <= limit else value[: limit - 1] + "…"
    return repr(value)


def sender_address(message: Message) -> str:
    return message.sender.address if message.sender is not None else ""


def sender_domain(message: Message) -> str:
    return message.sender.domain if message.sender is not None else ""


def sender_name(message: Message) -> str:
    return message.sender.name if message.sender is not None else ""


def is_list_mail(message: Message) -> bool:
    """Mailing-list or bulk mail: lists rewrite Reply-To/Return-Path by design."""
    return bool(message.header("list-id") or message.header("list-post")
                or message.header("precedence").lower() in {"list", "bulk"})
