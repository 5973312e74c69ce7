"""impersonation detectors: sender and Reply-To domains that imitate a protected domain or a brand.

Protected domains are the organization's own and configured ones, plus (when a profile exists) domains
with an established two-way history. Brands come from `mailwarden.domains.brands`.
"""

from __future__ import annotations

from mailwarden.domains import (
    Lookalike,
    brand_lookalike,
    find_lookalike,
    has_mixed_script,
    is_idn,
    protected_domains,
    split_host,
    to_ascii,
    to_unicode,
)
from mailwarden.domains.lookalike import LURE_WORDS
from mailwarden.message import Message
from mailwarden.signals.base import Context, Detector, Hit, Leg, Party, detector
from mailwarden.signals.evidence import quote, sender_domain

_ATTACKS = ("ceo_fraud", "invoice_fraud", "credential_phishing")


@detector(
    "impersonation.lookalike_org_domain",
    Leg.IMPERSONATION,
    "The sender's domain imitates the organization's own or a protected/known partner domain "
    "(misspelling, homoglyphs, added words, suffix swap, or the real name in front of another domain).",
    attack_types=_ATTACKS,
    strategy="lookalike_domain",
)
def lookalike_org_domain(message: Message, context: Context) -> Hit | None:
    domain = sender_domain(message)
    if not domain:
        return None
    protected = protected_domains(context.settings, context.profile)
    targets = protected.all_own_and_partners
    if not targets:
        return None
    found = find_lookalike(domain, targets)
    if found is None:
        return None
    role = protected.role_of(found.target)
    return Hit(found.strength, f"sender domain {found.describe()} ({role} domain)",
               Party(name=found.target, address=message.sender.address if message.sender else "", role=role))


ACQUAINTANCE_DISCOUNT = 0.7  # a domain seen in passing is a weaker claim than a partner's


@detector(
    "impersonation.lookalike_seen_domain",
    Leg.IMPERSONATION,
    "A sender domain new to the organization imitates a domain its mail did show but without an "
    "established relationship (a firm that wrote twice, a supplier seen in a cc): weaker than a "
    "partner's lookalike.",
    attack_types=("invoice_fraud", "malware", "credential_phishing"),
    strategy="lookalike_domain",
    needs_profile=True,
)
def lookalike_seen_domain(message: Message, context: Context) -> Hit | None:
    domain = sender_domain(message)
    profile = context.profile
    if not domain or profile is None or profile.domain(domain) is not None:
        return None  # a domain with its own history is not a newcomer imitating another
    targets = protected_domains(context.settings, profile).acquaintances
    found = find_lookalike(domain, targets) if targets else None
    if found is None or not _close_to_acquaintance(found):
        return None
    stats = profile.domain(found.target)
    seen = f"{stats.messages_from} messages from it, {stats.messages_to} to it" if stats else "seen"
    return Hit(found.strength * ACQUAINTANCE_DISCOUNT,
               f"sender domain {found.describe()} (in the organization's mail: {seen})",
               Party(name=found.target, address=message.sender.address if message.sender else "",
                     role="vendor"))


def _close_to_acquaintance(found: Lookalike) -> bool:
    """Among a thousand domains seen once, chance likenesses abound ('utexas.edu' / 'texas.net',
    'smi-online.co.uk' / 'online.no', 'nerc.net' / 'nerc.com'): keep misspellings under the same suffix
    and added words around a distinctive name; a swap between classic suffixes or country codes is what
    organizations do themselves."""
    mine, theirs = split_host(found.domain), split_host(found.target)
    if found.kind in ("edit", "homoglyph"):
        return mine.suffix == theirs.suffix
    if found.kind == "added_words":
        return len(theirs.label) >= 5 and theirs.label not in LURE_WORDS
    if found.kind == "tld_swap":  # to a cheap new suffix (.online, .info, .xyz), not another classic one
        return mine.suffix not in _CLASSIC_SUFFIXES and len(mine.suffix.rpartition(".")[2]) > 2
    return found.kind == "subdomain"


_CLASSIC_SUFFIXES = frozenset({"com", "net", "org", "edu", "gov", "mil", "int"})


@detector(
    "impersonation.lookalike_brand_domain",
    Leg.IMPERSONATION,
    "The sender's domain imitates a well-known brand's domain (e.g. 'paypa1.com', 'microsoft-online.com', "
    "'paypal.com.secure-login.net').",
    attack_types=("credential_phishing",),
    strategy="lookalike_domain",
)
def lookalike_brand_domain(message: Message, context: Context) -> Hit | None:
    domain = sender_domain(message)
    found = brand_lookalike(domain) if domain else None
    if found is None:
        return None
    lookalike, brand = found
    strength = lookalike.strength * (0.8 if lookalike.kind == "added_words" else 1.0)
    return Hit(strength, f"sender domain {lookalike.describe()} (brand {brand})",
               Party(name=brand, address=message.sender.address if message.sender else "", role="brand"))


@detector(
    "impersonation.lookalike_reply_to",
    Leg.IMPERSONATION,
    "Replies would go to a domain that imitates the organization's, a protected partner's, or a brand's.",
    attack_types=("ceo_fraud", "invoice_fraud"),
    strategy="lookalike_domain",
)
def lookalike_reply_to(message: Message, context: Context) -> Hit | None:
    protected = protected_domains(context.settings, context.profile)
    for address in message.reply_to[:5]:
        domain = address.domain
        if not domain:
            continue
        targets = protected.all_own_and_partners
        found = find_lookalike(domain, targets) if targets else None
        role = protected.role_of(found.target) if found else ""
        if found is None:
            brand_found = brand_lookalike(domain)
            if brand_found is None:
                continue
            found, role = brand_found[0], "brand"
        return Hit(found.strength, f"Reply-To {quote(address.address)}: {found.describe()} ({role})",
                   Party(name=found.target, address=address.address, role=role))
    return None


@detector(
    "impersonation.idn_sender_domain",
    Leg.IMPERSONATION,
    "The sender's domain is an internationalized (punycode) name, stronger when it mixes Latin with "
    "look-alike letters of another script.",
    attack_types=("credential_phishing",),
    strategy="lookalike_domain",
)
def idn_sender_domain(message: Message, context: Context) -> Hit | None:
    domain = sender_domain(message)
    if not domain or not is_idn(domain):
        return None
    unicode_domain = to_unicode(domain)
    mixed = any(has_mixed_script(label) for label in unicode_domain.split("."))
    shown = f"{quote(unicode_domain)} ({to_ascii(unicode_domain)})"
    if mixed:
        return Hit(0.6, f"sender domain {shown} mixes Latin letters with another script")
    return Hit(0.25, f"sender domain {shown} is an internationalized domain name")


DETECTORS: tuple[Detector, ...] = (
    lookalike_org_domain,
    lookalike_seen_domain,
    lookalike_brand_domain,
    lookalike_reply_to,
    idn_sender_domain,
)
