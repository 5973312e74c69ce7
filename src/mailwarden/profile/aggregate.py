"""In-memory counters for one batch of learned messages, turned into rows for the store's bulk upserts.

One batch holds a few thousand messages, so memory stays bounded however large the history is; the
store merges each batch into what it already holds (counts add up, first/last seen widen).
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from mailwarden.profile.record import LearnRecord

_NAME, _TITLE, _MSGID, _DOMAIN = 120, 60, 255, 255


def domain_of(address: str) -> str:
    return address.rpartition("@")[2].strip(".[]")[:_DOMAIN]


class _Span:
    """count + first/last seen of one key."""

    __slots__ = ("count", "first", "last")

    def __init__(self) -> None:
        self.count = 0
        self.first: datetime | None = None
        self.last: datetime | None = None

    def see(self, when: datetime | None, n: int = 1) -> None:
        self.count += n
        if when is not None:
            if self.first is None or when < self.first:
                self.first = when
            if self.last is None or when > self.last:
                self.last = when


class FactBatch:
    """Aggregates LearnRecords; `rows()` gives {table: [row, ...]} for `Store.write_facts`."""

    def __init__(self) -> None:
        self.sent: dict[str, _Span] = {}
        self.received: dict[str, _Span] = {}
        self.names: Counter[tuple[str, str]] = Counter()
        self.titles: Counter[tuple[str, str]] = Counter()
        self.domain_sent: dict[str, _Span] = {}
        self.domain_received: dict[str, _Span] = {}
        self.domain_sent_folder: Counter[str] = Counter()
        self.domain_finance: Counter[str] = Counter()
        self.pairs: dict[tuple[str, str], _Span] = {}
        self.domain_pairs: Counter[tuple[str, str]] = Counter()
        self.hours: Counter[tuple[str, int]] = Counter()
        self.link_domains: Counter[tuple[str, str]] = Counter()
        self.reply_tos: Counter[tuple[str, str]] = Counter()
        self.thread_ids: set[str] = set()
        self.subjects: dict[str, _Span] = {}
        self.seen: dict[str, dict] = {}

    def __len__(self) -> int:
        return len(self.seen)

    @staticmethod
    def _span(table: dict, key) -> _Span:
        span = table.get(key)
        if span is None:
            span = table[key] = _Span()
        return span

    def add(self, rec: LearnRecord) -> None:
        if rec.sha256 in self.seen:
            return
        when, sender = rec.date, rec.sender
        sender_domain = domain_of(sender)
        self.seen[rec.sha256] = {"sha256": rec.sha256, "message_id": rec.message_id[:_MSGID], "date": when}
        self._span(self.sent, sender).see(when)
        if rec.sender_name:
            self.names[(sender, rec.sender_name[:_NAME])] += 1
        if rec.sender_title:
            self.titles[(sender, rec.sender_title[:_TITLE].lower())] += 1
        self._span(self.domain_sent, sender_domain).see(when)
        if rec.from_sent_folder:
            self.domain_sent_folder[sender_domain] += 1
        recipient_domains = set()
        for recipient in rec.recipients:
            self._span(self.received, recipient).see(when)
            self._span(self.pairs, (sender, recipient)).see(when)
            recipient_domains.add(domain_of(recipient))
        for domain in recipient_domains:
            self._span(self.domain_received, domain).see(when)
            self.domain_pairs[(sender_domain, domain)] += 1
        if rec.finance:
            for domain in recipient_domains | {sender_domain}:
                self.domain_finance[domain] += 1
        if rec.hour is not None:
            self.hours[(sender, rec.hour)] += 1
        for domain in rec.link_domains:
            self.link_domains[(sender, domain[:_DOMAIN])] += 1
        for reply_to in rec.reply_to:
            self.reply_tos[(sender, reply_to)] += 1
        self.thread_ids.update(mid[:_MSGID] for mid in rec.thread_ids)
        if rec.subject_key:
            self._span(self.subjects, rec.subject_key).see(when)

    def rows(self) -> dict[str, list[dict]]:
        addresses = {}
        for address in self.sent.keys() | self.received.keys():
            sent, received = self.sent.get(address), self.received.get(address)
            firsts = [s.first for s in (sent, received) if s and s.first]
            lasts = [s.last for s in (sent, received) if s and s.last]
            addresses[address] = {
                "address": address, "domain": domain_of(address),
                "first_seen": min(firsts) if firsts else None, "last_seen": max(lasts) if lasts else None,
                "sent": sent.count if sent else 0, "received": received.count if received else 0,
            }
        domains = []
        for domain in self.domain_sent.keys() | self.domain_received.keys() | self.domain_finance.keys():
            sent, received = self.domain_sent.get(domain), self.domain_received.get(domain)
            firsts = [s.first for s in (sent, received) if s and s.first]
            lasts = [s.last for s in (sent, received) if s and s.last]
            domains.append({
                "domain": domain, "first_seen": min(firsts) if firsts else None,
                "last_seen": max(lasts) if lasts else None,
                "sent": sent.count if sent else 0, "received": received.count if received else 0,
                "sent_from_sent_folder": self.domain_sent_folder.get(domain, 0),
                "finance": self.domain_finance.get(domain, 0),
            })
        return {
            "addresses": list(addresses.values()),
            "address_names": [{"address": a, "name": n, "count": c} for (a, n), c in self.names.items()],
            "address_titles": [{"address": a, "title": t, "count": c} for (a, t), c in self.titles.items()],
            "domains": domains,
            "pairs": [{"sender": s, "recipient": r, "count": v.count, "first_seen": v.first,
                       "last_seen": v.last}
                      for (s, r), v in self.pairs.items()],
            "domain_pairs": [{"sender_domain": s, "recipient_domain": r, "count": c}
                             for (s, r), c in self.domain_pairs.items()],
            "sender_hours": [{"address": a, "hour": h, "count": c} for (a, h), c in self.hours.items()],
            "sender_link_domains": [{"address": a, "domain": d, "count": c}
                                    for (a, d), c in self.link_domains.items()],
            "sender_reply_tos": [{"address": a, "reply_to": r, "count": c}
                                 for (a, r), c in self.reply_tos.items()],
            "thread_ids": [{"message_id": m} for m in self.thread_ids],
            "subjects": [{"subject": s, "count": v.count, "first_seen": v.first, "last_seen": v.last}
                         for s, v in self.subjects.items()],
            "seen_messages": list(self.seen.values()),
        }
