"""Fuzzing the parser: random bytes and mutations of valid messages never raise and always give a
Message carrying the input's hash."""

from __future__ import annotations

import hashlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailwarden.message.model import Message
from mailwarden.message.parse import parse_message

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "messages"
SEEDS = [path.read_bytes() for path in sorted(FIXTURES.glob("*.eml"))]
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Bytes that steer the MIME parser into its interesting corners.
TOKENS = [b"\n", b"\r\n", b"\n\n", b"--", b"boundary=", b'"', b"=?", b"?=", b"=?utf-8?b?", b"Content-Type: ",
          b"multipart/mixed; boundary=x\n\n--x\n", b"base64", b"quoted-printable", b"\x00", b"\xff\xfe",
          b"<a href=", b"http://", b"xn--", b",", b"<", b">", b"@", b"message/rfc822\n\n", b"charset=x"]


def check(data: bytes) -> None:
    message = parse_message(data, "fuzz")
    assert isinstance(message, Message)
    assert message.sha256 == hashlib.sha256(data).hexdigest()
    assert not [d for d in message.defects if d.startswith("parser_error")], message.defects
    assert "\x00" not in message.text


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes(data: bytes) -> None:
    check(data)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "flip", "truncate"]))
        if action == "insert":
            data[position:position] = draw(st.sampled_from(TOKENS) | st.binary(max_size=16))
        elif action == "delete":
            del data[position : position + draw(st.integers(1, 64))]
        elif action == "flip" and position < len(data):
            data[position] ^= draw(st.integers(1, 255))
        elif action == "truncate":
            del data[position:]
    return bytes(data)


@FUZZ
@given(mutated())
def test_mutated_valid_messages(data: bytes) -> None:
    check(data)
