"""What depends on the whole mail graph, derived after each `learn`: internal domains, people, VIPs.

Internal domains are the configured ones, else the mailbox owners' domain: the domain most mail in
sent folders comes from (or, without sent folders, the domain receiving the most mail). VIPs are the
configured list (always wins) plus people the graph singles out: an executive title in their display
name or signature, or many colleagues writing to them.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict
from datetime import datetime

from mailwarden.profile.text import clean_display_name, is_executive_title, name_key

log = logging.getLogger(__name__)

# A graph VIP needs at least this many distinct colleagues writing to them, and to be in the top share.
MIN_VIP_INDEGREE = 25
VIP_INDEGREE_TOP_SHARE = 0.01
_LOCAL_NAME = re.compile(r"^([a-z]{2,})[._]+(?:[a-z]\.+)?([a-z]{2,})$")


def is_internal_domain(domain: str, internal: frozenset[str] | set[str]) -> bool:
    if domain in internal:
        return True
    return any(domain.endswith("." + d) for d in internal)


def name_from_local_part(address: str) -> str:
    """'kenneth.lay@x' -> 'Kenneth Lay' (recipients that never wrote have no display name)."""
    match = _LOCAL_NAME.match(address.partition("@")[0])
    return f"{match.group(1).title()} {match.group(2).title()}" if match else ""


def infer_internal_domains(store) -> tuple[list[str], str]:
    rows = list(store.rows("domains", "domain", "received", "sent_from_sent_folder"))
    if not rows:
        return [], "nothing learned yet"
    by_sent_folder = sorted(rows, key=lambda r: r[2], reverse=True)
    top = by_sent_folder[0]
    if top[2] > 0:
        # Several domains can share the mailbox owners (merged companies); keep any close to the top.
        chosen = [r[0] for r in by_sent_folder if r[2] >= max(20, top[2] * 0.1)] or [top[0]]
        return chosen, f"inferred: {top[2]:,} messages in sent folders come from {top[0]}"
    top = max(rows, key=lambda r: r[1])
    return [top[0]], f"inferred: {top[0]} receives the most mail ({top[1]:,} messages)"


def robust_newest_date(store) -> datetime | None:
    """Newest learned Date, ignoring the newest 0.1% (forged or broken Date headers)."""
    dates = sorted(d for (d,) in store.rows("seen_messages", "date") if d is not None)
    if not dates:
        return None
    return dates[max(0, len(dates) - 1 - len(dates) // 1000)]


def _parse_vip(entry: str) -> tuple[str, str]:
    """'Kenneth Lay <klay@enron.com>' | 'Kenneth Lay' | 'klay@enron.com' -> (name, address)."""
    entry = entry.strip()
    match = re.match(r"^(.*?)<([^<>@\s]+@[^<>\s]+)>\s*$", entry)
    if match:
        return match.group(1).strip(' "'), match.group(2).lower()
    if "@" in entry and " " not in entry:
        return "", entry.lower()
    return entry, ""


def derive_profile(store, settings, *, org_domains=(), vendor_domains=()) -> dict:
    """Recompute internal domains, people and VIPs; returns the meta values written."""
    configured = sorted({d.lower().strip() for d in (*store.get_meta("configured_org_domains", []),
                                                    *org_domains, *settings.org_domains) if d.strip()})
    vendors = sorted({d.lower().strip() for d in (*store.get_meta("configured_vendor_domains", []),
                                                 *vendor_domains) if d.strip()})
    if configured:
        internal, reason = configured, "configured"
    else:
        internal, reason = infer_internal_domains(store)
    internal_set = frozenset(internal)
    people = _derive_people(store, settings, internal_set)
    meta = {
        "internal_domains": sorted(internal_set),
        "internal_domains_reason": reason,
        "configured_org_domains": configured,
        "configured_vendor_domains": vendors,
        "learned_until": robust_newest_date(store),
        "messages_learned": store.seen_count(),
    }
    store.replace_people(people)
    store.set_meta(meta)
    return meta


def _derive_people(store, settings, internal: frozenset[str]) -> list[dict]:
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for address, name, count in store.rows("address_names", "address", "name", "count"):
        names[address][name] += count
    titles: dict[str, Counter[str]] = defaultdict(Counter)
    for address, title, count in store.rows("address_titles", "address", "title", "count"):
        titles[address][title] += count
    sent: dict[str, int] = {}
    for address, domain, n_sent in store.rows("addresses", "address", "domain", "sent"):
        if is_internal_domain(domain, internal):
            sent[address] = n_sent
    indegree: Counter[str] = Counter()  # distinct internal colleagues writing to an address
    for sender, recipient in store.rows("pairs", "sender", "recipient"):
        if sender in sent and recipient in sent:
            indegree[recipient] += 1

    ranked = sorted(indegree.values(), reverse=True)
    cut = ranked[int(len(ranked) * VIP_INDEGREE_TOP_SHARE)] if ranked else 0
    indegree_bar = max(MIN_VIP_INDEGREE, cut)

    rows: dict[str, dict] = {}
    for address, n_sent in sent.items():
        name = names[address].most_common(1)[0][0] if names.get(address) else name_from_local_part(address)
        key = name_key(name)
        if not key:
            continue
        title = titles[address].most_common(1)[0][0] if titles.get(address) else ""
        reasons = []
        exec_titles = {t: c for t, c in titles.get(address, {}).items() if is_executive_title(t)}
        if exec_titles and (sum(exec_titles.values()) >= 2 or n_sent >= 5):
            best = max(exec_titles, key=exec_titles.get)
            reasons.append(f"title '{best}' in {exec_titles[best]:,} of their messages")
            title = best
        if indegree[address] >= indegree_bar:
            reasons.append(f"graph: {indegree[address]:,} colleagues write to them")
        rows[address] = {"address": address, "name": name, "name_key": key, "title": title,
                         "is_vip": bool(reasons), "vip_reason": "; ".join(reasons)}

    for entry in settings.vips:
        name, address = _parse_vip(entry)
        key = name_key(name) if name else (rows[address]["name_key"] if address in rows else "")
        matched = False
        for row in rows.values():
            if (address and row["address"] == address) or (key and row["name_key"] == key and not address):
                row.update(is_vip=True, vip_reason="configured")
                matched = True
        if not matched and (address or key):
            display = name or clean_display_name(address)[0] or address
            rows[address or f"~{key}"] = {"address": address or f"~{key}", "name": display[:120],
                                          "name_key": key or name_key(display), "title": "", "is_vip": True,
                                          "vip_reason": "configured"}
    return list(rows.values())
