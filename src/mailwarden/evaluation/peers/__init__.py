"""Peer filters run beside Mailwarden on the same mail: SpamAssassin and Rspamd, offline."""

from __future__ import annotations

from pathlib import Path

from mailwarden.evaluation.peers.base import Peer, PeerResult, PeerRun, PeerUnavailable
from mailwarden.evaluation.peers.rspamd import RspamdPeer
from mailwarden.evaluation.peers.spamassassin import SpamAssassinPeer

KNOWN_PEERS = ("spamassassin", "rspamd")

__all__ = ["KNOWN_PEERS", "Peer", "PeerResult", "PeerRun", "PeerUnavailable", "make_peer"]


def make_peer(name: str, cache_dir: Path | None = None) -> Peer:
    if name == "spamassassin":
        return SpamAssassinPeer()
    if name == "rspamd":
        return RspamdPeer(cache_dir=cache_dir)
    raise PeerUnavailable(f"unknown peer {name!r}; known: {', '.join(KNOWN_PEERS)}")
