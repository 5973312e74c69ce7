"""Big part bodies lifted out before the stdlib parser sees them.

The stdlib parser handles bodies one line at a time in Python: a 30 MB base64 attachment costs
seconds and about eight times its size in memory. For big messages we cut every body larger than
`MIN_LIFTED_BODY` out of the raw bytes (found with C-speed searches for delimiter lines), leave a
one-line placeholder, and decode the original bytes ourselves when the part is read.
"""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass, field

BIG_MESSAGE = 4 * 1024 * 1024
MIN_LIFTED_BODY = 512 * 1024
_PLACEHOLDER = "MAILWARDEN-LIFTED-BODY-"
_DELIMITER = re.compile(rb"^--[^\r\n]*$", re.MULTILINE)


@dataclass
class Lifted:
    bodies: list[bytes] = field(default_factory=list)

    def payload(self, raw_payload: object, transfer_encoding: str) -> bytes | None:
        """The decoded body if `raw_payload` is one of our placeholders, else None."""
        if not self.bodies or not isinstance(raw_payload, str) or not raw_payload.startswith(_PLACEHOLDER):
            return None
        try:
            body = self.bodies[int(raw_payload[len(_PLACEHOLDER) :].strip())]
        except (ValueError, IndexError):
            return None
        encoding = transfer_encoding.strip().lower()
        try:
            if encoding == "base64":
                return binascii.a2b_base64(body)  # skips line breaks and other non-alphabet bytes
            if encoding == "quoted-printable":
                return binascii.a2b_qp(body)
        except (binascii.Error, ValueError):
            return body
        return body


def lift_big_bodies(data: bytes) -> tuple[bytes, Lifted]:
    lifted = Lifted()
    if len(data) < BIG_MESSAGE:
        return data, lifted
    delimiters = [(m.start(), m.end()) for m in _DELIMITER.finditer(data)]
    starts = [0] + [end for _, end in delimiters]
    ends = [start for start, _ in delimiters] + [len(data)]
    pieces: list[bytes] = []
    cursor = 0
    for start, end in zip(starts, ends, strict=True):
        body_start = _after_blank_line(data, start, end)
        if body_start < 0 or end - body_start < MIN_LIFTED_BODY:
            continue
        pieces.append(data[cursor:body_start])
        pieces.append(f"{_PLACEHOLDER}{len(lifted.bodies)}\n".encode())
        lifted.bodies.append(data[body_start:end])
        cursor = end
    if not lifted.bodies:
        return data, lifted
    pieces.append(data[cursor:])
    return b"".join(pieces), lifted


def _after_blank_line(data: bytes, start: int, end: int) -> int:
    """Start of the body after the header block that begins at `start` (-1 when there is none)."""
    candidates = [i for i in (data.find(b"\n\n", start, end), data.find(b"\n\r\n", start, end)) if i >= 0]
    if not candidates:
        return -1
    first = min(candidates)
    return first + (2 if data[first : first + 2] == b"\n\n" else 3)
