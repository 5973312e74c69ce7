"""PDF flags without rendering: JavaScript, automatic actions, launch actions, encryption.

A byte scan catches plain objects; pypdf (bounded, wrapped) reads the catalog when the interesting
names may be hidden in compressed object streams.
"""

from __future__ import annotations

import io
import logging
import re

MAX_PDF_BYTES = 16 * 1024 * 1024
_HEX_NAME = re.compile(rb"#([0-9A-Fa-f]{2})")
_ACTIVE = (b"/JavaScript", b"/JS", b"/Launch", b"/OpenAction", b"/AA", b"/EmbeddedFile", b"/XFA")


def inspect_pdf(data: bytes) -> tuple[bool, bool, list[str]]:
    """(has_script, is_encrypted, defects)."""
    defects: list[str] = []
    scan = data[:MAX_PDF_BYTES]
    if b"#" in scan:  # names may be hex-obfuscated: /J#61vaScript
        scan = _HEX_NAME.sub(lambda m: bytes([int(m.group(1), 16)]), scan)
    found = {name for name in _ACTIVE if name in scan}
    encrypted = b"/Encrypt" in scan
    script = bool(found & {b"/JavaScript", b"/JS", b"/Launch"}) or (
        b"/OpenAction" in found and b"/JavaScript" in found
    )
    if not script and b"/ObjStm" in scan and len(data) <= MAX_PDF_BYTES:
        script, pypdf_encrypted = _catalog_actions(data, defects)
        encrypted = encrypted or pypdf_encrypted
    if b"/Launch" in found:
        defects.append("pdf_launch_action")
    return script, encrypted, defects


def _catalog_actions(data: bytes, defects: list[str]) -> tuple[bool, bool]:
    try:
        from pypdf import PdfReader

        logging.getLogger("pypdf").setLevel(logging.CRITICAL)
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            return False, True
        root = reader.trailer.get("/Root")
        root = root.get_object() if root is not None else {}
        names = root.get("/Names")
        names = names.get_object() if names is not None else {}
        script = "/OpenAction" in root and _action_is_script(root["/OpenAction"])
        return bool(script or "/JavaScript" in names or "/AA" in root), False
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types on malformed files
        defects.append(f"pdf_unreadable:{type(exc).__name__}")
        return False, False


def _action_is_script(action: object) -> bool:
    try:
        resolved = action.get_object()  # type: ignore[attr-defined]
        return isinstance(resolved, dict) and resolved.get("/S") in ("/JavaScript", "/Launch")
    except Exception:  # noqa: BLE001
        return False
