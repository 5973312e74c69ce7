"""impersonation detectors: where replies and bounces go, and free-mail senders acting as executives."""

from __future__ import annotations

import re
from functools import lru_cache

from mailwarden.domains import (
    ProtectedDomains,
    is_bulk_sender,
    is_freemail,
    protected_domains,
    registrable_domain,
    skeleton,
    split_host,
)
from mailwarden.message import Message
from mailwarden.signals.base import Context, Detector, Hit, Leg, Party, detector
from mailwarden.signals.evidence import is_list_mail, quote, sender_address, sender_domain, sender_name
from mailwarden.signals.goal.asks import executive_title, goal_matches

# Asks that executive-impersonation mail makes (credentials and scams are other attacks).
_EXECUTIVE_ASKS = ("payment", "bank_change", "payroll", "gift_card", "availability", "secrecy",
                   "sensitive_data")


def _has_unsubscribe(message: Message) -> bool:
    return bool(message.header("list-unsubscribe"))


@detector(
    "impersonation.freemail_executive_ask",
    Leg.IMPERSONATION,
    "A consumer free-mail sender makes an executive-style ask (payment, gift cards, payroll, secrecy, "
    "'are you available?'), stronger when the text is signed with an executive title.",
    attack_types=("ceo_fraud", "gift_card", "payroll_diversion"),
    strategy="display_name_impersonation",
)
def freemail_executive_ask(message: Message, context: Context) -> Hit | None:
    domain = sender_domain(message)
    if not domain or not is_freemail(domain) or is_list_mail(message):
        return None
    matches = goal_matches(message)
    asks = [c for c in _EXECUTIVE_ASKS if c in matches]
    if not asks:
        return None
    title = executive_title(message)
    phrases = ", ".join(quote(matches[c][0], 40) for c in asks[:3])
    strength = min(0.8, 0.4 + 0.1 * (len(asks) - 1) + (0.15 if title else 0.0))
    signed = f", signed {title!r}" if title else ""
    return Hit(strength, f"free-mail sender {quote(sender_address(message))} asks {phrases}{signed}",
               Party(sender_name(message), sender_address(message), "vip" if title else "employee"))


# Words that make a display name read as a company or a service desk rather than a person.
_SERVICE_WORDS = re.compile(
    r"\b(?:team|support|service|services|security|billing|accounts?|bank|banco|banque|notification|"
    r"notifications|admin|administrator|helpdesk|help desk|customer|clientes?|invoice|invoices|payroll|"
    r"fatura|faturas|cart[ãa]o|cr[ée]dito|receita|suporte|atendimento|servicio|soporte|factura|"
    r"kundenservice|kundendienst|rechnung|facture|klantenservice|factuur|webmail|mailbox|it department|"
    r"department|office|inc|ltd|llc|gmbh|s\.?a\.?|ltda|corp|corporation|official|oficial|wallet)\b",
    re.IGNORECASE,
)


@detector(
    "impersonation.freemail_service_name",
    Leg.IMPERSONATION,
    "The display name reads as a company or service desk ('Billing Team', 'Banco X', 'Fatura') but the "
    "address is a consumer free-mail box.",
    attack_types=("credential_phishing", "scam"),
    strategy="display_name_impersonation",
)
def freemail_service_name(message: Message, context: Context) -> Hit | None:
    domain = sender_domain(message)
    name = sender_name(message)
    if not name or not domain or not is_freemail(domain) or is_list_mail(message):
        return None
    match = _SERVICE_WORDS.search(name)
    if match is None:
        return None
    return Hit(0.45, f"display name {quote(name)} ({quote(match.group(0))}) on the free-mail address "
               f"{quote(sender_address(message))}", Party(name, sender_address(message), "organization"))


