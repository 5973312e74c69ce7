"""Run Mailwarden (and the peers) over labelled mail, one streamed pass, keeping one `Judged` per message.

Mailwarden's CPU time is measured per message on the calling thread (parse + detectors + scoring). Peers
are asked from a small thread pool while Mailwarden works; their CPU time is read from their own
processes, so neither side's cost leaks into the other's throughput.
"""

from __future__ import annotations

import hashlib
import logging
import signal
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime

from mailwarden.engine import Engine
from mailwarden.evaluation.headers import header_date, header_subject
from mailwarden.evaluation.labels import ATTACK, HAM, LabelledItem, LoadStats
from mailwarden.evaluation.mistakes import MistakeWriter
from mailwarden.evaluation.outcomes import TOP_SIGNALS, Judged
from mailwarden.evaluation.peers import Peer, PeerResult, PeerRun, PeerUnavailable
from mailwarden.message import Message
from mailwarden.scoring.verdict import Assessment, Scorer, Verdict

log = logging.getLogger(__name__)

WARM_UP = (b"From: warm-up <warm@example.org>\r\nTo: eval@example.org\r\nSubject: warm-up\r\n"
           b"Date: Mon, 1 Jan 2024 00:00:00 +0000\r\nMessage-ID: <warm-up@example.org>\r\n\r\nhello\r\n")


@dataclass
class EvalRun:
    judged: list[Judged] = field(default_factory=list)
    detector_ids: tuple[str, ...] = ()
    detector_crashes: dict[str, int] = field(default_factory=dict)
    peers: dict[str, PeerRun] = field(default_factory=dict)
    load: LoadStats = field(default_factory=LoadStats)
    before: datetime | None = None
    left_out_before: int = 0  # real mail dated before --before (history, not evaluated)
    left_out_undated: int = 0
    wall_seconds: float = 0.0
    history: dict | None = None
    peer_good_share: float = 1.0  # share of good mail the peers judged (all attacks and spam always)


class _RecordingScorer:
    """Passes assessments through and keeps the last one, so eval sees the spam score too."""

    def __init__(self, inner: Scorer) -> None:
        self.inner = inner
        self.version = inner.version
        self.last: Assessment | None = None

    def assess(self, message: Message, signals: list) -> Assessment:
        self.last = None
        self.last = self.inner.assess(message, signals)
        return self.last


@dataclass
class _ActivePeer:
    peer: Peer
    run: PeerRun
    gate: threading.BoundedSemaphore  # bounds checks in flight (and the bytes they hold)
    pool: ThreadPoolExecutor  # one per peer, so a slow peer never queues ahead of a fast one


class _PeerPool:
    """Started peers, each asked from its own threads with a bounded number of checks in flight."""

    def __init__(self, peers: Iterable[Peer], runs: dict[str, PeerRun]) -> None:
        self.active: list[_ActivePeer] = []
        try:
            self._start_all(peers, runs)
        except BaseException:  # interrupted while starting the next peer: stop those already up
            for active in self.active:
                active.peer.stop()
            raise
        self.baseline = {a.peer.name: a.peer.cpu_seconds() for a in self.active}
        self.started = time.perf_counter()

    def _start_all(self, peers: Iterable[Peer], runs: dict[str, PeerRun]) -> None:
        for peer in peers:
            run = _start_peer(peer)
            runs[peer.name] = run
            if run.available:
                threads = max(1, getattr(peer, "parallelism", 2))
                self.active.append(_ActivePeer(peer, run, threading.BoundedSemaphore(2 * threads),
                                               ThreadPoolExecutor(threads, thread_name_prefix=peer.name)))

    def submit(self, data: bytes, judged: Judged) -> None:
        for active in self.active:
            active.gate.acquire()
            future = active.pool.submit(_safe_check, active.peer, data)
            future.add_done_callback(lambda f, a=active: _store(f, a.peer.name, judged, a.gate))

    def finish(self) -> None:
        for active in self.active:
            peer, run = active.peer, active.run
            try:
                active.pool.shutdown(wait=True)
                run.wall_seconds = time.perf_counter() - self.started
                run.cpu_seconds = max(0.0, peer.cpu_seconds() - self.baseline[peer.name])
            finally:
                peer.stop()


def _start_peer(peer: Peer) -> PeerRun:
    try:
        run = peer.start()
        before = peer.cpu_seconds()
        warm = peer.check(WARM_UP)  # the first message pays lazy rule compilation; not counted
        if warm.error:
            raise PeerUnavailable(f"warm-up message failed: {warm.error}")
        run.startup_cpu_seconds = before + max(0.0, peer.cpu_seconds() - before)
        return run
    except PeerUnavailable as exc:
        peer.stop()
        return PeerRun(peer.name, available=False, reason=str(exc))
    except Exception as exc:  # noqa: BLE001 - a broken peer is reported, never fatal to eval
        log.warning("peer %s failed to start", peer.name, exc_info=True)
        peer.stop()
        return PeerRun(peer.name, available=False, reason=f"{type(exc).__name__}: {exc}")
    except BaseException:  # interrupted while starting: never leave the daemon behind
        peer.stop()
        raise


