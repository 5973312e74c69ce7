# ruff: noqa: E501 - fixture data reads better as one raw line per header
"""Builders for synthetic messages: well-formed fixtures, hostile inputs, and the big ones that are
generated at test time instead of committed (10 000-deep nesting, 50 MB attachment, 100 000
recipients). `python tests/message/hostile.py` rewrites the committed fixture files.
"""

from __future__ import annotations

import base64
import io
import random
import zipfile
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def headers(**extra: str) -> bytes:
    base = {
        "From": "Sender Example <sender@example.org>",
        "To": "reader@example.com",
        "Subject": "synthetic",
        "Date": "Tue, 02 Jan 2024 09:30:00 +0100",
        "Message-ID": "<synthetic@example.org>",
        "MIME-Version": "1.0",
    }
    base.update({k.replace("_", "-"): v for k, v in extra.items()})
    return "".join(f"{k}: {v}\n" for k, v in base.items() if v is not None).encode()


def b64(data: bytes) -> bytes:
    return base64.encodebytes(data)


def part(content_type: str, body: bytes, *, encoding: str = "", disposition: str = "") -> bytes:
    head = f"Content-Type: {content_type}\n"
    if encoding:
        head += f"Content-Transfer-Encoding: {encoding}\n"
    if disposition:
        head += f"Content-Disposition: {disposition}\n"
    return head.encode() + b"\n" + body


def multipart(subtype: str, boundary: str, parts: list[bytes], *, close: bool = True) -> bytes:
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'.encode()
    for item in parts:
        out += f"--{boundary}\n".encode() + item + b"\n"
    if close:
        out += f"--{boundary}--\n".encode()
    return out


def zip_bytes(members: dict[str, bytes], *, level: int = 9) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def encrypted_zip(name: str, data: bytes) -> bytes:
    """A zip whose member has the 'encrypted' flag (bit 0) set: what a password-protected zip declares.
    (The stdlib cannot write ZipCrypto; the flag is all a reader may look at without the password.)"""
    raw = bytearray(zip_bytes({name: data}, level=0))
    local = raw.find(b"PK\x03\x04")
    central = raw.find(b"PK\x01\x02")
    raw[local + 6] |= 0x01
    raw[central + 8] |= 0x01
    return bytes(raw)


def attachment(filename: str, content_type: str, data: bytes) -> bytes:
    return part(f'{content_type}; name="{filename}"', b64(data), encoding="base64",
                disposition=f'attachment; filename="{filename}"')


# Well-formed fixtures ------------------------------------------------------------------------------

PDF_WITH_SCRIPT = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
    b"3 0 obj << /S /JavaScript /JS (app.alert\\('synthetic'\\)) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
)
SMUGGLING_HTML = (
    b"<html><body><script>var b = atob('U3ludGhldGlj'); var blob = new Blob([b]);"
    b"navigator.msSaveOrOpenBlob(blob, 'invoice.iso');</script></body></html>"
)


