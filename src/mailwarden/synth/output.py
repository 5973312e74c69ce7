"""Write synthetic messages as .eml files or one mbox, with `labels.jsonl` beside them."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from email.utils import parsedate_to_datetime
from pathlib import Path

from mailwarden.synth.generator import SyntheticAttack

LABELS_FILE = "labels.jsonl"
MBOX_FILE = "attacks.mbox"
_FROM_LINE = re.compile(rb"^(>*From )", re.MULTILINE)


def write(items: Iterable[SyntheticAttack], out: Path, fmt: str = "eml") -> int:
    """Write every item; returns how many. Labels name each message by `source` (file, or mbox#index)."""
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    with open(out / LABELS_FILE, "w", encoding="utf-8") as labels:
        mbox = open(out / MBOX_FILE, "wb") if fmt == "mbox" else None  # noqa: SIM115 - closed below
        try:
            for count, (raw, label) in enumerate(items, start=1):
                index = count - 1
                if mbox is not None:
                    mbox.write(_mbox_entry(raw, label))
                    source = f"{MBOX_FILE}#{index}"
                else:
                    source = f"{index:06d}-{label['attack_type']}.eml"
                    (out / source).write_bytes(raw)
                labels.write(
                    json.dumps({"source": source, "file": source, **label}, ensure_ascii=False) + "\n"
                )
        finally:
            if mbox is not None:
                mbox.close()
    return count


def _mbox_entry(raw: bytes, label: dict) -> bytes:
    """mboxo: a `From ` line dated from the message itself (never the clock), body `From ` lines quoted."""
    try:
        stamp = parsedate_to_datetime(label["date"]) if "," in label["date"] else None
    except (TypeError, ValueError):
        stamp = None
    from datetime import datetime

    when = stamp or datetime.fromisoformat(label["date"])
    sender = label.get("sender") or "MAILER-DAEMON"
    body = raw.replace(b"\r\n", b"\n")
    head, sep, rest = body.partition(b"\n\n")
    rest = _FROM_LINE.sub(rb">\1", rest)
    entry = f"From {sender} {when.strftime('%a %b %d %H:%M:%S %Y')}\n".encode() + head + sep + rest
    return entry if entry.endswith(b"\n\n") else entry.rstrip(b"\n") + b"\n\n"
