"""rspamd-style functional tests: each `tests/fixtures/signals/NAME.eml` is paired with
`NAME.expect.json` listing the detectors that must fire and those that must stay quiet.

`quiet` entries may end in `.*` to mean every detector of a leg (e.g. `"delivery.*"`); an optional
`settings` object (org_domains, vips, protected_domains) configures the organization for that message.
"""

from __future__ import annotations

import json
from fnmatch import fnmatch
from pathlib import Path

import pytest

from mailwarden.message.parse import parse_message
from mailwarden.settings import Settings
from mailwarden.signals.base import Context
from mailwarden.signals.registry import DetectorRunner, all_detectors

HERE = Path(__file__).parent.parent / "fixtures" / "signals"
CASES = sorted(HERE.glob("*.eml"))
KNOWN_IDS = {d.id for d in all_detectors()}


def _expectations(eml: Path) -> dict:
    return json.loads(eml.with_suffix(".expect.json").read_text("utf-8"))


def _settings(expect: dict) -> Settings:
    configured = {k: tuple(v) for k, v in expect.get("settings", {}).items()}
    return Settings(**configured)


def test_every_fixture_has_expectations_naming_real_detectors():
    assert CASES, "no fixtures found"
    for eml in CASES:
        expect = _expectations(eml)
        assert expect["fire"] or expect["quiet"], eml.name
        for pattern in expect["fire"] + expect["quiet"]:
            assert any(fnmatch(i, pattern) for i in KNOWN_IDS), f"{eml.name}: {pattern} matches no detector"


@pytest.mark.parametrize("eml", CASES, ids=[c.stem for c in CASES])
def test_fixture_fires_what_it_must_and_nothing_it_must_not(eml: Path):
    expect = _expectations(eml)
    settings = _settings(expect)
    message = parse_message(eml.read_bytes(), eml.name, settings)
    runner = DetectorRunner()
    signals = runner.run(message, Context(settings=settings))
    fired = {s.id: s for s in signals}
    assert not runner.crashes, f"detectors crashed: {dict(runner.crashes)}"
    missing = [i for i in expect["fire"] if i not in fired]
    assert not missing, f"{eml.name}: expected to fire but did not: {missing}; fired: {sorted(fired)}"
    unwanted = sorted(i for i in fired if any(fnmatch(i, p) for p in expect["quiet"]))
    evidence = [(i, fired[i].evidence) for i in unwanted]
    assert not unwanted, f"{eml.name}: fired but must stay quiet: {evidence}"
    for signal in signals:
        assert signal.evidence.strip()
