"""impersonation detectors that use learned people, VIPs and counterparties (tests/fixtures/org)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from mailwarden.message.parse import parse_message
from mailwarden.profile.learn import learn
from mailwarden.profile.snapshot import ProfileSnapshot
from mailwarden.settings import Settings
from mailwarden.signals.base import Context
from mailwarden.signals.impersonation import known_people
from mailwarden.sources import iter_raw
from mailwarden.store import Store

ORG = Path(__file__).parent.parent / "fixtures" / "org"
AP = '"Priya Raman" <priya.raman@northwind-metals.com>'


@pytest.fixture(scope="module")
def context(tmp_path_factory) -> Context:
    settings = Settings.load(home=tmp_path_factory.mktemp("org"))
    with Store.open(settings) as store:
        learn(store, settings, iter_raw([ORG / "inbox.mbox", ORG / "sent.mbox"]))
        return Context(settings=settings, profile=ProfileSnapshot.load(store))


def mail(sender: str, subject: str = "Quick task", body: str = "Are you at your desk?") -> object:
    raw = (f"From: {sender}\nTo: {AP}\nSubject: {subject}\nDate: Mon, 04 Mar 2024 10:00:00 +0000\n"
           f"MIME-Version: 1.0\nContent-Type: text/plain\n\n{body}\n").encode()
    return parse_message(raw, "test.eml")


def test_the_ceo_is_a_vip_learned_from_the_graph(context):
    [ceo] = context.profile.people_named("Margaret Holloway")
    assert ceo.is_vip and "margaret.holloway@northwind-metals.com" in ceo.addresses
    assert "title" in ceo.vip_reason or "graph" in ceo.vip_reason


@pytest.mark.parametrize("shown", ["Margaret Holloway", "Holloway, Margaret", "Margaret  HOLLOWAY",
                                   "Marg Holloway"])
def test_vip_name_from_a_free_mail_address(context, shown):
    signal = known_people.known_person_name.run(mail(f'"{shown}" <m.holloway.ceo@gmail.com>'), context)
    assert signal is not None and signal.strength >= 0.9
    assert "never wrote to the organization" in signal.evidence
    assert "margaret.holloway@northwind-metals.com" in signal.evidence
    assert signal.party is not None and signal.party.role == "vip"


def test_the_real_address_is_quiet(context):
    real = mail('"Margaret Holloway" <margaret.holloway@northwind-metals.com>')
    assert known_people.known_person_name.run(real, context) is None


def test_an_employee_name_is_weaker_than_a_vip(context):
    signal = known_people.known_person_name.run(mail('"Sam Ortiz" <sam.ortiz.it@outlook.com>'), context)
    assert signal is not None and signal.party.role == "employee" and 0.5 <= signal.strength < 0.9


def test_unknown_names_are_quiet(context):
    assert known_people.known_person_name.run(mail('"Alex Morgan" <alex@gmail.com>'), context) is None


def test_lookalike_of_a_known_vendor_mailbox(context):
    signal = known_people.lookalike_known_contact.run(
        mail('"Acme Steel Billing" <billing@acmesteeI.com>', "Invoice INV-1020"), context)
    assert signal is not None and signal.strength >= 0.8
    assert "billing@acmesteel.com" in signal.evidence and "6 messages from them" in signal.evidence


def test_lookalike_of_the_organization_names_the_colleague(context):
    signal = known_people.lookalike_known_contact.run(
        mail('"Daniel Okafor" <daniel.okafor@northwind-metal.com>'), context)
    assert signal is not None and "daniel.okafor@northwind-metals.com" in signal.evidence


def test_the_real_vendor_domain_is_not_a_lookalike(context):
    assert known_people.lookalike_known_contact.run(mail("billing@acmesteel.com"), context) is None


def test_a_colleagues_unknown_alias_on_our_domain_is_quiet_but_a_vips_is_not(context):
    alias = mail('"Sam Ortiz" <s.ortiz@northwind-metals.com>')
    assert known_people.known_person_name.run(alias, context) is None
    vip_alias = known_people.known_person_name.run(
        mail('"Margaret Holloway" <ceo@northwind-metals.com>'), context)
    assert vip_alias is not None and vip_alias.strength == 0.5



def test_an_unseen_role_mailbox_on_the_own_domain_is_a_forged_sender(context):
    from mailwarden.signals.impersonation.sender import unseen_own_role_mailbox

    forged = unseen_own_role_mailbox.run(mail("IT Desk <it@northwind-metals.com>"), context)
    assert forged is not None and "'it@northwind-metals.com'" in forged.evidence
    quiet = ("it@acmesteel.com", "margaret.holloway@northwind-metals.com", AP)  # outside; a person; known
    for sender in quiet:
        assert unseen_own_role_mailbox.run(mail(sender), context) is None, sender
    without_profile = replace(context, profile=None)
    assert unseen_own_role_mailbox.run(mail("it@northwind-metals.com"), without_profile) is None


def test_a_vendor_contacts_name_from_a_new_free_mail_address(context):
    signal = known_people.known_contact_name.run(mail('"Rita Chen" <rita.chen.acme@gmail.com>'), context)
    assert signal is not None and signal.strength >= 0.6
    assert "rita.chen@acmesteel.com" in signal.evidence
    assert "never wrote to the organization" in signal.evidence
    assert signal.party is not None and signal.party.address == "rita.chen@acmesteel.com"


@pytest.mark.parametrize("sender", [
    '"Rita Chen" <rita.chen@acmesteel.com>',  # the real address
    '"Rita Chen" <rchen@ar.acmesteel.com>',  # another mailbox of the same company
    '"Priya Raman" <priya.raman.ap@gmail.com>',  # a colleague's name: known_person_name's case
    '"Alex Morgan" <alex@gmail.com>',  # a name nobody here writes under
])
def test_known_contact_name_is_quiet_for_real_and_unknown_people(context, sender):
    assert known_people.known_contact_name.run(mail(sender), context) is None


def test_a_role_name_many_companies_use_is_not_a_person(context):
    class ManyDomains:
        def __getattr__(self, name):
            return getattr(context.profile, name)

        def contacts_named(self, name):
            return [replace(c, address=f"accounts@firm{i}.com") for i, c in
                    enumerate(context.profile.contacts_named("Rita Chen") * 3)]

    shared = Context(settings=context.settings, profile=ManyDomains())
    assert known_people.known_contact_name.run(mail('"Rita Chen" <rita@gmail.com>'), shared) is None
