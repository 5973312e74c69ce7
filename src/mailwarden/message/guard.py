"""Pre-parse guard: the stdlib MIME parser nests one generator per multipart level, so 10 000 levels
cost quadratic time and end in RecursionError, and it parses every part even when we inspect only the
first few hundred. One linear scan over boundary declarations and delimiter lines measures nesting
and part count, and the raw message is cut where it leaves the bounds.
"""

from __future__ import annotations

import re

_BOUNDARY = re.compile(rb'boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))', re.IGNORECASE)
_RFC822 = re.compile(rb"content-type:\s*message/(?:rfc822|global)", re.IGNORECASE)
_DELIMITER = re.compile(rb"^--([^\r\n]{1,204})\r?$", re.MULTILINE)
_DECLARATION, _DELIMITER_LINE, _ENCAPSULATED = 0, 1, 2


def limit_mime(data: bytes, max_depth: int, max_parts: int) -> tuple[bytes, str] | None:
    """(message cut before the first part that breaks a bound, defect) or None when within bounds."""
    # Cheap pre-check: every part and every multipart level needs a line starting with "--", and
    # every encapsulated message a message/rfc822 declaration ("822" catches any letter case).
    delimiters = data.count(b"\n--")
    if delimiters < max_parts and delimiters + data.count(b"822") <= max_depth:
        return None
    declared_names: set[bytes] = set()
    stack: list[bytes] = []  # open boundaries; b"" marks an encapsulated message
    parts = 1
    for position, kind, value in _events(data):
        if kind == _DECLARATION:
            declared_names.add(value)
            continue
        if kind == _ENCAPSULATED:
            stack.append(b"")
        else:
            closing = value.endswith(b"--") and value[:-2] in declared_names
            name = value[:-2] if closing else value
            if name not in declared_names:
                continue
            if name in stack:  # a delimiter of an open multipart closes everything nested inside it
                while stack[-1] != name:
                    stack.pop()
                if closing:
                    stack.pop()
                    continue
            elif closing:
                continue
            else:
                stack.append(name)
        parts += 1
        if len(stack) > max_depth:
            return data[:position], "mime_depth_exceeded"
        if parts > max_parts:
            return data[:position], "mime_parts_exceeded"
    return None


def _events(data: bytes) -> list[tuple[int, int, bytes]]:
    events = [(m.start(), _DECLARATION, m.group(1) or m.group(2)) for m in _BOUNDARY.finditer(data)]
    events += [(m.start(), _ENCAPSULATED, b"") for m in _RFC822.finditer(data)]
    events += [(m.start(), _DELIMITER_LINE, m.group(1).rstrip(b" \t")) for m in _DELIMITER.finditer(data)]
    events.sort(key=lambda event: event[0])
    return events
