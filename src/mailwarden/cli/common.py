"""Options shared by commands."""

from __future__ import annotations

import typer

HomeOption = typer.Option(None, "--home", help="Home folder (default $MAILWARDEN_HOME, else ./.mailwarden).")
DbOption = typer.Option(None, "--db", help="Store URL (default $MAILWARDEN_DB, else SQLite in the home).")
