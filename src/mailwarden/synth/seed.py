"""The organization an attack is written against: its domains, people, vendors and thread subjects.

`OrgSeed` is the synthesiser's own small view. Build it from a learned profile (`from_profile`), from
JSON (`from_dict`), or as a generic fictional organization (`generic`) for training the base model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from random import Random
from typing import Any

from mailwarden.domains import is_freemail, registrable_domain
from mailwarden.synth import fictional
from mailwarden.synth.style import MailStyle, infer_mail_style

_FINANCE_WORDS = ("financ", "account", "payable", "controller", "treasur", "ap ", "billing", "cfo")
_HR_WORDS = ("hr", "payroll", "people", "human", "talent")


@dataclass(frozen=True)
class SeedPerson:
    name: str
    address: str
    is_vip: bool = False
    title: str = ""

    @property
    def first(self) -> str:
        return self.name.split()[0] if self.name.strip() else self.address.split("@")[0].split(".")[0].title()

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2].lower()


@dataclass(frozen=True)
class SeedVendor:
    name: str  # company name
    address: str  # a contact address the organization really exchanged mail with
    domain: str
    contact_name: str = ""


@dataclass(frozen=True)
class OrgSeed:
    name: str
    domains: tuple[str, ...]
    people: tuple[SeedPerson, ...]
    vendors: tuple[SeedVendor, ...] = ()
    thread_subjects: tuple[str, ...] = ()
    style: MailStyle = field(default_factory=MailStyle)
    # When attacks are dated by default: around the end of the learned history (the evaluation period).
    date_range: tuple[datetime, datetime] | None = None

    def __post_init__(self) -> None:
        if not self.domains or not self.people:
            raise ValueError("an OrgSeed needs at least one domain and one person")

    @property
    def primary_domain(self) -> str:
        return self.domains[0]

    def vips(self) -> tuple[SeedPerson, ...]:
        return tuple(p for p in self.people if p.is_vip) or self.people[:1]

    def staff(self) -> tuple[SeedPerson, ...]:
        return tuple(p for p in self.people if not p.is_vip) or self.people

    def with_titles(self, words: tuple[str, ...]) -> tuple[SeedPerson, ...]:
        matched = tuple(p for p in self.staff() if any(w in f" {p.title.lower()} " for w in words))
        return matched or self.staff()

    def finance(self) -> tuple[SeedPerson, ...]:
        return self.with_titles(_FINANCE_WORDS)

    def hr(self) -> tuple[SeedPerson, ...]:
        return self.with_titles(_HR_WORDS)

    def with_style(self, style: MailStyle) -> OrgSeed:
        return replace(self, style=style)

    # ---- constructors ----

    @classmethod
    def generic(cls, rng: Random, people: int = 40, vendors: int = 12, threads: int = 30) -> OrgSeed:
        """A fictional organization (for the base model): people with titles, vendors, thread subjects."""
        company = fictional.company_name(rng)
        domain = fictional.company_domain(company, rng)
        used: set[str] = set()
        staff: list[SeedPerson] = []
        titles = [t for t, _ in fictional.TITLES_VIP[: rng.randint(2, 5)]]
        titles += list(rng.sample(fictional.TITLES_FINANCE, 3)) + list(rng.sample(fictional.TITLES_HR, 2))
        while len(titles) < people:
            titles.append(rng.choice(fictional.TITLES_OTHER))
        style = rng.randrange(5)
        for index, title in enumerate(titles):
            name = fictional.person_name(rng)
            local = _mailbox(name, style, rng)
            while local in used:
                local = f"{local}{rng.randrange(2, 99)}"
            used.add(local)
            staff.append(
                SeedPerson(
                    name,
                    f"{local}@{domain}",
                    is_vip=index < 5 and title in dict(fictional.TITLES_VIP),
                    title=title,
                )
            )
        vendor_list = []
        for _ in range(vendors):
            vendor_company = fictional.company_name(rng)
            vendor_domain = fictional.company_domain(vendor_company, rng)
            if vendor_domain == domain:
                continue
            contact = fictional.person_name(rng)
            local = rng.choice(
                (fictional.mailbox_name(contact, rng), "billing", "accounts", "ar", "invoices", "sales")
            )
            vendor_list.append(SeedVendor(vendor_company, f"{local}@{vendor_domain}", vendor_domain, contact))
        subjects = tuple(dict.fromkeys(fictional.thread_subject(rng) for _ in range(threads)))
        return cls(company, (domain,), tuple(staff), tuple(vendor_list), subjects)

    @classmethod
    def from_profile(
        cls, profile: Any, max_people: int = 400, max_vendors: int = 60, style_samples: Any = None
    ) -> OrgSeed:
        """Build from a learned `OrgProfile` (mailwarden.profile.view), using optional listing methods
        (`people()`, `vendors()`/`contacts()`, `thread_subjects()`) when the snapshot offers them.
        `style_samples`: raw bytes of some of the org's own messages, to copy their header/body shape."""
        domains = tuple(sorted(profile.internal_domains))
        people: dict[str, SeedPerson] = {}
        listed = _most_active(profile, _call(profile, "people") or [])
        for person in list(profile.vips()) + listed:
            for address in person.addresses[:1]:
                if address and address not in people and len(people) < max_people:
                    name = natural_name(person.name) or address
                    people[address] = SeedPerson(name, address.lower(), person.is_vip, person.title)
        vendors: list[SeedVendor] = []
        for contact in (
            _call(profile, "vendors") or _call(profile, "contacts") or _external_contacts(profile, people)
        ):
            address = getattr(contact, "address", "")
            if not address or "@" not in address or profile.is_internal(address):
                continue
            domain = address.rpartition("@")[2].lower()
            if is_freemail(domain):
                continue  # a private mailbox (gmail, an ISP): a person, not a company to bill in its name
            names = getattr(contact, "names", ()) or ()
            vendors.append(
                SeedVendor(
                    _company_from_domain(domain),
                    address.lower(),
                    domain,
                    natural_name(names[0]) if names else "",
                )
            )
            if len(vendors) >= max_vendors:
                break
        if not vendors:
            for stats in profile.known_domains():
                if stats.domain in domains or is_freemail(stats.domain) or not (
                    stats.is_vendor or (stats.messages_from and stats.messages_to)
                ):
                    continue
                vendors.append(
                    SeedVendor(_company_from_domain(stats.domain), f"accounts@{stats.domain}", stats.domain)
                )
                if len(vendors) >= max_vendors:
                    break
        subjects = tuple(
            str(s) for s in (_call(profile, "thread_subjects") or _seen_subjects(profile)) if str(s).strip()
        )
        if not domains:
            domains = tuple(sorted({p.domain for p in people.values()}))
        return cls(
            _company_from_domain(domains[0]) if domains else "",
            domains,
            tuple(people.values()),
            tuple(vendors),
            subjects[:500],
            date_range=_around(getattr(profile, "learned_until", None)),
            style=infer_mail_style(style_samples) if style_samples is not None else MailStyle(),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "domains": list(self.domains),
            "people": [vars_of(p) for p in self.people],
            "vendors": [vars_of(v) for v in self.vendors],
            "thread_subjects": list(self.thread_subjects),
            "style": self.style.to_dict(),
            "date_range": [d.isoformat() for d in self.date_range] if self.date_range else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OrgSeed:
        return cls(
            name=str(data.get("name", "")),
            domains=tuple(data["domains"]),
            people=tuple(SeedPerson(**p) for p in data["people"]),
            vendors=tuple(SeedVendor(**v) for v in data.get("vendors", [])),
            thread_subjects=tuple(data.get("thread_subjects", [])),
            style=MailStyle.from_dict(data.get("style", {})),
            date_range=_dates(data.get("date_range")),
        )


def vars_of(obj: object) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in obj.__dataclass_fields__}  # type: ignore[attr-defined]