def well_formed() -> dict[str, bytes]:
    plain = headers(
        From='"Dana Example" <Dana.Example@Example.ORG>',
        To="Reader One <reader.one@example.com>, reader.two@example.com",
        Cc="=?utf-8?q?J=C3=B6rg_Example?= <jorg@example.net>",
        Reply_To="Dana Private <dana.private@freemail.example>",
        Return_Path="<bounce@example.org>",
        Subject="=?utf-8?b?UXVhcnRlcmx5IHJlcG9ydCDigJMgZHJhZnQ=?=",
        In_Reply_To="<previous@example.org>",
        References="<first@example.org> <previous@example.org>",
        Received=None,
    )
    plain = (
        b"Received: from mail.example.org (mail.example.org [192.0.2.10])\n\tby mx.example.com with ESMTPS id abc;"
        b" Tue, 02 Jan 2024 08:30:05 +0000\n"
        b"Received: from laptop (unknown [198.51.100.7]) by mail.example.org; Tue, 02 Jan 2024 08:30:01 +0000\n"
        + plain
        + b"Content-Type: text/plain; charset=utf-8\n\n"
        + b"Hello team,\n\nplease review the draft at https://docs.example.org/report?id=7 before Friday.\n"
          b"Thanks and regards,\nDana\n"
    )
    html = headers(From="IT Service Desk <helpdesk@service-desk.example>", Subject="Password expires today")
    html += multipart("alternative", "alt-1", [
        part("text/plain; charset=us-ascii", b"Your password expires today. Visit our portal.\n"),
        part("text/html; charset=utf-8",
             b"<html><head><style>.x{color:red}</style><title>hidden title</title></head><body>"
             b"<p>Your password <b>expires</b> today.</p>"
             b'<p><a href="http://login.xn--bnk-sna.example/verify?u=1">https://www.bank.example/login</a></p>'
             b'<div>Regards</div><div>IT</div><script>document.write("tracking")</script></body></html>'),
    ])
    with_attachments = headers(From="Accounts <accounts@vendor.example>", Subject="Invoice 4471")
    with_attachments += multipart("mixed", "mix-1", [
        part("text/plain", b"Invoice attached.\n"),
        attachment("invoice.pdf", "application/pdf", PDF_WITH_SCRIPT),
        attachment("statement.docm", "application/vnd.ms-word.document.macroEnabled.12",
                   zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<doc/>",
                              "word/vbaProject.bin": b"\x00" * 64})),
        attachment("remittance.html", "text/html", SMUGGLING_HTML),
        attachment("archive.zip", "application/zip", encrypted_zip("payload.exe", b"MZ" + b"\x00" * 200)),
        attachment("photo.png", "application/octet-stream", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100),
    ])
    enron = (
        b"Message-ID: <1234.JavaMail.example@host>\nDate: Mon, 14 May 2001 16:39:00 -0700 (PDT)\n"
        b"From: pat.example@corp.example\nTo: lee.example@corp.example\nSubject: Re: forecast\n"
        b"Mime-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n"
        b"X-From: Pat Example - Office of the Chairman </O=CORP/OU=NA/CN=RECIPIENTS/CN=PEXAMPLE>\n"
        b"X-To: Lee Example </O=CORP/OU=NA/CN=RECIPIENTS/CN=LEXAMPLE>\nX-cc: \nX-bcc: \n"
        b"X-Folder: \\Pat_Example_Jun2001\\Notes Folders\\Sent\nX-Origin: Example-P\nX-FileName: pexample.nsf\n\n"
        b"Here is our forecast. Please keep it confidential.\n"
    )
    auth_fail = (
        b"Authentication-Results: spf=fail (sender IP is 203.0.113.9) smtp.mailfrom=bank.example; dkim=none"
        b" (message not signed) header.d=none;dmarc=fail action=oreject header.from=bank.example;compauth=fail"
        b" reason=000\n"
        b"Received-SPF: Fail (protection.outlook.com: domain of bank.example does not designate 203.0.113.9 as"
        b" permitted sender) receiver=protection.outlook.com; client-ip=203.0.113.9;\n"
        b"Authentication-Results: forged.example; spf=pass smtp.mailfrom=bank.example; dkim=pass"
        b" header.d=bank.example; dmarc=pass\n"
        b"ARC-Authentication-Results: i=1; mx.relay.example; arc=none; spf=fail\n"
        + headers(From="Bank Security <security@bank.example>", Subject="Account locked")
        + b"Content-Type: text/plain\n\nYour account is locked.\n"
    )
    auth_pass = (
        b"Authentication-Results: mx.example.com;\n dkim=pass header.i=@lists.example header.s=s1 header.b=abc;\n"
        b" dkim=pass header.d=example.org header.s=s2;\n"
        b" spf=pass (mx.example.com: domain of list@lists.example designates 192.0.2.1 as permitted sender)"
        b" smtp.mailfrom=list@lists.example;\n dmarc=pass (p=REJECT sp=NONE dis=NONE) header.from=example.org;\n"
        b" arc=pass (i=1)\n"
        b"ARC-Authentication-Results: i=2; mx.example.com; arc=pass\n"
        b"ARC-Authentication-Results: i=1; lists.example; arc=none\n"
        + headers(Subject="Meeting notes")
        + b"Content-Type: text/plain\n\nNotes from today's meeting are below. Das ist gut und wir sind da.\n"
    )
    ics = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        b"ORGANIZER;CN=Payroll Team:mailto:payroll@hr-portal.example\r\n"
        b"SUMMARY:Confirm your direct deposit\r\n"
        b"DESCRIPTION:Please confirm your bank details before Friday at https://hr-portal.example/con\r\n firm\\n"
        b"Thank you\r\nLOCATION:Online\r\nDTSTART:20240105T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    calendar = headers(From="Payroll Team <payroll@hr-portal.example>", Subject="Invitation: direct deposit")
    calendar += multipart("alternative", "cal-1", [
        part("text/plain", b"You have been invited.\n"),
        part('text/calendar; method=REQUEST; charset="utf-8"', ics),
    ])
    return {
        "plain.eml": plain,
        "html_mismatch.eml": html,
        "attachments.eml": with_attachments,
        "enron_style.eml": enron,
        "auth_fail.eml": auth_fail,
        "auth_pass.eml": auth_pass,
        "calendar_invite.eml": calendar,
    }


# Hostile inputs small enough to commit --------------------------------------------------------------

