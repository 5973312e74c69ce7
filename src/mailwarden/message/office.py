"""Legacy Office (OLE) files: VBA/XLM macros via oletools, encryption via the stream directory.

oletools is imported on first use: it costs 0.2 s to import and most mail has no Office attachment.
"""

from __future__ import annotations

import io
import logging
import warnings

MAX_OLE_BYTES = 32 * 1024 * 1024
_ENCRYPTED_STREAM = "EncryptedPackage"  # an encrypted OOXML file is stored inside an OLE container


def inspect_ole(data: bytes) -> tuple[bool, bool, list[str]]:
    """(has_macros, is_encrypted, defects) for an OLE compound file held in memory."""
    if len(data) > MAX_OLE_BYTES:
        return False, False, ["ole_too_large"]
    defects: list[str] = []
    encrypted = _ole_encrypted(data, defects)
    macros = False
    try:
        with warnings.catch_warnings():  # oletools trips pyparsing deprecation warnings on import
            warnings.simplefilter("ignore")
            from oletools.olevba import VBA_Parser

        logging.getLogger("olevba").setLevel(logging.CRITICAL)
        parser = VBA_Parser("attachment", data=data)
        try:
            macros = bool(parser.detect_vba_macros())
        finally:
            parser.close()
    except Exception as exc:  # noqa: BLE001 - oletools raises many types on malformed files
        defects.append(f"ole_unreadable:{type(exc).__name__}")
    return macros, encrypted, defects


def _ole_encrypted(data: bytes, defects: list[str]) -> bool:
    try:
        import olefile

        with olefile.OleFileIO(io.BytesIO(data)) as ole:  # bytes under 1536 would be taken for a path
            if ole.exists(_ENCRYPTED_STREAM):
                return True
            if ole.exists("WordDocument"):
                with ole.openstream("WordDocument") as stream:
                    fib = stream.read(0x0C)
                # FIB flags word at 0x0A; bit 8 (fEncrypted) marks a password-protected .doc
                return len(fib) >= 0x0C and bool(int.from_bytes(fib[0x0A:0x0C], "little") & 0x0100)
    except Exception as exc:  # noqa: BLE001 - olefile raises on truncated/garbage containers
        defects.append(f"ole_unreadable:{type(exc).__name__}")
    return False
