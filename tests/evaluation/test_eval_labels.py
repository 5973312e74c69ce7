"""Labelled input: folders named for labels, manifests, mbox with a label, LABEL=PATH."""

from __future__ import annotations

import gzip
import io
import json
import tarfile
from collections import Counter
from pathlib import Path

import pytest

from mailwarden.evaluation.labels import LabelError, LoadStats, iter_labelled, split_label


def _summary(items):
    return Counter((i.label, i.attack_type) for i in items)


def test_label_folders_give_label_and_attack_type(settings, eval_fixtures):
    items = list(iter_labelled([str(eval_fixtures / "labelled")], settings))
    assert _summary(items) == Counter({("attack", "ceo_fraud"): 2, ("attack", "credential_phishing"): 1,
                                       ("ham", ""): 3, ("spam", ""): 2})
    assert all(i.item.data for i in items)


def test_a_folder_named_for_a_label_is_labelled_itself(settings, eval_fixtures):
    items = list(iter_labelled([str(eval_fixtures / "labelled" / "spam")], settings))
    assert [i.label for i in items] == ["spam", "spam"]


def test_mbox_with_a_label_option_and_with_label_equals_path(settings, eval_fixtures):
    mbox = eval_fixtures / "good.mbox"
    with_option = list(iter_labelled([str(mbox)], settings, label="ham"))
    with_prefix = list(iter_labelled([f"attack/ceo_fraud={mbox}"], settings))
    assert [i.label for i in with_option] == ["ham", "ham"]
    assert [(i.label, i.attack_type) for i in with_prefix] == [("attack", "ceo_fraud")] * 2
    assert with_option[1].item.source.endswith("#1")


def test_synth_labels_file_names_message_files(settings, eval_fixtures):
    items = list(iter_labelled([str(eval_fixtures / "synth" / "labels.jsonl")], settings))
    assert {(i.item.source.rsplit("/", 1)[-1], i.label, i.attack_type, i.family) for i in items} == {
        ("0001.eml", "attack", "ceo_fraud", "heldout-a"), ("0002.eml", "ham", "", "")}


def _write_archive(tmp_path: Path, eval_fixtures: Path) -> Path:
    archive = tmp_path / "corpus.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(eval_fixtures / "labelled" / "ham" / "lunch.eml", arcname="corpus/ham/lunch.eml")
        tar.add(eval_fixtures / "labelled" / "spam" / "pills.eml", arcname="corpus/spam/pills.eml")
        tar.add(eval_fixtures / "good.mbox", arcname="corpus/box/good.mbox")
        tar.add(eval_fixtures / "labelled" / "ham" / "report.eml", arcname="corpus/ham/unlisted.eml")
    return archive


def test_corpus_manifest_maps_archive_members_and_mbox_indexes(settings, eval_fixtures, tmp_path):
    archive = _write_archive(tmp_path, eval_fixtures)
    manifest = tmp_path / "manifest.jsonl.gz"
    rows = [{"member": "corpus/ham/lunch.eml", "index": None, "label": "ham"},
            {"member": "corpus/spam/pills.eml", "index": None, "label": "spam"},
            {"member": "corpus/box/good.mbox", "index": 0, "label": "ham"},
            {"member": "corpus/box/good.mbox", "index": 1, "label": "malicious"}]
    with gzip.open(manifest, "wt") as handle:
        handle.write("\n".join(json.dumps(r) for r in rows) + "\n")
    stats = LoadStats()
    items = list(iter_labelled([str(archive)], settings, manifest=manifest, stats=stats))
    by_source = {i.item.source.split(":", 1)[1]: i.label for i in items}
    assert by_source == {"corpus/ham/lunch.eml": "ham", "corpus/spam/pills.eml": "spam",
                         "corpus/box/good.mbox#0": "ham", "corpus/box/good.mbox#1": "attack"}
    assert stats.unlabelled == 1 and "unlisted.eml" in stats.unlabelled_examples[0]
    assert stats.manifest_rows == 4


def test_csv_manifest(settings, eval_fixtures, tmp_path):
    manifest = tmp_path / "labels.csv"
    lunch = eval_fixtures / "labelled" / "ham" / "lunch.eml"
    manifest.write_text(f"source,label,attack_type\n{lunch},attack,payroll_diversion\n")
    items = list(iter_labelled([str(manifest)], settings))
    assert [(i.label, i.attack_type) for i in items] == [("attack", "payroll_diversion")]


def test_unlabelled_input_is_an_error_not_a_guess(settings, eval_fixtures, tmp_path):
    with pytest.raises(LabelError):
        list(iter_labelled([str(eval_fixtures / "good.mbox")], settings))
    with pytest.raises(LabelError):
        list(iter_labelled([str(tmp_path)], settings))  # a folder with no label folders
    with pytest.raises(LabelError):
        split_label("maybe")


def test_label_words_from_other_collections():
    assert split_label("malicious") == ("attack", "")
    assert split_label("attack:ceo_fraud") == ("attack", "ceo_fraud")
    assert split_label("Legit") == ("ham", "")
    assert split_label("spam/anything") == ("spam", "")


def test_manifest_rows_with_only_attack_type(settings, tmp_path):
    mail = tmp_path / "m.eml"
    mail.write_bytes(b"From: a@example.org\r\nSubject: hi\r\n\r\nhello\r\n")
    manifest = tmp_path / "labels.jsonl"
    manifest.write_text(io.StringIO(json.dumps({"source": "m.eml", "attack_type": "spam"})).read() + "\n")
    items = list(iter_labelled([str(manifest)], settings))
    assert [(i.label, i.attack_type) for i in items] == [("spam", "")]
