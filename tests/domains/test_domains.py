"""The offline domain knowledge detectors rely on: registrable parts, skeletons, lookalikes, lists."""

from __future__ import annotations

import pytest

from mailwarden.domains import (
    brand_lookalike,
    brands_named_in,
    file_sharing,
    find_lookalike,
    free_hosting,
    is_freemail,
    is_idn,
    is_ip_literal,
    registrable_domain,
    shortener,
    skeleton,
    split_host,
)
from mailwarden.domains.names import split_tenant_host

PROTECTED = frozenset({"acme.com", "northwind-metals.com"})


@pytest.mark.parametrize(("host", "registrable"), [
    ("mail.acme.co.uk", "acme.co.uk"), ("ACME.com.", "acme.com"), ("a.b.c.example.com:8080", "example.com"),
    ("10.0.0.1", "10.0.0.1"), ("localhost", "localhost"), ("", ""),
])
def test_registrable_domain(host, registrable):
    assert registrable_domain(host) == registrable


def test_punycode_is_decoded_and_ip_literals_are_recognized():
    assert split_host("xn--pypal-4ve.com").label == "p\u0430ypal"
    assert is_idn("p\u0430ypal.com") and is_idn("xn--pypal-4ve.com") and not is_idn("paypal.com")
    assert is_ip_literal("192.168.1.1") and is_ip_literal("3232235777") and not is_ip_literal("1.example.com")


def test_hosting_platform_tenants_are_split_off_for_lookalikes():
    assert split_host("micros0ft-login.web.app").registrable == "web.app"
    assert split_tenant_host("micros0ft-login.web.app").label == "micros0ft-login"


def test_skeleton_folds_homoglyphs_and_ascii_tricks():
    assert skeleton("p\u0430yp\u0430l") == skeleton("paypa1") == skeleton("PayPal")
    assert skeleton("rnicrosoft") == skeleton("microsoft")
    assert skeleton("acme") != skeleton("acne")


@pytest.mark.parametrize(("host", "kind", "target"), [
    ("acrne.com", "homoglyph", "acme.com"),
    ("northwind-rnetals.com", "homoglyph", "northwind-metals.com"),
    ("northwind-metal.com", "edit", "northwind-metals.com"),
    ("acme.co", "tld_swap", "acme.com"),
    ("acme-payments.com", "added_words", "acme.com"),
    ("acmebilling.net", "added_words", "acme.com"),
    ("acme.com.secure-mail.net", "subdomain", "acme.com"),
    ("login.acme.com-verify.io", "subdomain", "acme.com"),
])
def test_lookalikes_of_protected_domains(host, kind, target):
    found = find_lookalike(host, PROTECTED)
    assert found is not None and (found.kind, found.target) == (kind, target)
    assert 0 < found.strength <= 1 and repr(target) in found.describe()


@pytest.mark.parametrize("host", ["acme.com", "mail.acme.com", "academy.com", "acne.com", "example.org",
                                  "northwind.com", "metals.com", "", "1.2.3.4"])
def test_not_lookalikes(host):
    assert find_lookalike(host, PROTECTED) is None


def test_brand_lookalikes_are_strict_about_short_words_and_own_suffixes():
    assert brand_lookalike("paypa1.com")[1] == "paypal"
    assert brand_lookalike("docusign.secure-docs.net")[0].kind == "brand_label"
    assert brand_lookalike("micros0ft-login.web.app")[1] == "microsoft"
    for own_or_word in ("amazon.de", "paypal.me", "stack.com", "mail.google.com", "h-online.com"):
        assert brand_lookalike(own_or_word) is None, own_or_word


def test_lists():
    assert is_freemail("gmail.com") and is_freemail("yahoo.co.uk") and is_freemail("mail.hotmail.fr")
    assert not is_freemail("acme.com") and not is_freemail("")
    assert shortener("bit.ly") == "bit.ly" and shortener("www.tinyurl.com") == "tinyurl.com"
    assert shortener("bitly.example.com") == ""
    assert free_hosting("x.web.app") == "web.app" and free_hosting("docs.google.com", "/forms/d/1") != ""
    assert free_hosting("docs.google.com", "/document/d/1") == "" and free_hosting("acme.com") == ""
    assert free_hosting("bafy123.ipfs.dweb.link") != ""
    assert file_sharing("acme-my.sharepoint.com") == "sharepoint.com"


def test_brand_names_are_found_as_words_only():
    assert [b.key for _, b in brands_named_in("PayPal Service Team")] == ["paypal"]
    assert [b.key for _, b in brands_named_in("Itaú- Crédito Disponível")] == ["itau"]
    assert [b.key for _, b in brands_named_in("Microsoft 365 and DHL Express")] == ["microsoft", "dhl"]
    assert brands_named_in("pop-ups in the groups about apple pie") == []
    assert brands_named_in("") == []


def test_protected_domains_come_from_settings_and_profile_but_never_free_mail():
    from mailwarden.domains import protected_domains
    from mailwarden.profile.view import DomainStats
    from mailwarden.settings import Settings

    class Profile:
        internal_domains = frozenset({"mail.northwind-metals.com"})

        def known_domains(self):
            return [DomainStats(d, None, None, 5, 5, 2) for d in ("acmesteel.com", "yahoo.com", "paypal.com")]

        def seen_domains(self):
            return frozenset({"acmesteel.com", "mail.brobeck.com", "hotmail.com", "example.com"})

    found = protected_domains(Settings(org_domains=("example.com",), protected_domains=("partner.net",)),
                              Profile())
    assert found.own == {"example.com", "northwind-metals.com"}
    assert found.partners == {"partner.net", "acmesteel.com"}
    assert found.role_of("acmesteel.com") == "vendor" and found.role_of("example.com") == "organization"
    assert found.acquaintances == {"brobeck.com"}  # seen in passing: not free mail, not own or partner
