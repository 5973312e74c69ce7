"""Internal domains, people and VIPs derived from the whole learned graph."""

from __future__ import annotations

from pathlib import Path

from mailwarden.profile.learn import learn
from mailwarden.profile.snapshot import ProfileSnapshot
from mailwarden.settings import Settings
from mailwarden.sources import iter_raw
from mailwarden.store import Store

ORG = Path(__file__).parent.parent / "fixtures" / "org"


def _profile(tmp_path, paths, **settings_values) -> ProfileSnapshot:
    settings = Settings.load(home=tmp_path, **settings_values)
    with Store.open(settings) as store:
        learn(store, settings, iter_raw(paths))
        return ProfileSnapshot.load(store)


def test_internal_domain_is_inferred_from_the_sent_folder(tmp_path):
    profile = _profile(tmp_path, [ORG / "inbox.mbox", ORG / "sent.mbox"])
    assert profile.internal_domains == {"northwind-metals.com"}
    assert "sent folders" in profile.internal_reason


def test_without_sent_folders_the_domain_receiving_most_mail_is_internal(tmp_path):
    profile = _profile(tmp_path, [ORG / "inbox.mbox"])
    assert profile.internal_domains == {"northwind-metals.com"}
    assert "receives the most mail" in profile.internal_reason


def test_configured_org_domains_win(tmp_path):
    profile = _profile(tmp_path, [ORG / "inbox.mbox"], org_domains="acmesteel.com")
    assert profile.internal_domains == {"acmesteel.com"} and profile.internal_reason == "configured"


def test_configured_vips_always_win(tmp_path):
    profile = _profile(tmp_path, [ORG / "inbox.mbox", ORG / "sent.mbox"],
                       vips="Sam Ortiz <sam.ortiz@northwind-metals.com>,Grace Lin")
    [sam] = profile.people_named("Sam Ortiz")
    assert sam.is_vip and sam.vip_reason == "configured"
    [grace] = profile.people_named("Grace Lin")  # configured by name only, never seen in the mail
    assert grace.is_vip and grace.addresses == ()
    [lena] = profile.people_named("Lena Vogt")
    assert not lena.is_vip


def test_people_group_the_addresses_of_one_name(tmp_path):
    profile = _profile(tmp_path, [ORG / "inbox.mbox", ORG / "sent.mbox"])
    [ceo] = profile.people_named("Holloway, Margaret")
    assert ceo.name == "Margaret Holloway" and ceo.addresses == ("margaret.holloway@northwind-metals.com",)
    assert profile.person_of("margaret.holloway@northwind-metals.com") == ceo


def test_a_vip_is_found_under_a_nickname_and_a_colleague_is_not(tmp_path):
    profile = _profile(tmp_path, [ORG / "inbox.mbox", ORG / "sent.mbox"],
                       vips="Margaret Holloway <margaret.holloway@northwind-metals.com>")
    assert [p.name for p in profile.people_named("Peggy Holloway")] == ["Margaret Holloway"]
    assert [p.name for p in profile.people_named("Maggie HOLLOWAY")] == ["Margaret Holloway"]
    assert profile.people_named("Martin Holloway") == []  # another given name, not a nickname
    assert not profile.people_named("Danny Okafor")  # nicknames stretch to VIPs only (Daniel is not one)
