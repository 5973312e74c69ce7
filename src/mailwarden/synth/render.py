"""Turn a planned scenario plus its words and attachments into message bytes, in the org's header style.

Two header styles: "archive" copies what archive exports keep (no transport or authentication headers,
names in X-From when the org's export does that); "modern" adds what a receiving gateway stamps
(Received chain, Authentication-Results, DKIM-Signature, Return-Path). Every random choice comes from
the rng passed in, including MIME boundaries, so the same seed gives the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import html
import textwrap
from datetime import datetime, timedelta, timezone
from email import policy, quoprimime
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from random import Random

from mailwarden.synth.attachments import Attachment
from mailwarden.synth.lookalike import FREE_MAIL
from mailwarden.synth.scenario import Party, Scenario, zone_offset
from mailwarden.synth.style import MailStyle, reshape_message_id

_ZONE_NAMES = {-8: "PST", -7: "PDT", -6: "CST", -5: "CDT", -4: "EDT", 0: "GMT", 1: "CET", 2: "CEST"}
_MAILERS = (
    "Microsoft Outlook 16.0",
    "Apple Mail (2.3654)",
    "iPhone Mail (20B101)",
    "Mozilla Thunderbird",
    "Microsoft Office Outlook 12.0",
    "Roundcube Webmail/1.6.1",
    "PHPMailer 6.8.0",
)
_CONTENT_HEADERS = ("MIME-Version", "Content-Type", "Content-Transfer-Encoding")


def render(
    s: Scenario,
    subject: str,
    body: str,
    attachments: list[Attachment],
    style: MailStyle,
    header_style: str,
    rng: Random,
) -> tuple[bytes, str]:
    """(raw bytes, Message-ID)."""
    linesep = style.linesep
    if style.wrap_at:
        body = _wrap(body, style.wrap_at)
    with_html = header_style == "modern" and bool(s.url) and rng.random() < 0.6
    if attachments or with_html:
        content, payload = _mime(s, body, attachments, with_html, linesep, rng)
    else:  # plain text: written directly, the email package costs more than the rest together
        content, payload = _plain(body, linesep, style.plain_content_type)
    message_id = _message_id(s, style, header_style, rng)
    headers = (_archive_headers if header_style == "archive" else _modern_headers)(
        s, subject, message_id, style, rng
    )
    # Content headers go where each style puts them: after Subject/Cc in archives, last in modern mail.
    if header_style == "archive":
        at = max(i + 1 for i, (n, _) in enumerate(headers) if n in ("Subject", "Cc"))
        headers[at:at] = [("Mime-Version", "1.0"), *content]
    else:
        headers += [("MIME-Version", "1.0"), *content]
    # Headers are written here rather than by the email package, which would re-format Date and fold
    # Message-ID: archive styles need the org's exact Date shape ("Tue, 5 Jun 2001 ... -0700 (PDT)").
    block = "".join(_fold(name, value, linesep) for name, value in headers)
    raw = block.encode("ascii") + linesep.encode() + payload
    return raw, message_id


# ---------------------------------------------------------------- headers


def _wrap(body: str, width: int) -> str:
    """Hard-wrap long lines as the org's mailer does (links and quoted lines are left whole)."""
    out = []
    for line in body.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def _plain(body: str, linesep: str, org_type: str = "") -> tuple[list[tuple[str, str]], bytes]:
    text = body.replace("\r\n", "\n")
    if text.isascii():
        ascii_type = org_type.lower().startswith("text/plain") and "utf" not in org_type.lower()
        ctype = org_type if ascii_type else 'text/plain; charset="us-ascii"'
        content = [("Content-Type", ctype), ("Content-Transfer-Encoding", "7bit")]
        return content, text.replace("\n", linesep).encode("ascii")
    # quoprimime works on code points 0-255: hand it the UTF-8 bytes as latin-1 characters
    encoded = quoprimime.body_encode(text.encode("utf-8").decode("latin-1"), maxlinelen=76, eol=linesep)
    content = [
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
    ]
    return content, (encoded + (linesep if not encoded.endswith(linesep) else "")).encode("ascii")