@detector(
    "impersonation.reply_to_divergent",
    Leg.IMPERSONATION,
    "Reply-To points to a different organization than From; strongest when replies go to a free-mail box "
    "while From is a company domain.",
    attack_types=("ceo_fraud", "invoice_fraud", "scam"),
)
def reply_to_divergent(message: Message, context: Context) -> Hit | None:
    if not message.reply_to or is_list_mail(message):
        return None
    from_domain = sender_domain(message)
    from_org = registrable_domain(from_domain) if from_domain else ""
    for address in message.reply_to[:5]:
        reply_org = registrable_domain(address.domain) if address.domain else ""
        if not reply_org or reply_org == from_org:
            continue
        reply_free, from_free = is_freemail(address.domain), bool(from_domain) and is_freemail(from_domain)
        if reply_free and not from_free:
            strength = 0.6
        elif reply_free and from_free:
            strength = 0.45
        elif _has_unsubscribe(message):
            continue  # newsletters route replies to their service desk
        else:
            strength = 0.25
        kind = " (free-mail)" if reply_free else ""
        evidence = (f"Reply-To {quote(address.address)}{kind} differs from From "
                    f"{quote(sender_address(message) or '(none)')}")
        return Hit(strength, evidence, Party(sender_name(message), address.address))
    return None


@detector(
    "impersonation.return_path_divergent",
    Leg.IMPERSONATION,
    "The envelope sender (Return-Path) is on another organization than From and not a known bulk-mail "
    "service; stronger when one side is a free-mail box.",
    attack_types=("credential_phishing", "scam"),
    strategy="spoofed_domain",
)
def return_path_divergent(message: Message, context: Context) -> Hit | None:
    path = message.return_path.strip().strip("<>").strip()
    from_domain = sender_domain(message)
    if "@" not in path or not from_domain or is_list_mail(message):
        return None
    path_domain = path.rpartition("@")[2].lower()
    if registrable_domain(path_domain) == registrable_domain(from_domain) or is_bulk_sender(path_domain):
        return None
    if is_freemail(path_domain) != is_freemail(from_domain):
        strength = 0.35
    elif _has_unsubscribe(message):
        return None
    else:
        strength = 0.15
    return Hit(strength, f"Return-Path {quote(path)} is on another domain than From "
               f"{quote(sender_address(message))}")


# Asks that make a message "from yourself" an attack: the extortioner's proof that he owns the mailbox,
# or a notice that wants a password or a fee. A note to self asks for none of these.
_SELF_SENT_ASKS = ("extortion", "credentials", "advance_fee", "delivery_fee")


@detector(
    "impersonation.from_recipient",
    Leg.IMPERSONATION,
    "The message claims to come from the recipient's own address and asks what extortion, credential or "
    "fee scams ask ('I sent this from your account': the sender address is forged, not the mailbox taken).",
    attack_types=("extortion", "credential_phishing", "scam"),
    strategy="spoofed_domain",
)
def from_recipient(message: Message, context: Context) -> Hit | None:
    sender = sender_address(message).lower()
    if not sender or is_list_mail(message):
        return None
    to = {a.address.lower() for a in message.to}
    if sender not in to or len(to) > 2:  # to the sender itself, at most one other: not a copy among many
        return None
    matches = goal_matches(message)
    asks = [c for c in _SELF_SENT_ASKS if c in matches]
    if not asks:
        return None
    phrases = ", ".join(quote(matches[c][0], 40) for c in asks[:2])
    strength = 0.6 if "extortion" in asks else 0.45
    return Hit(strength, f"from the recipient's own address {quote(sender)} and asks {phrases}",
               Party(sender_name(message), sender, "employee"))


# Mailboxes that belong to a function rather than a person: what a spoofer of the organization's own
# domain writes from ("it@", "postmaster@", "office@"), because nobody owns them to notice.
_ROLE_MAILBOX = re.compile(
    r"(?:info|contact|contacts|office|admin|administrator|support|helpdesk|help|service|services|billing"
    r"|accounts?|accounting|finance|hr|payroll|it|security|no-?reply|postmaster|webmaster|legal|compliance"
    r"|audit|notices?|notifications?|alerts?|mail|team|enquiries|inquiries|hello|reception)")


