"""Plan one attack: which pretext, which family writes it, who pretends to be whom, how it is delivered.

A scenario is everything about a message except its words and bytes: the kind of attack, the lure, the
strategy (how the sender passes for someone trusted), the vector, the parties, the date, the link.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from random import Random

from mailwarden.synth import fictional, lookalike, slots
from mailwarden.synth.families import LURE_TYPES, Family
from mailwarden.synth.seed import OrgSeed, SeedPerson, SeedVendor

STRATEGIES = (
    "display_name_impersonation",
    "lookalike_domain",
    "spoofed_domain",
    "compromised_account",
    "thread_hijack",
    "unknown_sender",
)

_CEO = (("display_name_impersonation", 0.45), ("lookalike_domain", 0.3), ("spoofed_domain", 0.25))


@dataclass(frozen=True)
class Kind:
    """One kind of attack: the lures it may use, and how its strategies and vectors are weighted."""

    name: str
    lures: tuple[str, ...]
    strategies: tuple[tuple[str, float], ...]
    vectors: tuple[tuple[str, float], ...] = (("text", 1.0),)
    attack_type: str = ""  # overrides the lure's type (lateral phishing)


KINDS: tuple[Kind, ...] = (
    Kind("ceo_first_contact", ("first_contact",), _CEO),
    Kind("ceo_wire", ("wire_request",), _CEO, (("text", 0.85), ("attachment", 0.15))),
    Kind("gift_card", ("gift_cards",), _CEO),
    Kind(
        "vendor_fraud",
        ("bank_change", "overdue_invoice", "fake_po"),
        (
            ("lookalike_domain", 0.45),
            ("display_name_impersonation", 0.2),
            ("spoofed_domain", 0.15),
            ("unknown_sender", 0.2),
        ),
        (("text", 0.5), ("attachment", 0.3), ("link", 0.2)),
    ),
    Kind(
        "vendor_compromise",
        ("bank_change", "overdue_invoice", "shared_document"),
        (("compromised_account", 1.0),),
        (("text", 0.45), ("link", 0.35), ("attachment", 0.2)),
    ),
    Kind(
        "payroll_diversion",
        ("payroll_change",),
        (("display_name_impersonation", 0.5), ("lookalike_domain", 0.2), ("spoofed_domain", 0.3)),
    ),
    Kind(
        "credential_phishing",
        ("shared_document", "mailbox_quota", "password_expiry", "mfa_reset", "voicemail"),
        (
            ("unknown_sender", 0.4),
            ("lookalike_domain", 0.25),
            ("spoofed_domain", 0.25),
            ("display_name_impersonation", 0.1),
        ),
        (("link", 0.45), ("attachment", 0.2), ("qr_code", 0.2), ("calendar", 0.15)),
    ),
    Kind(
        "lateral_phishing",
        ("shared_document", "password_expiry", "mfa_reset"),
        (("compromised_account", 1.0),),
        (("link", 0.65), ("qr_code", 0.15), ("attachment", 0.1), ("calendar", 0.1)),
        attack_type="lateral_phishing",
    ),
    Kind(
        "thread_hijack",
        ("overdue_invoice", "bank_change", "shared_document", "malware_document"),
        (("thread_hijack", 1.0),),
        (("text", 0.35), ("link", 0.3), ("attachment", 0.35)),
    ),
    Kind("data_theft", ("w2_request", "employee_list"), _CEO),
    Kind(
        "extortion",
        ("legal_pressure", "regulator", "sextortion"),
        (("unknown_sender", 0.75), ("spoofed_domain", 0.25)),
        (("text", 0.6), ("link", 0.2), ("attachment", 0.2)),
    ),
    Kind(
        "malware",
        ("malware_document",),
        (
            ("unknown_sender", 0.4),
            ("lookalike_domain", 0.3),
            ("spoofed_domain", 0.1),
            ("compromised_account", 0.2),
        ),
        (("attachment", 0.85), ("link", 0.15)),
    ),
    Kind("scam", ("scam_offer",), (("unknown_sender", 1.0),), (("text", 0.7), ("link", 0.3))),
)
KIND_NAMES = tuple(k.name for k in KINDS)

_CEO_LURES = {"first_contact", "wire_request", "gift_cards", "w2_request", "employee_list"}
_VENDOR_LURES = {"bank_change", "overdue_invoice", "fake_po", "malware_document"}
_IT_LURES = {"mailbox_quota", "password_expiry", "mfa_reset", "voicemail"}
_HR_LURES = {"payroll_change", "w2_request", "employee_list"}


@dataclass(frozen=True)
class Party:
    name: str
    address: str
    role: str  # vip, employee, vendor, brand, it_service, authority, none

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "address": self.address, "role": self.role}


@dataclass
class Scenario:
    kind: str
    lure: str
    attack_type: str
    strategy: str
    vector: str
    family: Family
    when: datetime
    sender: Party
    recipients: list[Party]
    impersonated: Party
    reply_to: str = ""
    envelope_domain: str = ""  # domain the mail really leaves from (Return-Path, DKIM d=, Message-ID)
    lookalike_technique: str = ""
    url: str = ""
    link_text: str = ""
    thread_subject: str = ""
    in_reply_to: str = ""
    bcc_self: bool = False  # mass mail addressed to the sender, the real recipients in Bcc
    auth: dict[str, str] = field(default_factory=dict)
    slots: dict[str, str] = field(default_factory=dict)

    @property
    def hijack(self) -> bool:
        return self.strategy == "thread_hijack"

    @property
    def subtle(self) -> bool:
        return self.lure == "first_contact"


# ---------------------------------------------------------------- planning


def plan(
    rng: Random, seed: OrgSeed, kind: Kind, family: Family, lure: str, date_range: tuple[datetime, datetime]
) -> Scenario:
    strategy = _weighted(rng, kind.strategies)
    vector = _weighted(rng, kind.vectors)
    if lure in _CEO_LURES | {"payroll_change", "first_contact"}:
        vector = "attachment" if vector == "attachment" and lure == "wire_request" else "text"
    if lure == "malware_document" and vector not in ("attachment", "link"):
        vector = "attachment"
    if lure == "sextortion" and vector == "attachment":
        vector = "text"
    when = _date(rng, date_range, seed.style.utc_offsets)
    scenario = Scenario(
        kind=kind.name,
        lure=lure,
        attack_type=kind.attack_type or LURE_TYPES[lure],
        strategy=strategy,
        vector=vector,
        family=family,
        when=when,
        sender=Party("", "", "none"),
        recipients=[],
        impersonated=Party("", "", "none"),
    )
    _cast(rng, seed, scenario)
    scenario.slots = _slots(rng, seed, scenario)
    if vector != "text":
        scenario.url, scenario.link_text = _url(rng, seed, scenario)
    scenario.slots["url"] = scenario.url
    scenario.auth = _authentication(rng, scenario)
    return scenario


def _weighted(rng: Random, options: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([o[0] for o in options], weights=[o[1] for o in options])[0]


_OFFSETS = (-8, -7, -6, -5, -4, 0, 1, 2, 5.5)


def zone_offset(month: int, offsets: tuple[str, ...]) -> timedelta | None:
    """The org's own UTC offset for a month: of two offsets an hour apart, the later one in summer (DST)."""
    if not offsets:
        return None
    values = sorted({_offset(o) for o in offsets[:2]})
    if len(values) == 2 and values[1] - values[0] == timedelta(hours=1):
        return values[1] if 4 <= month <= 10 else values[0]
    return _offset(offsets[0])


