"""Big part bodies lifted out before the stdlib parser sees them.

The stdlib parser handles bodies one line at a time in Python: half of all parse time on modern
mail, and for a 30 MB base64 attachment seconds and about eight times its size in memory. For
messages over `BIG_MESSAGE` we cut each leaf body longer than `MIN_LIFTED_BODY` out of the raw bytes
(bodies are found with C-speed searches for the delimiter lines of declared boundaries), leave a
one-line placeholder, and decode the original bytes ourselves when the part is read. Encapsulated
messages (message/rfc822) are left in place: their bodies are headers the parser must see.
"""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass, field

BIG_MESSAGE = 64 * 1024
MIN_LIFTED_BODY = 16 * 1024
_PLACEHOLDER = "MAILWARDEN-LIFTED-BODY-"
_BOUNDARY_VALUE = re.compile(rb'\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))')
_PLACEHOLDER_RE = re.compile(_PLACEHOLDER + r"(\d+)")
_PLACEHOLDER_BYTES = re.compile(_PLACEHOLDER.encode() + rb"(\d+)")
_ENCAPSULATED = re.compile(rb"content-type:\s*message/", re.IGNORECASE)


@dataclass
class Lifted:
    bodies: list[bytes] = field(default_factory=list)

    def payload(self, raw_payload: object, transfer_encoding: str) -> bytes | None:
        """The decoded body if `raw_payload` is exactly one of our placeholders, else None."""
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
            return b"".join(body.splitlines())  # what the stdlib returns for undecodable base64
        return body

    def restore(self, text: str) -> str:
        """Put lifted bodies back where a malformed message made one part of a larger text."""
        if not self.bodies or _PLACEHOLDER not in text:
            return text
        return _PLACEHOLDER_RE.sub(self._original, text)

    def restore_bytes(self, data: bytes) -> bytes:
        if not self.bodies or _PLACEHOLDER.encode() not in data:
            return data
        return _PLACEHOLDER_BYTES.sub(lambda m: self.bodies[int(m.group(1))] if int(m.group(1)) < len(
            self.bodies) else m.group(0), data)

    def _original(self, match: re.Match[str]) -> str:
        index = int(match.group(1))
        if index >= len(self.bodies):
            return match.group(0)
        return self.bodies[index].decode("ascii", "surrogateescape")  # the parser's own representation


def lift_big_bodies(data: bytes) -> tuple[bytes, Lifted]:
    lifted = Lifted()
    if len(data) < BIG_MESSAGE:
        return data, lifted
    delimiters = _delimiter_lines(data, _boundary_names(data))
    starts = [0] + [end for _, end in delimiters]
    ends = [start for start, _ in delimiters] + [len(data)]
    pieces: list[bytes] = []
    cursor = 0
    for start, end in zip(starts, ends, strict=True):
        body_start = _after_blank_line(data, start, end)
        if body_start < 0 or end - body_start < MIN_LIFTED_BODY:
            continue
        if _ENCAPSULATED.search(data, start, body_start):
            continue
        body_end = end
        if end < len(data):  # the line break before a delimiter belongs to the delimiter
            body_end -= 2 if data[end - 2 : end] == b"\r\n" else 1 if data[end - 1 : end] == b"\n" else 0
        pieces.append(data[cursor:body_start])
        pieces.append(f"{_PLACEHOLDER}{len(lifted.bodies)}".encode())
        lifted.bodies.append(data[body_start:body_end])
        cursor = body_end
    if not lifted.bodies:
        return data, lifted
    pieces.append(data[cursor:])
    return b"".join(pieces), lifted


def _boundary_names(data: bytes) -> set[bytes]:
    # bytes.find is a C memchr-style scan; a case-insensitive regex over the whole message is ~10x slower
    names: set[bytes] = set()
    for token in (b"oundary", b"OUNDARY"):
        position = data.find(token)
        while position != -1:
            match = _BOUNDARY_VALUE.match(data, position + len(token))
            if match:
                names.add(match.group(1) or match.group(2))
            position = data.find(token, position + len(token))
    return names


def _delimiter_lines(data: bytes, names: set[bytes]) -> list[tuple[int, int]]:
    """(start, end) of every line that is `--name` or `--name--` for a declared boundary; the end is
    the position of the line's `\n` (or of the data's end)."""
    found: list[tuple[int, int]] = []
    for name in names:
        needle = b"\n--" + name
        position = data.find(needle)
        while position != -1:
            line_end = data.find(b"\n", position + 1)
            if line_end == -1:
                line_end = len(data)
            rest = data[position + len(needle) : line_end].rstrip(b" \t\r")
            if rest in (b"", b"--"):
                found.append((position + 1, line_end))
            position = data.find(needle, position + 1)
    found.sort()
    return found


def _after_blank_line(data: bytes, start: int, end: int) -> int:
    """Start of the body after the header block that begins at `start` (-1 when there is none)."""
    candidates = [i for i in (data.find(b"\n\n", start, end), data.find(b"\n\r\n", start, end)) if i >= 0]
    if not candidates:
        return -1
    first = min(candidates)
    return first + (2 if data[first : first + 2] == b"\n\n" else 3)
