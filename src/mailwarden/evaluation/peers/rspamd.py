"""Rspamd as a peer: `rspamd` started on a local port from a temporary config, asked over HTTP.

Offline and fair: DNS points at a closed local port (no lookup can leave the machine, so no remote map
is ever fetched), and every module that needs the network or a learned store is disabled: RBL/SURBL,
SPF/DKIM/DMARC/ARC (they need DNS), fuzzy, DCC, Razor/Pyzor (external services), reputation, neural,
Bayes (needs Redis; nothing is learned from the mail under test), greylisting, rate limits, updates.
HFILTER's checks of the SMTP session (HELO, client hostname) are off: eval has no SMTP session, and
those symbols would fire on every message for a reason that is not in the mail.
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
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

CONFDIR = "/etc/rspamd"
FLAGGED_ACTIONS = {"reject", "add header", "rewrite subject"}  # greylist and soft reject are not spam
DISABLED_MODULES = (
    "rbl", "surbl", "emails", "spf", "dkim", "dkim_signing", "dmarc", "arc", "asn", "fuzzy_check", "dcc",
    "external_services", "antivirus", "rspamd_update", "whitelist", "reputation", "neural", "ratelimit",
    "greylist", "history_redis", "clickhouse", "elastic", "metadata_exporter", "bimi", "replies",
    "url_redirector", "p0f", "spamtrap", "mx_check", "url_reputation", "url_tags", "known_senders",
)
TOP_CONFIG = """\
.include "$CONFDIR/common.conf"
options {{
    pidfile = "$RUNDIR/rspamd.pid";
    .include "$CONFDIR/options.inc"
    .include(try=true; priority=1,duplicate=merge) "$LOCAL_CONFDIR/local.d/options.inc"
}}
logging {{
    type = "file";
    filename = "$LOGDIR/rspamd.log";
    level = "error";
}}
worker "normal" {{
    bind_socket = "127.0.0.1:{port}";
    count = {workers};
    .include "$CONFDIR/worker-normal.inc"
}}
"""
OPTIONS = """\
dns {{ nameserver = ["127.0.0.1:1"]; timeout = 0.1s; retransmits = 0; }}
hs_cache_dir = "{cache}";
"""
HFILTER = "helo_enabled = false;\nhostname_enabled = false;\nfrom_enabled = false;\nrcpt_enabled = false;\n"
CLASSIFIER = "bayes { enabled = false; }\n"


class RspamdPeer(DaemonPeer):
    name = "rspamd"

    def __init__(self, workers: int = 0, cache_dir: Path | None = None, start_timeout: float = 180.0,
                 check_timeout: float = 60.0) -> None:
        self.workers = workers or (os.cpu_count() or 1)
        self.parallelism = self.workers * 2  # each worker handles several requests at once
        self.cache_dir = cache_dir or default_cache_dir()  # compiled Hyperscan rules survive runs
        self.start_timeout = start_timeout
        self.check_timeout = check_timeout
        self.port = 0
        self.proc: subprocess.Popen | None = None
        self.workdir: Path | None = None

    def start(self) -> PeerRun:
        binary = shutil.which("rspamd") or (
            "/usr/bin/rspamd" if os.path.exists("/usr/bin/rspamd") else None)
        if binary is None:
            raise PeerUnavailable("rspamd not installed (Debian: apt-get install rspamd)")
        if not os.path.isfile(f"{CONFDIR}/common.conf"):
            raise PeerUnavailable(f"rspamd's stock configuration is missing ({CONFDIR}/common.conf)")
        self.workdir = Path(tempfile.mkdtemp(prefix="mailwarden-rspamd-"))
        self.port = free_port()
        config = self._write_config(self.workdir)
        log = self.workdir / "rspamd.log"
        command = [binary, "-f", "-c", str(config),
                   "--var", f"CONFDIR={CONFDIR}", "--var", f"LOCAL_CONFDIR={self.workdir}",
                   "--var", f"DBDIR={self.workdir / 'db'}", "--var", f"RUNDIR={self.workdir}",
                   "--var", f"LOGDIR={self.workdir}"]
        if os.geteuid() == 0:
            command.append("-i")  # rspamd refuses root workers otherwise; this is a throwaway local run
        with open(self.workdir / "stdout.log", "wb") as handle:
            self.proc = subprocess.Popen(command, stdout=handle, stderr=subprocess.STDOUT,  # noqa: S603
                                         stdin=subprocess.DEVNULL, start_new_session=True,
                                         preexec_fn=die_with_parent)
        try:
            wait_listening(self.proc, self.port, self.start_timeout, log if log.exists() else
                           self.workdir / "stdout.log")
        except PeerUnavailable:
            self.stop()
            raise
        return PeerRun(self.name, version=_version(binary), settings=[
            "DNS to a closed local port (no lookups, no remote maps)",
            "disabled: " + ", ".join(DISABLED_MODULES), "Bayes off; HFILTER SMTP-session checks off",
            "flagged = action in " + ", ".join(sorted(FLAGGED_ACTIONS))])

    def _write_config(self, root: Path) -> Path:
        local = root / "local.d"
        local.mkdir()
        (root / "db").mkdir()
        cache = self.cache_dir
        try:
            cache.mkdir(parents=True, exist_ok=True)
        except OSError:
            cache = root / "db"  # no writable cache: compile afresh in the temporary folder
        (local / "options.inc").write_text(OPTIONS.format(cache=cache))
        for module in DISABLED_MODULES:
            (local / f"{module}.conf").write_text("enabled = false;\n")
        (local / "hfilter.conf").write_text(HFILTER)
        (local / "classifier-bayes.conf").write_text(CLASSIFIER)
        config = root / "rspamd.conf"
        config.write_text(TOP_CONFIG.format(port=self.port, workers=self.workers))
        return config

    def check(self, data: bytes) -> PeerResult:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.check_timeout)
        try:
            conn.request("POST", "/checkv2", body=data, headers={"Content-Length": str(len(data))})
            response = conn.getresponse()
            payload = response.read()
        except (OSError, http.client.HTTPException) as exc:
            return PeerResult(error=f"rspamd: {exc}")
        finally:
            conn.close()
        if response.status != 200:
            return PeerResult(error=f"rspamd: HTTP {response.status}")
        return parse_rspamd_reply(payload)



def default_cache_dir() -> Path:
    """Rspamd compiles its regexps (Hyperscan) for ~20 CPU-seconds; the result is kept per user."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mailwarden" / "rspamd"


def parse_rspamd_reply(payload: bytes) -> PeerResult:
    try:
        reply = json.loads(payload)
    except ValueError:
        return PeerResult(error="rspamd: reply is not JSON")
    if not isinstance(reply, dict) or "score" not in reply:
        return PeerResult(error=f"rspamd: {str(reply)[:120]}")
    symbols = reply.get("symbols") or {}
    fired = sorted(((v.get("score", 0.0), k) for k, v in symbols.items() if isinstance(v, dict)),
                   reverse=True)
    action = str(reply.get("action", ""))
    return PeerResult(float(reply["score"]), action in FLAGGED_ACTIONS, action,
                      tuple(name for score, name in fired if score > 0))


def _version(binary: str) -> str:
    try:
        out = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=30, check=False)  # noqa: S603
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return out.stdout.strip().splitlines()[0] if out.stdout.strip() else ""
