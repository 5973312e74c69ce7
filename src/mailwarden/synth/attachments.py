"""Inert attachments with the structure of real malicious ones.

Every payload here is harmless text: an "executable" is an MZ header stub that cannot run, a macro
document carries a `vbaProject.bin` that is an empty OLE container, the HTML "smuggler" decodes a
sentence. The structure (names, containers, markers, encryption flags) is what detectors look at.
Built in memory, deterministic for a given rng and date.
"""

from __future__ import annotations

import base64
import io
import struct
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from random import Random

import segno

INERT_TEXT = b"Mailwarden synthetic test payload. This file is inert and does nothing.\n"


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str  # declared MIME type (attackers often lie; we use what they use)
    data: bytes
    kind: str  # exe_in_zip, macro_doc, html_smuggling, iso_image, encrypted_zip, html_login, pdf_link, ...
    inline: bool = False
    password: str = ""


def _zip_time(when: datetime) -> tuple[int, int, int, int, int, int]:
    return (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second - when.second % 2)


def exe_stub() -> bytes:
    """An MZ/PE-looking header with no code: structurally an executable, functionally nothing."""
    dos = bytearray(b"MZ" + b"\x90\x00" + b"\x00" * 60)
    struct.pack_into("<I", dos, 0x3C, 0x80)
    stub = b"This program cannot be run in DOS mode.\r\r\n$".ljust(0x40, b"\x00")
    pe = b"PE\x00\x00" + struct.pack("<HH", 0x14C, 0) + b"\x00" * 16
    return bytes(dos) + stub + pe + INERT_TEXT


def zip_with(entries: list[tuple[str, bytes]], when: datetime) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=_zip_time(when))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def exe_in_zip(stem: str, when: datetime, rng: Random) -> Attachment:
    inner = rng.choice(
        (
            f"{stem}.pdf.exe",
            f"{stem}.exe",
            f"{stem}.scr",
            f"{stem}.pdf        .exe",
            f"{stem}.js",
            f"{stem}.lnk",
            f"{stem}.vbs",
        )
    )
    data = exe_stub() if inner.endswith((".exe", ".scr")) else b"// " + INERT_TEXT
    return Attachment(f"{stem}.zip", "application/zip", zip_with([(inner, data)], when), "exe_in_zip")


# ---- password-protected zip: traditional PKWARE encryption, so the archive really is encrypted ----


def _crc_table() -> list[int]:
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        table.append(c)
    return table


_CRC = _crc_table()


class _ZipCrypto:
    def __init__(self, password: bytes) -> None:
        self.keys = [0x12345678, 0x23456789, 0x34567890]
        for byte in password:
            self._update(byte)

    def _crc(self, crc: int, byte: int) -> int:
        return (crc >> 8) ^ _CRC[(crc ^ byte) & 0xFF]

    def _update(self, byte: int) -> None:
        k0, k1, k2 = self.keys
        k0 = self._crc(k0, byte)
        k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k2 = self._crc(k2, (k1 >> 24) & 0xFF)
        self.keys = [k0, k1, k2]

    def encrypt(self, data: bytes) -> bytes:
        out = bytearray()
        for byte in data:
            temp = (self.keys[2] | 2) & 0xFFFF
            out.append(byte ^ (((temp * (temp ^ 1)) >> 8) & 0xFF))
            self._update(byte)
        return bytes(out)


