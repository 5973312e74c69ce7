"""Reading learning records on a second core while the main process reads sources and writes the store.

Parsing headers is about half of learning's CPU; with one worker process it overlaps with reading the
archive and merging counters. Small inputs stay in-process (a worker costs ~0.3 s to start), and the
number of chunks in flight is bounded so memory stays flat on a 10 GB mbox.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from mailwarden.profile.record import LearnRecord, record_from_bytes
from mailwarden.sources.base import RawItem

INLINE_ITEMS = 3000  # below this, a worker process does not pay for itself
CHUNK = 400
IN_FLIGHT = 6  # chunks submitted ahead per worker

# (item, record or None, error text)
Parsed = tuple[RawItem, LearnRecord | None, str]


def parse_item(item: RawItem) -> Parsed:
    if item.data is None:
        return item, None, item.error or "unreadable"
    try:
        record = record_from_bytes(item.data, item.source)
    except Exception as exc:  # noqa: BLE001 - one bad message never stops learning
        return item, None, f"{type(exc).__name__}: {exc}"
    return item, record, "" if record is not None else "no usable From address"


def _parse_chunk(chunk: list[tuple[str, bytes | None, str]]) -> list[tuple[LearnRecord | None, str]]:
    out = []
    for source, data, error in chunk:
        _, record, problem = parse_item(RawItem(source, data, error))
        out.append((record, problem))
    return out


def default_workers() -> int:
    return max(0, min(2, (os.cpu_count() or 1) - 1))


def parse_items(items: Iterable[RawItem], workers: int | None = None) -> Iterator[Parsed]:
    """(item, record, error) for every item, in order; uses worker processes for long inputs."""
    workers = default_workers() if workers is None else workers
    iterator = iter(items)
    for item in islice(iterator, INLINE_ITEMS if workers else None):
        yield parse_item(item)
    if not workers:
        return
    first = next(iterator, None)
    if first is None:
        return
    # fork: spawn/forkserver would re-run the caller's __main__ in the worker. The worker only parses
    # bytes (no logging, no console, no store), so the locks of other threads cannot bite it.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[tuple[list[RawItem], Future]] = deque()
        chunks = _chunks(_prepend(first, iterator))
        for chunk in chunks:
            pending.append((chunk, pool.submit(_parse_chunk, [(i.source, i.data, i.error) for i in chunk])))
            if len(pending) >= IN_FLIGHT * workers:
                yield from _drain_one(pending)
        while pending:
            yield from _drain_one(pending)


def _drain_one(pending: deque) -> Iterator[Parsed]:
    chunk, future = pending.popleft()
    for item, (record, problem) in zip(chunk, future.result(), strict=True):
        yield item, record, problem


def _prepend(first: RawItem, rest: Iterator[RawItem]) -> Iterator[RawItem]:
    yield first
    yield from rest


def _chunks(items: Iterator[RawItem]) -> Iterator[list[RawItem]]:
    while True:
        chunk = list(islice(items, CHUNK))
        if not chunk:
            return
        yield chunk
