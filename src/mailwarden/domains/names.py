"""Host names: registrable domain, IDN forms, IP literals. Pure, offline and cached.

tldextract is always built with `suffix_list_urls=()` and no cache folder so it uses the snapshot of the
public suffix list shipped in its wheel and never reaches the network.
"""

from __future__ import annotations

import contextlib
import ipaddress
from dataclasses import dataclass
from functools import lru_cache

import tldextract

_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
# Private suffixes (web.app, blogspot.com, r2.dev) make each tenant its own "registrable" domain.
_EXTRACT_PRIVATE = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None,
                                         include_psl_private_domains=True)


@dataclass(frozen=True, slots=True)
class HostParts:
    """`login.paypal.com.evil.co.uk` -> subdomain `login.paypal.com`, label `evil`, suffix `co.uk`."""

    host: str
    subdomain: str
    label: str
    suffix: str

    @property
    def registrable(self) -> str:
        if self.label and self.suffix:
            return f"{self.label}.{self.suffix}"
        return self.label or self.host


def clean_host(host: str) -> str:
    """Lower-case, strip brackets/port/trailing dot, decode punycode to Unicode where possible."""
    host = (host or "").strip().lower()
    if host.startswith("[") and "]" in host:  # [IPv6]:port
        return host[1 : host.index("]")]
    if host.count(":") == 1:
        host = host.partition(":")[0]
    host = host.rstrip(".")
    return to_unicode(host)


@lru_cache(maxsize=65536)
def to_unicode(host: str) -> str:
    if "xn--" not in host:
        return host
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            # A broken label is kept as it is: it is still evidence.
            with contextlib.suppress(UnicodeError, ValueError):
                label = label.encode("ascii").decode("idna")
        labels.append(label)
    return ".".join(labels)


@lru_cache(maxsize=65536)
def to_ascii(host: str) -> str:
    try:
        return host.encode("idna").decode("ascii")
    except (UnicodeError, ValueError):
        return host


@lru_cache(maxsize=65536)
def split_host(host: str) -> HostParts:
    host = clean_host(host)
    if not host or is_ip_literal(host):
        return HostParts(host, "", host, "")
    parts = _EXTRACT(host)
    return HostParts(host, parts.subdomain, parts.domain, parts.suffix)


@lru_cache(maxsize=65536)
def split_tenant_host(host: str) -> HostParts:
    """Like `split_host` but treating hosting platforms' suffixes as public: `micros0ft-login.web.app`
    -> label `micros0ft-login`. The tenant name is what a lookalike on a shared platform imitates with."""
    host = clean_host(host)
    if not host or is_ip_literal(host):
        return HostParts(host, "", host, "")
    parts = _EXTRACT_PRIVATE(host)
    return HostParts(host, parts.subdomain, parts.domain, parts.suffix)


def registrable_domain(host: str) -> str:
    """`mail.acme.co.uk` -> `acme.co.uk`; an IP literal or a single label comes back as it is."""
    return split_host(host).registrable


@lru_cache(maxsize=65536)
def is_ip_literal(host: str) -> bool:
    host = host.strip("[]")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        # Decimal / hex integer hosts (http://3232235777/) are IP literals too.
        return (host.isdigit() and len(host) >= 8) or (host.startswith("0x") and len(host) > 8)
    return True


def is_idn(host: str) -> bool:
    """True when the host has a non-ASCII or punycode label."""
    return "xn--" in host or not host.isascii()


def same_organization(a: str, b: str) -> bool:
    """Two hosts belong to the same registrable domain (an empty host never matches)."""
    ra, rb = registrable_domain(a), registrable_domain(b)
    return bool(ra) and ra == rb
