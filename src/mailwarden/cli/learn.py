"""`mailwarden learn PATH...`: build or extend the organization profile from historical mail."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from mailwarden.cli.common import DbOption, HomeOption
from mailwarden.cli.wiring import EXIT_OK, EXIT_UNREADABLE, check_paths, date_option, fail, load_settings
from mailwarden.errors import StoreError

PathsArg = Annotated[list[Path], typer.Argument(
    help="Historical mail: .eml, mbox, maildir, .tar/.tar.gz, or folders of them. Sent folders matter.")]


def learn(
    paths: PathsArg,
    home: Path | None = HomeOption,
    db: str | None = DbOption,
    org_domain: Annotated[list[str] | None, typer.Option(
        "--org-domain", help="The organization's own domain (repeatable). Default: inferred.")] = None,
    vendor_domain: Annotated[list[str] | None, typer.Option(
        "--vendor-domain", help="A domain to treat as a vendor whatever the mail says (repeatable).")] = None,
    after: Annotated[str | None, typer.Option(
        "--after", help="Learn only mail dated on or after this date (UTC, YYYY-MM-DD).")] = None,
    before: Annotated[str | None, typer.Option(
        "--before", help="Learn only mail dated before this date (UTC, YYYY-MM-DD).")] = None,
    progress: Annotated[bool | None, typer.Option(
        "--progress/--no-progress", help="Progress bar on stderr (default: on a terminal).")] = None,
    train: Annotated[bool, typer.Option(
        "--train/--no-train", help="Then train the organization model (gated, see: train).")] = True,
) -> None:
    """Learn who talks to whom from historical mail: internal domains, people and VIPs, contacts and
    vendors, threads and each sender's habits. Learning the same mail twice changes nothing; new mail
    adds to what was learned."""
    from mailwarden import sources
    from mailwarden.profile.learn import learn as learn_profile
    from mailwarden.store import Store

    check_paths(paths)
    settings = load_settings(home, db)
    after_date = date_option(after, "--after", naive=True)
    before_date = date_option(before, "--before", naive=True)
    err = Console(stderr=True)
    show = err.is_terminal if progress is None else progress
    try:
        store = Store.open(settings)
    except StoreError as exc:
        raise fail(str(exc)) from exc
    with store, Progress(TextColumn("learning"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                         console=err, disable=not show, transient=True) as bar:
        task = bar.add_task("learning", total=sources.count_hint(paths) if show else None)
        report = learn_profile(
            store, settings, sources.iter_raw(paths, settings),
            org_domains=org_domain or (), vendor_domains=vendor_domain or (),
            after=after_date, before=before_date, progress=lambda n: bar.advance(task, n),
        )
        internal = store.get_meta("internal_domains", [])
        reason = store.get_meta("internal_domains_reason", "")
        total = store.get_meta("messages_learned", 0)
    err.print(
        f"learned {report.learned:,} new messages of {report.read:,} read in {report.seconds:.1f} s "
        f"({report.rate:,.0f} msg/s); {report.duplicates:,} already known, {report.out_of_range:,} outside "
        f"the dates, {report.unreadable:,} unreadable. Profile: {total:,} messages; internal domains "
        f"{', '.join(internal) or '(none)'} ({reason}). Store: {store.backend}.", highlight=False)
    for line in report.errors[:5]:
        err.print(f"  unreadable: {line}", highlight=False, markup=False)
    settings = replace(settings, org_domains=tuple(org_domain or ()) or settings.org_domains)
    if report.learned:
        from mailwarden.model.orgtrain import remember_history

        # what `train` alone retrains on, and whose header style `synth` writes in, even when training
        # is skipped (--no-train, or too little history yet)
        remember_history(settings, paths, before_date)
    if train:
        from mailwarden.cli.train import train_after_learn

        train_after_learn(settings, paths, before_date, total, err)
    raise typer.Exit(EXIT_UNREADABLE if report.unreadable and not report.learned else EXIT_OK)
