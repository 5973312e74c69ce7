"""delivery detectors: attachments, judged from the flags and types the parser recorded (bytes are never
written to disk, opened with other programs or executed)."""

from __future__ import annotations

import re

from mailwarden.domains import protected_domains, registrable_domain
from mailwarden.message import Attachment, Message
from mailwarden.signals.base import Context, Detector, Hit, Leg, detector
from mailwarden.signals.evidence import quote, sender_address, sender_domain
from mailwarden.signals.goal.asks import goal_matches

MAX_ATTACHMENTS = 50


def _exts(words: str) -> frozenset[str]:
    return frozenset(words.split())


EXECUTABLE = _exts(
    "exe scr com pif bat cmd js jse vbs vbe wsf wsh hta msi msix msp appx lnk jar ps1 psm1 cpl dll reg chm "
    "xll scf url gadget application appref-ms settingcontent-ms library-ms inf sys vb ws wsc sct"
)
DISK_IMAGE = _exts("iso img vhd vhdx udf dmg")
ONENOTE = _exts("one onepkg")
MACRO_EXT = _exts("docm dotm xlsm xltm xlam pptm potm ppam sldm")
HTML_EXT = _exts("htm html shtml xhtml mht mhtml svg hta")
ARCHIVE_EXT = _exts("zip rar 7z gz tgz bz2 xz tar cab arj lzh ace z uue")
DOC_EXT = _exts("pdf doc docx xls xlsx ppt pptx rtf txt csv jpg jpeg png gif bmp tif tiff odt ods")

_FAMILY_BY_EXT = {
    **{e: "executable" for e in EXECUTABLE}, **{e: "disk_image" for e in DISK_IMAGE},
    **{e: "html" for e in HTML_EXT}, **{e: "archive" for e in ARCHIVE_EXT},
    "pdf": "pdf", "rtf": "office", "txt": "text", "csv": "text", "ics": "calendar",
    **{e: "office" for e in _exts("doc docx docm dot dotx xls xlsx xlsm xlsb ppt pptx pptm odt ods odp")},
    **{e: "image" for e in _exts("jpg jpeg png gif bmp tif tiff webp heic")},
}
_FAMILY_BY_TYPE = (
    ("application/x-dosexec", "executable"), ("application/x-msdownload", "executable"),
    ("application/x-executable", "executable"), ("application/x-sharedlib", "executable"),
    ("application/x-ms-shortcut", "executable"),
    ("application/vnd.microsoft.portable-executable", "executable"),
    ("application/x-iso9660-image", "disk_image"), ("text/html", "html"), ("image/svg", "html"),
    ("application/xhtml", "html"), ("application/pdf", "pdf"), ("application/zip", "archive"),
    ("application/x-rar", "archive"), ("application/vnd.rar", "archive"), ("application/x-7z", "archive"),
    ("application/gzip", "archive"), ("application/x-gzip", "archive"), ("application/x-tar", "archive"),
    ("application/msword", "office"), ("application/vnd.ms-", "office"), ("application/rtf", "office"),
    ("text/rtf", "office"), ("application/vnd.openxmlformats", "office"), ("application/vnd.oasis", "office"),
    ("image/", "image"), ("text/calendar", "calendar"), ("text/plain", "text"), ("text/csv", "text"),
)
_RTLO = "\u202e"
_PASSWORD_IN_TEXT = re.compile(
    r"(?:password|passcode|pwd|senha|contraseña|clave|passwort|kennwort|mot de passe|wachtwoord)\s*"
    r"(?:is|:|=|é|es|ist|est|lautet)?\s*[:\-]?\s*\S{3,}", re.IGNORECASE)


def extension(filename: str) -> str:
    name = filename.strip().strip(".").lower()
    return name.rpartition(".")[2] if "." in name else ""


def type_family(mime: str) -> str:
    mime = mime.lower().strip()
    for prefix, family in _FAMILY_BY_TYPE:
        if mime.startswith(prefix):
            return family
    return ""


def _attachments(message: Message) -> tuple[Attachment, ...]:
    return message.attachments[:MAX_ATTACHMENTS]


def _risk_of_name(name: str) -> tuple[float, str]:
    ext = extension(name)
    if ext in EXECUTABLE:
        return 0.8, "an executable/script"
    if ext in DISK_IMAGE:
        return 0.7, "a disk image"
    if ext in ONENOTE:
        return 0.6, "a OneNote notebook"
    return 0.0, ""


