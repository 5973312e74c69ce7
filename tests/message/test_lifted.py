"""Lifting big bodies out before the stdlib parser must never change what the parser reports."""

from __future__ import annotations

import pytest
from hostile import attachment, headers, multipart, part

import mailwarden.message.lifted as lifted
from mailwarden.message.parse import parse_message

BIG_TEXT = ("Lorem ipsum dolor sit amet, see https://docs.example.org/page for details.\n" * 1200).encode()
BINARY = bytes(range(256)) * 400


def _cases() -> dict[str, bytes]:
    inner = headers(Subject="inner") + multipart("mixed", "in", [
        part("text/plain", b"forwarded words"), attachment("inner.bin", "application/octet-stream", BINARY)])
    return {
        "attachments": headers() + multipart("mixed", "out", [
            part("text/plain; charset=utf-8", BIG_TEXT),
            attachment("data.bin", "application/octet-stream", BINARY),
            part("text/html", b"<p>" + BIG_TEXT + b"</p>", encoding="8bit")]),
        "attached_message": headers() + multipart("mixed", "out", [
            part("text/plain", b"see below"), part("message/rfc822", inner)]),
        "single_part": headers() + part("text/plain; charset=utf-8", BIG_TEXT),
        "bad_base64": headers() + multipart("mixed", "out", [
            part("application/octet-stream", b"QUJD" * 20000 + b"Q", encoding="base64")]),
        "header_break": b"Subject: broken\n\nTo: x@y.example\n" + multipart("mixed", "out", [
            attachment("a.bin", "application/octet-stream", "\u00e9".encode("cp1252") * 60000)]),
    }


@pytest.mark.parametrize("name", sorted(_cases()))
def test_lifting_changes_nothing(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = _cases()[name]
    assert len(raw) > lifted.BIG_MESSAGE
    assert lifted.lift_big_bodies(raw)[1].bodies  # the case really exercises lifting
    with_lifting = parse_message(raw, name)
    monkeypatch.setattr(lifted, "BIG_MESSAGE", 1 << 40)
    without = parse_message(raw, name)
    for field in ("text", "links", "attachments", "html", "subject"):
        assert getattr(with_lifting, field) == getattr(without, field), field
    assert "MAILWARDEN-LIFTED-BODY" not in with_lifting.text
