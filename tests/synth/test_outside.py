"""Benign first contacts from outside: reproducible, every lure, senders truly outside, and no attack asks."""

from __future__ import annotations

import email
import re
from collections import Counter
from email.utils import getaddresses, parseaddr
from urllib.parse import urlparse

import pytest

from mailwarden.message.parse import parse_message
from mailwarden.settings import Settings
from mailwarden.signals.base import Context
from mailwarden.signals.registry import DetectorRunner, all_detectors
from mailwarden.synth import OrgSeed, generate_hard_negatives, generate_outside_first_contacts
from mailwarden.synth.hardneg import OUTSIDE_SHARE
from mailwarden.synth.outside import FREE_MAIL_DOMAINS, OUTSIDE_LURES

# Goal detectors that must never fire on benign outside mail, at any strength: these are the asks of
# real attacks (bank changes, credentials, gift cards, payroll, employee data, extortion, scams).
ATTACK_ASKS = (
    "goal.bank_detail_change",
    "goal.payroll_diversion",
    "goal.gift_card_request",
    "goal.credential_request",
    "goal.sensitive_data_request",
    "goal.extortion",
    "goal.delivery_fee",
    "goal.advance_fee",
    "goal.payment_request",
    "goal.secrecy",
)
_ATTACK_WORDS = re.compile(
    r"\b(?:password|passcode|gift ?cards?|iban|wire|bank (?:details|account)|routing number|direct deposit|"
    r"w-?2s?|bitcoin|verify your|log ?in|sign ?in|confidential|between us)\b"
)


@pytest.fixture(scope="module")
def batch(org: OrgSeed):
    return list(generate_outside_first_contacts(org, 200, rng_seed=4, header_style="modern"))


@pytest.fixture(scope="module")
def generic_batch(generic_org: OrgSeed):
    return list(generate_outside_first_contacts(generic_org, 300, rng_seed=9, header_style="mixed"))


def test_same_seed_same_bytes(org: OrgSeed) -> None:
    first = [a.raw for a in generate_outside_first_contacts(org, 40, rng_seed=2, header_style="mixed")]
    second = [a.raw for a in generate_outside_first_contacts(org, 40, rng_seed=2, header_style="mixed")]
    assert first == second
    other = {a.raw for a in generate_outside_first_contacts(org, 40, rng_seed=3, header_style="mixed")}
    assert not set(first) & other


def test_every_lure_appears_and_labels_say_ham(batch) -> None:
    counts = Counter(label["lure"] for _, label in batch)
    assert set(counts) == set(OUTSIDE_LURES) and len(OUTSIDE_LURES) >= 8
    assert min(counts.values()) >= 15  # drawn in shuffled rounds: balanced
    for _, label in batch:
        assert label["label"] == "ham" and label["kind"] == "hard_negative" and label["family"] == "outside"
        assert label["attack_type"] == "none" and label["strategy"] == "none"
    assert {label["vector"] for _, label in batch} == {"text", "link", "attachment"}


def test_senders_are_outside_the_org_and_its_vendors(org: OrgSeed, batch, generic_org, generic_batch) -> None:
    for seed, messages in ((org, batch), (generic_org, generic_batch)):
        own = set(seed.domains)
        vendors = {v.domain for v in seed.vendors}
        for raw, label in messages:
            msg = email.message_from_bytes(raw)
            _, address = parseaddr(msg["From"])
            assert address == label["sender"]
            domain = address.rpartition("@")[2]
            assert domain not in own and domain not in vendors, label
            assert not any(domain.endswith("." + d) for d in own | vendors)
            recipients = [a for _, a in getaddresses(msg.get_all("To", []) + msg.get_all("Cc", []))]
            assert recipients and all(a.rpartition("@")[2] in own for a in recipients)


def test_free_mail_only_for_people_writing_as_themselves(generic_batch) -> None:
    free = [label for _, label in generic_batch if label["sender"].rpartition("@")[2] in FREE_MAIL_DOMAINS]
    assert {label["lure"] for label in free} <= {"applicant", "recruiter", "inquiry", "public_voice"}
    personal = [label for _, label in generic_batch if label["lure"] in ("applicant", "recruiter", "inquiry")]
    assert 0 < sum(label["lure"] != "public_voice" for label in free) < 0.3 * len(personal)
    public = [label for _, label in generic_batch if label["lure"] == "public_voice"]
    assert 0.2 * len(public) < sum(label["lure"] == "public_voice" for label in free) < 0.8 * len(public)