@detector(
    "delivery.risky_attachment_type",
    Leg.DELIVERY,
    "An attachment is an executable or script (exe, scr, js, vbs, hta, lnk, xll...), a disk image (iso, "
    "img, vhd) or a OneNote file: formats that run code when opened.",
    attack_types=("malware",),
)
def risky_attachment_type(message: Message, context: Context) -> Hit | None:
    for att in _attachments(message):
        strength, what = _risk_of_name(att.filename)
        if not strength and type_family(att.sniffed_type) == "executable":
            strength, what = 0.8, f"an executable by content ({att.sniffed_type})"
        if strength:
            return Hit(strength, f"attachment {quote(att.filename or '(unnamed)')} is {what}")
    return None


_DOUBLE_EXT = re.compile(r"\.([a-z0-9]{2,5})[\s._-]*\.([a-z0-9]{2,5})$")


@detector(
    "delivery.double_extension",
    Leg.DELIVERY,
    "An attachment name hides its real type: a document extension followed by a risky one "
    "('invoice.pdf.exe', 'scan.pdf   .html') or a right-to-left override character.",
    attack_types=("malware", "credential_phishing"),
)
def double_extension(message: Message, context: Context) -> Hit | None:
    for att in _attachments(message):
        name = att.filename.lower()
        if _RTLO in name:
            return Hit(0.8, f"attachment name {quote(att.filename)} contains a right-to-left override")
        match = _DOUBLE_EXT.search(name)
        if match and match.group(1) in DOC_EXT and (
            match.group(2) in EXECUTABLE | DISK_IMAGE | HTML_EXT | ARCHIVE_EXT
        ):
            return Hit(0.7, f"attachment {quote(att.filename)} poses as .{match.group(1)} but is "
                       f".{match.group(2)}")
    return None


@detector(
    "delivery.macro_attachment",
    Leg.DELIVERY,
    "An Office attachment carries VBA macros (or is a macro-enabled format).",
    attack_types=("malware",),
)
def macro_attachment(message: Message, context: Context) -> Hit | None:
    for att in _attachments(message):
        if att.has_macros:
            return Hit(0.6, f"attachment {quote(att.filename or '(unnamed)')} contains macros")
        if extension(att.filename) in MACRO_EXT:
            return Hit(0.4, f"attachment {quote(att.filename)} is a macro-enabled Office format")
    return None


def _is_html(att: Attachment) -> bool:
    return extension(att.filename) in HTML_EXT or "html" in {type_family(att.sniffed_type),
                                                             type_family(att.declared_type)}


@detector(
    "delivery.html_attachment",
    Leg.DELIVERY,
    "An HTML or SVG attachment: a local phishing page that opens in the browser without any link.",
    attack_types=("credential_phishing", "malware"),
)
def html_attachment(message: Message, context: Context) -> Hit | None:
    for att in _attachments(message):
        if _is_html(att) and not att.has_script:
            return Hit(0.45, f"attachment {quote(att.filename or '(unnamed)')} is an HTML/SVG page")
    return None


@detector(
    "delivery.html_smuggling",
    Leg.DELIVERY,
    "An HTML/SVG attachment with script (HTML smuggling, a self-contained phishing page), or a PDF with "
    "JavaScript/launch actions.",
    attack_types=("credential_phishing", "malware"),
)
def html_smuggling(message: Message, context: Context) -> Hit | None:
    for att in _attachments(message):
        if not att.has_script:
            continue
        if _is_html(att):
            return Hit(0.7, f"attachment {quote(att.filename or '(unnamed)')} is an HTML/SVG page with "
                       "script")
        return Hit(0.5, f"attachment {quote(att.filename or '(unnamed)')} carries active content (script)")
    return None


@detector(
    "delivery.encrypted_attachment",
    Leg.DELIVERY,
    "A password-protected archive or document, which scanners cannot look into; stronger when the "
    "password is written in the message.",
    attack_types=("malware",),
)
def encrypted_attachment(message: Message, context: Context) -> Hit | None:
    for att in _attachments(message):
        if att.is_encrypted:
            password = _PASSWORD_IN_TEXT.search(message.text[:20_000])
            if password:
                return Hit(0.7, f"attachment {quote(att.filename or '(unnamed)')} is password-protected and "
                           f"the text gives the password ({quote(password.group(0), 40)})")
            return Hit(0.5, f"attachment {quote(att.filename or '(unnamed)')} is password-protected")
    return None


