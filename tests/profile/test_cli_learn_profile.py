"""`mailwarden learn` then `mailwarden profile`, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from mailwarden.cli.app import app

ORG = Path(__file__).parent.parent / "fixtures" / "org"


def test_learn_then_profile(tmp_path):
    runner = CliRunner()
    home = str(tmp_path / "home")
    learned = runner.invoke(app, ["learn", str(ORG), "--home", home, "--no-train", "--no-progress"])
    assert learned.exit_code == 0, learned.output
    assert "learned 74 new messages" in learned.output.replace("\n", " ")
    again = runner.invoke(app, ["learn", str(ORG), "--home", home, "--no-train", "--no-progress"])
    assert "learned 0 new messages" in again.output.replace("\n", " ")
    shown = runner.invoke(app, ["profile", "--home", home, "--format", "json"])
    assert shown.exit_code == 0, shown.output
    data = json.loads(shown.stdout)
    assert data["internal_domains"] == ["northwind-metals.com"]
    assert "Margaret Holloway" in [v["name"] for v in data["vips"]]
    assert [v["domain"] for v in data["vendors"]] == ["acmesteel.com"]
    top_two = {c["address"]: (c["messages_from"], c["messages_to"]) for c in data["top_contacts"][:2]}
    assert top_two == {"billing@acmesteel.com": (6, 6), "rita.chen@acmesteel.com": (6, 6)}


def test_profile_without_a_store_says_what_to_do(tmp_path):
    result = CliRunner().invoke(app, ["profile", "--home", str(tmp_path / "none")])
    assert result.exit_code == 1 and "mailwarden learn" in result.output


def test_learn_rejects_a_bad_date(tmp_path):
    result = CliRunner().invoke(app, ["learn", str(ORG), "--home", str(tmp_path), "--before", "soon"])
    assert result.exit_code == 1 and "--before" in result.output