def _offset(text: str) -> timedelta:
    sign = -1 if text.startswith("-") else 1
    return sign * timedelta(hours=int(text[1:3]), minutes=int(text[3:5]))


def _date(rng: Random, date_range: tuple[datetime, datetime], offsets: tuple[str, ...] = ()) -> datetime:
    start, end = date_range
    span = max(int((end - start).total_seconds()), 3600)
    for _ in range(6):  # attackers mostly write in office hours; some do not
        moment = start + timedelta(seconds=rng.randrange(span))
        own = zone_offset(moment.month, offsets)
        local = moment.astimezone(timezone(own if own is not None else timedelta(hours=rng.choice(_OFFSETS))))
        if 7 <= local.hour <= 19 and local.weekday() < 5 or rng.random() < 0.15:
            return local.replace(microsecond=0)
    return local.replace(microsecond=0)


# ---- who is who ----


def _person_party(person: SeedPerson, role: str) -> Party:
    return Party(person.name, person.address, role)


def _vendor_party(vendor: SeedVendor) -> Party:
    return Party(vendor.contact_name or vendor.name, vendor.address, "vendor")


def _cast(rng: Random, seed: OrgSeed, s: Scenario) -> None:
    """Choose the impersonated party, the recipients and the sender for the scenario's strategy."""
    lure = s.lure
    org = seed.primary_domain
    if lure in _CEO_LURES:
        s.impersonated = _person_party(rng.choice(seed.vips()), "vip")
    elif lure == "payroll_change":
        s.impersonated = _person_party(rng.choice(seed.people), "employee")
    elif lure in _VENDOR_LURES and seed.vendors and s.strategy != "unknown_sender":
        s.impersonated = _vendor_party(rng.choice(seed.vendors))
    elif lure in _IT_LURES or (
        lure == "shared_document" and s.strategy in ("spoofed_domain", "lookalike_domain")
    ):
        local = rng.choice(
            ("it", "helpdesk", "servicedesk", "it-support", "admin", "noreply", "postmaster", "security")
        )
        s.impersonated = Party(
            rng.choice(
                (
                    "IT Service Desk",
                    "Help Desk",
                    f"{seed.name} IT",
                    "Mail Administrator",
                    "IT Security",
                    "System Administrator",
                )
            ),
            f"{local}@{org}",
            "it_service",
        )
    elif lure == "shared_document" and s.strategy == "display_name_impersonation":
        s.impersonated = _person_party(rng.choice(seed.people), "employee")
    elif lure in ("legal_pressure", "regulator"):
        s.impersonated = Party("", "", "authority")
    elif lure == "shared_document":
        s.impersonated = Party(rng.choice(slots.BRANDS), "", "brand")
    if s.kind == "lateral_phishing":
        s.impersonated = _person_party(rng.choice(seed.staff()), "employee")
    if s.kind == "vendor_compromise" and seed.vendors:
        s.impersonated = _vendor_party(rng.choice(seed.vendors))

    s.recipients = _recipients(rng, seed, s)
    s.bcc_self = s.kind == "lateral_phishing" and rng.random() < 0.4
    _sender(rng, seed, s)


