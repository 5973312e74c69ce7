"""The `mailwarden` command. Each command lives in its own module and is added here explicitly."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="mailwarden",
    help="ML-first email attack detection that learns how your organization communicates.",
    no_args_is_help=True,
    add_completion=False,
)

# Commands (one module each). Keep this list sorted by the order a user meets them.
# from mailwarden.cli import scan  # noqa: E402  (added by the scan command's module)


@app.callback()
def _root() -> None:
    """Mailwarden."""


def main() -> None:
    app()
