"""Template families: independent, complete, hold-out-able, and diverse in wording."""

from __future__ import annotations

from collections import defaultdict
from random import Random

import pytest

from mailwarden.synth import OrgSeed, generate, select_families
from mailwarden.synth.diversity import report
from mailwarden.synth.families import ENGLISH_LETTERS, FAMILIES, LURE_TYPES
from mailwarden.synth.spintax import slots_used

KNOWN_SLOTS = {
    "recipient_first",
    "recipient_name",
    "recipient_address",
    "sender_first",
    "sender_name",
    "sender_title",
    "org_name",
    "org_domain",
    "vendor_name",
    "amount",
    "invoice_no",
    "po_no",
    "bank_name",
    "account_tail",
    "iban",
    "deadline",
    "brand",
    "phone",
    "tax_year",
    "case_no",
    "btc_amount",
    "btc_wallet",
    "quota_pct",
    "quota_count",
    "days",
    "city",
    "card_count",
    "card_value",
    "card_brand",
    "agency",
    "law_firm",
    "pay_date",
    "doc_title",
    "time_hint",
    "date_text",
    "zip_password",
    "thread_subject",
    "quoted_name",
    "attachment_name",
    "url",
}


def _all_templates(family):
    for lure in family.lures.values():
        yield from lure.subjects + lure.asks + lure.hooks + lure.reasons + lure.extras
    yield from family.greetings + family.openers + family.urgency + family.secrecy + family.closers
    yield from family.signoffs + family.signatures + family.reply_quotes + family.reply_intros
    for bank in family.cta.values():
        yield from bank


@pytest.mark.parametrize("name", list(FAMILIES))
def test_family_banks_use_only_known_slots(name: str) -> None:
    for template in _all_templates(FAMILIES[name]):
        assert slots_used(template) <= KNOWN_SLOTS, template


@pytest.mark.parametrize("name", [*ENGLISH_LETTERS, "notice"])
def test_english_families_cover_every_lure(name: str) -> None:
    family = FAMILIES[name]
    assert set(family.lures) == set(LURE_TYPES)
    for lure in family.lures.values():
        assert len(lure.asks) >= 2 and lure.subjects


def test_every_attack_type_has_at_least_three_families() -> None:
    writers = defaultdict(set)
    for family in FAMILIES.values():
        for lure in family.lures:
            writers[LURE_TYPES[lure]].add(family.name)
    assert all(len(names) >= 3 for names in writers.values()), writers


def test_holdout_excludes_the_family(generic_org: OrgSeed) -> None:
    batch = list(generate(generic_org, 150, 2, exclude_families=["brisk"]))
    assert "brisk" not in {lab["family"] for _, lab in batch}
    only = list(generate(generic_org, 60, 2, families=["brisk"]))
    assert {lab["family"] for _, lab in only} == {"brisk"}


def test_family_prefix_and_unknown_names() -> None:
    assert {f.name for f in select_families(["intl"])} == {"intl-es", "intl-pt", "intl-de", "intl-fr"}
    assert "intl-de" not in {f.name for f in select_families(None, ["intl-de"])}
    with pytest.raises(ValueError):
        select_families(["nope"])
    with pytest.raises(ValueError):
        select_families(["brisk"], ["brisk"])


def test_language_families_write_their_language(generic_org: OrgSeed, body_of) -> None:
    markers = {
        "intl-es": (" el ", " la ", " de ", " que ", " en ", " los ", " del ", " por ", " su ", " una "),
        "intl-pt": (" de ", " da ", " do ", " para ", " que ", " em ", " com ", " sua ", " um "),
        "intl-de": (" die ", " der ", " und ", " Sie ", " Ihr", " bitte", " den ", " ist "),
        "intl-fr": (" de ", " la ", " le ", " les ", " des ", " vous ", " votre ", " est "),
    }
    english = (" the ", " please ", " your ", " you ")
    for raw, label in generate(generic_org, 60, 3, families=["intl"]):
        assert label["language"] == label["family"].split("-")[1]
        text = " " + " ".join(body_of(raw).split()) + " "
        assert any(word in text for word in markers[label["family"]]), text
        assert not any(word in text.lower() for word in english), text
        months = (
            "january",
            "february",
            "june",
            "july",
            "october",
            "december",
            "monday",
            "friday",
        )
        assert not any(month in text.lower() for month in months), text  # dates written in the language


def test_bodies_are_nearly_all_distinct(modern_bodies) -> None:
    bodies = modern_bodies
    assert len(set(bodies)) / len(bodies) >= 0.98


def test_families_share_little_wording(modern_batch) -> None:
    figures = report(modern_batch)
    assert figures["distinct_body_ratio"] >= 0.98
    pairs = figures["family_trigram_jaccard"]
    assert "brisk~corporate" in pairs and len(pairs) >= 10
    for pair, jaccard in pairs.items():
        assert jaccard < 0.1, (pair, jaccard)


def test_one_lure_has_many_phrasings_within_a_family(org: OrgSeed) -> None:
    for name in ENGLISH_LETTERS:
        family = FAMILIES[name]
        slots = {slot: slot.upper() for slot in KNOWN_SLOTS}
        rng = Random(1)
        asks = {family.compose("wire_request", "text", slots, rng)[1] for _ in range(200)}
        assert len(asks) >= 150, (name, len(asks))


def test_lengths_range_from_one_line_to_paragraphs(modern_bodies) -> None:
    lines = [len([ln for ln in body.splitlines() if ln.strip()]) for body in modern_bodies]
    assert min(lines) <= 2 and max(lines) >= 12


def test_a_slot_ending_in_a_stop_leaves_no_double_stop() -> None:
    from mailwarden.synth.families.base import tidy_stops

    tidied = tidy_stops("Wire it to Bank N.A.. Thanks!. Really?. Wait...")
    assert tidied == "Wire it to Bank N.A. Thanks! Really? Wait..."


def test_evaluation_only_families_are_written_only_when_named(generic_org: OrgSeed) -> None:
    from mailwarden.synth.families import EVALUATION_ONLY

    assert EVALUATION_ONLY and EVALUATION_ONLY.issubset(FAMILIES)
    default = {lab["family"] for _, lab in generate(generic_org, 400, 3)}
    assert default and not default & EVALUATION_ONLY  # training never reads them unless asked
    named = sorted(EVALUATION_ONLY)[0]
    assert {lab["family"] for _, lab in generate(generic_org, 40, 3, families=[named])} == {named}
