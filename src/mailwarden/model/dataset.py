"""Training examples: a parsed message, its signals, its label and where it came from."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from mailwarden.message import Message
from mailwarden.profile.view import OrgProfile
from mailwarden.settings import Settings
from mailwarden.signals.base import Context, Signal
from mailwarden.signals.registry import DetectorRunner

log = logging.getLogger(__name__)

SPLITS = ("train", "calib", "test")


@dataclass
class Example:
    message: Message
    signals: list[Signal]
    label: int  # 1 = attack or spam (unwanted), 0 = good mail
    attack_type: str = "none"  # DESIGN.md taxonomy; "" when unwanted but of unknown kind
    weight: float = 1.0
    group: str = ""  # near-duplicates share a group and therefore a split (body hash, campaign, family)
    origin: str = ""  # "history", "synthetic:<family>", "label:missed", "corpus:<name>"
    split: str = ""  # forced split ("train", "calib", "test"); "" = by group hash
    meta: dict = field(default_factory=dict)


def body_group(message: Message) -> str:
    """Near-duplicate key: normalised text, as the corpora manifest's body_hash does."""
    text = " ".join(message.text.lower().split())
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:16] if text else message.sha256[:16]


def split_of(example: Example, calib_share: float = 0.2, test_share: float = 0.2) -> str:
    if example.split:
        return example.split
    key = example.group or body_group(example.message)
    bucket = int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    if bucket < test_share:
        return "test"
    if bucket < test_share + calib_share:
        return "calib"
    return "train"


def featurize_raw(
    items: Iterable[tuple[bytes, str, dict]],
    settings: Settings,
    profile: OrgProfile | None = None,
    runner: DetectorRunner | None = None,
) -> Iterator[tuple[Message, list[Signal], dict]]:
    """Parse and run the detectors on (raw bytes, source, extra) triples; unreadable ones are skipped."""
    from mailwarden.message.parse import parse_message  # the parser's imports are heavy; load on use

    runner = runner or DetectorRunner()
    context = Context(settings=settings, profile=profile)
    for raw, source, extra in items:
        try:
            message = parse_message(raw, source, settings)
        except Exception:  # noqa: BLE001 - a message the parser cannot take teaches nothing
            log.debug("skipping unparseable training message %s", source, exc_info=True)
            continue
        yield message, runner.run(message, context), extra
