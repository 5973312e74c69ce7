"""Pre-parse guards: the stdlib MIME parser nests one generator per multipart level, so 10 000 levels
cost quadratic time and end in RecursionError. We measure nesting with one linear scan over boundary
declarations and delimiter lines, and cut the raw message where it gets too deep.
"""

from __future__ import annotations

import re

_BOUNDARY = re.compile(rb'boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))', re.IGNORECASE)
_RFC822 = re.compile(rb"content-type:\s*message/(?:rfc822|global)", re.IGNORECASE)
_DELIMITER = re.compile(rb"^--([^\r\n]{1,204})\r?$", re.MULTILINE)


def limit_mime_depth(data: bytes, max_depth: int) -> bytes | None:
    """The message cut before its first part nested deeper than `max_depth`, or None when it is fine."""
    # Cheap pre-check: depth cannot exceed the number of boundary and message/rfc822 declarations.
    declared = data.count(b"oundary") + data.count(b"OUNDARY") + data.count(b"rfc822") + data.count(b"RFC822")
    if declared <= max_depth:
        return None
    events: list[tuple[int, int, bytes]] = []  # (position, kind, value): 0 declaration, 1 delimiter, 2 rfc822
    for match in _BOUNDARY.finditer(data):
        events.append((match.start(), 0, match.group(1) or match.group(2)))
    for match in _RFC822.finditer(data):
        events.append((match.start(), 2, b""))
    for match in _DELIMITER.finditer(data):
        events.append((match.start(), 1, match.group(1).rstrip(b" \t")))
    events.sort(key=lambda event: event[0])
    declared_names: set[bytes] = set()
    stack: list[bytes] = []  # open boundaries; b"" marks an encapsulated message
    for position, kind, value in events:
        if kind == 0:
            declared_names.add(value)
            continue
        if kind == 2:
            stack.append(b"")
        else:
            closing = value.endswith(b"--") and value[:-2] in declared_names
            name = value[:-2] if closing else value
            if name not in declared_names:
                continue
            if name in stack:  # a delimiter of an open multipart closes everything nested inside it
                while stack and stack[-1] != name:
                    stack.pop()
                if closing:
                    stack.pop()
                continue
            if closing:
                continue
            stack.append(name)
        if len(stack) > max_depth:
            return data[:position]
    return None