def _recipients(rng: Random, seed: OrgSeed, s: Scenario) -> list[Party]:
    if s.kind == "lateral_phishing":
        others = [p for p in seed.people if p.address != s.impersonated.address]
        chosen = rng.sample(others, min(len(others), rng.randint(5, 40)))
        return [_person_party(p, "employee") for p in chosen]
    if s.lure in _HR_LURES:
        pool = seed.hr()
    elif s.lure in _CEO_LURES | _VENDOR_LURES:
        pool = seed.finance()
    else:
        pool = seed.people
    pool = tuple(p for p in pool if p.address != s.impersonated.address) or seed.people
    count = 1 if rng.random() < 0.85 else rng.randint(2, 3)
    return [_person_party(p, "employee") for p in rng.sample(pool, min(count, len(pool)))]


def _attacker_domain(rng: Random, s: Scenario) -> str:
    form = rng.randrange(5)
    brandish = fictional.slug(s.impersonated.name.split()[0]) if s.impersonated.role == "brand" else ""
    if form == 0 and brandish:
        word = rng.choice(("notify", "share", "docs", "secure", "online"))
        return f"{brandish}-{word}.{rng.choice(('com', 'net', 'app'))}"
    if form == 1:
        words = rng.sample(
            (
                "secure",
                "doc",
                "mail",
                "portal",
                "cloud",
                "file",
                "verify",
                "account",
                "office",
                "sign",
                "access",
                "service",
            ),
            2,
        )
        number = rng.randrange(1, 99) if rng.random() < 0.4 else ""
        return f"{'-'.join(words)}{number}.{rng.choice(('com', 'net', 'info', 'xyz', 'top', 'online'))}"
    return fictional.company_domain(fictional.company_name(rng), rng)


