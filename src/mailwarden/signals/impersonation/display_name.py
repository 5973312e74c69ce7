"""impersonation detectors: what the sender's display name (and From local part) claims to be."""

from __future__ import annotations

import re
from functools import cache

from mailwarden.domains import (
    brands_named_in,
    is_brand_domain,
    is_freemail,
    protected_domains,
    registrable_domain,
    skeleton,
    split_host,
)
from mailwarden.domains.brands import Brand, brand_by_label
from mailwarden.message import Message
from mailwarden.signals.base import Context, Detector, Hit, Leg, Party, detector
from mailwarden.signals.evidence import is_list_mail, quote, sender_address, sender_domain, sender_name

_EMAIL_IN_NAME = re.compile(r"[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)", re.UNICODE)
# Subjects naming a brand are only telling next to account / delivery / billing words.
_ACCOUNT_WORDS = re.compile(
    r"\b(?:account|password|verif\w*|suspen\w*|lock(?:ed)?|log-?in|sign[- ]?in|security|secure|invoice|"
    r"payment|billing|subscription|expir\w*|confirm\w*|unusual|limited|restricted|refund|package|parcel|"
    r"delivery|shipment|order|conta|senha|cuenta|contraseña|konto|passwort|compte|mot de passe|rekening|"
    r"wachtwoord|pacote|encomenda|paquete|paket|colis|pakket|fatura|factura|rechnung|facture|factuur|"
    r"pagamento|pago|zahlung|paiement|betaling|bloque\w*|gesperrt|suspens\w*|geblokkeerd)\b",
    re.IGNORECASE,
)


# Brand labels that are also ordinary mailbox names ("office.chairman@", "outlook-team@").
_GENERIC_LOCAL_PARTS = frozenset({"office", "outlook", "live", "teams", "zoom", "meta", "visa", "chase",
                                  "orange", "steam", "ledger", "stripe", "apple", "skype", "xbox", "bing"})


def _brand_owns(brand: Brand, domain: str) -> bool:
    """The sender domain is the brand's own (a brand never writes from a consumer mailbox)."""
    return bool(domain) and not is_freemail(domain) and is_brand_domain(brand, registrable_domain(domain))


def _not_theirs(domain: str, brand: Brand) -> str:
    if not domain:
        return "the message has no sender domain"
    return f"the sender domain {quote(domain)} is not {brand.key}'s"


def _local_part_brand(local: str) -> Brand | None:
    by_label = brand_by_label()
    for token in re.split(r"[._+\-0-9]+", local.lower()):
        if token in by_label and token not in _GENERIC_LOCAL_PARTS:
            return by_label[token]
    return None


@detector(
    "impersonation.brand_name_unrelated_domain",
    Leg.IMPERSONATION,
    "A well-known brand is named in the display name, the From local part, or (with account/billing "
    "words) the subject, but the sender's domain is not one of the brand's.",
    attack_types=("credential_phishing", "scam"),
    strategy="display_name_impersonation",
)
def brand_name_unrelated_domain(message: Message, context: Context) -> Hit | None:
    domain = sender_domain(message)
    if domain and registrable_domain(domain) in protected_domains(context.settings, context.profile).own:
        return None  # the organization's own mail naming a product ("Outlook Migration Team")
    party_address = sender_address(message)
    for name, brand in brands_named_in(sender_name(message)):
        if not _brand_owns(brand, domain):
            strength = 0.7 if domain and is_freemail(domain) else 0.6
            evidence = (f"display name {quote(sender_name(message))} names {brand.key} ({quote(name)}) "
                        f"but {_not_theirs(domain, brand)}")
            return Hit(strength, evidence, Party(brand.key, party_address, "brand"))
    local = message.sender.local if message.sender else ""
    brand = _local_part_brand(local) if local else None
    if brand is not None and not _brand_owns(brand, domain):
        return Hit(0.45, f"From address {quote(party_address)} uses the name {brand.key} but "
                   f"{_not_theirs(domain, brand)}", Party(brand.key, party_address, "brand"))
    subject = message.subject
    if subject and _ACCOUNT_WORDS.search(subject) and not is_list_mail(message):
        for name, brand in brands_named_in(subject):
            if not _brand_owns(brand, domain):
                evidence = (f"subject {quote(subject)} names {brand.key} ({quote(name)}) with account "
                            f"words but {_not_theirs(domain, brand)}")
                return Hit(0.3, evidence, Party(brand.key, party_address, "brand"))
    return None


