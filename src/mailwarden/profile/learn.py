"""`learn`: stream historical mail into the store, batch by batch, then derive people and VIPs.

Streaming and bounded: records are aggregated per batch (`FactBatch`) and merged with bulk upserts.
Idempotent: a message whose sha256 was learned before is skipped. Incremental: a later run adds to the
counts and re-derives internal domains, people and VIPs from everything learned so far.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice

from mailwarden.profile.aggregate import FactBatch
from mailwarden.profile.derive import derive_profile
from mailwarden.profile.parallel import parse_items
from mailwarden.profile.record import LearnRecord
from mailwarden.sources.base import RawItem

log = logging.getLogger(__name__)

BATCH_SIZE = 5000
SEEN_CHECK_CHUNK = 1000


@dataclass
class LearnReport:
    read: int = 0  # items read from the sources
    learned: int = 0  # new messages added to the profile
    duplicates: int = 0  # already learned (same sha256) or repeated in this run
    out_of_range: int = 0  # outside --after/--before (or undated while a range was asked for)
    unreadable: int = 0  # source error or no usable sender
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)  # first few, for the user

    def merge(self, other: LearnReport) -> None:
        self.learned += other.learned
        self.duplicates += other.duplicates

    @property
    def rate(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0


def learn_records(store, records: Iterable[LearnRecord]) -> LearnReport:
    """Merge records into the store, skipping any already learned. Does not re-derive people."""
    report = LearnReport()
    records = list(records)
    fresh = store.unseen([r.sha256 for r in records])
    batch = FactBatch()
    for record in records:
        if record.sha256 in fresh and record.sha256 not in batch.seen:
            batch.add(record)
        else:
            report.duplicates += 1
    if len(batch):
        store.write_facts(batch.rows())
    report.learned = len(batch)
    return report


def _in_range(record: LearnRecord, after: datetime | None, before: datetime | None) -> bool:
    if after is None and before is None:
        return True
    if record.date is None:
        return False
    if after is not None and record.date < after:
        return False
    return not (before is not None and record.date >= before)


def _skip_learned(store, items: Iterable[RawItem], report: LearnReport,
                  progress: Callable[[int], None] | None) -> Iterator[RawItem]:
    """Drop messages learned in an earlier run before parsing them (relearning a mailbox is cheap)."""
    for chunk in _chunked(iter(items), SEEN_CHECK_CHUNK):
        digests = [hashlib.sha256(i.data).hexdigest() if i.data is not None else "" for i in chunk]
        fresh = store.unseen([d for d in digests if d])
        for item, digest in zip(chunk, digests, strict=True):
            if digest and digest not in fresh:
                report.read += 1
                report.duplicates += 1
                if progress is not None:
                    progress(1)
                continue
            yield item


def _chunked(items: Iterator[RawItem], size: int) -> Iterator[list[RawItem]]:
    while chunk := list(islice(items, size)):
        yield chunk


def learn_items(
    store,
    items: Iterable[RawItem],
    *,
    after: datetime | None = None,
    before: datetime | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> LearnReport:
    """Stream raw messages into the profile (dates are naive UTC; `before` is exclusive).
    `workers`: processes that parse headers (default: one per spare core; 0 parses in-process)."""
    started = time.perf_counter()
    report = LearnReport()
    pending: list[LearnRecord] = []
    for item, record, problem in parse_items(_skip_learned(store, items, report, progress), workers):
        report.read += 1
        if progress is not None:
            progress(1)
        if record is None:
            report.unreadable += 1
            if len(report.errors) < 10:
                report.errors.append(f"{item.source}: {problem}")
            continue
        if not _in_range(record, after, before):
            report.out_of_range += 1
            continue
        pending.append(record)
        if len(pending) >= batch_size:
            report.merge(learn_records(store, pending))
            pending = []
    if pending:
        report.merge(learn_records(store, pending))
    report.seconds = time.perf_counter() - started
    return report


def learn(
    store,
    settings,
    items: Iterable[RawItem],
    *,
    org_domains: Iterable[str] = (),
    vendor_domains: Iterable[str] = (),
    after: datetime | None = None,
    before: datetime | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> LearnReport:
    """Learn `items`, then re-derive internal domains, people and VIPs from the whole store."""
    started = time.perf_counter()
    report = learn_items(store, items, after=after, before=before, progress=progress, workers=workers)
    derive_profile(store, settings, org_domains=org_domains, vendor_domains=vendor_domains)
    report.seconds = time.perf_counter() - started
    return report
