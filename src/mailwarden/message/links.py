"""Links: host of an href (lower-cased, IDN shown in Unicode) and bare URLs found in plain text.

Nothing here resolves or fetches anything.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from mailwarden.message.model import Link

MAX_LINKS = 500
MAX_LINK_TEXT = 300
MAX_HREF = 2048
_BARE_URL = re.compile(
    r"(?:\b(?:https?|hxxps?|ftp)://|\bwww\d{0,3}\.)[^\s<>\"'`{}|\\^\[\]]+", re.IGNORECASE
)
_TRAILING = ".,;:!?)]}>'\"*"
_HOST_TRIM = re.compile(r"^[^@]*@")


def bare_urls(text: str, limit: int = MAX_LINKS) -> list[Link]:
    out: list[Link] = []
    if "://" not in text and "www" not in text.lower():
        return out
    for match in _BARE_URL.finditer(text):
        url = match.group(0).rstrip(_TRAILING)[:MAX_HREF]
        out.append(Link(href=url, text=url, domain=domain_of(url), in_html=False))
        if len(out) >= limit:
            break
    return out


@lru_cache(maxsize=8192)
def domain_of(href: str) -> str:
    """Host of a URL, lower-cased, trailing dot removed, punycode labels decoded; "" if none."""
    href = href.strip()
    lower = href[:12].lower()
    if lower.startswith("www"):
        href = "http://" + href
    elif lower.startswith("//"):
        href = "http:" + href
    try:
        parts = urlsplit(href)
        host = parts.hostname or ""
    except ValueError:
        # Broken brackets etc.: fall back to the text between "//" and the next "/".
        rest = href.split("//", 1)[1] if "//" in href else ""
        host = _HOST_TRIM.sub("", re.split(r"[/?#:]", rest, maxsplit=1)[0]).lower()
    host = host.strip().rstrip(".")
    if "xn--" in host:
        host = ".".join(_decode_label(label) for label in host.split("."))
    return host


def _decode_label(label: str) -> str:
    if not label.startswith("xn--"):
        return label
    try:
        return label[4:].encode("ascii").decode("punycode")
    except (UnicodeError, ValueError):
        return label
