"""Every synthetic message is well-formed mail: stdlib email and Mailwarden's parser read it as labelled."""

from __future__ import annotations

import email
from dataclasses import replace
from datetime import datetime
from email import policy

from mailwarden.message.parse import parse_message
from mailwarden.synth import generate


def test_stdlib_parses_every_message_without_defects(modern_batch, archive_batch) -> None:
    for index, (raw, label) in enumerate(modern_batch + archive_batch):
        msg = email.message_from_bytes(raw)
        assert msg["Message-ID"].strip() == label["message_id"]
        assert any(part.get_content_type() == "text/plain" for part in msg.walk())
        for part in msg.walk():
            assert not part.defects, (label, part.defects)
        if index % 4 == 0:  # the modern policy parses headers strictly (and slowly): a quarter of them
            strict = email.message_from_bytes(raw, policy=policy.default)
            assert strict.get_body(("plain",)) is not None
            for name, value in strict.items():
                assert not value.defects, (name, value, value.defects)


def test_mailwarden_parser_sees_sender_links_and_attachments(modern_batch) -> None:
    for index, (raw, label) in enumerate(modern_batch):
        message = parse_message(raw, f"synthetic#{index}")
        assert not [d for d in message.defects if "header" in d.lower()], message.defects
        assert message.sender is not None and message.sender.address == label["sender"]
        assert message.text.strip()
        names = {a.filename for a in message.attachments}
        assert {a["filename"] for a in label["attachments"]} <= names
        if label["vector"] == "link":
            assert any(link.href == label["url"] for link in message.links) or label["url"] in message.text
        assert message.auth.present  # modern mail carries the gateway's Authentication-Results


def test_archive_style_carries_no_transport_headers(archive_batch) -> None:
    for raw, label in archive_batch:
        message = parse_message(raw, "archive")
        assert not message.received and not message.auth.present
        head = raw.split(b"\n\n", 1)[0]
        assert b"Reply-To:" not in head and b"DKIM-Signature" not in head and b"Return-Path" not in head
        assert head.startswith(b"Message-ID: <") and b".JavaMail.exporter@archivehost>" in head
        assert b"\nX-From: " in head and b"\nX-Folder: \\Archive\\Inbox" in head
        # archive exports keep the bare address in From (names in X-From), and the export's time zones
        from_line = next(line for line in head.split(b"\n") if line.startswith(b"From: "))
        assert b"<" not in from_line
        month = datetime.fromisoformat(label["date"]).month
        assert (
            b"-0700 (PDT)" if 4 <= month <= 10 else b"-0800 (PST)"
        ) in head  # the export's zone, by season
        assert label["header_style"] == "archive"


def test_malware_attachments_are_seen_as_such(modern_batch) -> None:
    seen: set[str] = set()
    for index, (raw, label) in enumerate(modern_batch):
        if label["lure"] != "malware_document" or label["vector"] != "attachment":
            continue
        kind = label["attachments"][0]["kind"]
        attachment = next(
            a
            for a in parse_message(raw, f"m#{index}").attachments
            if a.filename == label["attachments"][0]["filename"]
        )
        if kind == "macro_doc":
            assert attachment.has_macros or "vbaProject.bin" in " ".join(attachment.members)
        if kind == "encrypted_zip":
            assert attachment.is_encrypted
        if kind == "exe_in_zip":
            assert attachment.is_archive and attachment.members
        if kind == "html_smuggling":
            assert attachment.has_script
        seen.add(kind)
    assert {"macro_doc", "encrypted_zip", "exe_in_zip", "html_smuggling", "iso_image"} <= seen


def test_an_export_without_attachments_gets_none(org, archive_style) -> None:
    style = replace(
        archive_style, multipart_seen=False, wrap_at=72, plain_content_type="text/plain; charset=us-ascii"
    )
    batch = list(
        generate(org.with_style(style), 120, 3, types=["malware", "credential_phishing", "ceo_fraud"])
    )
    dropped = [label for _, label in batch if label["attachments_dropped"]]
    assert dropped and all(label["attachments"] for label in dropped)
    for raw, _label in batch:
        head, _, body = raw.partition(b"\n\n")
        assert b"multipart" not in head
        if b"quoted-printable" in head:  # non-ASCII text (a euro sign, another language) is UTF-8
            continue
        assert b"Content-Type: text/plain; charset=us-ascii\n" in head
        for line in body.decode("ascii").splitlines():  # wrapped like the org's mailer, links kept whole
            assert len(line) <= 72 or line.startswith(">") or " " not in line.strip() or "://" in line, line
