"""Recording and reading feedback labels.

A label row lives in the store (`Store.add_label`); the message bytes are kept as
`<home>/labels/<sha256>.eml` (bytes only: never opened by anything but our parser). A label given by
Message-ID alone is recorded too, and becomes usable for training once the message is found (pass
`search` paths, or report it again by file).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mailwarden.errors import MailwardenError
from mailwarden.message.parse import parse_message
from mailwarden.scoring.verdict import ATTACK_TYPES
from mailwarden.settings import Settings
from mailwarden.sources import iter_raw

if TYPE_CHECKING:
    from mailwarden.store import Store

KINDS = ("missed", "false_alarm")


class FeedbackError(MailwardenError):
    """The feedback could not be recorded (unknown type, message not readable)."""


@dataclass(frozen=True)
class FeedbackResult:
    label_id: int
    label: str
    sha256: str
    message_id: str
    stored_copy: str  # path of the kept message, "" when only the Message-ID is known


@dataclass(frozen=True)
class LabelledMessage:
    raw: bytes
    label: str  # store label: attack | spam | false_alarm | ham
    attack_type: str
    source: str
    label_id: int


def labels_dir(settings: Settings) -> Path:
    return Path(settings.home) / "labels"


def store_label(kind: str, attack_type: str) -> str:
    if kind == "false_alarm":
        return "false_alarm"
    return "spam" if attack_type == "spam" else "attack"


def _normalize_id(message_id: str) -> str:
    mid = message_id.strip()
    return mid if not mid or mid.startswith("<") else f"<{mid}>"


def keep_copy(settings: Settings, raw: bytes) -> tuple[str, Path]:
    digest = hashlib.sha256(raw).hexdigest()
    folder = labels_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{digest}.eml"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(raw)
        tmp.replace(path)
    return digest, path


def find_by_message_id(
    message_id: str, paths: Iterable[str | Path], settings: Settings
) -> tuple[bytes, str] | None:
    wanted = _normalize_id(message_id).lower()
    for item in iter_raw(list(paths), settings):
        if item.data is None or wanted.encode() not in item.data.lower():
            continue  # cheap byte test before parsing
        message = parse_message(item.data, item.source, settings)
        if _normalize_id(message.message_id).lower() == wanted:
            return item.data, item.source
    return None


def record_feedback(
    settings: Settings,
    store: Store,
    kind: str,
    *,
    raw: bytes | None = None,
    source: str = "",
    message_id: str = "",
    attack_type: str = "",
    note: str = "",
    search: Iterable[str | Path] = (),
) -> FeedbackResult:
    """Record a missed attack (with its type) or a false alarm, by message bytes or by Message-ID."""
    if kind not in KINDS:
        raise FeedbackError(f"kind must be one of {', '.join(KINDS)}")
    if kind == "missed":
        attack_type = attack_type or "scam"
        if attack_type not in ATTACK_TYPES or attack_type == "none":
            raise FeedbackError(f"unknown attack type {attack_type!r}; one of {', '.join(ATTACK_TYPES[:-1])}")
    else:
        attack_type = ""
    if raw is None and message_id:
        found = find_by_message_id(message_id, search, settings) if search else None
        if found is not None:
            raw, source = found
    sha256, copy = "", ""
    if raw is not None:
        message = parse_message(raw, source or "feedback", settings)
        message_id = message_id or message.message_id
        sha256, path = keep_copy(settings, raw)
        copy = str(path)
    elif not message_id:
        raise FeedbackError("give a message file or a Message-ID")
    label = store_label(kind, attack_type)
    label_id = store.add_label(
        label,
        sha256=sha256,
        message_id=_normalize_id(message_id),
        source=source,
        attack_type=attack_type,
        note=note,
    )
    return FeedbackResult(label_id, label, sha256, _normalize_id(message_id), copy)


def labelled_messages(settings: Settings, store: Store) -> tuple[list[LabelledMessage], int]:
    """Every label whose message we hold (latest label per message wins), and how many labels have no
    message yet (given by Message-ID only and never found)."""
    folder = labels_dir(settings)
    by_id: dict[str, Path] = {}
    latest: dict[str, LabelledMessage] = {}
    unresolved = 0
    for label in store.labels():
        path = folder / f"{label.sha256}.eml" if label.sha256 else None
        if path is None and label.message_id:
            if not by_id:
                by_id = dict(_index_by_message_id(folder, settings))
            path = by_id.get(label.message_id.lower())
        if path is None or not path.is_file():
            unresolved += 1
            continue
        raw = path.read_bytes()
        latest[hashlib.sha256(raw).hexdigest()] = LabelledMessage(
            raw, label.label, label.attack_type, label.source or str(path), label.id
        )
    return list(latest.values()), unresolved


def _index_by_message_id(folder: Path, settings: Settings) -> Iterator[tuple[str, Path]]:
    if not folder.is_dir():
        return
    for path in folder.glob("*.eml"):
        message = parse_message(path.read_bytes(), str(path), settings)
        if message.message_id:
            yield _normalize_id(message.message_id).lower(), path
