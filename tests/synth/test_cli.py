"""`mailwarden synth` writes messages and labels that the eval command can read."""

from __future__ import annotations

import json
import mailbox
import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from mailwarden.cli.app import app

runner = CliRunner()


def _labels(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "labels.jsonl").read_text().splitlines()]


def test_eml_output_with_labels(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        [
            "synth",
            "--generic",
            "--out",
            str(out),
            "-n",
            "30",
            "--seed",
            "2",
            "--hard-negatives",
            "3",
            "--holdout",
            "broken",
        ],
    )
    assert result.exit_code == 0, result.output
    labels = _labels(out)
    assert len(labels) == 33
    assert all((out / lab["source"]).is_file() for lab in labels)
    assert {lab["label"] for lab in labels} == {"attack", "ham"}
    assert "broken" not in {lab["family"] for lab in labels}


def test_mbox_output_is_byte_identical_per_seed(tmp_path: Path, org) -> None:
    org_file = tmp_path / "org.json"
    org_file.write_text(json.dumps(org.to_dict()))
    outputs = []
    for name in ("a", "b"):
        out = tmp_path / name
        result = runner.invoke(
            app,
            [
                "synth",
                "--org",
                str(org_file),
                "--out",
                str(out),
                "-n",
                "25",
                "--format",
                "mbox",
                "--seed",
                "9",
                "--types",
                "invoice_fraud,malware",
            ],
        )
        assert result.exit_code == 0, result.output
        outputs.append((out / "attacks.mbox").read_bytes())
    assert outputs[0] == outputs[1]
    box = mailbox.mbox(str(tmp_path / "a" / "attacks.mbox"))
    assert len(box) == 25
    labels = _labels(tmp_path / "a")
    assert {lab["attack_type"] for lab in labels} == {"invoice_fraud", "malware"}
    assert labels[3]["source"] == "attacks.mbox#3"
    assert box[3]["Message-ID"] == labels[3]["message_id"]


def test_usage_errors(tmp_path: Path) -> None:
    assert (
        runner.invoke(app, ["synth", "--generic", "--out", str(tmp_path), "--families", "nope"]).exit_code
        == 1
    )
    assert (
        runner.invoke(app, ["synth", "--generic", "--out", str(tmp_path), "--format", "pst"]).exit_code == 1
    )
    assert (
        runner.invoke(app, ["synth", "--home", str(tmp_path / "empty"), "--out", str(tmp_path)]).exit_code
        == 1
    )


def test_bytes_do_not_depend_on_the_process_hash_seed(tmp_path: Path) -> None:
    """Two processes with different PYTHONHASHSEED (set iteration order) write the same bytes."""
    outputs = []
    for hash_seed in ("1", "2"):
        out = tmp_path / hash_seed
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        code = "from mailwarden.cli.app import main; main()"
        args = ["synth", "--generic", "--out", str(out), "-n", "40", "--seed", "5", "--format", "mbox"]
        subprocess.run([sys.executable, "-c", code, *args], env=env, check=True, capture_output=True)
        outputs.append((out / "attacks.mbox").read_bytes() + (out / "labels.jsonl").read_bytes())
    assert outputs[0] == outputs[1]


def test_the_learned_organization_writes_in_its_own_header_style(tmp_path: Path) -> None:
    # The fixture organization's mail carries no transport headers (an archive export): "auto" must
    # mean that style, without --style-from, as organization training does.
    org = Path(__file__).parent.parent / "fixtures" / "org"
    home = str(tmp_path / "home")
    learned = runner.invoke(app, ["learn", str(org), "--home", home, "--no-train", "--no-progress"])
    assert learned.exit_code == 0, learned.output
    for args, style in (([], "archive"), (["--header-style", "modern"], "modern")):
        out = tmp_path / f"out-{style}"
        result = runner.invoke(app, ["synth", "--home", home, "--out", str(out), "-n", "12", *args])
        assert result.exit_code == 0, result.output
        assert {lab["header_style"] for lab in _labels(out)} == {style}
