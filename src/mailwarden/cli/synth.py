"""`mailwarden synth`: labelled synthetic attacks written against the organization's own people."""

from __future__ import annotations

import json
from collections import Counter
from itertools import chain
from pathlib import Path
from random import Random
from typing import Annotated

import typer

from mailwarden.cli.common import DbOption, HomeOption
from mailwarden.cli.wiring import date_option, fail, load_settings


def _csv(values: list[str] | None) -> list[str]:
    return [v.strip() for value in values or [] for v in value.split(",") if v.strip()]


def synth(
    out: Annotated[
        Path | None, typer.Option("--out", help="Folder to write the messages and labels.jsonl into.")
    ] = None,
    home: Path | None = HomeOption,
    db: str | None = DbOption,
    count: Annotated[int, typer.Option("--count", "-n", help="How many attacks.")] = 100,
    types: Annotated[
        list[str] | None,
        typer.Option(
            "--types",
            help="Attack types, kinds or lures to write (comma-separated or repeated; default all).",
        ),
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Same seed + same organization = same bytes.")] = 0,
    fmt: Annotated[str, typer.Option("--format", help="eml (one file each) or mbox (one file).")] = "eml",
    families: Annotated[
        list[str] | None,
        typer.Option(
            "--families",
            help="Only these template families (comma-separated; a prefix like intl selects intl-*).",
        ),
    ] = None,
    exclude_family: Annotated[
        list[str] | None,
        typer.Option("--exclude-family", "--holdout", help="Never use these template families."),
    ] = None,
    header_style: Annotated[
        str, typer.Option("--header-style", help="auto (the org's own), archive, modern or mixed.")
    ] = "auto",
    style_from: Annotated[
        list[Path] | None,
        typer.Option(
            "--style-from", help="Mail of the organization to copy the header shape from (eml/mbox/folder)."
        ),
    ] = None,
    org_json: Annotated[
        Path | None, typer.Option("--org", help="An OrgSeed as JSON instead of the learned profile.")
    ] = None,
    generic: Annotated[
        bool, typer.Option("--generic", help="Write against a fictional organization (base-model training).")
    ] = False,
    date_from: Annotated[
        str | None,
        typer.Option(
            "--date-from", help="Earliest Date (YYYY-MM-DD; default: around the end of the learned history)."
        ),
    ] = None,
    date_to: Annotated[str | None, typer.Option("--date-to", help="Latest Date (YYYY-MM-DD).")] = None,
    hard_negatives: Annotated[
        int,
        typer.Option("--hard-negatives", help="Also write this many legitimate look-alikes (labelled ham)."),
    ] = 0,
    list_families: Annotated[
        bool, typer.Option("--list-families", help="List template families and exit.")
    ] = False,
    stats: Annotated[
        bool,
        typer.Option("--stats", help="Print diversity figures (distinct bodies, family 3-gram overlap)."),
    ] = False,
) -> None:
    """Write labelled attacks of every type (CEO fraud, vendor fraud, payroll, gift cards, credential
    phishing, data theft, extortion, thread hijack, compromised vendor, lateral phishing, malware, scam)
    using the organization's real VIPs, vendors and thread subjects, with labels.jsonl beside them."""
    from mailwarden.synth import FAMILIES, generate, generate_hard_negatives
    from mailwarden.synth.families import EVALUATION_ONLY
    from mailwarden.synth.output import write

    if list_families:
        for family in FAMILIES.values():
            use = "evaluation only" if family.name in EVALUATION_ONLY else "training"
            typer.echo(f"{family.name}\t{family.language}\t{use}\t{len(family.lures)} lures\t"
                       f"{family.description}")
        raise typer.Exit(0)
    if out is None:
        raise fail("--out is required")
    if fmt not in ("eml", "mbox"):
        raise fail("--format must be eml or mbox")
    if header_style not in ("auto", "archive", "modern", "mixed"):
        raise fail("--header-style must be auto, archive, modern or mixed")
    if count < 0 or hard_negatives < 0:
        raise fail("--count and --hard-negatives must not be negative")
    date_range = None
    if date_from or date_to:
        if not (date_from and date_to):
            raise fail("give both --date-from and --date-to")
        date_range = (date_option(date_from, "--date-from"), date_option(date_to, "--date-to"))
        if date_range[1] <= date_range[0]:
            raise fail("--date-to must be after --date-from")

    org = _org_seed(home, db, org_json, generic, seed)
    if style_from or not (generic or org_json):
        org = _in_own_style(org, [str(p) for p in style_from or ()], load_settings(home, db))
    style = None if header_style == "auto" else header_style
    try:
        attacks = generate(
            org,
            count,
            seed,
            families=_csv(families) or None,
            types=_csv(types) or None,
            header_style=style,
            exclude_families=_csv(exclude_family) or None,
            date_range=date_range,
        )
        hams = generate_hard_negatives(org, hard_negatives, seed, header_style=style, date_range=date_range)
        labels: Counter[str] = Counter()

        def counted(items):  # type: ignore[no-untyped-def]
            for item in items:
                labels[item.label["attack_type"]] += 1
                yield item

        kept: list = []

        def remembered(items):  # type: ignore[no-untyped-def]
            for item in items:
                if stats and item.label["label"] == "attack":
                    kept.append(item)
                yield item

        written = write(remembered(counted(chain(attacks, hams))), out, fmt)
    except ValueError as exc:
        raise fail(str(exc)) from exc
    if stats:
        from mailwarden.synth.diversity import report

        typer.echo(json.dumps(report(kept), indent=1))
    typer.echo(
        f"wrote {written} messages to {out} ({fmt}) for {org.name or org.primary_domain}: "
        + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())),
        err=True,
    )


def _in_own_style(org, paths: list[str], settings):  # type: ignore[no-untyped-def]
    """The organization writes as its own mail looks: the header shape of `paths` (--style-from), else
    of the history `learn` remembered (as organization training does), so "auto" means the org's own
    style and an archive without transport headers gets attacks without them. Nothing readable
    leaves the style as it is."""
    from itertools import islice

    from mailwarden.model.orgtrain import STYLE_SAMPLE, remembered_history
    from mailwarden.sources import iter_raw
    from mailwarden.synth import infer_mail_style

    paths = paths or remembered_history(settings)[0]
    sample = list(islice((item.data for item in iter_raw(paths, settings) if item.data), STYLE_SAMPLE))
    return org.with_style(infer_mail_style(sample)) if sample else org


def _org_seed(home: Path | None, db: str | None, org_json: Path | None, generic: bool, seed: int):  # type: ignore[no-untyped-def]
    from mailwarden.synth import OrgSeed

    if org_json is not None:
        try:
            return OrgSeed.from_dict(json.loads(org_json.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise fail(f"--org: cannot read an OrgSeed from {org_json}: {exc}") from exc
    if generic:
        return OrgSeed.generic(Random(f"generic-org:{seed}"))
    settings = load_settings(home, db)
    try:
        from mailwarden.store import load_profile

        profile = load_profile(settings)
    except Exception as exc:  # noqa: BLE001 - an unreadable store is reported as such
        raise fail(f"cannot load the learned profile: {exc}") from exc
    if profile is None:
        raise fail(
            "no learned profile in the home folder: run `mailwarden learn` first, or use --generic / --org"
        )
    try:
        return OrgSeed.from_profile(profile)
    except ValueError as exc:
        raise fail(f"the learned profile has too little to write attacks with: {exc}") from exc
