"""`mailwarden eval` end to end on the fixtures: the three outputs and the mistakes folder."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from mailwarden.cli.app import app


def test_eval_writes_json_html_and_mistakes(eval_fixtures, tmp_path):
    out_json, out_html, mistakes = tmp_path / "r.json", tmp_path / "r.html", tmp_path / "review"
    result = CliRunner().invoke(app, [
        "eval", str(eval_fixtures / "labelled"), f"ham={eval_fixtures / 'good.mbox'}",
        "--home", str(tmp_path / "home"), "--json", str(out_json), "--html", str(out_html),
        "--mistakes", str(mistakes), "--no-progress"])
    assert result.exit_code == 0, result.output
    report = json.loads(out_json.read_text())
    assert report["counts"]["messages"] == 10 and report["counts"]["ham"] == 5
    assert "attack" in report["tasks"] and "unwanted" in report["tasks"]
    page = out_html.read_text()
    assert page.startswith("<!doctype html>") and "data:image/png;base64," in page
    assert "<script>alert(1)</script>" not in page
    index = (mistakes / "index.jsonl").read_text().splitlines()
    assert len(index) == report["mistakes"]["misses"] + report["mistakes"]["false_alarms"]
    assert "recall" in result.output


def test_eval_refuses_unknown_peer_and_unlabelled_input(eval_fixtures, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["eval", str(eval_fixtures / "labelled"), "--compare", "clamav",
                                 "--home", str(tmp_path)])
    assert result.exit_code == 1 and "unknown peer" in result.output
    result = runner.invoke(app, ["eval", str(eval_fixtures / "good.mbox"), "--home", str(tmp_path),
                                 "--no-progress"])
    assert result.exit_code == 1 and "no label" in result.output


def test_history_is_learned_before_the_split_and_not_evaluated(eval_fixtures, tmp_path):
    out_json = tmp_path / "r.json"
    result = CliRunner().invoke(app, [
        "eval", str(eval_fixtures / "labelled"), "--history", str(eval_fixtures / "labelled" / "ham"),
        "--before", "2024-05-18", "--home", str(tmp_path / "home"), "--json", str(out_json), "--no-progress",
        "-q"])
    assert result.exit_code == 0, result.output
    report = json.loads(out_json.read_text())
    history = report["history"]
    assert history["learned"] == 2 and history["left_out_by_date"] == 1  # the 18 May newsletter
    assert "not trained" in history["model"]  # two messages cannot teach a model
    # the two good messages dated before the split are history, not evaluation
    assert report["counts"]["ham"] == 1 and report["counts"]["history_left_out"] == 2
