"""Turn one readable byte stream (a file, a tar member, a gzip body) into raw items.

A stream is an mbox when its name says so or its first line is an mbox separator; otherwise it is one
message. Reading is bounded by `max_message_bytes`: longer messages are cut and marked `truncated`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import BinaryIO

from mailwarden.sources.base import RawItem
from mailwarden.sources.mbox import looks_like_mbox, split_mbox

MBOX_SUFFIXES = (".mbox", ".mbx", ".mbs")
MESSAGE_SUFFIXES = (".eml", ".msg822", ".mail")
ARCHIVE_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
# A header line ("Name: value") at the start is what a stored message looks like; used to skip
# unrelated files (README, manifests) when walking folders, never for paths the user names.
# Field names of real stored mail start with a letter (Return-Path, Received, From, X-...); a JSON
# line such as `{"source": ...}` (a labels file beside the mail) does not.
_HEADER_START = re.compile(rb"^(?:\xef\xbb\xbf)?[A-Za-z][A-Za-z0-9_.-]{0,199}:")
SNIFF_BYTES = 4096


def describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def peekable(stream: BinaryIO) -> io.BufferedReader:
    if isinstance(stream, io.BufferedReader):
        return stream
    return io.BufferedReader(stream, buffer_size=1 << 16)  # type: ignore[arg-type]


def head_of(stream: io.BufferedReader, size: int = SNIFF_BYTES) -> bytes:
    """Look at the first bytes without consuming them (peek may return fewer than asked)."""
    head = stream.peek(size)
    return head[:size]


def looks_like_mail(head: bytes) -> bool:
    return looks_like_mbox(head) or bool(_HEADER_START.match(head))


def is_archive_name(name: str) -> bool:
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def items_from_stream(
    stream: BinaryIO, source: str, name: str, max_message_bytes: int, *, sniff_only_mail: bool = False
) -> Iterator[RawItem]:
    """Yield the message(s) of a stream. With `sniff_only_mail`, a stream that does not look like mail
    (and has no mail suffix) yields nothing: used for files met while walking folders."""
    reader = peekable(stream)
    head = head_of(reader)
    lower = name.lower()
    # A .eml that starts with an envelope `From ` line (the SpamAssassin corpus) is still one message.
    if lower.endswith(MBOX_SUFFIXES) or (looks_like_mbox(head) and not lower.endswith(MESSAGE_SUFFIXES)):
        yield from _mbox_items(reader, source, max_message_bytes)
        return
    if sniff_only_mail and not lower.endswith(MESSAGE_SUFFIXES) and not looks_like_mail(head):
        return
    data = reader.read(max_message_bytes + 1)
    truncated = len(data) > max_message_bytes
    yield RawItem(source=source, data=data[:max_message_bytes] if truncated else data, truncated=truncated)


def _mbox_items(reader: io.BufferedReader, source: str, max_message_bytes: int) -> Iterator[RawItem]:
    index = -1
    try:
        for chunk in split_mbox(reader, max_message_bytes):
            index = chunk.index
            yield RawItem(source=f"{source}#{chunk.index}", data=chunk.data, truncated=chunk.truncated)
    except (OSError, EOFError, ValueError) as exc:  # a damaged stream ends the mbox, not the run
        yield RawItem(source=f"{source}#{index + 1}", data=None, error=f"mbox read failed: {describe(exc)}")
