"""Synthetic mail (attacks and look-alike good mail) is written from our own banks: no sentence is
lifted from the real corpora."""

from __future__ import annotations

import mailbox
import re
import tarfile
from pathlib import Path

import pytest

from mailwarden.synth import FAMILIES, generate, generate_hard_negatives, generate_outside_first_contacts

ENRON = Path(__file__).resolve().parents[3] / "shared" / "data" / "enron_20_users.tar.gz"
_WORD = re.compile(r"[a-z']+")


def _shingles(text: str, size: int = 12) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def test_banks_name_no_real_organization() -> None:
    for family in FAMILIES.values():
        text = repr(family).lower()
        assert "enron" not in text and "javamail" not in text


@pytest.fixture(scope="module")
def enron_shingles(tmp_path_factory) -> set[tuple[str, ...]]:
    if not ENRON.exists():
        pytest.skip("the Enron archive is not available here")
    folder = tmp_path_factory.mktemp("enron")
    with tarfile.open(ENRON) as archive:
        members = [m for m in archive.getmembers() if m.name.endswith(("/inbox.mbox", "/sent.mbox"))][:3]
        archive.extractall(folder, members=members, filter="data")
    real: set[tuple[str, ...]] = set()
    for member in members:
        for msg in mailbox.mbox(str(folder / member.name)):
            payload = msg.get_payload(decode=True) or b""
            real |= _shingles(payload.decode("latin-1"))
    assert len(real) > 10_000
    return real


@pytest.mark.slow
@pytest.mark.parametrize("writer", [
    lambda org: generate(org, 250, 1),
    lambda org: generate_outside_first_contacts(org, 300, 1),
    lambda org: generate_hard_negatives(org, 300, 1),  # colleagues, vendors and new colleagues too
], ids=["attacks", "outside_first_contacts", "hard_negatives"])
def test_no_twelve_word_run_from_enron_mail(enron_shingles, generic_org, body_of, writer) -> None:
    ours: set[tuple[str, ...]] = set()
    for raw, _ in writer(generic_org):
        ours |= _shingles(body_of(raw))
    # stock phrases ("please let me know if you have any questions") are shorter than twelve words
    assert not ours & enron_shingles, sorted(ours & enron_shingles)[:5]