def _safe_check(peer: Peer, data: bytes) -> PeerResult:
    try:
        return peer.check(data)
    except Exception as exc:  # noqa: BLE001 - one message a peer chokes on is an error row, not a crash
        return PeerResult(error=f"{type(exc).__name__}: {exc}")


def _store(future: Future, name: str, judged: Judged, gate: threading.BoundedSemaphore) -> None:
    try:
        judged.peers[name] = future.result()
    except Exception as exc:  # noqa: BLE001 - cancelled or failed future
        judged.peers[name] = PeerResult(error=f"{type(exc).__name__}: {exc}")
    finally:
        gate.release()


def evaluate(
    labelled: Iterable[LabelledItem],
    engine: Engine,
    *,
    peers: Iterable[Peer] = (),
    before: datetime | None = None,
    mistakes: MistakeWriter | None = None,
    progress: Callable[[], None] | None = None,
    run: EvalRun | None = None,
    peer_good_share: float = 1.0,
) -> EvalRun:
    """`peer_good_share` < 1: peers judge every attack and spam but only that share of the good mail
    (a fixed sample by source name), for peers too slow to judge a whole archive; Mailwarden judges all."""
    run = run or EvalRun()
    run.before = before
    run.peer_good_share = peer_good_share
    run.detector_ids = tuple(d.id for d in engine.runner.detectors)
    recorder = _RecordingScorer(engine.scorer)
    engine.scorer = recorder
    restore = _stop_peers_on_sigterm()
    pool = _PeerPool(peers, run.peers)
    started = time.perf_counter()  # after the peers' start-up, which is reported on its own
    try:
        for entry in labelled:
            if progress is not None:
                progress()
            if before is not None and _is_history(entry, before, run):
                continue
            judged = _judge(engine, recorder, entry, len(run.judged))
            run.judged.append(judged)
            peers_judge = entry.label != HAM or _in_sample(judged.source, peer_good_share)
            if entry.item.data is not None and peers_judge:
                pool.submit(entry.item.data, judged)
            if mistakes is not None and (judged.is_miss or judged.is_false_alarm):
                mistakes.write_raw(judged, entry.item.data)
    finally:
        pool.finish()
        restore()
    run.detector_crashes = dict(engine.runner.crashes)
    run.wall_seconds = time.perf_counter() - started
    for name, peer_run in run.peers.items():
        results = [j.peers[name] for j in run.judged if name in j.peers]
        peer_run.checked = sum(1 for r in results if not r.error)
        peer_run.errors = sum(1 for r in results if r.error)
    return run


def _stop_peers_on_sigterm() -> Callable[[], None]:
    """A plain `kill` of eval must still stop the peer daemons it started (they run in their own
    session): turn SIGTERM into SystemExit while eval runs, so the `finally` that stops them runs."""
    def handler(signum, frame):  # noqa: ARG001
        raise SystemExit(128 + signum)

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread: leave signals alone
        return lambda: None
    return lambda: signal.signal(signal.SIGTERM, previous)


def _in_sample(source: str, share: float) -> bool:
    if share >= 1.0:
        return True
    bucket = int.from_bytes(hashlib.sha1(source.encode("utf-8", "replace")).digest()[:4], "big") / 2**32
    return bucket < share


def _is_history(entry: LabelledItem, before: datetime, run: EvalRun) -> bool:
    """Real mail dated before the split is history; synthetic attacks are always evaluated."""
    if entry.label == ATTACK or entry.item.data is None:
        return False
    when = header_date(entry.item.data)
    if when is None:
        run.left_out_undated += 1
        return True
    if when < before:
        run.left_out_before += 1
        return True
    return False


def _judge(engine: Engine, recorder: _RecordingScorer, entry: LabelledItem, index: int) -> Judged:
    started = time.thread_time()
    recorder.last = None
    message, verdict = engine.judge_raw(entry.item)
    cpu = time.thread_time() - started
    assessment = recorder.last
    subject = ""
    if _may_be_mistake(entry, verdict):  # kept for mistakes only: shown in the report
        subject = (message.subject if message is not None else "") or header_subject(entry.item.data or b"")
    return Judged(
        index=index,
        source=entry.item.source,
        label=entry.label,
        true_type=entry.attack_type,
        family=entry.family,
        verdict=verdict.verdict,
        score=float(verdict.score),
        spam_score=float(assessment.spam_score) if assessment else 0.0,
        predicted_type=verdict.attack_type,
        signal_ids=tuple(s.id for s in verdict.signals),
        top_signals=_top(verdict),
        cpu_seconds=cpu,
        error=verdict.error,
        model=verdict.model,
        subject=subject,
    )


def _may_be_mistake(entry: LabelledItem, verdict: Verdict) -> bool:
    if entry.label == ATTACK:
        return verdict.verdict not in ("attack", "suspicious")
    return verdict.verdict != "safe" if entry.label == "ham" else verdict.verdict == "safe"


def _top(verdict: Verdict) -> tuple[dict, ...]:
    ranked = sorted(verdict.signals, key=lambda s: -abs(s.strength))[:TOP_SIGNALS]
    return tuple({"id": s.id, "strength": round(s.strength, 3), "evidence": s.evidence} for s in ranked)
