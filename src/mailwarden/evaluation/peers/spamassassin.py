"""SpamAssassin as a peer: `spamd` on a local port, asked over the SPAMC protocol, fully offline.

Offline and fair: `-L` (local tests only: no DNS block lists, no Razor/Pyzor/DCC), no Bayes and no
auto-learning (nothing learned from the mail under test), no per-user config (`-x`). Rules are the
installed ones (`/usr/share/spamassassin`, or sa-update's if present); we change none of them.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

from mailwarden.evaluation.peers.base import PeerResult, PeerRun, PeerUnavailable
from mailwarden.evaluation.peers.process import (
    DaemonPeer,
    die_with_parent,
    free_port,
    wait_listening,
)

OFFLINE_CONFIG = (
    "use_bayes 0",
    "bayes_auto_learn 0",
    "use_auto_whitelist 0",
    "skip_rbl_checks 1",
    "use_razor2 0",
    "use_pyzor 0",
    "use_dcc 0",
    "dns_available no",
)
_STATUS = re.compile(rb"^Spam:\s*(\w+)\s*;\s*(-?[\d.]+)\s*/\s*(-?[\d.]+)", re.MULTILINE | re.IGNORECASE)


class SpamAssassinPeer(DaemonPeer):
    name = "spamassassin"

    def __init__(self, children: int = 0, start_timeout: float = 120.0, check_timeout: float = 120.0) -> None:
        # SpamAssassin is the slowest side by far; a child per core and one to spare keeps cores busy
        # while others wait on sockets. CPU time is measured, so this changes wall time only.
        self.children = children or (os.cpu_count() or 1) + 1
        self.parallelism = self.children
        self.start_timeout = start_timeout
        self.check_timeout = check_timeout
        self.port = 0
        self.proc: subprocess.Popen | None = None
        self.workdir: Path | None = None

    def start(self) -> PeerRun:
        binary = shutil.which("spamd") or next((p for p in ("/usr/sbin/spamd",) if os.path.exists(p)), None)
        if binary is None:
            raise PeerUnavailable("spamd not installed (Debian: apt-get install spamassassin spamd)")
        self.workdir = Path(tempfile.mkdtemp(prefix="mailwarden-spamd-"))
        self.workdir.chmod(0o755)  # spamd's children drop to `nobody` when started as root
        self.port = free_port()
        log = self.workdir / "spamd.log"
        command = [binary, "-L", "-x", "-i", f"127.0.0.1:{self.port}", "-A", "127.0.0.1",
                   "-m", str(self.children), f"--min-children={self.children}",
                   "-H", str(self.workdir), "-r", str(self.workdir / "spamd.pid"), "--syslog=stderr"]
        if os.geteuid() == 0:
            command += ["-u", "nobody"]
        command += [f"--cf={line}" for line in OFFLINE_CONFIG]
        with open(log, "wb") as handle:
            self.proc = subprocess.Popen(command, stdout=handle, stderr=subprocess.STDOUT,  # noqa: S603
                                         stdin=subprocess.DEVNULL, start_new_session=True,
                                         preexec_fn=die_with_parent)
        try:
            wait_listening(self.proc, self.port, self.start_timeout, log)
        except PeerUnavailable:
            self.stop()
            raise
        return PeerRun(self.name, version=_version(binary),
                       settings=["spamd -L -x (local tests only, no user config)", *OFFLINE_CONFIG])

    def check(self, data: bytes) -> PeerResult:
        request = (b"SYMBOLS SPAMC/1.5\r\nContent-length: " + str(len(data)).encode()
                   + b"\r\nUser: mailwarden\r\n\r\n" + data)
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=self.check_timeout) as sock:
                sock.sendall(request)
                sock.shutdown(socket.SHUT_WR)
                reply = _read_all(sock)
        except OSError as exc:
            return PeerResult(error=f"spamd: {exc}")
        return parse_spamd_reply(reply)



def parse_spamd_reply(reply: bytes) -> PeerResult:
    """`SPAMD/1.1 0 EX_OK` + `Spam: True ; 15.2 / 5.0` + blank line + `RULE_A,RULE_B`."""
    head, _, body = reply.partition(b"\r\n\r\n")
    first = head.split(b"\r\n", 1)[0]
    if not first.startswith(b"SPAMD/") or b"EX_OK" not in first:
        return PeerResult(error=f"spamd: {first[:120].decode('latin-1', 'replace') or 'no reply'}")
    match = _STATUS.search(head)
    if match is None:
        return PeerResult(error="spamd: reply without a Spam: line")
    flagged = match.group(1).lower() in {b"true", b"yes"}
    rules = tuple(r.strip() for r in body.decode("latin-1", "replace").split(",") if r.strip())
    return PeerResult(float(match.group(2)), flagged, "spam" if flagged else "ham", rules)


def _read_all(sock: socket.socket) -> bytes:
    chunks = []
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _version(binary: str) -> str:
    try:
        out = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=30, check=False)  # noqa: S603
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return out.stdout.strip().splitlines()[0] if out.stdout.strip() else ""
