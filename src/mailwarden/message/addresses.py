"""Address headers to `Address` tuples: decoded display names, lower-cased addr-specs, bounded count.

A header with 100 000 recipients is cut before parsing (the stdlib address parser is pure Python),
and the caller records `recipients_truncated`.
"""

from __future__ import annotations

import re
from email.utils import getaddresses

from mailwarden.message.headers import decode_words
from mailwarden.message.model import Address

MAX_ADDRESSES = 1000
_ANGLE = re.compile(r"<([^<>]*)>")
_EXCHANGE_DN = re.compile(r"\s*</O=[^>]*>.*$", re.IGNORECASE | re.DOTALL)
_NOTES_SUFFIX = re.compile(r"@[A-Za-z][A-Za-z0-9_-]*$")  # "Name@ENRON": a Lotus Notes domain, no dot
_NOTES_PATH = re.compile(r"^([^/@<>]+)(?:/[^/@<>]+)+@[A-Za-z0-9_-]+$")  # "Jeff Dasovich/NA/Enron@Enron"
_SPACES = re.compile(r"\s+")
_COMPLEX = '"():;\\=[]'
_SIMPLE_NAMED = re.compile(r"^([^<>@]*?)\s*<([^<>\s@]+@[^<>\s@]+)>$")
_SIMPLE_BARE = re.compile(r"^([^<>\s@]+@[^<>\s@]+)$")


def parse_addresses(value: str, limit: int = MAX_ADDRESSES) -> tuple[tuple[Address, ...], bool]:
    """Parse an unfolded header value; returns the addresses and whether the list was cut."""
    truncated = False
    if value.count(",") > limit:
        value = value[: _nth_index(value, ",", limit)]
        truncated = True
    out: list[Address] = []
    pairs = _simple_pairs(value)
    if pairs is None:
        pairs = getaddresses([value])
        if any(not addr for _, addr in pairs) and ("<" in value or "@" in value):
            pairs = _lenient_pairs(value) or pairs
    for name, addr in pairs:
        address = addr.strip().strip("<>").lower()
        display = clean_display_name(decode_words(name))
        if not address and not display:
            continue
        out.append(Address(name=display, address=address))
        if len(out) >= limit:
            truncated = True
            break
    return tuple(out), truncated


def _simple_pairs(value: str) -> list[tuple[str, str]] | None:
    """Fast path for the common shapes (`a@b`, `Name <a@b>`, comma lists of them); None otherwise.

    Quotes, comments, groups and encoded words go to the stdlib parser, which is pure Python and slow.
    """
    if any(char in value for char in _COMPLEX):
        return None
    pairs: list[tuple[str, str]] = []
    for item in value.split(","):
        item = item.strip()
        if not item:
            continue
        match = _SIMPLE_NAMED.match(item) or _SIMPLE_BARE.match(item)
        if match is None:
            return None
        pairs.append((match.group(1) if match.re is _SIMPLE_NAMED else "", match.group(match.re.groups)))
    return pairs


def _lenient_pairs(value: str) -> list[tuple[str, str]]:
    """What the reader sees when the stdlib rejects an address (`a@b.com@c.com`, `<@host>`,
    `x@pot!`): the text in angle brackets, or the bare token holding an `@`, kept as the address."""
    pairs: list[tuple[str, str]] = []
    for item in _split_outside_quotes(value):
        item = item.strip()
        angle = _ANGLE.search(item)
        if angle:
            pairs.append((item[: angle.start()].strip(), angle.group(1).strip()))
        elif "@" in item:
            pairs.append(("", item.split()[-1].strip(";:")))
    return pairs  # items with neither are group syntax (`undisclosed-recipients:;`) or noise


def _split_outside_quotes(value: str) -> list[str]:
    items, current, quoted = [], [], False
    for char in value:
        if char == '"':
            quoted = not quoted
        if char == "," and not quoted:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    return items


def _nth_index(text: str, char: str, n: int) -> int:
    position = -1
    for _ in range(n):
        position = text.index(char, position + 1)
    return position


def clean_display_name(name: str) -> str:
    name = _SPACES.sub(" ", name).strip()
    if len(name) >= 2 and name[0] == name[-1] and name[0] in "\"'":
        name = name[1:-1].strip()
    return name[:300]


def name_from_x_from(value: str, address: str) -> str:
    """The display name Enron-era mail systems recorded in X-From, cleaned of directory paths.

    `Ken Lay - Office of the Chairman </O=ENRON/...>` -> `Ken Lay - Office of the Chairman`;
    `"Brad Burke" <bburke@rice.edu>@ENRON` -> `Brad Burke`; a bare copy of the address -> "".
    """
    text = _EXCHANGE_DN.sub("", value).strip()
    if "<" in text:
        before = text.split("<", 1)[0].strip()
        text = before or _ANGLE.sub(lambda m: m.group(1), text).strip()
    notes = _NOTES_PATH.match(text)
    if notes:
        text = notes.group(1)
    elif "@" in text and "." not in text.rpartition("@")[2]:
        text = _NOTES_SUFFIX.sub("", text)
    text = clean_display_name(decode_words(text))
    if text.lower() == address or text.lower().strip("<>") == address:
        return ""
    return text


def first_angle_token(value: str) -> str:
    """`<id@host>` from Message-ID / In-Reply-To style values (the raw text when there is none)."""
    match = _ANGLE.search(value)
    if match:
        return f"<{match.group(1).strip()}>"
    return value.strip()


def angle_tokens(value: str, limit: int = 100) -> tuple[str, ...]:
    tokens = [f"<{m.group(1).strip()}>" for m in _ANGLE.finditer(value)]
    if not tokens:
        tokens = value.split()
    return tuple(tokens[:limit])


def bare_address(value: str) -> str:
    """Return-Path style value to a lower-cased address ("" for the null sender `<>`)."""
    match = _ANGLE.search(value)
    text = match.group(1) if match else value
    return text.strip().lower()
