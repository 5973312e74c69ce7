"""`ProfileSnapshot`: the `OrgProfile` that detectors read, loaded from the store once per run.

Every look-up is a dict access; derived views (habits, known domains, people by name) are built on
first use and cached, so loading stays cheap for commands that only need a part of it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime
from functools import lru_cache

from rapidfuzz import fuzz

from mailwarden.domains.lists import is_freemail
from mailwarden.profile.derive import is_internal_domain
from mailwarden.profile.text import display_form, name_key, same_given_name
from mailwarden.profile.view import Contact, DomainStats, Person, SenderHabits

USUAL_RECIPIENTS = 50  # habits keep the most frequent recipients
USUAL_HOURS_SHARE = 0.95  # usual hours cover this share of a sender's mail
VIP_FUZZY_SCORE = 88  # rapidfuzz token_sort_ratio for "Kenneth Lay" ~ "Kenneth  L. Lay" style variants
KNOWN_DOMAIN_MIN = 3  # a known domain needs this many messages each way
# A vendor (or customer) exchanges invoices/payments both ways: in a few messages and a fair share.
VENDOR_MIN_FINANCE = 3
VENDOR_FINANCE_SHARE = 0.05


class ProfileSnapshot:
    """In-memory implementation of `mailwarden.profile.view.OrgProfile`."""

    def __init__(self, internal_domains: frozenset[str], learned_until: datetime | None = None,
                 vendor_domains: frozenset[str] = frozenset(), messages_learned: int = 0,
                 internal_reason: str = "") -> None:
        self._internal = frozenset(internal_domains)
        self._learned_until = learned_until
        self.vendor_domains = frozenset(vendor_domains)
        self.messages_learned = messages_learned
        self.internal_reason = internal_reason
        # address -> [sent, received, received_from_org, first_seen, last_seen]
        self._addresses: dict[str, list] = {}
        self._names: dict[str, Counter[str]] = defaultdict(Counter)
        self._domains: dict[str, list] = {}  # domain -> [first, last, sent, received, finance]
        self._domain_from_org: Counter[str] = Counter()
        self._domain_addresses: Counter[str] = Counter()
        self._pairs: dict[str, dict[str, int]] = defaultdict(dict)
        self._hours: dict[str, Counter[int]] = defaultdict(Counter)
        self._link_domains: dict[str, Counter[str]] = defaultdict(Counter)
        self.link_domain_counts: Counter[str] = Counter()  # org-wide: messages linking each domain
        self._reply_tos: dict[str, Counter[str]] = defaultdict(Counter)
        self._thread_ids: set[str] = set()
        self._subjects: dict[str, int] = {}
        self._people_rows: list[dict] = []
        self._people: dict[str, list[Person]] | None = None
        self._person_of: dict[str, Person] = {}
        self._habits: dict[str, SenderHabits | None] = {}
        self._known_domains: list[DomainStats] | None = None
        self._by_domain: dict[str, list[str]] | None = None
        self._by_contact_name: dict[str, list[str]] | None = None

    # -- loading -----------------------------------------------------------------------------------
    @classmethod
    def load(cls, store) -> ProfileSnapshot:
        learned_until = store.get_meta("learned_until")
        snap = cls(
            frozenset(store.get_meta("internal_domains", [])),
            datetime.fromisoformat(learned_until) if learned_until else None,
            frozenset(store.get_meta("configured_vendor_domains", [])),
            int(store.get_meta("messages_learned", 0) or 0),
            store.get_meta("internal_domains_reason", ""),
        )
        for address, domain, sent, received, first, last in store.rows(
                "addresses", "address", "domain", "sent", "received", "first_seen", "last_seen"):
            snap._addresses[address] = [sent, received, 0, first, last]
            snap._domain_addresses[domain] += 1
        for address, name, count in store.rows("address_names", "address", "name", "count"):
            snap._names[address][name] += count
        for domain, first, last, sent, received, finance in store.rows(
                "domains", "domain", "first_seen", "last_seen", "sent", "received", "finance"):
            snap._domains[domain] = [first, last, sent, received, finance]
        for sender, recipient, count in store.rows("pairs", "sender", "recipient", "count"):
            snap._pairs[sender][recipient] = count
            if snap.is_internal(sender) and recipient in snap._addresses:
                snap._addresses[recipient][2] += count
        for sender_domain, recipient_domain, count in store.rows(
                "domain_pairs", "sender_domain", "recipient_domain", "count"):
            if is_internal_domain(sender_domain, snap._internal):
                snap._domain_from_org[recipient_domain] += count
        for address, hour, count in store.rows("sender_hours", "address", "hour", "count"):
            snap._hours[address][hour] = count
        for address, domain, count in store.rows("sender_link_domains", "address", "domain", "count"):
            snap._link_domains[address][domain] = count
            snap.link_domain_counts[domain] += count
        for address, reply_to, count in store.rows("sender_reply_tos", "address", "reply_to", "count"):
            snap._reply_tos[address][reply_to] = count
        snap._thread_ids = {mid for (mid,) in store.rows("thread_ids", "message_id")}
        snap._subjects = {s: c for s, c in store.rows("subjects", "subject", "count")}
        snap._people_rows = [
            {"address": a, "name": n, "name_key": k, "title": t, "is_vip": v, "vip_reason": r}
            for a, n, k, t, v, r in store.rows("people", "address", "name", "name_key", "title", "is_vip",
                                               "vip_reason")
        ]
        return snap

    # -- OrgProfile ----------------------------------------------------------------------------------
    @property
    def internal_domains(self) -> frozenset[str]:
        return self._internal

    @property
    def learned_until(self) -> datetime | None:
        return self._learned_until

    def is_internal(self, address: str) -> bool:
        domain = address.rpartition("@")[2].lower() if "@" in address else address.lower()
        return is_internal_domain(domain, self._internal)

    def contact(self, address: str) -> Contact | None:
        address = address.lower()
        row = self._addresses.get(address)
        if row is None:
            return None
        sent, _received, from_org, first, last = row
        names = tuple(n for n, _ in self._names[address].most_common(5)) if address in self._names else ()
        return Contact(address, names, first, last, messages_from=sent, messages_to=from_org,
                       internal=self.is_internal(address))

    def domain(self, domain: str) -> DomainStats | None:
        domain = domain.lower()
        row = self._domains.get(domain)
        if row is None:
            return None
        first, last, sent, received, finance = row
        from_org = self._domain_from_org.get(domain, 0)
        internal = is_internal_domain(domain, self._internal)
        vendor = domain in self.vendor_domains or (
            not internal and sent > 0 and from_org > 0 and finance >= VENDOR_MIN_FINANCE
            and finance >= VENDOR_FINANCE_SHARE * (sent + from_org) and not is_freemail(domain))
        return DomainStats(domain, first, last, messages_from=sent, messages_to=from_org,
                           addresses=self._domain_addresses.get(domain, 0), is_vendor=vendor)

    def known_domains(self) -> list[DomainStats]:
        if self._known_domains is None:
            known = []
            for name in self._domains:
                stats = self.domain(name)
                if stats is None:
                    continue
                internal = is_internal_domain(name, self._internal)
                two_way = stats.messages_from >= KNOWN_DOMAIN_MIN and stats.messages_to >= KNOWN_DOMAIN_MIN
                if name in self.vendor_domains or (
                        (internal or two_way) and not is_freemail(name)):
                    known.append(stats)
            known.sort(key=lambda d: d.messages_from + d.messages_to, reverse=True)
            self._known_domains = known
        return self._known_domains

    def seen_domains(self) -> frozenset[str]:
        return frozenset(self._domains)

    def pair_count(self, sender: str, recipient: str) -> int:
        return self._pairs.get(sender.lower(), {}).get(recipient.lower(), 0)

    def contacts(self) -> list[Contact]:
        """Every address in the profile as a Contact (for reports; detectors use `contact`), by address.
        Sorted, not in storage order: learning in parallel stores rows in varying order, and whatever
        is built from these lists (synthetic attacks, training sets) must not vary with it. Not by
        activity either: the synthesiser draws its vendors from this list, and the busiest outside
        senders as "compromised vendors" taught the model to distrust its most regular mail."""
        return [c for c in map(self.contact, sorted(self._addresses)) if c is not None]

    def hour_counts(self, address: str) -> dict[int, int]:
        """Messages per hour of day (UTC) from this sender."""
        return dict(self._hours.get(address.lower(), {}))

    def addresses_on(self, domain: str) -> list[str]:
        """Addresses seen on a domain, busiest first (lookalike checks name the contact imitated)."""
        if self._by_domain is None:
            by_domain: dict[str, list[str]] = defaultdict(list)
            for address in self._addresses:
                by_domain[address.rpartition("@")[2]].append(address)
            for addresses in by_domain.values():
                self._sort_busiest_first(addresses)
            self._by_domain = by_domain
        return self._by_domain.get(domain.lower(), [])

    def contacts_named(self, display_name: str) -> list[Contact]:
        """Outside correspondents who wrote under this person's name and were written to (the
        organization answered them: a counterparty, not a newsletter), busiest first."""
        key = name_key(display_name)
        if not key:
            return []
        if self._by_contact_name is None:
            self._by_contact_name = self._build_contact_names()
        found = [self.contact(a) for a in self._by_contact_name.get(key, ())]
        return [c for c in found if c is not None]

    def _build_contact_names(self) -> dict[str, list[str]]:
        by_name: dict[str, list[str]] = defaultdict(list)
        for address, names in self._names.items():
            row = self._addresses.get(address)
            if row is None or not row[0] or not row[2] or self.is_internal(address):
                continue
            for key in {name_key(n) for n in names}:
                if key:
                    by_name[key].append(address)
        for addresses in by_name.values():
            self._sort_busiest_first(addresses)
        return dict(by_name)

    def _sort_busiest_first(self, addresses: list[str]) -> None:
        """Most mail from and to the organization first; ties by address (a stable order)."""
        addresses.sort(key=lambda a: (-(self._addresses[a][0] + self._addresses[a][2]), a))

    def recipients_of(self, sender: str) -> dict[str, int]:
        """Everyone `sender` wrote to, with message counts (empty when unknown)."""
        return self._pairs.get(sender.lower(), {})

    def thread_known(self, message_ids: list[str], normalized_subject: str) -> bool:
        if any(mid in self._thread_ids for mid in message_ids):
            return True
        return bool(normalized_subject) and normalized_subject in self._subjects

    def subject_count(self, normalized_subject: str) -> int:
        return self._subjects.get(normalized_subject, 0)

    def habits(self, address: str) -> SenderHabits | None:
        address = address.lower()
        if address not in self._habits:
            self._habits[address] = self._build_habits(address)
        return self._habits[address]

    def _build_habits(self, address: str) -> SenderHabits | None:
        row = self._addresses.get(address)
        if row is None or row[0] == 0:
            return None
        hours = self._hours.get(address, Counter())
        usual_hours: list[int] = []
        covered, total = 0, sum(hours.values())
        for hour, count in hours.most_common():
            if total and covered >= USUAL_HOURS_SHARE * total:
                break
            usual_hours.append(hour)
            covered += count
        recipients = self._pairs.get(address, {})
        usual = sorted(recipients, key=recipients.get, reverse=True)[:USUAL_RECIPIENTS]
        links = self._link_domains.get(address, Counter())
        reply_tos = self._reply_tos.get(address, Counter())
        return SenderHabits(address, messages=row[0], usual_hours=tuple(sorted(usual_hours)),
                            usual_recipients=tuple(usual),
                            link_domains=tuple(d for d, _ in links.most_common()),
                            reply_to=tuple(r for r, _ in reply_tos.most_common()),
                            distinct_recipients=len(recipients))

    # -- people ----------------------------------------------------------------------------------------
    def _build_people(self) -> dict[str, list[Person]]:
        grouped: dict[str, list[dict]] = defaultdict(list)
        for row in self._people_rows:
            grouped[row["name_key"]].append(row)
        people: dict[str, list[Person]] = {}
        for key, rows in grouped.items():
            rows.sort(key=lambda r: (not r["is_vip"], -(self._addresses.get(r["address"], [0])[0]),
                                     r["address"]))
            vip_rows = [r for r in rows if r["is_vip"]]
            reason = "configured" if any(r["vip_reason"] == "configured" for r in vip_rows) else (
                vip_rows[0]["vip_reason"] if vip_rows else "")
            addresses = tuple(r["address"] for r in rows if not r["address"].startswith("~"))
            title = next((r["title"] for r in rows if r["title"]), "")
            person = Person(display_form(rows[0]["name"]), addresses, bool(vip_rows), reason, title)
            people[key] = [person]
            for address in addresses:
                self._person_of[address] = person
        return people

    @property
    def _by_key(self) -> dict[str, list[Person]]:
        if self._people is None:
            self._people = self._build_people()
        return self._people

    def person_of(self, address: str) -> Person | None:
        """The internal person an address belongs to, if known."""
        _ = self._by_key
        return self._person_of.get(address.lower())

    def people(self) -> list[Person]:
        """Internal people by name (a stable order whatever order learning stored them in)."""
        persons = [p for persons in self._by_key.values() for p in persons]
        return sorted(persons, key=lambda p: (p.name, p.addresses))

    def vips(self) -> list[Person]:
        return [p for p in self.people() if p.is_vip]

    def people_named(self, display_name: str) -> list[Person]:
        return list(self._people_named(display_name))

    @lru_cache(maxsize=16384)  # noqa: B019 - the snapshot lives for the whole run; names repeat a lot
    def _people_named(self, display_name: str) -> tuple[Person, ...]:
        key = name_key(display_name)
        if not key:
            return ()
        found = list(self._by_key.get(key, ()))
        first, _, last = key.partition(" ")
        swapped = f"{last} {first}"  # "Lay Kenneth" written without the comma
        found += [p for p in self._by_key.get(swapped, ()) if p not in found]
        if not any(p.is_vip for p in found):
            # VIPs are few: fuzzy-match them ("Ken Lay" or "Liz Sager" for Kenneth Lay or Elizabeth
            # Sager, "Kenneth Lay Jr").
            for vip_key, persons in self._vip_keys():
                vip_first, _, vip_last = vip_key.partition(" ")
                nickname = vip_last == last and same_given_name(first, vip_first)
                if nickname or fuzz.token_sort_ratio(key, vip_key) >= VIP_FUZZY_SCORE:
                    found += [p for p in persons if p not in found]
        found.sort(key=lambda p: not p.is_vip)
        return tuple(found)

    @lru_cache(maxsize=1)  # noqa: B019
    def _vip_keys(self) -> tuple[tuple[str, tuple[Person, ...]], ...]:
        return tuple((key, tuple(p for p in persons if p.is_vip)) for key, persons in self._by_key.items()
                     if any(p.is_vip for p in persons))

    # -- keeping current while scanning ---------------------------------------------------------------
    def note_thread(self, message_ids: list[str], normalized_subject: str) -> None:
        """Remember a thread seen during this run (scan observes safe mail; later replies find it)."""
        self._thread_ids.update(message_ids)
        if normalized_subject:
            self._subjects[normalized_subject] = self._subjects.get(normalized_subject, 0) + 1


def load_snapshot(store) -> ProfileSnapshot:
    return ProfileSnapshot.load(store)
