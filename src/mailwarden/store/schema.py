"""Tables of the store. The profile tables hold raw facts of the mail graph (counts by address, domain,
pair, hour, link domain, thread), so that learning more mail only ever adds to them; what depends on
the whole graph (internal domains, people, VIPs) is derived at the end of `learn` into `people` and
`meta`. Migrations in `store/migrations` create these tables; keep both in step.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

ADDRESS = 320
DOMAIN = 255
SUBJECT = 200


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Small key/value facts: internal domains, configured vendors, learned_until (JSON text values)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class AddressRow(Base):
    """One mailbox: how many messages it sent and received in the learned mail."""

    __tablename__ = "addresses"
    address: Mapped[str] = mapped_column(String(ADDRESS), primary_key=True)
    domain: Mapped[str] = mapped_column(String(DOMAIN), index=True)
    first_seen: Mapped[datetime | None] = mapped_column(DateTime)
    last_seen: Mapped[datetime | None] = mapped_column(DateTime)
    sent: Mapped[int] = mapped_column(Integer, default=0)  # messages with this address as From
    received: Mapped[int] = mapped_column(Integer, default=0)  # messages with it among the recipients


class AddressName(Base):
    """Display names an address used (X-From in archives), with counts; the most used one is its name."""

    __tablename__ = "address_names"
    address: Mapped[str] = mapped_column(String(ADDRESS), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class AddressTitle(Base):
    """Senior-sounding titles seen with a sender (X-From suffix, signature lines)."""

    __tablename__ = "address_titles"
    address: Mapped[str] = mapped_column(String(ADDRESS), primary_key=True)
    title: Mapped[str] = mapped_column(String(60), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class DomainRow(Base):
    __tablename__ = "domains"
    domain: Mapped[str] = mapped_column(String(DOMAIN), primary_key=True)
    first_seen: Mapped[datetime | None] = mapped_column(DateTime)
    last_seen: Mapped[datetime | None] = mapped_column(DateTime)
    sent: Mapped[int] = mapped_column(Integer, default=0)  # messages from an address on it
    received: Mapped[int] = mapped_column(Integer, default=0)  # messages with a recipient on it
    sent_from_sent_folder: Mapped[int] = mapped_column(Integer, default=0)  # mailbox owners' domain
    finance: Mapped[int] = mapped_column(Integer, default=0)  # messages about invoices/payments


class Pair(Base):
    """Messages seen from sender to recipient (one per message and recipient)."""

    __tablename__ = "pairs"
    sender: Mapped[str] = mapped_column(String(ADDRESS), primary_key=True)
    recipient: Mapped[str] = mapped_column(String(ADDRESS), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    first_seen: Mapped[datetime | None] = mapped_column(DateTime)
    last_seen: Mapped[datetime | None] = mapped_column(DateTime)


class DomainPair(Base):
    """Messages seen from a sender domain to a recipient domain (one per message and domain)."""

    __tablename__ = "domain_pairs"
    sender_domain: Mapped[str] = mapped_column(String(DOMAIN), primary_key=True)
    recipient_domain: Mapped[str] = mapped_column(String(DOMAIN), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class SenderHour(Base):
    __tablename__ = "sender_hours"
    address: Mapped[str] = mapped_column(String(ADDRESS), primary_key=True)
    hour: Mapped[int] = mapped_column(Integer, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class SenderLinkDomain(Base):
    __tablename__ = "sender_link_domains"
    address: Mapped[str] = mapped_column(String(ADDRESS), primary_key=True)
    domain: Mapped[str] = mapped_column(String(DOMAIN), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class SenderReplyTo(Base):
    __tablename__ = "sender_reply_tos"
    address: Mapped[str] = mapped_column(String(ADDRESS), primary_key=True)
    reply_to: Mapped[str] = mapped_column(String(ADDRESS), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class ThreadId(Base):
    """Message-IDs the organization has seen (own ids and the ids they reference)."""

    __tablename__ = "thread_ids"
    message_id: Mapped[str] = mapped_column(String(255), primary_key=True)


class Subject(Base):
    """Normalised subjects (reply/forward prefixes removed) of threads the organization had."""

    __tablename__ = "subjects"
    subject: Mapped[str] = mapped_column(String(SUBJECT), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    first_seen: Mapped[datetime | None] = mapped_column(DateTime)
    last_seen: Mapped[datetime | None] = mapped_column(DateTime)


class SeenMessage(Base):
    """sha256 of every learned message's raw bytes: learning the same mail twice changes nothing."""

    __tablename__ = "seen_messages"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    message_id: Mapped[str] = mapped_column(String(255), default="")
    date: Mapped[datetime | None] = mapped_column(DateTime)


class PersonRow(Base):
    """Derived at the end of `learn`: internal people and VIPs (one row per address)."""

    __tablename__ = "people"
    address: Mapped[str] = mapped_column(String(ADDRESS), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    name_key: Mapped[str] = mapped_column(String(120), default="", index=True)
    title: Mapped[str] = mapped_column(String(60), default="")
    is_vip: Mapped[bool] = mapped_column(Boolean, default=False)
    vip_reason: Mapped[str] = mapped_column(String(300), default="")


class LabelRow(Base):
    """Feedback: what a person (or an abuse-mailbox report) said a message was."""

    __tablename__ = "labels"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sha256: Mapped[str] = mapped_column(String(64), default="", index=True)
    message_id: Mapped[str] = mapped_column(String(255), default="", index=True)
    source: Mapped[str] = mapped_column(String(300), default="")
    label: Mapped[str] = mapped_column(String(20))  # attack | false_alarm | ham | spam
    attack_type: Mapped[str] = mapped_column(String(40), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ModelVersion(Base):
    """Metadata of trained models (files live in the home folder)."""

    __tablename__ = "model_versions"
    version: Mapped[str] = mapped_column(String(80), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    path: Mapped[str] = mapped_column(String(500), default="")
    metrics: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    promoted: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