def test_links_point_to_the_senders_own_site(batch, generic_batch) -> None:
    linked = [label for _, label in batch + generic_batch if label["url"]]
    assert len(linked) > 50
    for label in linked:
        host = urlparse(label["url"]).hostname or ""
        assert host.endswith(label["sender"].rpartition("@")[2]), label


def test_modern_headers_authenticate_without_failures(batch) -> None:
    for raw, _ in batch:
        results = email.message_from_bytes(raw)["Authentication-Results"]
        assert "spf=pass" in results and "fail" not in results


def test_text_carries_no_attack_asks(batch, generic_batch, body_of) -> None:
    for raw, label in batch + generic_batch:
        subject = str(email.message_from_bytes(raw)["Subject"] or "")
        found = _ATTACK_WORDS.findall(f"{subject}\n{body_of(raw)}".lower())
        assert not found, (label["lure"], found)


def test_goal_detectors_stay_quiet(batch, generic_batch) -> None:
    known = {d.id for d in all_detectors()}
    assert set(ATTACK_ASKS) <= known  # the names above are real detector ids
    settings = Settings()
    runner = DetectorRunner()
    context = Context(settings=settings)
    strong = 0
    messages = batch + generic_batch
    for index, (raw, label) in enumerate(messages):
        signals = runner.run(parse_message(raw, f"outside#{index}", settings), context)
        asks = [(s.id, s.evidence) for s in signals if s.id in ATTACK_ASKS]
        assert not asks, (label["lure"], asks)
        strong += any(s.id.startswith("goal.") and s.strength >= 0.5 for s in signals)
    assert not runner.crashes
    assert strong < 0.05 * len(messages)


def test_hard_negatives_mix_in_outside_first_contacts(org: OrgSeed) -> None:
    first = list(generate_hard_negatives(org, 60, rng_seed=5))
    assert [a.raw for a in first] == [a.raw for a in generate_hard_negatives(org, 60, rng_seed=5)]
    families = Counter(label["family"] for _, label in first)
    assert families["outside"] == round(60 * OUTSIDE_SHARE) and families["ham"] == 60 - families["outside"]
    assert [label["index"] for _, label in first] == list(range(60))
    assert all(label["label"] == "ham" and label["kind"] == "hard_negative" for _, label in first)
    outside = [label for _, label in first if label["family"] == "outside"]
    assert len({label["lure"] for label in outside}) == len(OUTSIDE_LURES)
    assert not any(label["sender"].endswith("@quillworks.test") for label in outside)
    known = {p.address for p in org.people} | {v.address for v in org.vendors}
    inside_only = {"new_colleague", "to_leadership", "quota_notice", "account_notice", "system_job",
                   "internal_workflow"}
    assert all(label["sender"] in known for _, label in first
               if label["family"] == "ham" and label["lure"] not in inside_only)
    newcomers = [label["sender"] for _, label in first if label["lure"] == "new_colleague"]
    assert newcomers and all(s.endswith("@quillworks.test") and s not in known for s in newcomers)
    # the organization's own systems and staff writing up: from its domain, never from outside
    more = list(generate_hard_negatives(org, 300, rng_seed=5))
    inside = [label for _, label in more if label["lure"] in inside_only]
    assert {label["lure"] for label in inside} == inside_only
    assert all(label["sender"].endswith("@quillworks.test") for label in inside)
    # the organization's own business systems link only the organization's own hosts
    workflow = [label for _, label in more if label["lure"] == "internal_workflow"]
    assert workflow and all(label["vector"] == "link" and
                            label["url"].split("/")[2].endswith(".quillworks.test") for label in workflow)
    vips = {p.address for p in org.vips()}
    assert all(label["recipients"][0] in vips for label in inside if label["lure"] == "to_leadership")
    # the outside share is the outside generator's own stream, in order
    expected = [a.raw for a in generate_outside_first_contacts(org, len(outside), rng_seed=5)]
    assert [raw for raw, label in first if label["family"] == "outside"] == expected
