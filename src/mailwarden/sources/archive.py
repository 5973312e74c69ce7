"""Tar archives (.tar, .tar.gz, .tgz, ...) read as a stream: members are never extracted to disk.

Members may be single messages, mbox files, or (one level deep) tar archives themselves. The archive
is read in stream mode (`r|*`), so a compressed archive is decompressed once, front to back.
"""

from __future__ import annotations

import tarfile
from collections.abc import Iterator
from typing import BinaryIO

from mailwarden.sources.base import RawItem
from mailwarden.sources.streams import describe, is_archive_name, items_from_stream

MAX_NESTED_ARCHIVES = 2


def iter_tar(
    path_or_stream: str | BinaryIO, label: str, max_message_bytes: int, depth: int = 0
) -> Iterator[RawItem]:
    """Yield every message in a tar archive; `label` prefixes each member's source (`label:member`)."""
    member_name = ""
    try:
        if isinstance(path_or_stream, str):
            tar = tarfile.open(path_or_stream, mode="r|*")  # noqa: SIM115 - closed by `with tar` below
        else:
            tar = tarfile.open(fileobj=path_or_stream, mode="r|*")  # noqa: SIM115
    except (tarfile.TarError, OSError, EOFError) as exc:
        yield RawItem(source=label, data=None, error=f"cannot open archive: {describe(exc)}")
        return
    with tar:
        try:
            for member in tar:
                member_name = member.name
                if not member.isfile():
                    continue
                yield from _member_items(tar, member, label, max_message_bytes, depth)
        except (tarfile.TarError, OSError, EOFError, ValueError) as exc:
            where = f"{label}:{member_name}" if member_name else label
            error = f"archive damaged after this member: {describe(exc)}"
            yield RawItem(source=where, data=None, error=error)


def _member_items(
    tar: tarfile.TarFile, member: tarfile.TarInfo, label: str, max_message_bytes: int, depth: int
) -> Iterator[RawItem]:
    source = f"{label}:{member.name}"
    try:
        stream = tar.extractfile(member)
    except (tarfile.TarError, OSError) as exc:
        yield RawItem(source=source, data=None, error=f"cannot read member: {describe(exc)}")
        return
    if stream is None or member.name.rpartition("/")[2].startswith("._"):  # macOS resource forks
        return
    if is_archive_name(member.name) and depth < MAX_NESTED_ARCHIVES:
        yield from iter_tar(stream, source, max_message_bytes, depth + 1)
        return
    yield from items_from_stream(stream, source, member.name, max_message_bytes, sniff_only_mail=True)
