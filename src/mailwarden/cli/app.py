"""The `mailwarden` command. Each command lives in its own module and is added here explicitly."""

from __future__ import annotations

import typer

from mailwarden.cli import bench, detectors, feedback, learn, profile, scan, synth, train
from mailwarden.cli import eval as eval_cli
from mailwarden.cli.wiring import UsageExitsOne

app = typer.Typer(
    name="mailwarden",
    help="ML-first email attack detection that learns how your organization communicates.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def _root() -> None:
    """Mailwarden."""


# One line per command, in the order a user meets them. Bad options exit 1 (UsageExitsOne).
app.command("learn", cls=UsageExitsOne)(learn.learn)
app.command("scan", cls=UsageExitsOne)(scan.scan)
app.command("profile", cls=UsageExitsOne)(profile.profile)
app.command("synth", cls=UsageExitsOne)(synth.synth)
app.command("train", cls=UsageExitsOne)(train.train)
app.command("feedback", cls=UsageExitsOne)(feedback.feedback)
app.command("eval", cls=UsageExitsOne)(eval_cli.eval_command)
app.command("bench", cls=UsageExitsOne)(bench.bench)
app.command("detectors")(detectors.detectors)


def main() -> None:
    app()
