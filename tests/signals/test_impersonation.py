"""impersonation detectors that need no history: lookalikes, brands, display names, reply paths."""

from __future__ import annotations

from mailwarden.message import Address, AuthResults
from mailwarden.profile.view import DomainStats
from mailwarden.settings import Settings
from mailwarden.signals.base import Context
from mailwarden.signals.impersonation import display_name, lookalike, sender

from .signal_helpers import ORG, msg, run


def test_lookalike_of_the_organization_names_the_party():
    fired = run(lookalike.lookalike_org_domain, msg(sender="ceo@examp1e.com"))
    assert fired is not None and fired.party.role == "organization" and "'example.com'" in fired.evidence
    assert run(lookalike.lookalike_org_domain, msg(sender="ceo@example.com")) is None
    assert run(lookalike.lookalike_org_domain, msg(sender="ceo@examp1e.com"), Settings()) is None


def test_protected_partner_domains_are_vendors():
    settings = Settings(protected_domains=("northwind-metals.com", "pseg.com"))
    fired = run(lookalike.lookalike_org_domain, msg(sender="ar@northwind-metal.com"), settings)
    assert fired is not None and fired.party.role == "vendor"
    hyphenated = run(lookalike.lookalike_org_domain, msg(sender="ar@ps-eg.com"), settings)  # short name
    assert hyphenated is not None and "misspelling of 'pseg.com'" in hyphenated.evidence


class _Acquainted:
    """A profile that saw brobeck.com twice (no relationship) and knows acmesteel.com well."""

    internal_domains = frozenset({"example.com"})

    def known_domains(self):
        return [DomainStats("acmesteel.com", None, None, 40, 40, 5)]

    def seen_domains(self):
        return frozenset({"example.com", "acmesteel.com", "brobeck.com", "gmail.com", "bro-beck.net",
                          "parkwayco.com"})

    def domain(self, domain):
        counts = {"brobeck.com": (2, 0), "acmesteel.com": (40, 40), "bro-beck.net": (1, 0)}.get(domain)
        return DomainStats(domain, None, None, *counts, 1) if counts else None


def test_a_new_domain_imitating_one_seen_only_in_passing():
    context = Context(settings=ORG, profile=_Acquainted())
    fired = lookalike.lookalike_seen_domain.run(msg(sender="ar@bro-beck.com"), context)
    assert fired is not None and "'brobeck.com'" in fired.evidence and "2 messages from it" in fired.evidence
    partner = lookalike.lookalike_org_domain.run(msg(sender="ar@acmesteei.com"), context)
    assert partner is not None and fired.strength < partner.strength  # a partner's lookalike counts more
    assert lookalike.lookalike_seen_domain.run(msg(sender="ap@parkwayco.online"), context) is not None
    quiet = ("ar@brobeck.com", "ar@acmesteei.com", "ar@bro-beck.net", "x@gmaii.com", "x@unrelated.org",
             "ap@parkwayco.net", "ar@brobeck.co.uk")  # classic suffixes and country codes: real sister sites
    # itself, a partner's (the other detector's job), seen itself, free mail, no likeness
    for address in quiet:
        assert lookalike.lookalike_seen_domain.run(msg(sender=address), context) is None, address
    assert lookalike.lookalike_seen_domain.run(msg(sender="ar@bro-beck.com"), Context(settings=ORG)) is None


class _WritesToVelaw(_Acquainted):
    """velaw.com is a law firm the organization writes to; one gmail box is a known correspondent."""

    def seen_domains(self):
        return super().seen_domains() | {"velaw.com", "earthlink.com"}

    def contact(self, address):
        from mailwarden.profile.view import Contact

        return Contact(address, (), None, None, 3, 5) if address == "pat.velaw@gmail.com" else None


def test_a_partner_name_on_a_new_free_mail_box():
    context = Context(settings=ORG, profile=_WritesToVelaw())
    fired = sender.partner_name_on_freemail.run(msg("velaw.accounts@gmail.com", "Velaw Accounts"), context)
    assert fired is not None and "'velaw.com'" in fired.evidence and fired.party.role == "vendor"
    hyphenated = sender.partner_name_on_freemail.run(msg("ar.dept@yahoo.com", "Acme-Steel Inc."), context)
    assert hyphenated is not None and "acmesteel.com" in hyphenated.evidence
    quiet = [("j.velaw@velaw.com", "Velaw"),  # the firm's own domain
             ("pat.velaw@gmail.com", "Velaw"),  # a free-mail box the organization writes to
             ("jane.doe@gmail.com", "Jane Velaw Doe"),  # the name inside a person's name
             ("someone@earthlink.net", "Earthlink"),  # its own provider's name
             ("someone@gmail.com", "Brobeck Phleger Harrison Attorneys")]  # more than a company name
    for address, name in quiet:
        assert sender.partner_name_on_freemail.run(msg(address, name), context) is None, (address, name)
    no_profile = Context(settings=ORG)
    assert sender.partner_name_on_freemail.run(msg("velaw.accounts@gmail.com", "Velaw"), no_profile) is None

def test_brand_lookalike_and_reply_to_lookalike():
    assert run(lookalike.lookalike_brand_domain, msg(sender="service@paypa1.com")).party.name == "paypal"
    assert run(lookalike.lookalike_brand_domain, msg(sender="service@paypal.com")) is None
    reply = msg(sender="ceo@example.com", reply_to=(Address("", "ceo@example-mail.com"),))
    assert run(lookalike.lookalike_reply_to, reply) is not None


