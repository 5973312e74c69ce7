"""`mailwarden feedback`: record a missed attack or a false alarm (by file or by Message-ID)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from mailwarden.cli.common import DbOption, HomeOption
from mailwarden.cli.wiring import EXIT_OK, fail, load_settings


def feedback(
    path: Annotated[Path | None, typer.Argument(help="The message (.eml) the feedback is about.")] = None,
    message_id: Annotated[str | None, typer.Option(
        "--message-id", help="The message by its Message-ID instead of a file.")] = None,
    search: Annotated[list[Path] | None, typer.Option(
        "--search", help="Where to look for the --message-id message (mbox, maildir, folder; repeatable).")
    ] = None,
    missed: Annotated[bool, typer.Option("--missed", help="It was an attack that got through.")] = False,
    false_alarm: Annotated[bool, typer.Option("--false-alarm", help="It was good mail flagged.")] = False,
    attack_type: Annotated[str, typer.Option(
        "--type", help="Attack type of a missed attack (ceo_fraud, invoice_fraud, ... see DESIGN.md).")] = "",
    note: Annotated[str, typer.Option("--note", help="Free text kept with the label.")] = "",
    home: Path | None = HomeOption,
    db: str | None = DbOption,
) -> None:
    """Record what a message really was. Labels live in the store (with a copy of the message under
    <home>/labels/); `mailwarden train` learns from them and never again misses a reported attack."""
    from mailwarden.errors import MailwardenError
    from mailwarden.feedback import record_feedback
    from mailwarden.store import Store

    if missed == false_alarm:
        raise fail("say exactly one of --missed or --false-alarm")
    if (path is None) == (message_id is None):
        raise fail("give a message file or --message-id (one of them)")
    settings = load_settings(home, db)
    raw = None
    if path is not None:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise fail(f"cannot read {path}: {exc}") from exc
    try:
        with Store.open(settings) as store:
            result = record_feedback(settings, store, "missed" if missed else "false_alarm", raw=raw,
                                     source=str(path or ""), message_id=message_id or "",
                                     attack_type=attack_type, note=note, search=search or ())
    except MailwardenError as exc:
        raise fail(str(exc)) from exc
    console = Console(stderr=True)
    kept = f"; message kept at {result.stored_copy}" if result.stored_copy else \
        "; message not found yet (report it by file, or pass --search), so training cannot use it yet"
    console.print(f"label {result.label_id}: {result.label} {result.message_id or result.sha256[:12]}{kept}",
                  highlight=False, markup=False)
    raise typer.Exit(EXIT_OK)
