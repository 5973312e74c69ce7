"""message -> signals -> assessment -> verdict, for one message at a time.

The engine is what `scan`, the HTTP API and the mail-flow integrations share. It never raises for a
message: an unreadable item becomes a verdict with an `error` field.
"""

from __future__ import annotations

import logging
import time

from mailwarden.message import Message
from mailwarden.message.parse import parse_message
from mailwarden.profile.view import OrgProfile
from mailwarden.scoring.coldstart import ColdStartScorer
from mailwarden.scoring.explain import compose_verdict
from mailwarden.scoring.verdict import Scorer, Verdict
from mailwarden.settings import Settings
from mailwarden.signals.base import Context, Signal
from mailwarden.signals.registry import DetectorRunner
from mailwarden.sources.base import RawItem

log = logging.getLogger(__name__)

_WARM_UP = (b"From: Warm Up <warm.up@example.com>\r\nTo: someone@example.org\r\nSubject: warm-up\r\n"
            b"Message-ID: <warm-up@example.com>\r\n\r\nPlease see the link https://example.net/a today.\r\n")


class Engine:
    def __init__(
        self,
        settings: Settings,
        profile: OrgProfile | None = None,
        scorer: Scorer | None = None,
        runner: DetectorRunner | None = None,
    ) -> None:
        self.settings = settings
        self.context = Context(settings=settings, profile=profile)
        self.fallback = ColdStartScorer.load(settings)
        self.scorer = scorer or self.fallback
        self.runner = runner or DetectorRunner()

    def warm_up(self) -> None:
        """Pay the once-per-process costs before the first real message: detector tables compile on
        first use (about 2 CPU-seconds) and the sentence encoder loads on the referee's first read. A
        long-running service calls this at start so that its first message is not the slow one."""
        self.judge(parse_message(_WARM_UP, "warm-up", self.settings))
        warm = getattr(self.scorer, "warm_up", None)
        if callable(warm):
            warm()

    def signals(self, message: Message) -> list[Signal]:
        return self.runner.run(message, self.context)

    def judge(self, message: Message, clock: dict[str, float] | None = None) -> Verdict:
        """The verdict for a parsed message. `clock`, when given, accumulates CPU seconds per stage
        ("detectors", "scoring") for `mailwarden bench`."""
        started = time.process_time() if clock is not None else 0.0
        signals = self.signals(message)
        if clock is not None:
            scored = time.process_time()
            clock["detectors"] = clock.get("detectors", 0.0) + scored - started
        try:
            assessment = self.scorer.assess(message, signals)
        except Exception:  # noqa: BLE001 - a broken model must not take mail down: fall back to rules
            log.warning("scorer %s failed on %s; using cold-start rules", self.scorer.version,
                        message.source, exc_info=True)
            assessment = self.fallback.assess(message, signals)
        verdict = compose_verdict(message, signals, assessment, self.settings)
        if clock is not None:
            clock["scoring"] = clock.get("scoring", 0.0) + time.process_time() - scored
        return verdict

    def judge_raw(
        self, item: RawItem, clock: dict[str, float] | None = None
    ) -> tuple[Message | None, Verdict]:
        if item.data is None:
            return None, Verdict.unreadable(item.source, item.error or "unreadable")
        started = time.process_time() if clock is not None else 0.0
        try:
            message = parse_message(item.data, item.source, self.settings)
        except Exception as exc:  # noqa: BLE001 - the parser should not raise; if it does, say so
            log.exception("parser raised on %s", item.source)
            return None, Verdict.unreadable(item.source, f"parser error: {type(exc).__name__}: {exc}")
        finally:
            if clock is not None:
                clock["parse"] = clock.get("parse", 0.0) + time.process_time() - started
        return message, self.judge(message, clock)
