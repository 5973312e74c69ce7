"""`mailwarden scan PATH...`: one verdict per message, as JSON lines or a table."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from contextlib import ExitStack
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from mailwarden.cli.common import DbOption, HomeOption
from mailwarden.cli.output import JsonlWriter, Summary, TableWriter
from mailwarden.cli.wiring import (
    EXIT_OK,
    EXIT_UNREADABLE,
    Observe,
    build_engine,
    check_paths,
    fail,
    load_settings,
    safe_mail_learner,
)
from mailwarden.message import Message
from mailwarden.scoring.verdict import Verdict

log = logging.getLogger(__name__)



class Format(StrEnum):
    jsonl = "jsonl"
    table = "table"


PathsArg = Annotated[
    list[Path], typer.Argument(help="Messages: .eml, mbox, maildir, .tar/.tar.gz, or folders of them.")]


def scan(
    paths: PathsArg,
    home: Path | None = HomeOption,
    db: str | None = DbOption,
    fmt: Annotated[Format | None, typer.Option(
        "--format", "-f", help="jsonl (machines) or table (people). Default: table on a terminal.")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write verdicts to this file, not stdout.")] = None,
    no_learn: Annotated[bool, typer.Option(
        "--no-learn", help="Do not update the profile from mail judged safe.")] = False,
    progress: Annotated[bool | None, typer.Option(
        "--progress/--no-progress", help="Progress bar on stderr (default: on a terminal).")] = None,
) -> None:
    # Help text: SCAN_HELP below (typer keeps a docstring's hard line breaks).
    from mailwarden import sources  # the readers are imported when a command runs, not at --help

    check_paths(paths)
    settings = load_settings(home, db)
    engine = build_engine(settings)
    learner = safe_mail_learner(settings) if settings.learn_from_scans and not no_learn else None
    err = Console(stderr=True)
    summary = Summary()
    show_progress = err.is_terminal if progress is None else progress

    with ExitStack() as stack:
        if learner is not None:
            stack.callback(_finish_learning, learner[1])  # also when the scan is interrupted
        writer = _open_writer(stack, fmt, output)
        bar = stack.enter_context(_progress(err, show_progress))
        task = bar.add_task("scanning", total=sources.count_hint(paths) if show_progress else None)
        for item in sources.iter_raw(paths, settings):
            message, verdict = engine.judge_raw(item)
            writer.write(verdict, message)
            summary.add(verdict)
            bar.advance(task)
            if learner is not None and message is not None and verdict.verdict == "safe":
                _observe(learner[0], message, verdict)
        writer.close()
        if isinstance(writer, TableWriter):
            writer.summary(summary)
        elif show_progress:
            err.print(summary.to_table())
    if engine.runner.crashes:
        crashed = ", ".join(f"{k} x{v}" for k, v in engine.runner.crashes.most_common(5))
        err.print(f"[yellow]detectors that crashed and abstained:[/] {crashed}", highlight=False)
    raise typer.Exit(EXIT_UNREADABLE if summary.unreadable else EXIT_OK)


def _open_writer(stack: ExitStack, fmt: Format | None, output: Path | None) -> JsonlWriter | TableWriter:
    """JSON lines or the table, to stdout or a file; the table by default on a terminal only."""
    try:
        stream = stack.enter_context(output.open("w", encoding="utf-8")) if output else sys.stdout
    except OSError as exc:
        raise fail(f"cannot write {output}: {exc.strerror or exc}") from exc
    chosen = fmt or (Format.table if output is None and sys.stdout.isatty() else Format.jsonl)
    if chosen is Format.jsonl:
        return JsonlWriter(stream)
    # A file gets plain text at a fixed width; a terminal gets colour at its own width.
    console = Console(file=stream, force_terminal=None if output is None else False,
                      width=None if output is None else 160, highlight=False)
    return TableWriter(console)


def _finish_learning(close: Callable[[], None]) -> None:
    try:
        close()
    except Exception:  # noqa: BLE001 - verdicts are out; a failed profile update is a warning
        log.warning("could not save what was learned from this scan", exc_info=True)


SCAN_HELP = (
    "Judge every message under PATH: one verdict per message.\n\n"
    "Each verdict gives the class (attack, suspicious, spam, safe), a score, the attack type, strategy, "
    "vector, impersonated party, the signals that fired and a one-sentence explanation.\n\n"
    "Exit status: 0 every message was judged; 2 some messages could not be read (each still has a line, "
    "with an `error` field); 1 usage or configuration error (bad option, missing PATH, invalid settings)."
)
scan.__doc__ = SCAN_HELP


def _observe(observe: Observe, message: Message, verdict: Verdict) -> None:
    try:
        observe(message, verdict)
    except Exception:  # noqa: BLE001 - learning must not stop the scan
        log.debug("profile update failed for %s", message.source, exc_info=True)


def _progress(console: Console, enabled: bool) -> Progress:
    return Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
        TextColumn("{task.completed} messages"), TimeElapsedColumn(),
        console=console, transient=True, disable=not enabled,
    )