def _mime(
    s: Scenario, body: str, attachments: list[Attachment], with_html: bool, linesep: str, rng: Random
) -> tuple[list[tuple[str, str]], bytes]:
    """A multipart message built by the email package, with boundaries drawn from the rng."""
    msg = EmailMessage(policy=policy.default)
    charset = "us-ascii" if body.isascii() else "utf-8"
    msg.set_content(body, charset=charset, cte="7bit" if body.isascii() else None)
    if with_html:
        msg.add_alternative(_html(body, s), subtype="html")
    for item in attachments:
        maintype, _, subtype = item.content_type.partition("/")
        if item.inline:
            cid = f"<{_hex(rng, 12)}@{s.envelope_domain or 'mail'}>"
            msg.add_attachment(
                item.data,
                maintype=maintype,
                subtype=subtype,
                filename=item.filename,
                disposition="inline",
                cid=cid,
            )
        else:
            msg.add_attachment(item.data, maintype=maintype, subtype=subtype, filename=item.filename)
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]  # the email package stamps it on sub-parts; real mailers do not
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{rng.randrange(10**6, 10**7)}_{_hex(rng, 16)}")
    content = [(name, str(msg[name])) for name in _CONTENT_HEADERS[1:] if msg[name] is not None]
    payload = msg.as_bytes(policy=policy.default.clone(linesep=linesep)).partition((linesep * 2).encode())[2]
    return content, payload


def _fold(name: str, value: str, linesep: str) -> str:
    """One header line, folded at spaces near 78 columns; non-ASCII text as RFC 2047 encoded words."""
    if not value.isascii():
        return f"{name}: {Header(value, 'utf-8', header_name=name).encode(linesep=linesep)}{linesep}"
    if name in ("Message-ID", "Date", "In-Reply-To", "References"):
        return f"{name}: {value}{linesep}"
    lines: list[str] = []
    current = f"{name}:"
    for word in value.split(" "):
        if len(current) + 1 + len(word) > 78 and current.strip() and not current.endswith(":"):
            lines.append(current)
            current = ""
        current = f"{current} {word}"
    lines.append(current)
    return linesep.join(lines) + linesep


