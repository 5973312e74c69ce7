"""OrgSeed: from a learned profile, from JSON, or a generic fictional organization."""

from __future__ import annotations

from datetime import date, datetime
from random import Random

import pytest

from mailwarden.profile.view import Contact, DomainStats, Person
from mailwarden.synth import OrgSeed, generate


class FakeProfile:
    """Just enough of a ProfileSnapshot: people, contacts via recipients_of, domains, subjects."""

    internal_domains = frozenset({"quillworks.test"})
    learned_until = datetime(2001, 11, 30, 12, 0)
    _subjects = {"offsite agenda": 4, "ok": 9, "rare thing": 1}

    def is_internal(self, address: str) -> bool:
        return address.endswith("@quillworks.test")

    def vips(self) -> list[Person]:
        return [Person("Quill, Ada", ("ada.quill@quillworks.test",), True, "graph", "CEO")]

    def people(self) -> list[Person]:
        return self.vips() + [Person("Cy Marrow", ("cy.marrow@quillworks.test",), False, "", "Controller")]

    def recipients_of(self, sender: str) -> dict[str, int]:
        return {"billing@brightmoor.test": 12, "pal@gmail.test": 3} if sender.startswith("cy") else {}

    def domain(self, domain: str) -> DomainStats | None:
        if domain == "brightmoor.test":
            return DomainStats(domain, None, None, 30, 12, 2, is_vendor=True)
        return DomainStats(domain, None, None, 0, 3, 1) if domain == "gmail.test" else None

    def contact(self, address: str) -> Contact | None:
        return Contact(address, ("Ivy Lark",), datetime(2020, 1, 1), None, 30, 12)

    def known_domains(self) -> list[DomainStats]:
        return [self.domain("brightmoor.test")]  # type: ignore[list-item]


def test_from_profile_uses_real_people_vendors_and_subjects() -> None:
    seed = OrgSeed.from_profile(FakeProfile())
    assert seed.domains == ("quillworks.test",)
    assert [p.address for p in seed.vips()] == ["ada.quill@quillworks.test"]
    assert [(v.address, v.contact_name) for v in seed.vendors] == [("billing@brightmoor.test", "Ivy Lark")]
    assert seed.thread_subjects == ("Offsite agenda",)
    raw, label = next(iter(generate(seed, 1, 0, types=["ceo_fraud"])))
    assert label["impersonated"]["name"] == "Ada Quill"  # directory "Last, First" written as people sign


def test_attacks_are_dated_around_the_end_of_the_learned_history() -> None:
    seed = OrgSeed.from_profile(FakeProfile())
    dates = [datetime.fromisoformat(label["date"]) for _, label in generate(seed, 40, 1)]
    assert all(2001 <= d.year <= 2002 for d in dates)
    assert min(dates).date() >= date(2001, 6, 1) and max(dates).date() <= date(2002, 5, 31)


def test_generic_org_is_stable_per_seed_and_fictional() -> None:
    first, second = OrgSeed.generic(Random(5)), OrgSeed.generic(Random(5))
    assert first == second and first != OrgSeed.generic(Random(6))
    assert len(first.people) >= 20 and first.vendors and first.thread_subjects and first.vips()
    assert not any(d.endswith(("enron.com", "gmail.com")) for d in first.domains)


def test_json_round_trip(org) -> None:
    seed = org
    assert OrgSeed.from_dict(seed.to_dict()) == seed


def test_an_empty_org_is_refused() -> None:
    with pytest.raises(ValueError):
        OrgSeed("x", (), ())


def test_from_profile_copies_the_style_of_sample_mail() -> None:
    sample = (
        b"Message-ID: <1.2@h>\nDate: Tue, 5 Jun 2001 09:12:00 -0700 (PDT)\nFrom: a@quillworks.test\n"
        b"X-From: A\nSubject: s\n\nhello\n"
    )
    seed = OrgSeed.from_profile(FakeProfile(), style_samples=[sample] * 3)
    assert seed.style.headers == "archive" and seed.style.bare_from and seed.style.date_comment


class BigProfile(FakeProfile):
    """A large directory: 30 quiet people whose names sort first, and 5 busy ones at the end."""

    def people(self) -> list[Person]:
        quiet = [Person(f"Aaron Q{i:02d}", (f"aq{i:02d}@quillworks.test",)) for i in range(30)]
        busy = [Person(f"Zed B{i}", (f"zb{i}@quillworks.test",)) for i in range(5)]
        return self.vips() + quiet + busy

    def contact(self, address: str) -> Contact | None:
        sent = 400 if address.startswith("zb") else 1
        return Contact(address, (), datetime(2020, 1, 1), None, sent, sent)


def test_a_large_directory_keeps_the_people_who_get_mail() -> None:
    seed = OrgSeed.from_profile(BigProfile(), max_people=8)
    addresses = [p.address for p in seed.people]
    assert addresses[0] == "ada.quill@quillworks.test"  # VIPs first
    assert {f"zb{i}@quillworks.test" for i in range(5)} <= set(addresses)
    assert len(addresses) == 8


class PrivateMailboxProfile(FakeProfile):
    """Counterparties include a person on an ISP mailbox and a company writing from a sub-domain."""

    def recipients_of(self, sender: str) -> dict[str, int]:
        return {"jo@nycap.rr.com": 40, "ops@usa.conoco.com": 9} if sender.startswith("cy") else {}

    def domain(self, domain: str) -> DomainStats | None:
        return DomainStats(domain, None, None, 10, 10, 1)


def test_vendors_are_companies_named_by_their_registrable_domain() -> None:
    seed = OrgSeed.from_profile(PrivateMailboxProfile())
    # jo@nycap.rr.com writes more but is a private ISP mailbox: billing fraud "from Nycap" is no one's.
    assert [(v.address, v.name) for v in seed.vendors] == [("ops@usa.conoco.com", "Conoco")]
