"""Which domains a message may not imitate: the organization's own, configured ones, and (when a
profile exists) domains with an established two-way history. Brands are checked separately."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mailwarden.domains.brands import BRANDS
from mailwarden.domains.lists import is_freemail
from mailwarden.domains.lookalike import registrables

if TYPE_CHECKING:
    from mailwarden.profile.view import OrgProfile
    from mailwarden.settings import Settings

MAX_KNOWN_DOMAINS = 2000  # lookalike checks are per protected domain; keep the busiest ones


@dataclass(frozen=True, slots=True)
class ProtectedDomains:
    own: frozenset[str]  # the organization's domains (org_domains, profile internal domains)
    partners: frozenset[str]  # configured protected domains and known two-way domains
    brands: frozenset[str]  # official brand domains (checked with `strict`)
    # Domains the organization's mail showed without an established relationship (a law firm that wrote
    # twice, a supplier in a cc): attackers imitate those too, and nobody there knows the real one well.
    acquaintances: frozenset[str] = frozenset()

    @property
    def all_own_and_partners(self) -> frozenset[str]:
        return self.own | self.partners

    def role_of(self, registrable: str) -> str:
        return "organization" if registrable in self.own else "vendor"


_BRAND_DOMAINS = registrables(d for b in BRANDS for d in b.domains)
_cache: dict[str, tuple[object, ProtectedDomains]] = {}


def protected_domains(settings: Settings, profile: OrgProfile | None = None) -> ProtectedDomains:
    """Built once per (settings, profile) pair; the profile object is kept so its id cannot be reused."""
    key = f"{settings.org_domains}|{settings.protected_domains}|{id(profile)}"
    hit = _cache.get(key)
    if hit is not None and hit[0] is profile:
        return hit[1]
    own = set(settings.org_domains)
    partners = set(settings.protected_domains)
    if profile is not None:
        own |= set(profile.internal_domains)
        known = sorted(profile.known_domains(), key=lambda d: d.messages_from + d.messages_to, reverse=True)
        partners |= {d.domain for d in known[:MAX_KNOWN_DOMAINS]}
    own_reg = registrables(own)
    # Free-mail providers and brands live under many suffixes (yahoo.co.uk, amazon.de): as "partners" they
    # would make their own sister domains look like lookalikes. Brands are checked on their own, strictly.
    partner_reg = {d for d in registrables(partners) - own_reg
                   if not is_freemail(d) and d not in _BRAND_DOMAINS}
    acquainted: set[str] = set()
    if profile is not None:
        acquainted = {d for d in registrables(profile.seen_domains()) - own_reg - partner_reg
                      if not is_freemail(d) and d not in _BRAND_DOMAINS}
    result = ProtectedDomains(own_reg, frozenset(partner_reg), _BRAND_DOMAINS, frozenset(acquainted))
    if len(_cache) > 8:
        _cache.clear()
    _cache[key] = (profile, result)
    return result
