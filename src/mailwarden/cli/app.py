"""The `mailwarden` command. Each command lives in its own module and is added here explicitly."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="mailwarden",
    help="ML-first email attack detection that learns how your organization communicates.",
    no_args_is_help=True,
    add_completion=False,
)



@app.callback()
def _root() -> None:
    """Mailwarden."""


# Commands: one module each, defining a plain function; wired here explicitly, one line per command,
# e.g. `from mailwarden.cli import scan` then `app.command("scan")(scan.scan)`.
# Imports sit below the app on purpose so that each module stays a plain function module.
from mailwarden.cli import bench, scan  # noqa: E402
from mailwarden.cli.wiring import UsageExitsOne  # noqa: E402

app.command("scan", cls=UsageExitsOne)(scan.scan)
app.command("bench", cls=UsageExitsOne)(bench.bench)

from mailwarden.cli import learn, profile  # noqa: E402

app.command("learn", cls=UsageExitsOne)(learn.learn)
app.command("profile", cls=UsageExitsOne)(profile.profile)

from mailwarden.cli import eval as eval_cli  # noqa: E402

app.command("eval", cls=UsageExitsOne)(eval_cli.eval_command)

from mailwarden.cli import feedback, train  # noqa: E402

app.command("train", cls=UsageExitsOne)(train.train)
app.command("feedback", cls=UsageExitsOne)(feedback.feedback)

from mailwarden.cli import synth  # noqa: E402

app.command("synth", cls=UsageExitsOne)(synth.synth)


from mailwarden.cli import detectors  # noqa: E402

app.command("detectors")(detectors.detectors)


def main() -> None:
    app()
