"""Synthetic attacks are written from our own banks: no sentence is lifted from the real corpora."""

from __future__ import annotations

import mailbox
import re
import tarfile
from pathlib import Path

import pytest

from mailwarden.synth import FAMILIES, generate

ENRON = Path(__file__).resolve().parents[3] / "shared" / "data" / "enron_20_users.tar.gz"
_WORD = re.compile(r"[a-z']+")


def _shingles(text: str, size: int = 12) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def test_banks_name_no_real_organization() -> None:
    for family in FAMILIES.values():
        text = repr(family).lower()
        assert "enron" not in text and "javamail" not in text


@pytest.mark.slow
@pytest.mark.skipif(not ENRON.exists(), reason="the Enron archive is not available here")
def test_no_twelve_word_run_from_enron_mail(tmp_path: Path, generic_org, body_of) -> None:
    with tarfile.open(ENRON) as archive:
        members = [m for m in archive.getmembers() if m.name.endswith(("/inbox.mbox", "/sent.mbox"))][:3]
        archive.extractall(tmp_path, members=members, filter="data")
    real: set[tuple[str, ...]] = set()
    for member in members:
        for msg in mailbox.mbox(str(tmp_path / member.name)):
            payload = msg.get_payload(decode=True) or b""
            real |= _shingles(payload.decode("latin-1"))
    assert len(real) > 10_000
    ours: set[tuple[str, ...]] = set()
    for raw, _ in generate(generic_org, 250, 1):
        ours |= _shingles(body_of(raw))
    # stock phrases ("please let me know if you have any questions") are shorter than twelve words
    assert not ours & real, sorted(ours & real)[:5]
