"""One attachment, inspected as bytes in memory: type, hash, macros, scripts, encryption, archives."""

from __future__ import annotations

import hashlib

from mailwarden.message.archives import ARCHIVE_SUFFIXES, inspect_zip
from mailwarden.message.model import Attachment
from mailwarden.message.office import inspect_ole
from mailwarden.message.pdf import inspect_pdf
from mailwarden.message.sniff import sniff_type
from mailwarden.settings import Settings

SCRIPT_SCAN_BYTES = 2 * 1024 * 1024
_HTML_SUFFIXES = (".htm", ".html", ".shtml", ".xhtml", ".svg", ".hta", ".mht", ".mhtml")
# Markers of script and of HTML smuggling (a file assembled in the browser from an embedded blob).
_SCRIPT_MARKERS = (b"<script", b"javascript:", b"atob(", b"new blob", b"mssaveoropenblob",
                   b"createobjecturl", b"eval(", b"unescape(", b"document.write(", b"fromcharcode",
                   b"onload=", b"onerror=")  # event handlers: how SVG attachments run script
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAGIC_ARCHIVES = (b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c", b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00", b"MSCF")


def inspect_attachment(filename: str, declared_type: str, data: bytes, settings: Settings) -> Attachment:
    sniffed = sniff_type(data)
    lower_name = filename.lower()
    defects: list[str] = []
    has_macros = has_script = is_encrypted = is_archive = False
    members: tuple[str, ...] = ()
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06") or sniffed == "application/zip":
        facts = inspect_zip(data, settings.max_archive_members, settings.max_archive_ratio)
        has_macros, is_encrypted, defects = facts.has_macros, facts.encrypted, facts.defects
        is_archive = not facts.is_document
        members = tuple(facts.members) if is_archive else ()
    elif data[:8] == _OLE:
        has_macros, is_encrypted, defects = inspect_ole(data)
    elif data[:5] == b"%PDF-" or (b"%PDF-" in data[:1024]):
        has_script, is_encrypted, defects = inspect_pdf(data)
    elif data.startswith(_MAGIC_ARCHIVES) or (
        lower_name.endswith(ARCHIVE_SUFFIXES) and not sniffed.startswith(("text/", "image/"))
    ):
        is_archive = True
    if _is_markup(lower_name, declared_type, sniffed):
        has_script = has_script or _has_script_markers(data)
    return Attachment(
        filename=filename,
        declared_type=declared_type,
        sniffed_type=sniffed,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        has_macros=has_macros,
        has_script=has_script,
        is_encrypted=is_encrypted,
        is_archive=is_archive,
        members=members,
        defects=tuple(dict.fromkeys(defects)),
    )


def _is_markup(lower_name: str, declared_type: str, sniffed: str) -> bool:
    return (
        lower_name.endswith(_HTML_SUFFIXES)
        or declared_type in ("text/html", "image/svg+xml", "application/xhtml+xml")
        or sniffed in ("text/html", "image/svg+xml", "text/xml")
    )


def _has_script_markers(data: bytes) -> bool:
    sample = data[:SCRIPT_SCAN_BYTES].lower()
    if any(marker in sample for marker in _SCRIPT_MARKERS):
        return True
    return b"download=" in sample and b"data:" in sample  # <a download=... href="data:...">