def _date_header(when: datetime, style: MailStyle, header_style: str) -> str:
    own = zone_offset(when.month, style.utc_offsets) if header_style == "archive" else None
    if own is not None:  # the export's own zones (Enron: all Pacific)
        when = when.astimezone(timezone(own))
    text = format_datetime(when)
    if header_style == "archive" and style.unpadded_day and text[5] == "0":
        text = text[:5] + text[6:]
    if header_style == "archive" and style.date_comment:
        offset = when.utcoffset() or timedelta(0)
        hours = int(offset.total_seconds() // 3600)
        text += f" ({_ZONE_NAMES.get(hours, 'UTC')})"
    return text


def _address(party: Party, bare: bool) -> str:
    return party.address if bare or not party.name else formataddr((party.name, party.address))


def _archive_headers(
    s: Scenario, subject: str, message_id: str, style: MailStyle, rng: Random
) -> list[tuple[str, str]]:
    bare = style.bare_from
    to, cc = _to_cc(s)
    headers = [
        ("Message-ID", message_id),
        ("Date", _date_header(s.when, style, "archive")),
        ("From", _address(s.sender, bare)),
        ("To", ", ".join(_address(p, bare) for p in to)),
        ("Subject", subject),
    ]
    if cc:
        headers.append(("Cc", ", ".join(_address(p, bare) for p in cc)))
    if s.in_reply_to and not bare:
        headers += [("In-Reply-To", s.in_reply_to), ("References", s.in_reply_to)]
    if bare:  # archive exports that keep display names apart (X-From / X-To)
        # the export resolves the org's own addresses to bare names (spoofed or compromised alike)
        internal = s.sender.address.rpartition("@")[2] in {p.address.rpartition("@")[2] for p in to}
        sender_x = (
            s.sender.name
            if internal and s.sender.name
            else (f"{s.sender.name} <{s.sender.address}>" if s.sender.name else s.sender.address)
        )
        headers += [
            ("X-From", sender_x),
            ("X-To", ", ".join(p.name or p.address for p in to)),
            ("X-cc", ", ".join(p.name or p.address for p in cc)),
            ("X-bcc", ""),
        ]
        if style.mailbox_headers:
            headers += list(rng.choice(style.mailbox_headers))
    return headers


def _to_cc(s: Scenario) -> tuple[list[Party], list[Party]]:
    if s.bcc_self:
        return [s.sender], []
    if s.kind == "lateral_phishing" and len(s.recipients) > 8:
        return s.recipients[:1], s.recipients[1:]
    if len(s.recipients) > 1 and s.kind != "lateral_phishing":
        return s.recipients[:1], s.recipients[1:]
    return s.recipients, []


def _modern_headers(
    s: Scenario, subject: str, message_id: str, style: MailStyle, rng: Random
) -> list[tuple[str, str]]:
    org_domain = s.recipients[0].address.rpartition("@")[2]
    sending = s.envelope_domain or s.sender.address.rpartition("@")[2]
    ip = _public_ip(rng)
    host = _sending_host(sending, rng)
    hop_time = s.when + timedelta(seconds=rng.randint(1, 40))
    mx = f"mx{rng.randint(1, 3)}.{org_domain}"
    bounce = f"{rng.choice(('bounce', 'return', s.sender.address.partition('@')[0]))}@{sending}"
    to, cc = _to_cc(s)
    auth = s.auth
    auth_parts = [
        f"spf={auth['spf']} (domain of {bounce} designates {ip} as "
        f"{'permitted' if auth['spf'] == 'pass' else 'not permitted'} sender) smtp.mailfrom={sending}"
    ]
    auth_parts.append(f"dkim={auth['dkim']}" + (f" header.d={sending}" if auth["dkim"] != "none" else ""))
    from_domain = s.sender.address.rpartition("@")[2]
    policy_text = f" (p={auth['policy'].upper()} dis={_disposition(auth)})" if auth["policy"] else ""
    auth_parts.append(f"dmarc={auth['dmarc']}{policy_text} header.from={from_domain}")
    headers: list[tuple[str, str]] = [
        ("Return-Path", f"<{bounce}>"),
        (
            "Received",
            f"from {host} ({host} [{ip}]) by {mx} with ESMTPS id {_hex(rng, 12)} for "
            f"<{s.recipients[0].address}>; {format_datetime(hop_time)}",
        ),
    ]
    if rng.random() < 0.5:
        inner = s.when + timedelta(seconds=rng.randint(0, 3))
        headers.append(
            (
                "Received",
                f"from [{_private_ip(rng)}] (unknown [{ip}]) by {host} with ESMTPSA id "
                f"{_hex(rng, 10)}; {format_datetime(inner)}",
            )
        )
    headers.append(("Authentication-Results", f"{mx}; " + "; ".join(auth_parts)))
    if auth["dkim"] != "none":
        body_hash = base64.b64encode(hashlib.sha256(_hex(rng, 20).encode()).digest()).decode()
        signature = base64.b64encode(bytes(rng.randrange(256) for _ in range(128))).decode()
        signature = " ".join(
            signature[i : i + 60] for i in range(0, len(signature), 60)
        )  # folds like real ones
        headers.append(
            (
                "DKIM-Signature",
                f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={sending}; "
                f"s={rng.choice(('selector1', 'google', 's1', 'k1', 'mail', 'default'))}; "
                f"t={int(s.when.timestamp())}; h=from:to:subject:date:message-id; "
                f"bh={body_hash}; b={signature}",
            )
        )
    headers += [("From", _address(s.sender, False)), ("To", ", ".join(_address(p, False) for p in to))]
    if cc:
        headers.append(("Cc", ", ".join(_address(p, False) for p in cc)))
    if s.reply_to:
        headers.append(("Reply-To", s.reply_to))
    headers += [
        ("Subject", subject),
        ("Date", _date_header(s.when, style, "modern")),
        ("Message-ID", message_id),
    ]
    if s.in_reply_to:
        headers += [("In-Reply-To", s.in_reply_to), ("References", s.in_reply_to)]
    if rng.random() < 0.4:
        headers.append(("X-Mailer", rng.choice(_MAILERS)))
    return headers


def _disposition(auth: dict[str, str]) -> str:
    return "REJECT" if auth["dmarc"] == "fail" and auth["policy"] == "reject" else "NONE"


def _message_id(s: Scenario, style: MailStyle, header_style: str, rng: Random) -> str:
    if header_style == "archive" and style.message_id_samples:
        return reshape_message_id(rng.choice(style.message_id_samples), rng)
    domain = s.envelope_domain or s.sender.address.rpartition("@")[2]
    if domain == "gmail.com":
        return f"<CA{_b64ish(rng, 44)}@mail.gmail.com>"
    if domain in ("outlook.com", "hotmail.com", "live.com"):
        return (
            f"<{rng.choice(('BY', 'SN', 'CH', 'DM'))}{rng.randint(1, 9)}PR{rng.randint(10, 99)}"
            f"MB{rng.randint(1000, 9999)}"
            f"{_hex(rng, 10).upper()}@{rng.choice(('BY', 'SN', 'CH'))}{rng.randint(1, 9)}"
            f"PR{rng.randint(10, 99)}MB"
            f"{rng.randint(1000, 9999)}.namprd{rng.randint(10, 20)}.prod.outlook.com>"
        )
    form = rng.randrange(3)
    if form == 0:
        return f"<{_hex(rng, 32)}@{domain}>"
    if form == 1:
        return f"<{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}@{domain}>"
    return f"<{s.when.strftime('%Y%m%d%H%M%S')}.{_hex(rng, 8)}@{rng.choice(('mail.', 'smtp.', ''))}{domain}>"


def _sending_host(domain: str, rng: Random) -> str:
    if domain in FREE_MAIL:
        return {
            "gmail.com": f"mail-{rng.choice(('wr1', 'ed1', 'lf1'))}-f{rng.randint(41, 199)}.google.com",
            "yahoo.com": f"sonic{rng.randint(300, 320)}-{rng.randint(1, 40)}.consmr.mail.ne1.yahoo.com",
        }.get(domain, f"mail{rng.randint(1, 40)}.{domain}")
    return rng.choice(
        (
            f"mail.{domain}",
            f"smtp{rng.randint(1, 9)}.{domain}",
            f"{domain}",
            f"vps{rng.randint(1000, 99999)}.{rng.choice(('contabo.host', 'ovh.net', 'hostinger.io'))}",
        )
    )


def _public_ip(rng: Random) -> str:
    first = rng.choice([n for n in range(11, 223) if n not in (100, 127, 169, 172, 192, 198, 203)])
    return f"{first}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"


def _private_ip(rng: Random) -> str:
    return f"192.168.{rng.randrange(256)}.{rng.randrange(2, 254)}"


def _hex(rng: Random, size: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(size))


def _b64ish(rng: Random, size: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-="
    return "".join(rng.choice(alphabet) for _ in range(size))


def _html(body: str, s: Scenario) -> str:
    """The HTML alternative: same words, the link behind a display text that may differ from its target."""
    escaped = html.escape(body)
    anchor = f'<a href="{html.escape(s.url)}">{html.escape(s.link_text or s.url)}</a>'
    escaped = escaped.replace(html.escape(s.url), anchor)
    paragraphs = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in escaped.split("\n\n"))
    head = '<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial">'
    return f"{head}{paragraphs}</body></html>"
