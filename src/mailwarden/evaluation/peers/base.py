"""What a peer filter (SpamAssassin, Rspamd) is to `eval`: something started, asked, and stopped.

A peer that is not installed or fails to start raises `PeerUnavailable` with a reason; eval reports it
and goes on. A peer that fails on one message returns a result with an `error` for that message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from mailwarden.errors import MailwardenError


class PeerUnavailable(MailwardenError):
    """The peer cannot run here (not installed, failed to start); the reason says why."""


@dataclass(frozen=True, slots=True)
class PeerResult:
    score: float = 0.0  # the peer's own score (higher = more spam-like)
    flagged: bool = False  # the peer would treat the message as spam
    action: str = ""  # the peer's own word for what it would do
    rules: tuple[str, ...] = ()  # rules that fired, strongest first
    error: str = ""


@dataclass
class PeerRun:
    """What a peer run cost, measured on the peer's own processes."""

    name: str
    version: str = ""
    available: bool = True
    reason: str = ""  # why unavailable
    checked: int = 0
    errors: int = 0
    startup_cpu_seconds: float = 0.0
    cpu_seconds: float = 0.0  # scanning only (after the first message, start-up excluded)
    wall_seconds: float = 0.0
    settings: list[str] = field(default_factory=list)  # how it was configured, for the report

    @property
    def messages_per_cpu_second(self) -> float | None:
        return self.checked / self.cpu_seconds if self.cpu_seconds > 0 else None

    def to_json(self) -> dict:
        return {
            "name": self.name, "version": self.version, "available": self.available, "reason": self.reason,
            "checked": self.checked, "errors": self.errors,
            "startup_cpu_seconds": round(self.startup_cpu_seconds, 3),
            "cpu_seconds": round(self.cpu_seconds, 3), "wall_seconds": round(self.wall_seconds, 3),
            "messages_per_cpu_second": self.messages_per_cpu_second, "settings": self.settings,
        }


class Peer(Protocol):
    name: str
    parallelism: int  # requests worth keeping in flight at once

    def start(self) -> PeerRun:
        """Start the peer (raises PeerUnavailable); returns the run record that stop() completes."""
        ...

    def check(self, data: bytes) -> PeerResult: ...

    def cpu_seconds(self) -> float:
        """CPU used so far by the peer's processes (alive and reaped)."""
        ...

    def stop(self) -> None: ...
