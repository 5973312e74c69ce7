"""The MIME tree walked without recursion: text of the parts a reader sees, links, attachments.

In a multipart/alternative the HTML version is what mail clients show, so its rendering is the text;
the plain version is used when there is no HTML. Parts beyond `max_mime_parts` or deeper than
`max_mime_depth` are not inspected (recorded as defects).
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass, field
from email.generator import BytesGenerator
from email.message import Message as StdMessage
from email.policy import compat32

from mailwarden.message.attachments import inspect_attachment
from mailwarden.message.calendar import calendar_text
from mailwarden.message.charsets import decode_text
from mailwarden.message.headers import decode_words, strip_nul
from mailwarden.message.html import render_html
from mailwarden.message.lifted import Lifted
from mailwarden.message.links import MAX_LINKS, bare_urls
from mailwarden.message.model import Attachment, Link
from mailwarden.settings import Settings

MAX_HTML_CHARS = 4 * 1024 * 1024  # HTML beyond this is not rendered (its text would be cut anyway)
_TEXT_SUBTYPES = ("plain", "html")
_ENCAPSULATED = ("message/rfc822", "message/global")


@dataclass(frozen=True)
class Body:
    text: str = ""
    html: bool = False
    links: tuple[Link, ...] = ()
    attachments: tuple[Attachment, ...] = ()


@dataclass
class _Piece:
    group: int  # id of the nearest multipart/alternative ancestor, 0 for none
    kind: str  # "plain" | "html" | "calendar"
    text: str
    links: list[Link] = field(default_factory=list)


def read_body(msg: StdMessage, settings: Settings, defects: list[str], lifted: Lifted | None = None) -> Body:
    lifted = lifted or Lifted()
    pieces: list[_Piece] = []
    attachments: list[Attachment] = []
    seen_html = False
    stack: list[tuple[StdMessage, int, int]] = [(msg, 0, 0)]
    parts = reported = 0
    while stack:
        part, depth, group = stack.pop()
        parts += 1
        if parts > settings.max_mime_parts:
            defects.append("mime_parts_exceeded")
            break
        payload = getattr(part, "_payload", None)  # get_payload() would decode 8-bit leaves for nothing
        if isinstance(payload, list):  # multipart/* and message/rfc822
            if depth >= settings.max_mime_depth:
                defects.append("mime_depth_exceeded")
                continue
            ctype = part.get_content_type()
            if ctype in _ENCAPSULATED and payload:
                attachments.append(_attached_message(part, payload[0], ctype, settings, lifted))
            child_group = id(part) if ctype == "multipart/alternative" else group
            stack.extend((child, depth + 1, child_group) for child in reversed(payload)
                         if isinstance(child, StdMessage))
            _collect_defects(part, defects)
            continue
        seen_html |= _read_leaf(part, group, settings, pieces, attachments, defects, lifted)
        if attachments and attachments[-1].defects and len(attachments) > reported:
            defects.extend(attachments[-1].defects)  # archive_bomb & co. are message-level news too
        reported = len(attachments)
        _collect_defects(part, defects)
    text, links = _assemble(pieces, settings.max_text_chars, defects)
    return Body(text=text, html=seen_html, links=tuple(links), attachments=tuple(attachments))


def _read_leaf(
    part: StdMessage,
    group: int,
    settings: Settings,
    pieces: list[_Piece],
    attachments: list[Attachment],
    defects: list[str],
    lifted: Lifted,
) -> bool:
    """Handle one non-multipart part; returns whether it was displayed HTML."""
    ctype = part.get_content_type()
    maintype, _, subtype = ctype.partition("/")
    disposition = part.get_content_disposition()
    filename = _filename(part) if disposition or "name" in str(part.get("content-type", "")) else ""
    data = None
    raw = getattr(part, "_payload", None)  # get_payload() would already have lossily decoded 8-bit bytes
    if lifted.bodies and isinstance(raw, str):
        data = lifted.payload(raw, str(part.get("content-transfer-encoding", "")))
        if data is None and lifted.restore(raw) is not raw:
            part.set_payload(lifted.restore(raw))  # a lifted body inside a larger, malformed part
    if data is None:
        data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        data = b""
    if ctype == "text/calendar" or filename.lower().endswith((".ics", ".vcs")):
        text, found = decode_text(data, part.get_content_charset() or "")
        defects.extend(found)
        invite = calendar_text(text)
        pieces.append(_Piece(0, "calendar", invite, bare_urls(invite)))
        attachments.append(inspect_attachment(filename, "text/calendar", data, settings))
        return False
    is_inline_text = maintype == "text" and subtype in _TEXT_SUBTYPES and disposition != "attachment"
    if not is_inline_text:
        attachments.append(inspect_attachment(filename, ctype, data, settings))
        return False
    text, found = decode_text(data, part.get_content_charset() or "")
    defects.extend(found)
    if subtype == "html":
        if len(text) > MAX_HTML_CHARS:
            defects.append("html_truncated")
            text = text[:MAX_HTML_CHARS]
        rendered, links = render_html(text, settings.max_text_chars)
        pieces.append(_Piece(group, "html", rendered, links))
        return True
    pieces.append(_Piece(group, "plain", text))
    return False


def _attached_message(
    part: StdMessage, inner: object, ctype: str, settings: Settings, lifted: Lifted
) -> Attachment:
    """A forwarded or attached message: recorded as an attachment, and its parts are walked too."""
    buffer = io.BytesIO()
    with contextlib.suppress(Exception):  # a malformed inner message still counts as attached
        BytesGenerator(buffer, mangle_from_=False, policy=compat32).flatten(inner)  # type: ignore[arg-type]
    return inspect_attachment(_filename(part), ctype, lifted.restore_bytes(buffer.getvalue()), settings)


def _filename(part: StdMessage) -> str:
    try:
        name = part.get_filename() or ""
    except Exception:  # noqa: BLE001 - malformed RFC 2231 parameters
        name = ""
    return decode_words(str(name)).strip()[:300]


def _assemble(pieces: list[_Piece], max_chars: int, defects: list[str]) -> tuple[str, list[Link]]:
    groups_with_html = {p.group for p in pieces if p.kind == "html" and p.group and p.text}
    texts: list[str] = []
    links: list[Link] = []
    size = 0
    for piece in pieces:
        links.extend(piece.links)
        if piece.kind == "plain" and piece.group in groups_with_html:
            continue  # the reader sees the HTML alternative
        if piece.kind == "plain":
            links.extend(bare_urls(piece.text[:max_chars]))
        piece_text = piece.text.strip()
        if size < max_chars and piece_text:
            texts.append(piece_text)
            size += len(piece_text) + 2
    text = "\n\n".join(texts)
    if "\x00" in text:
        defects.append("nul_bytes")
        text = strip_nul(text)
    if len(text) > max_chars:
        defects.append("text_truncated")
        text = text[:max_chars]
    unique = list(dict.fromkeys(links))
    if len(unique) > MAX_LINKS:
        defects.append("links_truncated")
    return text, unique[:MAX_LINKS]


def _collect_defects(part: StdMessage, defects: list[str]) -> None:
    for defect in getattr(part, "defects", ()):
        name = type(defect).__name__
        defects.append(name)
        if name.startswith("InvalidBase64"):
            defects.append("bad_base64")
