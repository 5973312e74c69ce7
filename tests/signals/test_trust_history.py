"""trust detectors against the synthetic Northwind Metals history (tests/fixtures/org)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailwarden.message.parse import parse_message
from mailwarden.profile.learn import learn
from mailwarden.profile.snapshot import ProfileSnapshot
from mailwarden.settings import Settings
from mailwarden.signals.base import Context
from mailwarden.signals.trust import history
from mailwarden.sources import RawItem, iter_raw
from mailwarden.store import Store

ORG = Path(__file__).parent.parent / "fixtures" / "org"
CEO = '"Margaret Holloway" <margaret.holloway@northwind-metals.com>'
AP = '"Priya Raman" <priya.raman@northwind-metals.com>'
STAFF = ", ".join(f"{n}@northwind-metals.com" for n in (
    "daniel.okafor", "priya.raman", "tom.becker", "lena.vogt", "sam.ortiz"))


@pytest.fixture(scope="module")
def context(tmp_path_factory) -> Context:
    settings = Settings.load(home=tmp_path_factory.mktemp("org"))
    with Store.open(settings) as store:
        learn(store, settings, iter_raw([ORG / "inbox.mbox", ORG / "sent.mbox"]))
        return Context(settings=settings, profile=ProfileSnapshot.load(store))


def mail(sender: str, to: str, subject: str, body: str = "Hello.", *, extra: str = "",
         date: str = "Mon, 04 Mar 2024 10:00:00 +0000") -> object:
    raw = (f"From: {sender}\nTo: {to}\nSubject: {subject}\nDate: {date}\nMessage-ID: <t{abs(hash(body))}@x>\n"
           f"{extra}MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}\n").encode()
    return parse_message(raw, "test.eml")


def fired(det, message, context) -> tuple[float, str] | None:
    signal = det.run(message, context)
    return (signal.strength, signal.evidence) if signal else None


def test_detectors_abstain_without_a_profile():
    bare = Context(settings=Settings())
    message = mail("stranger@unknown-co.biz", AP, "RE: hello")
    assert all(det.run(message, bare) is None for det in history.DETECTORS)


def test_first_contact_with_the_organization(context):
    hit = fired(history.first_contact_org, mail("someone@never-seen.biz", AP, "Hello"), context)
    assert hit is not None and hit[0] >= 0.5 and "never-seen.biz" in hit[1]
    assert fired(history.first_contact_org, mail("billing@acmesteel.com", AP, "Invoice"), context) is None


def test_new_address_on_a_known_domain_is_weaker(context):
    hit = fired(history.first_contact_org, mail("new.person@acmesteel.com", AP, "Hi"), context)
    assert hit is not None and hit[0] < 0.5 and "acmesteel.com" in hit[1]


def test_first_contact_with_this_recipient(context):
    message = mail('"Acme Steel Billing" <billing@acmesteel.com>', "lena.vogt@northwind-metals.com", "Hi")
    hit = fired(history.first_contact_recipient, message, context)
    assert hit is not None and "lena.vogt" in hit[1]
    known = mail("billing@acmesteel.com", AP, "Invoice INV-1010")
    assert fired(history.first_contact_recipient, known, context) is None


def test_fake_reply_to_a_thread_that_never_existed(context):
    hit = fired(history.fake_reply, mail("ceo.office@mail-secure.biz", AP, "RE: Outstanding wire"), context)
    assert hit is not None and "outstanding wire" in hit[1]


def test_reply_to_a_real_thread_is_quiet(context):
    real = mail("stranger@unknown-co.biz", AP, "RE: Invoice INV-1003 for steel coil delivery")
    assert fired(history.fake_reply, real, context) is None
    by_id = mail("stranger@unknown-co.biz", AP, "RE: something else",
                 extra="In-Reply-To: <nw0025@mail.example.test>\n")
    assert fired(history.fake_reply, by_id, context) is None


def test_reply_to_changed_for_a_known_sender(context):
    message = mail("billing@acmesteel.com", AP, "Invoice INV-1011",
                   extra="Reply-To: acme.billing@gmail.com\n")
    hit = fired(history.reply_to_changed, message, context)
    assert hit is not None and "acme.billing@gmail.com" in hit[1]


def test_known_sender_asks_for_new_bank_details(context):
    body = "Please note our new bank details for all future payments: IBAN DE00 1234."
    message = mail("billing@acmesteel.com", AP, "Invoice INV-1012", body)
    hit = fired(history.new_bank_details, message, context)
    assert hit is not None and "6 messages from them" in hit[1]
    plain = mail("billing@acmesteel.com", AP, "Invoice INV-1012", "Invoice attached, terms net 30.")
    assert fired(history.new_bank_details, plain, context) is None


def test_unusual_recipients_from_an_internal_account(context):
    strangers = ", ".join(f"person{i}@northwind-metals.com" for i in range(8))
    message = mail('"Tom Becker" <tom.becker@northwind-metals.com>', strangers, "Shared document",
                   "Please review https://docs-share.example/login")
    hit = fired(history.unusual_recipients, message, context)
    assert hit is not None and "8 of 8" in hit[1]
    known = ["margaret.holloway@northwind-metals.com", "daniel.okafor@northwind-metals.com",
             "rita.chen@acmesteel.com"]
    few_new = ", ".join([*(f"person{i}@northwind-metals.com" for i in range(8)), *known])
    mostly_known = mail('"Tom Becker" <tom.becker@northwind-metals.com>', few_new, "Shared document")
    assert fired(history.unusual_recipients, mostly_known, context) is None  # 8 of 11 new: under 80%
    short_history = mail('"Lena Vogt" <lena.vogt@northwind-metals.com>', strangers, "Shared document")
    assert fired(history.unusual_recipients, short_history, context) is None
    usual = mail('"Tom Becker" <tom.becker@northwind-metals.com>',
                 "margaret.holloway@northwind-metals.com, daniel.okafor@northwind-metals.com",
                 "Weekly sales report 9")
    assert fired(history.unusual_recipients, usual, context) is None


def test_established_relationship_lowers_risk(context):
    hit = fired(history.established_relationship,
                mail("billing@acmesteel.com", AP, "Invoice INV-1013"), context)
    assert hit is not None and hit[0] < 0 and "6 messages from them and 6 to them" in hit[1]
    assert fired(history.established_relationship, mail("someone@new.biz", AP, "Hi"), context) is None


def test_new_link_domain_needs_a_sender_with_habits(context):
    ceo_mail = mail(CEO, STAFF, "May all-hands", "Slides: https://evil-slides.example/view")
    # The CEO sent only 4 messages in the history: too few for habits about links.
    assert fired(history.new_link_domain, ceo_mail, context) is None


def test_new_domain_seen_days_before(tmp_path):
    settings = Settings.load(home=tmp_path, org_domains="northwind-metals.com")
    first = (b"From: sales@fresh-supplier.biz\nTo: priya.raman@northwind-metals.com\nSubject: Intro\n"
             b"Date: Fri, 01 Mar 2024 10:00:00 +0000\n\nHello.\n")
    with Store.open(settings) as store:
        learn(store, settings, [RawItem("intro.eml", first)])
        ctx = Context(settings=settings, profile=ProfileSnapshot.load(store))
    soon = mail("sales@fresh-supplier.biz", AP, "Invoice", date="Mon, 11 Mar 2024 10:00:00 +0000")
    hit = fired(history.new_domain, soon, ctx)
    assert hit is not None and "10 days" in hit[1] and "2024-03-01" in hit[1]
    later = mail("sales@fresh-supplier.biz", AP, "Invoice", date="Mon, 01 Jul 2024 10:00:00 +0000")
    assert fired(history.new_domain, later, ctx) is None


def test_first_contact_from_free_mail_says_so(context):
    hit = fired(history.first_contact_org, mail("someone.new@gmail.com", AP, "Hello"), context)
    assert hit is not None and "free-mail" in hit[1] and "domain" not in hit[1]


def test_unusual_hour_for_a_sender_with_a_long_history(tmp_path):
    settings = Settings.load(home=tmp_path, org_domains="northwind-metals.com")
    office_hours = []
    for day in range(1, 21):
        for hour in (9, 14):
            raw = (f"From: tom.becker@northwind-metals.com\nTo: {AP}\nSubject: report {day}\n"
                   f"Date: {day:02d} Jan 2024 {hour:02d}:15:00 +0000\n\nNumbers.\n")
            office_hours.append(RawItem(f"{day}-{hour}.eml", raw.encode()))
    with Store.open(settings) as store:
        learn(store, settings, office_hours)
        ctx = Context(settings=settings, profile=ProfileSnapshot.load(store))
    night = mail("tom.becker@northwind-metals.com", AP, "Wire", date="Mon, 05 Feb 2024 03:40:00 +0000")
    hit = fired(history.unusual_hour, night, ctx)
    assert hit is not None and "40 messages" in hit[1] and "03:40" in hit[1]
    near_usual = mail("tom.becker@northwind-metals.com", AP, "Wire", date="Mon, 05 Feb 2024 10:40:00 +0000")
    assert fired(history.unusual_hour, near_usual, ctx) is None
    stranger = mail("someone@new.biz", AP, "Wire", date="Mon, 05 Feb 2024 03:40:00 +0000")
    assert fired(history.unusual_hour, stranger, ctx) is None
