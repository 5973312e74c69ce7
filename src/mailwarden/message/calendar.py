"""Calendar invites (text/calendar, .ics): the fields a reader sees become message text and links."""

from __future__ import annotations

import re

_UNFOLD = re.compile(r"\r?\n[ \t]")
_FIELDS = ("SUMMARY", "ORGANIZER", "LOCATION", "DESCRIPTION", "URL", "ATTACH")
_LINE = re.compile(r"^(" + "|".join(_FIELDS) + r")((?:;[^:\r\n]*)?):(.*)$", re.MULTILINE)
_CN = re.compile(r";CN=\"?([^;:\"]+)", re.IGNORECASE)
MAX_CHARS = 20_000


def calendar_text(ics: str) -> str:
    """`Calendar invite: <summary>` plus organizer, location, description and URLs, one per line."""
    unfolded = _UNFOLD.sub("", ics[: MAX_CHARS * 5])
    lines = ["Calendar invite:"]
    for match in _LINE.finditer(unfolded):
        name, params, value = match.group(1), match.group(2), match.group(3).strip()
        value = value.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";")
        if name == "ORGANIZER":
            cn = _CN.search(params)
            value = f"{cn.group(1).strip()} <{value.removeprefix('mailto:').removeprefix('MAILTO:')}>" if cn \
                else value.removeprefix("mailto:").removeprefix("MAILTO:")
        lines.append(f"{name.lower()}: {value}")
    return "\n".join(lines)[:MAX_CHARS]
