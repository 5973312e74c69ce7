"""`generate`: labelled synthetic attacks against one organization, reproducible from a seed."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from random import Random
from typing import Any, NamedTuple

from mailwarden.synth import attachments as att
from mailwarden.synth import fictional
from mailwarden.synth.families import DEFAULT_WEIGHTS, LURE_TYPES, Family, select_families
from mailwarden.synth.render import render
from mailwarden.synth.scenario import KINDS, Kind, Scenario, plan
from mailwarden.synth.seed import OrgSeed
from mailwarden.synth.slots import localize_dates

DEFAULT_DATE_RANGE = (datetime(2024, 1, 1, tzinfo=UTC), datetime(2025, 1, 1, tzinfo=UTC))
ATTACK_TYPES = tuple(sorted(set(LURE_TYPES.values()) | {"lateral_phishing"}))


class SyntheticAttack(NamedTuple):
    """One message and its label; unpacks as `(raw, label)`."""

    raw: bytes
    label: dict[str, Any]


def kinds_for(types: list[str] | None) -> list[Kind]:
    """Kinds matching `types`: attack types (ceo_fraud), kind names (thread_hijack) or lures (mfa_reset)."""
    if not types:
        return list(KINDS)
    wanted = set(types)
    known = set(ATTACK_TYPES) | {k.name for k in KINDS} | set(LURE_TYPES)
    unknown = wanted - known
    if unknown:
        raise ValueError(f"unknown attack type/kind/lure: {', '.join(sorted(unknown))}")
    chosen = []
    for kind in KINDS:
        lures = tuple(
            lure
            for lure in kind.lures
            if lure in wanted or kind.name in wanted or (kind.attack_type or LURE_TYPES[lure]) in wanted
        )
        if lures:
            chosen.append(Kind(kind.name, lures, kind.strategies, kind.vectors, kind.attack_type))
    return chosen


def generate(
    seed: OrgSeed,
    n: int,
    rng_seed: int = 0,
    families: Sequence[str] | None = None,
    types: Sequence[str] | None = None,
    header_style: str | None = None,
    exclude_families: Sequence[str] | None = None,
    date_range: tuple[datetime, datetime] | None = None,
) -> Iterator[SyntheticAttack]:
    """`n` labelled attacks. Kinds are drawn in shuffled rounds so every kind appears once `n` covers them.

    header_style: "archive" | "modern" | "mixed" | None (None: the org's own style, `seed.style.headers`).
    date_range: when attacks are dated; default the seed's (around the end of its learned history),
    else DEFAULT_DATE_RANGE. Match it to the period the attacks are evaluated against.
    """
    date_range = date_range or seed.date_range or DEFAULT_DATE_RANGE
    chosen_families = select_families(list(families or []), list(exclude_families or []))
    kinds = kinds_for(list(types or []))
    order: list[Kind] = []
    master = Random(f"mailwarden-synth:{rng_seed}")
    for index in range(n):
        if not order:
            order = kinds[:]
            master.shuffle(order)
        kind = order.pop()
        rng = Random(f"{rng_seed}:{index}:{kind.name}")
        yield _one(rng, seed, kind, chosen_families, header_style, date_range, index)


def _one(
    rng: Random,
    seed: OrgSeed,
    kind: Kind,
    families: list[Family],
    header_style: str | None,
    date_range: tuple[datetime, datetime],
    index: int,
) -> SyntheticAttack:
    able = [f for f in families if any(f.supports(lure) for lure in kind.lures)]
    if not able:  # e.g. only a language family that does not write this lure: fall back to its siblings
        able = families
    family = rng.choices(able, weights=[DEFAULT_WEIGHTS.get(f.name, 0.1) for f in able])[0]
    lures = [lure for lure in kind.lures if family.supports(lure)] or [
        lure for lure in LURE_TYPES if family.supports(lure)
    ]
    lure = rng.choice(lures)
    scenario = plan(rng, seed, kind, family, lure, date_range)
    localize_dates(scenario.slots, family.language, rng, scenario.when)
    files = _attachments_for(rng, scenario)
    subject, body = family.compose(lure, scenario.vector, scenario.slots, rng, hijack=scenario.hijack)
    files = [_finish(item, scenario, body) for item in files]
    style = header_style or seed.style.headers
    if style == "mixed":
        style = rng.choice(("archive", "modern"))
    # An archive export that never kept attachments (Enron's) would have dropped these too.
    dropped = bool(files) and style == "archive" and not seed.style.multipart_seen
    raw, message_id = render(scenario, subject, body, [] if dropped else files, seed.style, style, rng)
    label = _label(scenario, message_id, style, files, index)
    label["attachments_dropped"] = dropped
    return SyntheticAttack(raw, label)


# ---- attachments: chosen before the words (the words name them), built after ----

_MALWARE_KINDS = ("exe_in_zip", "macro_doc", "html_smuggling", "iso_image", "encrypted_zip")
_DOC_STEMS = (
    "Invoice_{n}",
    "INV{n}",
    "Payment_Advice_{n}",
    "Remittance_{n}",
    "Scan_{n}",
    "PO_{n}",
    "Statement_{n}",
    "Document_{n}",
    "Contract_{n}",
    "DHL_Shipment_{n}",
    "Wire_Details",
    "Bank_Letter",
    "Notice_{n}",
)


_CREDENTIAL_STEMS = (
    "Secure_Document_{n}",
    "Shared_File_{n}",
    "Message_{n}",
    "Voicemail_{n}",
    "Password_Reset",
    "Account_Verification",
    "Review_{n}",
    "Encrypted_Message",
    "Audio_{n}",
)


def _attachments_for(rng: Random, s: Scenario) -> list[att.Attachment]:
    credential = s.attack_type in ("credential_phishing", "lateral_phishing")
    stems = _CREDENTIAL_STEMS if credential else _DOC_STEMS
    stem = rng.choice(stems).format(n=rng.randrange(1000, 99999))
    when = s.when
    if s.vector == "qr_code":
        item = att.qr_code(s.url, rng.choice(("qr.png", "scan_me.png", "image001.png", "verify.png")))
    elif s.vector == "calendar":
        item = att.calendar_invite(
            s.slots.get("doc_title", "Meeting"),
            s.url,
            s.sender.address,
            s.recipients[0].address,
            when,
            f"{rng.randrange(10**12)}@{s.envelope_domain or 'calendar'}",
            "Join:",
        )
    elif s.vector != "attachment":
        return []
    elif s.lure == "malware_document":
        choice = rng.choice(_MALWARE_KINDS)
        if choice == "exe_in_zip":
            item = att.exe_in_zip(stem, when, rng)
        elif choice == "macro_doc":
            item = att.macro_document(stem, when, rng)
        elif choice == "html_smuggling":
            item = att.html_smuggling(stem, rng)
        elif choice == "iso_image":
            item = att.iso_image(stem, when, rng)
        else:
            password = rng.choice(("", "Inv", "Doc", "")) + str(rng.randrange(100, 9999))
            item = att.encrypted_zip(stem, password, when, rng)
            s.slots["zip_password"] = password
    elif s.attack_type in ("credential_phishing", "lateral_phishing"):
        if rng.random() < 0.6:
            item = att.html_login(stem, s.url, s.slots["brand"], s.recipients[0].address)
        else:
            item = att.pdf_document(stem, ["Secure document", "Click below to view the document."], s.url)
    else:
        item = att.pdf_document(stem, [], s.url if s.url and rng.random() < 0.3 else "")
    s.slots["attachment_name"] = item.filename
    return [item]


def _finish(item: att.Attachment, s: Scenario, body: str) -> att.Attachment:
    """Fill a text PDF with the message's own lines (a bank letter, an invoice, a notice)."""
    if item.kind != "pdf_document":
        return item
    lines = [line for line in body.splitlines() if line.strip() and not line.startswith(">")][:18]
    return att.pdf_document(item.filename.rsplit(".", 1)[0], lines or [s.slots.get("org_name", "")], "")


def _label(
    s: Scenario, message_id: str, header_style: str, files: list[att.Attachment], index: int
) -> dict[str, Any]:
    return {
        "message_id": message_id,
        "label": "attack",
        "attack_type": s.attack_type,
        "strategy": s.strategy,
        "vector": s.vector,
        "family": s.family.name,
        "language": s.family.language,
        "kind": s.kind,
        "lure": s.lure,
        "impersonated": s.impersonated.to_dict(),
        "sender": s.sender.address,
        "display_name": s.sender.name,
        # Archive exports carry no Reply-To (23 of Enron's 41,179 messages), so that style never writes
        # one: the label says what the message holds, not what the scenario planned.
        "reply_to": s.reply_to if header_style != "archive" else "",
        "recipients": [p.address for p in s.recipients],
        "lookalike_technique": s.lookalike_technique,
        "url": s.url,
        "attachments": [
            {"filename": f.filename, "kind": f.kind, "content_type": f.content_type} for f in files
        ],
        "header_style": header_style,
        "subtle": s.subtle,
        "date": s.when.isoformat(),
        "index": index,
    }


def good_label(s: Scenario, message_id: str, header_style: str, files: list[att.Attachment], index: int,
               family: str) -> dict[str, Any]:
    """The label of synthetic good mail (hard negatives): an attack label's fields, marked ham."""
    return {**_label(s, message_id, header_style, files, index), "label": "ham", "family": family}


def generic_seed(rng_seed: int = 0) -> OrgSeed:
    """The fictional organization used for the base model (stable for a given seed)."""
    return OrgSeed.generic(Random(f"generic-org:{rng_seed}"))


__all__ = [
    "ATTACK_TYPES",
    "DEFAULT_DATE_RANGE",
    "SyntheticAttack",
    "fictional",
    "generate",
    "generic_seed",
    "kinds_for",
]
