"""Renderers for verdicts: JSON lines for machines, a coloured table for people.

Everything shown here that came from a message (subject, sender, source names, explanations quoting
display names) is attacker-controlled: it is rendered as `rich.text.Text` (never parsed as markup) after
ANSI escape sequences, control characters and bidirectional overrides are removed, so a subject cannot
recolour the terminal, move the cursor, hide text or fake a verdict column.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from mailwarden.message import Message
from mailwarden.scoring.verdict import VERDICTS, Verdict

# ESC-introduced sequences (CSI ... final byte, OSC ... BEL/ST, two-byte escapes) and the 8-bit CSI.
_ANSI = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor movement, erasing
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window titles, hyperlinks
    r"|\x1b[@-Z\\-_]"  # other two-byte escapes
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
# C0/C1 controls, DEL, and Unicode bidi/invisible formatting that can reorder or hide what is shown.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")

VERDICT_STYLES = {"attack": "bold white on red", "suspicious": "bold yellow", "spam": "magenta",
                  "safe": "green"}
ERROR_STYLE = "bold red"


def clean(text: object, limit: int | None = None) -> str:
    """Attacker-controlled text made safe to print: escapes stripped, controls removed, one line."""
    out = _ANSI.sub("", str(text or ""))
    out = _CONTROLS.sub(" ", out)
    out = " ".join(out.split())
    if limit is not None and len(out) > limit:
        out = out[: max(0, limit - 1)] + "…"
    return out


def plain(text: object, limit: int | None = None, style: str = "") -> Text:
    """A rich Text that is never interpreted as markup."""
    return Text(clean(text, limit), style=style, no_wrap=True, overflow="ellipsis")


class JsonlWriter:
    """One JSON object per line; ASCII-only so that no byte of a message can reach a terminal raw."""

    def __init__(self, stream: TextIO, flush_every: int = 50, flush_seconds: float = 1.0) -> None:
        self.stream = stream
        self.flush_every = flush_every
        self.flush_seconds = flush_seconds
        self._pending = 0
        self._last_flush = time.monotonic()

    def write(self, verdict: Verdict, message: Message | None = None) -> None:
        self.stream.write(json.dumps(verdict.to_json(), ensure_ascii=True) + "\n")
        self._pending += 1
        now = time.monotonic()
        if self._pending >= self.flush_every or now - self._last_flush >= self.flush_seconds:
            self.flush()

    def flush(self) -> None:
        self.stream.flush()
        self._pending = 0
        self._last_flush = time.monotonic()

    def close(self) -> None:
        self.flush()


@dataclass
class Summary:
    """Counts for the end of a run."""

    started: float = field(default_factory=time.monotonic)
    messages: int = 0
    unreadable: int = 0
    verdicts: Counter[str] = field(default_factory=Counter)
    attack_types: Counter[str] = field(default_factory=Counter)

    def add(self, verdict: Verdict) -> None:
        self.messages += 1
        if verdict.error:
            self.unreadable += 1
            return
        self.verdicts[verdict.verdict] += 1
        if verdict.attack_type != "none":
            self.attack_types[verdict.attack_type] += 1

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        return self.messages / self.elapsed if self.elapsed > 0 else 0.0

    def to_table(self) -> Table:
        table = Table(title="Summary", show_header=True, header_style="bold")
        table.add_column("what")
        table.add_column("count", justify="right")
        for name in VERDICTS:
            table.add_row(Text(name, style=VERDICT_STYLES[name]), str(self.verdicts.get(name, 0)))
        for name, count in self.attack_types.most_common():
            table.add_row(plain(f"type: {name}"), str(count))
        table.add_row(Text("unreadable", style=ERROR_STYLE if self.unreadable else ""), str(self.unreadable))
        table.add_row("messages", str(self.messages))
        table.add_row("messages/s", f"{self.rate:.1f}")
        return table


class TableWriter:
    """One coloured row per message, streamed (no buffering of a whole run), then a summary table."""

    FIXED = (("verdict", 10), ("score", 5), ("type", 19))
    # The rest of the width is shared by from, subject and source (minimum 8 characters each).
    SHARED = (("from", 0.25), ("subject", 0.45), ("source", 0.30))

    def __init__(self, console: Console) -> None:
        self.console = console
        self._header_done = False

    def _widths(self) -> list[int]:
        columns = len(self.FIXED) + len(self.SHARED)
        rest = self.console.width - sum(w for _, w in self.FIXED) - (columns - 1)
        return [w for _, w in self.FIXED] + [max(8, int(rest * share)) for _, share in self.SHARED]

    def _line(self, cells: list[Text]) -> Text:
        line = Text(no_wrap=True, overflow="ellipsis")
        for i, (cell, width) in enumerate(zip(cells, self._widths(), strict=True)):
            cell = cell.copy()
            cell.truncate(width, overflow="ellipsis", pad=True)
            line.append_text(cell)
            if i < len(cells) - 1:
                line.append(" ")
        return line

    def _source(self, source: str) -> Text:
        """The end of a source says most ("...archive.tar.gz:dir/file.eml#3"): keep the tail."""
        width = self._widths()[-1]
        text = clean(source)
        if len(text) > width:
            text = "…" + text[-(width - 1):]
        return Text(text, style="dim")

    def write(self, verdict: Verdict, message: Message | None = None) -> None:
        if not self._header_done:
            names = [name for name, _ in self.FIXED + self.SHARED]
            self.console.print(self._line([Text(name, style="bold") for name in names]))
            self._header_done = True
        if verdict.error:
            label, style = "unreadable", ERROR_STYLE
            subject = plain(verdict.error, 200, style="red")
        else:
            label, style = verdict.verdict, VERDICT_STYLES.get(verdict.verdict, "")
            subject = plain(message.subject if message else "", 200)
        sender = message.sender if message is not None else None
        cells = [
            Text(label, style=style),
            Text(f"{verdict.score:.2f}"),
            plain(verdict.attack_type),
            plain(sender.address if sender else "", 200),
            subject,
            self._source(verdict.source),
        ]
        self.console.print(self._line(cells), soft_wrap=False, crop=True)

    def summary(self, summary: Summary) -> None:
        self.console.print(summary.to_table())

    def close(self) -> None:
        self.console.file.flush()
