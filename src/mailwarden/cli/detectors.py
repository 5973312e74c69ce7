"""`mailwarden detectors`: the table of every registered detector (docs/detectors.md is its output)."""

from __future__ import annotations

import typer

from mailwarden.signals.base import Detector, Leg
from mailwarden.signals.registry import all_detectors

LEG_ORDER = (Leg.IMPERSONATION, Leg.AUTHENTICATION, Leg.TRUST, Leg.GOAL, Leg.DELIVERY)
REGENERATE = "mailwarden detectors > docs/detectors.md"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _row(det: Detector) -> str:
    hints = ", ".join(det.attack_types) or "–"
    needs = "yes" if det.needs_profile else "no"
    return (f"| `{det.id}` | {_cell(det.description)} | {hints} | {det.strategy or '–'} | {needs} |")


def detectors_markdown(detectors: tuple[Detector, ...] | None = None) -> str:
    """The generated reference table, one section per leg, detectors in registry order."""
    detectors = all_detectors() if detectors is None else detectors
    lines = [
        "# Detectors",
        "",
        f"Generated from the detector registry by `{REGENERATE}`; do not edit by hand (a test checks",
        "that this file matches the registry). Ids are stable. Strength and weights are not listed here:",
        "a detector only reports what it saw; how much it counts is learned (or set in",
        "`scoring/coldstart.toml` before a model exists).",
        "",
        f"{len(detectors)} detectors. *Attack types* and *strategy* are hints for the verdict, not weights;",
        "*profile* says whether the detector needs the organization's learned history.",
    ]
    for leg in LEG_ORDER:
        of_leg = [d for d in detectors if d.leg == leg]
        if not of_leg:
            continue
        lines += ["", f"## {leg}", "", "| id | what it means | attack types | strategy | profile |",
                  "| --- | --- | --- | --- | --- |"]
        lines += [_row(d) for d in of_leg]
    return "\n".join(lines) + "\n"


def detectors() -> None:
    """Print the table of every detector (id, leg, meaning) as Markdown."""
    typer.echo(detectors_markdown(), nl=False)
