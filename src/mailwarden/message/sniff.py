"""What an attachment really is, from its first bytes: libmagic when it loads, else a small table."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)
SNIFF_BYTES = 4096

try:  # libmagic is a system library (Debian libmagic1); the table below covers its absence
    import magic

    _MAGIC = magic.Magic(mime=True)
except Exception:  # noqa: BLE001 - ImportError or a failure loading the shared library / database
    _MAGIC = None
    log.info("libmagic unavailable; attachment types come from the built-in signature table")

# (offset, signature, MIME type): the formats that matter for attack delivery.
_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"%PDF-", "application/pdf"),
    (0, b"PK\x03\x04", "application/zip"),
    (0, b"PK\x05\x06", "application/zip"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"),
    (0, b"MZ", "application/x-dosexec"),
    (0, b"\x7fELF", "application/x-executable"),
    (0, b"Rar!\x1a\x07", "application/x-rar"),
    (0, b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (0, b"\x1f\x8b", "application/gzip"),
    (0, b"BZh", "application/x-bzip2"),
    (0, b"\xfd7zXZ\x00", "application/x-xz"),
    (0, b"MSCF", "application/vnd.ms-cab-compressed"),
    (0, b"{\\rtf", "text/rtf"),
    (0, b"\x89PNG\r\n\x1a\n", "image/png"),
    (0, b"\xff\xd8\xff", "image/jpeg"),
    (0, b"GIF8", "image/gif"),
    (0, b"BM", "image/bmp"),
    (0, b"BEGIN:VCALENDAR", "text/calendar"),
    (0x8001, b"CD001", "application/x-iso9660-image"),
    (0, b"L\x00\x00\x00\x01\x14\x02\x00", "application/x-ms-shortcut"),
    (0, b"\xe4\x52\x5c\x7b\x8c\xd8\xa7\x4d", "application/onenote"),
    (0, b"conectix", "application/x-vhd"),
)
_TEXT_MARKERS = ((b"<svg", "image/svg+xml"), (b"<html", "text/html"), (b"<!doctype html", "text/html"),
                 (b"<script", "text/html"), (b"<head", "text/html"), (b"<body", "text/html"))


def sniff_type(data: bytes) -> str:
    """MIME type from content; "" for nothing at all."""
    if not data:
        return ""
    if _MAGIC is not None:
        try:
            found = _MAGIC.from_buffer(data[:SNIFF_BYTES])
            if found and found not in ("application/octet-stream", "text/plain"):
                return found
            # libmagic needs more than the head for ISO images and calls OneNote text; the table knows.
            table = sniff_by_table(data)
            return table if table and table != "text/plain" else (found or table)
        except Exception:  # noqa: BLE001 - libmagic errors on odd input must not cost the message
            pass
    return sniff_by_table(data) or "application/octet-stream"


def sniff_by_table(data: bytes) -> str:
    for offset, signature, mime in _SIGNATURES:
        if data[offset : offset + len(signature)] == signature:
            return mime
    head = data[:1024].lstrip().lower()
    for marker, mime in _TEXT_MARKERS:
        if marker in head:
            return mime
    if _looks_textual(data[:1024]):
        return "text/plain"
    return ""


def _looks_textual(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return sum(32 <= b < 127 or b in b"\r\n\t" for b in head) > 0.9 * len(head)
