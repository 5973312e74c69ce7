"""Incremental mbox splitter over a binary stream: constant memory per message, no temp files.

Message boundaries follow Python's `mailbox.mbox` (every line starting with b"From " opens a message),
so `#index` keys match `mailbox.mbox` keys. The blank line that precedes a separator belongs to the
file format, not to the message, and is dropped as `mailbox.mbox.get_bytes` does. Body lines quoted
as `>From ` (mboxrd/mboxo) lose one `>`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

# Lines are read in bounded chunks so a file without newlines cannot exhaust memory.
_CHUNK = 1 << 20
_QUOTED_FROM = re.compile(rb"^>(>*From )")


class MboxChunk:
    """One message of an mbox: its 0-based index, bytes (possibly cut short) and whether it was cut."""

    __slots__ = ("index", "data", "truncated")

    def __init__(self, index: int, data: bytes, truncated: bool) -> None:
        self.index = index
        self.data = data
        self.truncated = truncated


def split_mbox(stream: BinaryIO, max_message_bytes: int, unescape: bool = True) -> Iterator[MboxChunk]:
    """Yield each message of an mbox stream without reading more than one message into memory."""
    index = -1
    parts: list[bytes] = []
    size = 0
    truncated = False
    pending_blank = b""  # a blank line held back: dropped if a separator follows, else kept
    at_line_start = True

    def finish() -> MboxChunk:
        return MboxChunk(index, b"".join(parts), truncated)

    while True:
        line = stream.readline(_CHUNK)
        if not line:
            break
        starts_line = at_line_start
        at_line_start = line.endswith(b"\n")
        if starts_line and line.startswith(b"From "):
            if index >= 0:
                yield finish()
            index += 1
            parts, size, truncated, pending_blank = [], 0, False, b""
            if not at_line_start:  # an over-long separator line: skip the rest of it
                while not at_line_start:
                    rest = stream.readline(_CHUNK)
                    if not rest:
                        break
                    at_line_start = rest.endswith(b"\n")
            continue
        if index < 0:
            continue  # bytes before the first separator belong to no message (as in mailbox.mbox)
        if truncated:
            continue
        if pending_blank:
            line_out = pending_blank
            pending_blank = b""
            size, truncated = _append(parts, line_out, size, max_message_bytes)
            if truncated:
                continue
        if starts_line and line == b"\n":  # only LF, as mailbox.mbox (keeps bytes identical to it)
            pending_blank = line
            continue
        if unescape and starts_line and line.startswith(b">") and _QUOTED_FROM.match(line):
            line = line[1:]
        size, truncated = _append(parts, line, size, max_message_bytes)
    if index >= 0:  # a blank line still held back at end of file is dropped, as mailbox.mbox does
        yield finish()


def _append(parts: list[bytes], line: bytes, size: int, limit: int) -> tuple[int, bool]:
    room = limit - size
    if len(line) <= room:
        parts.append(line)
        return size + len(line), False
    parts.append(line[:room])
    return limit, True


def looks_like_mbox(head: bytes) -> bool:
    """An mbox starts with a `From ` separator line (possibly after a byte-order mark)."""
    return head.removeprefix(b"\xef\xbb\xbf").startswith(b"From ")
