"""`mailwarden train`: build a candidate organization model and promote it only if it passes the gate."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from mailwarden.cli.common import DbOption, HomeOption
from mailwarden.cli.wiring import EXIT_OK, date_option, fail, load_settings
from mailwarden.settings import Settings

EXIT_NOT_PROMOTED = 3  # the candidate was refused by the gate (the current model stays in service)
MIN_HISTORY = 200  # fewer messages than this cannot teach an organization model; the base model serves


def run_training(settings: Settings, paths: list[str] | None, before: datetime | None, console: Console,
                 **options) -> bool | None:
    """Train and report; returns whether a model was promoted (None when training was skipped)."""
    from mailwarden.model.orgtrain import train_org_model

    report = train_org_model(settings, paths, before=before,
                             progress=lambda msg: console.print(f"  {msg}", highlight=False), **options)
    for line in report.lines():
        console.print(line, highlight=False, markup=False)
    console.print(f"model folder: {report.path}", highlight=False, markup=False)
    return report.promoted


def train_after_learn(settings: Settings, paths: list[Path], before: datetime | None, learned: int,
                      console: Console) -> bool | None:
    """Called at the end of `mailwarden learn`: skips (base model serves) when history is too small."""
    if learned < MIN_HISTORY:
        console.print(f"not training an organization model: {learned} messages learned (< {MIN_HISTORY}); "
                      "the base model serves", highlight=False)
        return None
    try:
        return run_training(settings, [str(p) for p in paths], before, console)
    except Exception as exc:  # noqa: BLE001 - the profile is learned; a failed training is reported, not fatal
        console.print(f"organization model not trained: {type(exc).__name__}: {exc}", highlight=False,
                      markup=False)
        return None


def train(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="History to train on (default: what `learn` last learned from).")] = None,
    home: Path | None = HomeOption,
    db: str | None = DbOption,
    before: Annotated[str | None, typer.Option(
        "--before", help="Use only history dated before this date (UTC, YYYY-MM-DD).")] = None,
    synth_per_type: Annotated[int | None, typer.Option(
        "--synth-per-type", help="Synthetic attacks per attack type (default 800).")] = None,
    holdout_family: Annotated[list[str] | None, typer.Option(
        "--holdout-family", help="Synthesiser template family never used for training (repeatable).")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed for sampling and synthesis.")] = 0,
    promote: Annotated[bool, typer.Option(
        "--promote/--no-promote", help="Promote the candidate when it passes the gate.")] = True,
) -> None:
    """Train a candidate organization model (history as good mail, the organization's own synthetic
    attacks and every feedback label) and promote it only if it is no worse on held-out mail than the
    model in service and still catches every attack ever reported as missed. Exit 3 when refused."""
    settings = load_settings(home, db)
    console = Console(stderr=True)
    split = date_option(before, "--before", naive=True)
    sizes = {"synth_per_type": synth_per_type} if synth_per_type is not None else {}  # else the default
    try:
        promoted = run_training(settings, [str(p) for p in paths] if paths else None, split, console,
                                holdout_families=tuple(holdout_family or ()), rng_seed=seed, promote=promote,
                                **sizes)
    except ValueError as exc:
        raise fail(str(exc)) from exc
    raise typer.Exit(EXIT_OK if promoted or not promote else EXIT_NOT_PROMOTED)
