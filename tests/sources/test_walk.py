"""iter_raw over files, folders, maildirs and tar archives: sources, order, errors, bounds."""

from __future__ import annotations

import gzip
import io
import tarfile
from pathlib import Path

from mailwarden.settings import Settings
from mailwarden.sources import count_hint, iter_raw

EML = b"From: a@example.org\nSubject: hello\n\nbody\n"
MBOX = (
    b"From x Mon Jan  1 00:00:00 2024\nSubject: one\n\n1\n\n"
    b"From y Mon Jan  1 00:00:00 2024\nSubject: two\n\n2\n"
)


def _tar(path: Path, members: dict[str, bytes], mode: str = "w:gz") -> Path:
    with tarfile.open(path, mode) as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def test_single_eml_keeps_its_path_as_source(tmp_path: Path) -> None:
    path = tmp_path / "one.eml"
    path.write_bytes(EML)
    items = list(iter_raw([path]))
    assert [(i.source, i.data) for i in items] == [(str(path), EML)]


def test_eml_starting_with_envelope_line_is_one_message(tmp_path: Path) -> None:
    path = tmp_path / "one.eml"
    path.write_bytes(b"From someone Mon Jan  1 00:00:00 2024\n" + EML)
    items = list(iter_raw([path]))
    assert len(items) == 1 and items[0].source == str(path)


def test_mbox_detected_by_content_gets_indexed_sources(tmp_path: Path) -> None:
    path = tmp_path / "inbox"
    path.write_bytes(MBOX)
    items = list(iter_raw([path]))
    assert [i.source for i in items] == [f"{path}#0", f"{path}#1"]
    assert items[1].data == b"Subject: two\n\n2\n"


def test_tar_gz_members_eml_mbox_and_nested_archive(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with tarfile.open(fileobj=inner, mode="w") as tar:
        info = tarfile.TarInfo("deep.eml")
        info.size = len(EML)
        tar.addfile(info, io.BytesIO(EML))
    archive = _tar(
        tmp_path / "mail.tar.gz",
        {"a/msg.eml": EML, "a/box.mbox": MBOX, "inner.tar": inner.getvalue(), "README": b"not mail\n"},
    )
    sources = [i.source for i in iter_raw([archive])]
    assert sources == [
        f"{archive}:a/msg.eml",
        f"{archive}:a/box.mbox#0",
        f"{archive}:a/box.mbox#1",
        f"{archive}:inner.tar:deep.eml",
    ]


def test_folder_walk_is_sorted_skips_non_mail_and_reads_maildir(tmp_path: Path) -> None:
    (tmp_path / "b.eml").write_bytes(EML)
    (tmp_path / "a.eml").write_bytes(EML)
    (tmp_path / "notes.md").write_bytes(b"# just notes\n")
    maildir = tmp_path / "c_maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (maildir / "cur" / "1.host:2,S").write_bytes(EML)
    (maildir / "new" / "2.host").write_bytes(b"\x00garbage still a message in a maildir")
    (maildir / "tmp" / "3.host").write_bytes(EML)
    sources = [i.source.removeprefix(str(tmp_path) + "/") for i in iter_raw([tmp_path])]
    assert sources == ["a.eml", "b.eml", "c_maildir/cur/1.host:2,S", "c_maildir/new/2.host"]


def test_folder_walk_skips_a_labels_file_beside_the_mail(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes(EML)
    (tmp_path / "labels.jsonl").write_bytes(b'{"source": "a.eml", "attack_type": "ceo_fraud"}\n')
    (tmp_path / "b").write_bytes(b"X-Mailer: test\nFrom: b@example.org\n\nno suffix, still mail\n")
    sources = [i.source.removeprefix(str(tmp_path) + "/") for i in iter_raw([tmp_path])]
    assert sources == ["a.eml", "b"]


def test_gzip_compressed_mbox(tmp_path: Path) -> None:
    path = tmp_path / "box.mbox.gz"
    path.write_bytes(gzip.compress(MBOX))
    assert [i.source for i in iter_raw([path])] == [f"{path}#0", f"{path}#1"]


def test_missing_path_and_damaged_archive_give_errors_and_iteration_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.eml"
    good.write_bytes(EML)
    archive = _tar(tmp_path / "broken.tar.gz", {"m1.eml": EML, "m2.eml": EML * 2000})
    raw = archive.read_bytes()
    archive.write_bytes(raw[: len(raw) // 2])
    items = list(iter_raw([tmp_path / "missing.eml", archive, good]))
    assert items[0].data is None and "no such file" in items[0].error
    assert items[-1].source == str(good) and items[-1].data == EML
    errors = [i for i in items[1:-1] if i.data is None]
    assert len(errors) == 1 and errors[0].source.startswith(str(archive))
    assert errors[0].error


def test_oversized_message_is_truncated_and_marked(tmp_path: Path) -> None:
    path = tmp_path / "big.eml"
    path.write_bytes(EML + b"z" * 5000)
    items = list(iter_raw([path], Settings(max_message_bytes=1000)))
    assert items[0].truncated and len(items[0].data or b"") == 1000


def test_count_hint_counts_plain_files_and_gives_up_on_mbox(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes(EML)
    (tmp_path / "b.eml").write_bytes(EML)
    assert count_hint([tmp_path]) == 2
    (tmp_path / "c.mbox").write_bytes(MBOX)
    assert count_hint([tmp_path]) is None
