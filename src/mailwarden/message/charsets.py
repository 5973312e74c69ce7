"""Bytes to text when the declared charset may be missing, unknown or lying.

Order: the declared charset (strict), then UTF-8, then Windows-1252 (what "latin-1" usually means in
practice), and finally the declared or UTF-8 codec with replacement characters. Never raises.
"""

from __future__ import annotations

import codecs
from functools import lru_cache

# Labels that mail software writes but Python does not know, or where a superset decodes more mail.
_ALIASES = {
    "unknown-8bit": "",
    "x-unknown": "",
    "unknown": "",
    "default": "",
    "x-user-defined": "",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "ascii",
    "ansi_x3.4-1968": "ascii",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "shift-jis": "cp932",
    "shift_jis": "cp932",
    "x-sjis": "cp932",
    "windows-874": "cp874",
    "utf8": "utf-8",
    "unicode-1-1-utf-7": "utf-7",
}


@lru_cache(maxsize=256)
def codec_for(label: str) -> str | None:
    """Python codec name for a charset label; "" for 'no idea'; None when the label is unknown."""
    name = label.strip().strip("\"'").lower()
    if not name:
        return ""
    name = _ALIASES.get(name, name)
    if not name:
        return ""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_text(data: bytes, declared: str = "") -> tuple[str, list[str]]:
    """Decode body or header bytes; returns the text and defects (`charset_unknown:x`, ...)."""
    defects: list[str] = []
    codec = codec_for(declared) if declared else ""
    if codec is None:
        defects.append(f"charset_unknown:{declared.strip()[:40].lower()}")
        codec = ""
    if data.isascii() and codec not in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-7"):
        return data.decode("ascii"), defects
    for candidate in (codec, "utf-8", "cp1252"):
        if not candidate:
            continue
        try:
            text = data.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
        if codec and candidate != codec:
            defects.append(f"charset_mismatch:{declared.strip()[:40].lower()}")
        return text, defects
    # cp1252 leaves five bytes undefined; replacement keeps everything else readable.
    return data.decode(codec or "utf-8", errors="replace"), defects
