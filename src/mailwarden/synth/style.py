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
    plain_content_type: str = ""  # the org's usual text/plain Content-Type, verbatim ("charset=us-ascii")
    wrap_at: int = 0  # body lines hard-wrapped at this width (Lotus Notes exports), 0 = not wrapped

    @property
    def linesep(self) -> str:
        return "\r\n" if self.crlf else "\n"

    def to_dict(self) -> dict[str, object]:
        return {name: _listify(getattr(self, name)) for name in self.__dataclass_fields__}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> MailStyle:
        known = {k: _tuplify(v) for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)  # type: ignore[arg-type]


def _listify(value: object) -> object:
    return [_listify(v) for v in value] if isinstance(value, tuple) else value


def _tuplify(value: object) -> object:
    return tuple(_tuplify(v) for v in value) if isinstance(value, list) else value


def infer_mail_style(raw_messages: Iterable[bytes], limit: int = 400) -> MailStyle:
    """Read the header shape of (a sample of) the organization's own mail."""
    parser = BytesHeaderParser(policy=compat32)
    seen = with_received = bare = with_comment = crlf = multipart = unpadded = padded = 0
    offsets: Counter[str] = Counter()
    ids: list[str] = []
    mailbox: Counter[tuple[tuple[str, str], ...]] = Counter()
    plain_types: Counter[str] = Counter()
    line_lengths: list[int] = []
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
        content_type = " ".join(str(headers.get("Content-Type", "")).split())
        multipart += content_type.lower().startswith("multipart/")
        if content_type.lower().startswith("text/plain"):
            plain_types[content_type] += 1
            if str(headers.get("Content-Transfer-Encoding", "7bit")).strip().lower() in ("7bit", "8bit"):
                body = raw.replace(b"\r\n", b"\n").partition(b"\n\n")[2][:20000]
                line_lengths += [len(line) for line in body.split(b"\n") if line.strip()]
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
        plain_content_type=plain_types.most_common(1)[0][0] if plain_types else "",
        wrap_at=_wrap_width(line_lengths),
    )


def _wrap_width(lengths: list[int]) -> int:
    """The hard-wrap width of the org's bodies, when almost no line is longer (else 0: not wrapped)."""
    if len(lengths) < 200:
        return 0
    ordered = sorted(lengths)
    p99 = ordered[int(len(ordered) * 0.99)]
    return p99 if 60 <= p99 <= 80 else 0


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
