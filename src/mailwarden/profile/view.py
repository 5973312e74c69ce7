"""The read-only view of an organization's profile that detectors and models use.

`OrgProfile` is a Protocol so that detectors do not depend on how the profile is stored; the store
(`mailwarden.store`) loads a snapshot that implements it, with look-ups served from memory so that
scanning is not bound by the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True, slots=True)
class Person:
    """Someone inside the organization (or a configured VIP)."""

    name: str  # canonical display name
    addresses: tuple[str, ...]
    is_vip: bool = False
    vip_reason: str = ""  # "configured", "graph: writes to 212 colleagues, 37% of all mail cc's them"
    title: str = ""


@dataclass(frozen=True, slots=True)
class Contact:
    """An address the organization exchanged mail with; counts in each direction."""

    address: str
    names: tuple[str, ...]
    first_seen: datetime | None
    last_seen: datetime | None
    messages_from: int  # messages this address sent to the organization
    messages_to: int  # messages the organization sent to this address
    internal: bool = False


@dataclass(frozen=True, slots=True)
class DomainStats:
    domain: str
    first_seen: datetime | None
    last_seen: datetime | None
    messages_from: int
    messages_to: int
    addresses: int  # distinct addresses seen on it
    is_vendor: bool = False  # invoices/payments exchanged, or configured


@dataclass(frozen=True, slots=True)
class SenderHabits:
    """How a known sender usually behaves."""

    address: str
    messages: int
    usual_hours: tuple[int, ...]  # hours of day (UTC) covering most of their mail
    usual_recipients: tuple[str, ...]  # bounded, most frequent first
    link_domains: tuple[str, ...]
    reply_to: tuple[str, ...]
    distinct_recipients: int = 0


class OrgProfile(Protocol):
    """What detectors may ask of the profile. All methods are cheap (memory look-ups)."""

    @property
    def internal_domains(self) -> frozenset[str]: ...

    def is_internal(self, address: str) -> bool: ...

    def people_named(self, display_name: str) -> list[Person]:
        """Internal people (VIPs first) whose name matches this display name (normalised)."""
        ...

    def vips(self) -> list[Person]: ...

    def contact(self, address: str) -> Contact | None: ...

    def domain(self, domain: str) -> DomainStats | None: ...

    def known_domains(self) -> list[DomainStats]:
        """Internal and external domains with established two-way history (for lookalike checks)."""
        ...

    def seen_domains(self) -> frozenset[str]:
        """Every domain the organization's mail showed, in either direction, however rarely."""
        ...

    def pair_count(self, sender: str, recipient: str) -> int:
        """Messages seen from sender to recipient."""
        ...

    def thread_known(self, message_ids: list[str], normalized_subject: str) -> bool: ...

    def habits(self, address: str) -> SenderHabits | None: ...

    @property
    def learned_until(self) -> datetime | None:
        """Date of the newest message learned (relative 'first seen N days ago' uses it)."""
        ...


FAMILIAR_LINK_MESSAGES = 3  # history messages linking a domain before it counts as the organization's usual


def link_domain_familiar(profile: OrgProfile, domain: str) -> bool:
    """A linked (registrable) domain the organization owns or its own history links routinely.
    `link_domain_counts` is the snapshot's org-wide tally; a profile without one knows no links."""
    counts = getattr(profile, "link_domain_counts", {})
    return profile.is_internal("x@" + domain) or counts.get(domain, 0) >= FAMILIAR_LINK_MESSAGES
