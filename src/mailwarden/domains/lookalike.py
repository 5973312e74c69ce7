"""Is a domain a lookalike of a domain worth protecting? Pure scoring, cached per (domain, protected set).

Kinds, strongest first:
- `homoglyph`: same skeleton, different characters (`раураl.com`, `paypa1.com`, `rnicrosoft.com`).
- `subdomain`: the protected domain sits in front of an unrelated one (`paypal.com.evil.net`,
  `acme.com-secure.xyz`).
- `edit`: one or two edits away (`acrne.com`, `payapl.com`) on a label long enough to mean something.
- `tld_swap`: same label under another suffix (`acme.co` for `acme.com`).
- `added_words`: the protected label plus lure words (`acme-payments.com`, `paypalsecure.net`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz.distance import OSA

from mailwarden.domains.brands import BRANDS, is_brand_domain, official_domains
from mailwarden.domains.lists import word_list
from mailwarden.domains.names import is_ip_literal, registrable_domain, split_host
from mailwarden.domains.skeleton import skeleton

# Words that phishing domains glue to a name they imitate.
LURE_WORDS = frozenset(word_list(
    """
    secure security login logon signin sign verify verification account accounts support service services
    billing bill payment payments pay online update updates help helpdesk team mail email office invoice
    invoices portal auth id web app cloud docs document documents bank banking alert alerts notice info
    center centre customer customers client care official shop store delivery tracking track parcel
    wallet connect access user users group corp inc llc ltd hr payroll admin it net my
    """
))

KIND_STRENGTH = {"homoglyph": 0.9, "subdomain": 0.8, "edit": 0.75, "tld_swap": 0.6, "added_words": 0.6}


@dataclass(frozen=True, slots=True)
class Lookalike:
    domain: str  # the suspicious registrable domain (or host, for the subdomain trick)
    target: str  # the protected registrable domain it imitates
    kind: str

    @property
    def strength(self) -> float:
        return KIND_STRENGTH[self.kind]

    def describe(self) -> str:
        if self.kind == "subdomain":
            return f"{self.domain!r} puts {self.target!r} in front of another domain"
        how = {
            "homoglyph": "reads the same as",
            "edit": "is a misspelling of",
            "tld_swap": "swaps the suffix of",
            "added_words": "adds words to",
        }[self.kind]
        return f"{self.domain!r} {how} {self.target!r}"


def _tokens(label: str) -> list[str]:
    return [t for t in re.split(r"[-_0-9]+", label) if t]


def _addedword_list(label: str, target_label: str) -> bool:
    if len(target_label) < 3 or label == target_label:
        return False
    tokens = _tokens(label)
    if target_label in tokens and len(tokens) > 1:
        return True  # acme-payments
    if len(target_label) >= 4 and target_label in label:
        rest = label.replace(target_label, " ", 1).replace("-", " ").split()
        return bool(rest) and all(word in LURE_WORDS for word in rest)  # paypalsecure, myacmeportal
    return False


def _edit_limit(length: int) -> int:
    if length >= 9:
        return 2
    return 1 if length >= 5 else 0


@lru_cache(maxsize=65536)
def find_lookalike(host: str, protected: frozenset[str], strict: bool = False) -> Lookalike | None:
    """The strongest lookalike relation of `host` to any registrable domain in `protected`, or None.

    A host whose registrable domain is itself protected is never a lookalike. `strict` is for brand
    lists: brands own their name under many suffixes (no `tld_swap`) and short brand names are ordinary
    words (`slack`/`stack`), so misspellings count only on labels of six letters or more.
    """
    parts = split_host(host)
    registrable = parts.registrable
    if not parts.suffix or is_ip_literal(parts.host) or registrable in protected:
        return None
    best: Lookalike | None = None
    label_skeleton = skeleton(parts.label)
    for target in protected:
        found = _compare(parts.host, parts.label, parts.suffix, label_skeleton, registrable, target, strict)
        if found and (best is None or found.strength > best.strength):
            best = found
    return best


def _compare(host: str, label: str, suffix: str, label_skeleton: str, registrable: str,
             target: str, strict: bool) -> Lookalike | None:
    target_parts = split_host(target)
    target_label = target_parts.label
    if not target_parts.suffix or len(target_label) < 3:
        return None
    # paypal.com.evil.net / acme.com-secure.xyz: the protected name read left to right, then more.
    dotted = "." + host
    if f".{target}." in dotted or f".{target}-" in dotted:
        return Lookalike(host, target, "subdomain")
    if label == target_label:
        return Lookalike(registrable, target, "tld_swap") if not strict else None
    target_skeleton = skeleton(target_label)
    if label_skeleton == target_skeleton and len(target_label) >= 4:
        return Lookalike(registrable, target, "homoglyph")
    limit = _edit_limit(len(target_label)) if not strict or len(target_label) >= 6 else 0
    if limit and abs(len(label) - len(target_label)) <= limit:
        if OSA.distance(label, target_label, score_cutoff=limit) <= limit:
            return Lookalike(registrable, target, "edit")
        if OSA.distance(label_skeleton, target_skeleton, score_cutoff=limit) <= limit - 1:
            return Lookalike(registrable, target, "homoglyph")
    if _addedword_list(label, target_label) or _addedword_list(label_skeleton, target_skeleton):
        return Lookalike(registrable, target, "added_words")
    return None


def registrables(domains: Iterable[str]) -> frozenset[str]:
    """Registrable forms of configured domains (`mail.acme.com` -> `acme.com`), empties dropped."""
    out = set()
    for domain in domains:
        reg = split_host(domain).registrable
        if reg and "." in reg:
            out.add(reg)
    return frozenset(out)


@cache
def _brand_targets() -> frozenset[str]:
    return frozenset(d for d in official_domains() if "." in d)


@lru_cache(maxsize=65536)
def brand_lookalike(domain: str) -> tuple[Lookalike, str] | None:
    """(lookalike, brand key) when `domain` imitates a brand it does not belong to."""
    registrable = registrable_domain(domain)
    if not registrable or registrable in official_domains():
        return None
    if any(is_brand_domain(brand, registrable) for brand in BRANDS):
        return None
    found = find_lookalike(domain, _brand_targets(), strict=True)
    if found is None:
        return None
    brand = next((b for b in BRANDS if found.target in b.domains), None)
    if brand is None:
        return None
    primary = brand.domains[0]
    if found.kind != "subdomain" and primary.split(".")[0] == found.target.split(".")[0]:
        found = Lookalike(found.domain, primary, found.kind)  # name the brand's main domain in evidence
    return found, brand.key
