"""First pins on parse_message: addresses, subject, text, links, html."""

from __future__ import annotations

from mailwarden.message.parse import parse_message

RAW = (
    b'From: "Jane Doe" <Jane.Doe@Example.COM>\n'
    b"To: a@example.org, Bob <BOB@example.net>\n"
    b"Subject: =?utf-8?q?h=C3=A9llo?= world\n"
    b"Date: Mon, 1 Jan 2024 10:00:00 +0000\n"
    b"Content-Type: multipart/alternative; boundary=b\n\n"
    b"--b\nContent-Type: text/plain\n\nplain version http://plain.example/x\n"
    b'--b\nContent-Type: text/html\n\n<p>Hello <a href="http://xn--bcher-kva.example/login">www.bank.com</a>'
    b"</p><script>var hidden = 1;</script>\n--b--\n"
)


def test_fields_of_a_simple_alternative_message() -> None:
    message = parse_message(RAW, "smoke.eml")
    assert message.sender is not None
    assert (message.sender.name, message.sender.address) == ("Jane Doe", "jane.doe@example.com")
    assert [a.address for a in message.to] == ["a@example.org", "bob@example.net"]
    assert message.subject == "héllo world"
    assert message.html
    assert "Hello www.bank.com" in message.text
    assert "hidden" not in message.text
    assert [(link.text, link.domain) for link in message.links] == [("www.bank.com", "bücher.example")]
