"""Header style inference: archive exports are recognised and their shape copied."""

from __future__ import annotations

from random import Random

from mailwarden.synth.style import MailStyle, infer_mail_style, reshape_message_id

ARCHIVE_MESSAGE = (
    b"Message-ID: <4417321.1075811111111.JavaMail.exporter@archivehost>\n"
    b"Date: Tue, 5 Jun 2001 09:12:00 -0700 (PDT)\n"
    b"From: ada.quill@quillworks.test\nTo: cy.marrow@quillworks.test\nSubject: numbers\n"
    b"Mime-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n"
    b"X-From: Ada Quill\nX-To: Cy Marrow\nX-cc: \nX-bcc: \nX-Folder: \\Quill\\Inbox\nX-Origin: QUILL-A\n"
    b"X-FileName: quill.pst\n\nSee you at 3.\n"
)
MODERN_MESSAGE = (
    b"Received: from mail.example.net (mail.example.net [198.51.100.7]) by mx.quillworks.test; "
    b"Tue, 05 Mar 2024 10:00:00 +0000\r\n"
    b"Authentication-Results: mx.quillworks.test; spf=pass smtp.mailfrom=example.net\r\n"
    b"From: Bo <bo@example.net>\r\nTo: ada.quill@quillworks.test\r\nSubject: hi\r\n"
    b"Date: Tue, 05 Mar 2024 10:00:00 +0000\r\nMessage-ID: <a1b2c3d4e5f6@example.net>\r\n\r\nhello\r\n"
)


def test_archive_export_is_recognised() -> None:
    style = infer_mail_style([ARCHIVE_MESSAGE] * 5)
    assert style.headers == "archive" and style.bare_from and style.date_comment and style.unpadded_day
    assert style.utc_offsets == ("-0700",) and not style.crlf
    assert style.mailbox_headers[0][0] == ("X-Folder", "\\Quill\\Inbox")


def test_modern_mail_is_recognised() -> None:
    style = infer_mail_style([MODERN_MESSAGE] * 3)
    assert style.headers == "modern" and not style.bare_from and style.crlf


def test_reshaped_message_ids_keep_the_shape_but_not_the_value() -> None:
    sample = "<4417321.1075811111111.JavaMail.exporter@archivehost>"
    made = {reshape_message_id(sample, Random(i)) for i in range(50)}
    assert len(made) == 50 and sample not in made
    for mid in made:
        first, second, rest = mid.strip("<>").split(".", 2)
        assert len(first) == 7 and len(second) == 13 and second.startswith("1075")
        assert rest == "JavaMail.exporter@archivehost"


def test_style_round_trips_through_a_dict() -> None:
    style = infer_mail_style([ARCHIVE_MESSAGE])
    assert MailStyle.from_dict(style.to_dict()) == style
