"""delivery attachment detectors judge names, types and parser flags (bytes are never opened here)."""

from __future__ import annotations

from mailwarden.message import Attachment
from mailwarden.signals.delivery import attachments as att

from .signal_helpers import msg, run


def a(name: str, declared: str = "application/octet-stream", sniffed: str = "", **flags) -> Attachment:
    return Attachment(name, declared, sniffed, flags.pop("size", 2_000), "0" * 64, **flags)


def test_risky_types_by_name_and_by_content():
    assert run(att.risky_attachment_type, msg(attachments=(a("setup.EXE"),))).strength >= 0.8
    assert run(att.risky_attachment_type, msg(attachments=(a("disk.iso"),))) is not None
    by_content = run(att.risky_attachment_type, msg(attachments=(a("photo.jpg", "image/jpeg",
                                                                   "application/x-dosexec"),)))
    assert by_content is not None and "x-dosexec" in by_content.evidence
    assert run(att.risky_attachment_type, msg(attachments=(a("report.pdf", "application/pdf"),))) is None


def test_double_extensions_and_right_to_left_override():
    assert run(att.double_extension, msg(attachments=(a("invoice.pdf   .exe"),))) is not None
    assert run(att.double_extension, msg(attachments=(a("photo\u202egpj.scr"),))).strength >= 0.8
    assert run(att.double_extension, msg(attachments=(a("archive.tar.gz"),))) is None
    assert run(att.double_extension, msg(attachments=(a("v1.2.pdf"),))) is None


def test_macros_html_smuggling_encryption_and_archives():
    assert run(att.macro_attachment, msg(attachments=(a("q3.xls", has_macros=True),))) is not None
    assert run(att.macro_attachment, msg(attachments=(a("q3.xlsm"),))) is not None
    page = run(att.html_attachment, msg(attachments=(a("Remittance.htm", "text/html"),)))
    smuggled = run(att.html_smuggling, msg(attachments=(a("Remittance.htm", "text/html", has_script=True),)))
    assert page and smuggled and smuggled.strength > page.strength
    locked = (a("docs.zip", "application/zip", is_encrypted=True, is_archive=True),)
    with_password = run(att.encrypted_attachment, msg(attachments=locked, text="The password is: 8812"))
    without = run(att.encrypted_attachment, msg(attachments=locked, text="See attached."))
    assert with_password and without and with_password.strength > without.strength
    inner = (a("docs.zip", "application/zip", is_archive=True, members=("a.txt", "dir/run.vbs")),)
    assert "run.vbs" in run(att.archive_with_executable, msg(attachments=inner)).evidence


def test_type_mismatch_ignores_office_files_that_are_zips():
    lying = run(att.attachment_type_mismatch, msg(attachments=(a("invoice.pdf", "application/pdf",
                                                                  "text/html"),)))
    assert lying is not None and lying.strength >= 0.6
    docx = a("report.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "application/zip")
    assert run(att.attachment_type_mismatch, msg(attachments=(docx,))) is None


def test_calendar_invites_with_links_from_outside_only():
    from mailwarden.message import Link

    invite = (a("invite.ics", "text/calendar", "text/calendar"),)
    link = (Link("https://agenda.example.net/view", "agenda"),)
    assert run(att.calendar_invite_links, msg(sender="x@outside.net", attachments=invite, links=link))
    internal = msg(sender="boss@example.com", attachments=invite, links=link)
    assert run(att.calendar_invite_links, internal) is None
    assert run(att.calendar_invite_links, msg(sender="x@outside.net", attachments=invite)) is None


def test_qr_code_lure_needs_images_little_text_and_a_cue():
    image = (a("scan.png", "image/png", "image/png", size=20_000),)
    assert run(att.qr_code_lure, msg(attachments=image, text="Scan the QR code to keep access.")) is not None
    assert run(att.qr_code_lure, msg(attachments=image, text="Photos from the picnic!")) is None
    long_text = "Scan the QR code. " + "words " * 200
    assert run(att.qr_code_lure, msg(attachments=image, text=long_text)) is None
