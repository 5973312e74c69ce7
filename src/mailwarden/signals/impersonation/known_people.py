"""impersonation detectors: the sender claims to be someone the organization's history knows.

Learned from the mail graph (people, VIPs, counterparties), not from configuration: the history-free
detectors in display_name.py and lookalike.py cover configured VIPs and protected domains.
"""

from __future__ import annotations

from functools import lru_cache

from mailwarden.domains import find_lookalike, is_freemail, registrable_domain
from mailwarden.domains.lookalike import registrables
from mailwarden.message import Message
from mailwarden.profile.text import clean_display_name, display_form, name_key
from mailwarden.profile.view import Contact, Person
from mailwarden.signals.base import Context, Detector, Hit, Leg, Party, detector
from mailwarden.signals.evidence import quote

# An outside address that writes AND is written to under this name is a known person, not an impostor.
KNOWN_ADDRESS_MIN_EACH_WAY = 2
KNOWN_ONE_WAY_MIN = 5  # ... or one that wrote this often without ever being flagged


def _established(contact: Contact | None) -> bool:
    """A correspondent in its own right: writes and is written to, or writes often and unflagged."""
    return contact is not None and (
        min(contact.messages_from, contact.messages_to) >= KNOWN_ADDRESS_MIN_EACH_WAY
        or contact.messages_from >= KNOWN_ONE_WAY_MIN)


def _sender_history(contact: Contact | None) -> str:
    if contact is None or not contact.messages_from:
        return "never wrote to the organization"
    return f"wrote to the organization only {contact.messages_from:,} times"


def _main_address(profile, person: Person) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    best, count = "", -1
    for address in person.addresses:
        contact = profile.contact(address)
        sent = contact.messages_from if contact else 0
        if sent > count:
            best, count = address, sent
    return best, max(count, 0)


@detector(
    "impersonation.known_person_name",
    Leg.IMPERSONATION,
    "The display name is that of a person inside the organization (a VIP above all) but the address is "
    "not one they ever wrote from.",
    needs_profile=True,
    attack_types=("ceo_fraud", "gift_card", "payroll_diversion", "invoice_fraud"),
    strategy="display_name_impersonation",
)
def known_person_name(message: Message, context: Context) -> Hit | None:
    profile = context.profile
    if message.sender is None or not message.sender.name:
        return None
    name, _title = clean_display_name(message.sender.name)
    if not name_key(name):
        return None
    people = profile.people_named(name)
    if not people:
        return None
    sender = message.sender.address.lower()
    if any(sender in person.addresses for person in people):
        return None
    contact = profile.contact(sender) if sender else None
    if _established(contact):
        return None  # a known correspondent under this name (a namesake, or the person's own other mailbox)
    internal = bool(sender) and profile.is_internal(sender)
    for person in people:
        main, sent = _main_address(profile, person)
        # Someone who never wrote is a name on a distribution list, not an identity worth stealing;
        # a colleague's new alias on our own domain is an alias (authentication catches spoofing).
        if person.is_vip or (sent > 0 and not internal):
            break
    else:
        return None
    role = "vip" if person.is_vip else "employee"
    if internal:
        strength = 0.5
    elif person.is_vip:
        strength = 0.95 if is_freemail(message.sender.domain) else 0.9
    else:
        strength = 0.75 if is_freemail(message.sender.domain) else 0.65
    history = _sender_history(contact)
    who = f"a VIP ({person.vip_reason})" if person.is_vip else "a colleague"
    writes = f"who writes from {main} ({sent:,} messages)" if main else "with no address on record"
    return Hit(strength, f"address {quote(sender or '(none)')} {history}; {quote(person.name)} is {who} "
                         f"{writes}", Party(person.name, main, role))


@lru_cache(maxsize=8)
def _counterparty_domains(profile) -> frozenset[str]:  # type: ignore[no-untyped-def]
    return registrables(d.domain for d in profile.known_domains())


