"""How the organization's own mail looks on disk, so synthetic attacks look the same.

If the history comes from an archive export without transport headers (Enron: no Received, no
Authentication-Results, bare From with the name in X-From), attacks written with a full modern header
set would be told apart by their headers alone. `infer_mail_style` reads a sample of the org's own
messages and records the shape to copy: header style, Message-ID shape, line endings, date comments.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32
from random import Random

HEADER_STYLES = ("archive", "modern")

# Mailbox-level headers an archive export stamps on every message (copied as-is: they carry no content).
_MAILBOX_HEADERS = ("X-Folder", "X-Origin", "X-FileName")
_DATE_COMMENT = re.compile(r"\([A-Z]{2,5}\)\s*$")
_RUN = re.compile(r"[0-9a-f]+|[0-9A-F]+")
_OFFSET = re.compile(r"([+-]\d{4})(?:\s|$)")
_UNPADDED_DAY = re.compile(r"^\w{3}, \d ")
_PADDED_DAY = re.compile(r"^\w{3}, 0\d ")


@dataclass(frozen=True)
class MailStyle:
    headers: str = "modern"  # "archive" | "modern"
    message_id_samples: tuple[str, ...] = ()  # real Message-IDs whose shape is re-randomised
    bare_from: bool = False  # From holds only the address; names go to X-From / X-To (archive exports)
    mailbox_headers: tuple[tuple[tuple[str, str], ...], ...] = ()  # per sample: X-Folder etc.
    date_comment: bool = False  # "-0700 (PDT)" style
    crlf: bool = False
    multipart_seen: bool = True  # whether the org's mail ever carries attachments
    utc_offsets: tuple[str, ...] = ()  # Date offsets the org's mail shows ("-0700"), most common first
    unpadded_day: bool = False  # "Fri, 5 Jun 2001" rather than "Fri, 05 Jun 2001"

    @property
    def linesep(self) -> str:
        return "\r\n" if self.crlf else "\n"

    def to_dict(self) -> dict[str, object]:
        return {
            "headers": self.headers,
            "message_id_samples": list(self.message_id_samples),
            "bare_from": self.bare_from,
            "mailbox_headers": [list(map(list, sample)) for sample in self.mailbox_headers],
            "date_comment": self.date_comment,
            "crlf": self.crlf,
            "multipart_seen": self.multipart_seen,
            "utc_offsets": list(self.utc_offsets),
            "unpadded_day": self.unpadded_day,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> MailStyle:
        mailbox = tuple(
            tuple((str(k), str(v)) for k, v in sample) for sample in data.get("mailbox_headers", [])
        )  # type: ignore[union-attr]
        return cls(
            headers=str(data.get("headers", "modern")),
            message_id_samples=tuple(str(x) for x in data.get("message_id_samples", [])),  # type: ignore[union-attr]
            bare_from=bool(data.get("bare_from", False)),
            mailbox_headers=mailbox,
            date_comment=bool(data.get("date_comment", False)),
            crlf=bool(data.get("crlf", False)),
            multipart_seen=bool(data.get("multipart_seen", True)),
            utc_offsets=tuple(str(x) for x in data.get("utc_offsets", [])),  # type: ignore[union-attr]
            unpadded_day=bool(data.get("unpadded_day", False)),
        )


def infer_mail_style(raw_messages: Iterable[bytes], limit: int = 400) -> MailStyle:
    """Read the header shape of (a sample of) the organization's own mail."""
    parser = BytesHeaderParser(policy=compat32)
    seen = with_received = bare = with_comment = crlf = multipart = unpadded = padded = 0
    offsets: Counter[str] = Counter()
    ids: list[str] = []
    mailbox: Counter[tuple[tuple[str, str], ...]] = Counter()
    for raw in raw_messages:
        if seen >= limit:
            break
        seen += 1
        crlf += b"\r\n" in raw[:2000]
        headers = parser.parsebytes(raw)
        with_received += (
            headers.get("Received") is not None or headers.get("Authentication-Results") is not None
        )
        sender = str(headers.get("From", ""))
        bare += "<" not in sender and headers.get("X-From") is not None
        date = str(headers.get("Date", "")).strip()
        with_comment += bool(_DATE_COMMENT.search(date))
        unpadded += bool(_UNPADDED_DAY.match(date))
        padded += bool(_PADDED_DAY.match(date))
        offset = _OFFSET.search(date)
        if offset:
            offsets[offset.group(1)] += 1
        multipart += str(headers.get("Content-Type", "")).lower().startswith("multipart/")
        message_id = str(headers.get("Message-ID", "")).strip()
        if message_id and len(ids) < 64:
            ids.append(message_id)
        values = tuple(
            (name, str(headers[name])) for name in _MAILBOX_HEADERS if headers.get(name) is not None
        )
        if values:
            mailbox[values] += 1
    if not seen:
        return MailStyle()
    return MailStyle(
        headers="modern" if with_received / seen >= 0.3 else "archive",
        message_id_samples=tuple(ids),
        bare_from=bare / seen >= 0.5,
        mailbox_headers=tuple(sample for sample, _ in mailbox.most_common(20)),
        date_comment=with_comment / seen >= 0.5,
        crlf=crlf / seen >= 0.5,
        multipart_seen=multipart > 0,
        utc_offsets=tuple(o for o, _ in offsets.most_common(4)),
        unpadded_day=unpadded > padded,
    )


def reshape_message_id(sample: str, rng: Random) -> str:
    """A new Message-ID with the same shape as `sample` (digit and hex runs re-drawn)."""

    def run(match: re.Match[str]) -> str:
        text = match.group(0)
        if text.isdigit():
            keep = text[:4] if len(text) >= 10 else ""  # long counters share a prefix (timestamps): keep it
            first = keep or (rng.choice("123456789") if len(text) > 1 else rng.choice("0123456789"))
            return first + "".join(rng.choice("0123456789") for _ in text[len(first) :])
        if len(text) < 6 or not any(ch.isdigit() for ch in text):
            return text  # a word, not an identifier
        alphabet = "0123456789abcdef" if text.lower() == text else "0123456789ABCDEF"
        return "".join(rng.choice(alphabet) for _ in text)

    local, _, domain = sample.strip("<>").partition("@")
    local = _RUN.sub(run, local)
    return f"<{local}@{domain}>" if domain else f"<{local}>"
