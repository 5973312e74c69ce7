"""Raw bytes to one immutable `Message`, parsed once. Never raises: problems become `defects`.

The stdlib parser runs with the compat32 policy: it is about five times faster than policy.default
and never raises on header access; our own helpers decode header values (RFC 2047, raw 8-bit bytes)
leniently. MIME nesting, part count, text size, address count and header count are all bounded.
"""

from __future__ import annotations

import hashlib
import logging
from email import policy
from email.message import Message as StdMessage
from email.parser import BytesParser

from mailwarden.message.addresses import (
    MAX_ADDRESSES,
    angle_tokens,
    bare_address,
    first_angle_token,
    name_from_x_from,
    parse_addresses,
)
from mailwarden.message.auth import parse_auth
from mailwarden.message.body import read_body
from mailwarden.message.guard import limit_mime
from mailwarden.message.headers import MAX_HEADER_CHARS, MAX_HEADERS, decode_words, raw_to_text, unfold
from mailwarden.message.language import guess_language
from mailwarden.message.lifted import lift_big_bodies
from mailwarden.message.model import Address, AuthResults, Message
from mailwarden.message.received import MAX_HOPS, parse_date, parse_received
from mailwarden.settings import Settings

log = logging.getLogger(__name__)
_PARSER = BytesParser(policy=policy.compat32)
_DEFAULT_SETTINGS = Settings()
MAX_RAW_HEADERS = 5000  # header lines scanned for fields; `Message.headers` keeps MAX_HEADERS of them


def parse_message(data: bytes, source: str, settings: Settings | None = None) -> Message:
    """Parse raw message bytes; any failure is recorded as a defect on a (possibly sparse) Message."""
    if not isinstance(data, bytes | bytearray | memoryview):
        data = str(data).encode("utf-8", "surrogateescape")
    data = bytes(data)
    settings = settings or _DEFAULT_SETTINGS
    try:
        return _parse(data, source, settings)
    except Exception as exc:  # noqa: BLE001 - the contract is "never raises"; record and move on
        log.debug("parser failed on %s", source, exc_info=True)
        return Message(
            source=source,
            raw_size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            defects=(f"parser_error:{type(exc).__name__}",),
        )


def _parse(data: bytes, source: str, settings: Settings) -> Message:
    defects: list[str] = []
    if not data.strip():
        defects.append("empty_message")
    headers_only = len(data) >= settings.max_message_bytes  # cut by the source: judge on headers
    data_to_parse = data
    if headers_only:
        defects.append("message_truncated")
    else:
        cut = limit_mime(data, settings.max_mime_depth, settings.max_mime_parts)
        if cut is not None:
            data_to_parse, defect = cut
            defects.append(defect)
    if headers_only:  # the parser would still copy the whole body; give it the header block alone
        data_to_parse = data_to_parse[: _header_end(data_to_parse)]
    data_to_parse, lifted = lift_big_bodies(data_to_parse)
    msg = _PARSER.parsebytes(data_to_parse, headersonly=headers_only)
    raw_headers = _raw_headers(msg, defects)
    headers = [(name, decode_words(value)) for name, value in raw_headers]
    body = read_body(msg, settings, defects, lifted) if not headers_only else None
    fields = _header_fields(raw_headers, headers, defects)
    text = body.text if body else ""
    return Message(
        source=source,
        raw_size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        headers=tuple((name, value[:MAX_HEADER_CHARS]) for name, value in headers[:MAX_HEADERS]),
        text=text,
        html=body.html if body else False,
        links=body.links if body else (),
        attachments=body.attachments if body else (),
        language=guess_language(text) if text else "",
        defects=tuple(dict.fromkeys(defects)),
        **fields,
    )


def _header_end(data: bytes) -> int:
    ends = [i for i in (data.find(b"\n\n"), data.find(b"\r\n\r\n")) if i >= 0]
    return min(ends) + 2 if ends else min(len(data), 1024 * 1024)


def _raw_headers(msg: StdMessage, defects: list[str]) -> list[tuple[str, str]]:
    """(lower-cased name, unfolded text) with encoded words still encoded: address lists must be split
    before display names are decoded, or an encoded comma or `<` would forge extra addresses."""
    raw = msg._headers  # (name, value) as parsed; raw_items() only wraps this in a generator
    if len(raw) > MAX_RAW_HEADERS:
        defects.append("headers_truncated")
        raw = raw[:MAX_RAW_HEADERS]
    out = [(name.lower(), unfold(raw_to_text(value))) for name, value in raw]
    if not out:
        defects.append("no_headers")
    elif len(out) > MAX_HEADERS:
        defects.append("headers_truncated")
    return out


# The headers `_header_fields` reads.
_FIELD_HEADERS = frozenset({"from", "x-from", "reply-to", "to", "cc", "bcc", "date", "received", "message-id",
                            "subject", "return-path", "in-reply-to", "references"})


def _header_fields(
    raw_headers: list[tuple[str, str]], headers: list[tuple[str, str]], defects: list[str]
) -> dict:
    by_name: dict[str, list[str]] = {}
    raw_by_name: dict[str, list[str]] = {}
    for (name, raw), (_, value) in zip(raw_headers, headers, strict=True):  # same names, same order
        if name in _FIELD_HEADERS:  # the others (X-*, DKIM, List-*...) are not read here
            by_name.setdefault(name, []).append(value)
            raw_by_name.setdefault(name, []).append(raw)

    def first(name: str) -> str:
        values = by_name.get(name)
        return values[0] if values else ""

    def addresses(name: str, defect: str) -> tuple[Address, ...]:
        values = raw_by_name.get(name)
        if not values:
            return ()
        found, truncated = parse_addresses(", ".join(values), MAX_ADDRESSES)
        if truncated:
            defects.append(defect)
        return found

    senders = addresses("from", "from_truncated")
    if len(by_name.get("from", ())) > 1:
        defects.append("multiple_from_headers")
    sender = senders[0] if senders else None
    if sender is not None and not sender.name and by_name.get("x-from"):
        name = name_from_x_from(raw_by_name["x-from"][0], sender.address)
        if name:
            sender = Address(name=name, address=sender.address)
    date = None
    if "date" in by_name:
        date = parse_date(first("date"))
        if date is None:
            defects.append("bad_date")
    received_values = by_name.get("received", [])
    if len(received_values) > MAX_HOPS:
        defects.append("received_truncated")
    return {
        "message_id": first_angle_token(first("message-id"))[:1000],
        "subject": first("subject")[:2000],
        "date": date,
        "sender": sender,
        "reply_to": addresses("reply-to", "reply_to_truncated"),
        "return_path": bare_address(first("return-path"))[:500],
        "to": addresses("to", "recipients_truncated"),
        "cc": addresses("cc", "recipients_truncated"),
        "bcc": addresses("bcc", "recipients_truncated"),
        "in_reply_to": first_angle_token(first("in-reply-to"))[:1000],
        "references": angle_tokens(first("references")),
        "received": tuple(parse_received(value) for value in received_values[:MAX_HOPS]),
        "auth": _auth(headers, defects),
    }


def _auth(headers: list[tuple[str, str]], defects: list[str]) -> AuthResults:
    try:
        return parse_auth(headers)
    except Exception as exc:  # noqa: BLE001 - odd authentication headers must not cost the message
        defects.append(f"auth_unreadable:{type(exc).__name__}")
        return AuthResults(present=True)
