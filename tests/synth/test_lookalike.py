"""Lookalike domains: every technique changes the domain and stays a valid host name."""

from __future__ import annotations

from random import Random

import pytest

from mailwarden.synth.lookalike import TECHNIQUES, lookalike, split_domain

DOMAINS = ("quillworks.com", "brightmoor-supply.co.uk", "acme.io", "northwindtraders.net", "mail.org")


@pytest.mark.parametrize("technique", list(TECHNIQUES))
def test_technique_changes_the_domain(technique: str) -> None:
    rng = Random(technique)
    for domain in DOMAINS:
        for _ in range(20):
            fake, used = lookalike(domain, rng, technique)
            assert fake != domain
            assert all(label and not label.startswith("-") for label in fake.split("."))
            assert fake.isascii()  # IDN lookalikes are written as punycode, as headers carry them


def test_idn_homoglyph_decodes_to_a_confusable() -> None:
    fake, _ = lookalike("quillworks.com", Random(1), "idn_homoglyph")
    label = fake.split(".")[0]
    assert label.startswith("xn--")
    decoded = label.encode().decode("idna")
    assert not decoded.isascii() and len(decoded) == len("quillworks")


def test_split_domain_keeps_two_level_suffixes() -> None:
    assert split_domain("brightmoor-supply.co.uk") == ("brightmoor-supply", "co.uk")
    assert split_domain("acme.io") == ("acme", "io")


@pytest.mark.parametrize("technique", sorted(TECHNIQUES))
def test_a_lookalike_is_registrable_never_a_host_under_the_real_domain(technique: str) -> None:
    for host in ("nycap.rr.com", "mail.acme-corp.co.uk", "billing.vendorco.test"):
        fake, _ = lookalike(host, Random(3), technique)
        real = host.split(".", 1)[1]
        assert not fake.endswith("." + real) and fake != real, (host, fake)
