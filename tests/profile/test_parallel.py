"""Parsing in a worker process gives the same records, in the same order, as parsing in-process."""

from __future__ import annotations

from pathlib import Path

from mailwarden.profile import parallel
from mailwarden.sources import RawItem, iter_raw

ORG = Path(__file__).parent.parent / "fixtures" / "org"


def test_worker_parse_matches_inline(monkeypatch):
    items = [*iter_raw([ORG / "inbox.mbox", ORG / "sent.mbox"]), RawItem("broken", None, "cannot read"),
             RawItem("no-from.eml", b"Subject: hi\n\nbody\n")]
    inline = list(parallel.parse_items(items, workers=0))
    monkeypatch.setattr(parallel, "INLINE_ITEMS", 5)
    monkeypatch.setattr(parallel, "CHUNK", 7)
    pooled = list(parallel.parse_items(items, workers=1))
    assert [(i.source, r, e) for i, r, e in pooled] == [(i.source, r, e) for i, r, e in inline]
    assert len(pooled) == 76
    assert pooled[-2][1] is None and pooled[-2][2] == "cannot read"
    assert pooled[-1][1] is None and pooled[-1][2]