def encrypted_zip(stem: str, password: str, when: datetime, rng: Random) -> Attachment:
    inner = rng.choice((f"{stem}.exe", f"{stem}.js", f"{stem}.docm", f"{stem}.hta", f"{stem}.iso"))
    plain = exe_stub() if inner.endswith(".exe") else INERT_TEXT
    name = inner.encode()
    crc = zlib.crc32(plain) & 0xFFFFFFFF
    dos_time = (when.hour << 11) | (when.minute << 5) | (when.second // 2)
    dos_date = ((max(when.year, 1980) - 1980) << 9) | (when.month << 5) | when.day
    header12 = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
    body = _ZipCrypto(password.encode()).encrypt(header12 + plain)  # stored (no compression), encrypted
    flags = 0x0001
    local = (
        struct.pack(
            "<IHHHHHIIIHH",
            0x04034B50,
            20,
            flags,
            0,
            dos_time,
            dos_date,
            crc,
            len(body),
            len(plain),
            len(name),
            0,
        )
        + name
    )
    central = (
        struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            flags,
            0,
            dos_time,
            dos_date,
            crc,
            len(body),
            len(plain),
            len(name),
            0,
            0,
            0,
            0,
            0o644 << 16,
            0,
        )
        + name
    )
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), len(local) + len(body), 0)
    data = local + body + central + end
    return Attachment(f"{stem}.zip", "application/zip", data, "encrypted_zip", password=password)


# ---- Office document with a macro project (OOXML .docm / .xlsm) ----

_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


def _empty_ole() -> bytes:
    header = bytearray(512)
    header[0:8] = _OLE_MAGIC
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    return bytes(header) + b"\xff" * 512


def macro_document(stem: str, when: datetime, rng: Random) -> Attachment:
    excel = rng.random() < 0.4
    part = "xl" if excel else "word"
    main = "workbook.xml" if excel else "document.xml"
    ext, ctype = (
        ("xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12")
        if excel
        else ("docm", "application/vnd.ms-word.document.macroEnabled.12")
    )
    main_type = (
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
        if excel
        else "application/vnd.ms-word.document.macroEnabled.main+xml"
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{part}/{main}" ContentType="{main_type}"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'officeDocument" Target="{part}/{main}"/></Relationships>'
    )
    part_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
        'Target="vbaProject.bin"/></Relationships>'
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.'
        'openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Enable editing and enable '
        "content to view this document.</w:t></w:r></w:p></w:body></w:document>"
    )
    data = zip_with(
        [
            ("[Content_Types].xml", content_types.encode()),
            ("_rels/.rels", rels.encode()),
            (f"{part}/{main}", body.encode()),
            (f"{part}/_rels/{main}.rels", part_rels.encode()),
            (f"{part}/vbaProject.bin", _empty_ole()),
        ],
        when,
    )
    return Attachment(f"{stem}.{ext}", ctype, data, "macro_doc")


# ---- HTML attachments ----


def html_smuggling(stem: str, rng: Random) -> Attachment:
    payload = base64.b64encode(INERT_TEXT).decode()
    var = rng.choice(("d", "blobData", "x", "payload", "_0x1f"))
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Secure Document</title></head><body>\n'
        "<p>Your download will begin shortly...</p>\n<script>\n"
        f'var {var} = atob("{payload}");\n'
        f"var bytes = new Uint8Array({var}.length); for (var i = 0; i < {var}.length; i++) "
        f"{{ bytes[i] = {var}.charCodeAt(i); }}\n"
        "var blob = new Blob([bytes], {type: 'application/octet-stream'});\n"
        "var a = document.createElement('a'); a.href = URL.createObjectURL(blob);\n"
        f"a.download = '{stem}.zip'; document.body.appendChild(a);\n</script></body></html>\n"
    )
    return Attachment(f"{stem}.html", "text/html", html.encode(), "html_smuggling")


def html_login(stem: str, url: str, brand: str, address: str) -> Attachment:
    html = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{brand} - Sign in</title></head><body>\n'
        f"<h2>{brand}</h2><p>Sign in to view the shared file</p>\n"
        f'<form method="post" action="{url}">\n'
        f'<input type="email" name="login" value="{address}">\n'
        '<input type="password" name="passwd" placeholder="Password">\n'
        '<button type="submit">Sign in</button></form></body></html>\n'
    )
    return Attachment(f"{stem}.html", "text/html", html.encode(), "html_login")


