"""Labelled mail for `eval`: where each message comes from and what it truly is.

Three ways to say what a message is:
- folders named for labels: `attack/`, `ham/`, `spam/`, optionally `attack/<type>/`;
- a manifest (JSONL, JSONL.gz or CSV) whose rows map a message (`source`/`file`/`path`, or archive
  `member` plus mbox `index`) to a `label` and/or an `attack_type` (the synth labels.jsonl and the
  corpora's manifest.jsonl.gz both work);
- a label given for whole paths: `--label attack path.mbox`, or `attack=path.mbox` on the command line.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from mailwarden.errors import MailwardenError
from mailwarden.settings import Settings
from mailwarden.sources import RawItem, iter_raw

ATTACK, SPAM, HAM = "attack", "spam", "ham"
LABELS = (ATTACK, SPAM, HAM)
MANIFEST_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".csv")

# Words other collections use for our three labels.
_LABEL_WORDS = {
    "attack": ATTACK, "attacks": ATTACK, "malicious": ATTACK, "phish": ATTACK, "phishing": ATTACK,
    "bec": ATTACK, "fraud": ATTACK, "malware": ATTACK,
    "spam": SPAM, "junk": SPAM, "bulk": SPAM,
    "ham": HAM, "good": HAM, "legit": HAM, "legitimate": HAM, "clean": HAM, "safe": HAM, "benign": HAM,
}
_NO_TYPE = {"", "none", "null", "ham", "spam", "attack", "unknown"}


class LabelError(MailwardenError):
    """Labelled input could not be understood (unknown label word, unreadable manifest)."""


@dataclass(frozen=True, slots=True)
class LabelledItem:
    item: RawItem
    label: str  # attack | spam | ham
    attack_type: str = ""  # DESIGN.md taxonomy when known, "" otherwise
    family: str = ""  # synthetic template family, when the labels say


@dataclass
class LoadStats:
    """What loading saw besides labelled messages, so the report can say what it left out."""

    unlabelled: int = 0  # messages under a manifest's sources that no manifest row names
    unlabelled_examples: list[str] = field(default_factory=list)
    manifest_rows: int = 0

    def note_unlabelled(self, source: str) -> None:
        self.unlabelled += 1
        if len(self.unlabelled_examples) < 5:
            self.unlabelled_examples.append(source)


def normalize_label(word: str) -> str:
    label = _LABEL_WORDS.get(word.strip().lower())
    if label is None:
        raise LabelError(f"unknown label {word!r}: use attack, spam or ham")
    return label


def split_label(spec: str) -> tuple[str, str]:
    """`attack`, `attack/ceo_fraud` or `attack:ceo_fraud` -> (label, attack_type)."""
    word, _, kind = spec.replace(":", "/").partition("/")
    label = normalize_label(word)
    return label, (kind.strip() if label == ATTACK else "")


def is_manifest(path: Path) -> bool:
    name = path.name.lower()
    return path.is_file() and name.endswith(MANIFEST_SUFFIXES)


def iter_labelled(
    inputs: Iterable[str],
    settings: Settings,
    *,
    label: str = "",
    manifest: Path | None = None,
    stats: LoadStats | None = None,
) -> Iterator[LabelledItem]:
    """Every labelled message from the command-line inputs, streamed, in input order."""
    stats = stats if stats is not None else LoadStats()
    index = ManifestIndex.load(manifest, stats) if manifest else None
    for spec in inputs:
        explicit_label, path = _split_input(spec)
        if explicit_label or label:
            kind_label, kind = split_label(explicit_label or label)
            for item in iter_raw([path], settings):
                yield LabelledItem(item, kind_label, kind)
        elif index is not None:
            yield from _from_index(iter_raw([path], settings), index, stats)
        elif is_manifest(path):
            yield from _from_manifest_file(path, settings, stats)
        elif path.is_dir():
            yield from _from_label_folders(path, settings)
        else:
            raise LabelError(f"{path}: no label; name its folder attack/, ham/ or spam/, give a manifest, "
                             "or say --label")


def _split_input(spec: str) -> tuple[str, Path]:
    """`ham=path` gives a label to a path; anything else is a plain path."""
    word, sep, rest = spec.partition("=")
    if sep and word.split("/")[0].split(":")[0].lower() in _LABEL_WORDS and not os.path.exists(spec):
        return word, Path(rest)
    return "", Path(spec)


# -- folders named for labels --------------------------------------------------------------------------

def _from_label_folders(root: Path, settings: Settings) -> Iterator[LabelledItem]:
    found = False
    for folder, folder_label, kind in _label_folders(root):
        found = True
        for item in iter_raw([folder], settings):
            yield LabelledItem(item, folder_label, kind)
    if not found:
        raise LabelError(f"{root}: holds no attack/, ham/ or spam/ folder")


def _label_folders(root: Path) -> Iterator[tuple[Path, str, str]]:
    """(path, label, attack_type) for the root itself when it is named for a label, else its children."""
    word = root.name.lower()
    if word in _LABEL_WORDS:
        yield from _one_label_folder(root, _LABEL_WORDS[word])
        return
    for child in sorted(root.iterdir()):
        if child.is_dir() and child.name.lower() in _LABEL_WORDS:
            yield from _one_label_folder(child, _LABEL_WORDS[child.name.lower()])


def _one_label_folder(folder: Path, label: str) -> Iterator[tuple[Path, str, str]]:
    if label != ATTACK:
        yield folder, label, ""
        return
    # attack/<type>/ folders give the type; mail directly under attack/ has none.
    for child in sorted(folder.iterdir()):
        if child.is_dir() and not _is_maildir(child):
            yield child, ATTACK, child.name
        else:
            yield child, ATTACK, ""


def _is_maildir(path: Path) -> bool:
    return path.name in {"cur", "new", "tmp"} or (path / "cur").is_dir()


# -- manifests -----------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ManifestRow:
    label: str
    attack_type: str
    family: str


class ManifestIndex:
    """Manifest rows keyed by every name a message may be known by (source, member#index, file name)."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.rows: dict[str, ManifestRow] = {}
        self.paths: list[str] = []  # message files the manifest names, in manifest order

    @classmethod
    def load(cls, path: Path, stats: LoadStats) -> ManifestIndex:
        index = cls(path.parent)
        try:
            for raw in _read_rows(path):
                index._add(raw)
                stats.manifest_rows += 1
        except (OSError, ValueError, csv.Error) as exc:
            raise LabelError(f"{path}: cannot read manifest: {exc}") from exc
        return index

    def _add(self, raw: dict) -> None:
        row = _row_label(raw)
        if row is None:
            return
        name = str(raw.get("source") or raw.get("file") or raw.get("path") or raw.get("filename") or "")
        member = str(raw.get("member") or "")
        idx = raw.get("index")
        keys = []
        if member:
            keys.append(f"{member}#{idx}" if idx not in (None, "") else member)
        if name:
            keys.append(name)
            file_part = name.partition("#")[0]
            if ":" not in file_part:  # a plain file (not an archive member): readable on its own
                self.paths.append(file_part)
        for key in keys:
            self.rows[_norm(key)] = row

    def find(self, source: str) -> ManifestRow | None:
        for key in _source_keys(source, self.base):
            row = self.rows.get(key)
            if row is not None:
                return row
        return None


def _read_rows(path: Path) -> Iterator[dict]:
    name = path.name.lower()
    opened = gzip.open(path, "rt", encoding="utf-8") if name.endswith(".gz") else open(path, encoding="utf-8")  # noqa: SIM115
    with opened as handle:
        if name.endswith(".csv"):
            yield from csv.DictReader(handle)
            return
        for line in handle:
            line = line.strip()
            if line:
                row = json.loads(line)
                if isinstance(row, dict):
                    yield row


def _row_label(raw: dict) -> ManifestRow | None:
    kind = str(raw.get("attack_type") or raw.get("type") or "").strip()
    family = str(raw.get("family") or raw.get("template_family") or "").strip()
    word = str(raw.get("label") or "").strip()
    if word:
        label = normalize_label(word)
    elif kind:
        label = SPAM if kind.lower() == SPAM else (HAM if kind.lower() in {"none", "ham"} else ATTACK)
    else:
        return None
    return ManifestRow(label, kind if label == ATTACK and kind.lower() not in _NO_TYPE else "", family)


def _norm(key: str) -> str:
    return key.replace("\\", "/").lstrip("./")


def _source_keys(source: str, base: Path) -> Iterator[str]:
    """Names a source may be listed under: itself, relative to the manifest, archive member, file name."""
    yield _norm(source)
    path_part, _, mbox_index = source.partition("#")
    suffix = f"#{mbox_index}" if mbox_index else ""
    try:
        relative = os.path.relpath(path_part, base)
        yield _norm(relative) + suffix
    except ValueError:
        pass
    if ":" in path_part:  # archive.tar.gz:member (possibly nested: a.tar:b.tar:member)
        member = path_part.rsplit(":", 1)[1]
        yield _norm(member) + suffix
    yield os.path.basename(path_part) + suffix


def _from_index(items: Iterable[RawItem], index: ManifestIndex, stats: LoadStats) -> Iterator[LabelledItem]:
    for item in items:
        row = index.find(item.source)
        if row is None:
            stats.note_unlabelled(item.source)
            continue
        yield LabelledItem(item, row.label, row.attack_type, row.family)


def _from_manifest_file(path: Path, settings: Settings, stats: LoadStats) -> Iterator[LabelledItem]:
    """A manifest given as an input: read the message files its rows name (relative to it)."""
    index = ManifestIndex.load(path, stats)
    if not index.paths:
        raise LabelError(f"{path}: rows name no message files (give the mail as inputs with --manifest)")
    files = [index.base / p for p in _distinct_files(index.paths)]
    yield from _from_index(iter_raw(files, settings), index, stats)


def _distinct_files(paths: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for p in paths:
        seen.setdefault(p, None)
    return list(seen)
