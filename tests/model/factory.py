"""Synthetic Message objects and examples for model tests (written here; nothing from any corpus)."""

from __future__ import annotations

import hashlib
import random

from mailwarden.message import Address, Attachment, Link, Message
from mailwarden.model.dataset import Example
from mailwarden.signals.base import Leg, Signal

GOOD_TOPICS = [
    "the quarterly planning review",
    "the gas pipeline schedule",
    "next week's offsite agenda",
    "the draft contract for the storage facility",
    "lunch on Thursday",
    "the trading desk handover",
    "the board presentation slides",
    "the new hire onboarding",
    "the weather risk model",
    "the regulatory filing timeline",
    "our soccer team roster",
    "the conference call notes",
]
GOOD_VERBS = [
    "Can you look at",
    "Attached are my comments on",
    "Let's talk about",
    "Thanks for sending",
    "I updated",
    "Please review when you have time",
    "Here is the latest on",
    "Following up on",
]
ATTACKS = {
    "ceo_fraud": [
        "I need you to process a wire transfer today, keep this confidential",
        "Are you at your desk? I have an urgent payment for you to handle quietly",
        "Please send the funds to the account below before the close of business",
    ],
    "credential_phishing": [
        "Your mailbox password expires today, verify your account here",
        "Unusual sign-in detected. Confirm your login to avoid suspension",
        "Your shared document is waiting, sign in to view it",
    ],
    "invoice_fraud": [
        "Our bank details have changed, please update the remittance for the invoice",
        "Attached is the overdue invoice, pay to our new account today",
        "Kindly settle the outstanding balance to the new beneficiary account",
    ],
}
_DOMAINS = ["corp-example.test", "partner.test", "supplier.test"]


def _sign(rng: random.Random) -> str:
    return rng.choice(["Thanks", "Best", "Regards", "Cheers", ""]) + "\n" + rng.choice(["Sam", "Alex", "Kim"])


def good_message(i: int, rng: random.Random) -> Message:
    text = (
        f"{rng.choice(GOOD_VERBS)} {rng.choice(GOOD_TOPICS)}. "
        f"{rng.choice(GOOD_VERBS)} {rng.choice(GOOD_TOPICS)}.\n{_sign(rng)} {i}"
    )
    return Message(
        source=f"good#{i}",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        message_id=f"<g{i}@test>",
        subject=rng.choice(["Re: ", "", "FW: "]) + rng.choice(GOOD_TOPICS),
        sender=Address("Colleague", f"user{i % 40}@{rng.choice(_DOMAINS)}"),
        to=(Address("", "me@corp-example.test"),),
        text=text,
    )


def attack_message(i: int, attack_type: str, rng: random.Random, text: str | None = None) -> Message:
    ask = text or rng.choice(ATTACKS[attack_type])
    body = f"{ask}. {rng.choice(['Thanks', 'Regards', 'Sent from my phone'])} #{i}"
    links = (
        (Link("http://login-verify.test/x", "Verify now", "login-verify.test"),)
        if attack_type == "credential_phishing"
        else ()
    )
    attachments = (
        (Attachment("invoice.pdf", "application/pdf", "application/pdf", 1000, "0" * 64),)
        if attack_type == "invoice_fraud"
        else ()
    )
    return Message(
        source=f"attack-{attack_type}#{i}",
        sha256=hashlib.sha256(body.encode()).hexdigest(),
        message_id=f"<a{i}@evil.test>",
        subject=rng.choice(["Urgent", "Request", "Action required", "Hello"]),
        sender=Address("The Boss", f"boss{i}@freemail.test"),
        to=(Address("", "me@corp-example.test"),),
        text=body,
        links=links,
        attachments=attachments,
    )


def attack_signals(attack_type: str, rng: random.Random) -> list[Signal]:
    out = (
        [Signal("goal.payment_ask", Leg.GOAL, rng.uniform(0.4, 0.9), "asks for money")]
        if attack_type != "credential_phishing"
        else [Signal("goal.credential_ask", Leg.GOAL, rng.uniform(0.4, 0.9), "asks for a login")]
    )
    if rng.random() < 0.7:
        out.append(Signal("impersonation.freemail_exec", Leg.IMPERSONATION, rng.uniform(0.5, 1), "free mail"))
    return out


def good_signals(rng: random.Random) -> list[Signal]:
    out = []
    if rng.random() < 0.05:
        out.append(Signal("goal.payment_ask", Leg.GOAL, rng.uniform(0.2, 0.5), "mentions a payment"))
    if rng.random() < 0.5:
        out.append(Signal("trust.long_relationship", Leg.TRUST, -0.6, "long two-way history"))
    return out


def examples(n_good: int = 400, n_attack_per_type: int = 60, seed: int = 1) -> list[Example]:
    rng = random.Random(seed)
    out = [
        Example(good_message(i, rng), good_signals(rng), 0, "none", origin="history") for i in range(n_good)
    ]
    for t in ATTACKS:
        for i in range(n_attack_per_type):
            out.append(
                Example(attack_message(i, t, rng), attack_signals(t, rng), 1, t, origin=f"synthetic:{t}")
            )
    return out


class FakeProfile:
    """A tiny in-memory OrgProfile: corp.test is internal, Pat Boss is a VIP."""

    internal_domains = frozenset({"corp.test", "corp-example.test"})
    learned_until = None
    link_domain_counts = {"payroll-portal.test": 40, "once.test": 1}  # messages linking each domain

    def is_internal(self, address: str) -> bool:
        return address.rpartition("@")[2] in self.internal_domains

    def people_named(self, display_name: str):
        from mailwarden.profile.view import Person

        if display_name.lower() == "pat boss":
            return [Person("Pat Boss", ("pat@corp.test",), is_vip=True)]
        return []

    def vips(self):
        return self.people_named("pat boss")

    def contact(self, address: str):
        return None

    def domain(self, domain: str):
        return None

    def known_domains(self):
        return []

    def seen_domains(self):
        return frozenset()

    def pair_count(self, sender: str, recipient: str) -> int:
        return 0

    def thread_known(self, message_ids, normalized_subject) -> bool:
        return False

    def habits(self, address: str):
        return None