def _mailbox(name: str, style: int, rng: Random) -> str:
    parts = [fictional.slug(p) for p in name.split()]
    first, last = parts[0], parts[-1]
    return (
        f"{first}.{last}",
        f"{first[0]}{last}",
        f"{first}{last[0]}",
        f"{first}_{last}",
        f"{first[0]}.{last}",
    )[style]


def _call(profile: Any, method: str) -> list[Any] | None:
    func = getattr(profile, method, None)
    if not callable(func):
        return None
    try:
        return list(func())
    except TypeError:
        return None


_LAST_FIRST = re.compile(r"^\s*([^,]+),\s*([^,]+?)\s*$")


def natural_name(name: str) -> str:
    """'Lay, Kenneth' -> 'Kenneth Lay': directory exports list names last-first; people sign first-last."""
    match = _LAST_FIRST.match(name or "")
    return f"{match.group(2)} {match.group(1)}" if match else (name or "").strip()


def _around(learned_until: datetime | None) -> tuple[datetime, datetime] | None:
    """Half a year either side of the newest learned message (naive dates are UTC)."""
    if learned_until is None:
        return None
    moment = learned_until if learned_until.tzinfo else learned_until.replace(tzinfo=UTC)
    return moment - timedelta(days=180), moment + timedelta(days=180)