@detector(
    "impersonation.display_name_has_other_address",
    Leg.IMPERSONATION,
    "The display name shows an e-mail address on a different domain than the real sender address "
    "('ceo@acme.com' <random@evil.net>).",
    attack_types=("ceo_fraud", "invoice_fraud", "credential_phishing"),
    strategy="display_name_impersonation",
)
def display_name_has_other_address(message: Message, context: Context) -> Hit | None:
    name = sender_name(message)
    if "@" not in name:
        return None
    match = _EMAIL_IN_NAME.search(name)
    if match is None:
        return None
    shown_domain = match.group(1).lower().rstrip(".")
    actual = sender_domain(message)
    if actual and registrable_domain(shown_domain) == registrable_domain(actual):
        return None
    if not split_host(shown_domain).suffix:
        return None  # "user@localhost"-style names are not a claim about a real domain
    strength = 0.2 if is_list_mail(message) else 0.6
    return Hit(strength, f"display name shows {quote(match.group(0))} but the message is from "
               f"{quote(sender_address(message) or '(none)')}", Party(name, match.group(0).lower(), "vendor"))


def _normal_name(name: str) -> str:
    """'LAY, Kenneth' / 'Kenneth  Lay (CEO)' / 'Kеnneth Lay' -> 'kenneth lay'."""
    name = re.sub(r"\(.*?\)|\[.*?\]|<.*?>|\"|'", " ", name)
    if name.count(",") == 1:
        last, first = name.split(",")
        name = f"{first} {last}"
    words = re.findall(r"[^\W\d_]+", skeleton(name))
    return " ".join(words)


@cache
def _configured_vips(entries: tuple[str, ...]) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Settings.vips entries 'Name <address>' or 'Name' -> (normalised key, name as configured, addresses).

    The key is the confusable skeleton (so 'Dana Whltfleld' matches); the configured spelling is what
    a reader should see as the impersonated party.
    """
    vips: dict[str, tuple[str, set[str]]] = {}
    for entry in entries:
        match = re.match(r"\s*(.*?)\s*<\s*([^>\s]+@[^>\s]+)\s*>\s*$", entry)
        name, address = (match.group(1), match.group(2).lower()) if match else (entry.strip(), "")
        name = name.strip().strip('"').strip()
        if "@" in name and not address:
            continue  # an address alone names nobody
        key = _normal_name(name)
        if len(key.split()) < 2:
            continue  # single names ("John") would match half the world
        _, addresses = vips.setdefault(key, (name, set()))
        if address:
            addresses.add(address)
    return tuple((key, shown, frozenset(addresses)) for key, (shown, addresses) in vips.items())


@detector(
    "impersonation.configured_vip_name",
    Leg.IMPERSONATION,
    "The display name is a configured VIP's name but the address is not one of theirs (or, when only "
    "the name is configured, not on the organization's domains).",
    attack_types=("ceo_fraud", "gift_card", "payroll_diversion"),
    strategy="display_name_impersonation",
)
def configured_vip_name(message: Message, context: Context) -> Hit | None:
    vips = _configured_vips(tuple(context.settings.vips))
    name = sender_name(message)
    if not vips or not name:
        return None
    shown = f" {_normal_name(name)} "
    address = sender_address(message)
    own = protected_domains(context.settings, context.profile).own
    for vip_key, vip_name, vip_addresses in vips:
        if f" {vip_key} " not in shown:
            continue
        if address in vip_addresses:
            return None
        on_own_domain = registrable_domain(sender_domain(message)) in own
        if not vip_addresses and on_own_domain:
            return None
        strength = 0.9 if is_freemail(sender_domain(message)) else (0.5 if on_own_domain else 0.8)
        known = (f"known addresses: {', '.join(sorted(vip_addresses))}" if vip_addresses
                 else "outside the organization")
        evidence = (f"display name {quote(name)} is the VIP {quote(vip_name)} but the address "
                    f"{quote(address or '(none)')} is not theirs ({known})")
        # The party is the VIP being impersonated (their real address when configured), not the attacker.
        vip_address = sorted(vip_addresses)[0] if vip_addresses else ""
        return Hit(strength, evidence, Party(vip_name, vip_address, "vip"))
    return None


@detector(
    "impersonation.org_name_external_sender",
    Leg.IMPERSONATION,
    "The display name carries the organization's own name (from its domains) but the sender is outside it.",
    attack_types=("credential_phishing", "ceo_fraud"),
    strategy="display_name_impersonation",
)
def org_name_external_sender(message: Message, context: Context) -> Hit | None:
    name = sender_name(message)
    own = protected_domains(context.settings, context.profile).own
    if not name or not own:
        return None
    domain = sender_domain(message)
    if registrable_domain(domain) in own:
        return None
    without_addresses = re.sub(r"\S*@\S*", " ", name)  # "someone@partner.com@ENRON" is an address form
    words = set(re.findall(r"[a-z0-9]+", skeleton(without_addresses)))
    for org in sorted(own):
        label = split_host(org).label
        if len(label) >= 4 and skeleton(label) in words:
            return Hit(0.5, f"display name {quote(name)} uses the organization name {label!r} but the sender "
                       f"{quote(sender_address(message) or '(none)')} is outside {org}",
                       Party(name, sender_address(message), "organization"))
    return None


DETECTORS: tuple[Detector, ...] = (
    brand_name_unrelated_domain,
    display_name_has_other_address,
    configured_vip_name,
    org_name_external_sender,
)