def test_brand_names_from_unrelated_domains():
    assert run(display_name.brand_name_unrelated_domain, msg("no-reply@notices.example.net", "DocuSign"))
    assert run(display_name.brand_name_unrelated_domain, msg("dse@docusign.net", "DocuSign")) is None
    free = run(display_name.brand_name_unrelated_domain, msg("support.desk@outlook.com", "Microsoft Support"))
    assert free is not None and free.strength >= 0.7  # brands never write from consumer mailboxes
    local = run(display_name.brand_name_unrelated_domain, msg("paypal-service@example.net"))
    assert local is not None and "From address" in local.evidence
    subject = msg("x@shop.example.net", subject="Your Netflix account is suspended")
    assert run(display_name.brand_name_unrelated_domain, subject) is not None
    news = msg("x@shop.example.net", subject="Netflix picks for the weekend")
    assert run(display_name.brand_name_unrelated_domain, news) is None


def test_display_name_carrying_another_address():
    fired = run(display_name.display_name_has_other_address, msg("x@evil.net", "ceo@example.com"))
    assert fired is not None and "'ceo@example.com'" in fired.evidence
    same = msg("jane@mail.example.com", "jane@example.com")
    assert run(display_name.display_name_has_other_address, same) is None


def test_configured_vips():
    assert run(display_name.configured_vip_name, msg("jane.boss@gmail.com", "Jane Boss")).strength >= 0.8
    assert run(display_name.configured_vip_name, msg("jane.boss@example.com", "Jane Boss")) is None
    # "Lay, Kenneth" is configured by name only: any outside address is not theirs, the org's is fine.
    assert run(display_name.configured_vip_name, msg("klay@outside.net", "Kenneth Lay (CEO)")) is not None
    assert run(display_name.configured_vip_name, msg("kenneth.lay@example.com", "Kenneth Lay")) is None
    assert run(display_name.configured_vip_name, msg("k@x.net", "Kenneth Layton")) is None


def test_configured_vip_party_is_the_vip_not_the_attacker():
    settings = Settings(org_domains=("example.com",), vips=("Dana Whitfield <dana.whitfield@example.com>",))
    # A confusable spelling still matches, but the party shows the VIP as configured.
    fired = run(display_name.configured_vip_name, msg("d.whitfield@mail-box.net", "Dana Whltfleld"), settings)
    assert fired is not None
    assert fired.party.name == "Dana Whitfield" and fired.party.address == "dana.whitfield@example.com"
    assert fired.party.role == "vip" and "'d.whitfield@mail-box.net'" in fired.evidence
    name_only = Settings(org_domains=("example.com",), vips=("Dana Whitfield",))
    fired = run(display_name.configured_vip_name, msg("dw@mail-box.net", "Dana Whitfield"), name_only)
    assert fired is not None and fired.party.name == "Dana Whitfield" and fired.party.address == ""


def test_freemail_sender_with_an_executive_ask():
    text = "Are you at your desk? I need a quick favour.\nJane\nCEO"
    ask = msg("jane.boss.ceo@gmail.com", "Jane", text=text)
    fired = run(sender.freemail_executive_ask, ask)
    assert fired is not None and "'ceo'" in fired.evidence
    chat = msg("friend@gmail.com", "Pat", text="Lunch on Friday?")
    assert run(sender.freemail_executive_ask, chat) is None


def test_reply_to_divergence_is_strongest_towards_free_mail():
    to_free = msg("ceo@example.com", reply_to=(Address("", "ceo.private@gmail.com"),))
    to_other = msg("ceo@example.com", reply_to=(Address("", "desk@helpdesk.example.net"),))
    same_org = msg("ceo@example.com", reply_to=(Address("", "assistant@mail.example.com"),))
    strong, weak = run(sender.reply_to_divergent, to_free), run(sender.reply_to_divergent, to_other)
    assert strong and weak and strong.strength > weak.strength
    assert run(sender.reply_to_divergent, same_org) is None
    listed = msg("a@example.org", reply_to=(Address("", "list@lists.example.net"),),
                 headers=(("list-id", "<list.example.net>"),))
    assert run(sender.reply_to_divergent, listed) is None


def test_return_path_divergence_ignores_bulk_senders():
    assert run(sender.return_path_divergent, msg("a@example.org", return_path="<b@evil.example.net>"))
    bulk = msg("a@example.org", return_path="<0101abc@amazonses.com>")
    assert run(sender.return_path_divergent, bulk) is None


def test_free_mail_with_a_service_desk_name():
    assert run(sender.freemail_service_name, msg("helpdesk.2024@gmail.com", "IT Support Team")) is not None
    assert run(sender.freemail_service_name, msg("pat@gmail.com", "Pat Smith")) is None


def test_the_org_defaults_are_used_by_the_helpers():
    assert ORG.org_domains == ("example.com",)
    assert AuthResults().present is False


def test_from_the_recipients_own_address_with_an_extortion_ask():
    me = Address("", "pat@example.com")
    threat = ("I have access to your device and recorded you. Send 0.1 BTC to my bitcoin wallet within "
              "48 hours or the video goes to your contacts.")
    fired = run(sender.from_recipient, msg("pat@example.com", to=(me,), text=threat))
    assert fired is not None and fired.strength >= 0.6 and "'pat@example.com'" in fired.evidence
    # a note to self, the same threat from someone else, and a copy to self among many stay quiet
    note = msg("pat@example.com", to=(me,), text="Call the dentist on Monday.")
    assert run(sender.from_recipient, note) is None
    assert run(sender.from_recipient, msg("x@outside.net", to=(me,), text=threat)) is None
    crowd = tuple(Address("", f"p{i}@example.com") for i in range(4)) + (me,)
    assert run(sender.from_recipient, msg("pat@example.com", to=crowd, text=threat)) is None
