"""The mbox splitter: same keys and bytes as mailbox.mbox, streaming, bounded."""

from __future__ import annotations

import io
import mailbox
import tempfile
import tracemalloc
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mailwarden.sources.mbox import split_mbox

MBOX = (
    b"From alice@example.org Mon Jan  1 00:00:00 2024\n"
    b"From: alice@example.org\nSubject: one\n\nbody one\n>From the start\n>>From deeper\n\n"
    b"From bob@example.org Mon Jan  1 00:00:01 2024\n"
    b"From: bob@example.org\nSubject: two\n\nbody two\n\n\n"
    b"From carol@example.org Mon Jan  1 00:00:02 2024\n"
    b"Subject: three\n\nno blank line before the next separator\n"
    b"From dave@example.org Mon Jan  1 00:00:03 2024\n"
    b"Subject: four\n\nlast\n"
)


def _stdlib_messages(tmp_path: Path, raw: bytes) -> list[bytes]:
    path = tmp_path / "box.mbox"
    path.write_bytes(raw)
    box = mailbox.mbox(str(path))
    try:
        return [box.get_bytes(key) for key in box.iterkeys()]
    finally:
        box.close()


def test_keys_and_bytes_match_mailbox_mbox_without_unescaping(tmp_path: Path) -> None:
    ours = [chunk.data for chunk in split_mbox(io.BytesIO(MBOX), 1 << 20, unescape=False)]
    assert ours == _stdlib_messages(tmp_path, MBOX)
    assert len(ours) == 4


def test_quoted_from_lines_lose_one_quote() -> None:
    first = next(iter(split_mbox(io.BytesIO(MBOX), 1 << 20)))
    assert b"\nFrom the start\n" in first.data
    assert b"\n>From deeper\n" in first.data
    assert first.index == 0


def test_bytes_before_first_separator_are_ignored() -> None:
    raw = b"junk line\n" + MBOX
    assert len(list(split_mbox(io.BytesIO(raw), 1 << 20))) == 4


def test_long_message_is_cut_and_marked_and_next_one_still_found() -> None:
    big = b"From a@b Mon Jan  1 00:00:00 2024\nSubject: big\n\n" + b"x" * 10_000 + b"\n\n"
    raw = big + b"From c@d Mon Jan  1 00:00:00 2024\nSubject: small\n\nok\n"
    chunks = list(split_mbox(io.BytesIO(raw), 1000))
    assert [c.truncated for c in chunks] == [True, False]
    assert len(chunks[0].data) == 1000
    assert chunks[1].data == b"Subject: small\n\nok\n"


def test_line_without_newline_does_not_split_or_explode() -> None:
    raw = b"From a@b x\nSubject: s\n\n" + b"y" * 3_000_000 + b"From not-a-separator\n"
    chunks = list(split_mbox(io.BytesIO(raw), 10_000_000))
    assert len(chunks) == 1
    assert chunks[0].data.endswith(b"From not-a-separator\n")


def test_memory_stays_bounded_by_one_message(tmp_path: Path) -> None:
    message = b"From a@b Mon Jan  1 00:00:00 2024\nSubject: s\n\n" + b"line of body text\n" * 500 + b"\n"
    path = tmp_path / "large.mbox"
    with path.open("wb") as handle:
        for _ in range(2000):  # about 18 MB
            handle.write(message)
    tracemalloc.start()
    try:
        with path.open("rb") as handle:
            count = sum(1 for _ in split_mbox(handle, 1 << 20))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 2000
    assert peak < 2_000_000


LINES = [b"From a@b Mon Jan  1 00:00:00 2024\n", b"\n", b"Subject: s\n", b"body text\n", b">From quoted\n",
         b"From", b"trailing without newline", b"\r\n"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=40))
def test_split_matches_mailbox_mbox_on_arbitrary_line_mixes(lines: list[bytes]) -> None:
    raw = b"From first Mon Jan  1 00:00:00 2024\n" + b"".join(lines)
    with tempfile.TemporaryDirectory() as folder:
        expected = _stdlib_messages(Path(folder), raw)
    assert [chunk.data for chunk in split_mbox(io.BytesIO(raw), 1 << 20, unescape=False)] == expected
