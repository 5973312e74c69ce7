"""`eval --mistakes DIR`: every miss and false alarm written out as a folder for review.

Layout: `DIR/misses/<n>-<source>.eml`, `DIR/false_alarms/<n>-<source>.eml`, and `DIR/index.jsonl`
with one line per file (truth, verdict, score, top signals, peers' answers, where it came from).
File names are built from the source with everything but [A-Za-z0-9._-] replaced, so a hostile
source name cannot climb out of DIR or hide as a dot file. The raw bytes are written as they were
read and never opened.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from mailwarden.evaluation.outcomes import Judged

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_NAME = 100


def safe_name(index: int, source: str) -> str:
    tail = _UNSAFE.sub("_", source)[-MAX_NAME:].strip("._-") or "message"
    stem = tail[:-4] if tail.lower().endswith(".eml") else tail
    return f"{index:06d}-{stem}.eml"


def kind_of(judged: Judged) -> str:
    return "misses" if judged.is_miss else "false_alarms"


def mistake_record(judged: Judged) -> dict:
    return {
        "kind": "miss" if judged.is_miss else "false_alarm",
        "source": judged.source,
        "subject": judged.subject,
        "label": judged.label,
        "true_type": judged.true_type,
        "family": judged.family,
        "verdict": judged.verdict,
        "score": round(judged.score, 4),
        "spam_score": round(judged.spam_score, 4),
        "predicted_type": judged.predicted_type,
        "top_signals": list(judged.top_signals),
        "signals": list(judged.signal_ids),
        "error": judged.error,
        "peers": {name: {"flagged": r.flagged, "score": r.score, "action": r.action,
                         "rules": list(r.rules[:5]), "error": r.error}
                  for name, r in sorted(judged.peers.items())},
    }


class MistakeWriter:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.written: dict[int, str] = {}  # judged index -> file path relative to folder
        for kind in ("misses", "false_alarms"):
            (folder / kind).mkdir(parents=True, exist_ok=True)

    def write_raw(self, judged: Judged, data: bytes | None) -> None:
        if data is None:
            return
        relative = f"{kind_of(judged)}/{safe_name(judged.index, judged.source)}"
        (self.folder / relative).write_bytes(data)
        self.written[judged.index] = relative

    def write_index(self, judged: Iterable[Judged]) -> Path:
        path = self.folder / "index.jsonl"
        with open(path, "w", encoding="utf-8") as handle:
            for item in judged:
                if item.is_miss or item.is_false_alarm:
                    record = {"file": self.written.get(item.index, ""), **mistake_record(item)}
                    handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        return path