def _sender(rng: Random, seed: OrgSeed, s: Scenario) -> None:
    target = s.impersonated
    strategy = s.strategy
    real_domain = target.address.rpartition("@")[2] if target.address else seed.primary_domain
    local = target.address.partition("@")[0] if target.address else rng.choice(("info", "office", "contact"))
    name = target.name
    if strategy == "display_name_impersonation":
        free = rng.choice(lookalike.FREE_MAIL)
        shown = display_variant(name, rng) if target.role in ("vip", "employee") else name
        s.sender = Party(shown, f"{lookalike.free_mail_local(name or 'office', rng)}@{free}", "attacker")
        s.envelope_domain = free
    elif strategy == "lookalike_domain":
        fake, technique = lookalike.lookalike(real_domain, rng)
        shown = (
            display_variant(name, rng) if target.role in ("vip", "employee") and rng.random() < 0.5 else name
        )
        s.sender = Party(shown, f"{local}@{fake}", "attacker")
        s.envelope_domain, s.lookalike_technique = fake, technique
    elif strategy == "spoofed_domain":
        if s.lure == "sextortion":  # the classic: "from" the victim's own address
            victim = s.recipients[0]
            s.sender = Party(victim.name if rng.random() < 0.3 else "", victim.address, "attacker")
        else:
            s.sender = Party(name, target.address or f"{local}@{real_domain}", "attacker")
        s.envelope_domain = _attacker_domain(rng, s)
        if rng.random() < 0.7:
            reply_domain = rng.choice(
                (rng.choice(lookalike.FREE_MAIL), lookalike.lookalike(real_domain, rng)[0])
            )
            s.reply_to = f"{lookalike.free_mail_local(name or local, rng)}@{reply_domain}"
    elif strategy == "compromised_account":
        s.sender = Party(name, target.address, "compromised")
        s.envelope_domain = real_domain
        if s.kind != "lateral_phishing" and rng.random() < 0.3:
            s.reply_to = f"{local}@{lookalike.lookalike(real_domain, rng)[0]}"
    elif strategy == "thread_hijack":
        _hijacker(rng, seed, s)
    else:  # unknown_sender
        domain = (
            rng.choice(lookalike.FREE_MAIL)
            if s.lure in ("scam_offer", "sextortion") and rng.random() < 0.6
            else _attacker_domain(rng, s)
        )
        display = _unknown_display(rng, s)
        mailbox = (
            fictional.mailbox_name(display, rng)
            if display and display[0].isupper() and " " in display and rng.random() < 0.5
            else rng.choice(
                (
                    "info",
                    "noreply",
                    "notification",
                    "support",
                    "admin",
                    "office",
                    "billing",
                    "legal",
                    "contact",
                    "service",
                )
            )
        )
        s.sender = Party(display, f"{mailbox}@{domain}", "attacker")
        s.envelope_domain = domain
        if s.impersonated.role == "authority":
            s.impersonated = Party(display, "", "authority")


_NICKNAMES = {
    "william": "Bill",
    "robert": "Bob",
    "michael": "Mike",
    "thomas": "Tom",
    "james": "Jim",
    "kenneth": "Ken",
    "jeffrey": "Jeff",
    "steven": "Steve",
    "elizabeth": "Liz",
    "patricia": "Pat",
    "daniel": "Dan",
    "jessica": "Jess",
    "samuel": "Sam",
    "rebecca": "Becky",
    "gregory": "Greg",
    "richard": "Rick",
    "david": "Dave",
    "joseph": "Joe",
    "christopher": "Chris",
    "andrea": "Andy",
}


def display_variant(name: str, rng: Random) -> str:
    """How an impersonator writes a name: exact most often, else a nickname, initial, title or suffix."""
    parts = name.split()
    if len(parts) < 2 or rng.random() < 0.6:
        return name
    first, last = parts[0], parts[-1]
    form = rng.randrange(6)
    if form == 0:
        return f"{_NICKNAMES.get(first.lower(), first)} {last}"
    if form == 1:
        return f"{first[0]}. {last}"
    if form == 2:
        return f"{last}, {first}"
    if form == 3:
        return f"{name} {rng.choice(('(CEO)', '- Office', '| Mobile', 'via iPhone', '(Private)'))}"
    if form == 4:
        return name.upper() if rng.random() < 0.5 else name.lower()
    return f"{first} {last} {rng.choice(('Jr', 'Sr', ''))}".strip()