@detector(
    "impersonation.lookalike_known_contact",
    Leg.IMPERSONATION,
    "The sender's address imitates a known contact's: the same mailbox name or display name on a domain "
    "that looks like the contact's (known vendor, partner or the organization itself).",
    needs_profile=True,
    attack_types=("invoice_fraud", "ceo_fraud"),
    strategy="lookalike_domain",
)
def lookalike_known_contact(message: Message, context: Context) -> Hit | None:
    profile = context.profile
    if message.sender is None or "@" not in message.sender.address:
        return None
    sender = message.sender.address.lower()
    domain = message.sender.domain.lower()
    stats = profile.domain(domain)
    if stats is not None and stats.messages_to > 0:
        return None  # the organization writes to this domain: it is a counterparty, not a lookalike
    targets = _counterparty_domains(profile)
    if not targets:
        return None
    found = find_lookalike(domain, targets)
    if found is None:
        return None
    local = sender.partition("@")[0]
    name = name_key(clean_display_name(message.sender.name)[0])
    addresses_on = getattr(profile, "addresses_on", None)
    candidates = addresses_on(found.target) if addresses_on else []
    for address in candidates[:5000]:
        contact = profile.contact(address)
        if contact is None:
            continue
        same_box = address.partition("@")[0] == local
        same_name = bool(name) and any(name_key(n) == name for n in contact.names)
        if not (same_box or same_name):
            continue
        target_stats = profile.domain(registrable_domain(address.rpartition("@")[2]) or found.target)
        internal = profile.is_internal(address)
        role = "organization" if internal else ("vendor" if target_stats and target_stats.is_vendor
                                                 else "contact")
        shown = display_form(contact.names[0]) if contact.names else address
        return Hit(0.9, f"{quote(sender)} imitates {role} {quote(shown)} <{address}> "
                        f"({contact.messages_from:,} messages from them, {contact.messages_to:,} to them): "
                        f"{found.describe()}", Party(shown, address, "vendor" if role == "vendor" else (
                            "employee" if internal else "vendor")))
    return None


# A name worn by correspondents on this many companies' domains is a role ("Customer Service"), not a person.
GENERIC_NAME_DOMAINS = 3


@detector(
    "impersonation.known_contact_name",
    Leg.IMPERSONATION,
    "The display name is that of an outside correspondent the organization writes with (a vendor's or "
    "a partner's person), but the address is a new one on another domain.",
    needs_profile=True,
    attack_types=("invoice_fraud", "scam"),
    strategy="display_name_impersonation",
)
def known_contact_name(message: Message, context: Context) -> Hit | None:
    profile = context.profile
    contacts_named = getattr(profile, "contacts_named", None)
    if message.sender is None or not message.sender.name or "@" not in message.sender.address \
            or not callable(contacts_named):
        return None
    sender = message.sender.address.lower()
    if profile.is_internal(sender):
        return None  # a colleague's name from inside is known_person_name's (and authentication's) case
    name, _title = clean_display_name(message.sender.name)
    contacts = contacts_named(name)
    if not contacts or profile.people_named(name):
        return None  # unknown name, or an internal person's (known_person_name reads that)
    own = profile.contact(sender)
    if _established(own):
        return None  # the sender is itself an established correspondent under this name
    domains = {registrable_domain(c.address.rpartition("@")[2]) for c in contacts}
    if registrable_domain(message.sender.domain.lower()) in domains or len(domains) >= GENERIC_NAME_DOMAINS:
        return None  # another mailbox of the same company, or a role name many companies use
    known = contacts[0]
    strength = 0.7 if is_freemail(message.sender.domain) else 0.6
    shown = display_form(known.names[0]) if known.names else name
    counts = f"{known.messages_from:,} messages from them, {known.messages_to:,} to them"
    return Hit(strength, f"address {quote(sender)} {_sender_history(own)}; {quote(shown)} is an outside "
                         f"correspondent who writes from {known.address} ({counts})",
               Party(shown, known.address, "vendor"))


DETECTORS: tuple[Detector, ...] = (known_person_name, lookalike_known_contact, known_contact_name)
