"""The bad-input corpus: every hostile message parses to a Message, quickly, in bounded memory."""

from __future__ import annotations

import hashlib
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile import big_attachment, deep_multipart, many_parts, many_recipients

from mailwarden.message.model import Message
from mailwarden.message.parse import parse_message
from mailwarden.settings import Settings

BAD = Path(__file__).resolve().parent.parent / "fixtures" / "bad"


def parse_bounded(data: bytes, seconds: float = 5.0) -> tuple[Message, int]:
    """Parse under tracemalloc; returns the message and the peak of Python allocations in bytes."""
    tracemalloc.start()
    started = time.process_time()
    try:
        message = parse_message(data, "hostile")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.process_time() - started < seconds
    return message, peak


@pytest.mark.parametrize("name", sorted(p.name for p in BAD.iterdir()))
def test_every_bad_fixture_gives_a_message(name: str) -> None:
    raw = (BAD / name).read_bytes()
    message, _ = parse_bounded(raw, seconds=2.0)
    assert isinstance(message, Message)
    assert message.sha256 == hashlib.sha256(raw).hexdigest()
    assert not [d for d in message.defects if d.startswith("parser_error")]


def bad(name: str) -> Message:
    return parse_message((BAD / name).read_bytes(), name)


def test_defects_name_what_went_wrong() -> None:
    assert "bad_base64" in bad("bad_base64.eml").defects
    assert "charset_unknown:x-klingon" in bad("unknown_charset.eml").defects
    assert {"empty_message", "no_headers"} <= set(bad("empty.eml").defects)
    assert "no_headers" in bad("binary_garbage.bin").defects
    assert "mime_depth_exceeded" in bad("deep_rfc822.eml").defects
    assert "CloseBoundaryNotFoundDefect" in bad("truncated_mime.eml").defects
    assert "NoBoundaryInMultipartDefect" in bad("missing_boundary.eml").defects


def test_lying_and_unknown_charsets_still_read() -> None:
    lying = bad("lying_charset.eml")
    assert "café € 5" in lying.text  # declared us-ascii, really UTF-8
    assert "naïve" in lying.text  # declared UTF-8, really cp1252
    assert "charset_mismatch:us-ascii" in lying.defects
    assert bad("unknown_charset.eml").subject == "qapla'"
    assert "café" in bad("bad_quoted_printable.eml").text


def test_nul_bytes_never_reach_text_or_headers() -> None:
    message = bad("nul_bytes.eml")
    assert "\x00" not in message.text and "\x00" not in message.subject
    assert "bodywithnuls" in message.text
    assert "nul_bytes" in message.defects


def test_encoded_words_cannot_forge_an_address() -> None:
    message = bad("encoded_comma_name.eml")
    assert message.sender is not None
    assert message.sender.address == "x@evil.example"
    assert message.sender.name == "Boss, CEO <ceo@corp.example>"
    assert len(parse_message((BAD / "encoded_comma_name.eml").read_bytes(), "x").to) == 1


def test_archives_bombs_and_encryption_are_flagged_without_decompressing() -> None:
    (bomb,) = bad("zip_bomb.eml").attachments
    assert bomb.is_archive and "archive_bomb" in bomb.defects
    assert "archive_bomb" in bad("zip_bomb.eml").defects
    (nested,) = bad("nested_zip.eml").attachments
    assert "inner.zip/more.bin" in nested.members and "archive_bomb" in nested.defects
    (locked,) = bad("encrypted_zip.eml").attachments
    assert locked.is_encrypted and locked.members == ("invoice.exe",)
    (ole,) = bad("fake_ole.eml").attachments
    assert ole.sniffed_type in ("application/x-ole-storage", "application/CDFV2", "application/vnd.ms-office")


Generated = Callable[[], bytes]


def test_ten_thousand_deep_multipart_is_cut_fast() -> None:
    message, peak = parse_bounded(deep_multipart(10_000), seconds=3.0)
    assert "mime_depth_exceeded" in message.defects
    assert peak < 50_000_000


def test_hundred_thousand_recipients_are_capped() -> None:
    message, peak = parse_bounded(many_recipients(100_000), seconds=2.0)
    assert len(message.to) == 1000
    assert message.to[0].address == "user0@example.com"
    assert "recipients_truncated" in message.defects
    assert peak < 60_000_000


def test_parts_beyond_the_limit_are_not_parsed() -> None:
    message, _ = parse_bounded(many_parts(5000), seconds=3.0)
    assert "mime_parts_exceeded" in message.defects
    assert "part 0" in message.text and "part 4999" not in message.text


def test_thirty_megabyte_attachment_is_hashed_in_bounded_memory() -> None:
    size = 30 * 1024 * 1024
    data = big_attachment(size)
    message, peak = parse_bounded(data, seconds=10.0)
    (attachment,) = message.attachments
    assert attachment.size == size
    assert attachment.sha256 == hashlib.sha256(bytes(range(256)) * (size // 256)).hexdigest()
    assert peak < 4 * size  # the stdlib parser alone would need about 8x


def test_fifty_megabyte_attachment_over_the_message_limit_is_judged_on_headers() -> None:
    data = big_attachment(50 * 1024 * 1024)
    message, peak = parse_bounded(data, seconds=5.0)
    assert "message_truncated" in message.defects
    assert message.subject == "synthetic" and message.attachments == ()
    assert peak < 2 * len(data)


def test_message_at_the_source_limit_is_marked_truncated() -> None:
    settings = Settings(max_message_bytes=1000)
    message = parse_message(many_recipients(200)[:1000], "cut", settings)
    assert "message_truncated" in message.defects
    assert message.to  # headers still read