# ---- PDF with one page of text and an optional link annotation ----


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_document(stem: str, lines: list[str], url: str = "") -> Attachment:
    content = "BT /F1 11 Tf 60 760 Td 14 TL " + " ".join(f"({_pdf_escape(line)}) '" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >>" + (" /Annots [6 0 R]" if url else "") + " >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if url:
        objects.append(
            f"<< /Type /Annot /Subtype /Link /Rect [60 600 400 640] /Border [0 0 0] "
            f"/A << /S /URI /URI ({_pdf_escape(url)}) >> >>"
        )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1", "replace")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return Attachment(f"{stem}.pdf", "application/pdf", bytes(out), "pdf_link" if url else "pdf_document")


# ---- ISO image holding one file (ISO 9660 primary volume descriptor + root directory) ----


def iso_image(stem: str, when: datetime, rng: Random) -> Attachment:
    inner = rng.choice((f"{stem.upper()}.EXE", f"{stem.upper()}.LNK", f"{stem.upper()}.BAT"))
    payload = exe_stub() if inner.endswith(".EXE") else INERT_TEXT
    sector = 2048
    root_lba, file_lba = 20, 21
    stamp = bytes([when.year - 1900, when.month, when.day, when.hour, when.minute, when.second, 0])

    def record(lba: int, size: int, name: bytes, is_dir: bool) -> bytes:
        body = (
            struct.pack("<BB", 0, 0)
            + struct.pack("<I", lba)
            + struct.pack(">I", lba)
            + struct.pack("<I", size)
            + struct.pack(">I", size)
            + stamp
            + bytes([2 if is_dir else 0, 0, 0])
            + struct.pack("<H", 1)
            + struct.pack(">H", 1)
            + bytes([len(name)])
            + name
        )
        if len(body) % 2:
            body += b"\x00"
        return bytes([len(body)]) + body[1:]

    root = record(root_lba, sector, b"\x00", True)
    pvd = bytearray(sector)
    pvd[0:7] = b"\x01CD001\x01"
    pvd[40:72] = stem.upper()[:32].ljust(32).encode("ascii", "replace")
    struct.pack_into("<I", pvd, 80, file_lba + 1)
    struct.pack_into(">I", pvd, 84, file_lba + 1)
    struct.pack_into("<H", pvd, 128, sector)
    struct.pack_into(">H", pvd, 130, sector)
    pvd[156 : 156 + len(root)] = root
    terminator = bytearray(sector)
    terminator[0:7] = b"\xffCD001\x01"
    directory = bytearray(sector)
    entries = (
        root
        + record(root_lba, sector, b"\x01", True)
        + record(file_lba, len(payload), inner.encode() + b";1", False)
    )
    directory[: len(entries)] = entries
    image = bytes(16 * sector) + bytes(pvd) + bytes(terminator) + bytes((root_lba - 18) * sector)
    image += bytes(directory) + payload.ljust(sector, b"\x00")
    return Attachment(
        f"{stem}.iso",
        rng.choice(("application/x-iso9660-image", "application/octet-stream")),
        image,
        "iso_image",
    )


# ---- calendar invite and QR code ----


def calendar_invite(
    title: str, url: str, organizer: str, attendee: str, start: datetime, uid: str, description: str
) -> Attachment:
    stamp = start.strftime("%Y%m%dT%H%M%SZ")
    end = start.replace(minute=(start.minute + 30) % 60).strftime("%Y%m%dT%H%M%SZ")
    text = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART:{stamp}",
            f"DTEND:{end}",
            f"SUMMARY:{title}",
            f'ORGANIZER;CN="{organizer}":mailto:{organizer}',
            f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{attendee}",
            f"DESCRIPTION:{description} {url}",
            f"LOCATION:{url}",
            f"URL:{url}",
            "STATUS:CONFIRMED",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    return Attachment("invite.ics", "text/calendar", text.encode(), "calendar_invite")


def qr_code(url: str, name: str) -> Attachment:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=3, border=2)
    return Attachment(name, "image/png", buffer.getvalue(), "qr_png", inline=True)
