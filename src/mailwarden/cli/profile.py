"""`mailwarden profile`: show what `learn` found: VIPs and why, top contacts, vendors, with counts."""

from __future__ import annotations

import json
import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from mailwarden.cli.common import DbOption, HomeOption
from mailwarden.cli.wiring import fail, load_settings
from mailwarden.errors import StoreError

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class Format(StrEnum):
    table = "table"
    json = "json"


def _safe(value: object) -> Text:
    # Names and addresses come from mail, i.e. from attackers: never let them carry markup or escapes.
    return Text(_CONTROL.sub(" ", "" if value is None else str(value)))


def _day(value) -> str:  # type: ignore[no-untyped-def]
    return value.strftime("%Y-%m-%d") if value else ""


def profile_summary(snapshot, top: int) -> dict:
    """The profile as plain data (the JSON output, and what the table shows)."""
    contacts = [c for c in snapshot.contacts() if not c.internal and c.messages_from and c.messages_to]
    contacts.sort(key=lambda c: min(c.messages_from, c.messages_to), reverse=True)  # two-way first
    vendors = [d for d in snapshot.known_domains() if d.is_vendor]
    external = [d for d in snapshot.known_domains() if not snapshot.is_internal("x@" + d.domain)]
    return {
        "messages_learned": snapshot.messages_learned,
        "learned_until": _day(snapshot.learned_until),
        "internal_domains": sorted(snapshot.internal_domains),
        "internal_domains_reason": snapshot.internal_reason,
        "people": len(snapshot.people()),
        "vips": [{"name": p.name, "title": p.title, "addresses": list(p.addresses[:5]),
                  "reason": p.vip_reason,
                  "messages_sent": sum((snapshot.contact(a).messages_from if snapshot.contact(a) else 0)
                                       for a in p.addresses)}
                 for p in sorted(snapshot.vips(), key=lambda p: p.name)],
        "top_contacts": [{"address": c.address, "name": c.names[0] if c.names else "",
                          "messages_from": c.messages_from, "messages_to": c.messages_to,
                          "first_seen": _day(c.first_seen), "last_seen": _day(c.last_seen)}
                         for c in contacts[:top]],
        "vendors": [{"domain": d.domain, "messages_from": d.messages_from, "messages_to": d.messages_to,
                     "addresses": d.addresses, "first_seen": _day(d.first_seen),
                     "last_seen": _day(d.last_seen)}
                    for d in vendors[:top]],
        "known_external_domains": len(external),
    }


def _print(console: Console, data: dict) -> None:
    console.print(Text(
        f"{data['messages_learned']:,} messages learned, newest {data['learned_until'] or '?'}; "
        f"internal domains: {', '.join(data['internal_domains']) or '(none)'} "
        f"({data['internal_domains_reason']}); {data['people']:,} people; "
        f"{data['known_external_domains']:,} external domains with two-way history."))
    vips = Table(title=f"VIPs ({len(data['vips'])})", title_justify="left")
    for column in ("name", "title", "addresses", "sent", "why"):
        vips.add_column(column, overflow="fold")
    for vip in data["vips"]:
        vips.add_row(_safe(vip["name"]), _safe(vip["title"]), _safe(", ".join(vip["addresses"])),
                     _safe(f"{vip['messages_sent']:,}"), _safe(vip["reason"]))
    console.print(vips)
    contacts = Table(title="Top external contacts (two-way)", title_justify="left")
    for column in ("address", "name", "from them", "to them", "first seen", "last seen"):
        contacts.add_column(column, overflow="fold")
    for c in data["top_contacts"]:
        contacts.add_row(_safe(c["address"]), _safe(c["name"]), _safe(f"{c['messages_from']:,}"),
                         _safe(f"{c['messages_to']:,}"), _safe(c["first_seen"]), _safe(c["last_seen"]))
    console.print(contacts)
    vendors = Table(title="Vendors (invoices/payments in two-way mail, or configured)", title_justify="left")
    for column in ("domain", "from them", "to them", "addresses", "first seen", "last seen"):
        vendors.add_column(column, overflow="fold")
    for d in data["vendors"]:
        vendors.add_row(_safe(d["domain"]), _safe(f"{d['messages_from']:,}"), _safe(f"{d['messages_to']:,}"),
                        _safe(d["addresses"]), _safe(d["first_seen"]), _safe(d["last_seen"]))
    console.print(vendors)


def profile(
    home: Path | None = HomeOption,
    db: str | None = DbOption,
    top: Annotated[int, typer.Option("--top", help="Rows per table.")] = 20,
    fmt: Annotated[Format, typer.Option(
        "--format", "-f", help="table (people) or json (machines).")] = Format.table,
) -> None:
    """Show what the organization profile holds: VIPs and why, top contacts, vendors, with counts."""
    from mailwarden.store import load_profile, store_exists

    settings = load_settings(home, db)
    if not store_exists(settings):
        raise fail(f"no store at {settings.db_url}: run `mailwarden learn PATH...` first")
    try:
        snapshot = load_profile(settings)
    except StoreError as exc:
        raise fail(str(exc)) from exc
    if snapshot is None:
        raise fail("nothing learned yet: run `mailwarden learn PATH...` first")
    data = profile_summary(snapshot, top)
    if fmt is Format.json:
        typer.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        _print(Console(highlight=False), data)