@detector(
    "delivery.archive_with_executable",
    Leg.DELIVERY,
    "An archive attachment contains an executable, script, disk image or HTML file.",
    attack_types=("malware",),
)
def archive_with_executable(message: Message, context: Context) -> Hit | None:
    for att in _attachments(message):
        for member in att.members[:200]:
            strength, what = _risk_of_name(member)
            if not strength and extension(member) in HTML_EXT:
                strength, what = 0.5, "an HTML page"
            if strength:
                return Hit(strength, f"archive {quote(att.filename or '(unnamed)')} contains "
                           f"{quote(member)}, {what}")
    return None


def _is_calendar(att: Attachment) -> bool:
    return extension(att.filename) in {"ics", "vcs"} or "calendar" in {
        type_family(att.declared_type), type_family(att.sniffed_type)}


@detector(
    "delivery.calendar_invite_links",
    Leg.DELIVERY,
    "A calendar invitation with links from outside the organization (invites land in calendars without "
    "passing the inbox; a link in one is a lure).",
    attack_types=("credential_phishing",),
)
def calendar_invite_links(message: Message, context: Context) -> Hit | None:
    invite = next((a for a in _attachments(message) if _is_calendar(a)), None)
    if invite is None or not message.links:
        return None
    domain = sender_domain(message)
    own = protected_domains(context.settings, context.profile).own
    if domain and registrable_domain(domain) in own:
        return None
    if context.profile is not None and context.profile.contact(sender_address(message)) is not None:
        return None  # a known contact's invites are ordinary
    return Hit(0.35, f"calendar invite {quote(invite.filename or '(unnamed)')} from "
               f"{quote(sender_address(message) or '(none)')} with {len(message.links)} link(s)")


@detector(
    "delivery.attachment_type_mismatch",
    Leg.DELIVERY,
    "An attachment's content is not what its name or declared type says (e.g. 'invoice.pdf' that is HTML "
    "or an executable).",
    attack_types=("malware", "credential_phishing"),
)
def attachment_type_mismatch(message: Message, context: Context) -> Hit | None:
    for att in _attachments(message):
        sniffed = type_family(att.sniffed_type)
        if not sniffed or sniffed == "text":
            continue  # unknown or plain text content: nothing to compare
        claimed = _FAMILY_BY_EXT.get(extension(att.filename), "") or type_family(att.declared_type)
        if not claimed or claimed == sniffed or {claimed, sniffed} <= {"office", "archive"}:
            continue  # OOXML files are zip archives by content
        strength = 0.6 if sniffed in {"executable", "html", "disk_image"} else 0.3
        return Hit(strength, f"attachment {quote(att.filename or '(unnamed)')} claims to be {claimed} but "
                   f"its content is {sniffed} ({att.sniffed_type})")
    return None


_QR_WORDS = re.compile(r"\b(?:qr|scan|scannen|escanear|escaneie|scanner|scannez|mfa|2fa|two[- ]factor|"
                       r"authenticat\w*|authentifi\w*|autentica\w*)\b", re.IGNORECASE)


@detector(
    "delivery.qr_code_lure",
    Leg.DELIVERY,
    "Image attachments with almost no text but account/authentication or 'scan' language: the link is "
    "likely a QR code in the picture, which link scanners do not read.",
    attack_types=("credential_phishing",),
)
def qr_code_lure(message: Message, context: Context) -> Hit | None:
    images = [a for a in _attachments(message) if "image" in {type_family(a.sniffed_type),
              type_family(a.declared_type)} and a.size >= 1_000]
    if not images or len(images) > 3:
        return None
    words = len(message.text[:5_000].split())
    if words > 80:
        return None
    cue = _QR_WORDS.search(f"{message.subject} {message.text[:5_000]}")
    credential = goal_matches(message).get("credentials")
    if not cue and not credential:
        return None
    said = quote(cue.group(0)) if cue else quote(credential[0])  # type: ignore[index]
    return Hit(0.45, f"{len(images)} image attachment(s), {words} words of text and {said}")


DETECTORS: tuple[Detector, ...] = (
    risky_attachment_type,
    double_extension,
    macro_attachment,
    html_attachment,
    html_smuggling,
    encrypted_attachment,
    archive_with_executable,
    calendar_invite_links,
    attachment_type_mismatch,
    qr_code_lure,
)
