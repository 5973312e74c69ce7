"""Zip archives inspected from their central directory: member names, encryption, bomb ratio.

Nothing is decompressed except a nested archive small enough to list (bounded by `NESTED_LIMIT`);
declared sizes decide whether an archive is a bomb, so a 42.zip costs a directory read.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

NESTED_LIMIT = 5 * 1024 * 1024
BOMB_TOTAL_BYTES = 1024 * 1024 * 1024  # declared uncompressed size that is a bomb whatever the ratio
MIN_BOMB_MEMBER = 1024 * 1024  # tiny members with a high ratio are just repetitive text
ARCHIVE_SUFFIXES = (".zip", ".jar", ".7z", ".rar", ".gz", ".tgz", ".tar", ".cab", ".iso", ".img", ".xz",
                    ".bz2", ".arj", ".lzh", ".ace", ".z")


@dataclass
class ZipFacts:
    members: list[str] = field(default_factory=list)
    encrypted: bool = False
    has_macros: bool = False
    is_document: bool = False  # OOXML / ODF: a zip container, not an archive to the reader
    defects: list[str] = field(default_factory=list)


def inspect_zip(data: bytes, max_members: int, max_ratio: int, depth: int = 0) -> ZipFacts:
    facts = ZipFacts()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, KeyError) as exc:
        facts.defects.append(f"bad_zip:{type(exc).__name__}")
        return facts
    names = [info.filename for info in infos]
    lower = {name.lower() for name in names[: max_members * 50]}
    facts.is_document = "[content_types].xml" in lower or "mimetype" in lower
    facts.has_macros = any(name.endswith("vbaproject.bin") or name.endswith("vbadata.xml") for name in lower)
    facts.encrypted = any(info.flag_bits & 0x1 for info in infos)
    if len(infos) > max_members:
        facts.defects.append("archive_members_truncated")
    facts.members = names[:max_members]
    if _is_bomb(infos, max_ratio):
        facts.defects.append("archive_bomb")
        return facts
    if depth == 0:
        _list_nested(archive, infos, facts, max_members, max_ratio)
    return facts


def _is_bomb(infos: list[zipfile.ZipInfo], max_ratio: int) -> bool:
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size >= MIN_BOMB_MEMBER and info.file_size > max_ratio * max(info.compress_size, 1):
            return True
    return total > BOMB_TOTAL_BYTES


def _list_nested(
    archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], facts: ZipFacts, max_members: int, max_ratio: int
) -> None:
    for info in infos:
        if len(facts.members) >= max_members:
            return
        if not info.filename.lower().endswith((".zip", ".jar")):
            continue
        if info.flag_bits & 0x1 or info.file_size > NESTED_LIMIT:
            facts.defects.append("nested_archive_not_opened")
            continue
        try:
            with archive.open(info) as handle:
                inner = handle.read(NESTED_LIMIT + 1)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError):
            facts.defects.append("nested_archive_unreadable")
            continue
        nested = inspect_zip(inner, max_members, max_ratio, depth=1)
        room = max_members - len(facts.members)
        facts.members.extend(f"{info.filename}/{name}" for name in nested.members[:room])
        facts.encrypted = facts.encrypted or nested.encrypted
        facts.has_macros = facts.has_macros or nested.has_macros
        facts.defects.extend(f"nested:{d}" if d != "archive_bomb" else d for d in nested.defects)
