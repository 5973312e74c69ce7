"""docs/detectors.md is generated from the registry and must stay in step with it."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from mailwarden.cli.app import app
from mailwarden.cli.detectors import REGENERATE, detectors_markdown
from mailwarden.signals.registry import all_detectors

DOC = Path(__file__).parent.parent.parent / "docs" / "detectors.md"


def test_docs_detectors_md_matches_the_registry():
    assert DOC.read_text("utf-8") == detectors_markdown(), f"docs/detectors.md is stale: run `{REGENERATE}`"


def test_the_table_lists_every_detector_once_under_its_leg():
    table = detectors_markdown()
    for det in all_detectors():
        assert table.count(f"| `{det.id}` |") == 1
        section = table.split(f"## {det.leg}\n", 1)[1].split("\n## ", 1)[0]
        assert f"`{det.id}`" in section


def test_pipes_in_descriptions_do_not_break_the_table():
    from mailwarden.signals.base import Leg, detector

    odd = detector("goal.odd", Leg.GOAL, "a | b\nc")(lambda message, context: None)
    row = next(line for line in detectors_markdown((odd,)).splitlines() if "goal.odd" in line)
    assert row.count(" | ") == 4 and "a \\| b c" in row


def test_the_cli_command_prints_the_table():
    result = CliRunner().invoke(app, ["detectors"])
    assert result.exit_code == 0
    assert result.output == detectors_markdown()