def hostile_small() -> dict[str, bytes]:
    rng = random.Random(20240102)
    garbage = bytes(rng.getrandbits(8) for _ in range(4096))
    bomb = zip_bytes({"zeros.bin": b"\x00" * (20 * 1024 * 1024)})  # ~20 KB holding 20 MB
    nested = zip_bytes({"inner.zip": zip_bytes({"more.bin": b"\x00" * (4 * 1024 * 1024)}), "readme.txt": b"hi"})
    return {
        "truncated_mime.eml": headers() + multipart("mixed", "cut", [
            part("text/plain", b"start of the text"),
            attachment("report.pdf", "application/pdf", PDF_WITH_SCRIPT)[:90],
        ], close=False),
        "missing_boundary.eml": headers() + b"Content-Type: multipart/mixed\n\n--x\nContent-Type: text/plain\n\nhi\n",
        "wrong_boundary.eml": headers() + b'Content-Type: multipart/mixed; boundary="a"\n\n--b\n\nhello\n--b--\n',
        "bad_base64.eml": headers() + part("text/plain", b"SGVsbG8gd29y!!bGQ=\n===\n@@@@", encoding="base64"),
        "bad_quoted_printable.eml": headers() + part("text/plain", b"caf=E9 =ZZ =\n=4", encoding="quoted-printable"),
        "unknown_charset.eml": headers(Subject="=?x-klingon?q?qapla=27?=")
        + part("text/plain; charset=x-klingon", "tlhIngan Hol \u00e9".encode()),
        "lying_charset.eml": headers() + multipart("mixed", "cs", [
            part("text/plain; charset=us-ascii", "caf\u00e9 \u20ac 5".encode()),
            part("text/plain; charset=utf-8", "na\u00efve".encode("cp1252")),
        ]),
        "nul_bytes.eml": headers(Subject="nul\x00inside") + part("text/plain", b"body\x00with\x00nuls\n" * 5),
        "header_only.eml": headers(),
        "header_only_no_newline.eml": b"Subject: only a header",
        "empty.eml": b"",
        "whitespace.eml": b"\n\n  \r\n",
        "binary_garbage.bin": garbage,
        "encrypted_zip.eml": headers() + multipart("mixed", "z", [
            part("text/plain", b"password: 1234"),
            attachment("invoice.zip", "application/zip", encrypted_zip("invoice.exe", b"MZ" + b"\x90" * 300)),
        ]),
        "zip_bomb.eml": headers() + multipart("mixed", "z", [attachment("bomb.zip", "application/zip", bomb)]),
        "nested_zip.eml": headers() + multipart("mixed", "z", [attachment("outer.zip", "application/zip", nested)]),
        "fake_ole.eml": headers() + multipart("mixed", "z", [
            attachment("invoice.doc", "application/msword", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 600)
        ]),
        "bad_headers.eml": b"From: <<<@@@>>>, \"unterminated\nTo: ,,,;;;:\nDate: yesterday-ish\n"
        b"Message-ID: <[@\nReply-To: =?utf-8?b?!!!?= <x@y>\nContent-Type: text/plain; charset=\"\n\nbody\n",
        "encoded_comma_name.eml": headers(From="=?utf-8?q?Boss=2C_CEO_=3Cceo=40corp=2Eexample=3E?= <x@evil.example>")
        + b"\nhello\n",
        "deep_rfc822.eml": _deep_rfc822(200),
    }


def _deep_rfc822(depth: int) -> bytes:
    inner = b"Subject: innermost\n\ntext\n"
    for _ in range(depth):
        inner = b"Content-Type: message/rfc822\n\n" + inner
    return headers() + inner


# Big hostile inputs, generated at test time ---------------------------------------------------------

def deep_multipart(depth: int) -> bytes:
    head = []
    tail = []
    for level in range(depth):
        head.append(f'Content-Type: multipart/mixed; boundary="b{level}"\n\n--b{level}\n'.encode())
        tail.append(f"\n--b{level}--\n".encode())
    return headers() + b"".join(head) + b"Content-Type: text/plain\n\ndeepest text" + b"".join(reversed(tail))


def big_attachment(size: int) -> bytes:
    payload = bytes(range(256)) * (size // 256)
    return headers() + multipart("mixed", "big", [part("text/plain", b"see attached"),
                                                  attachment("big.bin", "application/octet-stream", payload)])


def many_recipients(count: int) -> bytes:
    to = ", ".join(f"user{i}@example.com" for i in range(count))
    return headers(To=to) + b"\nhello everyone\n"


def many_parts(count: int) -> bytes:
    return headers() + multipart("mixed", "many", [part("text/plain", f"part {i}".encode()) for i in range(count)])


def write_fixtures() -> None:
    for name, data in well_formed().items():
        (FIXTURES / "messages" / name).write_bytes(data)
    for name, data in hostile_small().items():
        (FIXTURES / "bad" / name).write_bytes(data)


if __name__ == "__main__":
    write_fixtures()