def _unknown_display(rng: Random, s: Scenario) -> str:
    if s.impersonated.role == "brand":
        return rng.choice(
            (
                f"{s.impersonated.name}",
                f"{s.impersonated.name} via Share",
                f"{s.impersonated.name} Notification",
            )
        )
    if s.impersonated.role == "it_service":
        return s.impersonated.name
    if s.lure == "legal_pressure":
        return rng.choice(("Legal Department", fictional.person_name(rng) + ", Esq.", "Collections Unit"))
    if s.lure == "regulator":
        return rng.choice(("Compliance Office", "Enforcement Division", "Notice Center", "Audit Unit"))
    if s.lure in ("sextortion",):
        return rng.choice(("", "", "Security", "Anonymous"))
    return fictional.person_name(rng) if rng.random() < 0.7 else fictional.company_name(rng)


def _hijacker(rng: Random, seed: OrgSeed, s: Scenario) -> None:
    """Reply on a real thread subject from a lookalike of a participant (or a compromised vendor)."""
    s.thread_subject = (
        rng.choice(seed.thread_subjects) if seed.thread_subjects else fictional.thread_subject(rng)
    )
    use_vendor = bool(seed.vendors) and rng.random() < 0.7
    party = (
        _vendor_party(rng.choice(seed.vendors))
        if use_vendor
        else _person_party(rng.choice(seed.vips()), "vip")
    )
    s.impersonated = party
    domain = party.address.rpartition("@")[2]
    if use_vendor and rng.random() < 0.4:
        s.sender = Party(party.name, party.address, "compromised")
        s.envelope_domain = domain
    else:
        fake, technique = lookalike.lookalike(domain, rng)
        s.sender = Party(party.name, f"{party.address.partition('@')[0]}@{fake}", "attacker")
        s.envelope_domain, s.lookalike_technique = fake, technique
    token = "".join(rng.choice("0123456789ABCDEF") for _ in range(rng.choice((16, 24, 32))))
    s.in_reply_to = f"<{token}@{rng.choice((domain, seed.primary_domain))}>"


# ---- slots, links, authentication ----


def _slots(rng: Random, seed: OrgSeed, s: Scenario) -> dict[str, str]:
    values = slots.base_slots(rng, s.when)
    recipient = s.recipients[0]
    sender_name = s.sender.name or s.impersonated.name or fictional.person_name(rng)
    title = next((p.title for p in seed.people if p.address == s.impersonated.address), "") or rng.choice(
        (
            "Chief Executive Officer",
            "Accounts Receivable",
            "Finance Director",
            "Billing Department",
            "Manager",
        )
    )
    vendor = next((v.name for v in seed.vendors if v.address == s.impersonated.address), "") or (
        rng.choice(seed.vendors).name if seed.vendors else fictional.company_name(rng)
    )
    values.update(
        recipient_first=recipient.name.split()[0]
        if recipient.name
        else recipient.address.split("@")[0].title(),
        recipient_name=recipient.name or recipient.address,
        recipient_address=recipient.address,
        sender_first=sender_name.split()[0] if sender_name.split() else "Admin",
        sender_name=sender_name,
        sender_title=title,
        org_name=seed.name or seed.primary_domain,
        org_domain=seed.primary_domain,
        vendor_name=vendor,
        thread_subject=s.thread_subject,
        quoted_name=rng.choice(seed.people).name,
        attachment_name="",
    )
    values["sender_org"] = _sender_org(rng, seed, s, values)
    if s.lure == "voicemail":
        values["brand"] = rng.choice(slots.VOICE_BRANDS)
    if s.impersonated.role == "brand":
        values["brand"] = s.impersonated.name
    return values


