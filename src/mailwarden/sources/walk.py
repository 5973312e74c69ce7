"""`iter_raw`: every message under the given paths, streamed, in a deterministic order.

A path is a message file, an mbox, a maildir (cur/new), a tar archive, a gzip-compressed message or
mbox, or a folder holding any of these (walked recursively in sorted order). Paths named explicitly
are always read; files met while walking a folder are read only when they look like mail, so a
README or a manifest beside the mail is skipped. Unreadable paths yield an item with an `error`.
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from mailwarden.settings import Settings
from mailwarden.sources.archive import iter_tar
from mailwarden.sources.base import RawItem
from mailwarden.sources.streams import (
    MBOX_SUFFIXES,
    describe,
    is_archive_name,
    items_from_stream,
)

MAILDIR_MESSAGE_DIRS = ("cur", "new")  # tmp holds deliveries in progress


def iter_raw(paths: Iterable[str | Path], settings: Settings | None = None) -> Iterator[RawItem]:
    limit = (settings or Settings()).max_message_bytes
    for path in paths:
        yield from _iter_path(str(path), limit, explicit=True)


def _iter_path(path: str, limit: int, explicit: bool) -> Iterator[RawItem]:
    try:
        if os.path.isdir(path):
            yield from _iter_dir(path, limit)
            return
        if not os.path.exists(path):
            yield RawItem(source=path, data=None, error="no such file or directory")
            return
    except OSError as exc:
        yield RawItem(source=path, data=None, error=describe(exc))
        return
    yield from _iter_file(path, limit, explicit)


def _iter_file(path: str, limit: int, explicit: bool) -> Iterator[RawItem]:
    name = os.path.basename(path)
    if is_archive_name(name):
        yield from iter_tar(path, path, limit)
        return
    try:
        opened = gzip.open(path, "rb") if name.lower().endswith(".gz") else open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        yield RawItem(source=path, data=None, error=describe(exc))
        return
    inner_name = name[:-3] if name.lower().endswith(".gz") else name
    try:
        with opened:
            yield from items_from_stream(opened, path, inner_name, limit, sniff_only_mail=not explicit)
    except (OSError, EOFError, ValueError) as exc:  # e.g. a damaged gzip stream
        yield RawItem(source=path, data=None, error=describe(exc))


def _sorted_entries(path: str) -> list[os.DirEntry]:
    with os.scandir(path) as entries:
        return sorted(entries, key=lambda entry: entry.name)


def is_maildir(path: str) -> bool:
    return all(os.path.isdir(os.path.join(path, sub)) for sub in MAILDIR_MESSAGE_DIRS)


def _iter_dir(path: str, limit: int) -> Iterator[RawItem]:
    try:
        entries = _sorted_entries(path)
    except OSError as exc:
        yield RawItem(source=path, data=None, error=describe(exc))
        return
    maildir = is_maildir(path)
    for entry in entries:
        full = os.path.join(path, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)  # symlinked folders could loop
            is_file = entry.is_file()
        except OSError as exc:
            yield RawItem(source=full, data=None, error=describe(exc))
            continue
        if is_dir:
            if maildir and entry.name in MAILDIR_MESSAGE_DIRS:
                yield from _iter_maildir_messages(full, limit)
            elif maildir and entry.name == "tmp":
                continue
            elif entry.name.startswith(".") and not maildir:
                continue  # .git and friends; Maildir++ subfolders (".Sent") live inside a maildir
            else:
                yield from _iter_dir(full, limit)
        elif is_file and not entry.name.startswith("."):
            yield from _iter_file(full, limit, explicit=False)


def _iter_maildir_messages(path: str, limit: int) -> Iterator[RawItem]:
    """Every file in a maildir's cur/ or new/ is one message, whatever it looks like."""
    try:
        entries = _sorted_entries(path)
    except OSError as exc:
        yield RawItem(source=path, data=None, error=describe(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        full = os.path.join(path, entry.name)
        try:
            with open(full, "rb") as handle:
                yield from items_from_stream(handle, full, "", limit)
        except OSError as exc:
            yield RawItem(source=full, data=None, error=describe(exc))


def count_hint(paths: Iterable[str | Path]) -> int | None:
    """Number of messages when it is cheap to know (single files, maildirs, folders of .eml files);
    None when an mbox or an archive would have to be read through to count."""
    total = 0
    for path in map(str, paths):
        if os.path.isdir(path):
            for _root, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if d != "tmp"]
                for name in files:
                    if _uncountable(name):
                        return None
                    total += not name.startswith(".")
        elif _uncountable(os.path.basename(path)):
            return None
        else:
            total += 1
    return total


def _uncountable(name: str) -> bool:
    lower = name.lower()
    return is_archive_name(lower) or lower.endswith(MBOX_SUFFIXES) or lower.endswith(".gz")
