"""Shared corpora for the synthesiser tests: generated once per session (generation is deterministic)."""

from __future__ import annotations

import email
from random import Random

import pytest

from mailwarden.synth import OrgSeed, SyntheticAttack, generate
from mailwarden.synth.seed import SeedPerson, SeedVendor
from mailwarden.synth.style import MailStyle

ARCHIVE_STYLE = MailStyle(
    headers="archive",
    message_id_samples=("<1234567.1075812345678.JavaMail.exporter@archivehost>",),
    bare_from=True,
    mailbox_headers=((("X-Folder", "\\Archive\\Inbox"), ("X-Origin", "TEST-O"), ("X-FileName", "test.pst")),),
    date_comment=True,
    utc_offsets=("-0800", "-0700"),
    unpadded_day=True,
)


def small_org() -> OrgSeed:
    """A hand-written fictional organization (no real names or addresses)."""
    people = (
        SeedPerson("Ada Quill", "ada.quill@quillworks.test", True, "Chief Executive Officer"),
        SeedPerson("Bo Ferrant", "bo.ferrant@quillworks.test", True, "Chief Financial Officer"),
        SeedPerson("Cy Marrow", "cy.marrow@quillworks.test", False, "Controller"),
        SeedPerson("Di Pellow", "di.pellow@quillworks.test", False, "Payroll Specialist"),
        SeedPerson("Ed Orwin", "ed.orwin@quillworks.test", False, "Engineer"),
        SeedPerson("Flo Tamsin", "flo.tamsin@quillworks.test", False, "Accounts Payable Specialist"),
        SeedPerson("Gil Hardy", "gil.hardy@quillworks.test", False, "HR Manager"),
        SeedPerson("Hal Venn", "hal.venn@quillworks.test", False, "Analyst"),
    )
    vendors = (
        SeedVendor(
            "Brightmoor Supply", "billing@brightmoor-supply.test", "brightmoor-supply.test", "Ivy Lark"
        ),
        SeedVendor("Castellan Freight", "ar@castellanfreight.test", "castellanfreight.test", "Jo Pike"),
    )
    return OrgSeed(
        "Quillworks",
        ("quillworks.test",),
        people,
        vendors,
        ("Brightmoor renewal terms", "Q3 freight schedule", "Offsite agenda"),
    )


@pytest.fixture(scope="session")
def archive_style() -> MailStyle:
    return ARCHIVE_STYLE


@pytest.fixture(scope="session")
def org() -> OrgSeed:
    return small_org()


@pytest.fixture(scope="session")
def generic_org() -> OrgSeed:
    return OrgSeed.generic(Random("tests"))


@pytest.fixture(scope="session")
def modern_batch(generic_org: OrgSeed) -> list[SyntheticAttack]:
    return list(generate(generic_org, 700, rng_seed=11, header_style="modern"))


def plain_body(raw: bytes) -> str:
    """The text/plain part, decoded (compat32: the policy.default parser is ten times slower)."""
    for part in email.message_from_bytes(raw).walk():
        if part.get_content_type() == "text/plain" and not part.get_filename():
            return part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
    raise AssertionError("no text/plain part")


@pytest.fixture(scope="session")
def body_of():
    return plain_body


@pytest.fixture(scope="session")
def modern_bodies(modern_batch: list[SyntheticAttack]) -> list[str]:
    return [plain_body(raw) for raw, _ in modern_batch]


@pytest.fixture(scope="session")
def archive_batch(org: OrgSeed) -> list[SyntheticAttack]:
    return list(generate(org.with_style(ARCHIVE_STYLE), 300, rng_seed=5))