def _sender_org(rng: Random, seed: OrgSeed, s: Scenario, values: dict[str, str]) -> str:
    """The company a signature names: the organization for its own people (real or impersonated), the
    vendor for a vendor, else the outsider's own (made-up) company. An outsider signing with the
    target's name would be a mark of our generator, not of attacks."""
    role = s.impersonated.role
    if role in ("vip", "employee", "it_service"):
        return values["org_name"]
    if role == "vendor":
        return values["vendor_name"]
    if role == "brand":
        return s.impersonated.name
    if role == "authority" and s.impersonated.name:
        return s.impersonated.name
    return fictional.company_name(rng)


_FREE_HOSTS = (
    "{t}.web.app",
    "{t}.pages.dev",
    "pub-{t}.r2.dev",
    "{t}.firebaseapp.com",
    "{t}.blob.core.windows.net",
    "sites.google.com/view/{t}",
    "{t}.netlify.app",
    "{t}.glitch.me",
    "ipfs.io/ipfs/{t}",
)
_SHORTENERS = ("bit.ly", "tinyurl.com", "t.co", "rb.gy", "cutt.ly", "is.gd")
_PATHS = (
    "/login",
    "/signin/verify",
    "/auth/{t}",
    "/doc/view/{t}",
    "/secure/{t}.php",
    "/share/{t}",
    "/owa/auth.html",
    "/wp-content/plugins/{t}/index.php",
    "/portal/?id={t}",
    "/voicemail/play?m={t}",
    "/invoice/{t}",
    "/verify",
)


def _token(rng: Random, size: int = 10) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(size))


def _url(rng: Random, seed: OrgSeed, s: Scenario) -> tuple[str, str]:
    token = _token(rng, rng.randint(6, 14))
    form = rng.random()
    if s.strategy in ("lookalike_domain", "thread_hijack") and s.lookalike_technique and form < 0.4:
        host = rng.choice(("", "login.", "secure.", "portal.", "docs.")) + s.envelope_domain
    elif form < 0.55:
        host = rng.choice(_FREE_HOSTS).format(t=token[:8])
    elif form < 0.68:
        return f"https://{rng.choice(_SHORTENERS)}/{_token(rng, 7)}", _link_text(rng, s)
    elif form < 0.75:
        octets = ((23, 223), (0, 255), (0, 255), (1, 254))
        host = ".".join(str(rng.randrange(low, high)) for low, high in octets)
    else:
        host = _attacker_domain(rng, s)
    path = rng.choice(_PATHS).format(t=_token(rng, 8))
    if rng.random() < 0.3:
        path += ("&" if "?" in path else "?") + f"email={s.recipients[0].address}"
    scheme = "http" if rng.random() < 0.15 else "https"
    return f"{scheme}://{host}{path}", _link_text(rng, s)


def _link_text(rng: Random, s: Scenario) -> str:
    brandish = fictional.slug(s.slots.get("brand", "office"))[:12] or "office"
    return rng.choice(
        (
            "View Document",
            "Review & Sign",
            "Open File",
            "Keep Current Password",
            "Verify Now",
            "Listen to Voicemail",
            "Download",
            "Access Portal",
            "Click here",
            f"https://{brandish}.com/secure/view",
            f"https://{s.slots.get('org_domain', 'login.com')}/login",
        )
    )


def _authentication(rng: Random, s: Scenario) -> dict[str, str]:
    """What the receiving gateway would record (used only by the modern header style)."""
    strategy = s.strategy
    if strategy == "spoofed_domain":
        return rng.choice(
            (
                {"spf": "fail", "dkim": "none", "dmarc": "fail", "policy": "reject"},
                {"spf": "softfail", "dkim": "none", "dmarc": "fail", "policy": "quarantine"},
                {"spf": "softfail", "dkim": "fail", "dmarc": "fail", "policy": "none"},
                {"spf": "none", "dkim": "none", "dmarc": "none", "policy": ""},
                {"spf": "pass", "dkim": "none", "dmarc": "fail", "policy": "none"},
            )
        )
    if strategy in ("lookalike_domain", "unknown_sender", "thread_hijack") and rng.random() < 0.25:
        return {"spf": "pass", "dkim": "none", "dmarc": "none", "policy": ""}
    return {"spf": "pass", "dkim": "pass", "dmarc": "pass", "policy": "none"}
