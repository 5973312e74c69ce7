"""generate(): reproducible, complete over the taxonomy, and honest labels."""

from __future__ import annotations

import email
from collections import Counter
from email import policy
from email.header import decode_header, make_header
from email.utils import parseaddr

import pytest

from mailwarden.synth import ATTACK_TYPES, STRATEGIES, OrgSeed, generate
from mailwarden.synth.families import LURE_TYPES
from mailwarden.synth.lookalike import TECHNIQUES
from mailwarden.synth.scenario import KIND_NAMES

VECTORS = ("text", "link", "attachment", "qr_code", "calendar")


def test_same_seed_same_bytes(org: OrgSeed) -> None:
    first = [a.raw for a in generate(org, 60, rng_seed=3)]
    second = [a.raw for a in generate(org, 60, rng_seed=3)]
    assert first == second


def test_different_seed_different_mail(org: OrgSeed) -> None:
    first = {a.raw for a in generate(org, 30, rng_seed=3)}
    second = {a.raw for a in generate(org, 30, rng_seed=4)}
    assert not first & second


def test_unpacks_as_raw_and_label(org: OrgSeed) -> None:
    raw, label = next(iter(generate(org, 1, rng_seed=0)))
    assert isinstance(raw, bytes) and label["label"] == "attack"


def test_every_type_strategy_vector_kind_and_lure_appears(modern_batch) -> None:
    labels = [a.label for a in modern_batch]
    assert {lab["attack_type"] for lab in labels} == set(ATTACK_TYPES)
    assert {lab["strategy"] for lab in labels} == set(STRATEGIES)
    assert {lab["vector"] for lab in labels} == set(VECTORS)
    assert {lab["kind"] for lab in labels} == set(KIND_NAMES)
    assert {lab["lure"] for lab in labels} == set(LURE_TYPES)
    assert {lab["lookalike_technique"] for lab in labels} - {""} == set(TECHNIQUES)


def test_kinds_are_balanced(modern_batch) -> None:
    counts = Counter(a.label["kind"] for a in modern_batch)
    assert max(counts.values()) - min(counts.values()) <= 1  # shuffled rounds, one of each per round


def test_types_filter_accepts_types_kinds_and_lures(org: OrgSeed) -> None:
    assert {a.label["attack_type"] for a in generate(org, 20, 1, types=["gift_card"])} == {"gift_card"}
    assert {a.label["kind"] for a in generate(org, 10, 1, types=["thread_hijack"])} == {"thread_hijack"}
    assert {a.label["lure"] for a in generate(org, 10, 1, types=["mfa_reset"])} == {"mfa_reset"}
    with pytest.raises(ValueError):
        list(generate(org, 1, 1, types=["not_a_type"]))


def test_dates_stay_in_range(org: OrgSeed) -> None:
    from datetime import UTC, datetime

    start, end = datetime(2001, 3, 1, tzinfo=UTC), datetime(2001, 6, 1, tzinfo=UTC)
    for raw, label in generate(org, 80, 2, date_range=(start, end)):
        when = email.message_from_bytes(raw, policy=policy.default)["Date"].datetime
        assert start <= when <= end, label


def test_impersonation_uses_the_orgs_own_people_and_vendors(org: OrgSeed) -> None:
    known = (
        {p.name for p in org.people} | {v.contact_name for v in org.vendors} | {v.name for v in org.vendors}
    )
    batch = list(generate(org, 200, 9))
    for _, label in batch:
        if label["impersonated"]["role"] in ("vip", "employee", "vendor"):
            assert label["impersonated"]["name"] in known
    vips = {p.address for p in org.vips()}
    ceo = [lab for _, lab in batch if lab["attack_type"] == "ceo_fraud"]
    assert ceo and all(lab["impersonated"]["address"] in vips for lab in ceo)


def test_strategies_mean_what_they_say(org: OrgSeed) -> None:
    real = {p.address for p in org.people} | {v.address for v in org.vendors}
    for raw, label in generate(org, 300, 12, header_style="modern"):
        sender = label["sender"]
        msg = email.message_from_bytes(raw)
        display_name, address = parseaddr(msg["From"])
        assert address == sender
        if label["strategy"] == "display_name_impersonation":
            assert sender.rpartition("@")[2] not in {"quillworks.test"} and sender not in real
            shown = str(make_header(decode_header(display_name)))
            assert shown == label["display_name"]  # the real name, or a variant of it (nickname, initial...)
            assert label["impersonated"]["name"].split()[-1].lower() in shown.lower()
        elif label["strategy"] == "lookalike_domain":
            real_domain = label["impersonated"]["address"].rpartition("@")[2]
            assert sender.rpartition("@")[2] != real_domain
        elif label["strategy"] == "compromised_account":
            assert sender == label["impersonated"]["address"]
            assert "dmarc=pass" in msg["Authentication-Results"]
        elif label["strategy"] == "spoofed_domain" and label["lure"] != "sextortion":
            assert sender == label["impersonated"]["address"] or sender.endswith("@quillworks.test")
            assert "dmarc=pass" not in msg["Authentication-Results"]


def test_thread_hijack_replies_on_a_real_subject_to_an_unknown_id(org: OrgSeed) -> None:
    hijacks = list(generate(org, 12, 4, types=["thread_hijack"], header_style="modern"))
    for raw, label in hijacks:
        msg = email.message_from_bytes(raw, policy=policy.default)
        subject = str(msg["Subject"])
        assert any(subject.endswith(s) for s in org.thread_subjects), subject
        assert subject.split(" ", 1)[0] in ("RE:", "Re:", "AW:")
        assert msg["In-Reply-To"] and msg["In-Reply-To"] == msg["References"]
        assert label["strategy"] == "thread_hijack"


def test_lateral_phishing_goes_from_a_colleague_to_many(org: OrgSeed) -> None:
    for _raw, label in generate(org, 6, 8, types=["lateral_phishing"]):
        assert label["sender"].endswith("@quillworks.test")
        assert len(label["recipients"]) >= 5
        assert label["sender"] not in label["recipients"]


def test_subtle_first_contacts_ask_for_no_money(org: OrgSeed, body_of) -> None:
    firsts = [(raw, lab) for raw, lab in generate(org, 40, 6, types=["first_contact"])]
    assert firsts and all(lab["subtle"] for _, lab in firsts)
    for raw, _ in firsts:
        body = body_of(raw).lower()
        assert "$" not in body and "wire" not in body and "iban" not in body


def test_outsiders_do_not_sign_with_the_target_organization(org: OrgSeed, body_of) -> None:
    """A made-up outsider (a scammer, a fake customer) signs with its own company; only the
    organization's own people, real or impersonated, sign with its name."""
    outsiders = insiders = 0
    for raw, label in generate(org, 400, rng_seed=11, families=["corporate", "broken", "briefing"]):
        tail = "\n".join(body_of(raw).strip().splitlines()[-3:])
        role = label["impersonated"]["role"]
        if role in ("none", "authority"):
            outsiders += 1
            assert org.name not in tail, tail
        elif role == "vip" and org.name in tail:
            insiders += 1
    assert outsiders >= 20 and insiders >= 5


@pytest.mark.parametrize("style", ["modern", "archive"])
def test_the_reply_to_label_is_the_header_the_message_holds(org: OrgSeed, style: str) -> None:
    seen = 0
    for raw, label in generate(org, 200, 5, header_style=style):
        header = email.message_from_bytes(raw)["Reply-To"] or ""
        assert label["reply_to"] == header
        seen += bool(header)
    assert (seen > 0) == (style == "modern")  # archive exports carry no Reply-To
