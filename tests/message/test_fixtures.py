"""Well-formed synthetic messages and the fields the parser must pin on each."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mailwarden.message.model import Address, Message
from mailwarden.message.parse import parse_message

MESSAGES = Path(__file__).resolve().parent.parent / "fixtures" / "messages"


def parsed(name: str) -> Message:
    return parse_message((MESSAGES / name).read_bytes(), name)


def test_plain_message_addresses_threading_and_received_chain() -> None:
    message = parsed("plain.eml")
    assert message.sender == Address("Dana Example", "dana.example@example.org")
    assert message.reply_to == (Address("Dana Private", "dana.private@freemail.example"),)
    assert [a.address for a in message.to] == ["reader.one@example.com", "reader.two@example.com"]
    assert message.cc == (Address("Jörg Example", "jorg@example.net"),)
    assert message.return_path == "bounce@example.org"
    assert message.subject == "Quarterly report – draft"
    assert message.message_id == "<synthetic@example.org>"
    assert message.in_reply_to == "<previous@example.org>"
    assert message.references == ("<first@example.org>", "<previous@example.org>")
    assert [(h.from_host, h.from_ip, h.by_host) for h in message.received] == [
        ("mail.example.org", "192.0.2.10", "mx.example.com"),
        ("laptop", "198.51.100.7", "mail.example.org"),
    ]
    assert message.received[0].date == datetime(2024, 1, 2, 8, 30, 5, tzinfo=UTC)
    assert message.language == "en"
    assert not message.html
    assert [(link.href, link.domain, link.in_html) for link in message.links] == [
        ("https://docs.example.org/report?id=7", "docs.example.org", False)
    ]
    assert message.defects == ()
    assert message.header("x-missing") == "" and message.header("Return-Path") == "<bounce@example.org>"


def test_html_alternative_renders_visible_text_and_keeps_the_mismatched_link() -> None:
    message = parsed("html_mismatch.eml")
    assert message.html
    assert "Your password expires today." in message.text
    assert "Regards\nIT" in message.text  # block elements end lines
    for hidden in ("tracking", "color:red", "hidden title", "Visit our portal"):
        assert hidden not in message.text
    (link,) = message.links
    assert link.text == "https://www.bank.example/login"
    assert link.href.startswith("http://login.xn--bnk-sna.example/")
    assert link.domain == "login.bönk.example"
    assert link.in_html


def test_attachments_are_typed_hashed_and_flagged() -> None:
    message = parsed("attachments.eml")
    by_name = {a.filename: a for a in message.attachments}
    assert set(by_name) == {"invoice.pdf", "statement.docm", "remittance.html", "archive.zip", "photo.png"}
    assert by_name["invoice.pdf"].has_script and by_name["invoice.pdf"].sniffed_type == "application/pdf"
    assert by_name["statement.docm"].has_macros and not by_name["statement.docm"].is_archive
    assert by_name["remittance.html"].has_script
    assert by_name["archive.zip"].is_archive and by_name["archive.zip"].is_encrypted
    assert by_name["archive.zip"].members == ("payload.exe",)
    photo = by_name["photo.png"]
    assert (photo.declared_type, photo.sniffed_type) == ("application/octet-stream", "image/png")
    assert photo.size == 108 and len(photo.sha256) == 64
    assert not (photo.has_macros or photo.has_script or photo.is_encrypted or photo.is_archive)
    assert message.text == "Invoice attached."


def test_enron_style_display_name_comes_from_x_from() -> None:
    message = parsed("enron_style.eml")
    assert message.sender == Address("Pat Example - Office of the Chairman", "pat.example@corp.example")
    assert message.auth.present is False
    assert message.received == ()


def test_top_most_authentication_results_wins_over_forged_lower_one() -> None:
    auth = parsed("auth_fail.eml").auth
    assert (auth.spf, auth.spf_domain, auth.dkim, auth.dmarc) == ("fail", "bank.example", "none", "fail")
    assert auth.dkim_domains == ()
    assert auth.arc == "none"
    assert auth.present


def test_passing_authentication_with_policy_and_arc() -> None:
    auth = parsed("auth_pass.eml").auth
    assert (auth.spf, auth.spf_domain) == ("pass", "lists.example")
    assert auth.dkim == "pass" and auth.dkim_domains == ("lists.example", "example.org")
    assert (auth.dmarc, auth.dmarc_policy, auth.arc) == ("pass", "reject", "pass")


def test_calendar_invite_is_an_attachment_and_its_fields_are_text_and_links() -> None:
    message = parsed("calendar_invite.eml")
    assert [a.declared_type for a in message.attachments] == ["text/calendar"]
    assert "organizer: Payroll Team <payroll@hr-portal.example>" in message.text
    assert "summary: Confirm your direct deposit" in message.text
    assert "You have been invited." in message.text
    assert [link.href for link in message.links] == ["https://hr-portal.example/confirm"]


@pytest.mark.parametrize("name", sorted(p.name for p in MESSAGES.glob("*.eml")))
def test_every_fixture_parses_cleanly_and_hashes_its_bytes(name: str) -> None:
    raw = (MESSAGES / name).read_bytes()
    message = parse_message(raw, name)
    assert message.source == name
    assert message.raw_size == len(raw)
    assert message.sha256 == hashlib.sha256(raw).hexdigest()
    assert not [d for d in message.defects if d.startswith("parser_error")]


def test_attached_message_is_an_attachment_and_its_text_is_read() -> None:
    raw = (
        b"From: a@b.example\nSubject: fw\nContent-Type: multipart/mixed; boundary=z\n\n"
        b"--z\nContent-Type: text/plain\n\nsee attached\n"
        b'--z\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename="orig.eml"\n\n'
        b"From: ceo@corp.example\nSubject: wire\n\nplease wire money http://pay.example\n--z--\n"
    )
    message = parse_message(raw, "fw.eml")
    (attached,) = message.attachments
    assert (attached.filename, attached.declared_type) == ("orig.eml", "message/rfc822")
    assert attached.size > 0
    assert "please wire money" in message.text
    assert [link.domain for link in message.links] == ["pay.example"]
