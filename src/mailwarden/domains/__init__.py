"""Offline knowledge about domains: registrable parts, IDN and homoglyph skeletons, lookalike scoring,
and short lists of free-mail, shortener, free-hosting and brand domains."""

from mailwarden.domains.brands import BRANDS, Brand, brands_named_in, is_brand_domain, official_domains
from mailwarden.domains.lists import file_sharing, free_hosting, is_bulk_sender, is_freemail, shortener
from mailwarden.domains.lookalike import Lookalike, brand_lookalike, find_lookalike
from mailwarden.domains.names import (
    clean_host,
    is_idn,
    is_ip_literal,
    registrable_domain,
    same_organization,
    split_host,
    to_ascii,
    to_unicode,
)
from mailwarden.domains.protected import ProtectedDomains, protected_domains
from mailwarden.domains.skeleton import has_mixed_script, skeleton

__all__ = [
    "BRANDS", "Brand", "Lookalike", "ProtectedDomains", "brand_lookalike", "brands_named_in", "clean_host",
    "file_sharing", "find_lookalike", "free_hosting", "has_mixed_script", "is_brand_domain", "is_bulk_sender",
    "is_freemail", "is_idn", "is_ip_literal", "official_domains", "protected_domains", "registrable_domain",
    "same_organization", "shortener", "skeleton", "split_host", "to_ascii", "to_unicode",
]