def _dates(value: Any) -> tuple[datetime, datetime] | None:
    if not value:
        return None
    start, end = (datetime.fromisoformat(str(v)) for v in value)
    return start, end


def _external_contacts(profile: Any, people: dict[str, SeedPerson]) -> list[Any]:
    """Real outside addresses the organization wrote to, vendors' domains first (one per domain)."""
    recipients_of = getattr(profile, "recipients_of", None)
    if not callable(recipients_of):
        return []
    counts: dict[str, int] = {}
    for address in list(people)[:300]:
        for recipient, count in recipients_of(address).items():
            if "@" in recipient and not profile.is_internal(recipient):
                counts[recipient] = counts.get(recipient, 0) + count
    best: dict[str, tuple[int, str]] = {}
    for address, count in counts.items():
        domain = address.rpartition("@")[2]
        stats = profile.domain(domain)
        if stats is None or (not stats.is_vendor and not (stats.messages_from and stats.messages_to)):
            continue
        score = count + (10_000 if stats.is_vendor else 0)
        if score > best.get(domain, (-1, ""))[0]:
            best[domain] = (score, address)
    ranked = sorted(best.values(), reverse=True)
    contacts = [profile.contact(address) for _, address in ranked]
    return [c for c in contacts if c is not None]


def _seen_subjects(profile: Any) -> list[str]:
    """Subjects of threads the organization had (the snapshot keeps them normalised, lower case)."""
    seen = getattr(profile, "_subjects", None)  # no public listing on the snapshot yet
    if not isinstance(seen, dict):
        return []
    frequent = sorted(
        ((count, subject) for subject, count in seen.items() if count >= 2 and len(subject) > 3), reverse=True
    )[:500]
    return [subject[:1].upper() + subject[1:] for _, subject in frequent]


def _company_from_domain(domain: str) -> str:
    """'usa.conoco.com' -> 'Conoco': the company is the registrable domain, not the first host label."""
    label = (registrable_domain(domain) or domain).split(".")[0] if domain else ""
    return " ".join(word.capitalize() for word in label.replace("_", "-").split("-") if word) or domain


def _most_active(profile: Any, people: Any) -> list[Any]:
    """People by how much mail they sent and received (most first; ties by the listing's order), so a
    large organization's attacks go to the people who actually get mail rather than to the first few
    hundred names of the alphabet."""
    contact = getattr(profile, "contact", None)
    if contact is None:
        return list(people)

    def activity(person: Any) -> int:
        found = contact(person.addresses[0]) if person.addresses else None
        return (found.messages_from + found.messages_to) if found is not None else 0

    return sorted(people, key=activity, reverse=True)  # sorted() is stable: ties keep their order