@detector(
    "impersonation.unseen_own_role_mailbox",
    Leg.IMPERSONATION,
    "The sender is a role mailbox on the organization's own domain ('it@', 'office@', 'postmaster@') that "
    "none of its learned mail ever showed: a forged From, since the real ones write often.",
    attack_types=("credential_phishing", "extortion", "malware"),
    strategy="spoofed_domain",
    needs_profile=True,
)
def unseen_own_role_mailbox(message: Message, context: Context) -> Hit | None:
    sender = sender_address(message).lower()
    profile = context.profile
    if not sender or profile is None or not profile.is_internal(sender):
        return None
    if profile.contact(sender) is not None:
        return None
    if not _ROLE_MAILBOX.fullmatch(sender.partition("@")[0]):
        return None
    return Hit(0.5, f"{quote(sender)} is a role mailbox on the organization's own domain that its mail "
               "never showed", Party(sender_name(message), sender, "organization"))


# Words a company name carries around its name ("Velaw Accounts", "Dakotacom Inc."), and the least
# length of a partner's label that is a name rather than a common word or initials.
_COMPANY_WORDS = frozenset({"inc", "llc", "ltd", "corp", "co", "company", "group", "accounts", "account",
                            "billing", "invoices", "invoice", "payments", "receivable", "team", "office",
                            "finance", "sales", "the"})
_MIN_PARTNER_LABEL = 5


def _name_key(domain: str) -> str:
    """The name a domain spells (velaw.com -> 'velaw', acme-steel.com -> 'acmesteel')."""
    return skeleton(split_host(domain).label).replace("-", "")


@lru_cache(maxsize=8)
def _partner_labels(known: ProtectedDomains) -> dict[str, str]:
    """Name -> domain for partners, then acquaintances; per kind, 'brobeck.com' before 'bro-beck.net'.
    Keyed on the (cached, frozen) ProtectedDomains, so it is built once per profile, not per message."""
    labels: dict[str, str] = {}
    for kind in (known.partners, known.acquaintances):
        for domain in sorted(kind, key=lambda d: ("-" in d, d)):
            label = _name_key(domain)
            if len(label) >= _MIN_PARTNER_LABEL and label.isalnum():
                labels.setdefault(label, domain)
    return labels


@detector(
    "impersonation.partner_name_on_freemail",
    Leg.IMPERSONATION,
    "A consumer free-mail address the organization never wrote to carries, as its whole display name, the "
    "name of a firm whose domain its mail shows ('Velaw' <velaw.velaw@gmail.com> beside velaw.com): a "
    "vendor's name on a new mailbox.",
    attack_types=("invoice_fraud", "ceo_fraud"),
    strategy="display_name_impersonation",
    needs_profile=True,
)
def partner_name_on_freemail(message: Message, context: Context) -> Hit | None:
    domain = sender_domain(message)
    name = sender_name(message)
    profile = context.profile
    if profile is None or not name or not domain or not is_freemail(domain) or is_list_mail(message):
        return None
    sender = sender_address(message).lower()
    contact = profile.contact(sender)
    if contact is not None and contact.messages_to > 0:  # the organization writes to this mailbox
        return None
    words = [skeleton(w) for w in re.findall(r"\w+", re.sub(r"\S*@\S*", " ", name).lower())
             if w not in _COMPANY_WORDS]
    if not words or len(words) > 3:
        return None
    claimed = "".join(words)
    partner = _partner_labels(protected_domains(context.settings, profile)).get(claimed)
    if partner is None or claimed == _name_key(domain):
        return None  # 'Earthlink' <someone@earthlink.net> names its own provider
    stats = profile.domain(partner)
    exchanged = stats.messages_from + stats.messages_to if stats else 0
    return Hit(0.55, f"display name {quote(name)} is the name of {quote(partner)}, a domain in the "
               f"organization's mail ({exchanged} messages exchanged), but the sender is the free-mail "
               f"address {quote(sender)}", Party(name, sender, "vendor"))


DETECTORS: tuple[Detector, ...] = (
    freemail_executive_ask,
    freemail_service_name,
    reply_to_divergent,
    return_path_divergent,
    from_recipient,
    unseen_own_role_mailbox,
    partner_name_on_freemail,
)
