"""Immutable message types. Built by `mailwarden.message.parse.parse_message`; read by detectors.

Everything here is plain data: detectors must be able to rely on the fields being present (possibly
empty), never on the parser having succeeded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Address:
    """One mailbox: display name as shown to the reader and the lower-cased addr-spec."""

    name: str
    address: str

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2] if "@" in self.address else ""

    @property
    def local(self) -> str:
        return self.address.rpartition("@")[0] if "@" in self.address else self.address

    def __str__(self) -> str:
        return f"{self.name} <{self.address}>" if self.name else self.address


@dataclass(frozen=True, slots=True)
class Link:
    """A link as the reader sees it (shown text) and where it goes (href, never fetched)."""

    href: str
    text: str = ""
    domain: str = ""  # host of the href, lower-cased, IDN decoded to Unicode where possible
    in_html: bool = True


@dataclass(frozen=True, slots=True)
class Attachment:
    """An attachment inspected as bytes in memory only (never written to disk, never executed)."""

    filename: str
    declared_type: str
    sniffed_type: str
    size: int
    sha256: str
    has_macros: bool = False
    has_script: bool = False  # HTML/SVG with script, PDF JavaScript, HTML smuggling markers
    is_encrypted: bool = False  # password-protected archive / office / PDF
    is_archive: bool = False
    members: tuple[str, ...] = ()  # file names inside an archive (bounded)
    defects: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReceivedHop:
    """One Received header, newest first (as in the message)."""

    from_host: str = ""
    from_ip: str = ""
    by_host: str = ""
    date: datetime | None = None
    raw: str = ""


@dataclass(frozen=True, slots=True)
class AuthResults:
    """Authentication verdicts as recorded by the receiving side (Authentication-Results, Received-SPF).

    Values are the RFC 8601 result words (`pass`, `fail`, `softfail`, `neutral`, `none`, `temperror`,
    `permerror`, `bestguesspass`) or "" when nothing was recorded.
    """

    spf: str = ""
    spf_domain: str = ""
    dkim: str = ""
    dkim_domains: tuple[str, ...] = ()  # d= of passing signatures
    dmarc: str = ""
    dmarc_policy: str = ""  # p= when recorded (none, quarantine, reject)
    arc: str = ""
    present: bool = False  # any authentication header at all (archives like Enron carry none)


@dataclass(frozen=True, slots=True)
class Message:
    """One parsed message. Bad input never raises from the parser: it lands in `defects`."""

    source: str
    raw_size: int = 0
    sha256: str = ""
    message_id: str = ""
    subject: str = ""
    date: datetime | None = None
    sender: Address | None = None  # From (first mailbox)
    reply_to: tuple[Address, ...] = ()
    return_path: str = ""
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    bcc: tuple[Address, ...] = ()
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    received: tuple[ReceivedHop, ...] = ()
    auth: AuthResults = field(default_factory=AuthResults)
    headers: tuple[tuple[str, str], ...] = ()  # (lower-cased name, unfolded value), bounded
    text: str = ""  # text of every text part, HTML rendered to text, bounded
    html: bool = False  # some body part was HTML
    links: tuple[Link, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    language: str = ""
    defects: tuple[str, ...] = ()

    @property
    def recipients(self) -> tuple[Address, ...]:
        return self.to + self.cc + self.bcc

    def header(self, name: str) -> str:
        """First value of a header by case-insensitive name, or ""."""
        wanted = name.lower()
        for key, value in self.headers:
            if key == wanted:
                return value
        return ""

    def header_all(self, name: str) -> list[str]:
        wanted = name.lower()
        return [value for key, value in self.headers if key == wanted]
