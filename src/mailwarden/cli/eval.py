"""`mailwarden eval LABELLED...`: an honest quality report on labelled mail, beside SpamAssassin/Rspamd."""

from __future__ import annotations

import json
import shutil
import tempfile
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from mailwarden.cli.common import DbOption, HomeOption
from mailwarden.cli.wiring import EXIT_OK, build_engine, date_option, fail, load_settings
from mailwarden.errors import MailwardenError

LabelledArg = Annotated[list[str], typer.Argument(
    help="Labelled mail: folders with attack/ (or attack/<type>/), ham/, spam/ inside; a manifest "
         "(.jsonl, .jsonl.gz, .csv) naming message files; mail with --label or --manifest; or LABEL=PATH.")]


def eval_command(
    labelled: LabelledArg,
    home: Path | None = HomeOption,
    db: str | None = DbOption,
    label: Annotated[str | None, typer.Option(
        "--label", help="Label for every message of the inputs: attack, attack/<type>, spam or ham.")] = None,
    manifest: Annotated[Path | None, typer.Option(
        "--manifest", help="JSONL/CSV mapping the inputs' messages (source, or archive member + mbox index) "
                           "to labels; messages it does not name are left out and counted.")] = None,
    history: Annotated[list[Path] | None, typer.Option(
        "--history",
        help="Historical mail to learn first (repeatable). Without --home, a temporary home.")] = None,
    before: Annotated[str | None, typer.Option(
        "--before", help="Time split (UTC date): learn history before it; good mail and spam dated before it "
                         "are not evaluated (attacks always are).")] = None,
    holdout_family: Annotated[list[str] | None, typer.Option(
        "--holdout-family", help="Synthetic template family the --history training never sees (repeatable); "
                                 "evaluate on attacks of this family.")] = None,
    org_domain: Annotated[list[str] | None, typer.Option(
        "--org-domain", help="The organization's own domain for --history (repeatable).")] = None,
    compare: Annotated[str | None, typer.Option(
        "--compare", help="Peers to run on the same mail, offline: spamassassin,rspamd.")] = None,
    peer_good_share: Annotated[float, typer.Option(
        "--peer-good-share", min=0.0, max=1.0,
        help="Peers judge every attack and spam but only this share of the good mail (a fixed sample); "
             "for slow peers on large archives. Mailwarden always judges everything.")] = 1.0,
    json_out: Annotated[Path | None, typer.Option(
        "--json", help="Write the full report as JSON here.")] = None,
    html_out: Annotated[Path | None, typer.Option(
        "--html", help="Write a self-contained HTML report (tables, ROC and PR curves) here.")] = None,
    mistakes: Annotated[Path | None, typer.Option(
        "--mistakes", help="Write every miss and false alarm here as .eml files plus index.jsonl.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No tables on stdout.")] = False,
    progress: Annotated[bool | None, typer.Option(
        "--progress/--no-progress", help="Progress bar on stderr (default: on a terminal).")] = None,
) -> None:
    """Measure Mailwarden on labelled mail: recall, precision, false alarms per 1 000 and per million good
    messages, recall at fixed false-positive rates, by attack type, detector health, throughput, and
    every mistake; optionally beside SpamAssassin and Rspamd run offline on the same messages."""
    from mailwarden.evaluation import labels as labels_mod
    from mailwarden.evaluation.history import learn_history
    from mailwarden.evaluation.mistakes import MistakeWriter
    from mailwarden.evaluation.peers import KNOWN_PEERS, make_peer
    from mailwarden.evaluation.render.html import render_html
    from mailwarden.evaluation.render.terminal import render_terminal
    from mailwarden.evaluation.report import build_report
    from mailwarden.evaluation.runner import EvalRun, evaluate

    split = date_option(before, "--before")
    peer_names = [p.strip().lower() for p in (compare or "").split(",") if p.strip()]
    unknown = [p for p in peer_names if p not in KNOWN_PEERS]
    if unknown:
        raise fail(f"--compare: unknown peer {', '.join(unknown)}; known: {', '.join(KNOWN_PEERS)}")
    err = Console(stderr=True)
    with ExitStack() as stack:
        temp_home = None
        if history and home is None and db is None:
            temp_home = Path(tempfile.mkdtemp(prefix="mailwarden-eval-home-"))
            stack.callback(shutil.rmtree, temp_home, True)
        settings = load_settings(temp_home or home, db)
        if org_domain:
            settings = replace(settings, org_domains=tuple(org_domain))
        run = EvalRun()
        if history:
            err.print(f"learning history from {len(history)} path(s)"
                      + (f" dated before {split.date()}" if split else ""))
            try:
                run.history = learn_history(history, settings, split, tuple(holdout_family or ()))
            except MailwardenError as exc:
                raise fail(str(exc)) from exc
        engine = build_engine(settings)
        stats = labels_mod.LoadStats()
        run.load = stats
        items = labels_mod.iter_labelled(labelled, settings, label=label or "", manifest=manifest,
                                         stats=stats)
        writer = MistakeWriter(mistakes) if mistakes else None
        peers = [make_peer(name) for name in peer_names]
        show = err.is_terminal if progress is None else progress
        bar = stack.enter_context(Progress(TextColumn("evaluating"), BarColumn(), MofNCompleteColumn(),
                                           TimeElapsedColumn(), console=err, disable=not show))
        task = bar.add_task("eval", total=None)
        try:
            run = evaluate(items, engine, peers=peers, before=split, mistakes=writer,
                           progress=lambda: bar.advance(task), run=run, peer_good_share=peer_good_share)
        except MailwardenError as exc:
            raise fail(str(exc)) from exc
    report = build_report(run, settings)
    if writer is not None:
        writer.write_index(run.judged)
    if json_out:
        json_out.write_text(json.dumps(report, indent=1, ensure_ascii=False, default=str), "utf-8")
    if html_out:
        html_out.write_text(render_html(report), "utf-8")
    if not quiet:
        out = Console(highlight=False)
        render_terminal(report, out if out.is_terminal else Console(highlight=False, width=200))
    for path, what in ((json_out, "JSON"), (html_out, "HTML"), (mistakes, "mistakes")):
        if path:
            err.print(f"{what} report: {path}")
    raise typer.Exit(EXIT_OK)
