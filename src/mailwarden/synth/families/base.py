"""A template family: one independent way of writing attacks, with its own banks for every lure.

Families share nothing but slot names, so holding one out of training measures whether a model
learned the attack or the wording. Banks are spintax (see `mailwarden.synth.spintax`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from random import Random

from mailwarden.synth import noise
from mailwarden.synth.spintax import pick

# Each lure is one concrete pretext; its attack type is fixed here so every family agrees.
LURE_TYPES: dict[str, str] = {
    "first_contact": "ceo_fraud",
    "wire_request": "ceo_fraud",
    "gift_cards": "gift_card",
    "bank_change": "invoice_fraud",
    "overdue_invoice": "invoice_fraud",
    "fake_po": "invoice_fraud",
    "payroll_change": "payroll_diversion",
    "shared_document": "credential_phishing",
    "mailbox_quota": "credential_phishing",
    "password_expiry": "credential_phishing",
    "mfa_reset": "credential_phishing",
    "voicemail": "credential_phishing",
    "w2_request": "data_theft",
    "employee_list": "data_theft",
    "legal_pressure": "extortion",
    "regulator": "extortion",
    "sextortion": "extortion",
    "malware_document": "malware",
    "scam_offer": "scam",
}

VECTORS = ("text", "link", "attachment", "qr_code", "calendar")


@dataclass(frozen=True)
class Lure:
    subjects: tuple[str, ...]
    asks: tuple[str, ...]  # the call to action: always present
    hooks: tuple[str, ...] = ()  # context that opens the message
    reasons: tuple[str, ...] = ()  # why it must happen
    extras: tuple[str, ...] = ()  # a further paragraph for long messages


@dataclass(frozen=True)
class Shape:
    """How a family lays a message out."""

    lengths: tuple[float, float, float] = (0.3, 0.45, 0.25)  # short, medium, long
    p_greeting: float = 0.85
    p_opener: float = 0.4
    p_urgency: float = 0.6
    p_secrecy: float = 0.35
    p_closer: float = 0.6
    p_signature: float = 0.8
    p_lowercase: float = 0.0
    p_typos: float = 0.2  # share of messages with typos
    typo_rate: tuple[float, float] = (0.01, 0.05)
    p_empty_subject: float = 0.0
    p_fake_reply_prefix: float = 0.1
    paragraph_break: str = "\n\n"


@dataclass(frozen=True)
class Family:
    name: str
    language: str
    description: str
    lures: Mapping[str, Lure]
    greetings: tuple[str, ...]
    openers: tuple[str, ...]
    urgency: tuple[str, ...]
    secrecy: tuple[str, ...]
    closers: tuple[str, ...]
    signoffs: tuple[str, ...]
    cta: Mapping[str, tuple[str, ...]]  # link, attachment, qr_code, calendar, password
    signatures: tuple[str, ...]  # may use <sender_name>, <sender_title>, <org_name>, <phone>
    reply_quotes: tuple[str, ...]  # stolen-looking text quoted under a hijacked reply
    reply_intros: tuple[str, ...]  # "On <date>, <name> wrote:" in the family's language
    shape: Shape = field(default_factory=Shape)
    reply_prefix: str = "RE: "
    forward_prefix: str = "FW: "

    def supports(self, lure: str) -> bool:
        return lure in self.lures

    def compose(self, lure_key: str, vector: str, slots: Mapping[str, str], rng: Random,
                hijack: bool = False) -> tuple[str, str]:
        """(subject, plain-text body) for one message."""
        lure = self.lures[lure_key]
        shape = self.shape
        length = rng.choices(("short", "medium", "long"), weights=shape.lengths)[0]
        subject = self._subject(lure, slots, rng, hijack)

        paragraphs: list[str] = []
        if rng.random() < shape.p_greeting:
            paragraphs.append(pick(self.greetings, rng, slots))
        if length != "short" and self.openers and rng.random() < shape.p_opener:
            paragraphs.append(pick(self.openers, rng, slots))
        if length != "short" and lure.hooks:
            paragraphs.append(pick(lure.hooks, rng, slots))
        core = [pick(lure.asks, rng, slots)]
        if length != "short" and lure.reasons:
            core.insert(rng.randrange(2), pick(lure.reasons, rng, slots))
        if vector != "text":
            core.append(pick(self.cta[vector], rng, slots))
        if slots.get("zip_password"):
            core.append(pick(self.cta["password"], rng, slots))
        paragraphs.append(" ".join(core) if length == "short" else core[0])
        if length != "short":
            paragraphs.extend(core[1:])
        if self.urgency and rng.random() < shape.p_urgency * (0.5 if length == "short" else 1):
            paragraphs.append(pick(self.urgency, rng, slots))
        if self.secrecy and lure_key in _SECRET_LURES and rng.random() < shape.p_secrecy:
            paragraphs.append(pick(self.secrecy, rng, slots))
        if length == "long" and lure.extras:
            paragraphs.append(pick(lure.extras, rng, slots))
        if self.closers and rng.random() < shape.p_closer:
            paragraphs.append(pick(self.closers, rng, slots))
        sign = pick(self.signoffs, rng, slots)
        if rng.random() < shape.p_signature:
            # A signature names the sender's company, which is not always the target's.
            signer = {**slots, "org_name": slots.get("sender_org") or slots.get("org_name", "")}
            sign = sign + "\n" + pick(self.signatures, rng, signer)
        paragraphs.append(sign)

        body = tidy_stops(shape.paragraph_break.join(p.strip() for p in paragraphs if p.strip()))
        if rng.random() < shape.p_lowercase:
            body = noise.lower_case(body)
            subject = subject if hijack else noise.lower_case(subject)  # a hijack keeps the thread's subject
        if rng.random() < shape.p_typos:
            body = noise.inject_typos(body, rng, rng.uniform(*shape.typo_rate))
        body = noise.roughen(body, rng)
        if hijack:
            body = body + "\n\n" + self._quoted(slots, rng)
        return subject, body.rstrip() + "\n"

    def _subject(self, lure: Lure, slots: Mapping[str, str], rng: Random, hijack: bool) -> str:
        if hijack and slots.get("thread_subject"):
            return self.reply_prefix + slots["thread_subject"]
        if rng.random() < self.shape.p_empty_subject:
            return ""
        subject = pick(lure.subjects, rng, slots)
        if rng.random() < self.shape.p_fake_reply_prefix:
            subject = rng.choice((self.reply_prefix, self.forward_prefix)) + subject
        return subject

    def _quoted(self, slots: Mapping[str, str], rng: Random) -> str:
        intro = pick(self.reply_intros, rng, slots)
        lines = [pick(self.reply_quotes, rng, slots) for _ in range(rng.randint(1, 3))]
        quoted = "\n".join("> " + line for line in "\n".join(lines).splitlines())
        return f"{intro}\n{quoted}"


# A slot value that ends a sentence with its own stop ("Acme Inc.", "N.A.") must not leave "Inc.." behind:
# no writer types that, so only synthetic mail would carry it, and a model would learn it.
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")
_STOP_AFTER_MARK = re.compile(r"([?!])\.(?!\.)")


def tidy_stops(text: str) -> str:
    return _STOP_AFTER_MARK.sub(r"\1", _DOUBLE_STOP.sub(".", text))


# Lures where attackers ask the target to keep quiet.
_SECRET_LURES = frozenset({"first_contact", "wire_request", "gift_cards", "payroll_change", "w2_request",
                           "employee_list", "sextortion", "legal_pressure"})
