"""trust detectors: what the organization's own history says about this sender and this conversation.

Each reads the in-memory profile (`context.profile`), never the database. Evidence quotes the counts
it relied on so that an analyst can check them with `mailwarden profile`.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

from mailwarden.domains import is_freemail
from mailwarden.message import Message
from mailwarden.profile.record import parse_thread_ids  # the same id parsing as learning
from mailwarden.profile.text import BANK_CHANGE, is_reply_subject, normalize_subject, registrable_guess
from mailwarden.profile.view import link_domain_familiar
from mailwarden.signals.base import Context, Detector, Hit, Leg, detector
from mailwarden.signals.evidence import is_list_mail, quote

RECENT_DOMAIN_DAYS = 30
ESTABLISHED_MIN_EACH_WAY = 3
ESTABLISHED_MIN_DAYS = 30
KNOWN_SENDER_MIN = 3  # messages from an address before its habits mean anything
HABIT_SENDER_MIN = 10  # ... before they count as a regular colleague
LINK_HABIT_MIN = 20  # ... before a new link domain is unusual
HOURS_HISTORY_MIN = 30
LATERAL_MIN_NEW = 8
LATERAL_MIN_SHARE = 0.8
LATERAL_MIN_HISTORY = 20  # messages before we know whom an account usually writes to
BANK_TEXT_CHARS = 8_000  # the ask sits at the top; quoted history below it is not the sender's ask
_BANK_WORDS = ("bank", "remittance", "payment", "wire", "iban", "swift", "routing", "deposit")


def _sender(message: Message) -> str:
    return message.sender.address.lower() if message.sender is not None else ""


def _utc(when: datetime | None) -> datetime | None:
    if when is None:
        return None
    return when.astimezone(UTC).replace(tzinfo=None) if when.tzinfo is not None else when


def _day(when: datetime | None) -> str:
    return when.strftime("%Y-%m-%d") if when else "?"


def _recipients(message: Message) -> list[str]:
    seen: dict[str, None] = {}
    for address in message.recipients:
        if address.address:
            seen.setdefault(address.address.lower(), None)
    return list(seen)


def _history(contact) -> str:  # type: ignore[no-untyped-def]
    return (f"{contact.messages_from:,} messages from them and {contact.messages_to:,} to them since "
            f"{_day(contact.first_seen)}")


@detector(
    "trust.first_contact_org",
    Leg.TRUST,
    "The sender never exchanged mail with the organization (stronger when its domain is unknown too).",
    needs_profile=True,
    attack_types=("ceo_fraud", "invoice_fraud", "credential_phishing", "scam", "gift_card"),
    strategy="unknown_sender",
)
def first_contact_org(message: Message, context: Context) -> Hit | None:
    profile, sender = context.profile, _sender(message)
    if not sender or "@" not in sender:
        return None
    contact = profile.contact(sender)
    if contact is not None and (contact.messages_from or contact.messages_to):
        return None
    domain = sender.rpartition("@")[2]
    if profile.is_internal(sender):
        return Hit(0.3, f"{quote(sender)} is on the organization's own domain but never appeared in its mail")
    if is_freemail(domain):
        return Hit(0.5, f"{quote(sender)} (a free-mail address) never exchanged mail with the organization")
    stats = profile.domain(domain)
    if stats is not None and (stats.messages_from or stats.messages_to):
        return Hit(0.3, f"{quote(sender)} never exchanged mail with the organization; its domain "
                        f"{quote(domain)} did ({stats.messages_from:,} messages from it, "
                        f"{stats.messages_to:,} "
                        f"to it, {stats.addresses:,} addresses)")
    return Hit(0.55, f"neither {quote(sender)} nor its domain {quote(domain)} ever exchanged mail with the "
                     "organization")


@detector(
    "trust.first_contact_recipient",
    Leg.TRUST,
    "An outside sender known to the organization never exchanged mail with any of this message's "
    "recipients (a vendor suddenly writing to finance instead of their usual contact).",
    needs_profile=True,
    attack_types=("ceo_fraud", "invoice_fraud"),
    strategy="unknown_sender",
)
def first_contact_recipient(message: Message, context: Context) -> Hit | None:
    profile, sender = context.profile, _sender(message)
    if not sender:
        return None
    contact = profile.contact(sender)
    if contact is None or contact.internal or contact.messages_from < KNOWN_SENDER_MIN:
        return None  # colleagues start new conversations all the time; outsiders have their contacts
    internal = [r for r in _recipients(message) if profile.is_internal(r)]
    if not internal:
        return None
    if any(profile.pair_count(sender, r) or profile.pair_count(r, sender) for r in internal):
        return None
    shown = ", ".join(quote(r) for r in internal[:3]) + (" ..." if len(internal) > 3 else "")
    return Hit(0.2, f"{quote(sender)} wrote to the organization {contact.messages_from:,} times but never "
                    f"to or from {shown}")


@detector(
    "trust.fake_reply",
    Leg.TRUST,
    "The message claims to answer a thread (RE:, In-Reply-To) that the organization never had, from a "
    "sender without two-way history (a fake reply to borrow trust).",
    needs_profile=True,
    attack_types=("invoice_fraud", "ceo_fraud", "credential_phishing"),
    strategy="thread_hijack",
)
def fake_reply(message: Message, context: Context) -> Hit | None:
    profile, sender = context.profile, _sender(message)
    claims_reply = bool(message.in_reply_to) or is_reply_subject(message.subject)
    if not claims_reply or not sender or profile.is_internal(sender) or is_list_mail(message):
        return None
    contact = profile.contact(sender)
    if contact is not None and contact.messages_to > 0:
        return None  # the organization wrote to them: a thread we do not index is plausible
    ids = list(parse_thread_ids(message.in_reply_to, " ".join(message.references)))
    subject = normalize_subject(message.subject)
    if profile.thread_known(ids, subject):
        return None
    what = f"subject {quote(message.subject)}" if not message.in_reply_to else (
        f"In-Reply-To {quote(message.in_reply_to)}")
    strength = 0.6 if contact is None else 0.45
    return Hit(strength, f"{what} claims to answer a thread the organization never had (no such "
                         f"Message-ID, no thread {quote(subject or '(empty)')}), from {quote(sender)} who "
                         "never received mail from it")


@detector(
    "trust.reply_to_changed",
    Leg.TRUST,
    "A known sender's replies would go to an address they never used as Reply-To before.",
    needs_profile=True,
    attack_types=("invoice_fraud", "ceo_fraud"),
    strategy="compromised_account",
)
def reply_to_changed(message: Message, context: Context) -> Hit | None:
    profile, sender = context.profile, _sender(message)
    if not sender or not message.reply_to or is_list_mail(message):
        return None
    habits = profile.habits(sender)
    if habits is None or habits.messages < KNOWN_SENDER_MIN:
        return None
    sender_domain = sender.rpartition("@")[2]
    for address in message.reply_to[:5]:
        reply_to = address.address.lower()
        if not reply_to or reply_to == sender or reply_to in habits.reply_to:
            continue
        if address.domain.lower() == sender_domain:
            continue  # another mailbox of the same organization (a shared inbox, an assistant)
        before = f"their usual Reply-To: {', '.join(habits.reply_to[:2])}" if habits.reply_to else (
            "they never set a Reply-To before")
        return Hit(0.6, f"{quote(sender)} ({habits.messages:,} messages before) now asks for replies to "
                        f"{quote(reply_to)}; {before}")
    return None


@detector(
    "trust.new_bank_details",
    Leg.TRUST,
    "A known sender writes about new or changed bank/payment details (vendor and payroll fraud from a "
    "compromised or spoofed account).",
    needs_profile=True,
    attack_types=("invoice_fraud", "payroll_diversion"),
    strategy="compromised_account",
)
def new_bank_details(message: Message, context: Context) -> Hit | None:
    profile, sender = context.profile, _sender(message)
    if not sender:
        return None
    contact = profile.contact(sender)
    if contact is None or contact.messages_from < KNOWN_SENDER_MIN:
        return None
    text = message.text[:BANK_TEXT_CHARS]
    lowered = f"{message.subject}\n{text}".lower()
    if not any(word in lowered for word in _BANK_WORDS):
        return None  # the regex is ~50x slower than these substring checks, and most mail has none
    match = BANK_CHANGE.search(message.subject) or BANK_CHANGE.search(text)
    if match is None:
        return None
    who = "colleague" if contact.internal else "contact"
    return Hit(0.55, f"known {who} {quote(sender)} ({_history(contact)}) writes about "
                     f"{quote(match.group(0))}")


@detector(
    "trust.new_link_domain",
    Leg.TRUST,
    "A sender with a history links a domain they never linked before and the organization rarely saw.",
    needs_profile=True,
    attack_types=("credential_phishing", "malware"),
    strategy="compromised_account",
)
def new_link_domain(message: Message, context: Context) -> Hit | None:
    profile, sender = context.profile, _sender(message)
    if not sender or not message.links:
        return None
    habits = profile.habits(sender)
    if habits is None or habits.messages < LINK_HABIT_MIN:
        return None
    own = registrable_guess(sender.rpartition("@")[2])
    usual = set(habits.link_domains)
    new: list[str] = []
    for link in message.links[:50]:
        if not link.domain or "." not in link.domain:
            continue
        domain = registrable_guess(link.domain)
        if domain in usual or domain == own or domain in new or link_domain_familiar(profile, domain):
            continue
        new.append(domain)
    if not new:
        return None
    shown = ", ".join(quote(d) for d in new[:3])
    return Hit(0.25, f"{quote(sender)} ({habits.messages:,} messages before, linking "
                     f"{len(usual):,} domains) links {shown} for the first time; the organization's mail "
                     "rarely or never linked it")


@detector(
    "trust.unusual_recipients",
    Leg.TRUST,
    "An internal account writes to many people it never wrote to before (lateral phishing from a "
    "compromised account).",
    needs_profile=True,
    attack_types=("lateral_phishing", "credential_phishing"),
    strategy="compromised_account",
)
def unusual_recipients(message: Message, context: Context) -> Hit | None:
    profile, sender = context.profile, _sender(message)
    if not sender or not profile.is_internal(sender):
        return None
    recipients = [r for r in _recipients(message) if r != sender]
    if len(recipients) < LATERAL_MIN_NEW:
        return None
    habits = profile.habits(sender)
    if habits is None or habits.messages < LATERAL_MIN_HISTORY:
        return None
    new = [r for r in recipients if not profile.pair_count(sender, r)]
    share = len(new) / len(recipients)
    if len(new) < LATERAL_MIN_NEW or share < LATERAL_MIN_SHARE:
        return None
    strength = min(0.7, 0.2 + 0.5 * (share - LATERAL_MIN_SHARE) / (1 - LATERAL_MIN_SHARE) + 0.01 * len(new))
    return Hit(strength, f"{quote(sender)} writes to {len(new)} of {len(recipients)} recipients "
                         "for the first "
                         f"time (before: {habits.messages:,} messages to {habits.distinct_recipients:,} "
                         "people)")


@detector(
    "trust.unusual_hour",
    Leg.TRUST,
    "A sender with a long history writes at an hour of the day (UTC) they never wrote at, nor within an "
    "hour of it (an account used from another time zone).",
    needs_profile=True,
    attack_types=("lateral_phishing", "invoice_fraud", "ceo_fraud"),
    strategy="compromised_account",
)
def unusual_hour(message: Message, context: Context) -> Hit | None:
    profile, sender = context.profile, _sender(message)
    when = _utc(message.date)
    hour_counts = getattr(profile, "hour_counts", None)
    if not sender or when is None or hour_counts is None:
        return None
    hours = hour_counts(sender)
    total = sum(hours.values())
    if total < HOURS_HISTORY_MIN:
        return None
    near = sum(hours.get((when.hour + delta) % 24, 0) for delta in (-1, 0, 1))
    if near:
        return None
    busiest = sorted(hours, key=hours.get, reverse=True)[:3]
    return Hit(0.2, f"{quote(sender)} wrote {total:,} messages, none between {(when.hour - 1) % 24:02d}:00 "
                    f"and {(when.hour + 2) % 24:02d}:00 UTC; this one at {when:%H:%M} (usually "
                    f"{', '.join(f'{h:02d}h' for h in sorted(busiest))})")


@detector(
    "trust.new_domain",
    Leg.TRUST,
    f"The sender's domain first appeared in the organization's mail less than {RECENT_DOMAIN_DAYS} days "
    "before this message.",
    needs_profile=True,
    attack_types=("invoice_fraud", "credential_phishing", "ceo_fraud"),
    strategy="lookalike_domain",
)
def new_domain(message: Message, context: Context) -> Hit | None:
    profile, sender = context.profile, _sender(message)
    if not sender or profile.is_internal(sender):
        return None
    domain = sender.rpartition("@")[2]
    if is_freemail(domain):
        return None
    stats = profile.domain(domain)
    if stats is None or stats.first_seen is None:
        return None
    now = _utc(message.date) or profile.learned_until
    if now is None or now < stats.first_seen:
        now = profile.learned_until
    if now is None:
        return None
    age = now - stats.first_seen
    if age > timedelta(days=RECENT_DOMAIN_DAYS) or age < timedelta(0):
        return None
    if stats.messages_to >= ESTABLISHED_MIN_EACH_WAY:
        return None
    return Hit(0.35, f"domain {quote(domain)} first seen {_day(stats.first_seen)}, {age.days} days before "
                     f"this message ({stats.messages_from:,} messages from it, {stats.messages_to:,} to it)")


@detector(
    "trust.established_relationship",
    Leg.TRUST,
    "History makes this sender more trustworthy: a long two-way relationship with the organization "
    "(a negative-strength signal).",
    needs_profile=True,
)
def established_relationship(message: Message, context: Context) -> Hit | None:
    profile, sender = context.profile, _sender(message)
    if not sender:
        return None
    contact = profile.contact(sender)
    if contact is None or contact.first_seen is None:
        return None
    now = _utc(message.date) or profile.learned_until or contact.last_seen
    if now is None or (now - contact.first_seen) < timedelta(days=ESTABLISHED_MIN_DAYS):
        return None
    if contact.internal:
        recipients = _recipients(message)
        talked = sum(1 for r in recipients if profile.pair_count(sender, r) or profile.pair_count(r, sender))
        enough = max(1, len(recipients) // 2)
        if contact.messages_from < HABIT_SENDER_MIN or not recipients or talked < enough:
            return None
        return Hit(-0.4, f"colleague {quote(sender)} has {contact.messages_from:,} messages since "
                         f"{_day(contact.first_seen)} and corresponded before with {talked} of the "
                         f"{len(recipients)} recipients")
    if contact.messages_from < ESTABLISHED_MIN_EACH_WAY or contact.messages_to < ESTABLISHED_MIN_EACH_WAY:
        return None
    total = contact.messages_from + contact.messages_to
    strength = -min(0.8, 0.3 + 0.2 * math.log10(total))
    return Hit(strength, f"two-way relationship: {quote(sender)} has {_history(contact)}")


DETECTORS: tuple[Detector, ...] = (
    first_contact_org, first_contact_recipient, fake_reply, reply_to_changed, new_bank_details,
    new_link_domain, unusual_recipients, unusual_hour, new_domain, established_relationship,
)
