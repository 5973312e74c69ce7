"""Is a domain a lookalike of a domain worth protecting? Pure scoring, cached per (domain, protected set).

Kinds, strongest first:
- `homoglyph`: same skeleton, different characters (`раураl.com`, `paypa1.com`, `rnicrosoft.com`).
- `subdomain`: the protected domain sits in front of an unrelated one (`paypal.com.evil.net`,
  `acme.com-secure.xyz`).
- `edit`: one or two edits away (`acrne.com`, `payapl.com`) on a label long enough to mean something.
- `tld_swap`: same label under another suffix (`acme.co` for `acme.com`).
- `added_words`: the protected label plus lure words (`acme-payments.com`, `paypalsecure.net`).
- `brand_label` (brands only): the brand's name as a sub-domain label (`docusign.secure-docs.net`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from mailwarden.domains.brands import BRANDS, brand_by_label, official_domains
from mailwarden.domains.lists import word_list
from mailwarden.domains.names import is_ip_literal, registrable_domain, split_host, split_tenant_host
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

KIND_STRENGTH = {"homoglyph": 0.9, "subdomain": 0.8, "edit": 0.75, "tld_swap": 0.5, "added_words": 0.6,
                 "brand_label": 0.45}


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
        if self.kind == "brand_label":
            return f"{self.domain!r} uses the name of {self.target!r} as a sub-domain of another domain"
        how = {
            "homoglyph": "reads the same as",
            "edit": "is a misspelling of",
            "tld_swap": "swaps the suffix of",
            "added_words": "adds words to",
        }[self.kind]
        return f"{self.domain!r} {how} {self.target!r}"


def _tokens(label: str) -> list[str]:
    return [t for t in re.split(r"[-_0-9]+", label) if t]


def _added_words(label: str, target_label: str) -> bool:
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


@dataclass(frozen=True, slots=True)
class _Target:
    domain: str
    label: str
    suffix: str
    skeleton: str


class _Index:
    """Look-up structures over one protected set, so a host is compared with all of it at C speed."""

    def __init__(self, protected: frozenset[str], strict: bool) -> None:
        self.strict = strict
        self.targets: list[_Target] = []
        for domain in sorted(protected):
            parts = split_host(domain)
            if parts.suffix and len(parts.label) >= 3:
                self.targets.append(_Target(domain, parts.label, parts.suffix, skeleton(parts.label)))
        self.by_label: dict[str, list[_Target]] = {}
        self.by_skeleton: dict[str, list[_Target]] = {}
        for target in self.targets:
            self.by_label.setdefault(target.label, []).append(target)
            self.by_skeleton.setdefault(target.skeleton, []).append(target)
        self.labels = [t.label for t in self.targets]
        self.skeletons = [t.skeleton for t in self.targets]
        long_labels = sorted({t.label for t in self.targets if len(t.label) >= 4}, key=len, reverse=True)
        long_skeletons = sorted({t.skeleton for t in self.targets if len(t.label) >= 4}, key=len,
                                reverse=True)
        self.label_in = re.compile("|".join(map(re.escape, long_labels))) if long_labels else None
        self.skeleton_in = re.compile("|".join(map(re.escape, long_skeletons))) if long_skeletons else None

    def edit_limit(self, target: _Target, label: str) -> int:
        if self.strict and (len(target.label) < 6 or label[:1] != target.label[:1]):
            return 0  # brand names are short words; a changed first letter makes another word (t-/h-online)
        return _edit_limit(len(target.label))


@lru_cache(maxsize=32)
def _index(protected: frozenset[str], strict: bool) -> _Index:
    return _Index(protected, strict)


@lru_cache(maxsize=65536)
def find_lookalike(host: str, protected: frozenset[str], strict: bool = False) -> Lookalike | None:
    """The strongest lookalike relation of `host` to any registrable domain in `protected`, or None.

    A host whose registrable domain is itself protected is never a lookalike. `strict` is for brand
    lists: brands own their name under many suffixes (no `tld_swap`) and short brand names are ordinary
    words (`slack`/`stack`), so misspellings count only on labels of six letters or more.
    """
    parts = split_host(host)
    if not parts.suffix or is_ip_literal(parts.host) or parts.registrable in protected or not protected:
        return None
    tenant = split_tenant_host(host)
    if tenant.suffix != parts.suffix:
        parts = tenant  # on a hosting platform the tenant name is the lookalike (micros0ft-login.web.app)
    registrable = parts.registrable
    index = _index(protected, strict)
    found = [_subdomain_trick(parts.host, parts.subdomain, index)]
    label, label_skeleton = parts.label, skeleton(parts.label)
    if not strict and label in index.by_label:
        found.append(Lookalike(registrable, index.by_label[label][0].domain, "tld_swap"))
    for target in index.by_skeleton.get(label_skeleton, ()):
        if target.label != label and len(target.label) >= 4:
            found.append(Lookalike(registrable, target.domain, "homoglyph"))
    found.append(_misspelling(registrable, label, label_skeleton, index))
    found.append(_with_added_words(registrable, label, label_skeleton, index))
    hits = [f for f in found if f is not None]
    return max(hits, key=lambda f: f.strength) if hits else None


def _subdomain_trick(host: str, subdomain: str, index: _Index) -> Lookalike | None:
    """paypal.com.evil.net / acme.com-secure.xyz: the protected name read left to right, then more."""
    if not subdomain:
        return None
    dotted = "." + host
    tokens = {part.split("-")[0] for part in subdomain.split(".")} | set(subdomain.split("."))
    for token in tokens:
        for target in index.by_label.get(token, ()):
            if f".{target.domain}." in dotted or f".{target.domain}-" in dotted:
                return Lookalike(host, target.domain, "subdomain")
    if index.strict:  # docusign.secure-docs.net: a brand's name as a sub-domain label of another domain
        for token in tokens:
            for target in index.by_label.get(token, ()):
                if len(token) >= 5:
                    return Lookalike(host, target.domain, "brand_label")
    return None


def _misspelling(registrable: str, label: str, label_skeleton: str, index: _Index) -> Lookalike | None:
    if "-" in label and not index.strict:  # ps-eg.com for pseg.com: a hyphen is one edit at any length
        for target in index.by_label.get(label.replace("-", ""), ()):
            if len(target.label) >= 4:
                return Lookalike(registrable, target.domain, "edit")
    for choice, distance, position in process.extract(label, index.labels, scorer=OSA.distance,
                                                      score_cutoff=2, limit=None):
        target = index.targets[position]
        limit = index.edit_limit(target, label)
        if choice != label and 0 < distance <= limit and abs(len(label) - len(target.label)) <= limit:
            return Lookalike(registrable, target.domain, "edit")
    for _, distance, position in process.extract(label_skeleton, index.skeletons, scorer=OSA.distance,
                                                 score_cutoff=1, limit=None):
        target = index.targets[position]
        if index.edit_limit(target, label) >= 2 and distance <= 1 and target.label != label:
            return Lookalike(registrable, target.domain, "homoglyph")
    return None


def _with_added_words(registrable: str, label: str, label_skeleton: str, index: _Index) -> Lookalike | None:
    tokens = _tokens(label)
    if len(tokens) > 1:
        for token in tokens:
            for target in index.by_label.get(token, ()):
                return Lookalike(registrable, target.domain, "added_words")  # acme-payments
    skeleton_tokens = _tokens(label_skeleton)
    if len(skeleton_tokens) > 1:
        for token in skeleton_tokens:
            for target in index.by_skeleton.get(token, ()):
                if len(token) >= 4:
                    return Lookalike(registrable, target.domain, "added_words")  # micros0ft-login
    searches = ((index.label_in, label, "label"), (index.skeleton_in, label_skeleton, "skeleton"))
    for pattern, text, attr in searches:
        if pattern is None:
            continue
        for match in pattern.finditer(text):
            for target in index.targets:
                if getattr(target, attr) == match.group(0) and _added_words(text, match.group(0)):
                    return Lookalike(registrable, target.domain, "added_words")
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
    if registrable.split(".", 1)[0] in brand_by_label():
        return None  # the brand's own name under another suffix (amazon.de, paypal.me)
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
