"""Running a peer daemon: a free local port, waiting until it listens, its CPU time, stopping it."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

from mailwarden.evaluation.peers.base import PeerUnavailable

_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def die_with_parent() -> None:
    """preexec_fn: the daemon gets SIGTERM if eval dies without stopping it (Linux; no-op elsewhere)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_listening(proc: subprocess.Popen, port: int, timeout: float, log: Path | None = None) -> None:
    """Block until something accepts on 127.0.0.1:port, or raise PeerUnavailable with the log's tail."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise PeerUnavailable(f"exited with status {proc.returncode}: {_tail(log)}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.2)
    raise PeerUnavailable(f"did not listen on port {port} within {timeout:.0f}s: {_tail(log)}")


def _tail(log: Path | None, chars: int = 400) -> str:
    if log is None or not log.exists():
        return "(no log)"
    text = log.read_text("utf-8", "replace").strip()
    return text[-chars:] or "(empty log)"


def tree_cpu_seconds(root: int) -> float:
    """User+system CPU of a process and its descendants, including children they have already reaped.

    Read from /proc so that a daemon still running is measured (getrusage only sees reaped children).
    """
    stats = _proc_stats()
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in stats.items():
        children.setdefault(ppid, []).append(pid)
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        if pid in stats:
            total += stats[pid][1]
        todo.extend(children.get(pid, ()))
    return total


def _proc_stats() -> dict[int, tuple[int, float]]:
    out: dict[int, tuple[int, float]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            raw = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue  # exited while we looked
        fields = raw.rpartition(")")[2].split()  # the command name may hold spaces and parentheses
        # fields[0] is state; ppid, utime, stime, cutime, cstime are stat fields 4, 14, 15, 16, 17.
        ppid = int(fields[1])
        ticks = sum(int(f) for f in fields[11:15])
        out[int(entry)] = (ppid, ticks / _TICKS)
    return out


def stop_process(proc: subprocess.Popen, grace: float = 10.0) -> None:
    """SIGTERM, then SIGKILL after `grace` seconds; always reaps it."""
    if proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
        proc.wait(timeout=grace)


class DaemonPeer:
    """What every daemon-backed peer shares: its process tree's CPU and a clean stop."""

    proc: subprocess.Popen | None = None
    workdir: Path | None = None

    def cpu_seconds(self) -> float:
        return tree_cpu_seconds(self.proc.pid) if self.proc and self.proc.poll() is None else 0.0

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)
            self.proc = None
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None
